/*
 * tpl_: HTML through ClearSilver, with escaping forced on.
 *
 * tpl_init() parses every template of the program once, at start-up,
 * with Config.VarEscapeMode = html set in C (so every <?cs var: ?> is
 * HTML-escaped unless a template escapes explicitly), and the timing
 * footer and debug output off.  tpl_render() renders a parsed tree
 * against the request's HDF into req->body.  Every NEOERR is converted
 * to a logged message and freed here; callers see 0 / -1.
 */
#ifndef TPL_H
#define TPL_H

#include <stddef.h>

struct req;
struct _hdf;

/* Parses names[0..n) from dir.  0, or -1 with the ClearSilver error
 * logged.  Call once per process, before forking. */
int	 tpl_init(const char *dir, const char *const *names, size_t n);
void	 tpl_free(void);

/* A fresh HDF for a request, or NULL.  Freed with tpl_hdf_free(). */
struct _hdf *tpl_hdf_new(void);
void	 tpl_hdf_free(struct _hdf *);

/* Sets name to a copy of value (NULL sets nothing).  0 or -1. */
int	 tpl_set(struct req *, const char *name, const char *value);
int	 tpl_setf(struct req *, const char *name, const char *fmt, ...)
	    __attribute__((format(printf, 3, 4)));
int	 tpl_set_int(struct req *, const char *name, long long value);

/* Copies every row of res into prefix.N.<cols[c]> (N from 0); a NULL
 * name in cols skips that column, SQL NULL sets nothing.  Returns the
 * number of rows. */
struct db_res;
size_t	 tpl_rows(struct req *, const char *prefix, const struct db_res *,
	    const char *const *cols);

/* Renders the template named name (as given to tpl_init) into
 * req->body with Content-Type text/html.  0 or -1 (logged). */
int	 tpl_render(struct req *, const char *name);

#endif
