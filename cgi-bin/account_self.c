/*
 * account: the holder's own pages — details, password change, password
 * reset by e-mail, and requests to suspend or cancel the account
 * (TTH Đ10).  Every password check goes through PAM (auth_pam.h).
 */
#include <stdio.h>
#include <string.h>

#include "account.h"
#include "auth.h"
#include "auth_pam.h"
#include "cfg.h"
#include "db.h"
#include "dossier.h"
#include "mail.h"
#include "tpl.h"
#include "valid.h"

#define RESET_MINUTES	60

static const char *const me_cols[] = { "id", "login", "kind", "name",
	"id_number", "email", "phone", "address", "status", "request",
	"created", NULL };

/* The logged-in user's page, with Me.* filled in; status for errors. */
static int
render_me(struct req *r, int status)
{
	static const char *const dossier_cols[] = { "id", "code", "status",
		"proc_code", "proc_name", "submitted", "updated", "due", NULL };
	struct db_arg	 a = DB_INT(r->user->id);
	struct db_res	*res;
	size_t		 i, n;

	if ((res = db_run(r->db, &r->pool, STMT_ACC_GET, &a, 1)) == NULL ||
	    res->nrows == 0)
		return busy(r);
	tpl_rows(r, "Me", res, me_cols);
	if ((res = db_run(r->db, &r->pool, STMT_ACC_DOSSIERS, &a, 1)) == NULL)
		return busy(r);
	n = tpl_rows(r, "Dossiers", res, dossier_cols);
	for (i = 0; i < n; i++)
		tpl_set(r, pool_printf(&r->pool, "Dossiers.%zu.status_name", i),
		    dossier_status_name(db_int(res, i, 2, 0)));
	return page(r, "me.cs", "Tài khoản của tôi", status);
}

/* Loads the session; 0 when logged in, else the response status. */
static int
logged_in(struct req *r)
{
	switch (auth_session(r)) {
	case 1:
		return 0;
	case 0:
		return need_login(r);
	default:
		return busy(r);
	}
}

int
page_me(struct req *r)
{
	int	st;

	if ((st = logged_in(r)) != 0)
		return st;
	tpl_set(r, "Done", r->q.val[F_DONE]);
	return render_me(r, 200);
}

int
page_profile(struct req *r)
{
	struct db_arg	 a[4];
	int		 st, n = 0;

	if ((st = logged_in(r)) != 0 || (st = form_read(r)) != 0)
		return st;
	form_echo(r);
	n += form_err(r, F_NAME, valid_name(r->f.val[F_NAME]));
	n += form_err(r, F_PHONE, valid_phone(r->f.val[F_PHONE]));
	if (n > 0)
		return render_me(r, 422);
	a[0] = DB_STR(r->f.val[F_NAME]);
	a[1] = DB_STR(r->f.val[F_PHONE]);
	a[2] = DB_STR(r->f.val[F_ADDRESS] != NULL ? r->f.val[F_ADDRESS] : "");
	a[3] = DB_INT(r->user->id);
	if (db_run(r->db, &r->pool, STMT_ACC_UPDATE_PROFILE, a, 4) == NULL)
		return busy(r);
	auth_audit(r->db, r->user->id, r->user->login, "account.profile",
	    pool_printf(&r->pool, "account:%lu", r->user->id), "");
	return app_redirect(r, "/tai-khoan?xong=profile");
}

int
page_password(struct req *r)
{
	int	st;

	if ((st = logged_in(r)) != 0)
		return st;
	return page(r, "password.cs", "Đổi mật khẩu", 200);
}

/* Stores a new password for id and ends all its sessions. */
static int
set_password(struct req *r, unsigned long id, const char *pw)
{
	struct db_arg	 a[2];
	const char	*hash;

	if ((hash = auth_hash(&r->pool, pw)) == NULL)
		return -1;
	a[0] = DB_STR(hash);
	a[1] = DB_INT(id);
	if (db_run(r->db, &r->pool, STMT_ACC_SET_PASSWORD, a, 2) == NULL ||
	    auth_kill_sessions(r->db, id) == -1)
		return -1;
	return 0;
}

/* Checks the two new-password fields; returns the number of errors. */
static int
new_password_check(struct req *r, const char *login)
{
	const char	*pw = r->f.val[F_PASSWORD], *pw2 = r->f.val[F_PASSWORD2];
	int		 n;

	n = form_err(r, F_PASSWORD, valid_password(pw, login));
	if (pw != NULL && (pw2 == NULL || strcmp(pw, pw2) != 0))
		n += form_err(r, F_PASSWORD2, "Hai mật khẩu không giống nhau.");
	return n;
}

int
page_password_post(struct req *r)
{
	const char	*old;
	unsigned long	 id = 0;
	int		 st;

	if ((st = logged_in(r)) != 0 || (st = form_read(r)) != 0)
		return st;
	old = r->f.val[F_OLDPW] != NULL ? r->f.val[F_OLDPW] : "";
	/* Through auth_login, not a bare PAM check: a stolen session must
	 * not be a way to guess the password without throttling. */
	switch (auth_login(r->db, &r->pool, r->user->login, old,
	    app_param(r, "REMOTE_ADDR", ""), &id)) {
	case AUTH_OK:
		if (id == r->user->id)
			break;
		/* FALLTHROUGH */
	case AUTH_DENIED:
		form_err(r, F_OLDPW, "Mật khẩu hiện tại không đúng.");
		return page(r, "password.cs", "Đổi mật khẩu", 422);
	case AUTH_LOCKED:
		form_err(r, F_OLDPW, "Nhập sai quá nhiều lần. Vui lòng thử "
		    "lại sau ít phút.");
		return page(r, "password.cs", "Đổi mật khẩu", 429);
	default:
		return busy(r);
	}
	if (new_password_check(r, r->user->login) > 0)
		return page(r, "password.cs", "Đổi mật khẩu", 422);
	if (set_password(r, r->user->id, r->f.val[F_PASSWORD]) == -1 ||
	    auth_login_session(r, r->user->id) == -1)
		return busy(r);
	auth_audit(r->db, r->user->id, r->user->login, "password.change",
	    pool_printf(&r->pool, "account:%lu", r->user->id), "");
	return app_redirect(r, "/tai-khoan?xong=password");
}

int
page_forgot(struct req *r)
{
	return page(r, "forgot.cs", "Quên mật khẩu", 200);
}

/* A one-time link e-mailed to an account holder: for whom (status) and
 * what it says before and after the link. */
struct link_kind {
	const char	*status;	/* the account must be in it */
	const char	*purpose;	/* email_token.purpose */
	int		 minutes;	/* lifetime */
	const char	*path;		/* page the link opens */
	const char	*action;	/* audit_log action */
	const char	*subject;
	const char	*before;	/* what the link is for */
	const char	*after;		/* what if the holder did not ask */
};

static const struct link_kind reset_link = {
	"active", "reset", RESET_MINUTES, "/tai-khoan/dat-lai-mat-khau",
	"password.reset_request",
	"Đặt lại mật khẩu Cổng Dịch vụ công",
	"Để đặt mật khẩu mới, hãy mở liên kết sau trong vòng 60 phút:",
	"Nếu bạn không yêu cầu, hãy bỏ qua thư này; mật khẩu của bạn không "
	"thay đổi.",
};

static const struct link_kind reactivate_link = {
	"suspended", "reactivate", 24 * 60,
	"/tai-khoan/xac-nhan-kich-hoat-lai", "account.reactivate_request",
	"Yêu cầu kích hoạt lại tài khoản Cổng Dịch vụ công",
	"Để gửi yêu cầu kích hoạt lại tài khoản đang tạm dừng, hãy mở liên "
	"kết sau trong vòng 24 giờ:",
	"Quản trị hệ thống sẽ xem xét yêu cầu. Nếu bạn không yêu cầu, hãy "
	"bỏ qua thư này.",
};

/* Queues the link when the address has an account in k->status;
 * otherwise does nothing.  0 or -1 (database). */
static int
link_store(struct req *r, const char *email, const struct link_kind *k)
{
	struct db_arg	 a = DB_STR(email);
	struct db_res	*res;
	const char	*tok;
	unsigned long	 id;

	if ((res = db_run(r->db, &r->pool, STMT_ACC_BY_EMAIL, &a, 1)) == NULL)
		return -1;
	if (res->nrows == 0 || strcmp(db_str(res, 0, 1), k->status) != 0)
		return 0;
	id = (unsigned long)db_int(res, 0, 0, 0);
	if (token_new(r, id, k->purpose, k->minutes, &tok) == -1)
		return -1;
	auth_audit(r->db, id, email, k->action,
	    pool_printf(&r->pool, "account:%lu", id), "");
	return mail_queue(r->db, &r->pool, email, k->subject,
	    pool_printf(&r->pool, "Kính gửi %s,\n\n%s\n\n%s\n\n%s\n",
	    db_str(res, 0, 2), k->before, site_link(r, pool_printf(&r->pool,
	    "%s?ma=%s", k->path, tok)), k->after));
}

/* The POST of a "send me a link" form: the same answer whether or not
 * the address has an account. */
static int
link_post(struct req *r, const struct link_kind *k, const char *tpl,
    const char *title, const char *done)
{
	int	st;

	if ((st = form_read(r)) != 0)
		return st;
	form_echo(r);
	if (form_err(r, F_EMAIL, valid_email(r->f.val[F_EMAIL])))
		return page(r, tpl, title, 422);
	if (app_db(r) == NULL || db_begin(r->db) == -1)
		return busy(r);
	if (link_store(r, email_key(r, r->f.val[F_EMAIL]), k) == -1 ||
	    db_commit(r->db) == -1) {
		db_rollback(r->db);
		return busy(r);
	}
	tpl_set(r, "Message", done);
	return page(r, "message.cs", "Kiểm tra thư điện tử", 200);
}

int
page_forgot_post(struct req *r)
{
	return link_post(r, &reset_link, "forgot.cs", "Quên mật khẩu",
	    "Nếu địa chỉ này có tài khoản, chúng tôi đã gửi thư hướng dẫn "
	    "đặt lại mật khẩu. Liên kết có hiệu lực 60 phút.");
}

int
page_reactivate(struct req *r)
{
	return page(r, "reactivate.cs", "Kích hoạt lại tài khoản", 200);
}

int
page_reactivate_post(struct req *r)
{
	return link_post(r, &reactivate_link, "reactivate.cs",
	    "Kích hoạt lại tài khoản", "Nếu địa chỉ này có tài khoản đang "
	    "tạm dừng, chúng tôi đã gửi thư có liên kết xác nhận yêu cầu. "
	    "Liên kết có hiệu lực 24 giờ.");
}

/* The link of the reactivation mail: records the request for the system
 * admin, who decides (/quan-tri/nguoi-dung). */
int
page_reactivate_confirm(struct req *r)
{
	unsigned long	 id;
	struct db_arg	 a;

	if (app_db(r) == NULL || db_begin(r->db) == -1)
		return busy(r);
	id = token_take(r, r->q.val[F_TOKEN], "reactivate");
	a = DB_INT(id);
	if (id == 0 || db_run(r->db, &r->pool, STMT_ACC_REQ_REACTIVATE, &a,
	    1) == NULL || db_commit(r->db) == -1) {
		db_rollback(r->db);
		return app_error(r, 404, "Liên kết không đúng, đã dùng hoặc đã "
		    "hết hạn.");
	}
	auth_audit(r->db, id, "", "account.request",
	    pool_printf(&r->pool, "account:%lu", id), "reactivate");
	tpl_set(r, "Message", "Yêu cầu kích hoạt lại tài khoản đã được ghi "
	    "nhận. Quản trị hệ thống sẽ xem xét và thông báo cho bạn.");
	return page(r, "message.cs", "Đã ghi nhận yêu cầu", 200);
}

int
page_reset(struct req *r)
{
	if (!token_live(r, r->q.val[F_TOKEN], "reset"))
		return app_error(r, 404, "Liên kết đặt lại mật khẩu không "
		    "đúng, đã dùng hoặc đã hết hạn.");
	tpl_set(r, "Form.ma", r->q.val[F_TOKEN]);
	return page(r, "reset.cs", "Đặt lại mật khẩu", 200);
}

int
page_reset_post(struct req *r)
{
	unsigned long	id;
	int		st;

	if ((st = form_read(r)) != 0)
		return st;
	tpl_set(r, "Form.ma", r->f.val[F_TOKEN]);
	if (new_password_check(r, NULL) > 0)
		return page(r, "reset.cs", "Đặt lại mật khẩu", 422);
	if (app_db(r) == NULL || db_begin(r->db) == -1)
		return busy(r);
	if ((id = token_take(r, r->f.val[F_TOKEN], "reset")) == 0) {
		db_rollback(r->db);
		return app_error(r, 404, "Liên kết đặt lại mật khẩu không "
		    "đúng, đã dùng hoặc đã hết hạn.");
	}
	if (set_password(r, id, r->f.val[F_PASSWORD]) == -1 ||
	    db_commit(r->db) == -1) {
		db_rollback(r->db);
		return busy(r);
	}
	auth_audit(r->db, id, "", "password.reset",
	    pool_printf(&r->pool, "account:%lu", id), "");
	tpl_set(r, "Message", "Mật khẩu mới đã được lưu. Bạn có thể đăng "
	    "nhập bằng mật khẩu mới.");
	return page(r, "message.cs", "Đã đặt lại mật khẩu", 200);
}

/* The holder asks to suspend or cancel the account; the system admin
 * decides (admin pages).  Recorded at once and shown on the account
 * page. */
int
page_request(struct req *r)
{
	struct db_arg	 a[2];
	int		 st;

	if ((st = logged_in(r)) != 0 || (st = form_read(r)) != 0)
		return st;
	if (r->f.val[F_REQUEST] == NULL)
		return app_error(r, 400, "Yêu cầu không hợp lệ.");
	a[0] = DB_STR(r->f.val[F_REQUEST]);
	a[1] = DB_INT(r->user->id);
	if (db_run(r->db, &r->pool, STMT_ACC_SET_REQUEST, a, 2) == NULL)
		return busy(r);
	auth_audit(r->db, r->user->id, r->user->login, "account.request",
	    pool_printf(&r->pool, "account:%lu", r->user->id),
	    r->f.val[F_REQUEST]);
	return app_redirect(r, pool_printf(&r->pool, "/tai-khoan?xong=%s",
	    r->f.val[F_REQUEST]));
}
