-- Evidence file contents, streamed in fixed-size chunks. A content row is complete only
-- after its last chunk committed; incomplete or unreferenced rows are swept.
CREATE TABLE content (
    id         INTEGER PRIMARY KEY,
    sha256     TEXT NOT NULL,
    size       INTEGER NOT NULL DEFAULT 0,
    chunks     INTEGER NOT NULL DEFAULT 0,
    complete   INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
) STRICT;

CREATE TABLE chunk (
    id         INTEGER PRIMARY KEY,
    content_id INTEGER NOT NULL REFERENCES content (id) ON DELETE CASCADE,
    idx        INTEGER NOT NULL,
    data       BLOB NOT NULL,
    UNIQUE (content_id, idx)
) STRICT;
