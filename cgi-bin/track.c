/*
 * track: following a dossier by its code (SPEC §5, URLs in §12).
 *
 *   /ho-so                  the lookup form; ?ma=CODE answers 303 to
 *                           /ho-so/CODE
 *   /ho-so/<code>           the dossier (?format=json: the public view)
 *   /ho-so/<code>/tep/<id>  one of the owner's files, as an attachment
 *
 * Everyone sees the public view: procedure, receiving agency, status,
 * progress, dates and whether it is on time — nothing personal.  The
 * owner, logged in (dossier.account_id = the session's account), also
 * sees the department holding it, the full history and their files.
 * Everyone else gets the public view or 404, never someone else's data:
 * ownership is checked in C and again in every owner statement's SQL.
 *
 * Anonymous public views are marked cacheable for a second
 * (app_cache_public) although nginx does not cache /ho-so today (see
 * nginx/dichvucong.conf.in: lookups spread over many codes ran slower
 * through the cache); every response to a logged-in visitor is sent
 * "Cache-Control: private, no-store".  A code is checked by shape (letters,
 * digits, '.', '-', at most 48 bytes) before any query.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "auth.h"
#include "cfg.h"
#include "db.h"
#include "dossier.h"
#include "json.h"
#include "text.h"
#include "tpl.h"

#define CACHE_SECS	1
#define CODE_MAX	48

enum field { F_MA, F_FORMAT, F__COUNT };

static const char *const formats[] = { "html", "json", NULL };

static const struct req_field fields[F__COUNT] = {
	[F_MA] = { "ma", VALID_CODE, CODE_MAX, NULL },
	[F_FORMAT] = { "format", VALID_ENUM, 8, formats },
};

/* The steps of the progress indicator. */
static const char *const step_names[] = { "Nộp hồ sơ", "Tiếp nhận",
	"Đang xử lý", "Xử lý xong", "Trả kết quả" };
#define NSTEP	(sizeof(step_names) / sizeof(step_names[0]))

/* History actions as the applicant reads them; others are shown as
 * stored. */
static const char *const actions[][2] = {
	{ "submit", "Nộp hồ sơ" }, { "resubmit", "Nộp bổ sung" },
	{ "receive", "Tiếp nhận" }, { "refuse", "Không tiếp nhận" },
	{ "supplement", "Yêu cầu bổ sung" }, { "transfer", "Chuyển xử lý" },
	{ "propose", "Đề xuất" }, { "approve", "Phê duyệt" },
	{ "payment", "Nghĩa vụ tài chính" }, { "withdraw", "Rút hồ sơ" },
	{ "stop", "Dừng xử lý" }, { "resolve", "Xử lý xong" },
	{ "return", "Trả kết quả" },
};

/* Columns of STMT_TRK_PUBLIC (stmt_track.inc). */
enum { C_ID, C_CODE, C_STATUS, C_ACCOUNT, C_PCODE, C_PNAME, C_ACODE,
	C_ANAME, C_SUB, C_SUB_ISO, C_REC, C_REC_ISO, C_DUE, C_DUE_ISO,
	C_FIN, C_FIN_ISO, C_TIMELY };

static const char *const history_cols[] = { "at", "from", "to", "action",
	"department", "note", NULL };
static const char *const file_cols[] = { "id", "name", "mime", "size",
	"kind", NULL };

static int
unavailable(struct req *r)
{
	return app_error(r, 503,
	    "Hệ thống đang bận, xin vui lòng thử lại sau ít phút.");
}

static int
not_found(struct req *r)
{
	return app_error(r, 404, "Không tìm thấy hồ sơ với mã này.");
}

/* Caching by audience: a logged-in visitor's page carries their name at
 * least, so it is private; anonymous pages may be micro-cached. */
static void
cache_for(struct req *r)
{
	if (r->user != NULL)
		app_header(r, "Cache-Control", "private, no-store");
	else
		app_cache_public(r, CACHE_SECS);
}

/* Status 0 (a draft) is never shown. */
static const char *
status_name(long long s)
{
	return s >= 1 ? dossier_status_name(s) : "";
}

/* The step (0..NSTEP-1) a status stands at; *stopped is set for the
 * statuses that leave the path (refused, withdrawn, stopped). */
static int
step_of(long long status, int received, int *stopped)
{
	*stopped = status == 3 || status == 7 || status == 8;
	switch (status) {
	case 2: return 1;
	case 4: case 5: case 6: case 8: return 2;
	case 7: return received ? 1 : 0;
	case 9: return 3;
	case 10: return 4;
	default: return 0;
	}
}

/* Loads the public row of a code into *out.  0 found, 1 not, -1 error. */
static int
load_public(struct req *r, const char *code, struct db_res **out)
{
	struct db_arg	a = DB_STR(code);

	if ((*out = db_run(r->db, &r->pool, STMT_TRK_PUBLIC, &a, 1)) == NULL)
		return -1;
	return (*out)->nrows == 1 ? 0 : 1;
}

static void
set_public(struct req *r, struct db_res *d)
{
	long long	st = db_int(d, 0, C_STATUS, 0);
	int		stopped, step, i;

	step = step_of(st, db_str(d, 0, C_REC) != NULL, &stopped);
	tpl_set(r, "D.code", db_str(d, 0, C_CODE));
	tpl_set_int(r, "D.status", st);
	tpl_set(r, "D.status_name", status_name(st));
	tpl_set_int(r, "D.stopped", stopped);
	tpl_set(r, "D.proc_code", db_str(d, 0, C_PCODE));
	tpl_set(r, "D.proc_name", db_str(d, 0, C_PNAME));
	tpl_set(r, "D.agency_name", db_str(d, 0, C_ANAME));
	tpl_set(r, "D.submitted", db_str(d, 0, C_SUB));
	tpl_set(r, "D.received", db_str(d, 0, C_REC));
	tpl_set(r, "D.due", db_str(d, 0, C_DUE));
	tpl_set(r, "D.finished", db_str(d, 0, C_FIN));
	tpl_set(r, "D.timely", db_str(d, 0, C_TIMELY));
	for (i = 0; i < (int)NSTEP; i++) {
		tpl_set(r, pool_printf(&r->pool, "Steps.%d.name", i),
		    step_names[i]);
		tpl_set(r, pool_printf(&r->pool, "Steps.%d.state", i),
		    i < step ? "done" : i == step ? "current" : "todo");
	}
	tpl_setf(r, "Page.Title", "Hồ sơ %s", db_str(d, 0, C_CODE));
}

static const char *
action_name(const char *a)
{
	size_t	i;

	for (i = 0; a != NULL && i < sizeof(actions) / sizeof(actions[0]);
	    i++)
		if (strcmp(actions[i][0], a) == 0)
			return actions[i][1];
	return a;
}

/* The owner's part: department, history, files.  0 or -1. */
static int
set_owner(struct req *r, long long id)
{
	struct db_arg	 a[2] = { DB_INT(id), DB_INT(r->user->id) };
	struct db_res	*res;
	size_t		 i, n;

	if ((res = db_run(r->db, &r->pool, STMT_TRK_OWNER, a, 2)) == NULL)
		return -1;
	if (res->nrows != 1)
		return 0;	/* not theirs after all: public view only */
	tpl_set_int(r, "Owner", 1);
	tpl_set(r, "D.department", db_str(res, 0, 0));
	tpl_set(r, "D.withdraw_asked", db_str(res, 0, 1));
	if ((res = db_run(r->db, &r->pool, STMT_TRK_HISTORY, a, 2)) == NULL)
		return -1;
	n = tpl_rows(r, "History", res, history_cols);
	for (i = 0; i < n; i++) {
		tpl_set(r, pool_printf(&r->pool, "History.%zu.from_name", i),
		    status_name(db_int(res, i, 1, 0)));
		tpl_set(r, pool_printf(&r->pool, "History.%zu.to_name", i),
		    status_name(db_int(res, i, 2, 0)));
		tpl_set(r, pool_printf(&r->pool, "History.%zu.action_name",
		    i), action_name(db_str(res, i, 3)));
	}
	if ((res = db_run(r->db, &r->pool, STMT_TRK_FILES, a, 2)) == NULL)
		return -1;
	n = tpl_rows(r, "Files", res, file_cols);
	for (i = 0; i < n; i++)
		tpl_set(r, pool_printf(&r->pool, "Files.%zu.size_text", i),
		    text_bytes(&r->pool, db_int(res, i, 3, 0)));
	return 0;
}

static void
json_date(struct json *j, const char *k, const char *iso)
{
	json_key(j, k);
	json_str(j, iso);	/* NULL writes null */
}

/* The public view as JSON: the same fields as the page, no more. */
static int
send_json(struct req *r, struct db_res *d)
{
	struct buf	 b;
	struct json	 j;
	const char	*t = db_str(d, 0, C_TIMELY);
	long long	 st = db_int(d, 0, C_STATUS, 0);
	int		 stopped, step;

	step = step_of(st, db_str(d, 0, C_REC) != NULL, &stopped);
	buf_init(&b, &r->pool);
	json_init(&j, &b);
	json_obj(&j);
	json_kstr(&j, "code", db_str(d, 0, C_CODE));
	json_key(&j, "procedure");
	json_obj(&j);
	json_kstr(&j, "code", db_str(d, 0, C_PCODE));
	json_kstr(&j, "name", db_str(d, 0, C_PNAME));
	json_kstr(&j, "url", pool_printf(&r->pool, "%s/thu-tuc/%s",
	    cfg_get("site.url", ""), db_str(d, 0, C_PCODE)));
	json_end_obj(&j);
	json_key(&j, "agency");
	json_obj(&j);
	json_kstr(&j, "code", db_str(d, 0, C_ACODE));
	json_kstr(&j, "name", db_str(d, 0, C_ANAME));
	json_end_obj(&j);
	json_kint(&j, "status", st);
	json_kstr(&j, "statusName", status_name(st));
	json_kint(&j, "step", step + 1);
	json_kint(&j, "steps", NSTEP);
	json_key(&j, "stopped");
	json_bool(&j, stopped);
	json_date(&j, "submitted", db_str(d, 0, C_SUB_ISO));
	json_date(&j, "received", db_str(d, 0, C_REC_ISO));
	json_date(&j, "due", db_str(d, 0, C_DUE_ISO));
	json_date(&j, "finished", db_str(d, 0, C_FIN_ISO));
	json_key(&j, "onTime");
	if (t == NULL || *t == '\0')
		json_null(&j);
	else
		json_bool(&j, strcmp(t, "ontime") == 0);
	json_end_obj(&j);
	r->body = b;
	r->ctype = "application/json; charset=utf-8";
	cache_for(r);
	return 200;
}

/* GET /ho-so: the form, or 303 to the dossier typed in. */
static int
page_form(struct req *r)
{
	if (r->q.val[F_MA] != NULL)
		return app_redirect(r, pool_printf(&r->pool, "/ho-so/%s",
		    r->q.val[F_MA]));
	tpl_set(r, "Page.Title", "Tra cứu hồ sơ");
	if (tpl_render(r, "track_form.cs") == -1)
		return app_error(r, 500, "Lỗi hiển thị trang.");
	app_cache_public(r, CACHE_SECS);
	return 200;
}

/* GET /ho-so/<code>: 200, 404 (bad shape, unknown, draft), 503. */
static int
page_dossier(struct req *r)
{
	struct db_res	*d;
	const char	*code = r->arg[0];

	if (!req_is_code(code, CODE_MAX))
		return not_found(r);
	if (app_db(r) == NULL || auth_session(r) == -1)
		return unavailable(r);
	switch (load_public(r, code, &d)) {
	case -1:
		return unavailable(r);
	case 1:
		return not_found(r);
	}
	if (r->q.val[F_FORMAT] != NULL &&
	    strcmp(r->q.val[F_FORMAT], "json") == 0)
		return send_json(r, d);
	set_public(r, d);
	if (r->user != NULL &&
	    (unsigned long)db_int(d, 0, C_ACCOUNT, 0) == r->user->id &&
	    set_owner(r, db_int(d, 0, C_ID, 0)) == -1)
		return unavailable(r);
	if (tpl_render(r, "track.cs") == -1)
		return app_error(r, 500, "Lỗi hiển thị trang.");
	cache_for(r);
	return 200;
}

/* A header-safe ASCII stand-in for a file name (filename=). */
static const char *
ascii_name(struct req *r, const char *name)
{
	char	*s = pool_strdup(&r->pool, name), *p;

	for (p = s; *p != '\0'; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') ||
		    (*p >= '0' && *p <= '9') || *p == '.' || *p == '-'))
			*p = '_';
	return s;
}

/* Writes the file r->stream_arg (its id) chunk by chunk, each fetched
 * into a pool of its own and freed before the next. */
static int
send_chunks(struct req *r, FCGX_Stream *out)
{
	struct pool	 p;
	struct db_arg	 a[2];
	struct db_res	*c;
	unsigned long long sent = 0;
	long long	 seq;
	int		 rc = 0;

	pool_init(&p);
	a[0] = DB_INT(*(unsigned long *)r->stream_arg);
	for (seq = 0; sent < r->stream_len; seq++) {
		a[1] = DB_INT(seq);
		if ((c = db_run(r->db, &p, STMT_TRK_FILE_CHUNKS, a, 2)) ==
		    NULL || c->nrows != 1 || c->len[0] == 0 ||
		    sent + c->len[0] > r->stream_len) {
			rc = -1;
			break;
		}
		if (FCGX_PutStr(c->cell[0], (int)c->len[0], out) < 0)
			break;		/* the client went away */
		sent += c->len[0];
		pool_reset(&p);
	}
	pool_free(&p);
	return rc;
}

/* GET /ho-so/<code>/tep/<id>: the owner's file as an attachment; 404 for
 * anyone else (not logged in, not the owner, no such file), 503. */
static int
page_file(struct req *r)
{
	struct db_arg	 a[3];
	struct db_res	*f;
	const char	*code = r->arg[0], *name;
	char		*end;
	unsigned long	 id;

	id = strtoul(r->arg[1], &end, 10);
	if (!req_is_code(code, CODE_MAX) || *end != '\0' || r->arg[1][0] < '1' ||
	    r->arg[1][0] > '9' || strlen(r->arg[1]) > 19)
		return not_found(r);
	if (app_db(r) == NULL || auth_session(r) == -1)
		return unavailable(r);
	if (r->user == NULL)
		return not_found(r);
	app_header(r, "Cache-Control", "private, no-store");
	a[0] = DB_STR(code);
	a[1] = DB_INT(id);
	a[2] = DB_INT(r->user->id);
	if ((f = db_run(r->db, &r->pool, STMT_TRK_FILE_GET, a, 3)) == NULL)
		return unavailable(r);
	if (f->nrows != 1)
		return not_found(r);
	r->stream = send_chunks;
	r->stream_len = (unsigned long long)db_int(f, 0, 3, 0);
	r->stream_arg = pool_alloc(&r->pool, sizeof(unsigned long));
	*(unsigned long *)r->stream_arg = id;
	name = db_str(f, 0, 1);
	app_header(r, "Content-Disposition", pool_printf(&r->pool,
	    "attachment; filename=\"%s\"; filename*=UTF-8''%s",
	    ascii_name(r, name), req_urlencode(&r->pool, name)));
	/* X-Content-Type-Options: nosniff comes from nginx on every
	 * response (security-headers.conf); programs must not repeat it. */
	r->ctype = db_str(f, 0, 2);
	return 200;
}

static const struct app_page pages[] = {
	{ "/ho-so", M_GET | M_HEAD, page_form },
	{ "/ho-so/*", M_GET | M_HEAD, page_dossier },
	{ "/ho-so/*/tep/*", M_GET | M_HEAD, page_file },
};

static const char *const templates[] = {
	"error.cs", "track_form.cs", "track.cs",
};

int
main(int argc, char *argv[])
{
	static const struct app a = {
		"track", pages, sizeof(pages) / sizeof(pages[0]),
		fields, F__COUNT, templates,
		sizeof(templates) / sizeof(templates[0]),
	};

	return app_main(argc, argv, &a);
}
