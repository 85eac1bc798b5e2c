#include <stdlib.h>
#include <string.h>

#include <mysql.h>
#include <errmsg.h>

#include "cfg.h"
#include "db.h"
#include "log.h"
#include "pool.h"

#define DB_MAX_ARGS	32

struct db {
	MYSQL		*my;
	MYSQL_STMT	*stmt[STMT__COUNT];	/* prepared lazily */
	int		 in_tx;
	unsigned int	 err;
};

static int
db_connect(struct db *d)
{
	unsigned int	 port;
	const char	*sock, *host;

	if ((d->my = mysql_init(NULL)) == NULL)
		return -1;
	mysql_options(d->my, MYSQL_SET_CHARSET_NAME, "utf8mb4");
	/* READ COMMITTED: no gap locks, so concurrent submissions that
	 * insert and delete by new, adjacent dossier ids do not deadlock
	 * (measured under 200 at once); every statement that must see a
	 * row stable locks it (SELECT … FOR UPDATE, the code counter's
	 * upsert).  It needs row-based binary logging (binlog_format ROW or
	 * MIXED), as docs/operations.md sets. */
	mysql_options(d->my, MYSQL_INIT_COMMAND,
	    "SET time_zone = '+07:00', sql_mode = 'STRICT_ALL_TABLES,"
	    "NO_ZERO_DATE,NO_ENGINE_SUBSTITUTION',"
	    " tx_isolation = 'READ-COMMITTED'");
	sock = cfg_get("db.socket", NULL);
	host = cfg_get("db.host", sock != NULL ? NULL : "localhost");
	port = (unsigned int)cfg_int("db.port", 0);
	if (mysql_real_connect(d->my, host, cfg_get("db.user", "dvc_app"),
	    cfg_get("db.password", ""), cfg_get("db.name", "dichvucong"),
	    port, sock, 0) == NULL) {
		log_err("%s: %s", __func__, mysql_error(d->my));
		d->err = mysql_errno(d->my);
		mysql_close(d->my);
		d->my = NULL;
		return -1;
	}
	return 0;
}

static void
db_disconnect(struct db *d)
{
	size_t	i;

	for (i = 0; i < STMT__COUNT; i++)
		if (d->stmt[i] != NULL) {
			mysql_stmt_close(d->stmt[i]);
			d->stmt[i] = NULL;
		}
	if (d->my != NULL)
		mysql_close(d->my);
	d->my = NULL;
	d->in_tx = 0;
}

struct db *
db_open(void)
{
	struct db	*d;

	if ((d = calloc(1, sizeof(*d))) == NULL)
		return NULL;
	if (db_connect(d) == -1) {
		free(d);
		return NULL;
	}
	return d;
}

void
db_close(struct db *d)
{
	if (d == NULL)
		return;
	db_disconnect(d);
	free(d);
}

unsigned int
db_errno(struct db *d)
{
	return d->err;
}

static MYSQL_STMT *
db_prepare(struct db *d, enum stmt id)
{
	MYSQL_STMT	*st;
	const char	*sql;

	if (d->stmt[id] != NULL)
		return d->stmt[id];
	if (d->my == NULL && db_connect(d) == -1)
		return NULL;
	sql = stmt_sql(id);
	if ((st = mysql_stmt_init(d->my)) == NULL)
		return NULL;
	if (mysql_stmt_prepare(st, sql, strlen(sql)) != 0) {
		log_err("%s: %s: %s", __func__, stmt_name(id),
		    mysql_stmt_error(st));
		d->err = mysql_stmt_errno(st);
		mysql_stmt_close(st);
		return NULL;
	}
	d->stmt[id] = st;
	return st;
}

static void
db_bind_args(MYSQL_BIND *b, unsigned long *lens, const struct db_arg *a,
    size_t n)
{
	size_t	i;

	memset(b, 0, sizeof(*b) * n);
	for (i = 0; i < n; i++) {
		switch (a[i].type) {
		case DB_T_INT:
			b[i].buffer_type = MYSQL_TYPE_LONGLONG;
			b[i].buffer = (void *)&a[i].i;
			break;
		case DB_T_STR:
			lens[i] = a[i].s != NULL ? strlen(a[i].s) : 0;
			b[i].buffer_type = MYSQL_TYPE_STRING;
			b[i].buffer = (void *)(a[i].s != NULL ? a[i].s : "");
			b[i].buffer_length = lens[i];
			b[i].length = &lens[i];
			break;
		case DB_T_BLOB:
			lens[i] = a[i].n;
			b[i].buffer_type = MYSQL_TYPE_BLOB;
			b[i].buffer = (void *)(a[i].s != NULL ? a[i].s : "");
			b[i].buffer_length = lens[i];
			b[i].length = &lens[i];
			break;
		default:
			b[i].buffer_type = MYSQL_TYPE_NULL;
			break;
		}
	}
}

/* Appends one fetched row to r, fetching every column into the pool. */
static int
db_fetch_row(MYSQL_STMT *st, struct pool *p, struct db_res *r,
    size_t *cap, unsigned long *lens, my_bool *nulls)
{
	MYSQL_BIND	 b;
	size_t		 c, base;
	char		**ncell;
	unsigned long	*nlen;

	if (r->nrows == *cap) {
		*cap = *cap == 0 ? 16 : *cap * 2;
		ncell = pool_alloc(p, *cap * r->ncols * sizeof(char *));
		nlen = pool_alloc(p, *cap * r->ncols * sizeof(unsigned long));
		if (r->nrows > 0) {
			memcpy(ncell, r->cell,
			    r->nrows * r->ncols * sizeof(char *));
			memcpy(nlen, r->len,
			    r->nrows * r->ncols * sizeof(unsigned long));
		}
		r->cell = ncell;
		r->len = nlen;
	}
	base = r->nrows * r->ncols;
	for (c = 0; c < r->ncols; c++) {
		r->len[base + c] = nulls[c] ? 0 : lens[c];
		if (nulls[c]) {
			r->cell[base + c] = NULL;
			continue;
		}
		r->cell[base + c] = pool_alloc(p, lens[c] + 1);
		if (lens[c] == 0)
			continue;
		memset(&b, 0, sizeof(b));
		b.buffer_type = MYSQL_TYPE_STRING;
		b.buffer = r->cell[base + c];
		b.buffer_length = lens[c] + 1;
		if (mysql_stmt_fetch_column(st, &b, (unsigned int)c, 0) != 0)
			return -1;
		r->cell[base + c][lens[c]] = '\0';
	}
	r->nrows++;
	return 0;
}

static int
db_fetch_all(MYSQL_STMT *st, struct pool *p, struct db_res *r)
{
	MYSQL_RES	*meta;
	MYSQL_BIND	*b;
	unsigned long	*lens;
	my_bool		*nulls;
	size_t		 c, cap = 0;
	int		 rc, ret = -1;

	if ((meta = mysql_stmt_result_metadata(st)) == NULL)
		return 0;		/* no result set */
	r->ncols = mysql_num_fields(meta);
	mysql_free_result(meta);
	b = pool_alloc(p, r->ncols * sizeof(*b));
	lens = pool_alloc(p, r->ncols * sizeof(*lens));
	nulls = pool_alloc(p, r->ncols * sizeof(*nulls));
	for (c = 0; c < r->ncols; c++) {
		b[c].buffer_type = MYSQL_TYPE_STRING;
		b[c].length = &lens[c];
		b[c].is_null = &nulls[c];
	}
	if (mysql_stmt_bind_result(st, b) != 0)
		goto out;
	while ((rc = mysql_stmt_fetch(st)) == 0 || rc == MYSQL_DATA_TRUNCATED)
		if (db_fetch_row(st, p, r, &cap, lens, nulls) == -1)
			goto out;
	if (rc == MYSQL_NO_DATA)
		ret = 0;
out:
	mysql_stmt_free_result(st);
	return ret;
}

static int
db_lost(unsigned int e)
{
	return e == CR_SERVER_GONE_ERROR || e == CR_SERVER_LOST ||
	    e == 1927 /* ER_CONNECTION_KILLED */;
}

static struct db_res *
db_try(struct db *d, struct pool *p, enum stmt id, const struct db_arg *a,
    size_t n)
{
	MYSQL_STMT	*st;
	MYSQL_BIND	 b[DB_MAX_ARGS];
	unsigned long	 lens[DB_MAX_ARGS];
	struct db_res	*r;

	if ((st = db_prepare(d, id)) == NULL)
		return NULL;
	if (mysql_stmt_param_count(st) != n || n > DB_MAX_ARGS) {
		log_err("%s: %s: %zu arguments for %lu placeholders", __func__,
		    stmt_name(id), n, mysql_stmt_param_count(st));
		return NULL;
	}
	db_bind_args(b, lens, a, n);
	if ((n > 0 && mysql_stmt_bind_param(st, b) != 0) ||
	    mysql_stmt_execute(st) != 0) {
		d->err = mysql_stmt_errno(st);
		log_err("%s: %s: %s", __func__, stmt_name(id),
		    mysql_stmt_error(st));
		return NULL;
	}
	r = pool_alloc(p, sizeof(*r));
	r->affected = mysql_stmt_affected_rows(st);
	r->insert_id = mysql_stmt_insert_id(st);
	if (db_fetch_all(st, p, r) == -1) {
		d->err = mysql_stmt_errno(st);
		log_err("%s: %s: fetch: %s", __func__, stmt_name(id),
		    mysql_stmt_error(st));
		return NULL;
	}
	if (r->affected == (uint64_t)-1)
		r->affected = 0;
	return r;
}

struct db_res *
db_run(struct db *d, struct pool *p, enum stmt id, const struct db_arg *a,
    size_t n)
{
	struct db_res	*r;

	d->err = 0;
	if ((r = db_try(d, p, id, a, n)) != NULL)
		return r;
	/* One reconnect for a connection lost outside a transaction. */
	if ((d->my == NULL || db_lost(d->err)) && !d->in_tx) {
		log_warn("%s: reconnecting after error %u", __func__, d->err);
		db_disconnect(d);
		if (db_connect(d) == 0)
			r = db_try(d, p, id, a, n);
	}
	return r;
}

const char *
db_str(const struct db_res *r, size_t row, size_t col)
{
	if (r == NULL || row >= r->nrows || col >= r->ncols)
		return NULL;
	return r->cell[row * r->ncols + col];
}

long long
db_int(const struct db_res *r, size_t row, size_t col, long long def)
{
	const char	*s;
	char		*end;
	long long	 v;

	if ((s = db_str(r, row, col)) == NULL || *s == '\0')
		return def;
	v = strtoll(s, &end, 10);
	return *end == '\0' || *end == '.' ? v : def;
}

int
db_begin(struct db *d)
{
	if (d->my == NULL && db_connect(d) == -1)
		return -1;
	if (mysql_query(d->my, "START TRANSACTION") != 0) {
		d->err = mysql_errno(d->my);
		log_err("%s: %s", __func__, mysql_error(d->my));
		if (db_lost(d->err)) {
			db_disconnect(d);
			if (db_connect(d) == 0 &&
			    mysql_query(d->my, "START TRANSACTION") == 0)
				goto ok;
		}
		return -1;
	}
ok:
	d->in_tx = 1;
	return 0;
}

int
db_commit(struct db *d)
{
	d->in_tx = 0;
	if (d->my == NULL || mysql_commit(d->my) != 0) {
		d->err = d->my != NULL ? mysql_errno(d->my) : CR_SERVER_LOST;
		log_err("%s: commit failed (%u)", __func__, d->err);
		return -1;
	}
	return 0;
}

void
db_rollback(struct db *d)
{
	d->in_tx = 0;
	if (d->my != NULL && mysql_rollback(d->my) != 0)
		log_warn("%s: %s", __func__, mysql_error(d->my));
}
