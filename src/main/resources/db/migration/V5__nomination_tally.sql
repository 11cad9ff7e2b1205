-- The council's counts for each nomination, copied when the session's outcome is recorded.
ALTER TABLE nomination ADD COLUMN agree INTEGER;
ALTER TABLE nomination ADD COLUMN disagree INTEGER;
ALTER TABLE nomination ADD COLUMN abstain INTEGER;
