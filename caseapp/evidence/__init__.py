"""Evidence handling that needs no storage: streaming ingest with hashes, type sniffing,
image facts (EXIF summary, PDQ), in-memory previews, PDQ matching and link parsing.

The store plugs in through :class:`caseapp.evidence.ingest.ChunkSink`."""
