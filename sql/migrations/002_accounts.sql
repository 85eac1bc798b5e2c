-- 002: accounts, sessions, roles, e-mail outbox and the audit log
-- (SPEC §1, §3, §11).  Passwords are checked only through PAM: the
-- default stack (conf/pam.d/dichvucong) reads account.password_hash with
-- pam_mysql (crypt=1, yescrypt) through the view pam_account.

CREATE TABLE account (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	login		VARCHAR(255) NOT NULL,		-- the e-mail, lower case; staff: a user name
	kind		ENUM('citizen','organisation','business','staff') NOT NULL,
	full_name	VARCHAR(255) NOT NULL,
	id_number	VARCHAR(13) NOT NULL DEFAULT '',	-- CCCD (12 digits) or tax code (10/13)
	email		VARCHAR(255) NOT NULL,
	phone		VARCHAR(20) NOT NULL DEFAULT '',
	address		VARCHAR(512) NOT NULL DEFAULT '',
	-- crypt(3) hash ($y$ yescrypt).  NOT NULL: an account without a
	-- password has the hash '*', which no password matches.
	password_hash	VARCHAR(255) NOT NULL,
	status		ENUM('unverified','active','suspended','cancelled') NOT NULL DEFAULT 'unverified',
	-- what the holder asked for and staff have not yet decided
	request		ENUM('none','suspend','cancel','reactivate') NOT NULL DEFAULT 'none',
	created_at	DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	verified_at	DATETIME NULL,
	updated_at	DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
	UNIQUE KEY account_login (login),
	UNIQUE KEY account_email (email),
	KEY account_status (status, created_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- What PAM may read: login, hash and status.  pam_mysql's database
-- account is granted SELECT on this view alone.
CREATE VIEW pam_account AS
	SELECT login, password_hash, status FROM account;

-- Sessions: only the SHA-256 of the token is stored.
CREATE TABLE session (
	token_hash	CHAR(64) NOT NULL PRIMARY KEY,
	account_id	INT UNSIGNED NOT NULL,
	csrf		CHAR(64) NOT NULL,		-- per-session CSRF secret
	created_at	DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	last_seen	DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	KEY session_account (account_id),
	CONSTRAINT session_account_fk FOREIGN KEY (account_id)
	    REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

-- One-time links sent by e-mail (verification, password reset).
CREATE TABLE email_token (
	token_hash	CHAR(64) NOT NULL PRIMARY KEY,
	account_id	INT UNSIGNED NOT NULL,
	purpose		ENUM('verify','reset') NOT NULL,
	expires_at	DATETIME NOT NULL,
	used_at		DATETIME NULL,
	KEY token_account (account_id),
	CONSTRAINT token_account_fk FOREIGN KEY (account_id)
	    REFERENCES account (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

-- Failed logins, counted per login name as typed (known or not, so that
-- a lockout says nothing about whether an account exists) and per client
-- network; the key is a SHA-256 with a server secret, so neither the name
-- nor the address is stored.  pam_faillock cannot do this: it ignores
-- users missing from /etc/passwd.
CREATE TABLE login_throttle (
	key_hash	CHAR(64) NOT NULL PRIMARY KEY,
	failures	INT UNSIGNED NOT NULL DEFAULT 0,
	window_start	DATETIME NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=ascii COLLATE=ascii_bin;

-- Roles (SPEC §1): staff roles and agency admin are bound to one agency;
-- system admin and controller have agency_id NULL.
CREATE TABLE role_grant (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	account_id	INT UNSIGNED NOT NULL,
	role		ENUM('clerk','specialist','leader','records','agency_admin',
			     'system_admin','controller') NOT NULL,
	agency_id	INT UNSIGNED NULL,
	granted_by	INT UNSIGNED NULL,
	granted_at	DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	UNIQUE KEY grant_unique (account_id, role, agency_id),
	KEY grant_agency (agency_id),
	CONSTRAINT grant_account_fk FOREIGN KEY (account_id)
	    REFERENCES account (id) ON DELETE CASCADE,
	CONSTRAINT grant_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Messages to send (SPEC §6 last bullet): written in the same transaction
-- as the change they report, drained by dvc-mailer with retries.
CREATE TABLE outbox (
	id		BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	channel		ENUM('email','sms','zalo') NOT NULL DEFAULT 'email',
	recipient	VARCHAR(255) NOT NULL,
	subject		VARCHAR(255) NOT NULL,
	body		MEDIUMTEXT NOT NULL,
	status		ENUM('pending','sent','failed') NOT NULL DEFAULT 'pending',
	attempts	SMALLINT UNSIGNED NOT NULL DEFAULT 0,
	next_attempt_at	DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	last_error	VARCHAR(512) NOT NULL DEFAULT '',
	created_at	DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	sent_at		DATETIME NULL,
	KEY outbox_due (status, next_attempt_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Logins, denials and admin changes (SPEC §11).  Never passwords or
-- tokens.  The application account may INSERT and SELECT only.
CREATE TABLE audit_log (
	id		BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	at		DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	actor_id	INT UNSIGNED NULL,
	actor_login	VARCHAR(255) NOT NULL DEFAULT '',	-- as typed, for failed logins
	action		VARCHAR(64) NOT NULL,		-- login.ok, login.fail, deny, agency.update, …
	object		VARCHAR(255) NOT NULL DEFAULT '',
	detail		VARCHAR(1024) NOT NULL DEFAULT '',
	KEY audit_at (at),
	KEY audit_actor (actor_id, at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- System settings the system admin edits (key/value; typed in code).
CREATE TABLE setting (
	name		VARCHAR(64) NOT NULL PRIMARY KEY,
	value		VARCHAR(1024) NOT NULL,
	updated_at	DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

INSERT INTO setting (name, value) VALUES
	('session.idle_minutes', '30'),
	('session.absolute_hours', '12'),
	('login.max_failures', '5'),
	('login.lock_minutes', '15'),
	('account.unverified_days', '7');
