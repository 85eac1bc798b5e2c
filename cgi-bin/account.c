/*
 * account: registration, e-mail verification, login and logout, and the
 * holder's own pages (SPEC §3, URLs in §12).
 *
 *   /tai-khoan/dang-ky            register (GET form, POST)
 *   /tai-khoan/xac-thuc?ma=…      the link e-mailed at registration
 *   /tai-khoan/dang-nhap          log in through PAM (GET form, POST)
 *   /tai-khoan/dang-xuat          log out (POST)
 *   /tai-khoan …                  the holder's pages (account_self.c)
 *
 * Nothing here is cached (nginx does not cache /tai-khoan).  Every POST
 * carries a CSRF token; a request without a valid one changes nothing
 * and gets a 403 page.
 */
#include <stdio.h>
#include <string.h>

#include "account.h"
#include "admin.h"
#include "auth.h"
#include "auth_pam.h"
#include "cfg.h"
#include "db.h"
#include "log.h"
#include "mail.h"
#include "text.h"
#include "tpl.h"
#include "valid.h"

static const char *const kinds[] = { "citizen", "organisation", "business",
	NULL };
static const char *const requests[] = { "suspend", "cancel", NULL };
static const char *const dones[] = { "profile", "password", "suspend",
	"cancel", NULL };

const struct req_field fields[F__COUNT] = {
	[F_KIND] = { "loai", VALID_ENUM, 16, kinds },
	[F_NAME] = { "ho_ten", VALID_TEXT, 255, NULL },
	[F_IDNO] = { "so_dinh_danh", VALID_TEXT, 20, NULL },
	[F_EMAIL] = { "email", VALID_TEXT, 254, NULL },
	[F_PHONE] = { "dien_thoai", VALID_TEXT, 24, NULL },
	[F_ADDRESS] = { "dia_chi", VALID_TEXT, 512, NULL },
	[F_PASSWORD] = { "mat_khau", VALID_TEXT, 128, NULL },
	[F_PASSWORD2] = { "mat_khau_2", VALID_TEXT, 128, NULL },
	[F_OLDPW] = { "mat_khau_cu", VALID_TEXT, 128, NULL },
	[F_CSRF] = { "csrf", VALID_TEXT, 64, NULL },
	[F_NEXT] = { "tiep", VALID_TEXT, 512, NULL },
	[F_TOKEN] = { "ma", VALID_TEXT, 64, NULL },
	[F_REQUEST] = { "yeu_cau", VALID_ENUM, 16, requests },
	[F_DONE] = { "xong", VALID_ENUM, 16, dones },
	/* --- admin fields (admin*.c) --- */
#define BIG	(256 * 1024)	/* MEDIUMTEXT columns, as admins edit them */
#define TXT	65535		/* TEXT columns */
	[F_ID] = { "id", VALID_UINT, 10, NULL },
	[F_Q] = { "q", VALID_TEXT, 200, NULL },
	[F_PAGE] = { "trang", VALID_UINT, 6, NULL },
	[F_AGCODE] = { "ma_co_quan", VALID_TEXT, 32, NULL },
	[F_TITLE] = { "ten", VALID_TEXT, 1024, NULL },
	[F_LEVEL] = { "cap", VALID_ENUM, 1, adm_levels },
	[F_PARENT] = { "cap_tren", VALID_TEXT, 10, NULL },
	[F_WEBSITE] = { "website", VALID_TEXT, 255, NULL },
	[F_HOURS] = { "gio_lam_viec", VALID_TEXT, 255, NULL },
	[F_LOGIN] = { "ten_dang_nhap", VALID_TEXT, 255, NULL },
	[F_ROLE] = { "vai_tro", VALID_ENUM, 16, adm_roles },
	[F_AGENCY] = { "co_quan", VALID_TEXT, 10, NULL },
	[F_ACT] = { "thao_tac", VALID_ENUM, 16, adm_acts },
	[F_STATUS] = { "trang_thai", VALID_ENUM, 16, adm_statuses },
	[F_PENDING] = { "cho_xu_ly", VALID_ENUM, 1, adm_yes },
	[F_KEY] = { "khoa", VALID_TEXT, 64, NULL },
	[F_VALUE] = { "gia_tri", VALID_TEXT, 1024, NULL },
	[F_PCODE] = { "ma_thu_tuc", VALID_TEXT, 32, NULL },
	[F_FIELD] = { "linh_vuc", VALID_TEXT, 10, NULL },
	[F_LV_MIN] = { "cap_bo", VALID_ENUM, 1, adm_yes },
	[F_LV_PROV] = { "cap_tinh", VALID_ENUM, 1, adm_yes },
	[F_LV_DIST] = { "cap_huyen", VALID_ENUM, 1, adm_yes },
	[F_LV_COMM] = { "cap_xa", VALID_ENUM, 1, adm_yes },
	[F_LV_OTHER] = { "cap_khac", VALID_ENUM, 1, adm_yes },
	[F_OLEVEL] = { "muc_do", VALID_ENUM, 1, adm_olevels },
	[F_OCLASS] = { "dich_vu_truc_tuyen", VALID_ENUM, 1, adm_oclasses },
	[F_PTEXT] = { "thoi_han", VALID_TEXT, 1024, NULL },
	[F_PDAYS] = { "so_ngay", VALID_TEXT, 10, NULL },
	[F_PUNIT] = { "don_vi", VALID_ENUM, 16, adm_units },
	[F_FEE] = { "phi", VALID_TEXT, BIG, NULL },
	[F_FEE_AMOUNT] = { "muc_phi", VALID_TEXT, 20, NULL },
	[F_STEPS] = { "trinh_tu", VALID_TEXT, BIG, NULL },
	[F_CHANNELS] = { "cach_thuc", VALID_TEXT, BIG, NULL },
	[F_REQS] = { "dieu_kien", VALID_TEXT, BIG, NULL },
	[F_RESULT] = { "ket_qua", VALID_TEXT, BIG, NULL },
	[F_LEGAL] = { "can_cu", VALID_TEXT, BIG, NULL },
	[F_SUBJECTS] = { "doi_tuong", VALID_TEXT, TXT, NULL },
	[F_PLACE] = { "dia_diem", VALID_TEXT, TXT, NULL },
	[F_GUIDE] = { "huong_dan", VALID_TEXT, TXT, NULL },
	[F_DECISION] = { "quyet_dinh", VALID_TEXT, 255, NULL },
	[F_INUSE] = { "ngay_ap_dung", VALID_TEXT, 10, NULL },
	[F_SEQ] = { "stt", VALID_UINT, 5, NULL },
	[F_GROUP] = { "nhom", VALID_TEXT, 1024, NULL },
	[F_ORIG] = { "ban_chinh", VALID_TEXT, 3, NULL },
	[F_COPIES] = { "ban_sao", VALID_TEXT, 3, NULL },
	[F_REQUIRED] = { "bat_buoc", VALID_ENUM, 1, adm_yes },
	[F_FORM] = { "mau_don", VALID_TEXT, 10, NULL },
	[F_DELETE] = { "xoa", VALID_ENUM, 1, adm_yes },
	[F_FNAME] = { "ma_truong", VALID_TEXT, 64, NULL },
	[F_LABEL] = { "nhan", VALID_TEXT, 255, NULL },
	[F_FTYPE] = { "kieu", VALID_ENUM, 16, adm_ftypes },
	[F_MAXLEN] = { "do_dai", VALID_TEXT, 5, NULL },
	[F_OPTIONS] = { "lua_chon", VALID_TEXT, 4096, NULL },
	[F_HELP] = { "goi_y", VALID_TEXT, 1024, NULL },
	[F_AACTION] = { "hanh_dong", VALID_TEXT, 64, NULL },
	[F_ACTOR] = { "nguoi_thuc_hien", VALID_TEXT, 255, NULL },
	[F_SAVED] = { "da_luu", VALID_ENUM, 16, adm_saved },
	[F_YEAR] = { "nam", VALID_TEXT, 16, NULL },
	[F_DAY] = { "ngay", VALID_TEXT, 32, NULL },
	[F_DAYKIND] = { "loai_ngay", VALID_ENUM, 16, adm_daykinds },
#undef BIG
#undef TXT
	/* --- end of admin fields --- */
};

int
form_read(struct req *r)
{
	return form_read_max(r, FORM_MAX);
}

int
form_read_max(struct req *r, size_t max)
{
	int	st;

	st = app_form(r, fields, F__COUNT, max, &r->f);
	if (st == 413)
		return app_error(r, 413, "Nội dung gửi lên quá lớn.");
	if (st != 0)
		return app_error(r, st, "Biểu mẫu gửi lên không hợp lệ.");
	if (!auth_csrf_ok(r, r->f.val[F_CSRF]))
		return app_error(r, 403, "Biểu mẫu đã hết hạn hoặc không hợp "
		    "lệ. Vui lòng tải lại trang và gửi lại; không có gì bị "
		    "thay đổi.");
	return 0;
}

int
busy(struct req *r)
{
	return app_error(r, 503, "Hệ thống đang bận, xin thử lại sau; không "
	    "có gì bị thay đổi.");
}

int
form_err(struct req *r, enum field f, const char *msg)
{
	/* A value refused by its validator (broken UTF-8, too long) is
	 * absent for the handler; say what was wrong with it. */
	if (r->f.bad != NULL && r->f.bad[f])
		msg = "Giá trị không hợp lệ: có ký tự lỗi hoặc quá dài.";
	if (msg == NULL)
		return 0;
	tpl_set(r, pool_printf(&r->pool, "Err.%s", fields[f].name), msg);
	tpl_set(r, "Err.any", "1");
	return 1;
}

void
form_echo(struct req *r)
{
	size_t	i;

	for (i = 0; i < F__COUNT; i++)
		if (r->f.val != NULL && r->f.val[i] != NULL &&
		    i != F_PASSWORD && i != F_PASSWORD2 && i != F_OLDPW &&
		    i != F_CSRF)
			tpl_set(r, pool_printf(&r->pool, "Form.%s",
			    fields[i].name), r->f.val[i]);
}

int
page(struct req *r, const char *tpl, const char *title, int status)
{
	tpl_set(r, "Csrf", auth_csrf_token(r));
	tpl_set(r, "Page.Title", title);
	if (tpl_render(r, tpl) == -1)
		return app_error(r, 500, "Lỗi hiển thị trang.");
	app_header(r, "Cache-Control", "no-store");
	r->status = status;
	return status;
}

int
need_login(struct req *r)
{
	return app_redirect(r, pool_printf(&r->pool,
	    "/tai-khoan/dang-nhap?tiep=%s", req_urlencode(&r->pool, r->path)));
}

const char *
site_link(struct req *r, const char *path)
{
	return pool_printf(&r->pool, "%s%s", cfg_get("site.url", ""), path);
}

int
token_new(struct req *r, unsigned long id, const char *purpose, int minutes,
    const char **out)
{
	char		 tok[65];
	struct db_arg	 a[4];

	if (auth_random_hex(tok) == -1)
		return -1;
	a[0] = DB_STR(auth_token_hash(r, tok));
	a[1] = DB_INT(id);
	a[2] = DB_STR(purpose);
	a[3] = DB_INT(minutes);
	if (db_run(r->db, &r->pool, STMT_ACC_TOKEN_ADD, a, 4) == NULL)
		return -1;
	*out = pool_strdup(&r->pool, tok);
	return 0;
}

int
token_live(struct req *r, const char *tok, const char *purpose)
{
	struct db_arg	 a[2];
	struct db_res	*res;

	if (tok == NULL || strlen(tok) != 64 || app_db(r) == NULL)
		return 0;
	a[0] = DB_STR(auth_token_hash(r, tok));
	a[1] = DB_STR(purpose);
	res = db_run(r->db, &r->pool, STMT_ACC_TOKEN_PEEK, a, 2);
	return res != NULL && res->nrows == 1;
}

unsigned long
token_take(struct req *r, const char *tok, const char *purpose)
{
	struct db_arg	 a[2];
	struct db_res	*res;

	if (tok == NULL || strlen(tok) != 64)
		return 0;
	a[0] = DB_STR(auth_token_hash(r, tok));
	a[1] = DB_STR(purpose);
	if ((res = db_run(r->db, &r->pool, STMT_ACC_TOKEN_GET, a,
	    2)) == NULL || res->nrows == 0)
		return 0;
	if (db_run(r->db, &r->pool, STMT_ACC_TOKEN_USE, a, 1) == NULL)
		return 0;
	return (unsigned long)db_int(res, 0, 0, 0);
}

/* --- registration ------------------------------------------------------ */

static int
page_register(struct req *r)
{
	if (auth_session(r) == 1)
		return app_redirect(r, "/tai-khoan");
	tpl_set(r, "Form.loai", "citizen");
	return page(r, "register.cs", "Đăng ký tài khoản", 200);
}

/* Checks every field; marks errors beside them.  Returns the count. */
static int
register_check(struct req *r)
{
	const char	*kind = r->f.val[F_KIND], *idno = r->f.val[F_IDNO];
	const char	*pw = r->f.val[F_PASSWORD], *pw2 = r->f.val[F_PASSWORD2];
	int		 n = 0;

	n += form_err(r, F_KIND, kind == NULL ?
	    "Vui lòng chọn loại tài khoản." : NULL);
	n += form_err(r, F_NAME, valid_name(r->f.val[F_NAME]));
	n += form_err(r, F_IDNO, kind != NULL && strcmp(kind, "citizen") != 0 ?
	    valid_taxcode(idno) : valid_cccd(idno));
	n += form_err(r, F_EMAIL, valid_email(r->f.val[F_EMAIL]));
	n += form_err(r, F_PHONE, valid_phone(r->f.val[F_PHONE]));
	n += form_err(r, F_PASSWORD, valid_password(pw, r->f.val[F_EMAIL]));
	if (pw != NULL && (pw2 == NULL || strcmp(pw, pw2) != 0))
		n += form_err(r, F_PASSWORD2, "Hai mật khẩu không giống nhau.");
	return n;
}

char *
email_key(struct req *r, const char *email)
{
	char	*s = pool_strdup(&r->pool, email), *p;

	for (p = s; *p != '\0'; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	return s;
}

/* Stores the new account, its verification token and the e-mail, in
 * one transaction.  An address already registered gets an e-mail saying
 * so instead, and the page is the same: nothing tells a visitor which
 * addresses have accounts. */
static int
register_store(struct req *r, const char *email)
{
	struct db_arg	 a[8];
	struct db_res	*res;
	const char	*hash, *tok, *subject, *body;

	a[0] = DB_STR(email);
	if ((res = db_run(r->db, &r->pool, STMT_ACC_BY_EMAIL, a, 1)) == NULL)
		return -1;
	if (res->nrows > 0) {
		subject = "Bạn đã có tài khoản trên Cổng Dịch vụ công";
		body = pool_printf(&r->pool, "Kính gửi %s,\n\nCó người vừa "
		    "đăng ký tài khoản bằng địa chỉ thư này, nhưng địa chỉ đã "
		    "có tài khoản. Bạn có thể đăng nhập tại %s hoặc đặt lại "
		    "mật khẩu tại %s.\n\nNếu không phải bạn, hãy bỏ qua thư "
		    "này.\n", db_str(res, 0, 2),
		    site_link(r, "/tai-khoan/dang-nhap"),
		    site_link(r, "/tai-khoan/quen-mat-khau"));
		return mail_queue(r->db, &r->pool, email, subject, body);
	}
	if ((hash = auth_hash(&r->pool, r->f.val[F_PASSWORD])) == NULL)
		return -1;
	a[0] = DB_STR(email);
	a[1] = DB_STR(r->f.val[F_KIND]);
	a[2] = DB_STR(r->f.val[F_NAME]);
	a[3] = DB_STR(r->f.val[F_IDNO]);
	a[4] = DB_STR(email);
	a[5] = DB_STR(r->f.val[F_PHONE]);
	a[6] = DB_STR(r->f.val[F_ADDRESS] != NULL ? r->f.val[F_ADDRESS] : "");
	a[7] = DB_STR(hash);
	if ((res = db_run(r->db, &r->pool, STMT_ACC_ADD, a, 8)) == NULL &&
	    db_errno(r->db) == 1062)
		return 0;	/* registered a moment ago: same page, once */
	if (res == NULL || token_new(r, (unsigned long)res->insert_id, "verify",
	    cfg_int("account.unverified_days", 7) * 24 * 60, &tok) == -1)
		return -1;
	body = pool_printf(&r->pool, "Kính gửi %s,\n\nCảm ơn bạn đã đăng ký "
	    "tài khoản trên Cổng Dịch vụ công. Để kích hoạt tài khoản, hãy "
	    "mở liên kết sau trong vòng 7 ngày:\n\n%s\n\nTài khoản chưa "
	    "được xác thực sau 7 ngày sẽ bị xóa.\n", r->f.val[F_NAME],
	    site_link(r, pool_printf(&r->pool, "/tai-khoan/xac-thuc?ma=%s",
	    tok)));
	auth_audit(r->db, (unsigned long)res->insert_id, email,
	    "account.register", pool_printf(&r->pool, "account:%llu",
	    (unsigned long long)res->insert_id), r->f.val[F_KIND]);
	return mail_queue(r->db, &r->pool, email,
	    "Xác thực tài khoản Cổng Dịch vụ công", body);
}

static int
page_register_post(struct req *r)
{
	const char	*email;
	int		 st;

	if ((st = form_read(r)) != 0)
		return st;
	form_echo(r);
	if (register_check(r) > 0)
		return page(r, "register.cs", "Đăng ký tài khoản", 422);
	email = email_key(r, r->f.val[F_EMAIL]);
	if (app_db(r) == NULL || db_begin(r->db) == -1)
		return busy(r);
	if (register_store(r, email) == -1 || db_commit(r->db) == -1) {
		db_rollback(r->db);
		return app_error(r, 503, "Chưa lưu được đăng ký; thông tin "
		    "chưa được ghi nhận. Xin thử lại sau ít phút.");
	}
	tpl_set(r, "Sent.email", email);
	return page(r, "register_sent.cs", "Kiểm tra thư điện tử", 200);
}

static int
page_verify(struct req *r)
{
	unsigned long	 id;
	struct db_arg	 a;

	if (app_db(r) == NULL || db_begin(r->db) == -1)
		return busy(r);
	id = token_take(r, r->q.val[F_TOKEN], "verify");
	a = DB_INT(id);
	if (id == 0 || db_run(r->db, &r->pool, STMT_ACC_VERIFY, &a,
	    1) == NULL || db_commit(r->db) == -1) {
		db_rollback(r->db);
		return app_error(r, 404, "Liên kết xác thực không đúng, đã "
		    "dùng hoặc đã hết hạn.");
	}
	auth_audit(r->db, id, "", "account.verify",
	    pool_printf(&r->pool, "account:%lu", id), "");
	return page(r, "verified.cs", "Tài khoản đã được kích hoạt", 200);
}

/* --- login and logout ---------------------------------------------------- */

/* Where to go after login: a local path only (no open redirect). */
static const char *
next_path(struct req *r, const char *v)
{
	if (v == NULL || v[0] != '/' || v[1] == '/' || v[1] == '\\' ||
	    strpbrk(v, "\r\n") != NULL)
		return "/tai-khoan";
	return v;
}

/* The lockout window (setting login.lock_minutes), for the message. */
static long
lock_minutes(struct req *r)
{
	struct db_arg	 a = DB_STR("login.lock_minutes");
	struct db_res	*res;

	res = db_run(r->db, &r->pool, STMT_ACC_SETTING, &a, 1);
	return res != NULL ? db_int(res, 0, 0, 15) : 15;
}

static int
page_login(struct req *r)
{
	if (auth_session(r) == 1)
		return app_redirect(r, next_path(r, r->q.val[F_NEXT]));
	tpl_set(r, "Form.tiep", next_path(r, r->q.val[F_NEXT]));
	return page(r, "login.cs", "Đăng nhập", 200);
}

static int
page_login_post(struct req *r)
{
	unsigned long	 id = 0;
	const char	*login, *pw;
	int		 st;

	if ((st = form_read(r)) != 0)
		return st;
	form_echo(r);
	login = r->f.val[F_EMAIL] != NULL ? r->f.val[F_EMAIL] : "";
	pw = r->f.val[F_PASSWORD] != NULL ? r->f.val[F_PASSWORD] : "";
	if (app_db(r) == NULL)
		return busy(r);
	switch (auth_login(r->db, &r->pool, login, pw,
	    app_param(r, "REMOTE_ADDR", ""), &id)) {
	case AUTH_OK:
		break;
	case AUTH_LOCKED:
		form_err(r, F_EMAIL, pool_printf(&r->pool, "Đăng nhập sai quá "
		    "nhiều lần. Vui lòng thử lại sau %ld phút hoặc đặt lại "
		    "mật khẩu.", lock_minutes(r)));
		return page(r, "login.cs", "Đăng nhập", 429);
	case AUTH_DENIED:
		form_err(r, F_PASSWORD, "Tên đăng nhập hoặc mật khẩu không "
		    "đúng, hoặc tài khoản chưa được kích hoạt.");
		return page(r, "login.cs", "Đăng nhập", 422);
	default:
		return busy(r);
	}
	if (auth_login_session(r, id) == -1)
		return busy(r);
	return app_redirect(r, next_path(r, r->f.val[F_NEXT]));
}

static int
page_logout(struct req *r)
{
	int	st;

	if (auth_session(r) == -1)
		return busy(r);
	if ((st = form_read(r)) != 0)
		return st;
	if (auth_logout(r) == -1)
		return busy(r);
	return app_redirect(r, "/");
}

static const struct app_page pages[] = {
	{ "/tai-khoan", M_GET | M_HEAD, page_me },
	{ "/tai-khoan/dang-ky", M_GET | M_HEAD, page_register },
	{ "/tai-khoan/dang-ky", M_POST, page_register_post },
	{ "/tai-khoan/xac-thuc", M_GET | M_HEAD, page_verify },
	{ "/tai-khoan/dang-nhap", M_GET | M_HEAD, page_login },
	{ "/tai-khoan/dang-nhap", M_POST, page_login_post },
	{ "/tai-khoan/dang-xuat", M_POST, page_logout },
	{ "/tai-khoan/ho-so", M_POST, page_profile },
	{ "/tai-khoan/mat-khau", M_GET | M_HEAD, page_password },
	{ "/tai-khoan/mat-khau", M_POST, page_password_post },
	{ "/tai-khoan/quen-mat-khau", M_GET | M_HEAD, page_forgot },
	{ "/tai-khoan/quen-mat-khau", M_POST, page_forgot_post },
	{ "/tai-khoan/dat-lai-mat-khau", M_GET | M_HEAD, page_reset },
	{ "/tai-khoan/dat-lai-mat-khau", M_POST, page_reset_post },
	{ "/tai-khoan/yeu-cau", M_POST, page_request },
	{ "/tai-khoan/kich-hoat-lai", M_GET | M_HEAD, page_reactivate },
	{ "/tai-khoan/kich-hoat-lai", M_POST, page_reactivate_post },
	{ "/tai-khoan/xac-nhan-kich-hoat-lai", M_GET | M_HEAD,
	    page_reactivate_confirm },
	/* --- admin pages (admin*.c) --- */
	{ "/quan-tri", M_GET | M_HEAD, page_adm_home },
	{ "/quan-tri/co-quan", M_GET | M_HEAD, page_adm_agencies },
	{ "/quan-tri/co-quan/moi", M_GET | M_HEAD, page_adm_agency_new },
	{ "/quan-tri/co-quan/moi", M_POST, page_adm_agency_new_post },
	{ "/quan-tri/co-quan/*", M_GET | M_HEAD, page_adm_agency },
	{ "/quan-tri/co-quan/*", M_POST, page_adm_agency_post },
	{ "/quan-tri/nguoi-dung", M_GET | M_HEAD, page_adm_users },
	{ "/quan-tri/nguoi-dung/moi", M_GET | M_HEAD, page_adm_user_new },
	{ "/quan-tri/nguoi-dung/moi", M_POST, page_adm_user_new_post },
	{ "/quan-tri/nguoi-dung/*", M_GET | M_HEAD, page_adm_user },
	{ "/quan-tri/nguoi-dung/*/cap-quyen", M_POST, page_adm_grant },
	{ "/quan-tri/nguoi-dung/*/thu-hoi", M_POST, page_adm_revoke },
	{ "/quan-tri/nguoi-dung/*/trang-thai", M_POST, page_adm_status },
	{ "/quan-tri/cai-dat", M_GET | M_HEAD, page_adm_settings },
	{ "/quan-tri/cai-dat", M_POST, page_adm_settings_post },
	{ "/quan-tri/nhat-ky", M_GET | M_HEAD, page_adm_audit },
	{ "/quan-tri/thu-tuc", M_GET | M_HEAD, page_adm_procs },
	{ "/quan-tri/thu-tuc/moi", M_GET | M_HEAD, page_adm_proc_new },
	{ "/quan-tri/thu-tuc/moi", M_POST, page_adm_proc_new_post },
	{ "/quan-tri/thu-tuc/*", M_GET | M_HEAD, page_adm_proc },
	{ "/quan-tri/thu-tuc/*", M_POST, page_adm_proc_post },
	{ "/quan-tri/thu-tuc/*/cong-bo", M_POST, page_adm_publish },
	{ "/quan-tri/thu-tuc/*/sua-doi", M_POST, page_adm_amend },
	{ "/quan-tri/thu-tuc/*/bai-bo", M_POST, page_adm_abolish },
	{ "/quan-tri/thu-tuc/*/thanh-phan", M_GET | M_HEAD, page_adm_component },
	{ "/quan-tri/thu-tuc/*/thanh-phan", M_POST, page_adm_component_post },
	{ "/quan-tri/thu-tuc/*/truong", M_GET | M_HEAD, page_adm_ffield },
	{ "/quan-tri/thu-tuc/*/truong", M_POST, page_adm_ffield_post },
	{ "/quan-tri/lich", M_GET | M_HEAD, page_adm_calendar },
	{ "/quan-tri/lich", M_POST, page_adm_calendar_post },
	{ "/quan-tri/lich/mac-dinh", M_POST, page_adm_calendar_fill },
	/* --- end of admin pages --- */
};

static const char *const templates[] = {
	"error.cs", "register.cs", "register_sent.cs", "verified.cs",
	"login.cs", "me.cs", "password.cs", "forgot.cs", "reset.cs",
	"message.cs", "reactivate.cs",
	/* --- admin pages (admin*.c) --- */
	"admin_home.cs", "admin_agencies.cs", "admin_agency.cs",
	"admin_users.cs", "admin_user.cs", "admin_user_new.cs",
	"admin_settings.cs", "admin_audit.cs", "admin_procs.cs",
	"admin_proc.cs", "admin_component.cs", "admin_ffield.cs",
	"admin_calendar.cs",
	/* --- end of admin pages --- */
};

int
main(int argc, char *argv[])
{
	static const struct app a = {
		"account", pages, sizeof(pages) / sizeof(pages[0]),
		fields, F__COUNT, templates,
		sizeof(templates) / sizeof(templates[0]),
	};

	return app_main(argc, argv, &a);
}
