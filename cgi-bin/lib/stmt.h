/*
 * The statement table: every SQL statement the project runs, by id.
 * Add a statement by adding its id here and its text at the same place in
 * stmt.c (keep the two in the same order; stmt.c checks the count).
 */
#ifndef STMT_H
#define STMT_H

enum stmt {
	/* catalogue (public) */
	STMT_FIELDS_WITH_COUNT,
	STMT_AGENCIES_WITH_COUNT,
	STMT_LEVEL_COUNTS,
	STMT_CLASS_COUNTS,
	STMT_PROC_SEARCH,
	STMT_PROC_SEARCH_COUNT,
	STMT_PROC_BY_CODE,
	STMT_PROC_CHANNELS,
	STMT_PROC_COMPONENTS,
	STMT_PROC_FORMS,
	STMT_PROC_AGENCIES,
	STMT_AGENCY_BY_CODE,
	STMT_FIELD_BY_SLUG,
	STMT_PROC_VERSIONS,
	/* importer (SQL in stmt_import.inc) */
	STMT_IMP_FIELD_UPSERT,
	STMT_IMP_AGENCY_FIND,
	STMT_IMP_PROC_FIND,
	STMT_IMP_PROC_NEXT_VERSION,
	STMT_IMP_PROC_ADD,
	STMT_IMP_PROC_UPDATE,
	STMT_IMP_CHANNELS_DEL,
	STMT_IMP_CHANNEL_ADD,
	STMT_IMP_COMPONENTS_DEL,
	STMT_IMP_COMPONENT_ADD,
	STMT_IMP_FORMS_DEL,
	STMT_IMP_FORM_ADD,
	STMT_IMP_PA_DEL,
	STMT_IMP_PA_ADD,
	STMT__COUNT
};

/* The SQL of id (for logs and tests). */
const char	*stmt_sql(enum stmt);
const char	*stmt_name(enum stmt);

#endif
