/*
 * catalogue: the public procedure catalogue (SPEC §2, URLs in §12).
 *
 *   /                    home: ways in by field, agency, level, online class
 *   /thu-tuc             list and search (?q= and filters; ?format=json)
 *   /thu-tuc/<code>      one procedure (?format=json, ?phien-ban=N)
 *   /linh-vuc            every field
 *   /co-quan             every agency
 *   /co-quan/<code>      one agency and its procedures (?embed=1, ?format=json)
 *
 * Every page is public and anonymous, so it is marked cacheable for the
 * front nginx for one second (app_cache_public); nginx bypasses the cache
 * for requests carrying a session cookie.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "cfg.h"
#include "db.h"
#include "json.h"
#include "text.h"
#include "tpl.h"

#include "catalogue.h"

#define MAX_WORDS	6

static const char *const levels[] = { "bo", "tinh", "huyen", "xa", "khac",
	NULL };
static const char *const level_names[] = { "Cấp bộ", "Cấp tỉnh",
	"Cấp huyện", "Cấp xã", "Cơ quan khác" };
const char *const classes[] = { "thong-tin", "mot-phan",
	"toan-trinh", NULL };
const char *const class_names[] = {
	"Cung cấp thông tin trực tuyến",
	"Dịch vụ công trực tuyến một phần",
	"Dịch vụ công trực tuyến toàn trình" };
static const char *const statuses[] = { "hieu-luc", "bai-bo", "tat-ca",
	NULL };
static const char *const formats[] = { "html", "json", NULL };
static const char *const embeds[] = { "1", NULL };

const struct req_field fields[F__COUNT] = {
	[F_Q] = { "q", VALID_TEXT, 200, NULL },
	[F_FIELD] = { "linh-vuc", VALID_SLUG, 160, NULL },
	[F_AGENCY] = { "co-quan", VALID_CODE, 32, NULL },
	[F_LEVEL] = { "cap", VALID_ENUM, 8, levels },
	[F_CLASS] = { "hinh-thuc", VALID_ENUM, 16, classes },
	[F_STATUS] = { "trang-thai", VALID_ENUM, 16, statuses },
	[F_PAGE] = { "trang", VALID_UINT, 10, NULL },
	[F_FORMAT] = { "format", VALID_ENUM, 8, formats },
	[F_VERSION] = { "phien-ban", VALID_UINT, 5, NULL },
	[F_EMBED] = { "embed", VALID_ENUM, 1, embeds },
};

/* The index of v in a NULL-terminated choice list, or -1. */
int
choice(const char *const *list, const char *v)
{
	int	i;

	for (i = 0; v != NULL && list[i] != NULL; i++)
		if (strcmp(list[i], v) == 0)
			return i;
	return -1;
}

int
want_json(struct req *r)
{
	return r->q.val[F_FORMAT] != NULL &&
	    strcmp(r->q.val[F_FORMAT], "json") == 0;
}

int
send_json(struct req *r, struct buf *b)
{
	r->body = *b;
	r->ctype = "application/json; charset=utf-8";
	app_cache_public(r, CACHE_SECS);
	return 200;
}

int
unavailable(struct req *r)
{
	return app_error(r, 503,
	    "Hệ thống đang bận, xin vui lòng thử lại sau ít phút.");
}

int
render(struct req *r, const char *tpl)
{
	if (tpl_render(r, tpl) == -1)
		return app_error(r, 500, "Lỗi hiển thị trang.");
	app_cache_public(r, CACHE_SECS);
	return 200;
}

/* Names for the codes the templates show. */
void
set_names(struct req *r)
{
	size_t	i;
	char	k[64];

	for (i = 0; levels[i] != NULL; i++) {
		snprintf(k, sizeof(k), "Level.%zu.slug", i);
		tpl_set(r, k, levels[i]);
		snprintf(k, sizeof(k), "Level.%zu.name", i);
		tpl_set(r, k, level_names[i]);
	}
	for (i = 0; classes[i] != NULL; i++) {
		snprintf(k, sizeof(k), "Class.%zu.slug", i);
		tpl_set(r, k, classes[i]);
		snprintf(k, sizeof(k), "Class.%zu.name", i);
		tpl_set(r, k, class_names[i]);
	}
}

static const char *const field_cols[] = { "slug", "name", "count", NULL };
static const char *const agency_cols[] = { "code", "name", "level",
	"count", NULL };

/* Fields, agencies, levels and online classes with their counts: the
 * ways in of the home page and the options of the search filters. */
static int
set_ways_in(struct req *r)
{
	struct db_res	*res;
	size_t		 i;
	long long	 c;

	set_names(r);
	if ((res = db_run(r->db, &r->pool, STMT_FIELDS_WITH_COUNT, NULL,
	    0)) == NULL)
		return -1;
	tpl_rows(r, "Fields", res, field_cols);
	if ((res = db_run(r->db, &r->pool, STMT_AGENCIES_WITH_COUNT, NULL,
	    0)) == NULL)
		return -1;
	tpl_rows(r, "Agencies", res, agency_cols);
	if ((res = db_run(r->db, &r->pool, STMT_LEVEL_COUNTS, NULL,
	    0)) == NULL)
		return -1;
	for (i = 0; levels[i] != NULL; i++)
		tpl_set(r, pool_printf(&r->pool, "Level.%zu.count", i),
		    db_str(res, 0, i));
	if ((res = db_run(r->db, &r->pool, STMT_CLASS_COUNTS, NULL,
	    0)) == NULL)
		return -1;
	for (i = 0; i < res->nrows; i++)
		if ((c = db_int(res, i, 0, -1)) >= 0 && c <= 2)
			tpl_set(r, pool_printf(&r->pool, "Class.%lld.count",
			    c), db_str(res, i, 1));
	return 0;
}

static int
page_home(struct req *r)
{
	if (app_db(r) == NULL || set_ways_in(r) == -1)
		return unavailable(r);
	tpl_set(r, "Page.Title", "Trang chủ");
	return render(r, "home.cs");
}

static int
page_fields(struct req *r)
{
	if (app_db(r) == NULL || set_ways_in(r) == -1)
		return unavailable(r);
	tpl_set(r, "Page.Title", "Lĩnh vực");
	return render(r, "fields.cs");
}

static int
page_agencies(struct req *r)
{
	if (app_db(r) == NULL || set_ways_in(r) == -1)
		return unavailable(r);
	tpl_set(r, "Page.Title", "Cơ quan");
	return render(r, "agencies.cs");
}

/*
 * The arguments of STMT_PROC_SEARCH / _COUNT from the query, in the order
 * of PROC_FILTER in stmt.c.  Returns the number of arguments written.
 */
static size_t
search_args(struct req *r, struct db_arg *a, const char *agency)
{
	char		*w[MAX_WORDS];
	size_t		 nw = 0, i, n = 0;
	const char	*st, *fs;
	int		 lvl, cls;

	if (r->q.val[F_Q] != NULL)
		nw = text_words(&r->pool, r->q.val[F_Q], w, MAX_WORDS);
	for (i = 0; i < MAX_WORDS; i++)
		a[n++] = DB_STR(i < nw ? w[i] : "");
	switch (choice(statuses, r->q.val[F_STATUS])) {
	case 1: st = "abolished"; break;
	case 2: st = "all"; break;
	default: st = "published"; break;
	}
	a[n++] = DB_STR(st);
	a[n++] = DB_STR(st);
	fs = r->q.val[F_FIELD] != NULL ? r->q.val[F_FIELD] : "";
	a[n++] = DB_STR(fs);
	a[n++] = DB_STR(fs);
	a[n++] = DB_STR(agency);
	a[n++] = DB_STR(agency);
	lvl = choice(levels, r->q.val[F_LEVEL]);
	a[n++] = DB_INT(lvl < 0 ? 0 : 1 << lvl);
	a[n++] = DB_INT(lvl < 0 ? 0 : 1 << lvl);
	cls = choice(classes, r->q.val[F_CLASS]);
	a[n++] = DB_INT(cls);
	a[n++] = DB_INT(cls);
	return n;
}

const char *const list_cols[] = { "code", "name", "status",
	"level", "online_level", "online_class", "field_slug", "field_name",
	"agency", "processing", "fee", NULL };

/* Runs the search; fills Results, Total, Paging. */
/* The folded query as one phrase ("dat dai"), for ranking. */
static const char *
search_phrase(struct req *r)
{
	char	*f;
	size_t	 len;

	if (r->q.val[F_Q] == NULL ||
	    (f = text_fold(&r->pool, r->q.val[F_Q])) == NULL)
		return "";
	len = strlen(f);
	if (len >= 2)
		f[len - 1] = '\0';
	return f + 1;
}

int
run_search(struct req *r, const char *agency, struct db_res **out,
    long long *total, long long *page, long long *size)
{
	struct db_arg	 a[24];
	struct db_res	*res;
	size_t		 n;

	*size = cfg_int("catalogue.page_size", 20);
	*page = r->q.val[F_PAGE] != NULL ? r->q.num[F_PAGE] : 1;
	if (*page < 1)
		*page = 1;
	n = search_args(r, a, agency);
	if ((res = db_run(r->db, &r->pool, STMT_PROC_SEARCH_COUNT, a,
	    n)) == NULL)
		return -1;
	*total = db_int(res, 0, 0, 0);
	a[n++] = DB_STR(search_phrase(r));
	a[n++] = DB_INT(*size);
	a[n++] = DB_INT((*page - 1) * *size);
	if ((*out = db_run(r->db, &r->pool, STMT_PROC_SEARCH, a, n)) == NULL)
		return -1;
	return 0;
}

void
list_json(struct req *r, struct json *j, struct db_res *res)
{
	const char	*site = cfg_get("site.url", "");
	size_t		 i;
	long long	 cls;

	json_key(j, "items");
	json_arr(j);
	for (i = 0; i < res->nrows; i++) {
		json_obj(j);
		json_kstr(j, "code", db_str(res, i, 0));
		json_kstr(j, "name", db_str(res, i, 1));
		json_kstr(j, "url", pool_printf(&r->pool, "%s/thu-tuc/%s",
		    site, db_str(res, i, 0)));
		json_kstr(j, "status", db_str(res, i, 2));
		json_kstr(j, "level", db_str(res, i, 3));
		json_kint(j, "onlineLevel", db_int(res, i, 4, 1));
		cls = db_int(res, i, 5, 0);
		json_kstr(j, "onlineClass", classes[cls >= 0 && cls < 3 ?
		    cls : 0]);
		json_kstr(j, "field", db_str(res, i, 7));
		json_kstr(j, "agency", db_str(res, i, 8));
		json_kstr(j, "processingTime", db_str(res, i, 9));
		json_end_obj(j);
	}
	json_end_arr(j);
}

/* Paging.* for the templates: every page number when there are at most
 * PAGE_LINKS pages (so any procedure of a field is two clicks from the
 * home page), otherwise the first, the last and a window around the
 * current one, with 0 standing for a gap. */
#define PAGE_LINKS	15

void
set_paging(struct req *r, long long total, long long page, long long size)
{
	long long	pages = (total + size - 1) / size, i, n = 0;

	tpl_set_int(r, "Total", total);
	tpl_set_int(r, "Paging.Page", page);
	tpl_set_int(r, "Paging.Pages", pages);
	tpl_set_int(r, "Paging.First", (page - 1) * size + 1);
	tpl_set_int(r, "Paging.Last", page * size < total ? page * size :
	    total);
	for (i = 1; i <= pages; i++) {
		if (pages > PAGE_LINKS && i > 2 && i < pages - 1 &&
		    (i < page - 3 || i > page + 3)) {
			if (i == page - 4 || i == page + 4)
				tpl_set_int(r, pool_printf(&r->pool,
				    "Paging.Links.%lld", n++), 0);
			continue;
		}
		tpl_set_int(r, pool_printf(&r->pool, "Paging.Links.%lld", n++),
		    i);
	}
}

/* Echoes the query back into the form so nothing typed is lost. */
void
set_form(struct req *r)
{
	size_t		 i;
	char		 k[64];

	struct buf	 qs;
	char		*p;

	buf_init(&qs, &r->pool);
	for (i = 0; i < F__COUNT; i++) {
		if (r->q.val[i] == NULL || i == F_PAGE || i == F_FORMAT ||
		    i == F_VERSION)
			continue;
		/* HDF names cannot hold '-' in expressions: use '_'. */
		snprintf(k, sizeof(k), "Form.%s", fields[i].name);
		for (p = k; *p != '\0'; p++)
			if (*p == '-')
				*p = '_';
		tpl_set(r, k, r->q.val[i]);
		buf_printf(&qs, "%s=%s&", fields[i].name,
		    req_urlencode(&r->pool, r->q.val[i]));
	}
	/* The query that pagination links continue. */
	tpl_set(r, "Paging.Query", qs.data);
}

static int
page_list(struct req *r)
{
	struct db_res	*res;
	struct buf	 b;
	struct json	 j;
	long long	 total, page, size;
	const char	*ag = r->q.val[F_AGENCY];

	if (app_db(r) == NULL ||
	    run_search(r, ag != NULL ? ag : "", &res, &total, &page,
	    &size) == -1)
		return unavailable(r);
	if (want_json(r)) {
		buf_init(&b, &r->pool);
		json_init(&j, &b);
		json_obj(&j);
		json_kint(&j, "total", total);
		json_kint(&j, "page", page);
		json_kint(&j, "pageSize", size);
		list_json(r, &j, res);
		json_end_obj(&j);
		return send_json(r, &b);
	}
	if (set_ways_in(r) == -1)
		return unavailable(r);
	tpl_rows(r, "Results", res, list_cols);
	set_paging(r, total, page, size);
	set_form(r);
	tpl_set(r, "Page.Title", r->q.val[F_Q] != NULL ?
	    pool_printf(&r->pool, "Tìm kiếm: %s", r->q.val[F_Q]) :
	    "Danh sách thủ tục hành chính");
	return render(r, "list.cs");
}

static const struct app_page pages[] = {
	{ "/", M_GET | M_HEAD, page_home },
	{ "/thu-tuc", M_GET | M_HEAD, page_list },
	{ "/thu-tuc/*", M_GET | M_HEAD, page_procedure },
	{ "/linh-vuc", M_GET | M_HEAD, page_fields },
	{ "/co-quan", M_GET | M_HEAD, page_agencies },
	{ "/co-quan/*", M_GET | M_HEAD, page_agency },
};

static const char *const templates[] = {
	"error.cs", "home.cs", "list.cs", "procedure.cs", "fields.cs",
	"agencies.cs", "agency.cs", "agency_embed.cs",
};

int
main(int argc, char *argv[])
{
	static const struct app a = {
		"catalogue", pages, sizeof(pages) / sizeof(pages[0]),
		fields, F__COUNT, templates,
		sizeof(templates) / sizeof(templates[0]),
	};

	return app_main(argc, argv, &a);
}
