-- One random key per case for the audit details that carry its data (status-change reasons,
-- tags, consent facts, file names...): the audit chain hashes the sealed text, and erasing
-- the case deletes this row, so those details become unreadable while the chain verifies.
CREATE TABLE IF NOT EXISTS case_audit_key (
    case_id  INTEGER PRIMARY KEY REFERENCES case_file (id) ON DELETE CASCADE,
    key      BLOB NOT NULL CHECK (length(key) = 32)
) STRICT;
