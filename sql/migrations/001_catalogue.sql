-- 001: the procedure catalogue (SPEC §2).
-- Text is stored in NFC.  Every searchable row carries search_text: the
-- same text folded by text_fold() (NFD, marks stripped, đ→d, lower case,
-- runs of non-alphanumerics collapsed to one space, padded with a space on
-- both sides) so that `dat dai` finds `Đất đai` whatever the collation.

CREATE TABLE agency (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	code		VARCHAR(32) NOT NULL,		-- QCVN 102 code
	name		VARCHAR(255) NOT NULL,
	parent_id	INT UNSIGNED NULL,
	level		TINYINT UNSIGNED NOT NULL,	-- 1 province, 2 district, 3 commune, 9 other
	address		VARCHAR(512) NOT NULL DEFAULT '',
	email		VARCHAR(255) NOT NULL DEFAULT '',
	phone		VARCHAR(64) NOT NULL DEFAULT '',
	website		VARCHAR(255) NOT NULL DEFAULT '',
	hours		VARCHAR(255) NOT NULL DEFAULT '',
	UNIQUE KEY agency_code (code),
	KEY agency_parent (parent_id),
	CONSTRAINT agency_parent_fk FOREIGN KEY (parent_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

CREATE TABLE field (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	slug		VARCHAR(160) NOT NULL,		-- folded name with '-' for URLs
	name		VARCHAR(255) NOT NULL,
	sector		VARCHAR(255) NOT NULL DEFAULT '',	-- ngành
	UNIQUE KEY field_slug (slug)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- One row per version of a procedure.  Lifecycle (CB Đ9–10):
-- draft → published → amended (a new row with version+1; the old row keeps
-- status 'published' but is_current = 0) → abolished.  Exactly one row per
-- code has is_current = 1 once anything was published.
CREATE TABLE procedure_version (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	code		VARCHAR(32) NOT NULL,		-- mã TTHC (national code)
	version		SMALLINT UNSIGNED NOT NULL DEFAULT 1,
	status		ENUM('draft','published','abolished') NOT NULL DEFAULT 'draft',
	is_current	TINYINT(1) NOT NULL DEFAULT 0,
	name		VARCHAR(1024) NOT NULL,
	field_id	INT UNSIGNED NULL,
	agency_id	INT UNSIGNED NULL,		-- implementing agency when known
	agency_text	TEXT NOT NULL,			-- cơ quan thực hiện, as published
	level_mask	TINYINT UNSIGNED NOT NULL DEFAULT 0,	-- 1 ministry 2 province 4 district 8 commune 16 other
	level_text	VARCHAR(255) NOT NULL DEFAULT '',
	online_level	TINYINT UNSIGNED NOT NULL DEFAULT 1,	-- NĐ 43/2011 levels 1..4
	online_class	TINYINT UNSIGNED NOT NULL DEFAULT 0,	-- NĐ 42/2022: 0 information only, 1 một phần, 2 toàn trình
	steps		MEDIUMTEXT NOT NULL,		-- trình tự thực hiện
	channels_text	MEDIUMTEXT NOT NULL,		-- cách thức thực hiện, as published
	processing_days	DECIMAL(6,1) NULL,		-- parsed, working days; NULL = not parsed
	processing_unit	ENUM('working_days','days','hours','none') NOT NULL DEFAULT 'none',
	processing_text	VARCHAR(1024) NOT NULL DEFAULT '',
	fee_text	MEDIUMTEXT NOT NULL,
	fee_amount	BIGINT UNSIGNED NULL,		-- VND, lowest parsed amount; 0 = free
	subjects	TEXT NOT NULL,			-- đối tượng thực hiện
	result		MEDIUMTEXT NOT NULL,		-- kết quả
	legal_basis	MEDIUMTEXT NOT NULL,		-- căn cứ pháp lý
	requirements	MEDIUMTEXT NOT NULL,		-- yêu cầu, điều kiện
	place_hours	TEXT NOT NULL,			-- địa chỉ tiếp nhận, giờ
	decision_no	VARCHAR(255) NOT NULL DEFAULT '',
	in_use_from	DATE NULL,
	online_guide	TEXT NOT NULL,			-- how to use the online service
	source		VARCHAR(64) NOT NULL DEFAULT 'demo',	-- demo, import:<ministry folder>, admin
	source_hash	CHAR(64) NOT NULL DEFAULT '',	-- SHA-256 of the imported record (idempotence)
	search_text	TEXT NOT NULL,
	created_at	DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
	updated_at	DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP,
	UNIQUE KEY procedure_code_version (code, version),
	KEY procedure_current (is_current, status, code),
	KEY procedure_field (field_id),
	KEY procedure_agency (agency_id),
	CONSTRAINT procedure_field_fk FOREIGN KEY (field_id) REFERENCES field (id),
	CONSTRAINT procedure_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Submission channels with their time and fee (parsed from the flattened
-- "Hình thức nộp | Thời gian | Phí, lệ phí | Mô tả" table).
CREATE TABLE procedure_channel (
	procedure_id	INT UNSIGNED NOT NULL,
	seq		SMALLINT UNSIGNED NOT NULL,
	channel		ENUM('direct','online','post') NOT NULL,
	time_text	VARCHAR(255) NOT NULL DEFAULT '',
	fee_text	TEXT NOT NULL,
	description	TEXT NOT NULL,
	PRIMARY KEY (procedure_id, seq),
	CONSTRAINT channel_procedure_fk FOREIGN KEY (procedure_id)
	    REFERENCES procedure_version (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Downloadable form templates (level 2).  The file is served by nginx from
-- htdocs/bieu-mau/<file> as an attachment; file = '' when only the name is
-- known (imported records name forms they do not ship).
CREATE TABLE form_template (
	id		INT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
	procedure_id	INT UNSIGNED NOT NULL,
	name		VARCHAR(512) NOT NULL,
	file		VARCHAR(255) NOT NULL DEFAULT '',
	mime		VARCHAR(100) NOT NULL DEFAULT '',
	size		INT UNSIGNED NOT NULL DEFAULT 0,
	KEY form_procedure (procedure_id),
	CONSTRAINT form_procedure_fk FOREIGN KEY (procedure_id)
	    REFERENCES procedure_version (id) ON DELETE CASCADE
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Dossier components (thành phần hồ sơ) with copies and optional form.
CREATE TABLE procedure_component (
	procedure_id	INT UNSIGNED NOT NULL,
	seq		SMALLINT UNSIGNED NOT NULL,
	group_name	VARCHAR(1024) NOT NULL DEFAULT '',	-- "Trường hợp (1): …" or ''
	name		TEXT NOT NULL,
	originals	TINYINT UNSIGNED NOT NULL DEFAULT 0,	-- bản chính
	copies		TINYINT UNSIGNED NOT NULL DEFAULT 0,	-- bản sao
	required	TINYINT(1) NOT NULL DEFAULT 1,
	form_id		INT UNSIGNED NULL,
	PRIMARY KEY (procedure_id, seq),
	CONSTRAINT component_procedure_fk FOREIGN KEY (procedure_id)
	    REFERENCES procedure_version (id) ON DELETE CASCADE,
	CONSTRAINT component_form_fk FOREIGN KEY (form_id)
	    REFERENCES form_template (id) ON DELETE SET NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- Which agencies implement which procedure (for the per-agency list).
CREATE TABLE procedure_agency (
	procedure_id	INT UNSIGNED NOT NULL,
	agency_id	INT UNSIGNED NOT NULL,
	PRIMARY KEY (procedure_id, agency_id),
	KEY pa_agency (agency_id),
	CONSTRAINT pa_procedure_fk FOREIGN KEY (procedure_id)
	    REFERENCES procedure_version (id) ON DELETE CASCADE,
	CONSTRAINT pa_agency_fk FOREIGN KEY (agency_id) REFERENCES agency (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;
