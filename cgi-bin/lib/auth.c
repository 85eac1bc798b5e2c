#include <sys/random.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "auth.h"
#include "cfg.h"
#include "db.h"
#include "log.h"
#include "sha256.h"
#include "tpl.h"

#define PRE_COOKIE	"dvc_pre"	/* anonymous forms' CSRF binding */

static const char *const role_names[ROLE__COUNT] = {
	"clerk", "specialist", "leader", "records", "agency_admin",
	"system_admin", "controller",
};

int
auth_random_hex(char out[65])
{
	unsigned char	b[32];
	size_t		i;

	if (getrandom(b, sizeof(b), 0) != (ssize_t)sizeof(b)) {
		log_err("%s: getrandom failed", __func__);
		return -1;
	}
	for (i = 0; i < sizeof(b); i++)
		snprintf(out + 2 * i, 3, "%02x", b[i]);
	return 0;
}

char *
auth_token_hash(struct req *r, const char *token)
{
	unsigned char	d[SHA256_LEN];
	char		*hex = pool_alloc(&r->pool, SHA256_HEX);

	sha256(token, strlen(token), d);
	return sha256_hex(d, hex);
}

/* 1 for 64 lower-case hex characters: the only token shape we issue. */
static int
token_valid(const char *t)
{
	size_t	i;

	for (i = 0; t != NULL && i < 64; i++)
		if (!((t[i] >= '0' && t[i] <= '9') ||
		    (t[i] >= 'a' && t[i] <= 'f')))
			return 0;
	return t != NULL && t[64] == '\0';
}

const char *
auth_cookie_name(struct req *r)
{
	return app_https(r) ? "__Host-dvc_sid" : "dvc_sid";
}

static const char *
session_token(struct req *r)
{
	char	*t;

	t = req_cookie(&r->pool, app_param(r, "HTTP_COOKIE", NULL),
	    auth_cookie_name(r));
	return token_valid(t) ? t : NULL;
}

static int
load_grants(struct req *r, struct user *u)
{
	struct db_arg	 a = DB_INT(u->id);
	struct db_res	*res;
	size_t		 i;
	int		 k;

	if ((res = db_run(r->db, &r->pool, STMT_ACC_GRANTS, &a, 1)) == NULL)
		return -1;
	u->grants = pool_alloc(&r->pool, (res->nrows + 1) *
	    sizeof(*u->grants));
	for (i = 0; i < res->nrows; i++)
		for (k = 0; k < ROLE__COUNT; k++)
			if (strcmp(db_str(res, i, 0), role_names[k]) == 0) {
				u->grants[u->ngrants].role = (enum role)k;
				u->grants[u->ngrants++].agency_id =
				    (unsigned long)db_int(res, i, 1, 0);
			}
	return 0;
}

int
auth_session(struct req *r)
{
	const char	*tok;
	struct db_arg	 a;
	struct db_res	*res;
	struct user	*u;

	if ((tok = session_token(r)) == NULL)
		return 0;
	if (app_db(r) == NULL)
		return -1;
	a = DB_STR(auth_token_hash(r, tok));
	if ((res = db_run(r->db, &r->pool, STMT_ACC_SESSION_GET, &a,
	    1)) == NULL)
		return -1;
	if (res->nrows == 0) {
		/* expired, logged out or suspended: forget it */
		db_run(r->db, &r->pool, STMT_ACC_SESSION_DEL, &a, 1);
		app_cookie(r, auth_cookie_name(r), "", 0);
		return 0;
	}
	u = pool_alloc(&r->pool, sizeof(*u));
	u->id = (unsigned long)db_int(res, 0, 0, 0);
	u->login = db_str(res, 0, 1);
	u->full_name = db_str(res, 0, 2);
	u->kind = db_str(res, 0, 3);
	u->status = db_str(res, 0, 4);
	u->csrf = db_str(res, 0, 5);
	if (db_int(res, 0, 6, 0) == 1)
		db_run(r->db, &r->pool, STMT_ACC_SESSION_TOUCH, &a, 1);
	if (load_grants(r, u) == -1)
		return -1;
	r->user = u;
	tpl_set(r, "User.name", u->full_name);
	tpl_set(r, "User.login", u->login);
	/* the header's logout form works on every page, errors included */
	tpl_set(r, "Csrf", u->csrf);
	if (auth_has(u, ROLE_AGENCY_ADMIN, 0) ||
	    auth_has(u, ROLE_CONTROLLER, 0))
		tpl_set(r, "User.admin", "1");
	return 1;
}

int
auth_login_session(struct req *r, unsigned long account_id)
{
	const char	*old;
	char		 tok[65], csrf[65];
	struct db_arg	 a[3];

	if (app_db(r) == NULL || auth_random_hex(tok) == -1 ||
	    auth_random_hex(csrf) == -1)
		return -1;
	/* A new token at every login: never reuse what the client sent. */
	if ((old = session_token(r)) != NULL) {
		a[0] = DB_STR(auth_token_hash(r, old));
		db_run(r->db, &r->pool, STMT_ACC_SESSION_DEL, a, 1);
	}
	a[0] = DB_STR(auth_token_hash(r, tok));
	a[1] = DB_INT(account_id);
	a[2] = DB_STR(csrf);
	if (db_run(r->db, &r->pool, STMT_ACC_SESSION_ADD, a, 3) == NULL)
		return -1;
	app_cookie(r, auth_cookie_name(r), tok, -1);
	return 0;
}

int
auth_logout(struct req *r)
{
	const char	*tok;
	struct db_arg	 a;

	app_cookie(r, auth_cookie_name(r), "", 0);
	if ((tok = session_token(r)) == NULL)
		return 0;
	if (app_db(r) == NULL)
		return -1;
	a = DB_STR(auth_token_hash(r, tok));
	return db_run(r->db, &r->pool, STMT_ACC_SESSION_DEL, &a, 1) == NULL ?
	    -1 : 0;
}

int
auth_kill_sessions(struct db *db, unsigned long account_id)
{
	struct pool	p;
	struct db_arg	a = DB_INT(account_id);
	int		rc;

	pool_init(&p);
	rc = db_run(db, &p, STMT_ACC_SESSIONS_KILL, &a, 1) == NULL ? -1 : 0;
	pool_free(&p);
	return rc;
}

/* The anonymous CSRF token: HMAC(auth.secret, pre-session cookie). */
static const char *
pre_token(struct req *r, const char *pre)
{
	const char	*key = cfg_get("auth.secret", "");
	char		*hex = pool_alloc(&r->pool, SHA256_HEX);

	return sha256_hmac_hex(key, strlen(key), pre, strlen(pre), hex);
}

const char *
auth_csrf_token(struct req *r)
{
	char	*pre;
	char	 fresh[65];

	if (r->user != NULL)
		return r->user->csrf;
	pre = req_cookie(&r->pool, app_param(r, "HTTP_COOKIE", NULL),
	    PRE_COOKIE);
	if (!token_valid(pre)) {
		if (auth_random_hex(fresh) == -1)
			return "";
		pre = pool_strdup(&r->pool, fresh);
		app_cookie(r, PRE_COOKIE, pre, 2 * 3600);
	}
	return pre_token(r, pre);
}

/* Constant-time comparison of two NUL-terminated strings. */
static int
same(const char *a, const char *b)
{
	size_t		 la = strlen(a), lb = strlen(b), i;
	unsigned char	 d = la != lb;

	for (i = 0; i < la && i < lb; i++)
		d |= (unsigned char)(a[i] ^ b[i]);
	return d == 0;
}

int
auth_csrf_ok(struct req *r, const char *token)
{
	char	*pre;

	if (token == NULL || *token == '\0')
		return 0;
	if (r->user != NULL)
		return same(token, r->user->csrf);
	pre = req_cookie(&r->pool, app_param(r, "HTTP_COOKIE", NULL),
	    PRE_COOKIE);
	return token_valid(pre) && *cfg_get("auth.secret", "") != '\0' &&
	    same(token, pre_token(r, pre));
}

int
auth_has(const struct user *u, enum role role, unsigned long agency_id)
{
	size_t	i;

	if (u == NULL)
		return 0;
	for (i = 0; i < u->ngrants; i++) {
		if (u->grants[i].role == ROLE_SYSTEM_ADMIN)
			return 1;
		if (u->grants[i].role == role && (agency_id == 0 ||
		    u->grants[i].agency_id == agency_id ||
		    u->grants[i].agency_id == 0))
			return 1;
	}
	return 0;
}

void
auth_audit(struct db *db, unsigned long actor_id, const char *login,
    const char *action, const char *object, const char *detail)
{
	struct pool	p;
	struct db_arg	a[5];

	if (db == NULL)
		return;
	pool_init(&p);
	a[0] = DB_INT(actor_id);
	a[1] = DB_STR(login != NULL ? login : "");
	a[2] = DB_STR(action);
	a[3] = DB_STR(object != NULL ? object : "");
	a[4] = DB_STR(detail != NULL ? detail : "");
	if (db_run(db, &p, STMT_ACC_AUDIT_ADD, a, 5) == NULL)
		log_err("%s: could not record %s", __func__, action);
	pool_free(&p);
}

int
auth_deny(struct req *r, const char *what)
{
	auth_audit(r->db, r->user != NULL ? r->user->id : 0,
	    r->user != NULL ? r->user->login : "", "deny", r->path, what);
	tpl_set(r, "Error.Login", r->user == NULL ? "1" : "0");
	tpl_set(r, "Error.Next", r->path);
	return app_error(r, 403, what);
}
