-- A supervisor's own secret: the Argon2id hash (PHC string) of their PIN or passphrase, so a
-- deletion "confirmed by" a supervisor is confirmed by someone who knows it, not by a name.
-- NULL for counsellors and for supervisors who have not set one yet.
ALTER TABLE counsellor ADD COLUMN pin_hash TEXT;
