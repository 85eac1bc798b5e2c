-- 010: what online submission adds to the dossier model (SPEC §4,
-- docs/submit.md).
--
-- A withdrawal asked for after reception is a request the one-stop office
-- decides on: the dossier keeps its status and records when it was asked
-- (the reason is in the history row 'withdraw_request').  Before
-- reception the withdrawal is immediate (status 7) and needs no column.
ALTER TABLE dossier
	ADD COLUMN withdraw_requested_at DATETIME NULL AFTER supplements;

-- A citizen's drafts of one procedure, newest first (GET /nop-ho-so/<mã>
-- continues the latest).
ALTER TABLE dossier
	ADD KEY dossier_drafts (account_id, status, procedure_id, updated_at);
