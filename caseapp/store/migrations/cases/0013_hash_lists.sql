-- Known-material hash lists (from partners, police, platforms): each import is one list,
-- its entries carry SHA-256, MD5 and/or a PDQ hash; matches between evidence and entries
-- are recorded when either side arrives. Ids of lists are never reused (AUTOINCREMENT), so
-- an in-memory index that saw a list removed cannot mistake a new list for the old one.
CREATE TABLE hash_list (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    source        TEXT NOT NULL,          -- who supplied it: a partner, the police, a platform
    label         TEXT NOT NULL,
    file_name     TEXT NOT NULL,
    file_sha256   TEXT NOT NULL,
    imported_at   TEXT NOT NULL,
    imported_by   TEXT NOT NULL,
    entry_count   INTEGER NOT NULL,
    skipped_lines INTEGER NOT NULL DEFAULT 0
) STRICT;

CREATE TABLE hash_list_entry (
    id          INTEGER PRIMARY KEY,
    list_id     INTEGER NOT NULL REFERENCES hash_list (id) ON DELETE CASCADE,
    line        INTEGER NOT NULL,         -- line in the imported file
    sha256      TEXT,                     -- lower-case hex
    md5         TEXT,
    pdq         BLOB,                     -- 32 bytes, the reference text form's bits
    pdq_quality INTEGER,                  -- as the list gave it; below 50 kept, not matched
    label       TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX hash_list_entry_list ON hash_list_entry (list_id);
CREATE INDEX hash_list_entry_sha256 ON hash_list_entry (sha256);
CREATE INDEX hash_list_entry_md5 ON hash_list_entry (md5);
CREATE INDEX evidence_item_md5 ON evidence_item (md5);

CREATE TABLE hash_list_match (
    evidence_id INTEGER NOT NULL REFERENCES evidence_item (id) ON DELETE CASCADE,
    entry_id    INTEGER NOT NULL REFERENCES hash_list_entry (id) ON DELETE CASCADE,
    method      TEXT NOT NULL CHECK (method IN ('sha256', 'md5', 'pdq')),
    distance    INTEGER NOT NULL DEFAULT 0,
    transform   TEXT NOT NULL DEFAULT 'original',
    found_at    TEXT NOT NULL,
    PRIMARY KEY (evidence_id, entry_id)
) STRICT;

CREATE INDEX hash_list_match_entry ON hash_list_match (entry_id);

-- The eight dihedral hashes of new evidence images (8 x 32 bytes), so a list imported later
-- still catches a rotated or mirrored copy; items from before have only their plain hash.
ALTER TABLE evidence_pdq ADD COLUMN dihedral BLOB;

-- What changed among the matchable PDQ hashes, in order, so the in-memory index of an
-- unlocked store (here or in another process) catches up instead of rebuilding.
CREATE TABLE pdq_change (
    seq         INTEGER PRIMARY KEY AUTOINCREMENT,
    evidence_id INTEGER,
    list_id     INTEGER
) STRICT;

CREATE TRIGGER evidence_pdq_added AFTER INSERT ON evidence_pdq BEGIN
    INSERT INTO pdq_change (evidence_id) VALUES (NEW.evidence_id);
END;
CREATE TRIGGER evidence_pdq_removed AFTER DELETE ON evidence_pdq BEGIN
    INSERT INTO pdq_change (evidence_id) VALUES (OLD.evidence_id);
END;
CREATE TRIGGER hash_list_added AFTER INSERT ON hash_list BEGIN
    INSERT INTO pdq_change (list_id) VALUES (NEW.id);
END;
CREATE TRIGGER hash_list_removed AFTER DELETE ON hash_list BEGIN
    INSERT INTO pdq_change (list_id) VALUES (OLD.id);
END;
