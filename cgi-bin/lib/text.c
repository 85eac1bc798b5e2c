#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <utf8proc.h>

#include "pool.h"
#include "text.h"

int
text_utf8_valid(const char *s, size_t len)
{
	utf8proc_int32_t	 cp;
	utf8proc_ssize_t	 n;
	const utf8proc_uint8_t	*p = (const utf8proc_uint8_t *)s;

	while (len > 0) {
		if (*p < 0x80) {
			p++;
			len--;
			continue;
		}
		n = utf8proc_iterate(p, (utf8proc_ssize_t)len, &cp);
		if (n <= 0 || cp < 0)
			return 0;
		p += n;
		len -= (size_t)n;
	}
	return 1;
}

/* Runs utf8proc_map() and copies the result into the pool. */
static char *
text_map(struct pool *pl, const char *s, utf8proc_option_t opt)
{
	utf8proc_uint8_t	*out = NULL;
	utf8proc_ssize_t	 n;
	char			*r;

	if (!text_utf8_valid(s, strlen(s)))
		return NULL;
	n = utf8proc_map((const utf8proc_uint8_t *)s, 0, &out,
	    opt | UTF8PROC_NULLTERM | UTF8PROC_STABLE);
	if (n < 0)
		return NULL;
	r = pool_strndup(pl, (const char *)out, (size_t)n);
	free(out);
	return r;
}

char *
text_nfc(struct pool *pl, const char *s)
{
	char	*r, *w;
	const char *p;

	if ((r = text_map(pl, s, UTF8PROC_COMPOSE)) == NULL)
		return NULL;
	/* Drop C0 controls but TAB and LF; CR LF and lone CR become LF. */
	for (p = w = r; *p != '\0'; p++) {
		unsigned char c = (unsigned char)*p;

		if (c == '\r') {
			if (p[1] != '\n')
				*w++ = '\n';
			continue;
		}
		if (c < 0x20 && c != '\t' && c != '\n')
			continue;
		if (c == 0x7f)
			continue;
		*w++ = (char)c;
	}
	*w = '\0';
	return r;
}

/* 1 for letters and digits of any script. */
static int
text_alnum(utf8proc_int32_t cp)
{
	switch (utf8proc_category(cp)) {
	case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL:
	case UTF8PROC_CATEGORY_LT: case UTF8PROC_CATEGORY_LM:
	case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
	case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
		return 1;
	default:
		return 0;
	}
}

char *
text_fold(struct pool *pl, const char *s)
{
	const utf8proc_uint8_t	*p;
	utf8proc_int32_t	 cp;
	utf8proc_ssize_t	 n;
	char			*m, *r, *w;
	int			 space = 1;

	m = text_map(pl, s, UTF8PROC_DECOMPOSE | UTF8PROC_STRIPMARK |
	    UTF8PROC_CASEFOLD);
	if (m == NULL)
		return NULL;
	r = w = pool_alloc(pl, strlen(m) + 3);
	*w++ = ' ';
	for (p = (const utf8proc_uint8_t *)m; *p != '\0'; p += n) {
		n = utf8proc_iterate(p, -1, &cp);
		if (n <= 0)
			return NULL;
		if (!text_alnum(cp)) {
			if (!space)
				*w++ = ' ';
			space = 1;
			continue;
		}
		if (cp == 0x111) {	/* đ (Đ folds to it): no decomposition */
			*w++ = 'd';
		} else {		/* other letters stay, case-folded */
			memcpy(w, p, (size_t)n);
			w += n;
		}
		space = 0;
	}
	if (!space)
		*w++ = ' ';
	*w = '\0';
	return r;
}

size_t
text_words(struct pool *pl, const char *q, char **words, size_t max)
{
	char	*f, *p, *end;
	size_t	 n = 0, len;

	if ((f = text_fold(pl, q)) == NULL)
		return 0;
	for (p = f; *p != '\0' && n < max; p = end) {
		while (*p == ' ')
			p++;
		if (*p == '\0')
			break;
		for (end = p; *end != '\0' && *end != ' '; end++)
			;
		len = (size_t)(end - p);
		words[n++] = pool_strndup(pl, p, len > 64 ? 64 : len);
	}
	return n;
}

char *
text_slug(struct pool *pl, const char *s)
{
	char	*f, *r, *w;
	size_t	 len;

	if ((f = text_fold(pl, s)) == NULL)
		return pool_strdup(pl, "");
	r = w = pool_strdup(pl, f + 1);
	len = strlen(r);
	if (len > 0 && r[len - 1] == ' ')
		r[len - 1] = '\0';
	for (; *w != '\0'; w++)
		if (*w == ' ')
			*w = '-';
	return r;
}

size_t
text_chars(const char *s)
{
	size_t	n = 0;

	for (; *s != '\0'; s++)
		n += ((unsigned char)*s & 0xC0) != 0x80;
	return n;
}

char *
text_bytes(struct pool *p, long long n)
{
	if (n < 1024)
		return pool_printf(p, "%lld byte", n);
	if (n < 1024 * 1024)
		return pool_printf(p, "%lld KB", (n + 1023) / 1024);
	return pool_printf(p, "%.1f MB", n / 1048576.0);
}
