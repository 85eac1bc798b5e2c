/*
 * tpl_ and app_ without a server: golden pages rendered from fixed data,
 * forced escaping of hostile text, and routing (404, 405, arguments).
 * DVC_GOLDEN_UPDATE=1 rewrites the golden files.
 */
#include <stdlib.h>

#include "app.h"
#include "check.h"
#include "tpl.h"

static const char *const tpls[] = { "error.cs", "procedure.cs", "list.cs",
	"home.cs" };
static char	 srcdir[512];

static void
req_new(struct req *r)
{
	memset(r, 0, sizeof(*r));
	pool_init(&r->pool);
	r->hdf = tpl_hdf_new();
	buf_init(&r->head, &r->pool);
	buf_init(&r->body, &r->pool);
}

static void
req_end(struct req *r)
{
	tpl_hdf_free(r->hdf);
	pool_free(&r->pool);
}

static void
golden(const char *name, const char *got)
{
	char	 path[600], *want;
	FILE	*f;
	long	 n;

	snprintf(path, sizeof(path), "%s/tests/golden/%s", srcdir, name);
	if (getenv("DVC_GOLDEN_UPDATE") != NULL &&
	    (f = fopen(path, "w")) != NULL) {
		fputs(got, f);
		fclose(f);
	}
	if ((f = fopen(path, "r")) == NULL) {
		CHECK(0, "golden %s missing", name);
		return;
	}
	fseek(f, 0, SEEK_END);
	n = ftell(f);
	rewind(f);
	want = calloc(1, (size_t)n + 1);
	if (fread(want, 1, (size_t)n, f) != (size_t)n)
		n = -1;
	fclose(f);
	CHECK(n >= 0 && strcmp(got, want) == 0, "%s matches golden", name);
	free(want);
}

static void
set_proc(struct req *r)
{
	tpl_set(r, "Site.Name", "Cổng Dịch vụ công tỉnh Minh Sơn");
	tpl_set(r, "Page.Title", "<script>alert(1)</script>");
	tpl_set(r, "Proc.0.code", "9.000101");
	tpl_set(r, "Proc.0.name", "<script>alert(\"x\")</script> & 'Đất đai'");
	tpl_set(r, "Proc.0.version", "2");
	tpl_set(r, "Proc.0.status", "published");
	tpl_set(r, "Proc.0.is_current", "1");
	tpl_set(r, "Proc.0.online_level", "3");
	tpl_set(r, "Proc.0.online_class", "1");
	tpl_set(r, "Proc.0.steps", "Bước 1: <b>nộp</b>\nBước 2: nhận");
	tpl_set(r, "Proc.can_submit", "1");
	tpl_set(r, "Proc.class_name", "Dịch vụ công trực tuyến một phần");
	tpl_set(r, "Class.1.name", "Dịch vụ công trực tuyến một phần");
	tpl_set(r, "Components.0.name", "Tờ khai \"A\" <i>");
	tpl_set(r, "Components.0.originals", "1");
	tpl_set(r, "Components.0.copies", "2");
	tpl_set(r, "Components.0.form_file", "to khai&x.pdf");
	tpl_set(r, "Components.0.form_name", "Tờ khai");
}

static void
test_procedure(void)
{
	struct req	r;

	req_new(&r);
	set_proc(&r);
	CHECK(tpl_render(&r, "procedure.cs") == 0, "procedure renders");
	CHECK(strstr(r.body.data, "<script>") == NULL, "no live <script>");
	CHECK(strstr(r.body.data, "&lt;script&gt;alert(&quot;x&quot;)") !=
	    NULL, "name escaped, quotes too");
	CHECK(strstr(r.body.data, "<i>") == NULL, "component escaped");
	CHECK(strstr(r.body.data, "<b>") == NULL, "steps escaped");
	CHECK(strstr(r.body.data, "/bieu-mau/to+khai%26x.pdf") != NULL,
	    "file name URL-escaped");
	CHECK(strstr(r.body.data, "href=\"/nop-ho-so/9.000101\"") != NULL,
	    "submit link for class 1");
	CHECK(strstr(r.body.data, "<!--") == NULL, "no timing footer");
	golden("procedure.html", r.body.data);
	req_end(&r);
}

static int
h_ok(struct req *r)
{
	tpl_set(r, "Page.Title", r->narg > 0 ? r->arg[0] : "none");
	return 200;
}

static const struct app_page pages[] = {
	{ "/", M_GET, h_ok },
	{ "/a/*", M_GET | M_HEAD, h_ok },
	{ "/a/*/b", M_GET, h_ok },
};
static const struct app test_app = { "test", pages, 3, NULL, 0, tpls, 4 };

static int
route(const char *path, enum method m, int nbad)
{
	struct req	r;
	int		st;

	req_new(&r);
	r.path = path;
	r.method = m;
	r.q.nbad = nbad;
	st = app_dispatch(&test_app, &r);
	if (st == 200 && r.narg > 0)
		CHECK(strcmp(r.arg[0], "x") == 0, "argument of %s", path);
	if (st >= 400)
		CHECK(strstr(r.body.data, "<html lang=\"vi\">") != NULL,
		    "%d is an HTML page", st);
	req_end(&r);
	return st;
}

static void
test_routes(void)
{
	CHECK(route("/", M_GET, 0) == 200, "root");
	CHECK(route("/a/x", M_HEAD, 0) == 200, "one argument");
	CHECK(route("/a/x/b", M_GET, 0) == 200, "argument in the middle");
	CHECK(route("/a", M_GET, 0) == 404, "missing argument is 404");
	CHECK(route("/a/", M_GET, 0) == 404, "empty argument is 404");
	CHECK(route("/a/x/c", M_GET, 0) == 404, "unknown tail is 404");
	CHECK(route("/", M_POST, 0) == 405, "POST to GET page is 405");
	CHECK(route("/a/x", M_GET, 1) == 400, "bad query is 400");
}

int
main(void)
{
	const char	*s = getenv("DVC_SRCDIR");
	char		 dir[600];

	snprintf(srcdir, sizeof(srcdir), "%s", s != NULL ? s : ".");
	snprintf(dir, sizeof(dir), "%s/templates", srcdir);
	if (tpl_init(dir, tpls, 4) == -1) {
		CHECK(0, "templates parse");
		return CHECK_DONE();
	}
	test_procedure();
	test_routes();
	tpl_free();
	return CHECK_DONE();
}
