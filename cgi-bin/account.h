/*
 * What the pages of the account program share: account.c holds
 * registration, verification, login and logout; account_self.c the
 * holder's own pages (details, password, reset, requests).
 */
#ifndef ACCOUNT_H
#define ACCOUNT_H

#include "app.h"

#define FORM_MAX	(16 * 1024)	/* bytes of a form body */

enum field {
	F_KIND, F_NAME, F_IDNO, F_EMAIL, F_PHONE, F_ADDRESS, F_PASSWORD,
	F_PASSWORD2, F_OLDPW, F_CSRF, F_NEXT, F_TOKEN, F_REQUEST, F_DONE,
	/* --- admin pages (admin*.c) --- */
	F_ID, F_Q, F_PAGE, F_AGCODE, F_TITLE, F_LEVEL, F_PARENT, F_WEBSITE,
	F_HOURS, F_LOGIN, F_ROLE, F_AGENCY, F_ACT, F_STATUS, F_PENDING, F_KEY,
	F_VALUE, F_PCODE, F_FIELD, F_LV_MIN, F_LV_PROV, F_LV_DIST, F_LV_COMM,
	F_LV_OTHER, F_OLEVEL, F_OCLASS, F_PTEXT, F_PDAYS, F_PUNIT, F_FEE,
	F_FEE_AMOUNT, F_STEPS, F_CHANNELS, F_REQS, F_RESULT, F_LEGAL,
	F_SUBJECTS, F_PLACE, F_GUIDE, F_DECISION, F_INUSE, F_SEQ, F_GROUP,
	F_ORIG, F_COPIES, F_REQUIRED, F_FORM, F_DELETE, F_FNAME, F_LABEL,
	F_FTYPE, F_MAXLEN, F_OPTIONS, F_HELP, F_AACTION, F_ACTOR, F_SAVED,
	F_YEAR, F_DAY, F_DAYKIND,
	/* --- end of admin fields --- */
	F__COUNT
};

extern const struct req_field	fields[F__COUNT];

/* Reads and checks a POSTed form: body into r->f, then the CSRF token.
 * Returns 0, or the status of the error page it rendered. */
int	 form_read(struct req *);
/* The same for bodies up to max bytes (the admin pages' larger forms). */
int	 form_read_max(struct req *, size_t max);
/* The 503 page for a database that failed; nothing was changed. */
int	 busy(struct req *);
/* Marks field f in error with msg (Err.<name>); returns 1 if msg. */
int	 form_err(struct req *, enum field, const char *msg);
/* Echoes the form's values (never passwords) into Form.*. */
void	 form_echo(struct req *);
/* Renders tpl with a fresh CSRF token; status for the response. */
int	 page(struct req *, const char *tpl, const char *title, int status);
/* The logged-in user, or a redirect to the login page. */
int	 need_login(struct req *);
/* A one-time link token for account id, stored hashed; the raw token
 * (pool) in *out.  0 or -1. */
int	 token_new(struct req *, unsigned long id, const char *purpose,
	    int minutes, const char **out);
/* The account id of a live token of purpose, marked used; 0 none. */
unsigned long token_take(struct req *, const char *token,
	    const char *purpose);
/* 1 when token is a live, unused token of purpose (nothing changed). */
int	 token_live(struct req *, const char *token, const char *purpose);
/* A lower-case ASCII copy of an e-mail address (the login), in the
 * pool. */
char	*email_key(struct req *, const char *email);
/* The absolute URL of path on this site (links in e-mails). */
const char *site_link(struct req *, const char *path);

int	 page_me(struct req *);
int	 page_profile(struct req *);
int	 page_password(struct req *);
int	 page_password_post(struct req *);
int	 page_forgot(struct req *);
int	 page_forgot_post(struct req *);
int	 page_reset(struct req *);
int	 page_reset_post(struct req *);
int	 page_request(struct req *);
int	 page_reactivate(struct req *);
int	 page_reactivate_post(struct req *);
int	 page_reactivate_confirm(struct req *);

#endif
