-- A note written when a follow-up is marked done ("called the platform, they asked for the
-- URL again"); kept with the task in the request's follow-ups.
ALTER TABLE takedown_task ADD COLUMN note TEXT NOT NULL DEFAULT '';
