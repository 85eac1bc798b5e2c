/*
 * mp_: streaming multipart/form-data.  See multipart.h for the framing.
 *
 * Delimiter search: the parser holds back the bytes that may begin
 * CR LF "--" boundary (CR LF | "--"), counting them in mp->m; they are a
 * prefix of pat[alt], so bytes held from an earlier chunk need not be
 * stored.  CR occurs in the patterns only at offset 0 and, in the CR LF
 * one, right after the boundary (bchars exclude it), so after a mismatch a
 * match can restart only at the mismatching byte, and only when it is CR.
 */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "multipart.h"
#include "pool.h"

enum { ST_PREAMBLE, ST_HEADERS, ST_DATA, ST_EPILOGUE };

static const struct mp_limits mp_defaults = {
	8 * 1024, 64, 64 * 1024, 10 * 1024 * 1024, 50 * 1024 * 1024
};

static const char *const mp_msg[] = {
	[MP_OK] = "no error",
	[MP_ERR_CTYPE] = "Content-Type is not multipart/form-data with a "
	    "valid boundary",
	[MP_ERR_HEADER] = "malformed part headers (a Content-Disposition "
	    "form-data with a name is required)",
	[MP_ERR_HEADER_SIZE] = "part headers too large",
	[MP_ERR_PARTS] = "too many parts",
	[MP_ERR_FIELD_SIZE] = "form field too large",
	[MP_ERR_FILE_SIZE] = "file too large",
	[MP_ERR_TOTAL_SIZE] = "request body too large",
	[MP_ERR_TRUNCATED] = "body ended before the final boundary",
	[MP_ERR_ABORTED] = "parse stopped by the application",
};

static int
mp_tchar(int c)
{
	return c > 0x20 && c < 0x7f && strchr("()<>@,;:\\\"/[]?={}", c) ==
	    NULL;
}

static int
mp_bchar(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z') || (c != '\0' && strchr("'()+_,-./:=? ",
	    c) != NULL);
}

static char *
mp_ows(char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/* After a value: OWS then ';' (consumed) or the end.  NULL otherwise. */
static char *
mp_param_end(char *s)
{
	s = mp_ows(s);
	if (*s == ';')
		return s + 1;
	return *s == '\0' ? s : NULL;
}

/*
 * Reads the next name=value parameter at *sp (after its ';'), decoding a
 * quoted value in place: \" and \\ are escapes, any other backslash is kept
 * (browsers send C:\fakepath\x.pdf unescaped).  Returns 1 with name and
 * value NUL-terminated, 0 at the end, -1 on a syntax error.
 */
static int
mp_param(char **sp, char **name, char **value)
{
	char	*s, *w, *end;

	s = mp_ows(*sp);
	if (*s == '\0')
		return 0;
	for (*name = s; mp_tchar((unsigned char)*s); s++)
		continue;
	if (s == *name || *s != '=')
		return -1;
	*s++ = '\0';
	if (*s == '"') {
		for (*value = w = ++s; *s != '"'; *w++ = *s++) {
			if (*s == '\0')
				return -1;
			if (*s == '\\' && (s[1] == '"' || s[1] == '\\'))
				s++;
		}
		end = w;
		s++;
	} else {
		for (*value = s; *s != '\0' && *s != ';' && *s != ' ' &&
		    *s != '\t'; s++)
			continue;
		end = s;
	}
	if ((*sp = mp_param_end(s)) == NULL)
		return -1;
	*end = '\0';
	return 1;
}

/* Checks that s starts with the token tok followed by the parameters, and
 * returns where they begin; NULL otherwise. */
static char *
mp_type(char *s, const char *tok)
{
	size_t	 n = strlen(tok);

	s = mp_ows(s);
	if (strncasecmp(s, tok, n) != 0)
		return NULL;
	return mp_param_end(s + n);
}

enum mp_err
mp_boundary(const char *ctype, char out[MP_BOUNDARY_MAX + 1])
{
	char	 tmp[512], *s, *name, *value;
	size_t	 i, n;
	int	 r, found = 0;

	if (ctype == NULL || strlen(ctype) >= sizeof(tmp))
		return MP_ERR_CTYPE;
	strcpy(tmp, ctype);
	if ((s = mp_type(tmp, "multipart/form-data")) == NULL)
		return MP_ERR_CTYPE;
	while ((r = mp_param(&s, &name, &value)) == 1) {
		if (strcasecmp(name, "boundary") != 0)
			continue;
		n = strlen(value);
		if (found++ || n == 0 || n > MP_BOUNDARY_MAX ||
		    value[n - 1] == ' ')
			return MP_ERR_CTYPE;
		for (i = 0; i < n; i++)
			if (!mp_bchar((unsigned char)value[i]))
				return MP_ERR_CTYPE;
		memcpy(out, value, n + 1);
	}
	return r == 0 && found ? MP_OK : MP_ERR_CTYPE;
}

enum mp_err
mp_init(struct mp *mp, struct pool *p, const char *ctype,
    const struct mp_limits *lim, const struct mp_callbacks *cb, void *arg)
{
	static const struct mp_callbacks none;
	char	 b[MP_BOUNDARY_MAX + 1];

	memset(mp, 0, sizeof(*mp));
	mp->cb = cb != NULL ? cb : &none;
	mp->arg = arg;
	mp->lim = lim != NULL ? *lim : mp_defaults;
	if (mp->lim.header_max == 0)
		mp->lim.header_max = mp_defaults.header_max;
	if (mp->lim.parts_max == 0)
		mp->lim.parts_max = mp_defaults.parts_max;
	if (mp->lim.field_max == 0)
		mp->lim.field_max = mp_defaults.field_max;
	if (mp->lim.file_max == 0)
		mp->lim.file_max = mp_defaults.file_max;
	if (mp->lim.total_max == 0)
		mp->lim.total_max = mp_defaults.total_max;
	if ((mp->err = mp_boundary(ctype, b)) != MP_OK)
		return mp->err;
	mp->dl = strlen(b) + 4;
	snprintf(mp->pat[0], sizeof(mp->pat[0]), "\r\n--%s\r\n", b);
	snprintf(mp->pat[1], sizeof(mp->pat[1]), "\r\n--%s--", b);
	mp->hbuf = pool_alloc(p, mp->lim.header_max + 1);
	mp->state = ST_PREAMBLE;
	mp->m = 2;	/* the first delimiter may open the body */
	return MP_OK;
}

static enum mp_err
mp_fail(struct mp *mp, enum mp_err e)
{
	if (mp->err == MP_OK)
		mp->err = e;
	return mp->err;
}

/* Passes data on to the current part (dropped outside a part). */
static int
mp_emit(struct mp *mp, const char *p, size_t n)
{
	uint64_t	 max;

	if (mp->state != ST_DATA || n == 0)
		return 0;
	max = mp->part.filename != NULL ? mp->lim.file_max :
	    mp->lim.field_max;
	if (n > max - mp->part.size)
		return mp_fail(mp, mp->part.filename != NULL ?
		    MP_ERR_FILE_SIZE : MP_ERR_FIELD_SIZE);
	mp->part.size += n;
	if (mp->cb->data != NULL && mp->cb->data(mp->arg, &mp->part, p, n))
		return mp_fail(mp, MP_ERR_ABORTED);
	return 0;
}

/* A whole delimiter was read: close the part, open the next or finish. */
static void
mp_delimiter(struct mp *mp)
{
	if (mp->state == ST_DATA && mp->cb->end != NULL &&
	    mp->cb->end(mp->arg, &mp->part)) {
		mp_fail(mp, MP_ERR_ABORTED);
		return;
	}
	mp->m = 0;
	if (mp->alt) {
		mp->state = ST_EPILOGUE;
		return;
	}
	if (mp->nparts == mp->lim.parts_max) {
		mp_fail(mp, MP_ERR_PARTS);
		return;
	}
	mp->state = ST_HEADERS;
	mp->hlen = 0;
}

/* 1 when c extends the held-back match (m grows), else 0. */
static int
mp_step(struct mp *mp, char c)
{
	if (mp->m == mp->dl) {
		if (c == mp->pat[0][mp->dl])
			mp->alt = 0;
		else if (c == mp->pat[1][mp->dl])
			mp->alt = 1;
		else
			return 0;
	} else if (c != mp->pat[mp->alt][mp->m])
		return 0;
	mp->m++;
	return 1;
}

/*
 * Scans preamble or part data in p[0..n) for a delimiter.  Bytes p[0..i)
 * are data not yet passed on, their last min(m, i) held back; when m > i
 * the first m - i held bytes came from earlier chunks (pat[alt][0..m-i)).
 * Returns the bytes consumed: through the delimiter, or n.
 */
static size_t
mp_scan(struct mp *mp, const char *p, size_t n)
{
	const char	*cr;
	size_t		 i, plen = mp->dl + 2;

	for (i = 0; i < n; i++) {
		if (mp->m == 0) {
			if ((cr = memchr(p + i, '\r', n - i)) == NULL)
				break;
			i = (size_t)(cr - p);
			mp->m = 1;
		} else if (mp_step(mp, p[i])) {
			if (mp->m < plen)
				continue;
			if (i + 1 > plen && mp_emit(mp, p, i + 1 - plen))
				return n;
			mp_delimiter(mp);
			return i + 1;
		} else {
			if (mp->m > i && mp_emit(mp, mp->pat[mp->alt],
			    mp->m - i))
				return n;
			mp->m = p[i] == '\r';
			mp->alt = 0;
		}
	}
	mp_emit(mp, p, n - (mp->m < n ? mp->m : n));
	return n;
}

/* Parses one "Name: value" header line (NUL-terminated, no CR LF). */
static int
mp_header_line(struct mp *mp, char *line)
{
	char	*s, *v, *name, *value, *e;
	int	 r;

	for (s = line; mp_tchar((unsigned char)*s); s++)
		continue;
	if (s == line || *s != ':')
		return -1;
	*s = '\0';
	v = mp_ows(s + 1);
	for (e = v + strlen(v); e > v && (e[-1] == ' ' || e[-1] == '\t'); e--)
		continue;
	*e = '\0';
	if (strcasecmp(line, "content-type") == 0) {
		if (mp->part.type != NULL)
			return -1;
		mp->part.type = v;
		return 0;
	}
	if (strcasecmp(line, "content-disposition") != 0)
		return 0;
	if (mp->part.name != NULL || (s = mp_type(v, "form-data")) == NULL)
		return -1;
	while ((r = mp_param(&s, &name, &value)) == 1) {
		if (strcasecmp(name, "name") == 0) {
			if (mp->part.name != NULL)
				return -1;
			mp->part.name = value;
		} else if (strcasecmp(name, "filename") == 0) {
			if (mp->part.filename != NULL)
				return -1;
			mp->part.filename = value;
		}
	}
	return r == 0 && mp->part.name != NULL ? 0 : -1;
}

/* Splits the complete header block into lines, parses them and begins
 * the part. */
static void
mp_begin(struct mp *mp)
{
	char	*s, *line;
	size_t	 i;

	memset(&mp->part, 0, sizeof(mp->part));
	mp->part.index = mp->nparts++;
	mp->hbuf[mp->hlen] = '\0';
	for (i = 0; i < mp->hlen; i++) {
		if ((unsigned char)mp->hbuf[i] < 0x20 && mp->hbuf[i] != '\t' &&
		    !(mp->hbuf[i] == '\r' && mp->hbuf[i + 1] == '\n') &&
		    !(mp->hbuf[i] == '\n' && i > 0 && mp->hbuf[i - 1] == '\r'))
			goto fail;
		if (mp->hbuf[i] == 0x7f)
			goto fail;
	}
	for (line = mp->hbuf; *line != '\r'; line = s + 2) {
		s = strstr(line, "\r\n");
		*s = '\0';
		if (mp_header_line(mp, line) == -1)
			goto fail;
	}
	if (mp->part.name == NULL)
		goto fail;
	mp->state = ST_DATA;
	if (mp->cb->begin != NULL && mp->cb->begin(mp->arg, &mp->part))
		mp_fail(mp, MP_ERR_ABORTED);
	return;
fail:
	mp_fail(mp, MP_ERR_HEADER);
}

/* Collects a header block up to its blank line.  Returns bytes used. */
static size_t
mp_headers(struct mp *mp, const char *p, size_t n)
{
	size_t	 i;
	char	*h = mp->hbuf;

	for (i = 0; i < n; i++) {
		if (mp->hlen == mp->lim.header_max) {
			mp_fail(mp, MP_ERR_HEADER_SIZE);
			return n;
		}
		h[mp->hlen++] = p[i];
		if (p[i] != '\n' || mp->hlen < 2 || h[mp->hlen - 2] != '\r')
			continue;
		if (mp->hlen == 2 || (mp->hlen >= 4 &&
		    memcmp(h + mp->hlen - 4, "\r\n\r\n", 4) == 0)) {
			mp_begin(mp);
			return i + 1;
		}
	}
	return n;
}

enum mp_err
mp_feed(struct mp *mp, const void *buf, size_t n)
{
	const char	*p = buf;
	size_t		 i = 0, len = n;

	if (mp->err != MP_OK)
		return mp->err;
	if (len > mp->lim.total_max - mp->total)
		len = (size_t)(mp->lim.total_max - mp->total);
	mp->total += len;
	while (i < len && mp->err == MP_OK) {
		if (mp->state == ST_HEADERS)
			i += mp_headers(mp, p + i, len - i);
		else if (mp->state == ST_EPILOGUE)
			i = len;
		else
			i += mp_scan(mp, p + i, len - i);
	}
	if (len < n)
		mp_fail(mp, MP_ERR_TOTAL_SIZE);
	return mp->err;
}

enum mp_err
mp_finish(struct mp *mp)
{
	if (mp->err == MP_OK && mp->state != ST_EPILOGUE)
		mp->err = MP_ERR_TRUNCATED;
	return mp->err;
}

const char *
mp_strerror(enum mp_err e)
{
	if ((size_t)e >= sizeof(mp_msg) / sizeof(mp_msg[0]))
		return "unknown error";
	return mp_msg[e];
}

int
mp_status(enum mp_err e)
{
	switch (e) {
	case MP_OK:
		return 200;
	case MP_ERR_PARTS:
	case MP_ERR_FIELD_SIZE:
	case MP_ERR_FILE_SIZE:
	case MP_ERR_TOTAL_SIZE:
		return 413;
	default:
		return 400;
	}
}
