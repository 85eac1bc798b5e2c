/*
 * account: role grants and account status on the admin pages.
 *
 *   POST /quan-tri/nguoi-dung/<id>/cap-quyen    grant vai_tro in co_quan
 *   POST /quan-tri/nguoi-dung/<id>/thu-hoi      revoke grant id
 *   POST /quan-tri/nguoi-dung/<id>/trang-thai   thao_tac = suspend,
 *                                               reactivate or cancel
 *
 * Roles (SPEC §1): clerk, specialist, leader and records clerk are bound
 * to one agency, and so is agency_admin; system_admin and controller are
 * not.  The system admin grants and revokes any role (never its own
 * system_admin role: someone must remain); an agency admin only the four
 * staff roles, only in its agencies, only to accounts already holding a
 * role there.  Roles are read at every request (auth_session), so a
 * revocation takes effect at once.  Status changes answer the holders'
 * requests (TTH Đ10) and are the system admin's: suspension and
 * cancellation end every session of the account at once.
 */
#include <string.h>

#include "admin.h"
#include "auth.h"
#include "tpl.h"

/* The enum role of a role name, or -1 ("" or unknown). */
static int
role_of(const char *name)
{
	int	i;

	for (i = 1; name != NULL && adm_roles[i] != NULL; i++)
		if (strcmp(name, adm_roles[i]) == 0)
			return i - 1;
	return -1;
}

/* Roles bound to an agency, and the four staff roles among them. */
#define AGENCY_ROLE(k)	((k) >= 0 && (k) <= ROLE_AGENCY_ADMIN)
#define STAFF_ROLE(k)	((k) >= 0 && (k) <= ROLE_RECORDS)

int
admin_may_grant(struct req *r, const char *role, long long agency)
{
	int	k = role_of(role);

	if (admin_is_system(r))
		return 1;
	return STAFF_ROLE(k) && agency > 0 &&
	    admin_may_agency(r, (unsigned long)agency);
}

int
admin_may_revoke(struct req *r, unsigned long account, const char *role,
    unsigned long agency)
{
	int	k = role_of(role);

	if (admin_is_system(r))
		return !(k == ROLE_SYSTEM_ADMIN && account == r->user->id);
	return STAFF_ROLE(k) && admin_may_agency(r, agency);
}

int
admin_grant_check(struct req *r, const char *role)
{
	struct db_arg	 a;
	struct db_res	*res;
	long long	 agency = admin_num(r, F_AGENCY, 0, 999999999);
	int		 k = role_of(role);

	if (k < 0)
		return form_err(r, F_ROLE, "Vui lòng chọn vai trò.");
	if (!AGENCY_ROLE(k))
		return 0;
	if (agency <= 0)
		return form_err(r, F_AGENCY, "Vai trò này gắn với một cơ quan: "
		    "vui lòng chọn cơ quan.");
	a = DB_INT(agency);
	if ((res = admin_run(r, STMT_ADM_AGENCY_NAME, &a, 1)) == NULL)
		return -1;
	return form_err(r, F_AGENCY, res->nrows == 0 ?
	    "Cơ quan không tồn tại." : NULL);
}

int
admin_grant_store(struct req *r, unsigned long account, const char *role,
    long long agency)
{
	struct db_arg	a[4];

	if (!AGENCY_ROLE(role_of(role)))
		agency = 0;
	a[0] = DB_INT(account);
	a[1] = DB_STR(role);
	a[2] = DB_INT(agency);
	a[3] = DB_INT(r->user->id);
	if (admin_run(r, STMT_ADM_GRANT_ADD, a, 4) == NULL)
		return -1;
	admin_audit(r, "grant.add", pool_printf(&r->pool, "account:%lu",
	    account), pool_printf(&r->pool, "%s agency:%lld", role, agency));
	return 0;
}

/* 1 when the user may manage account id: it sees every account, or the
 * account holds a role in an agency the user manages.  -1 database. */
static int
user_visible(struct req *r, unsigned long id)
{
	struct db_arg	 a = DB_INT(id);
	struct db_res	*res;
	size_t		 i;

	if (admin_is_system(r))
		return 1;
	if ((res = admin_run(r, STMT_ADM_GRANTS, &a, 1)) == NULL)
		return -1;
	for (i = 0; i < res->nrows; i++)
		if (admin_may_agency(r, (unsigned long)db_int(res, i, 2, 0)))
			return 1;
	return 0;
}

/* Inside the transaction: locks account id and checks the grant asked
 * for.  Returns the number of form errors, or the negated HTTP status to
 * answer (-404, -403, -503). */
static int
grant_validate(struct req *r, unsigned long id, const char *role)
{
	struct db_arg	 a[3];
	struct db_res	*res;
	int		 n, v;

	a[0] = DB_INT(id);
	if ((res = admin_run(r, STMT_ADM_ACC_LOCK, a, 1)) == NULL)
		return -503;
	if (res->nrows == 0)
		return -404;
	if ((v = user_visible(r, id)) != 1)
		return v == 0 ? -403 : -503;
	if ((n = admin_grant_check(r, role)) != 0)
		return n < 0 ? -503 : n;
	if (strcmp(db_str(res, 0, 2), "staff") != 0)
		return form_err(r, F_ROLE, "Chỉ cấp vai trò cho tài khoản cán "
		    "bộ; tài khoản của người dân, tổ chức không nhận vai trò.");
	if (strcmp(db_str(res, 0, 0), "cancelled") == 0)
		return form_err(r, F_ROLE, "Tài khoản đã bị hủy.");
	a[1] = DB_STR(role);
	a[2] = DB_INT(AGENCY_ROLE(role_of(role)) ?
	    admin_num(r, F_AGENCY, 0, 999999999) : 0);
	if ((res = admin_run(r, STMT_ADM_GRANT_FIND, a, 3)) == NULL)
		return -503;
	return form_err(r, F_ROLE, db_int(res, 0, 0, 0) > 0 ?
	    "Tài khoản đã có vai trò này tại cơ quan này." : NULL);
}

int
page_adm_grant(struct req *r)
{
	unsigned long	 id = admin_arg(r, 0);
	const char	*role;
	int		 st, n;

	if ((st = admin_post(r, NEED_MANAGE)) != 0)
		return st;
	role = admin_val(r, F_ROLE);
	if (!admin_may_grant(r, role, admin_num(r, F_AGENCY, 0, 999999999)))
		return auth_deny(r, "Bạn chỉ được cấp vai trò cán bộ trong cơ "
		    "quan mình quản trị.");
	form_echo(r);
	if (admin_tx(r) == -1)
		return busy(r);
	if ((n = grant_validate(r, id, role)) != 0) {
		admin_rollback(r);
		if (n == -404)
			return admin_gone(r, "Không có tài khoản này.");
		if (n == -403)
			return auth_deny(r, "Tài khoản này không thuộc cơ quan "
			    "bạn quản trị.");
		return n < 0 ? busy(r) : admin_user_render(r, id, 422);
	}
	if (admin_grant_store(r, id, role, admin_num(r, F_AGENCY, 0,
	    999999999)) == -1) {
		admin_rollback(r);
		return busy(r);
	}
	if (admin_commit(r) == -1)
		return busy(r);
	return app_redirect(r, pool_printf(&r->pool,
	    "/quan-tri/nguoi-dung/%lu?da_luu=grant", id));
}

int
page_adm_revoke(struct req *r)
{
	unsigned long	 id = admin_arg(r, 0);
	struct db_arg	 a[2];
	struct db_res	*res;
	int		 st;

	if ((st = admin_post(r, NEED_MANAGE)) != 0)
		return st;
	if (r->f.val[F_ID] == NULL)
		return app_error(r, 400, "Thiếu vai trò cần thu hồi.");
	a[0] = DB_INT(r->f.num[F_ID]);
	a[1] = DB_INT(id);
	if (admin_tx(r) == -1 ||
	    (res = admin_run(r, STMT_ADM_GRANT_GET, a, 2)) == NULL) {
		admin_rollback(r);
		return busy(r);
	}
	if (res->nrows == 0 || !admin_may_revoke(r, id, db_str(res, 0, 0),
	    (unsigned long)db_int(res, 0, 1, 0))) {
		admin_rollback(r);
		return res->nrows == 0 ? admin_gone(r, "Không có vai trò này.") :
		    auth_deny(r, "Bạn không được thu hồi vai trò này.");
	}
	if (admin_run(r, STMT_ADM_GRANT_DEL, a, 2) == NULL) {
		admin_rollback(r);
		return busy(r);
	}
	admin_audit(r, "grant.remove", pool_printf(&r->pool, "account:%lu",
	    id), pool_printf(&r->pool, "%s agency:%lld", db_str(res, 0, 0),
	    db_int(res, 0, 1, 0)));
	if (admin_commit(r) == -1)
		return busy(r);
	return app_redirect(r, pool_printf(&r->pool,
	    "/quan-tri/nguoi-dung/%lu?da_luu=revoke", id));
}

/* The status act leads to from status, or NULL when it does not apply:
 * suspend an active account, reactivate a suspended one, cancel any
 * that is not cancelled yet. */
static const char *
status_after(const char *act, const char *status)
{
	if (strcmp(act, "suspend") == 0)
		return strcmp(status, "active") == 0 ? "suspended" : NULL;
	if (strcmp(act, "reactivate") == 0)
		return strcmp(status, "suspended") == 0 ? "active" : NULL;
	return strcmp(status, "cancelled") != 0 ? "cancelled" : NULL;
}

/* Inside the transaction: applies act to the locked account id, ends its
 * sessions unless it becomes active, and audits.  0, or the status of
 * the error page made (rolled back by the caller). */
static int
status_apply(struct req *r, unsigned long id, const char *act)
{
	struct db_arg	 a[2];
	struct db_res	*res;
	const char	*to;

	a[0] = DB_INT(id);
	if ((res = admin_run(r, STMT_ADM_ACC_LOCK, a, 1)) == NULL)
		return busy(r);
	if (res->nrows == 0)
		return admin_gone(r, "Không có tài khoản này.");
	if ((to = status_after(act, db_str(res, 0, 0))) == NULL)
		return admin_conflict(r, "Thao tác không áp dụng cho trạng "
		    "thái hiện tại của tài khoản; không có gì bị thay đổi.");
	a[0] = DB_STR(to);
	a[1] = DB_INT(id);
	if (admin_run(r, STMT_ADM_ACC_SET_STATUS, a, 2) == NULL ||
	    (strcmp(to, "active") != 0 &&
	    auth_kill_sessions(r->db, id) == -1))
		return busy(r);
	admin_audit(r, pool_printf(&r->pool, "account.%s", act),
	    pool_printf(&r->pool, "account:%lu", id),
	    pool_printf(&r->pool, "%s → %s; yêu cầu: %s", db_str(res, 0, 0),
	    to, db_str(res, 0, 1)));
	return 0;
}

int
page_adm_status(struct req *r)
{
	unsigned long	 id = admin_arg(r, 0);
	const char	*act;
	int		 st;

	if ((st = admin_post(r, NEED_SYSTEM)) != 0)
		return st;
	if ((act = r->f.val[F_ACT]) == NULL)
		return app_error(r, 400, "Thao tác không hợp lệ.");
	if (id == r->user->id)
		return admin_conflict(r, "Bạn không thể tự tạm dừng, kích hoạt "
		    "hoặc hủy tài khoản của chính mình.");
	if (admin_tx(r) == -1)
		return busy(r);
	if ((st = status_apply(r, id, act)) != 0) {
		admin_rollback(r);
		return st;
	}
	if (admin_commit(r) == -1)
		return busy(r);
	return app_redirect(r, pool_printf(&r->pool,
	    "/quan-tri/nguoi-dung/%lu?da_luu=%s", id, act));
}
