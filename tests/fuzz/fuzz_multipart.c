/*
 * libFuzzer harness: the streaming multipart parser (mp_) and the upload
 * checks (upload_).  Input: byte 0 picks the chunking (whole, fixed size,
 * pseudo-random sizes with empty feeds, one byte), byte 1 its parameter;
 * the rest is a body with boundary "XyZ".  Invariants: callbacks come in
 * begin/data/end order; data never exceeds the input nor a limit; the
 * chunked parse gives the same error and (when OK) the same parts and
 * bytes as a parse of the whole body at once.
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "multipart.h"
#include "pool.h"
#include "sha256.h"
#include "upload.h"

#define CT	"multipart/form-data; boundary=XyZ"

static const struct mp_limits lim = { 512, 16, 256, 1024, 3000 };

struct seen {
	struct pool	*pool;
	struct sha256	 all;		/* of every event, in order */
	struct upload	 up;
	uint64_t	 bytes;
	size_t		 parts;
	int		 inpart;
};

static void
fail(void)
{
	abort();
}

static int
on_begin(void *arg, const struct mp_part *pt)
{
	struct seen	*s = arg;

	if (s->inpart || pt->name == NULL || pt->index != s->parts)
		fail();
	s->inpart = 1;
	s->parts++;
	sha256_update(&s->all, pt->name, strlen(pt->name) + 1);
	if (pt->filename != NULL) {
		sha256_update(&s->all, pt->filename, strlen(pt->filename) + 1);
		if (strlen(upload_filename(s->pool, pt->filename, NULL)) >
		    UPLOAD_NAME_MAX)
			fail();
	}
	upload_init(&s->up);
	return 0;
}

static int
on_data(void *arg, const struct mp_part *pt, const char *d, size_t n)
{
	struct seen	*s = arg;

	if (!s->inpart || n == 0 || pt->size > (pt->filename != NULL ?
	    lim.file_max : lim.field_max))
		fail();
	s->bytes += n;
	sha256_update(&s->all, d, n);
	upload_add(&s->up, d, n);
	return 0;
}

static int
on_end(void *arg, const struct mp_part *pt)
{
	struct seen	*s = arg;

	if (!s->inpart || pt->size != s->up.size)
		fail();
	s->inpart = 0;
	sha256_update(&s->all, "\0end", 4);
	if (upload_finish(&s->up) != UPLOAD_NONE && s->up.size == 0)
		fail();
	return 0;
}

static const struct mp_callbacks cb = { on_begin, on_data, on_end };

static enum mp_err
parse(struct pool *p, const uint8_t *d, size_t n, int mode, unsigned k,
    unsigned char digest[SHA256_LEN])
{
	struct seen	 s;
	struct mp	 mp;
	size_t		 pos = 0, c;

	memset(&s, 0, sizeof(s));
	s.pool = p;
	sha256_init(&s.all);
	if (mp_init(&mp, p, CT, &lim, &cb, &s) != MP_OK)
		fail();
	while (pos < n) {
		if (mode == 0)
			c = n;
		else if (mode == 1)
			c = k % 64 + 1;
		else if (mode == 2) {
			k = k * 1103515245u + 12345u;
			c = (k >> 16) % 97;
		} else
			c = 1;
		if (c > n - pos)
			c = n - pos;
		if (mp_feed(&mp, d + pos, c) != MP_OK)
			break;
		pos += c;
	}
	if (mp_finish(&mp) == MP_OK && (s.inpart || s.bytes > n))
		fail();
	if (s.bytes > n || s.parts > lim.parts_max)
		fail();
	sha256_final(&s.all, digest);
	return mp.err;
}

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	unsigned char	 d0[SHA256_LEN], d1[SHA256_LEN];
	char		 b[MP_BOUNDARY_MAX + 1], *ct;
	struct pool	 p;
	enum mp_err	 e0, e1;

	if (len < 2)
		return 0;
	pool_init(&p);
	e0 = parse(&p, data + 2, len - 2, 0, 0, d0);
	e1 = parse(&p, data + 2, len - 2, data[0] % 4, data[1], d1);
	if (e0 != e1 || (e0 == MP_OK && memcmp(d0, d1, SHA256_LEN) != 0))
		fail();
	if (data[0] & 0x80) {
		ct = pool_strndup(&p, (const char *)data + 2, len - 2);
		if (mp_boundary(ct, b) == MP_OK && (strlen(b) == 0 ||
		    strlen(b) > MP_BOUNDARY_MAX))
			fail();
	}
	(void)upload_sniff(data, len);
	pool_free(&p);
	return 0;
}
