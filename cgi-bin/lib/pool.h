/*
 * pool_: a per-request bump allocator.
 *
 * Everything a request allocates comes from one pool that app_ resets
 * before the next FCGX_Accept_r, so no request can leak into the next.
 * Blocks are malloc'd in chunks of at least POOL_CHUNK bytes; pool_reset()
 * keeps the first chunk and frees the rest, pool_free() frees all.
 */
#ifndef POOL_H
#define POOL_H

#include <stddef.h>

#define POOL_CHUNK	(64 * 1024)

struct pool_chunk;

struct pool {
	struct pool_chunk	*head;	/* newest chunk first */
	size_t			 used;	/* bytes handed out since reset */
};

void	 pool_init(struct pool *);
void	 pool_reset(struct pool *);
void	 pool_free(struct pool *);

/* Zeroed memory that lives until the next pool_reset().  Never NULL:
 * allocation failure aborts the process (the supervisor restarts it). */
void	*pool_alloc(struct pool *, size_t);
/* Copies of strings, owned by the pool.  pool_strndup stops at NUL. */
char	*pool_strdup(struct pool *, const char *);
char	*pool_strndup(struct pool *, const char *, size_t);
/* printf into pool memory. */
char	*pool_printf(struct pool *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));



/*
 * buf_: a growable byte buffer whose memory comes from a pool (old
 * storage is simply left to the pool when it grows).
 */
struct buf {
	struct pool	*pool;
	char		*data;	/* NUL-terminated */
	size_t		 len;
	size_t		 cap;
};

void	buf_init(struct buf *, struct pool *);
void	buf_add(struct buf *, const void *, size_t);
void	buf_puts(struct buf *, const char *);
void	buf_printf(struct buf *, const char *, ...)
	    __attribute__((format(printf, 2, 3)));
/* Appends s[0..n) in base64 (RFC 4648 §4, with padding, no line
 * breaks). */
void	buf_base64(struct buf *, const void *s, size_t n);
#endif
