/*
 * account: accounts on the admin pages, /quan-tri/nguoi-dung.  The
 * system admin and the controller see every account; an agency admin
 * sees only the accounts holding a role in one of its agencies (never an
 * applicant's).  Staff accounts are created here, active at once, with a
 * password hashed by auth_hash() and, for an agency admin, a first role
 * in its agency (so that the new account is its to manage).
 *
 *   GET  /quan-tri/nguoi-dung        list, search, pending requests
 *   GET  /quan-tri/nguoi-dung/moi    new staff account; POST creates
 *   GET  /quan-tri/nguoi-dung/<id>   one account, its roles, its status
 *
 * Grants, revocations and status changes are in admin_grant.c.
 */
#include <string.h>

#include "admin.h"
#include "auth.h"
#include "auth_pam.h"
#include "tpl.h"
#include "valid.h"

static const char *const list_cols[] = { "id", "login", "kind", "name",
	"email", "status", "request", "created", NULL };
static const char *const acc_cols[] = { "id", "login", "kind", "name",
	"email", "phone", "status", "request", "created", "updated", NULL };

/* The account status filter of the list: account statuses only. */
static const char *
status_filter(const struct req *r)
{
	const char	*s = r->q.val[F_STATUS];

	if (s == NULL || strcmp(s, "draft") == 0 ||
	    strcmp(s, "published") == 0 || strcmp(s, "abolished") == 0)
		return "";
	return s;
}

int
page_adm_users(struct req *r)
{
	struct db_arg	 a[11];
	struct db_res	*res, *cnt;
	const char	*q, *status;
	long long	 pageno = admin_pageno(r);
	int		 st;

	if ((st = admin_begin(r, NEED_ANY)) != 0)
		return st;
	q = r->q.val[F_Q] != NULL ? r->q.val[F_Q] : "";
	status = status_filter(r);
	admin_scope(r, a);
	a[2] = a[3] = a[4] = a[5] = DB_STR(q);
	a[6] = a[7] = DB_STR(status);
	a[8] = DB_INT(r->q.val[F_PENDING] != NULL ? 1 : 0);
	a[9] = DB_INT(ADMIN_PAGE_SIZE);
	a[10] = DB_INT((pageno - 1) * ADMIN_PAGE_SIZE);
	if ((res = admin_run(r, STMT_ADM_ACC_SEARCH, a, 11)) == NULL ||
	    (cnt = admin_run(r, STMT_ADM_ACC_COUNT, a, 9)) == NULL)
		return busy(r);
	tpl_rows(r, "Users", res, list_cols);
	admin_paging(r, db_int(cnt, 0, 0, 0), pageno);
	return admin_page(r, "admin_users.cs", "Người dùng", 200);
}

/* --- one account ----------------------------------------------------------- */

/* The grants of the shown account into Grants.N, each with can_revoke;
 * *visible set when the user may see the account (admin_sees_all, or a
 * role of it in an agency the user manages).  0 or -1. */
static int
user_grants(struct req *r, unsigned long id, int *visible)
{
	static const char *const cols[] = { "id", "role", "agency_id",
		"agency_code", "agency_name", "granted", "by", NULL };
	struct db_arg	 a = DB_INT(id);
	struct db_res	*res;
	size_t		 i;

	if ((res = admin_run(r, STMT_ADM_GRANTS, &a, 1)) == NULL)
		return -1;
	tpl_rows(r, "Grants", res, cols);
	*visible = admin_sees_all(r);
	for (i = 0; i < res->nrows; i++) {
		if (admin_may_agency(r, (unsigned long)db_int(res, i, 2, 0)))
			*visible = 1;
		tpl_set(r, pool_printf(&r->pool, "Grants.%zu.can_revoke", i),
		    admin_may_revoke(r, id, db_str(res, i, 1),
		    (unsigned long)db_int(res, i, 2, 0)) ? "1" : "0");
	}
	return 0;
}

int
admin_user_render(struct req *r, unsigned long id, int status)
{
	struct db_arg	 a = DB_INT(id);
	struct db_res	*res;
	int		 visible;

	if ((res = admin_run(r, STMT_ADM_ACC_GET, &a, 1)) == NULL)
		return busy(r);
	if (res->nrows == 0)
		return admin_gone(r, "Không có tài khoản này.");
	if (user_grants(r, id, &visible) == -1 || admin_my_agencies(r) == -1)
		return busy(r);
	if (!visible)
		return auth_deny(r, "Tài khoản này không thuộc cơ quan bạn "
		    "quản trị.");
	tpl_rows(r, "Acc", res, acc_cols);
	tpl_set(r, "Acc.self", id == r->user->id ? "1" : "0");
	return admin_page(r, "admin_user.cs", pool_printf(&r->pool,
	    "Tài khoản %s", db_str(res, 0, 1)), status);
}

int
page_adm_user(struct req *r)
{
	int	st;

	if ((st = admin_begin(r, NEED_ANY)) != 0)
		return st;
	return admin_user_render(r, admin_arg(r, 0), 200);
}

/* --- a new staff account ------------------------------------------------- */

static int
user_form(struct req *r, int status)
{
	if (admin_my_agencies(r) == -1)
		return busy(r);
	return admin_page(r, "admin_user_new.cs", "Tạo tài khoản cán bộ",
	    status);
}

int
page_adm_user_new(struct req *r)
{
	int	st;

	if ((st = admin_begin(r, NEED_MANAGE)) != 0)
		return st;
	return user_form(r, 200);
}

/* s in lower-case ASCII, in the pool. */
static char *
lower(struct req *r, const char *s)
{
	char	*c = pool_strdup(&r->pool, s), *p;

	for (p = c; *p != '\0'; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return c;
}

/* A staff user name: 3..64 of [a-z0-9._-], starting with a letter; or
 * an e-mail address.  NULL when good. */
static const char *
login_check(const char *s)
{
	size_t	len = strlen(s);

	if (strchr(s, '@') != NULL)
		return valid_email(s);
	if (len < 3 || len > 64 || s[0] < 'a' || s[0] > 'z' ||
	    strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789._-") != len)
		return "Tên đăng nhập gồm 3–64 chữ cái không dấu, chữ số, dấu "
		    "chấm, gạch ngang hoặc gạch dưới, bắt đầu bằng chữ cái; "
		    "hoặc một địa chỉ thư điện tử.";
	return NULL;
}

/* Checks the account fields of the form; *login and *email get their
 * stored (lower-case) forms.  Returns the number of errors, -1 on a
 * database error. */
static int
user_check(struct req *r, const char **login, const char **email)
{
	const char	*pw = r->f.val[F_PASSWORD], *pw2 = r->f.val[F_PASSWORD2];
	struct db_arg	 a[4];
	struct db_res	*res;
	int		 n = 0;

	*email = lower(r, admin_val(r, F_EMAIL));
	*login = lower(r, *admin_val(r, F_LOGIN) != '\0' ?
	    admin_val(r, F_LOGIN) : *email);
	n += form_err(r, F_NAME, valid_name(r->f.val[F_NAME]));
	n += form_err(r, F_EMAIL, valid_email(r->f.val[F_EMAIL]));
	n += form_err(r, F_LOGIN, **login != '\0' ? login_check(*login) :
	    NULL);
	n += form_err(r, F_PHONE, *admin_val(r, F_PHONE) != '\0' ?
	    valid_phone(r->f.val[F_PHONE]) : NULL);
	n += form_err(r, F_PASSWORD, valid_password(pw, *login));
	if (pw != NULL && (pw2 == NULL || strcmp(pw, pw2) != 0))
		n += form_err(r, F_PASSWORD2, "Hai mật khẩu không giống nhau.");
	if (n > 0)
		return n;
	a[0] = a[1] = DB_STR(*login);
	a[2] = a[3] = DB_STR(*email);
	if ((res = admin_run(r, STMT_ADM_ACC_TAKEN, a, 4)) == NULL)
		return -1;
	n += form_err(r, F_LOGIN, db_int(res, 0, 0, 0) > 0 ?
	    "Tên đăng nhập này đã có người dùng." : NULL);
	n += form_err(r, F_EMAIL, db_int(res, 0, 1, 0) > 0 ?
	    "Địa chỉ thư này đã có tài khoản." : NULL);
	return n;
}

/* Stores the account and its first role with their audit rows, in one
 * transaction.  Returns the new id, or 0 (rolled back). */
static unsigned long
user_store(struct req *r, const char *login, const char *email,
    const char *hash)
{
	struct db_arg	 a[5];
	struct db_res	*res;
	unsigned long	 id;

	if (admin_tx(r) == -1)
		return 0;
	a[0] = DB_STR(login);
	a[1] = DB_STR(admin_val(r, F_NAME));
	a[2] = DB_STR(email);
	a[3] = DB_STR(admin_val(r, F_PHONE));
	a[4] = DB_STR(hash);
	if ((res = admin_run(r, STMT_ADM_ACC_ADD, a, 5)) == NULL)
		goto fail;
	id = (unsigned long)res->insert_id;
	admin_audit(r, "user.create", pool_printf(&r->pool, "account:%lu",
	    id), login);
	if (*admin_val(r, F_ROLE) != '\0' && admin_grant_store(r, id,
	    admin_val(r, F_ROLE), admin_num(r, F_AGENCY, 0, 999999999)) == -1)
		goto fail;
	if (admin_commit(r) == -1)
		return 0;
	return id;
fail:
	admin_rollback(r);
	return 0;
}

int
page_adm_user_new_post(struct req *r)
{
	const char	*login, *email, *hash, *role;
	unsigned long	 id;
	int		 st, n, m = 0;

	if ((st = admin_post(r, NEED_MANAGE)) != 0)
		return st;
	role = admin_val(r, F_ROLE);
	/* An agency admin's new account starts with a role in its agency:
	 * without one it could be neither seen nor managed. */
	if ((*role != '\0' || !admin_is_system(r)) && !admin_may_grant(r,
	    role, admin_num(r, F_AGENCY, 0, 999999999)))
		return auth_deny(r, "Bạn chỉ được cấp vai trò cán bộ trong cơ "
		    "quan mình quản trị.");
	form_echo(r);
	if ((n = user_check(r, &login, &email)) == -1 ||
	    (*role != '\0' && (m = admin_grant_check(r, role)) == -1))
		return busy(r);
	if (n + m > 0)
		return user_form(r, 422);
	if ((hash = auth_hash(&r->pool, r->f.val[F_PASSWORD])) == NULL ||
	    (id = user_store(r, login, email, hash)) == 0)
		return busy(r);
	return app_redirect(r, pool_printf(&r->pool,
	    "/quan-tri/nguoi-dung/%lu?da_luu=user", id));
}
