-- Identity of the evidence content store; content tables come with the evidence feature.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;
