-- 004: e-mail sender and housekeeping (tools/dvc-mailer,
-- tools/dvc-housekeeping).  The outbox itself is in 002.

-- How long sent e-mails stay in the outbox before dvc-housekeeping
-- deletes them (failed ones are kept until someone looks at them).
INSERT IGNORE INTO setting (name, value) VALUES ('outbox.keep_days', '90');

-- dvc-housekeeping deletes old sent rows by sent_at.
CREATE INDEX outbox_sent ON outbox (status, sent_at);
