-- A case may fall under several legal categories at once (a deepfake of a minor is both
-- synthetic sexual material and sexual exploitation material of a minor): the single
-- case_file.legal_category column becomes a set, kept like tags. Incidents keep one each.
CREATE TABLE case_legal_category (
    case_id  INTEGER NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    category TEXT NOT NULL CHECK (category IN (
        'illegal_filming', 'non_consensual_distribution', 'synthetic_sexual_material',
        'minor_exploitation_material', 'sextortion', 'personal_information_disclosure')),
    PRIMARY KEY (case_id, category)
) STRICT, WITHOUT ROWID;

CREATE INDEX case_legal_category_by_category ON case_legal_category (category, case_id);

INSERT INTO case_legal_category (case_id, category)
    SELECT id, legal_category FROM case_file WHERE legal_category IS NOT NULL;

ALTER TABLE case_file DROP COLUMN legal_category;
