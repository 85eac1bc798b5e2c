/*
 * req_: bounded parsing of what a client sends — query string,
 * urlencoded form body and cookies — against a declared field table.
 *
 * A program declares its fields once (struct req_field[]), each with a
 * validator and a byte limit.  req_parse_query()/req_parse_form() fill
 * req->val[] indexed like that table: a value that fails its validator
 * is not stored and its index is marked in req->bad[], so handlers never
 * see unchecked input.  Unknown keys are ignored.  All memory comes from
 * the request pool.
 */
#ifndef REQ_H
#define REQ_H

#include <stddef.h>

struct pool;

enum valid {
	VALID_TEXT,	/* well-formed UTF-8, NFC-normalised, no controls */
	VALID_UINT,	/* decimal 0..2^31-1 */
	VALID_CODE,	/* [0-9A-Za-z.-], e.g. a national code */
	VALID_SLUG,	/* [a-z0-9-] */
	VALID_ENUM,	/* one of field->choices (NULL-terminated) */
};

struct req_field {
	const char		 *name;
	enum valid		  type;
	size_t			  max;		/* bytes after decoding */
	const char *const	 *choices;	/* VALID_ENUM */
};

struct req_vals {
	const struct req_field	 *fields;
	size_t			  nfields;
	const char		**val;		/* NULL when absent or bad */
	long long		 *num;		/* VALID_UINT: the number */
	unsigned char		 *bad;		/* 1 when present but invalid */
	int			  nbad;
};

/* Decodes %XX and '+' in s[0..len) into pool memory; NULL when a %
 * escape is malformed.  *outlen gets the decoded length (may contain
 * NUL bytes, which validators reject). */
char	*req_urldecode(struct pool *, const char *s, size_t len,
	    size_t *outlen);

/* s percent-encoded for a query string value (RFC 3986 unreserved
 * characters kept), in the pool. */
char	*req_urlencode(struct pool *, const char *s);

/* Parses an application/x-www-form-urlencoded string (a query string or
 * a body) into v, which it initialises.  At most 64 pairs are looked at.
 * Returns the number of invalid fields (also in v->nbad). */
int	 req_parse_pairs(struct pool *, struct req_vals *v,
	    const struct req_field *fields, size_t nfields, const char *s,
	    size_t len);

/* The value of cookie name in a Cookie header, in the pool; NULL when
 * absent or malformed. */
char	*req_cookie(struct pool *, const char *header, const char *name);

/* 1 when s (NUL-terminated, e.g. a path segment) has the shape of a code
 * (VALID_CODE: letters, digits, '.', '-') and at most max bytes. */
int	 req_is_code(const char *s, size_t max);

/* Checks one decoded value against a field; returns the stored form
 * (NFC text) or NULL when invalid. */
const char *req_validate(struct pool *, const struct req_field *,
	    const char *s, size_t len, long long *num);

#endif
