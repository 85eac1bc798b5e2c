#include <stdio.h>
#include <string.h>

#include "json.h"

void
json_init(struct json *j, struct buf *b)
{
	memset(j, 0, sizeof(*j));
	j->b = b;
	j->first[0] = 1;
}

/* Writes the comma before a value unless it follows a key. */
static void
json_sep(struct json *j)
{
	if (j->first[j->depth])
		j->first[j->depth] = 0;
	else
		buf_puts(j->b, ",");
}

static void
json_open(struct json *j, const char *c)
{
	json_sep(j);
	buf_puts(j->b, c);
	if (j->depth + 1 < JSON_DEPTH)
		j->depth++;
	j->first[j->depth] = 1;
}

void json_obj(struct json *j) { json_open(j, "{"); }
void json_arr(struct json *j) { json_open(j, "["); }

static void
json_close(struct json *j, const char *c)
{
	buf_puts(j->b, c);
	if (j->depth > 0)
		j->depth--;
}

void json_end_obj(struct json *j) { json_close(j, "}"); }
void json_end_arr(struct json *j) { json_close(j, "]"); }

static void
json_quote(struct buf *b, const char *s)
{
	const unsigned char	*p;
	char			 esc[8];

	buf_puts(b, "\"");
	for (p = (const unsigned char *)s; *p != '\0'; p++) {
		if (*p == '"' || *p == '\\') {
			esc[0] = '\\';
			esc[1] = (char)*p;
			buf_add(b, esc, 2);
		} else if (*p == '\n')
			buf_puts(b, "\\n");
		else if (*p == '\t')
			buf_puts(b, "\\t");
		else if (*p < 0x20 || *p == '<' || *p == '>' || *p == '&') {
			snprintf(esc, sizeof(esc), "\\u%04x", *p);
			buf_puts(b, esc);
		} else
			buf_add(b, p, 1);
	}
	buf_puts(b, "\"");
}

void
json_key(struct json *j, const char *k)
{
	json_sep(j);
	json_quote(j->b, k);
	buf_puts(j->b, ":");
	j->first[j->depth] = 1;		/* the value takes no comma */
}

/* After a value that followed a key, the next member needs a comma. */
static void
json_value_done(struct json *j)
{
	j->first[j->depth] = 0;
}

void
json_str(struct json *j, const char *s)
{
	json_sep(j);
	if (s == NULL)
		buf_puts(j->b, "null");
	else
		json_quote(j->b, s);
	json_value_done(j);
}

void
json_int(struct json *j, long long v)
{
	json_sep(j);
	buf_printf(j->b, "%lld", v);
	json_value_done(j);
}

void
json_bool(struct json *j, int v)
{
	json_sep(j);
	buf_puts(j->b, v ? "true" : "false");
	json_value_done(j);
}

void
json_null(struct json *j)
{
	json_sep(j);
	buf_puts(j->b, "null");
	json_value_done(j);
}

void
json_kstr(struct json *j, const char *k, const char *v)
{
	json_key(j, k);
	json_str(j, v);
}

void
json_kint(struct json *j, const char *k, long long v)
{
	json_key(j, k);
	json_int(j, v);
}
