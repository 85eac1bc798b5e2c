/*
 * dvc-housekeeping: the daily clean-up, run by
 * conf/systemd/dichvucong-housekeeping.timer (./dvc housekeeping in
 * development).
 *
 *	dvc-housekeeping [-c conf]
 *
 * Deletes, each kind in a transaction of its own (tried again on a
 * deadlock or lock wait timeout), with the limits of the setting table
 * read at start:
 *
 *  - accounts still 'unverified' account.unverified_days (default 7)
 *    after registration (TTH Đ10.3b), with their sessions, e-mail tokens
 *    and grants (foreign keys ON DELETE CASCADE); one audit_log row each,
 *    action 'account.expired', object 'account:<id>';
 *  - sessions idle for more than session.idle_minutes or older than
 *    session.absolute_hours;
 *  - e-mail tokens that expired, or were used, more than a day ago;
 *  - login_throttle rows whose window (login.lock_minutes) ended more
 *    than a day ago;
 *  - sent outbox rows older than outbox.keep_days (default 90).  Failed
 *    ones are kept for someone to look at;
 *  - dossier drafts (never submitted) untouched for
 *    dossier.draft_keep_days (default 60), with their fields and files.
 *
 * Prints one line per kind.  Running it twice does nothing the second
 * time; running it on several hosts at once is harmless.
 *
 * Exit status: 0; 2 on a usage or configuration error, or when a kind
 * could not be done (the others still are).
 */
#include <stdio.h>
#include <unistd.h>

#include "cfg.h"
#include "db.h"
#include "log.h"
#include "pool.h"

#define TRIES		3
#define ER_LOCK_WAIT	1205
#define ER_DEADLOCK	1213

struct hk {
	struct db	*db;
	struct pool	 pool;
	long		 days, idle_min, max_hours, lock_min, keep_days;
	long		 draft_days;
};

typedef int	(*kind_fn)(struct hk *, unsigned long long *);

/* A setting of at least 1, or its default (0 days would delete every
 * unverified account at once). */
static long
positive(const struct db_res *r, size_t col, const char *name, long def)
{
	long	v = (long)db_int(r, 0, col, def);

	if (v < 1) {
		log_warn("%s: setting %s = %ld is not positive; using %ld",
		    __func__, name, v, def);
		v = def;
	}
	return v;
}

static int
settings(struct hk *h)
{
	struct db_res	*r;

	if ((r = db_run(h->db, &h->pool, STMT_MAIL_HK_SETTINGS, NULL, 0)) ==
	    NULL)
		return -1;
	h->days = positive(r, 0, "account.unverified_days", 7);
	h->idle_min = positive(r, 1, "session.idle_minutes", 30);
	h->max_hours = positive(r, 2, "session.absolute_hours", 12);
	h->lock_min = positive(r, 3, "login.lock_minutes", 15);
	h->keep_days = positive(r, 4, "outbox.keep_days", 90);
	h->draft_days = positive(r, 5, "dossier.draft_keep_days", 60);
	return 0;
}

/* Deletes each expired account that is still unverified, and audits it. */
static int
expire_accounts(struct hk *h, unsigned long long *n)
{
	struct db_res	*r, *d;
	struct db_arg	 a[2];
	size_t		 i;

	a[0] = DB_INT(h->days);
	if ((r = db_run(h->db, &h->pool, STMT_MAIL_HK_UNVERIFIED, a, 1)) ==
	    NULL)
		return -1;
	for (i = 0; i < r->nrows; i++) {
		a[0] = DB_INT(db_int(r, i, 0, 0));
		if ((d = db_run(h->db, &h->pool, STMT_MAIL_HK_ACCOUNT_DEL, a,
		    1)) == NULL)
			return -1;
		if (d->affected == 0)
			continue;
		a[0] = DB_STR(pool_printf(&h->pool, "account:%s",
		    db_str(r, i, 0)));
		a[1] = DB_STR(pool_printf(&h->pool, "not verified within %ld "
		    "days of registration (%s)", h->days, db_str(r, i, 1)));
		if (db_run(h->db, &h->pool, STMT_MAIL_HK_AUDIT, a, 2) == NULL)
			return -1;
		(*n)++;
	}
	return 0;
}

static int
delete_rows(struct hk *h, enum stmt id, const struct db_arg *a, size_t na,
    unsigned long long *n)
{
	struct db_res	*r;

	if ((r = db_run(h->db, &h->pool, id, a, na)) == NULL)
		return -1;
	*n = r->affected;
	return 0;
}

static int
expire_sessions(struct hk *h, unsigned long long *n)
{
	struct db_arg	a[2];

	a[0] = DB_INT(h->idle_min);
	a[1] = DB_INT(h->max_hours);
	return delete_rows(h, STMT_MAIL_HK_SESSIONS, a, 2, n);
}

static int
expire_tokens(struct hk *h, unsigned long long *n)
{
	return delete_rows(h, STMT_MAIL_HK_TOKENS, NULL, 0, n);
}

static int
expire_throttle(struct hk *h, unsigned long long *n)
{
	struct db_arg	a = DB_INT(h->lock_min);

	return delete_rows(h, STMT_MAIL_HK_THROTTLE, &a, 1, n);
}

static int
expire_outbox(struct hk *h, unsigned long long *n)
{
	struct db_arg	a = DB_INT(h->keep_days);

	return delete_rows(h, STMT_MAIL_HK_OUTBOX, &a, 1, n);
}

static int
expire_drafts(struct hk *h, unsigned long long *n)
{
	struct db_arg	a = DB_INT(h->draft_days);

	return delete_rows(h, STMT_MAIL_HK_DRAFTS, &a, 1, n);
}

/* Runs fn in a transaction, again from the start after a deadlock.
 * Prints "label: N deleted" or the failure. */
static int
kind(struct hk *h, const char *label, kind_fn fn)
{
	unsigned long long	n;
	unsigned int		e;
	int			try;

	for (try = 1; try <= TRIES; try++) {
		n = 0;
		if (db_begin(h->db) == 0 && fn(h, &n) == 0 &&
		    db_commit(h->db) == 0) {
			printf("%s: %llu deleted\n", label, n);
			return 0;
		}
		db_rollback(h->db);
		e = db_errno(h->db);
		if (e != ER_DEADLOCK && e != ER_LOCK_WAIT)
			break;
		log_warn("%s: %s: error %u, trying again", __func__, label, e);
	}
	printf("%s: not done (nothing deleted; see the log)\n", label);
	return -1;
}

static int
run(struct hk *h)
{
	int	rc = 0;

	if (settings(h) == -1)
		return 2;
	if (kind(h, pool_printf(&h->pool, "accounts not verified within %ld "
	    "days", h->days), expire_accounts) == -1)
		rc = 2;
	if (kind(h, pool_printf(&h->pool, "sessions idle over %ld min or "
	    "older than %ld h", h->idle_min, h->max_hours),
	    expire_sessions) == -1)
		rc = 2;
	if (kind(h, "e-mail tokens expired or used over a day ago",
	    expire_tokens) == -1)
		rc = 2;
	if (kind(h, "login throttle windows ended over a day ago",
	    expire_throttle) == -1)
		rc = 2;
	if (kind(h, pool_printf(&h->pool, "sent e-mails older than %ld days",
	    h->keep_days), expire_outbox) == -1)
		rc = 2;
	if (kind(h, pool_printf(&h->pool, "dossier drafts untouched for %ld "
	    "days", h->draft_days), expire_drafts) == -1)
		rc = 2;
	return rc;
}

int
main(int argc, char *argv[])
{
	struct hk	 h = { NULL, { NULL, 0 }, 0, 0, 0, 0, 0, 0 };
	const char	*conf = NULL;
	int		 ch, rc = 2;

	pool_init(&h.pool);
	log_init("dvc-housekeeping");
	while ((ch = getopt(argc, argv, "c:")) != -1) {
		if (ch != 'c') {
			fprintf(stderr, "usage: dvc-housekeeping [-c conf]\n");
			return 2;
		}
		conf = optarg;
	}
	if (optind != argc) {
		fprintf(stderr, "usage: dvc-housekeeping [-c conf]\n");
		return 2;
	}
	if (cfg_load(conf) == -1 || (h.db = db_open()) == NULL)
		goto out;
	rc = run(&h);
out:
	fflush(stdout);
	db_close(h.db);
	pool_free(&h.pool);
	cfg_free();
	return rc;
}
