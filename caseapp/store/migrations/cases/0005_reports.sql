-- Report registry: every generated PDF (police report, and later letters) with the options it
-- was built with, who made it and when, and the SHA-256 of the file as written, so a copy
-- handed to police can be matched to its record later. The file itself is not kept.
CREATE TABLE report (
    id          INTEGER PRIMARY KEY,
    report_id   TEXT NOT NULL UNIQUE,              -- printed on every page: RPT-2026-0012-01
    case_id     INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    seq         INTEGER NOT NULL,                  -- per case and kind: 1, 2, ...
    kind        TEXT NOT NULL,                     -- police_report (letters may follow)
    lang        TEXT NOT NULL CHECK (lang IN ('ko', 'en')),
    options     TEXT NOT NULL DEFAULT '{}',        -- canonical JSON of the build options
    created_at  TEXT NOT NULL,                     -- UTC, ISO 8601
    created_by  TEXT NOT NULL,                     -- the acting counsellor profile
    sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
    pages       INTEGER NOT NULL CHECK (pages > 0),
    size        INTEGER NOT NULL CHECK (size > 0),
    encrypted   INTEGER NOT NULL CHECK (encrypted IN (0, 1)),
    file_name   TEXT NOT NULL DEFAULT '',          -- the name it was saved under, no folder
    UNIQUE (case_id, kind, seq)
) STRICT;

CREATE INDEX report_sha256 ON report (sha256);
CREATE INDEX report_case ON report (case_id, id);
