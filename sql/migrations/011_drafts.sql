-- 011: drafts are not kept for ever (tools/dvc-housekeeping deletes those
-- untouched for dossier.draft_keep_days, with their fields and files).
INSERT IGNORE INTO setting (name, value) VALUES ('dossier.draft_keep_days', '60');
