-- Takedown requests: the recipient directory (seeded by services.takedowns from
-- caseapp/takedown/directory.py), requests with their evidence, dated status history,
-- follow-up tasks (the queue), organisation-edited letter templates and letter settings.
-- Times: *_at columns are UTC ISO 8601 with microseconds (they sort as text), except
-- takedown_status_event.at, which keeps the offset the counsellor gave (at_utc orders it).

CREATE TABLE takedown_recipient (
    id                   INTEGER PRIMARY KEY,
    key                  TEXT UNIQUE,                  -- built-in directory key; NULL: user-added
    name                 TEXT NOT NULL,
    name_key             TEXT NOT NULL UNIQUE,         -- casefolded name for look-ups
    kind                 TEXT NOT NULL CHECK (kind IN ('platform', 'hosting', 'search_engine',
                                                       'regulator', 'police', 'other')),
    channel              TEXT NOT NULL CHECK (channel IN ('web_form', 'email', 'in_app',
                                                          'letter')),
    web_form             TEXT NOT NULL DEFAULT '',
    email                TEXT NOT NULL DEFAULT '',
    postal_address       TEXT NOT NULL DEFAULT '',
    phone                TEXT NOT NULL DEFAULT '',
    guidance             TEXT NOT NULL DEFAULT '',     -- the organisation's own guidance
    check_after_hours    INTEGER NOT NULL,
    escalate_after_hours INTEGER NOT NULL,
    recheck_days         TEXT NOT NULL,                -- JSON list of whole days
    statutory            INTEGER NOT NULL DEFAULT 0 CHECK (statutory IN (0, 1)),
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
) STRICT;

CREATE TABLE takedown_request (
    id                   INTEGER PRIMARY KEY,
    case_id              INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    seq                  INTEGER NOT NULL,             -- per case: T-<case number>-<seq>
    code                 TEXT NOT NULL UNIQUE,
    target_kind          TEXT NOT NULL CHECK (target_kind IN ('url', 'account')),
    target               TEXT NOT NULL,                -- exactly as entered
    platform             TEXT,
    recipient_id         INTEGER NOT NULL REFERENCES takedown_recipient (id),
    channel              TEXT NOT NULL CHECK (channel IN ('web_form', 'email', 'in_app',
                                                          'letter')),
    status               TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'acknowledged',
                                                         'removed', 'rejected', 'no_response',
                                                         'withdrawn')),
    recipient_reference  TEXT NOT NULL DEFAULT '',
    content_type         TEXT NOT NULL CHECK (content_type IN ('filmed', 'synthetic', 'minor')),
    description          TEXT NOT NULL DEFAULT '',
    keywords             TEXT NOT NULL DEFAULT '',
    action               TEXT NOT NULL CHECK (action IN ('delete', 'block', 'delist',
                                                         'suspend')),
    note                 TEXT NOT NULL DEFAULT '',
    parent_id            INTEGER REFERENCES takedown_request (id) ON DELETE SET NULL,
    link                 TEXT CHECK (link IN ('escalation', 'reupload')),
    root_id              INTEGER NOT NULL,             -- first request of the chain (own id)
    check_after_hours    INTEGER NOT NULL,             -- policy copied from the recipient,
    escalate_after_hours INTEGER NOT NULL,             -- editable per request
    recheck_days         TEXT NOT NULL,
    submitted_at         TEXT,
    acknowledged_at      TEXT,
    resolved_at          TEXT,                         -- removed/rejected/no response/withdrawn
    removal_verified_at  TEXT,
    last_checked_at      TEXT,
    escalate_at          TEXT,
    created_at           TEXT NOT NULL,
    created_by           TEXT NOT NULL,
    updated_at           TEXT NOT NULL,
    -- hours from submission to removal, for the per-recipient median
    removal_hours        REAL GENERATED ALWAYS AS (
        CASE WHEN status = 'removed' AND submitted_at IS NOT NULL AND resolved_at IS NOT NULL
             THEN (julianday(resolved_at) - julianday(submitted_at)) * 24.0 END) VIRTUAL,
    UNIQUE (case_id, seq)
) STRICT;

CREATE INDEX takedown_request_root ON takedown_request (root_id, id);
CREATE INDEX takedown_request_parent ON takedown_request (parent_id);
-- The figures read only these small indexes, never the wide request rows.
CREATE INDEX takedown_request_recipient
    ON takedown_request (recipient_id, status, link, submitted_at);
CREATE INDEX takedown_request_removal_hours ON takedown_request (recipient_id, removal_hours)
    WHERE removal_hours IS NOT NULL;

CREATE TABLE takedown_evidence (
    request_id  INTEGER NOT NULL REFERENCES takedown_request (id) ON DELETE CASCADE,
    evidence_id INTEGER NOT NULL REFERENCES evidence_item (id) ON DELETE CASCADE,
    PRIMARY KEY (request_id, evidence_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX takedown_evidence_by_evidence ON takedown_evidence (evidence_id, request_id);

CREATE TABLE takedown_status_event (
    id          INTEGER PRIMARY KEY,
    request_id  INTEGER NOT NULL REFERENCES takedown_request (id) ON DELETE CASCADE,
    old_status  TEXT,
    new_status  TEXT NOT NULL,
    at          TEXT NOT NULL,       -- when it happened, offset as given
    at_utc      TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    reference   TEXT NOT NULL DEFAULT '',
    note        TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE INDEX takedown_status_event_request ON takedown_status_event (request_id, id);

-- Follow-up tasks: the queue. A request waiting for an answer has one open follow-up
-- (submit, check, escalate, verify removal); a removed one has its re-checks.
CREATE TABLE takedown_task (
    id         INTEGER PRIMARY KEY,
    request_id INTEGER NOT NULL REFERENCES takedown_request (id) ON DELETE CASCADE,
    case_id    INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('submit', 'check', 'escalate', 'verify_removal',
                                             'recheck')),
    due_at     TEXT NOT NULL,
    done_at    TEXT,
    done_by    TEXT NOT NULL DEFAULT '',
    outcome    TEXT NOT NULL DEFAULT ''
) STRICT;

-- The queue reads open tasks in due order: partial indexes hold only open tasks, so they
-- stay small however many requests were closed over the years.
CREATE INDEX takedown_task_open ON takedown_task (due_at, id) WHERE done_at IS NULL;
CREATE INDEX takedown_task_case_open ON takedown_task (case_id, due_at, id)
    WHERE done_at IS NULL;
CREATE INDEX takedown_task_request ON takedown_task (request_id, id);

-- Letter and web-form templates the organisation edited (the shipped ones live in
-- resources/templates/takedown/ and apply when there is no row here).
CREATE TABLE takedown_template (
    kind       TEXT NOT NULL,
    form       TEXT NOT NULL CHECK (form IN ('letter', 'webform')),
    lang       TEXT NOT NULL,
    body       TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    PRIMARY KEY (kind, form, lang)
) STRICT, WITHOUT ROWID;

CREATE TABLE takedown_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT, WITHOUT ROWID;
