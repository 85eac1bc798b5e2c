/*
 * The owner's papers and requests after a submission: the receipt
 * (GET /nop-ho-so/bien-nhan/<code>, the shape of Mẫu 01 of TT 01/2018,
 * "Giấy tiếp nhận hồ sơ và hẹn trả kết quả", with a QR code of the
 * tracking URL) and the withdrawal (GET, POST /nop-ho-so/rut/<code>).
 * Someone else's dossier is 404, as an unknown one.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "auth.h"
#include "cfg.h"
#include "db.h"
#include "dossier.h"
#include "log.h"
#include "qr.h"
#include "submit.h"
#include "text.h"
#include "tpl.h"

#define REASON_MAX	1000	/* characters of a withdrawal reason */

static const char *const way_names[][2] = {
	{ "desk", "Tại Bộ phận Một cửa" },
	{ "post", "Qua dịch vụ bưu chính công ích" },
	{ "online", "Trực tuyến" },
};

static const char *
way_name(const char *w)
{
	size_t	i;

	for (i = 0; w != NULL && i < 3; i++)
		if (strcmp(way_names[i][0], w) == 0)
			return way_names[i][1];
	return "";
}

static int
no_dossier(struct req *r)
{
	return not_found(r, "Không tìm thấy hồ sơ với mã này trong tài khoản "
	    "của bạn.");
}

/* Columns of STMT_SUB_RECEIPT. */
enum { R_ID, R_CODE, R_STATUS, R_PID, R_PCODE, R_PNAME, R_ANAME, R_AADDR,
	R_APHONE, R_SUB, R_DUE, R_PAY, R_DELIV, R_DADDR, R_NAME, R_IDNO,
	R_EMAIL, R_PHONE, R_HOME, R_PTEXT, R_PARTS };

int
page_receipt(struct req *r)
{
	static const char *const cols[] = { "seq", "name", "originals",
		"copies", "files", NULL };
	static const char *const rcols[] = { "id", "code", "status", "",
		"proc_code", "proc_name", "agency", "agency_address",
		"agency_phone", "submitted", "due", "", "", "address", "name",
		"idno", "email", "phone", "home", "processing", NULL };
	struct db_arg	 a[2];
	struct db_res	*d, *parts;
	const char	*url, *qr;
	char		 hm[6];
	int		 st, dd, mm, yy;

	if (!logged_in(r, &st))
		return st;
	if (!req_is_code(r->arg[0], 48))
		return no_dossier(r);
	a[0] = DB_STR(r->arg[0]);
	a[1] = DB_INT(r->user->id);
	if ((d = db_run(r->db, &r->pool, STMT_SUB_RECEIPT, a, 2)) == NULL)
		return busy(r);
	if (d->nrows != 1)
		return no_dossier(r);
	a[0] = DB_INT(db_int(d, 0, R_PID, 0));
	a[1] = DB_INT(db_int(d, 0, R_ID, 0));
	if ((parts = db_run(r->db, &r->pool, STMT_SUB_RECEIPT_PARTS, a,
	    2)) == NULL)
		return busy(r);
	tpl_rows(r, "Parts", parts, cols);
	/* One row: tpl_rows names rows R.0.*; the template reads R.0. */
	tpl_rows(r, "R", d, rcols);
	tpl_set(r, "R.0.status_name", dossier_status_name(db_int(d, 0,
	    R_STATUS, 0)));
	tpl_set(r, "R.0.payment", way_name(db_str(d, 0, R_PAY)));
	tpl_set(r, "R.0.delivery", way_name(db_str(d, 0, R_DELIV)));
	tpl_set(r, "R.0.delivery_post", strcmp(db_str(d, 0, R_DELIV),
	    "post") == 0 ? "1" : NULL);
	if (sscanf(db_str(d, 0, R_PARTS), "%5[0-9:]|%d|%d|%d", hm, &dd, &mm,
	    &yy) == 4)
		tpl_setf(r, "R.0.place_date", "%s, ngày %02d tháng %02d năm "
		    "%04d", cfg_get("receipt.place", "Minh Sơn"), dd, mm, yy);
	url = pool_printf(&r->pool, "%s/ho-so/%s", cfg_get("site.url", ""),
	    db_str(d, 0, R_CODE));
	tpl_set(r, "R.0.track_url", url);
	if ((qr = qr_data_uri(&r->pool, url, 4)) != NULL)
		tpl_set(r, "R.0.qr", qr);
	tpl_setf(r, "Page.Title", "Giấy tiếp nhận hồ sơ %s",
	    db_str(d, 0, R_CODE));
	if (tpl_render(r, "receipt.cs") == -1)
		return app_error(r, 500, "Lỗi hiển thị trang.");
	return 200;
}

/* Columns of STMT_SUB_WD_GET. */
enum { W_ID, W_STATUS, W_PNAME, W_ASKED };

/* What a withdrawal does at status s: 2 at once, 1 a request, 0 none. */
static int
wd_kind(long long s)
{
	if (s == 1)
		return 2;
	if (s == 2 || s == 4 || s == 5 || s == 6)
		return 1;
	return 0;
}

static int
wd_render(struct req *r, struct db_res *d, const char *reason,
    const char *err, int status)
{
	long long	s = db_int(d, 0, W_STATUS, 0);

	tpl_set(r, "W.code", r->arg[0]);
	tpl_set(r, "W.proc_name", db_str(d, 0, W_PNAME));
	tpl_set(r, "W.status_name", dossier_status_name(s));
	tpl_set_int(r, "W.kind", wd_kind(s));
	tpl_set(r, "W.asked", db_str(d, 0, W_ASKED));
	tpl_set(r, "Form.ly_do", reason);
	tpl_set_int(r, "Limits.reason", REASON_MAX);
	if (err != NULL) {
		tpl_set(r, "Err.ly_do", err);
		tpl_set(r, "Err.any", "1");
	}
	tpl_set(r, "Csrf", auth_csrf_token(r));
	tpl_setf(r, "Page.Title", "Rút hồ sơ %s", r->arg[0]);
	if (tpl_render(r, "withdraw.cs") == -1)
		return app_error(r, 500, "Lỗi hiển thị trang.");
	return status;
}

/* Loads the owner's dossier r->arg[0] (locked when in a transaction). */
static int
wd_load(struct req *r, struct db_res **d)
{
	struct db_arg	a[2];

	if (!req_is_code(r->arg[0], 48))
		return 404;
	a[0] = DB_STR(r->arg[0]);
	a[1] = DB_INT(r->user->id);
	if ((*d = db_run(r->db, &r->pool, STMT_SUB_WD_GET, a, 2)) == NULL)
		return 503;
	return (*d)->nrows == 1 ? 0 : 404;
}

int
page_withdraw(struct req *r)
{
	struct db_res	*d;
	int		 st;

	if (!logged_in(r, &st))
		return st;
	switch (wd_load(r, &d)) {
	case 0:
		return wd_render(r, d, "", NULL, 200);
	case 404:
		return no_dossier(r);
	default:
		return busy(r);
	}
}

int
page_withdraw_post(struct req *r)
{
	static const struct req_field wf[] = {
		{ "csrf", VALID_TEXT, 128, NULL },
		{ "ly_do", VALID_TEXT, 4 * REASON_MAX + 64, NULL },
	};
	struct req_vals	 v;
	struct db_res	*d, *res;
	struct db_arg	 a[6];
	const char	*reason;
	size_t		 n;
	long long	 status;
	int		 st, kind;

	if (!logged_in(r, &st))
		return st;
	if ((st = app_form(r, wf, 2, 16 * 1024, &v)) != 0)
		return app_error(r, st, st == 413 ? "Nội dung gửi lên quá dài." :
		    "Biểu mẫu không hợp lệ.");
	if (!auth_csrf_ok(r, v.val[0]))
		return app_error(r, 403, "Biểu mẫu đã hết hạn hoặc không hợp "
		    "lệ. Xin mở lại trang và gửi lại.");
	if (v.bad[1])
		return app_error(r, 400, "Dữ liệu gửi lên không hợp lệ.");
	reason = v.val[1] != NULL ? v.val[1] : "";
	n = text_chars(reason);
	if (db_begin(r->db) == -1)
		return busy(r);
	if ((st = wd_load(r, &d)) != 0) {
		db_rollback(r->db);
		return st == 404 ? no_dossier(r) : busy(r);
	}
	status = db_int(d, 0, W_STATUS, 0);
	kind = wd_kind(status);
	if (n == 0 || n > REASON_MAX) {
		db_rollback(r->db);
		return wd_render(r, d, reason, n == 0 ? "Vui lòng ghi lý do rút "
		    "hồ sơ." : "Tối đa 1000 ký tự.", 422);
	}
	if (kind == 0 || (kind == 1 && db_str(d, 0, W_ASKED) != NULL)) {
		db_rollback(r->db);
		return wd_render(r, d, reason, NULL, 409);
	}
	a[0] = DB_INT(db_int(d, 0, W_ID, 0));
	a[1] = DB_INT(r->user->id);
	if ((res = db_run(r->db, &r->pool, kind == 2 ? STMT_SUB_WD_NOW :
	    STMT_SUB_WD_REQUEST, a, 2)) == NULL || res->affected != 1)
		goto fail;
	a[2] = DB_INT(status);
	a[3] = DB_INT(kind == 2 ? 7 : status);
	a[4] = DB_STR(kind == 2 ? "withdraw" : "withdraw_request");
	a[5] = DB_STR(reason);
	if (db_run(r->db, &r->pool, STMT_SUB_HISTORY, a, 6) == NULL ||
	    owner_mail(r, r->arg[0], pool_printf(&r->pool, kind == 2 ?
	    "Đã rút hồ sơ %s" : "Đã gửi đề nghị rút hồ sơ %s", r->arg[0]),
	    pool_printf(&r->pool, kind == 2 ?
	    "Hồ sơ %s (%s) đã được rút theo yêu cầu của bạn và sẽ không được "
	    "xử lý.\n\nLý do: %s\n" :
	    "Đề nghị rút hồ sơ %s (%s) của bạn đã được gửi tới Bộ phận Một "
	    "cửa; hồ sơ giữ nguyên trạng thái cho tới khi có quyết định, và "
	    "bạn sẽ nhận thư báo kết quả.\n\nLý do: %s\n", r->arg[0],
	    db_str(d, 0, W_PNAME), reason)) == -1 ||
	    db_commit(r->db) == -1)
		goto fail;
	log_info("submit: dossier %s: %s by account %lu", r->arg[0],
	    kind == 2 ? "withdrawn" : "withdrawal requested", r->user->id);
	return app_redirect(r, pool_printf(&r->pool, "/ho-so/%s", r->arg[0]));
fail:
	db_rollback(r->db);
	return busy(r);
}
