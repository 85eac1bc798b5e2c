-- 005: what the admin pages (/quan-tri, cgi-bin/admin*.c) need.
--
-- procedure_form_field: the e-form of a procedure version, as data (SPEC
-- §4: "fields defined as data per procedure").  The submit program
-- renders and checks a dossier's form from these rows; the agency admin
-- edits them while the version is a draft.  Amending a procedure copies
-- them to the new version, so a dossier keeps the form it was filed with.

CREATE TABLE procedure_form_field (
	procedure_id	INT UNSIGNED NOT NULL,
	seq		SMALLINT UNSIGNED NOT NULL,		-- order on the form
	name		VARCHAR(64) NOT NULL,			-- [a-z][a-z0-9_]*, the key in the dossier
	label		VARCHAR(255) NOT NULL,			-- shown to the applicant
	type		ENUM('text','textarea','number','date','select','checkbox',
			     'email','phone','cccd') NOT NULL DEFAULT 'text',
	required	TINYINT(1) NOT NULL DEFAULT 0,
	max_len		SMALLINT UNSIGNED NOT NULL DEFAULT 0,	-- characters; 0 = the type's default
	options		TEXT NOT NULL,				-- select: one choice per line
	help		VARCHAR(1024) NOT NULL DEFAULT '',	-- hint under the field
	PRIMARY KEY (procedure_id, seq),
	UNIQUE KEY form_field_name (procedure_id, name),
	CONSTRAINT form_field_procedure_fk FOREIGN KEY (procedure_id)
	    REFERENCES procedure_version (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- When an agency's published contact details last changed (shown on the
-- admin pages; the public page may show it too).
ALTER TABLE agency
	ADD COLUMN updated_at DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
	    ON UPDATE CURRENT_TIMESTAMP;

-- The audit log is read newest first, filtered by actor login or action.
ALTER TABLE audit_log
	ADD KEY audit_login (actor_login, id),
	ADD KEY audit_action (action, id);
