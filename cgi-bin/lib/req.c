#include <stdlib.h>
#include <string.h>

#include "pool.h"
#include "req.h"
#include "text.h"

#define REQ_MAX_PAIRS	64

static int
req_hex(int c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

char *
req_urldecode(struct pool *p, const char *s, size_t len, size_t *outlen)
{
	char	*r;
	size_t	 i, o = 0;
	int	 hi, lo;

	r = pool_alloc(p, len + 1);
	for (i = 0; i < len; i++) {
		if (s[i] == '+') {
			r[o++] = ' ';
		} else if (s[i] == '%') {
			if (i + 2 >= len)
				return NULL;
			hi = req_hex((unsigned char)s[i + 1]);
			lo = req_hex((unsigned char)s[i + 2]);
			if (hi < 0 || lo < 0)
				return NULL;
			r[o++] = (char)(hi << 4 | lo);
			i += 2;
		} else
			r[o++] = s[i];
	}
	r[o] = '\0';
	*outlen = o;
	return r;
}

char *
req_urlencode(struct pool *p, const char *s)
{
	static const char	 hex[] = "0123456789ABCDEF";
	char			*r, *w;
	unsigned char		 c;

	r = w = pool_alloc(p, strlen(s) * 3 + 1);
	for (; *s != '\0'; s++) {
		c = (unsigned char)*s;
		if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
		    (c >= '0' && c <= '9') || strchr("-._~", c) != NULL) {
			*w++ = (char)c;
			continue;
		}
		*w++ = '%';
		*w++ = hex[c >> 4];
		*w++ = hex[c & 15];
	}
	*w = '\0';
	return r;
}

static int
req_all(const char *s, size_t len, const char *allowed)
{
	size_t	i;

	for (i = 0; i < len; i++)
		if (s[i] == '\0' || strchr(allowed, s[i]) == NULL)
			return 0;
	return 1;
}

int
req_is_code(const char *s, size_t max)
{
	const struct req_field	f = { "", VALID_CODE, max, NULL };
	long long		n;

	return req_validate(NULL, &f, s, strlen(s), &n) != NULL;
}

const char *
req_validate(struct pool *p, const struct req_field *f, const char *s,
    size_t len, long long *num)
{
	static const char digits[] = "0123456789";
	static const char code[] = "0123456789abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ.-";
	static const char slug[] = "0123456789abcdefghijklmnopqrstuvwxyz-";
	const char *const *c;

	if (len > f->max)
		return NULL;
	switch (f->type) {
	case VALID_TEXT:
		if (memchr(s, '\0', len) != NULL)
			return NULL;
		return text_nfc(p, s);	/* NULL for broken UTF-8 */
	case VALID_UINT:
		if (len == 0 || len > 10 || !req_all(s, len, digits))
			return NULL;
		*num = strtoll(s, NULL, 10);
		return *num > 0x7fffffffLL ? NULL : s;
	case VALID_CODE:
		return len > 0 && req_all(s, len, code) ? s : NULL;
	case VALID_SLUG:
		return len > 0 && req_all(s, len, slug) ? s : NULL;
	case VALID_ENUM:
		for (c = f->choices; c != NULL && *c != NULL; c++)
			if (strlen(*c) == len && memcmp(*c, s, len) == 0)
				return *c;
		return NULL;
	}
	return NULL;
}

static void
req_vals_init(struct pool *p, struct req_vals *v,
    const struct req_field *fields, size_t n)
{
	v->fields = fields;
	v->nfields = n;
	v->val = pool_alloc(p, (n + 1) * sizeof(*v->val));
	v->num = pool_alloc(p, (n + 1) * sizeof(*v->num));
	v->bad = pool_alloc(p, n + 1);
	v->nbad = 0;
}

/* Stores one name=value pair if name is declared. */
static void
req_pair(struct pool *p, struct req_vals *v, const char *s, size_t len)
{
	const char	*eq, *val;
	char		*name, *dv;
	size_t		 i, nlen, vlen;

	if ((eq = memchr(s, '=', len)) == NULL)
		eq = s + len;
	name = req_urldecode(p, s, (size_t)(eq - s), &nlen);
	if (name == NULL)
		return;
	for (i = 0; i < v->nfields; i++)
		if (strlen(v->fields[i].name) == nlen &&
		    memcmp(v->fields[i].name, name, nlen) == 0)
			break;
	if (i == v->nfields || v->val[i] != NULL || v->bad[i])
		return;		/* unknown, or a repeat: first one wins */
	val = eq < s + len ? eq + 1 : eq;
	dv = req_urldecode(p, val, (size_t)(s + len - val), &vlen);
	if (dv != NULL &&
	    (v->val[i] = req_validate(p, &v->fields[i], dv, vlen,
	    &v->num[i])) != NULL)
		return;
	v->bad[i] = 1;
	v->nbad++;
}

int
req_parse_pairs(struct pool *p, struct req_vals *v,
    const struct req_field *fields, size_t nfields, const char *s,
    size_t len)
{
	const char	*end, *amp;
	int		 n = 0;

	req_vals_init(p, v, fields, nfields);
	if (s == NULL)
		return 0;
	for (end = s + len; s < end && n < REQ_MAX_PAIRS; s = amp + 1, n++) {
		if ((amp = memchr(s, '&', (size_t)(end - s))) == NULL)
			amp = end;
		if (amp > s)
			req_pair(p, v, s, (size_t)(amp - s));
	}
	return v->nbad;
}

char *
req_cookie(struct pool *p, const char *h, const char *name)
{
	size_t		 nlen = strlen(name), vlen;
	const char	*s, *end;

	if (h == NULL)
		return NULL;
	for (s = h; *s != '\0'; s = *end == ';' ? end + 1 : end) {
		while (*s == ' ' || *s == '\t')
			s++;
		end = s + strcspn(s, ";");
		if ((size_t)(end - s) > nlen && strncmp(s, name, nlen) == 0 &&
		    s[nlen] == '=') {
			vlen = (size_t)(end - s) - nlen - 1;
			if (vlen > 512)
				return NULL;
			return pool_strndup(p, s + nlen + 1, vlen);
		}
	}
	return NULL;
}
