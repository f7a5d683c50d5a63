-- Two more consent scopes: 'identify' (the victim may be named to platforms and regulators,
-- e.g. in a takedown letter) and 'transfer' (the case, with the victim's identity, may be
-- handed to another office or partner). SQLite cannot change a CHECK constraint in place,
-- so the table is rebuilt with its rows, ids and index unchanged.
CREATE TABLE consent_event_new (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    scope       TEXT NOT NULL CHECK (scope IN ('police', 'takedown', 'copies', 'contact',
                                               'identify', 'transfer')),
    granted     INTEGER NOT NULL CHECK (granted IN (0, 1)),
    given_at    TEXT NOT NULL,     -- when the victim gave or withdrew it, offset kept
    given_utc   TEXT NOT NULL,
    method      TEXT NOT NULL CHECK (method IN ('verbal', 'written', 'guardian')),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
) STRICT;

INSERT INTO consent_event_new (id, case_id, scope, granted, given_at, given_utc, method,
                               recorded_by, recorded_at, note)
    SELECT id, case_id, scope, granted, given_at, given_utc, method, recorded_by, recorded_at,
           note FROM consent_event;

DROP TABLE consent_event;
ALTER TABLE consent_event_new RENAME TO consent_event;
CREATE INDEX consent_event_case ON consent_event (case_id, scope, given_utc, id);
