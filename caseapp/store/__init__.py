"""SQLCipher storage: connections opened with raw keys, numbered migrations, repositories
that take and return domain objects, full-text search and the evidence content store.
All SQL in CaseApp lives in this package."""
