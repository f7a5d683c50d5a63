-- Evidence metadata, hashes and chain of custody. Content bytes live in evidence.db.
CREATE TABLE evidence_item (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    seq               INTEGER NOT NULL,              -- per case: E-<case number>-<seq>
    code              TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL,
    platform          TEXT,
    url               TEXT,
    channel_name      TEXT,
    channel_id        TEXT,
    message_id        TEXT,
    poster_account    TEXT,
    captured_at       TEXT,                          -- as given, offset kept
    captured_at_utc   TEXT,                          -- for sorting
    captured_tz       TEXT NOT NULL DEFAULT '',
    captured_by       TEXT NOT NULL DEFAULT '',
    description       TEXT NOT NULL DEFAULT '',
    original_filename TEXT,
    size              INTEGER,
    mime              TEXT,
    sha256            TEXT,
    md5               TEXT,
    pdq_hex           TEXT,
    pdq_quality       INTEGER,
    width             INTEGER,
    height            INTEGER,
    duration_seconds  REAL,
    exif              TEXT,                          -- JSON summary, no GPS coordinates
    warnings          TEXT NOT NULL DEFAULT '[]',    -- JSON list of warning codes
    content_id        INTEGER,                       -- evidence.db content(id), NULL if not kept
    content_kept      INTEGER NOT NULL DEFAULT 0,
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,
    UNIQUE (case_id, seq)
) STRICT;

CREATE INDEX evidence_item_sha256 ON evidence_item (sha256);

-- PDQ hashes usable for matching (quality >= 50) as 32 raw bytes, scanned in bulk.
CREATE TABLE evidence_pdq (
    evidence_id INTEGER PRIMARY KEY REFERENCES evidence_item (id) ON DELETE CASCADE,
    hash        BLOB NOT NULL
) STRICT;

CREATE TABLE custody_event (
    id          INTEGER PRIMARY KEY,
    evidence_id INTEGER NOT NULL REFERENCES evidence_item (id) ON DELETE CASCADE,
    action      TEXT NOT NULL,
    at          TEXT NOT NULL,
    actor       TEXT NOT NULL,
    details     TEXT NOT NULL DEFAULT '{}'
) STRICT;

CREATE INDEX custody_event_item ON custody_event (evidence_id, id);

-- Which perpetrator accounts or channels an item shows (accounts are shared across cases).
CREATE TABLE evidence_account (
    evidence_id INTEGER NOT NULL REFERENCES evidence_item (id) ON DELETE CASCADE,
    account_id  INTEGER NOT NULL REFERENCES perpetrator_account (id) ON DELETE CASCADE,
    PRIMARY KEY (evidence_id, account_id)
) STRICT;

CREATE INDEX evidence_account_by_account ON evidence_account (account_id, evidence_id);

-- An account shown in a case's evidence counts as appearing in that case too.
DROP VIEW perpetrator_account_case;
CREATE VIEW perpetrator_account_case (account_id, case_id) AS
    SELECT ia.account_id, i.case_id
    FROM incident_account ia JOIN incident i ON i.id = ia.incident_id
    UNION
    SELECT ea.account_id, e.case_id
    FROM evidence_account ea JOIN evidence_item e ON e.id = ea.evidence_id;
