/*
 * auth_: who is asking, and may they.  Sessions, CSRF tokens, roles and
 * the audit log, shared by every program (SPEC §1, §3, §11).  Password
 * checks are in auth_pam.h (PAM only).
 *
 * Sessions: a random 256-bit token in the cookie "dvc_sid" (prefixed
 * "__Host-" when served over TLS), of which only the SHA-256 is stored.
 * A new token at every login; idle and absolute timeouts from settings
 * (session.idle_minutes, session.absolute_hours); logout and account
 * suspension delete the rows.  Cookies are HttpOnly; Secure; SameSite=Lax.
 *
 * CSRF: each session has a secret; every state-changing form carries
 * auth_csrf_token() and handlers call auth_csrf_ok() before any change.
 * Anonymous forms (login, registration) use a token bound to a short-
 * lived pre-session cookie in the same way.
 */
#ifndef AUTH_H
#define AUTH_H

#include <stddef.h>

struct req;
struct db;

enum role {
	ROLE_CLERK, ROLE_SPECIALIST, ROLE_LEADER, ROLE_RECORDS,
	ROLE_AGENCY_ADMIN, ROLE_SYSTEM_ADMIN, ROLE_CONTROLLER, ROLE__COUNT
};

struct grant {
	enum role	 role;
	unsigned long	 agency_id;	/* 0 for system admin and controller */
};

struct user {
	unsigned long	 id;
	const char	*login;
	const char	*full_name;
	const char	*kind;		/* citizen, organisation, business, staff */
	const char	*status;
	struct grant	*grants;
	size_t		 ngrants;
	const char	*csrf;		/* the session's CSRF secret */
};

/* The name of the session cookie for this request ("__Host-dvc_sid" over
 * TLS, else "dvc_sid"). */
const char	*auth_cookie_name(struct req *);

/* Loads the user of the request's session into r (r->user), touching
 * last_seen; expired sessions are deleted.  Returns 1 logged in, 0 not,
 * -1 database error. */
int		 auth_session(struct req *);

/* Starts a session for account id: a new token, the cookie set on the
 * response, any session token the request carried deleted first.
 * 0 or -1. */
int		 auth_login_session(struct req *, unsigned long account_id);

/* Ends the request's session and expires the cookie.  0 or -1. */
int		 auth_logout(struct req *);

/* Deletes every session of an account (suspension, password change). */
int		 auth_kill_sessions(struct db *, unsigned long account_id);

/* The CSRF token to put in forms (hidden field "csrf"); sets a
 * pre-session cookie for anonymous visitors.  Pool string. */
const char	*auth_csrf_token(struct req *);

/* 1 when token matches the request's session or pre-session. */
int		 auth_csrf_ok(struct req *, const char *token);

/* 1 when the user holds role for agency_id (0: any agency); the system
 * admin holds every role everywhere; the controller only reads. */
int		 auth_has(const struct user *, enum role, unsigned long agency_id);

/* Appends to the audit log (never passwords or tokens).  actor_id 0 for
 * anonymous; login is what was typed, for failed logins. */
void		 auth_audit(struct db *, unsigned long actor_id, const char *login,
		    const char *action, const char *object, const char *detail);

/* The 403 page: says what is missing and what to do; logs a denial. */
int		 auth_deny(struct req *, const char *what);

/* The stored form of a token (session, e-mail link): the SHA-256 of
 * its text as 64 hex characters, in the request pool. */
char		*auth_token_hash(struct req *, const char *token);

/* 256 random bits as 64 hex characters into out[65]. 0 or -1. */
int		 auth_random_hex(char out[65]);

#endif
