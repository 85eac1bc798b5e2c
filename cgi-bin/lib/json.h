/*
 * json_: a small JSON writer into a struct buf.  Strings are escaped per
 * RFC 8259 (and '<', '>', '&' as \u00XX so JSON is safe inside HTML).
 * The writer tracks commas; nesting is limited to JSON_DEPTH.
 */
#ifndef JSON_H
#define JSON_H

#include "pool.h"

#define JSON_DEPTH	16

struct json {
	struct buf	*b;
	int		 depth;
	int		 first[JSON_DEPTH];	/* no member written yet */
};

void	json_init(struct json *, struct buf *);
void	json_obj(struct json *);		/* { */
void	json_arr(struct json *);		/* [ */
void	json_end_obj(struct json *);		/* } */
void	json_end_arr(struct json *);		/* ] */
void	json_key(struct json *, const char *);	/* "key": */
void	json_str(struct json *, const char *);	/* NULL writes null */
void	json_int(struct json *, long long);
void	json_bool(struct json *, int);
void	json_null(struct json *);
/* Shorthands for "key": value. */
void	json_kstr(struct json *, const char *, const char *);
void	json_kint(struct json *, const char *, long long);

#endif
