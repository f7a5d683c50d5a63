-- Cases whose one-letter index entry waits to be brought up to date. A case write only notes
-- the case here (keeping the letters index current on every write cost +69 % per write at
-- 100,000 cases: FTS5 rewrites its delete tombstones); the entries are brought up to date
-- when the app locks (services.cases.catch_up_search), on rebuild, and in bulk once many
-- wait. Searches read a waiting case's text directly, so results never lag.
CREATE TABLE IF NOT EXISTS case_letters_pending (case_id INTEGER PRIMARY KEY);

DROP TRIGGER IF EXISTS case_file_fts_delete;
CREATE TRIGGER case_file_fts_delete AFTER DELETE ON case_file
BEGIN
    DELETE FROM case_fts WHERE rowid = OLD.id;
    DELETE FROM case_fts_pairs WHERE rowid = OLD.id;
    DELETE FROM case_fts_letters WHERE rowid = OLD.id;
    DELETE FROM case_letters_pending WHERE case_id = OLD.id;
END;
