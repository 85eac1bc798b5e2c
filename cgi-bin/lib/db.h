/*
 * db_: MariaDB through prepared statements only.
 *
 * Every statement the project runs is in the table in stmt.c, indexed by
 * enum stmt (stmt.h); none is assembled from strings.  Statements are
 * prepared lazily on first use and kept for the life of the connection;
 * a lost connection is reopened once and the statement retried when no
 * transaction was open.
 *
 * Results are copied whole into the caller's pool (pages are bounded by
 * LIMIT), so they live until that pool is reset.
 */
#ifndef DB_H
#define DB_H

#include <stddef.h>
#include <stdint.h>

#include "stmt.h"

struct pool;
struct db;

enum db_type { DB_T_NULL, DB_T_INT, DB_T_STR, DB_T_BLOB };

struct db_arg {
	enum db_type	 type;
	long long	 i;
	const char	*s;	/* DB_T_STR: NUL-terminated */
	size_t		 n;	/* DB_T_BLOB: bytes at s (any, NULs too) */
};

#define DB_INT(x)	((struct db_arg){ DB_T_INT, (long long)(x), NULL, 0 })
#define DB_STR(x)	((struct db_arg){ DB_T_STR, 0, (x), 0 })
#define DB_BLOB(p, len)	((struct db_arg){ DB_T_BLOB, 0, (p), (len) })
#define DB_NULL		((struct db_arg){ DB_T_NULL, 0, NULL, 0 })

struct db_res {
	size_t		  nrows;
	size_t		  ncols;
	char		**cell;		/* nrows * ncols; NULL is SQL NULL */
	unsigned long	 *len;		/* byte lengths, same shape */
	uint64_t	  affected;	/* rows changed (db_exec) */
	uint64_t	  insert_id;	/* last AUTO_INCREMENT value */
};

/* Connects with the cfg_ keys db.socket, db.host, db.port, db.name,
 * db.user, db.password; utf8mb4, time zone +07:00.  NULL on failure
 * (logged). */
struct db	*db_open(void);
void		 db_close(struct db *);

/* Runs statement id with nargs arguments (must equal its placeholder
 * count).  Returns the result in pool p (an empty result for statements
 * without rows), or NULL on error, logged with the statement name. */
struct db_res	*db_run(struct db *, struct pool *p, enum stmt id,
		    const struct db_arg *args, size_t nargs);

/* Cell accessors: NULL / def for SQL NULL or out-of-range. */
const char	*db_str(const struct db_res *, size_t row, size_t col);
long long	 db_int(const struct db_res *, size_t row, size_t col,
		    long long def);

/* Transactions.  0 on success, -1 on error.  db_commit's failure means
 * nothing was stored. */
int		 db_begin(struct db *);
int		 db_commit(struct db *);
void		 db_rollback(struct db *);

/* The server error number of the last failed call (e.g. 1213, 1062). */
unsigned int	 db_errno(struct db *);

#endif
