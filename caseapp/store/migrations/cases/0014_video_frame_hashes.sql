-- vPDQ: the PDQ hashes of about one frame a second of a video item, packed per item (32
-- bytes of hash, one byte of quality, a little-endian uint32 of milliseconds per frame).
CREATE TABLE evidence_video_pdq (
    evidence_id INTEGER PRIMARY KEY REFERENCES evidence_item (id) ON DELETE CASCADE,
    frames      INTEGER NOT NULL,
    hashes      BLOB NOT NULL,
    qualities   BLOB NOT NULL,
    times_ms    BLOB NOT NULL
) STRICT;
