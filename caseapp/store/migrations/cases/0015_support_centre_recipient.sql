-- The national victim support centre (디지털성범죄피해자지원센터) is a recipient of its own
-- kind: it gets a referral asking for deletion support, never a platform's letter or the
-- statutory form. SQLite cannot widen a CHECK in place, so the recipient table is rebuilt
-- with the same rows and ids. Requests point at it by id; with foreign keys deferred, the
-- drop and the re-insert of the same ids balance out before the commit checks them.
PRAGMA defer_foreign_keys = ON;

CREATE TABLE takedown_recipient_copy AS SELECT * FROM takedown_recipient;
DROP TABLE takedown_recipient;

CREATE TABLE takedown_recipient (
    id                   INTEGER PRIMARY KEY,
    key                  TEXT UNIQUE,                  -- built-in directory key; NULL: user-added
    name                 TEXT NOT NULL,
    name_key             TEXT NOT NULL UNIQUE,         -- casefolded name for look-ups
    kind                 TEXT NOT NULL CHECK (kind IN ('platform', 'hosting', 'search_engine',
                                                       'regulator', 'police', 'other',
                                                       'support_centre')),
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

INSERT INTO takedown_recipient (id, key, name, name_key, kind, channel, web_form, email,
                                postal_address, phone, guidance, check_after_hours,
                                escalate_after_hours, recheck_days, statutory, active,
                                created_at, updated_at)
    SELECT id, key, name, name_key, kind, channel, web_form, email, postal_address, phone,
           guidance, check_after_hours, escalate_after_hours, recheck_days, statutory, active,
           created_at, updated_at
    FROM takedown_recipient_copy;

DROP TABLE takedown_recipient_copy;
