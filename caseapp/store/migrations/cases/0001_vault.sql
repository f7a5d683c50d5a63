-- Store identity, settings and the tamper-evident audit chain.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE audit_event (
    seq         INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,               -- UTC, ISO 8601
    actor       TEXT NOT NULL,
    action      TEXT NOT NULL,
    object_type TEXT NOT NULL DEFAULT '',
    object_id   TEXT NOT NULL DEFAULT '',
    details     TEXT NOT NULL DEFAULT '{}',  -- canonical JSON
    epoch       INTEGER NOT NULL,            -- which audit key signed it (changes on rekey)
    prev_hash   BLOB NOT NULL,
    hash        BLOB NOT NULL
) STRICT;

CREATE INDEX audit_event_object ON audit_event (object_type, object_id);

CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN
    SELECT RAISE(ABORT, 'audit events are append-only');
END;

-- Audit keys of earlier key epochs, wrapped under the current master key's archive key,
-- so events signed before a rekey still verify.
CREATE TABLE audit_epoch (
    epoch      INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    nonce      BLOB,
    wrapped    BLOB
) STRICT;
