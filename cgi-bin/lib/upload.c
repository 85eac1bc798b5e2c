/* upload_: type from the bytes, size, SHA-256 and a safe display name. */
#include <string.h>

#include "pool.h"
#include "sha256.h"
#include "text.h"
#include "upload.h"

static const struct {
	enum upload_type	 type;
	const char		*magic;
	size_t			 len;
	const char		*mime;
	const char		*ext;
} upload_types[] = {
	{ UPLOAD_PDF, "%PDF-", 5, "application/pdf", ".pdf" },
	{ UPLOAD_JPEG, "\xff\xd8\xff", 3, "image/jpeg", ".jpg" },
	{ UPLOAD_PNG, "\x89PNG\r\n\x1a\n", 8, "image/png", ".png" },
};

#define NTYPES	(sizeof(upload_types) / sizeof(upload_types[0]))

void
upload_init(struct upload *u)
{
	memset(u, 0, sizeof(*u));
	sha256_init(&u->sha);
}

void
upload_add(struct upload *u, const void *data, size_t n)
{
	size_t	 k;

	if (u->nhead < UPLOAD_SNIFF) {
		k = UPLOAD_SNIFF - u->nhead;
		if (k > n)
			k = n;
		memcpy(u->head + u->nhead, data, k);
		u->nhead += k;
	}
	sha256_update(&u->sha, data, n);
	u->size += n;
}

enum upload_type
upload_sniff(const void *head, size_t n)
{
	size_t	 i;

	for (i = 0; i < NTYPES; i++)
		if (n >= upload_types[i].len &&
		    memcmp(head, upload_types[i].magic, upload_types[i].len) == 0)
			return upload_types[i].type;
	return UPLOAD_NONE;
}

enum upload_type
upload_finish(struct upload *u)
{
	sha256_final(&u->sha, u->digest);
	sha256_hex(u->digest, u->hex);
	u->type = upload_sniff(u->head, u->nhead);
	return u->type;
}

const char *
upload_mime(enum upload_type t)
{
	size_t	 i;

	for (i = 0; i < NTYPES; i++)
		if (upload_types[i].type == t)
			return upload_types[i].mime;
	return NULL;
}

const char *
upload_ext(enum upload_type t)
{
	size_t	 i;

	for (i = 0; i < NTYPES; i++)
		if (upload_types[i].type == t)
			return upload_types[i].ext;
	return NULL;
}

/* The code point of the valid UTF-8 sequence at s; *len gets its bytes. */
static unsigned int
upload_cp(const unsigned char *s, size_t *len)
{
	if (s[0] < 0x80) {
		*len = 1;
		return s[0];
	}
	if (s[0] < 0xe0) {
		*len = 2;
		return (s[0] & 0x1fu) << 6 | (s[1] & 0x3fu);
	}
	if (s[0] < 0xf0) {
		*len = 3;
		return (s[0] & 0x0fu) << 12 | (s[1] & 0x3fu) << 6 |
		    (s[2] & 0x3fu);
	}
	*len = 4;
	return (s[0] & 0x07u) << 18 | (s[1] & 0x3fu) << 12 |
	    (s[2] & 0x3fu) << 6 | (s[3] & 0x3fu);
}

static int
upload_control(unsigned int cp)
{
	return cp < 0x20 || (cp >= 0x7f && cp < 0xa0) || cp == 0x200e ||
	    cp == 0x200f || (cp >= 0x2028 && cp <= 0x202e) ||
	    (cp >= 0x2066 && cp <= 0x2069) || cp == 0xfeff;
}

/* Copies the NFC name s to out without controls or leading dots and
 * spaces, cut at UPLOAD_NAME_MAX bytes; returns the bytes written. */
static size_t
upload_clean(const char *s, char *out)
{
	const unsigned char	*u = (const unsigned char *)s;
	size_t			 n, o = 0;
	unsigned int		 cp;

	for (; *u != '\0'; u += n) {
		cp = upload_cp(u, &n);
		if (upload_control(cp))
			continue;
		if (o == 0 && (cp == '.' || cp == ' '))
			continue;
		if (o + n > UPLOAD_NAME_MAX)
			break;
		if (cp == '"')
			out[o++] = '\'';
		else {
			memcpy(out + o, u, n);
			o += n;
		}
	}
	while (o > 0 && (out[o - 1] == '.' || out[o - 1] == ' '))
		o--;
	out[o] = '\0';
	return o;
}

char *
upload_filename(struct pool *p, const char *client, const char *dflt)
{
	const char	*base, *s;
	char		*nfc, *out;

	if (dflt == NULL)
		dflt = "tep-dinh-kem";
	if (client == NULL)
		return pool_strdup(p, dflt);
	for (base = s = client; *s != '\0'; s++)
		if (*s == '/' || *s == '\\')
			base = s + 1;
	if (!text_utf8_valid(base, strlen(base)) ||
	    (nfc = text_nfc(p, base)) == NULL)
		return pool_strdup(p, dflt);
	out = pool_alloc(p, strlen(nfc) + 1);
	if (upload_clean(nfc, out) == 0)
		return pool_strdup(p, dflt);
	return out;
}
