-- Chat exports imported as evidence (Telegram Desktop, KakaoTalk): the export as the hashed
-- source of every message it produced, one evidence item per imported message, and who is
-- who in it. A message is imported once per case: (case, platform, chat, message) is unique.
CREATE TABLE chat_export (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    sha256       TEXT NOT NULL,              -- the file chosen, or the list of its text files
    format       TEXT NOT NULL,              -- telegram-json, telegram-html, kakao
    source_name  TEXT NOT NULL,              -- file or folder name, never its path
    source_kind  TEXT NOT NULL CHECK (source_kind IN ('file', 'folder', 'zip')),
    size         INTEGER NOT NULL,
    files        TEXT NOT NULL DEFAULT '[]', -- JSON [[name inside the export, sha256, size], …]
    chats        TEXT NOT NULL DEFAULT '[]', -- JSON [{"name", "type", "id"}, …]
    saved_at     TEXT NOT NULL DEFAULT '',   -- the export's own "saved on" line, as written
    time_zone    TEXT NOT NULL DEFAULT '',   -- the zone named for an export of local times
    imported_at  TEXT NOT NULL,
    imported_by  TEXT NOT NULL,
    UNIQUE (case_id, sha256)
) STRICT;

CREATE TABLE chat_participant (
    export_id   INTEGER NOT NULL REFERENCES chat_export (id) ON DELETE CASCADE,
    key         TEXT NOT NULL,               -- id:<sender ID> or name:<display name>
    name        TEXT NOT NULL DEFAULT '',
    sender_id   TEXT,                        -- Telegram: user123456789 as exported
    role        TEXT NOT NULL CHECK (role IN ('victim', 'suspect', 'other')),
    account_id  INTEGER REFERENCES perpetrator_account (id) ON DELETE SET NULL,
    PRIMARY KEY (export_id, key)
) STRICT, WITHOUT ROWID;

CREATE TABLE chat_message (
    evidence_id    INTEGER PRIMARY KEY REFERENCES evidence_item (id) ON DELETE CASCADE,
    case_id        INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    export_id      INTEGER NOT NULL REFERENCES chat_export (id) ON DELETE CASCADE,
    platform       TEXT NOT NULL,
    chat_key       TEXT NOT NULL,            -- id:<chat ID> or name:<chat name>
    message_key    TEXT NOT NULL,            -- the message ID, or a digest (KakaoTalk)
    chat_name      TEXT NOT NULL DEFAULT '',
    chat_type      TEXT NOT NULL DEFAULT '',
    chat_id        TEXT,
    message_id     TEXT,
    position       INTEGER NOT NULL,         -- order within its chat in the export
    line           INTEGER,                  -- line of a text export
    sender_name    TEXT,
    sender_id      TEXT,
    sender_role    TEXT NOT NULL DEFAULT 'other',
    wall_time      TEXT,                     -- as the export wrote it, no zone
    sent_at        TEXT,                     -- in the exporting device's zone, offset kept
    sent_zone      TEXT NOT NULL DEFAULT '',
    sent_at_org    TEXT,                     -- the same moment in the organisation's zone
    org_zone       TEXT NOT NULL DEFAULT '',
    reply_to       TEXT,
    forwarded_from TEXT,
    edited         TEXT,
    deleted        INTEGER NOT NULL DEFAULT 0 CHECK (deleted IN (0, 1)),
    links          TEXT NOT NULL DEFAULT '[]',
    media_kind     TEXT,
    media_path     TEXT,
    media_note     TEXT NOT NULL DEFAULT '',
    UNIQUE (case_id, platform, chat_key, message_key)
) STRICT;

CREATE INDEX chat_message_export ON chat_message (export_id);

-- A suspect in an imported chat counts as appearing in the case, messages imported or not.
DROP VIEW perpetrator_account_case;
CREATE VIEW perpetrator_account_case (account_id, case_id) AS
    SELECT ia.account_id, i.case_id
    FROM incident_account ia JOIN incident i ON i.id = ia.incident_id
    UNION
    SELECT ea.account_id, e.case_id
    FROM evidence_account ea JOIN evidence_item e ON e.id = ea.evidence_id
    UNION
    SELECT cp.account_id, ce.case_id
    FROM chat_participant cp JOIN chat_export ce ON ce.id = cp.export_id
    WHERE cp.account_id IS NOT NULL;
