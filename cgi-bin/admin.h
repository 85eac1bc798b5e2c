/*
 * The admin pages under /quan-tri (SPEC §1, §12), compiled into the
 * account program:
 *
 *   admin.c          access checks, forms, the dashboard
 *   admin_agency.c   agencies (system admin)
 *   admin_user.c     accounts: list, search, create staff, one account
 *   admin_grant.c    role grants and account status
 *   admin_proc.c     procedures: list, create and edit a draft
 *   admin_proc_check.c  the procedure form: checks, computed columns
 *   admin_life.c     publish, amend, abolish
 *   admin_parts.c    dossier components and e-form fields of a draft
 *   admin_audit.c    the audit log and the system settings
 *   admin_calendar.c the working calendar: holidays, swapped days
 *
 * Access is denied by default.  Every handler starts with admin_begin()
 * or admin_post(), which load the session (no session: 303 to the login
 * page) and check the role; then each object named in the request is
 * checked again (admin_may_agency(), admin_may_proc()) before it is shown
 * or changed, so editing an id in the request gains nothing.  Roles:
 *
 *   system admin   everything
 *   agency admin   the staff and procedures of its own agencies
 *   controller     reads every list and the audit log, changes nothing
 *
 * Every change is a POST carrying the session's CSRF token, runs in one
 * transaction and appends an audit_log row inside it (auth_audit()).
 */
#ifndef ADMIN_H
#define ADMIN_H

#include "account.h"
#include "db.h"

/* The largest admin form body: a procedure's texts, urlencoded (nginx's
 * client_max_body_size is 1m). */
#define ADMIN_FORM_MAX		(1024 * 1024)
#define ADMIN_PAGE_SIZE		50

/* Who may open a page (admin_begin). */
enum admin_need {
	NEED_ANY,	/* system admin, agency admin or controller */
	NEED_READ,	/* system admin or controller: every object, read */
	NEED_MANAGE,	/* system admin or agency admin: changes */
	NEED_SYSTEM,	/* system admin only */
};

/* Choices of the enum fields the admin pages add to account.c's table,
 * NULL-terminated; "" (nothing chosen) is a valid choice where listed. */
extern const char *const adm_roles[];		/* "", clerk … controller */
extern const char *const adm_acts[];		/* suspend reactivate cancel */
extern const char *const adm_statuses[];	/* "", account and procedure */
extern const char *const adm_levels[];		/* agency level 1 2 3 9 */
extern const char *const adm_yes[];		/* "1": checkboxes */
extern const char *const adm_olevels[];		/* online level 1..4 */
extern const char *const adm_oclasses[];	/* online class 0..2 */
extern const char *const adm_units[];		/* processing_unit */
extern const char *const adm_ftypes[];		/* e-form field types */
extern const char *const adm_saved[];		/* what was just saved */
extern const char *const adm_daykinds[];	/* calendar_day.kind */

/* Loads the session and checks that its user may open a page needing
 * need.  Returns 0 to go on (r->user set), or the status of the response
 * already made: 303 to the login page, 403 (auth_deny, audited), 503. */
int	 admin_begin(struct req *, enum admin_need need);
/* admin_begin(), then the form body (at most ADMIN_FORM_MAX bytes) into
 * r->f and its CSRF token: 0, or the status of the error page made (403
 * for a missing or wrong token: nothing is changed). */
int	 admin_post(struct req *, enum admin_need need);

/* Roles of the logged-in user r->user. */
int	 admin_is_system(const struct req *);
int	 admin_sees_all(const struct req *);	/* system admin, controller */
int	 admin_manages(const struct req *);	/* system or agency admin */
/* 1 when the user may change what belongs to agency_id (0: none). */
int	 admin_may_agency(const struct req *, unsigned long agency_id);
/* 1 when the user may see (write 0) or change (write 1) procedure
 * version id, through the agencies it belongs to; -1 database error. */
int	 admin_may_proc(struct req *, unsigned long id, int write);
/* The two leading arguments of the scoped statements (stmt_admin.inc):
 * all (1 for the system admin and the controller) and the actor's id. */
void	 admin_scope(const struct req *, struct db_arg *two);

/* The decimal id in path segment r->arg[n], or 0 for anything else. */
unsigned long admin_arg(const struct req *, size_t n);
/* A form field holding an optional whole number: def when absent or
 * empty, -1 when not digits or over max. */
long long admin_num(const struct req *, enum field, long long def,
	    long long max);
/* The value of a form field, "" when absent. */
const char *admin_val(const struct req *, enum field);

/* Fills Form.<field name> from row 0 of res, column by column, the way
 * form_echo() fills it from a posted form: an edit page and its error
 * page then show the same names.  map ends with { -1, 0 }. */
struct admin_col {
	int		 col;
	enum field	 f;
};
void	 admin_form_set(struct req *, const struct db_res *,
	    const struct admin_col *map);

/* The page asked for in ?trang= (1 when absent). */
long long admin_pageno(const struct req *);
/* Echoes the query into Form.* (search forms keep what was typed) and
 * sets Paging.* for the layout's paging() macro: total rows, the current
 * page, and the query the page links continue. */
void	 admin_paging(struct req *, long long total, long long page);

/* Renders an admin page: page() plus the Adm.* role flags the templates
 * and the navigation use.  Returns status. */
int	 admin_page(struct req *, const char *tpl, const char *title,
	    int status);
/* The 404 page for an object that does not exist. */
int	 admin_gone(struct req *, const char *what);
/* The 409 page: the object changed state meanwhile (e.g. no longer a
 * draft); nothing was changed. */
int	 admin_conflict(struct req *, const char *msg);
/* db_begin() on the request's connection; 0 or -1. */
int	 admin_tx(struct req *);
/* db_commit(), rolling back on failure: 0 or -1. */
int	 admin_commit(struct req *);
/* Rolls back the open transaction, if there is a connection. */
void	 admin_rollback(struct req *);
/* Runs statement id with n arguments; NULL on error (logged). */
struct db_res *admin_run(struct req *, enum stmt id,
	    const struct db_arg *a, size_t n);
/* Appends an audit row for the user's change (inside the transaction). */
void	 admin_audit(struct req *, const char *action, const char *object,
	    const char *detail);
/* Empties nginx's micro-cache (cache.dir) after a committed change to
 * public pages, so that the catalogue shows it at once. */
void	 admin_purge(struct req *);
/* Lists the agencies the user manages (all for the system admin) into
 * MyAgencies.N.{id,code,name}.  0 or -1. */
int	 admin_my_agencies(struct req *);

/*
 * The page handlers (routes in account.c's pages[]).  A GET answers 200,
 * or 303 to the login page (no session), 403 (role or object not
 * allowed; audited as 'deny'), 404 (no such object), 503 (database).  A
 * POST answers 303 to the page of what it changed — the only answer
 * after which anything changed — or 403 (also for a missing or wrong
 * CSRF token), 404, 409 (the object's state does not allow it, e.g. no
 * longer a draft), 400/413/415 (a malformed body), 422 (the form again,
 * errors beside the fields, what was typed kept), 503.
 */
int	 page_adm_home(struct req *);
int	 page_adm_agencies(struct req *);
int	 page_adm_agency_new(struct req *);
int	 page_adm_agency_new_post(struct req *);
int	 page_adm_agency(struct req *);
int	 page_adm_agency_post(struct req *);
int	 page_adm_users(struct req *);
int	 page_adm_user_new(struct req *);
int	 page_adm_user_new_post(struct req *);
int	 page_adm_user(struct req *);
/* Renders the account page of id with status (admin_grant.c uses it
 * for errors beside the grant form). */
int	 admin_user_render(struct req *, unsigned long id, int status);
/* 1 when the user may grant role in agency: the system admin any role
 * (agency roles need an agency); an agency admin only clerk, specialist,
 * leader or records, in an agency it manages. */
int	 admin_may_grant(struct req *, const char *role, long long agency);
/* 1 when the user may revoke account's role in agency (the system admin
 * never its own system_admin role). */
int	 admin_may_revoke(struct req *, unsigned long account,
	    const char *role, unsigned long agency);
/* Checks the role and agency fields of a grant form (an agency role needs
 * an existing agency); errors beside them.  Count, or -1 (database). */
int	 admin_grant_check(struct req *, const char *role);
/* Inserts the grant with its audit row (inside the caller's
 * transaction).  0 or -1. */
int	 admin_grant_store(struct req *, unsigned long account,
	    const char *role, long long agency);
int	 page_adm_grant(struct req *);
int	 page_adm_revoke(struct req *);
int	 page_adm_status(struct req *);
int	 page_adm_settings(struct req *);
int	 page_adm_settings_post(struct req *);
int	 page_adm_audit(struct req *);
/* A procedure draft as the form gives it, with what is computed from it
 * (admin_proc_check.c). */
struct adm_proc {
	long long	 field, agency;		/* ids from the form */
	int		 mask;			/* level_mask */
	const char	*level_text, *agency_text, *search_text;
};
/* The checks of the procedure form that need no database (c->field and
 * c->agency already read); fills c->mask.  Errors beside the fields:
 * their number. */
int	 admin_proc_check(struct req *, struct adm_proc *c);
/* Fills the computed columns of c: level_text from the mask,
 * agency_text (the agency's name, unless a draft keeps old_text under
 * the same old_agency), search_text = text_fold(name code field
 * agency).  Marks an unknown field or agency.  Errors, -1 database. */
int	 admin_proc_compute(struct req *, struct adm_proc *c,
	    long long old_agency, const char *old_text, const char *code);
/* Binds the form and c in ADM_PROC_COLS order: 24 values into a. */
void	 admin_proc_args(struct req *, const struct adm_proc *c,
	    struct db_arg *a);
/* The code of a new procedure: [0-9A-Za-z.-], not used by any version.
 * Errors (0 or 1) beside it, -1 database. */
int	 admin_proc_code_check(struct req *, const char *code);
/* Form.cap_* checkboxes from a level_mask. */
void	 admin_proc_levels(struct req *, long long mask);
/* Opens procedure version id for editing: the user may change it
 * (admin_may_proc), it exists (Proc.0.* loaded, the row in *res) and it
 * is a draft.  0, or the status of the 403/404/409/503 page made. */
int	 admin_draft_open(struct req *, unsigned long id, struct db_res **res);
/* Loads procedure version id into Proc.0.* (and, unless keep_form, its
 * values into Form.*); *out (may be NULL) gets the ADM_PROC_GET row.
 * 1 found, 0 not, -1 database error. */
int	 admin_proc_load(struct req *, unsigned long id, int keep_form,
	    struct db_res **out);
/* The page of procedure version id after the read check (403 when the
 * user may not see it), with its components, e-form fields, versions
 * and the forms the user may use.  keep_form: the posted values stay in
 * Form.* (an error page).  Returns status or the error's. */
int	 admin_proc_render(struct req *, unsigned long id, int keep_form,
	    int status);
int	 page_adm_procs(struct req *);
int	 page_adm_proc_new(struct req *);
int	 page_adm_proc_new_post(struct req *);
int	 page_adm_proc(struct req *);
int	 page_adm_proc_post(struct req *);
int	 page_adm_publish(struct req *);
int	 page_adm_amend(struct req *);
int	 page_adm_abolish(struct req *);
int	 page_adm_component(struct req *);
int	 page_adm_component_post(struct req *);
int	 page_adm_ffield(struct req *);
int	 page_adm_ffield_post(struct req *);
int	 page_adm_calendar(struct req *);
int	 page_adm_calendar_post(struct req *);
int	 page_adm_calendar_fill(struct req *);

#endif
