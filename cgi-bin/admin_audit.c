/*
 * account: the audit log and the system settings on the admin pages.
 *
 *   GET  /quan-tri/nhat-ky     the audit log, newest first, by action
 *                              (hanh_dong: "grant.add" or a family
 *                              "grant") and actor (nguoi_thuc_hien);
 *                              system admin and controller
 *   GET  /quan-tri/cai-dat     the setting table; system admin only
 *   POST /quan-tri/cai-dat     one setting: khoa, gia_tri
 *
 * Settings are rules that change by decision rather than by code
 * (timeouts, lockout): a setting whose stored value is a number takes
 * only a positive integer within its bounds.  Programs read them from
 * the table at each use, so a change applies at once.
 */
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "tpl.h"

static const char *const audit_cols[] = { "id", "at", "actor", "action",
	"object", "detail", NULL };
static const char *const setting_cols[] = { "name", "value", "updated",
	NULL };

/* What the page says about the settings it knows, and their bounds. */
static const struct setting_def {
	const char	*name;
	const char	*label;
	const char	*unit;
	long		 min, max;
} known[] = {
	{ "session.idle_minutes", "Phiên đăng nhập hết hạn khi không dùng "
	    "sau", "phút", 1, 1440 },
	{ "session.absolute_hours", "Phiên đăng nhập hết hạn sau tối đa",
	    "giờ", 1, 720 },
	{ "login.max_failures", "Số lần đăng nhập sai trước khi tạm khóa",
	    "lần", 1, 100 },
	{ "login.lock_minutes", "Thời gian tạm khóa đăng nhập", "phút", 1,
	    1440 },
	{ "account.unverified_days", "Xóa tài khoản chưa xác thực sau",
	    "ngày", 1, 365 },
	{ "outbox.keep_days", "Xóa thư điện tử đã gửi khỏi hàng đợi sau",
	    "ngày", 1, 3650 },
	{ "dossier.draft_keep_days", "Xóa hồ sơ nháp không được sửa trong",
	    "ngày", 1, 3650 },
};

#define NKNOWN	(sizeof(known) / sizeof(known[0]))

static const struct setting_def *
setting_def(const char *name)
{
	size_t	i;

	for (i = 0; i < NKNOWN; i++)
		if (strcmp(known[i].name, name) == 0)
			return &known[i];
	return NULL;
}

static int
all_digits(const char *s)
{
	size_t	len = strlen(s);

	return len > 0 && strspn(s, "0123456789") == len;
}

int
page_adm_audit(struct req *r)
{
	struct db_arg	 a[7];
	struct db_res	*res;
	const char	*act, *actor;
	long long	 pageno = admin_pageno(r), more;
	int		 st;

	if ((st = admin_begin(r, NEED_READ)) != 0)
		return st;
	act = r->q.val[F_AACTION] != NULL ? r->q.val[F_AACTION] : "";
	actor = r->q.val[F_ACTOR] != NULL ? r->q.val[F_ACTOR] : "";
	a[0] = a[1] = a[2] = DB_STR(act);
	a[3] = a[4] = DB_STR(actor);
	a[5] = DB_INT(ADMIN_PAGE_SIZE + 1);
	a[6] = DB_INT((pageno - 1) * ADMIN_PAGE_SIZE);
	if ((res = admin_run(r, STMT_ADM_AUDIT, a, 7)) == NULL)
		return busy(r);
	/* One row more than a page says whether there is a next page; the
	 * log grows without bound, so it is never counted. */
	more = res->nrows > ADMIN_PAGE_SIZE;
	if (more)
		res->nrows = ADMIN_PAGE_SIZE;
	tpl_rows(r, "Audit", res, audit_cols);
	admin_paging(r, (pageno - 1) * ADMIN_PAGE_SIZE + (long long)res->nrows +
	    more, pageno);
	return admin_page(r, "admin_audit.cs", "Nhật ký hệ thống", 200);
}

/* Settings.N.{name,value,updated} plus label and unit where known. */
static int
settings_render(struct req *r, int status)
{
	const struct setting_def	*d;
	struct db_res			*res;
	size_t				 i;

	if ((res = admin_run(r, STMT_ADM_SETTINGS, NULL, 0)) == NULL)
		return busy(r);
	tpl_rows(r, "Settings", res, setting_cols);
	for (i = 0; i < res->nrows; i++) {
		if ((d = setting_def(db_str(res, i, 0))) == NULL)
			continue;
		tpl_set(r, pool_printf(&r->pool, "Settings.%zu.label", i),
		    d->label);
		tpl_set(r, pool_printf(&r->pool, "Settings.%zu.unit", i),
		    d->unit);
	}
	return admin_page(r, "admin_settings.cs", "Cài đặt hệ thống", status);
}

int
page_adm_settings(struct req *r)
{
	int	st;

	if ((st = admin_begin(r, NEED_SYSTEM)) != 0)
		return st;
	return settings_render(r, 200);
}

/* The message for value v of setting name whose stored value is old, or
 * NULL when v may be stored. */
static const char *
setting_check(struct req *r, const char *name, const char *old,
    const char *v)
{
	const struct setting_def	*d = setting_def(name);
	long				 min = 1, max = 1000000000, n;

	if (d != NULL) {
		min = d->min;
		max = d->max;
	} else if (!all_digits(old))
		return *v == '\0' ? "Vui lòng nhập giá trị." : NULL;
	if (!all_digits(v) || strlen(v) > 10)
		return "Giá trị phải là một số nguyên dương.";
	n = strtol(v, NULL, 10);
	if (n < min || n > max)
		return pool_printf(&r->pool, "Giá trị phải từ %ld đến %ld.",
		    min, max);
	return NULL;
}

int
page_adm_settings_post(struct req *r)
{
	struct db_arg	 a[2];
	struct db_res	*res;
	const char	*name, *v, *msg;
	int		 st;

	if ((st = admin_post(r, NEED_SYSTEM)) != 0)
		return st;
	name = admin_val(r, F_KEY);
	v = admin_val(r, F_VALUE);
	a[0] = DB_STR(name);
	if (admin_tx(r) == -1 ||
	    (res = admin_run(r, STMT_ADM_SETTING_LOCK, a, 1)) == NULL) {
		admin_rollback(r);
		return busy(r);
	}
	if (res->nrows == 0) {
		admin_rollback(r);
		return admin_gone(r, "Không có cài đặt này.");
	}
	msg = setting_check(r, name, db_str(res, 0, 0), v);
	if (form_err(r, F_VALUE, msg)) {
		admin_rollback(r);
		tpl_set(r, "ErrKey", name);
		tpl_set(r, "Form.gia_tri", v);
		return settings_render(r, 422);
	}
	a[0] = DB_STR(v);
	a[1] = DB_STR(name);
	if (admin_run(r, STMT_ADM_SETTING_SET, a, 2) == NULL) {
		admin_rollback(r);
		return busy(r);
	}
	/* Never a secret in the log, should one ever be a setting. */
	admin_audit(r, "setting.update", pool_printf(&r->pool, "setting:%s",
	    name), strstr(name, "password") != NULL ||
	    strstr(name, "secret") != NULL ? "(giá trị không ghi)" :
	    pool_printf(&r->pool, "%s → %s", db_str(res, 0, 0), v));
	if (admin_commit(r) == -1)
		return busy(r);
	return app_redirect(r, "/quan-tri/cai-dat?da_luu=setting");
}
