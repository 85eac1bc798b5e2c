/*
 * The statement table: every SQL statement the project runs, by id.
 * Add a statement by adding its id in its area's section here and its
 * text, as a designated initializer, in that area's file (stmt.c for the
 * catalogue, stmt_<area>.inc for the others).  The *__FIRST ids are
 * placeholders that keep each section non-empty.
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
	/* login through PAM, lockout, throttling (SQL in stmt_auth.inc) */
	STMT_AUTH__FIRST,
	/* outbox and housekeeping (SQL in stmt_mail.inc) */
	STMT_MAIL__FIRST,
	/* sessions, CSRF, roles, accounts (SQL in stmt_account.inc) */
	STMT_ACC__FIRST,
	STMT__COUNT
};

/* The SQL of id (for logs and tests). */
const char	*stmt_sql(enum stmt);
const char	*stmt_name(enum stmt);

#endif
