#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <ClearSilver.h>

#include "app.h"
#include "db.h"
#include "log.h"
#include "tpl.h"

#define TPL_MAX	32

struct tpl {
	char		*name;
	CSPARSE		*cs;
};

static struct tpl	 tpls[TPL_MAX];
static size_t		 ntpls;
static HDF		*tpl_conf;	/* the HDF the trees were parsed with */

/* Logs and frees a ClearSilver error; returns -1. */
static int
tpl_fail(const char *func, const char *what, NEOERR *err)
{
	STRING	s;

	string_init(&s);
	nerr_error_string(err, &s);
	log_err("%s: %s: %s", func, what, s.buf != NULL ? s.buf : "?");
	string_clear(&s);
	nerr_ignore(&err);
	return -1;
}

static int
tpl_conf_new(const char *dir)
{
	NEOERR	*err;

	if ((err = hdf_init(&tpl_conf)) != STATUS_OK)
		return tpl_fail(__func__, "hdf_init", err);
	/* Escaping is forced here, in code, never left to a template. */
	if ((err = hdf_set_value(tpl_conf, "Config.VarEscapeMode",
	    "html")) != STATUS_OK ||
	    (err = hdf_set_value(tpl_conf, "Config.TimeFooter", "0")) !=
	    STATUS_OK ||
	    (err = hdf_set_value(tpl_conf, "Config.DebugEnabled", "0")) !=
	    STATUS_OK ||
	    (err = hdf_set_value(tpl_conf, "hdf.loadpaths.0", dir)) !=
	    STATUS_OK)
		return tpl_fail(__func__, "hdf_set_value", err);
	return 0;
}

int
tpl_init(const char *dir, const char *const *names, size_t n)
{
	NEOERR	*err;
	char	 path[1024];
	size_t	 i;

	if (n > TPL_MAX || tpl_conf_new(dir) == -1)
		return -1;
	for (i = 0; i < n; i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		if ((err = cs_init(&tpls[i].cs, tpl_conf)) != STATUS_OK)
			return tpl_fail(__func__, names[i], err);
		ntpls = i + 1;
		if ((err = cgi_register_strfuncs(tpls[i].cs)) != STATUS_OK)
			return tpl_fail(__func__, names[i], err);
		if ((err = cs_parse_file(tpls[i].cs, path)) != STATUS_OK)
			return tpl_fail(__func__, path, err);
		if ((tpls[i].name = strdup(names[i])) == NULL)
			return -1;
	}
	return 0;
}

void
tpl_free(void)
{
	size_t	i;

	for (i = 0; i < ntpls; i++) {
		cs_destroy(&tpls[i].cs);
		free(tpls[i].name);
	}
	ntpls = 0;
	if (tpl_conf != NULL)
		hdf_destroy(&tpl_conf);
}

struct _hdf *
tpl_hdf_new(void)
{
	HDF	*h;
	NEOERR	*err;

	if ((err = hdf_init(&h)) != STATUS_OK) {
		tpl_fail(__func__, "hdf_init", err);
		return NULL;
	}
	return h;
}

void
tpl_hdf_free(struct _hdf *h)
{
	if (h != NULL)
		hdf_destroy(&h);
}

int
tpl_set(struct req *r, const char *name, const char *value)
{
	NEOERR	*err;

	if (value == NULL || r->hdf == NULL)
		return 0;
	if ((err = hdf_set_value(r->hdf, name, value)) != STATUS_OK)
		return tpl_fail(__func__, name, err);
	return 0;
}

int
tpl_setf(struct req *r, const char *name, const char *fmt, ...)
{
	va_list	 ap;
	char	*s;

	va_start(ap, fmt);
	if (vasprintf(&s, fmt, ap) == -1)
		s = NULL;
	va_end(ap);
	if (s == NULL)
		return -1;
	if (tpl_set(r, name, s) == -1) {
		free(s);
		return -1;
	}
	free(s);
	return 0;
}

int
tpl_set_int(struct req *r, const char *name, long long value)
{
	return tpl_setf(r, name, "%lld", value);
}

static NEOERR *
tpl_out(void *ctx, char *s)
{
	buf_puts(&((struct req *)ctx)->body, s);
	return STATUS_OK;
}

int
tpl_render(struct req *r, const char *name)
{
	NEOERR	*err;
	size_t	 i;

	for (i = 0; i < ntpls; i++)
		if (strcmp(tpls[i].name, name) == 0)
			break;
	if (i == ntpls) {
		log_err("%s: no template %s", __func__, name);
		return -1;
	}
	/* The tree was parsed once; render it against this request's
	 * data.  Escaping state came from tpl_conf at cs_init. */
	tpls[i].cs->hdf = r->hdf;
	err = cs_render(tpls[i].cs, r, tpl_out);
	tpls[i].cs->hdf = tpl_conf;
	if (err != STATUS_OK)
		return tpl_fail(__func__, name, err);
	r->ctype = "text/html; charset=utf-8";
	return 0;
}

size_t
tpl_rows(struct req *r, const char *prefix, const struct db_res *res,
    const char *const *cols)
{
	char	name[256];
	size_t	row, c;

	for (row = 0; res != NULL && row < res->nrows; row++)
		for (c = 0; c < res->ncols && cols[c] != NULL; c++) {
			if (cols[c][0] == '\0')
				continue;
			snprintf(name, sizeof(name), "%s.%zu.%s", prefix, row,
			    cols[c]);
			tpl_set(r, name, db_str(res, row, c));
		}
	return res != NULL ? res->nrows : 0;
}
