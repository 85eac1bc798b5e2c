#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "log.h"
#include "pool.h"

struct pool_chunk {
	struct pool_chunk	*next;
	size_t			 size;	/* usable bytes in data[] */
	size_t			 off;	/* next free byte */
	max_align_t		 data[];
};

void
pool_init(struct pool *p)
{
	p->head = NULL;
	p->used = 0;
}

static struct pool_chunk *
pool_chunk_new(size_t want)
{
	struct pool_chunk	*c;
	size_t			 size;

	size = want > POOL_CHUNK ? want : POOL_CHUNK;
	if ((c = malloc(sizeof(*c) + size)) == NULL) {
		log_err("%s: out of memory (%zu bytes)", __func__, size);
		abort();
	}
	c->next = NULL;
	c->size = size;
	c->off = 0;
	return c;
}

void *
pool_alloc(struct pool *p, size_t n)
{
	struct pool_chunk	*c;
	void			*r;
	size_t			 align = sizeof(max_align_t);

	n = (n + align - 1) & ~(align - 1);
	if (n == 0)
		n = align;
	c = p->head;
	if (c == NULL || c->size - c->off < n) {
		c = pool_chunk_new(n);
		c->next = p->head;
		p->head = c;
	}
	r = (char *)c->data + c->off;
	c->off += n;
	p->used += n;
	memset(r, 0, n);
	return r;
}

void
pool_reset(struct pool *p)
{
	struct pool_chunk	*c, *next;

	if (p->head == NULL)
		return;
	/* Keep the oldest chunk: it is the one every request needs. */
	for (c = p->head; c->next != NULL; c = next) {
		next = c->next;
		free(c);
	}
	p->head = c;
	c->off = 0;
	p->used = 0;
}

void
pool_free(struct pool *p)
{
	struct pool_chunk	*c, *next;

	for (c = p->head; c != NULL; c = next) {
		next = c->next;
		free(c);
	}
	pool_init(p);
}

char *
pool_strndup(struct pool *p, const char *s, size_t n)
{
	char	*r;
	size_t	 len;

	len = strnlen(s, n);
	r = pool_alloc(p, len + 1);
	memcpy(r, s, len);
	r[len] = '\0';
	return r;
}

char *
pool_strdup(struct pool *p, const char *s)
{
	return pool_strndup(p, s, strlen(s));
}

char *
pool_printf(struct pool *p, const char *fmt, ...)
{
	va_list	 ap;
	int	 n;
	char	*r;

	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	if (n < 0)
		return pool_strdup(p, "");
	r = pool_alloc(p, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(r, (size_t)n + 1, fmt, ap);
	va_end(ap);
	return r;
}

void
buf_init(struct buf *b, struct pool *p)
{
	b->pool = p;
	b->cap = 256;
	b->len = 0;
	b->data = pool_alloc(p, b->cap);
}

void
buf_add(struct buf *b, const void *s, size_t n)
{
	char	*nd;

	if (b->len + n + 1 > b->cap) {
		while (b->len + n + 1 > b->cap)
			b->cap *= 2;
		nd = pool_alloc(b->pool, b->cap);
		memcpy(nd, b->data, b->len);
		b->data = nd;
	}
	memcpy(b->data + b->len, s, n);
	b->len += n;
	b->data[b->len] = '\0';
}

void
buf_puts(struct buf *b, const char *s)
{
	buf_add(b, s, strlen(s));
}

void
buf_printf(struct buf *b, const char *fmt, ...)
{
	va_list	 ap;
	char	 small[256];
	char	*big;
	int	 n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof(small), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof(small)) {
		buf_add(b, small, (size_t)n);
		return;
	}
	big = pool_alloc(b->pool, (size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	buf_add(b, big, (size_t)n);
}

void
buf_base64(struct buf *b, const void *src, size_t n)
{
	static const char	 chars[] =
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
	const unsigned char	*s = src;
	char			 q[4];
	unsigned long		 v;
	size_t			 i;

	for (i = 0; i < n; i += 3) {
		v = (unsigned long)s[i] << 16;
		if (i + 1 < n)
			v |= (unsigned long)s[i + 1] << 8;
		if (i + 2 < n)
			v |= s[i + 2];
		q[0] = chars[(v >> 18) & 63];
		q[1] = chars[(v >> 12) & 63];
		q[2] = i + 1 < n ? chars[(v >> 6) & 63] : '=';
		q[3] = i + 2 < n ? chars[v & 63] : '=';
		buf_add(b, q, 4);
	}
}
