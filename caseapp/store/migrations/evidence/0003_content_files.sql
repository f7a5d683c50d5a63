-- Content kept in encrypted chunk files (content/<file_id>.cec) instead of chunk rows: the
-- row records the file, its chunk size and the item's own AES-256-GCM key (encrypted here
-- by SQLCipher like every other value). Rows without a file_id keep their chunks in the
-- chunk table (content stored before this version), and are read as before.
ALTER TABLE content ADD COLUMN file_id TEXT;
ALTER TABLE content ADD COLUMN item_key BLOB;
ALTER TABLE content ADD COLUMN chunk_size INTEGER NOT NULL DEFAULT 0;
CREATE UNIQUE INDEX content_file ON content (file_id) WHERE file_id IS NOT NULL;
