-- 008: a narrow copy of what catalogue lists and searches read.
-- procedure_version rows carry long texts (steps, legal basis, …), so
-- scanning them for a search read megabytes; procedure_search holds only
-- the list columns and search_text, and triggers keep it equal to
-- procedure_version whoever writes (importer, admin pages, SQL by hand).

CREATE TABLE procedure_search (
	id		INT UNSIGNED NOT NULL PRIMARY KEY,	-- procedure_version.id
	code		VARCHAR(32) NOT NULL,
	is_current	TINYINT(1) NOT NULL,
	status		ENUM('draft','published','abolished') NOT NULL,
	field_id	INT UNSIGNED NULL,
	level_mask	TINYINT UNSIGNED NOT NULL,
	level_text	VARCHAR(255) NOT NULL,
	online_level	TINYINT UNSIGNED NOT NULL,
	online_class	TINYINT UNSIGNED NOT NULL,
	name		VARCHAR(1024) NOT NULL,
	agency_text	VARCHAR(1024) NOT NULL,
	processing_text	VARCHAR(1024) NOT NULL,
	fee_amount	BIGINT UNSIGNED NULL,
	-- Binary collation: search_text is already folded, so LIKE can
	-- compare bytes instead of running the Unicode collation.
	search_text	TEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
	-- The name's Vietnamese collation weights (D before Đ, …), so that
	-- lists sort by comparing bytes.
	sort_key	VARBINARY(255) NOT NULL,
	KEY search_current (is_current, status),
	KEY search_field (field_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_520_ci;

-- The one mapping from procedure_version to its narrow copy, used by the
-- triggers and the first fill alike.
CREATE VIEW procedure_search_source AS
	SELECT id, code, is_current, status, field_id, level_mask, level_text,
	    online_level, online_class, name, LEFT(agency_text, 1024),
	    LEFT(processing_text, 1024), fee_amount, search_text,
	    LEFT(WEIGHT_STRING(name COLLATE utf8mb4_vietnamese_ci), 255)
	FROM procedure_version;

CREATE TRIGGER procedure_search_ins AFTER INSERT ON procedure_version
FOR EACH ROW
	REPLACE INTO procedure_search
	    SELECT * FROM procedure_search_source WHERE id = NEW.id;

CREATE TRIGGER procedure_search_upd AFTER UPDATE ON procedure_version
FOR EACH ROW
	REPLACE INTO procedure_search
	    SELECT * FROM procedure_search_source WHERE id = NEW.id;

CREATE TRIGGER procedure_search_del AFTER DELETE ON procedure_version
FOR EACH ROW
	DELETE FROM procedure_search WHERE id = OLD.id;

INSERT INTO procedure_search SELECT * FROM procedure_search_source;
