/*
 * account: what every admin page shares — who may open it, the form body
 * and its CSRF token, transactions with their audit row, the cache purge
 * — and the dashboard /quan-tri.  See admin.h.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "auth.h"
#include "cache.h"
#include "cfg.h"
#include "db.h"
#include "log.h"
#include "tpl.h"

const char *const adm_roles[] = { "", "clerk", "specialist", "leader",
	"records", "agency_admin", "system_admin", "controller", NULL };
const char *const adm_acts[] = { "suspend", "reactivate", "cancel", NULL };
const char *const adm_statuses[] = { "", "unverified", "active",
	"suspended", "cancelled", "draft", "published", "abolished", NULL };
const char *const adm_levels[] = { "1", "2", "3", "9", NULL };
const char *const adm_yes[] = { "1", NULL };
const char *const adm_olevels[] = { "1", "2", "3", "4", NULL };
const char *const adm_oclasses[] = { "0", "1", "2", NULL };
const char *const adm_units[] = { "working_days", "days", "hours", "none",
	NULL };
const char *const adm_ftypes[] = { "text", "textarea", "number", "date",
	"select", "checkbox", "email", "phone", "cccd", NULL };
const char *const adm_saved[] = { "agency", "user", "grant", "revoke",
	"suspend", "reactivate", "cancel", "setting", "proc", "publish",
	"amend", "abolish", "component", "field", "calendar",
	"calendar_delete", "calendar_fill", NULL };
const char *const adm_daykinds[] = { "holiday", "workday", NULL };

int
admin_is_system(const struct req *r)
{
	return auth_has(r->user, ROLE_SYSTEM_ADMIN, 0);
}

int
admin_sees_all(const struct req *r)
{
	return auth_has(r->user, ROLE_SYSTEM_ADMIN, 0) ||
	    auth_has(r->user, ROLE_CONTROLLER, 0);
}

int
admin_manages(const struct req *r)
{
	return auth_has(r->user, ROLE_SYSTEM_ADMIN, 0) ||
	    auth_has(r->user, ROLE_AGENCY_ADMIN, 0);
}

int
admin_may_agency(const struct req *r, unsigned long agency_id)
{
	if (admin_is_system(r))
		return 1;
	return agency_id != 0 &&
	    auth_has(r->user, ROLE_AGENCY_ADMIN, agency_id);
}

int
admin_may_proc(struct req *r, unsigned long id, int write)
{
	struct db_arg	 a[2] = { DB_INT(id), DB_INT(id) };
	struct db_res	*res;
	size_t		 i;

	if (write ? admin_is_system(r) : admin_sees_all(r))
		return 1;
	if ((res = admin_run(r, STMT_ADM_PROC_AGENCIES, a, 2)) == NULL)
		return -1;
	for (i = 0; i < res->nrows; i++)
		if (admin_may_agency(r, (unsigned long)db_int(res, i, 0, 0)))
			return 1;
	return 0;
}

void
admin_scope(const struct req *r, struct db_arg *two)
{
	two[0] = DB_INT(admin_sees_all(r) ? 1 : 0);
	two[1] = DB_INT(r->user->id);
}

/* 1 when the user's roles satisfy need. */
static int
admin_allowed(const struct req *r, enum admin_need need)
{
	switch (need) {
	case NEED_ANY:
		return admin_sees_all(r) || admin_manages(r);
	case NEED_READ:
		return admin_sees_all(r);
	case NEED_MANAGE:
		return admin_manages(r);
	case NEED_SYSTEM:
		return admin_is_system(r);
	}
	return 0;
}

int
admin_begin(struct req *r, enum admin_need need)
{
	const char	*next;

	switch (auth_session(r)) {
	case 1:
		break;
	case 0:
		/* After the login, come back to the page (a POST-only
		 * address would answer 405: go to the dashboard). */
		next = r->method == M_POST ? "/quan-tri" : r->path;
		return app_redirect(r, pool_printf(&r->pool,
		    "/tai-khoan/dang-nhap?tiep=%s",
		    req_urlencode(&r->pool, next)));
	default:
		return busy(r);
	}
	/* Every page from here on, error pages too, has the layout's
	 * logout form: give it the token. */
	tpl_set(r, "Csrf", auth_csrf_token(r));
	if (!admin_allowed(r, need))
		return auth_deny(r, need == NEED_SYSTEM ?
		    "Trang này chỉ dành cho quản trị hệ thống." :
		    "Bạn không có quyền thực hiện thao tác quản trị này.");
	return 0;
}

int
admin_post(struct req *r, enum admin_need need)
{
	int	st;

	if ((st = admin_begin(r, need)) != 0)
		return st;
	return form_read_max(r, ADMIN_FORM_MAX);
}

unsigned long
admin_arg(const struct req *r, size_t n)
{
	const char	*s;
	size_t		 len;

	if (n >= r->narg)
		return 0;
	s = r->arg[n];
	len = strlen(s);
	if (len == 0 || len > 9 || strspn(s, "0123456789") != len)
		return 0;
	return strtoul(s, NULL, 10);
}

long long
admin_num(const struct req *r, enum field f, long long def, long long max)
{
	const char	*s = r->f.val != NULL ? r->f.val[f] : NULL;
	size_t		 len;
	long long	 v;

	if (r->f.bad != NULL && r->f.bad[f])
		return -1;
	if (s == NULL || *s == '\0')
		return def;
	len = strlen(s);
	if (len > 15 || strspn(s, "0123456789") != len)
		return -1;
	v = strtoll(s, NULL, 10);
	return v > max ? -1 : v;
}

const char *
admin_val(const struct req *r, enum field f)
{
	if (r->f.val == NULL || r->f.val[f] == NULL)
		return "";
	return r->f.val[f];
}

long long
admin_pageno(const struct req *r)
{
	if (r->q.val == NULL || r->q.val[F_PAGE] == NULL ||
	    r->q.num[F_PAGE] < 1)
		return 1;
	return r->q.num[F_PAGE] > 100000 ? 100000 : r->q.num[F_PAGE];
}

void
admin_paging(struct req *r, long long total, long long page)
{
	long long	 pages, i, n = 0;
	struct buf	 qs;
	size_t		 f;

	buf_init(&qs, &r->pool);
	for (f = 0; f < F__COUNT; f++) {
		if (r->q.val[f] == NULL || f == F_PAGE || f == F_SAVED)
			continue;
		tpl_set(r, pool_printf(&r->pool, "Form.%s", fields[f].name),
		    r->q.val[f]);
		if (*r->q.val[f] != '\0')
			buf_printf(&qs, "%s=%s&", fields[f].name,
			    req_urlencode(&r->pool, r->q.val[f]));
	}
	tpl_set(r, "Paging.Query", qs.data);
	pages = (total + ADMIN_PAGE_SIZE - 1) / ADMIN_PAGE_SIZE;
	tpl_set_int(r, "Total", total);
	tpl_set_int(r, "Paging.Page", page);
	tpl_set_int(r, "Paging.Pages", pages);
	for (i = 1; i <= pages; i++) {
		if (i > 2 && i < pages - 1 && (i < page - 3 || i > page + 3)) {
			if (i == page - 4 || i == page + 4)
				tpl_set_int(r, pool_printf(&r->pool,
				    "Paging.Links.%lld", n++), 0);
			continue;
		}
		tpl_set_int(r, pool_printf(&r->pool, "Paging.Links.%lld",
		    n++), i);
	}
}

void
admin_form_set(struct req *r, const struct db_res *res,
    const struct admin_col *map)
{
	for (; map->col >= 0; map++)
		tpl_set(r, pool_printf(&r->pool, "Form.%s", fields[map->f].name),
		    db_str(res, 0, (size_t)map->col));
}

int
admin_page(struct req *r, const char *tpl, const char *title, int status)
{
	tpl_set(r, "Saved", r->q.val != NULL ? r->q.val[F_SAVED] : NULL);
	tpl_set(r, "Adm.system", admin_is_system(r) ? "1" : "0");
	tpl_set(r, "Adm.all", admin_sees_all(r) ? "1" : "0");
	tpl_set(r, "Adm.manage", admin_manages(r) ? "1" : "0");
	tpl_set(r, "Adm.agency", auth_has(r->user, ROLE_AGENCY_ADMIN, 0) &&
	    !admin_is_system(r) ? "1" : "0");
	return page(r, tpl, title, status);
}

int
admin_gone(struct req *r, const char *what)
{
	return app_error(r, 404, what);
}

int
admin_conflict(struct req *r, const char *msg)
{
	return app_error(r, 409, msg);
}

int
admin_tx(struct req *r)
{
	if (app_db(r) == NULL)
		return -1;
	return db_begin(r->db);
}

int
admin_commit(struct req *r)
{
	if (db_commit(r->db) == -1) {
		db_rollback(r->db);
		return -1;
	}
	return 0;
}

void
admin_rollback(struct req *r)
{
	if (r->db != NULL)
		db_rollback(r->db);
}

struct db_res *
admin_run(struct req *r, enum stmt id, const struct db_arg *a, size_t n)
{
	if (app_db(r) == NULL)
		return NULL;
	return db_run(r->db, &r->pool, id, a, n);
}

void
admin_audit(struct req *r, const char *action, const char *object,
    const char *detail)
{
	auth_audit(r->db, r->user->id, r->user->login, action, object,
	    detail);
}

void
admin_purge(struct req *r)
{
	(void)r;
	if (cache_purge(cfg_get("cache.dir", "")) == -1)
		log_warn("%s: the micro-cache was not emptied: public pages "
		    "may lag the change by up to its lifetime", __func__);
}

int
admin_my_agencies(struct req *r)
{
	static const char *const cols[] = { "id", "code", "name", NULL };
	struct db_arg	 a[2];
	struct db_res	*res;

	a[0] = DB_INT(admin_is_system(r) ? 1 : 0);
	a[1] = DB_INT(r->user->id);
	if ((res = admin_run(r, STMT_ADM_MY_AGENCIES, a, 2)) == NULL)
		return -1;
	tpl_rows(r, "MyAgencies", res, cols);
	return 0;
}

/* --- the dashboard --------------------------------------------------------- */

int
page_adm_home(struct req *r)
{
	struct db_arg	 a[2];
	struct db_res	*res;
	int		 st;

	if ((st = admin_begin(r, NEED_ANY)) != 0)
		return st;
	admin_scope(r, a);
	if ((res = admin_run(r, STMT_ADM_DASH, a, 2)) == NULL ||
	    admin_my_agencies(r) == -1)
		return busy(r);
	tpl_set(r, "Dash.requests", db_str(res, 0, 0));
	tpl_set(r, "Dash.drafts", db_str(res, 0, 1));
	return admin_page(r, "admin_home.cs", "Quản trị", 200);
}
