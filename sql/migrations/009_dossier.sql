-- 009: dossiers (hồ sơ) — SPEC §4–§6.  The model the submit, track and
-- process programs share.  Statuses are the national portal's codes:
-- 0 draft (being filled in, not yet submitted: not a national status),
-- 1 submitted, 2 received, 3 refused, 4 processing, 5 supplement
-- requested, 6 awaiting payment, 7 withdrawn, 8 stopped, 9 resolved,
-- 10 returned.

CREATE TABLE dossier (
	id		BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	-- TT 01/2018 Đ19: <receiving agency code>-<YYMMDD>-<NNNN>, given at
	-- submission (dossier_seq); NULL while a draft.
	code		VARCHAR(48) NULL,
	procedure_id	INT UNSIGNED NOT NULL,	-- the version filed under
	agency_id	INT UNSIGNED NOT NULL,	-- the receiving agency
	account_id	INT UNSIGNED NOT NULL,	-- the applicant who owns it
	status		TINYINT UNSIGNED NOT NULL DEFAULT 0,
	channel		ENUM('online','desk','post') NOT NULL DEFAULT 'online',
	payment		ENUM('desk','post','online') NOT NULL DEFAULT 'desk',
	delivery	ENUM('desk','post','online') NOT NULL DEFAULT 'desk',
	delivery_address VARCHAR(512) NOT NULL DEFAULT '',
	department	VARCHAR(255) NOT NULL DEFAULT '',	-- who holds it (status 4)
	assignee_id	INT UNSIGNED NULL,
	submitted_at	DATETIME NULL,		-- Vietnam time (session +07:00)
	received_at	DATETIME NULL,
	due_at		DATETIME NULL,
	finished_at	DATETIME NULL,
	supplements	SMALLINT UNSIGNED NOT NULL DEFAULT 0,
	created_at	DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	updated_at	DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
	UNIQUE KEY dossier_code (code),
	KEY dossier_account (account_id, status),
	KEY dossier_agency (agency_id, status, submitted_at),
	KEY dossier_procedure (procedure_id),
	CONSTRAINT dossier_status_ck CHECK (status <= 10),
	CONSTRAINT dossier_procedure_fk FOREIGN KEY (procedure_id)
	    REFERENCES procedure_version (id),
	CONSTRAINT dossier_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id),
	CONSTRAINT dossier_account_fk FOREIGN KEY (account_id) REFERENCES account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- The daily sequence per receiving agency (the NNNN of the code).  A
-- submission takes the next number with
--   INSERT … ON DUPLICATE KEY UPDATE n = LAST_INSERT_ID(n + 1)
-- inside its own transaction: the row lock serialises concurrent
-- submissions to one agency on one day, and a rolled-back submission
-- gives its number back.
CREATE TABLE dossier_seq (
	agency_id	INT UNSIGNED NOT NULL,
	day		DATE NOT NULL,		-- Vietnam date
	n		INT UNSIGNED NOT NULL,
	PRIMARY KEY (agency_id, day)
) ENGINE=InnoDB;

-- The e-form as filled in (procedure_form_field of the version filed
-- under), one row per field.
CREATE TABLE dossier_field (
	dossier_id	BIGINT UNSIGNED NOT NULL,
	name		VARCHAR(64) NOT NULL,
	value		TEXT NOT NULL,
	PRIMARY KEY (dossier_id, name),
	CONSTRAINT dfield_dossier_fk FOREIGN KEY (dossier_id)
	    REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Attached files.  The bytes are stored in MariaDB in chunks, in the same
-- transaction as the dossier, so "acknowledged" means "stored" with
-- nothing to reconcile after a crash (docs/architecture.md).
CREATE TABLE dossier_file (
	id		BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	dossier_id	BIGINT UNSIGNED NOT NULL,
	component_seq	SMALLINT UNSIGNED NOT NULL,	-- procedure_component.seq
	name		VARCHAR(255) NOT NULL,	-- display only, never a path
	mime		ENUM('application/pdf','image/jpeg','image/png') NOT NULL,
	size		INT UNSIGNED NOT NULL,
	sha256		CHAR(64) CHARACTER SET ascii NOT NULL,
	kind		ENUM('applicant','result') NOT NULL DEFAULT 'applicant',
	created_at	DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	KEY dfile_dossier (dossier_id, component_seq),
	CONSTRAINT dfile_dossier_fk FOREIGN KEY (dossier_id)
	    REFERENCES dossier (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE dossier_file_chunk (
	file_id		BIGINT UNSIGNED NOT NULL,
	seq		INT UNSIGNED NOT NULL,
	data		MEDIUMBLOB NOT NULL,	-- up to 1 MiB each
	PRIMARY KEY (file_id, seq),
	CONSTRAINT dchunk_file_fk FOREIGN KEY (file_id)
	    REFERENCES dossier_file (id) ON DELETE CASCADE
) ENGINE=InnoDB;

-- Every step, append-only: who, when, from and to which status, what.
CREATE TABLE dossier_history (
	id		BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	dossier_id	BIGINT UNSIGNED NOT NULL,
	at		DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	actor_id	INT UNSIGNED NULL,
	from_status	TINYINT UNSIGNED NOT NULL,
	to_status	TINYINT UNSIGNED NOT NULL,
	action		VARCHAR(64) NOT NULL,	-- submit, receive, supplement, …
	department	VARCHAR(255) NOT NULL DEFAULT '',
	note		TEXT NOT NULL,
	KEY dhistory_dossier (dossier_id, id),
	CONSTRAINT dhistory_dossier_fk FOREIGN KEY (dossier_id)
	    REFERENCES dossier (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Defence in depth: the application account may DELETE and UPDATE in the
-- schema, so the history refuses both itself.  Only a session that sets
-- @dvc_history_purge = 1 by hand (an administrator removing test data)
-- may delete; nobody may update.
CREATE TRIGGER dossier_history_no_update BEFORE UPDATE ON dossier_history
FOR EACH ROW
	SIGNAL SQLSTATE '45000'
	    SET MESSAGE_TEXT = 'dossier_history is append-only';

DELIMITER //
CREATE TRIGGER dossier_history_no_delete BEFORE DELETE ON dossier_history
FOR EACH ROW
	IF @dvc_history_purge IS NULL OR @dvc_history_purge <> 1 THEN
		SIGNAL SQLSTATE '45000'
		    SET MESSAGE_TEXT = 'dossier_history is append-only';
	END IF//
DELIMITER ;
