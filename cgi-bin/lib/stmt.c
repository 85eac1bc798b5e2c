/*
 * The statement table.  Every SQL statement of the project, by enum stmt;
 * nothing is ever assembled from strings.  Public catalogue queries show
 * only current versions that are published (or abolished, marked so);
 * lists and searches read procedure_search, the narrow copy of
 * procedure_version that triggers keep (migration 008).
 */
#include <stddef.h>

#include "stmt.h"

/* What a public list shows of a procedure (STMT_PROC_SEARCH columns). */
#define PROC_LIST_COLS \
	"p.code, p.name, p.status, p.level_text, p.online_level, " \
	"p.online_class, f.slug, f.name, p.agency_text, p.processing_text, " \
	"p.fee_amount"

/* The filters shared by the search and its count: six folded words
 * (''=none), status ('published'|'abolished'|'all'), field slug,
 * agency code, level bit, online class (-1 = any). */
#define PROC_FILTER \
	" FROM procedure_search p LEFT JOIN field f ON f.id = p.field_id" \
	" WHERE p.is_current = 1 AND p.status <> 'draft'" \
	" AND p.search_text LIKE CONCAT('% ', ?, '%')" \
	" AND p.search_text LIKE CONCAT('% ', ?, '%')" \
	" AND p.search_text LIKE CONCAT('% ', ?, '%')" \
	" AND p.search_text LIKE CONCAT('% ', ?, '%')" \
	" AND p.search_text LIKE CONCAT('% ', ?, '%')" \
	" AND p.search_text LIKE CONCAT('% ', ?, '%')" \
	" AND (? = 'all' OR p.status = ?)" \
	" AND (? = '' OR f.slug = ?)" \
	" AND (? = '' OR EXISTS (SELECT 1 FROM procedure_agency pa" \
	"   JOIN agency a ON a.id = pa.agency_id" \
	"   WHERE pa.procedure_id = p.id AND a.code = ?))" \
	" AND (? = 0 OR (p.level_mask & ?) <> 0)" \
	" AND (? < 0 OR p.online_class = ?)"

#define PUBLISHED "p.is_current = 1 AND p.status = 'published'"

static const struct {
	const char	*name;
	const char	*sql;
} stmts[STMT__COUNT] = {
[STMT_FIELDS_WITH_COUNT] = { "FIELDS_WITH_COUNT",
	"SELECT f.slug, f.name, COUNT(p.id) FROM field f"
	" JOIN procedure_search p ON p.field_id = f.id AND " PUBLISHED
	" GROUP BY f.id, f.slug, f.name"
	" ORDER BY f.name COLLATE utf8mb4_vietnamese_ci" },
[STMT_AGENCIES_WITH_COUNT] = { "AGENCIES_WITH_COUNT",
	"SELECT a.code, a.name, a.level, COUNT(p.id) FROM agency a"
	" LEFT JOIN procedure_agency pa ON pa.agency_id = a.id"
	" LEFT JOIN procedure_search p ON p.id = pa.procedure_id AND "
	PUBLISHED
	" GROUP BY a.id, a.code, a.name, a.level"
	" ORDER BY a.level, a.name COLLATE utf8mb4_vietnamese_ci" },
[STMT_LEVEL_COUNTS] = { "LEVEL_COUNTS",
	"SELECT COALESCE(SUM((p.level_mask & 1) <> 0), 0),"
	" COALESCE(SUM((p.level_mask & 2) <> 0), 0),"
	" COALESCE(SUM((p.level_mask & 4) <> 0), 0),"
	" COALESCE(SUM((p.level_mask & 8) <> 0), 0),"
	" COALESCE(SUM((p.level_mask & 16) <> 0), 0)"
	" FROM procedure_search p WHERE " PUBLISHED },
[STMT_CLASS_COUNTS] = { "CLASS_COUNTS",
	"SELECT p.online_class, COUNT(*) FROM procedure_search p"
	" WHERE " PUBLISHED " GROUP BY p.online_class" },
[STMT_PROC_SEARCH] = { "PROC_SEARCH",
	"SELECT " PROC_LIST_COLS PROC_FILTER
	/* names holding the query's words in order come first */
	" ORDER BY p.search_text LIKE CONCAT('% ', ?, ' %') DESC,"
	" p.sort_key, p.code LIMIT ? OFFSET ?" },
[STMT_PROC_SEARCH_COUNT] = { "PROC_SEARCH_COUNT",
	"SELECT COUNT(*)" PROC_FILTER },
[STMT_PROC_BY_CODE] = { "PROC_BY_CODE",
	"SELECT p.id, p.code, p.version, p.status, p.name, f.slug, f.name,"
	" p.agency_text, p.level_text, p.level_mask, p.online_level,"
	" p.online_class, p.steps, p.channels_text, p.processing_days,"
	" p.processing_unit, p.processing_text, p.fee_text, p.fee_amount,"
	" p.subjects, p.result, p.legal_basis, p.requirements,"
	" p.place_hours, p.decision_no, DATE_FORMAT(p.in_use_from, '%d/%m/%Y'),"
	" p.online_guide,"
	" DATE_FORMAT(p.updated_at, '%d/%m/%Y'), p.is_current,"
	" p.agency_id IS NOT NULL OR EXISTS (SELECT 1 FROM procedure_agency x"
	"  WHERE x.procedure_id = p.id)"
	" FROM procedure_version p LEFT JOIN field f ON f.id = p.field_id"
	" WHERE p.code = ? AND p.status <> 'draft'"
	" AND ((? = 0 AND p.is_current = 1) OR p.version = ?)"
	" ORDER BY p.version DESC LIMIT 1" },
[STMT_PROC_CHANNELS] = { "PROC_CHANNELS",
	"SELECT channel, time_text, fee_text, description"
	" FROM procedure_channel WHERE procedure_id = ? ORDER BY seq" },
[STMT_PROC_COMPONENTS] = { "PROC_COMPONENTS",
	"SELECT c.group_name, c.name, c.originals, c.copies, c.required,"
	" t.name, t.file FROM procedure_component c"
	" LEFT JOIN form_template t ON t.id = c.form_id"
	" WHERE c.procedure_id = ? ORDER BY c.seq" },
[STMT_PROC_FORMS] = { "PROC_FORMS",
	"SELECT name, file, mime, size FROM form_template"
	" WHERE procedure_id = ? ORDER BY id" },
[STMT_PROC_AGENCIES] = { "PROC_AGENCIES",
	"SELECT a.code, a.name FROM procedure_agency pa"
	" JOIN agency a ON a.id = pa.agency_id WHERE pa.procedure_id = ?"
	" ORDER BY a.level, a.name" },
[STMT_AGENCY_BY_CODE] = { "AGENCY_BY_CODE",
	"SELECT a.code, a.name, a.level, a.address, a.email, a.phone,"
	" a.website, a.hours, pa.code, pa.name FROM agency a"
	" LEFT JOIN agency pa ON pa.id = a.parent_id WHERE a.code = ?" },
[STMT_FIELD_BY_SLUG] = { "FIELD_BY_SLUG",
	"SELECT slug, name, sector FROM field WHERE slug = ?" },
[STMT_PROC_VERSIONS] = { "PROC_VERSIONS",
	"SELECT version, status, is_current,"
	" DATE_FORMAT(in_use_from, '%d/%m/%Y'),"
	" DATE_FORMAT(updated_at, '%d/%m/%Y') FROM procedure_version"
	" WHERE code = ? AND status <> 'draft' ORDER BY version DESC" },
#include "stmt_import.inc"
#include "stmt_auth.inc"
#include "stmt_mail.inc"
#include "stmt_account.inc"
#include "stmt_dossier.inc"
#include "stmt_track.inc"
#include "stmt_submit.inc"
#include "stmt_admin.inc"
};

const char *
stmt_sql(enum stmt id)
{
	if ((unsigned)id >= STMT__COUNT || stmts[id].sql == NULL)
		return "SELECT 'statement missing from stmt.c'";
	return stmts[id].sql;
}

const char *
stmt_name(enum stmt id)
{
	if ((unsigned)id >= STMT__COUNT || stmts[id].name == NULL)
		return "?";
	return stmts[id].name;
}
