-- Dated corrections to a counselling session's notes. The session's own notes stay as first
-- written; an addendum is added next to them and is itself never changed.
CREATE TABLE session_addendum (
    id          INTEGER PRIMARY KEY,
    session_id  INTEGER NOT NULL REFERENCES counselling_session (id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    written_at  TEXT NOT NULL,
    written_by  TEXT NOT NULL
) STRICT;

CREATE INDEX session_addendum_session ON session_addendum (session_id, id);

CREATE TRIGGER session_addendum_no_update BEFORE UPDATE ON session_addendum
BEGIN
    SELECT RAISE(ABORT, 'session addenda are never changed');
END;
