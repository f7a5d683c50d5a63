-- Case records: counsellors, cases, victims (identifying), consent history, incidents,
-- perpetrator accounts shared across cases, counselling sessions, leaked personal
-- information, proof of victimhood, and the trigram full-text index.
-- Times: *_at columns written by the app are UTC ISO 8601 with microseconds; times a person
-- gives (incident, session, consent) keep the offset they were given with, and a *_utc
-- column beside them orders them.

CREATE TABLE counsellor (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    role       TEXT NOT NULL DEFAULT 'counsellor' CHECK (role IN ('counsellor', 'supervisor')),
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
) STRICT;

-- Last number handed out per year; numbers are never reused, even after a case is removed.
CREATE TABLE case_number_seq (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
) STRICT;

CREATE TABLE case_file (
    id             INTEGER PRIMARY KEY,
    number         TEXT NOT NULL UNIQUE,            -- 'YYYY-NNNN' (more digits past 9999)
    number_order   INTEGER NOT NULL UNIQUE,         -- year * 1000000 + sequence, for sorting
    pseudonym      TEXT NOT NULL DEFAULT '',
    status         TEXT NOT NULL CHECK (status IN ('intake', 'active', 'awaiting_takedown',
                                                   'referred_to_police', 'closed')),
    risk           TEXT NOT NULL CHECK (risk IN ('low', 'medium', 'high', 'critical')),
    counsellor_id  INTEGER REFERENCES counsellor (id),
    legal_category TEXT,
    summary        TEXT NOT NULL DEFAULT '',
    created_at     TEXT NOT NULL,
    updated_at     TEXT NOT NULL,
    status_rank    INTEGER GENERATED ALWAYS AS (
        CASE status WHEN 'intake' THEN 1 WHEN 'active' THEN 2 WHEN 'awaiting_takedown' THEN 3
                    WHEN 'referred_to_police' THEN 4 ELSE 5 END) VIRTUAL,
    risk_rank      INTEGER GENERATED ALWAYS AS (
        CASE risk WHEN 'low' THEN 1 WHEN 'medium' THEN 2 WHEN 'high' THEN 3 ELSE 4 END) VIRTUAL
) STRICT;

CREATE INDEX case_file_updated ON case_file (updated_at, id);
CREATE INDEX case_file_created ON case_file (created_at, id);
CREATE INDEX case_file_status ON case_file (status, updated_at, id);
CREATE INDEX case_file_counsellor ON case_file (counsellor_id, updated_at, id);
CREATE INDEX case_file_risk ON case_file (risk_rank, id);
CREATE INDEX case_file_status_rank ON case_file (status_rank, id);
CREATE INDEX case_file_pseudonym ON case_file (pseudonym, id);

CREATE TABLE case_tag (
    case_id INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    tag     TEXT NOT NULL,
    PRIMARY KEY (case_id, tag)
) STRICT, WITHOUT ROWID;

CREATE INDEX case_tag_by_tag ON case_tag (tag, case_id);

-- Identifying details: read only through services.cases.reveal_victim (audited), never
-- joined into lists or the search index. No resident registration number, by design.
CREATE TABLE victim (
    case_id           INTEGER PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
    name              TEXT NOT NULL DEFAULT '',
    preferred_name    TEXT NOT NULL DEFAULT '',
    birth_year        INTEGER,
    gender            TEXT NOT NULL DEFAULT '',
    language          TEXT NOT NULL DEFAULT '',
    contacts          TEXT NOT NULL DEFAULT '[]',   -- JSON list of contact channels
    do_not_contact_by TEXT NOT NULL DEFAULT '[]',   -- JSON list of channel kinds
    guardian          TEXT,                         -- JSON object or NULL
    note              TEXT NOT NULL DEFAULT ''
) STRICT;

-- Consent is a history: each row grants or withdraws one scope. The latest row per scope
-- (by given time, then by recording order) is the current state.
CREATE TABLE consent_event (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    scope       TEXT NOT NULL CHECK (scope IN ('police', 'takedown', 'copies', 'contact')),
    granted     INTEGER NOT NULL CHECK (granted IN (0, 1)),
    given_at    TEXT NOT NULL,     -- when the victim gave or withdrew it, offset kept
    given_utc   TEXT NOT NULL,
    method      TEXT NOT NULL CHECK (method IN ('verbal', 'written', 'guardian')),
    recorded_by TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    note        TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX consent_event_case ON consent_event (case_id, scope, given_utc, id);

CREATE TABLE incident (
    id                   INTEGER PRIMARY KEY,
    case_id              INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    occurred_at          TEXT,      -- ISO date, or date-time with the offset it was given in
    occurred_utc         TEXT,
    time_zone            TEXT NOT NULL DEFAULT '',   -- IANA zone name when known
    description          TEXT NOT NULL DEFAULT '',
    platform             TEXT,
    place                TEXT NOT NULL DEFAULT '',   -- chat room, channel or account
    legal_category       TEXT,
    perpetrator_relation TEXT NOT NULL DEFAULT '',
    perpetrator_details  TEXT NOT NULL DEFAULT '',
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
) STRICT;

CREATE INDEX incident_case ON incident (case_id, occurred_utc, id);

-- Perpetrator accounts and channels belong to no single case.
CREATE TABLE perpetrator_account (
    id          INTEGER PRIMARY KEY,
    platform    TEXT NOT NULL,
    handle      TEXT NOT NULL,         -- account or channel ID, @name or link as seen
    handle_key  TEXT NOT NULL,         -- casefolded handle for matching
    kind        TEXT NOT NULL DEFAULT 'account' CHECK (kind IN ('account', 'channel', 'chat_room')),
    note        TEXT NOT NULL DEFAULT '',
    created_at  TEXT NOT NULL,
    UNIQUE (platform, handle_key)
) STRICT;

CREATE TABLE perpetrator_display_name (
    account_id INTEGER NOT NULL REFERENCES perpetrator_account (id) ON DELETE CASCADE,
    name       TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    PRIMARY KEY (account_id, name)
) STRICT, WITHOUT ROWID;

CREATE TABLE incident_account (
    incident_id INTEGER NOT NULL REFERENCES incident (id) ON DELETE CASCADE,
    account_id  INTEGER NOT NULL REFERENCES perpetrator_account (id),
    PRIMARY KEY (incident_id, account_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX incident_account_by_account ON incident_account (account_id, incident_id);

-- Which cases an account appears in. Later migrations (evidence) replace this view with a
-- UNION that also counts evidence links; services only ever read the view.
CREATE VIEW perpetrator_account_case (account_id, case_id) AS
    SELECT ia.account_id, i.case_id
    FROM incident_account ia JOIN incident i ON i.id = ia.incident_id;

CREATE TABLE counselling_session (
    id               INTEGER PRIMARY KEY,
    case_id          INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    held_at          TEXT NOT NULL,     -- date, or date-time with its offset
    held_utc         TEXT NOT NULL,
    counsellor_id    INTEGER REFERENCES counsellor (id),
    duration_minutes INTEGER,
    mode             TEXT NOT NULL DEFAULT '',
    notes            TEXT NOT NULL DEFAULT '',
    next_steps       TEXT NOT NULL DEFAULT '',
    created_at       TEXT NOT NULL
) STRICT;

CREATE INDEX counselling_session_case ON counselling_session (case_id, held_utc, id);

CREATE TABLE leaked_info (
    id                     INTEGER PRIMARY KEY,
    case_id                INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    kind                   TEXT NOT NULL,
    found_where            TEXT NOT NULL DEFAULT '',
    found_at               TEXT,
    deletion_requested_at  TEXT,
    deleted_at             TEXT,
    note                   TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX leaked_info_case ON leaked_info (case_id, id);

-- Facts and dates that show the material depicts this person; never copies of ID documents.
CREATE TABLE victimhood_proof (
    case_id    INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    item       TEXT NOT NULL,
    held       INTEGER NOT NULL CHECK (held IN (0, 1)),
    checked_by TEXT NOT NULL DEFAULT '',
    checked_on TEXT,
    note       TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (case_id, item)
) STRICT, WITHOUT ROWID;

-- Trigram index over case number, pseudonym, tags, incident text, platforms, chat rooms and
-- perpetrator accounts (rowid = case_file.id). Kept in step by store.case_repo in the same
-- transaction as the change; never holds victim identifying fields.
CREATE VIRTUAL TABLE case_fts USING fts5 (doc, tokenize = 'trigram');

-- Two-character search terms (a two-syllable Korean word) are shorter than a trigram: this
-- index holds every two-letter window of the same text as one token ("지인능욕방" → 지인 인능
-- 능욕 욕방), so they are an index lookup instead of a scan. Contentless: no second copy of
-- the text.
CREATE VIRTUAL TABLE case_fts_pairs USING fts5 (
    pairs, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1,
    detail = none);

CREATE TRIGGER case_file_fts_delete AFTER DELETE ON case_file
BEGIN
    DELETE FROM case_fts WHERE rowid = OLD.id;
    DELETE FROM case_fts_pairs WHERE rowid = OLD.id;
END;
