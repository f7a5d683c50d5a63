-- One-letter search terms (a surname such as 김, a one-syllable word such as 겹) are shorter
-- than a pair: this index holds every distinct letter of the same text as one token, so a
-- one-letter search is an index lookup instead of a scan of every case's text (575 ms at
-- 100,000 cases). Contentless, like the pairs index. Existing cases are indexed here from
-- the trigram index's text, one character at a time (the tokenizer drops punctuation and
-- spaces exactly as it does for new cases).
CREATE VIRTUAL TABLE case_fts_letters USING fts5 (
    letters, tokenize = 'unicode61 remove_diacritics 0', content = '', contentless_delete = 1,
    detail = none);

INSERT INTO case_fts_letters (rowid, letters)
WITH RECURSIVE chars (id, rest, ch) AS (
    SELECT rowid, doc, '' FROM case_fts
    UNION ALL
    SELECT id, substr(rest, 2), substr(rest, 1, 1) FROM chars WHERE rest <> ''
)
SELECT id, group_concat(ch, ' ') FROM (SELECT DISTINCT id, ch FROM chars WHERE ch <> '')
GROUP BY id;

DROP TRIGGER case_file_fts_delete;
CREATE TRIGGER case_file_fts_delete AFTER DELETE ON case_file
BEGIN
    DELETE FROM case_fts WHERE rowid = OLD.id;
    DELETE FROM case_fts_pairs WHERE rowid = OLD.id;
    DELETE FROM case_fts_letters WHERE rowid = OLD.id;
END;
