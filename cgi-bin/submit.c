/*
 * submit: online submission of dossiers (SPEC §4, URLs in §12; the
 * interface is docs/submit.md).
 *
 *   /nop-ho-so/<national code>          the form: a new dossier, a draft
 *                                       (?nhap=ID) or a supplement
 *                                       (?bo-sung=CODE); POST stores it
 *   /nop-ho-so/bien-nhan/<dossier code> the printable receipt
 *   /nop-ho-so/rut/<dossier code>       withdrawal
 *
 * Every page is the logged-in owner's: other people's drafts and dossiers
 * are 404 exactly as unknown ones, checked in C and in every statement's
 * SQL.  Responses are never cacheable.  This file holds the procedure,
 * the form's checks and its rendering; submit_post.c stores.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "auth.h"
#include "cal.h"
#include "cfg.h"
#include "db.h"
#include "log.h"
#include "mail.h"
#include "submit.h"
#include "text.h"
#include "tpl.h"
#include "valid.h"

#define CODE_MAX	48

static const char *const modes[] = { "new", "draft", "supplement" };

const struct req_field fields[F__COUNT] = {
	[F_NHAP] = { "nhap", VALID_UINT, 10, NULL },
	[F_BOSUNG] = { "bo-sung", VALID_CODE, CODE_MAX, NULL },
	[F_DALUU] = { "da-luu", VALID_UINT, 1, NULL },
	[F_DAXOA] = { "da-xoa", VALID_UINT, 1, NULL },
	[F_CSRF] = { "csrf", VALID_TEXT, 128, NULL },
	[F_LYDO] = { "ly_do", VALID_TEXT, 4000, NULL },
};

/* Columns of STMT_SUB_PROC. */
enum { P_ID, P_CODE, P_NAME, P_CLASS, P_AGENCY, P_DAYS, P_UNIT, P_PTEXT,
	P_FEE, P_GUIDE };

unsigned long long
lim_file(void)
{
	return (unsigned long long)cfg_int("submit.file_max_mb", 10) << 20;
}

unsigned long long
lim_total(void)
{
	return (unsigned long long)cfg_int("submit.total_max_mb", 20) << 20;
}

long
lim_files(void)
{
	return cfg_int("submit.files_max", 20);
}

long
lim_drafts(void)
{
	return cfg_int("submit.drafts_max", 20);
}

int
busy(struct req *r)
{
	return app_error(r, 503, "Hệ thống đang bận, chưa có gì thay đổi. "
	    "Xin vui lòng thử lại sau ít phút.");
}

int
owner_mail(struct req *r, const char *code, const char *subject,
    const char *text)
{
	struct db_arg	 a = DB_INT(r->user->id);
	struct db_res	*acc;
	const char	*site = cfg_get("site.url", "");

	if ((acc = db_run(r->db, &r->pool, STMT_SUB_ACCOUNT, &a, 1)) == NULL ||
	    acc->nrows != 1)
		return -1;
	if (!mail_addr_valid(db_str(acc, 0, 0))) {
		log_warn("submit: account %lu has no usable e-mail address; "
		    "dossier %s not mailed", r->user->id, code);
		return 0;
	}
	return mail_queue(r->db, &r->pool, db_str(acc, 0, 0), subject,
	    pool_printf(&r->pool, "Kính gửi %s,\n\n%s\n"
	    "Theo dõi hồ sơ: %s/ho-so/%s\n"
	    "Giấy tiếp nhận: %s/nop-ho-so/bien-nhan/%s\n\n"
	    "Thư này được gửi tự động, xin đừng trả lời.\n",
	    db_str(acc, 0, 1), text, site, code, site, code));
}

int
not_found(struct req *r, const char *msg)
{
	return app_error(r, 404, msg);
}

int
logged_in(struct req *r, int *st)
{
	app_header(r, "Cache-Control", "private, no-store");
	if (app_db(r) == NULL || auth_session(r) == -1) {
		*st = busy(r);
		return 0;
	}
	if (r->user == NULL) {
		*st = app_redirect(r, pool_printf(&r->pool,
		    "/tai-khoan/dang-nhap?tiep=%s",
		    req_urlencode(&r->pool, r->path)));
		return 0;
	}
	return 1;
}

int
proc_load(struct req *r, const char *code, struct proc *p)
{
	struct db_arg	 a[2];
	struct db_res	*res;

	memset(p, 0, sizeof(*p));
	if (!req_is_code(code, CODE_MAX))
		return not_found(r, "Không tìm thấy thủ tục hành chính này.");
	a[0] = DB_STR(code);
	if ((res = db_run(r->db, &r->pool, STMT_SUB_PROC, a, 1)) == NULL)
		return busy(r);
	if (res->nrows != 1)
		return not_found(r, "Không tìm thấy thủ tục hành chính này, "
		    "hoặc thủ tục đã bị bãi bỏ.");
	if (db_int(res, 0, P_CLASS, 0) < 1) {
		tpl_set(r, "Err.link", pool_printf(&r->pool, "/thu-tuc/%s",
		    code));
		return not_found(r, "Thủ tục này chỉ cung cấp thông tin, "
		    "chưa nhận hồ sơ trực tuyến: xin nộp trực tiếp hoặc qua "
		    "bưu chính theo hướng dẫn ở trang thủ tục.");
	}
	p->row = res;
	p->id = (unsigned long)db_int(res, 0, P_ID, 0);
	p->code = db_str(res, 0, P_CODE);
	p->name = db_str(res, 0, P_NAME);
	p->agency_id = (unsigned long)db_int(res, 0, P_AGENCY, 0);
	p->days = db_str(res, 0, P_DAYS);
	p->unit = db_str(res, 0, P_UNIT);
	a[0] = DB_INT(p->id);
	a[1] = DB_INT(p->id);
	if ((p->agencies = db_run(r->db, &r->pool, STMT_SUB_AGENCIES, a,
	    2)) == NULL ||
	    (p->ffields = db_run(r->db, &r->pool, STMT_SUB_FFIELDS, a,
	    1)) == NULL ||
	    (p->comps = db_run(r->db, &r->pool, STMT_SUB_COMPONENTS, a,
	    1)) == NULL)
		return busy(r);
	if (p->agencies->nrows == 0) {
		tpl_set(r, "Err.link", pool_printf(&r->pool, "/thu-tuc/%s",
		    code));
		return not_found(r, "Tỉnh chưa chỉ định cơ quan tiếp nhận hồ "
		    "sơ trực tuyến cho thủ tục này: xin nộp trực tiếp hoặc qua "
		    "bưu chính theo hướng dẫn ở trang thủ tục.");
	}
	return 0;
}

int
ffield_index(const struct proc *p, const char *name)
{
	size_t	i;

	for (i = 0; i < p->ffields->nrows; i++)
		if (strcmp(db_str(p->ffields, i, FF_NAME), name) == 0)
			return (int)i;
	return -1;
}

int
comp_index(const struct proc *p, long long seq)
{
	size_t	i;

	for (i = 0; i < p->comps->nrows; i++)
		if (db_int(p->comps, i, CO_SEQ, -1) == seq)
			return (int)i;
	return -1;
}

void
form_new(struct req *r, const struct proc *p, struct form *f)
{
	size_t	n = p->ffields->nrows, m = p->comps->nrows;

	memset(f, 0, sizeof(*f));
	f->mode = MODE_NEW;
	f->payment = "desk";
	f->delivery = "desk";
	f->address = "";
	f->val = pool_alloc(&r->pool, (n + 1) * sizeof(*f->val));
	f->err = pool_alloc(&r->pool, (n + 1) * sizeof(*f->err));
	f->cerr = pool_alloc(&r->pool, (m + 1) * sizeof(*f->cerr));
	memset(f->val, 0, (n + 1) * sizeof(*f->val));
	memset(f->err, 0, (n + 1) * sizeof(*f->err));
	memset(f->cerr, 0, (m + 1) * sizeof(*f->cerr));
	if (p->agencies->nrows == 1)
		f->agency_id = (unsigned long)db_int(p->agencies, 0, 0, 0);
	else
		f->agency_id = p->agency_id;
}

static int
one_of(const char *v, const char *const *set)
{
	for (; v != NULL && *set != NULL; set++)
		if (strcmp(v, *set) == 0)
			return 1;
	return 0;
}

static const char *const ways[] = { "desk", "post", "online", NULL };

/* A date typed as d/m/yyyy or yyyy-m-d (cal_parse_date) as dd/mm/yyyy;
 * NULL when it is not a real date between 1900 and 2100. */
static const char *
date_norm(struct req *r, const char *s)
{
	struct cal_date	d;

	if (cal_parse_date(s, &d) != 0 || d.year < 1900 || d.year > 2100)
		return NULL;
	return pool_printf(&r->pool, "%02d/%02d/%04d", d.day, d.month, d.year);
}

/* The default and hard limits of a field type, in characters. */
static size_t
type_max(const char *type, long long max_len)
{
	size_t	hard = strcmp(type, "textarea") == 0 ? 4000 : 255;

	if (strcmp(type, "number") == 0)
		return 18;
	if (strcmp(type, "date") == 0)
		return 10;
	if (max_len > 0 && (size_t)max_len < hard)
		return (size_t)max_len;
	return hard;
}

/* 1 when v is one line of a select's options. */
static int
option_ok(const char *options, const char *v)
{
	const char	*s = options, *e;
	size_t		 n = strlen(v);

	while (s != NULL && *s != '\0') {
		e = strchr(s, '\n');
		if ((size_t)((e != NULL ? e : s + strlen(s)) - s) == n &&
		    strncmp(s, v, n) == 0)
			return 1;
		s = e != NULL ? e + 1 : NULL;
	}
	return 0;
}

/* Checks one e-form field; the message for the user or NULL.  Dates are
 * normalised in place (*v). */
static const char *
check_field(struct req *r, const struct proc *p, size_t i, const char **v,
    int submitting)
{
	const char	*type = db_str(p->ffields, i, FF_TYPE);
	int		 required = db_int(p->ffields, i, FF_REQUIRED, 0) != 0;
	const char	*s = *v != NULL ? *v : "", *n;

	if (*s == '\0' || (strcmp(type, "checkbox") == 0 &&
	    strcmp(s, "1") != 0)) {
		if (strcmp(type, "checkbox") == 0 && *s != '\0')
			return "Giá trị không hợp lệ.";
		return required && submitting ?
		    (strcmp(type, "checkbox") == 0 ?
		    "Vui lòng đánh dấu ô này." : "Vui lòng điền thông tin này.")
		    : NULL;
	}
	if (text_chars(s) > type_max(type, db_int(p->ffields, i, FF_MAXLEN, 0)))
		return pool_printf(&r->pool, "Tối đa %zu ký tự.",
		    type_max(type, db_int(p->ffields, i, FF_MAXLEN, 0)));
	if (strcmp(type, "number") == 0) {
		for (n = s; *n >= '0' && *n <= '9'; n++)
			;
		return *n == '\0' ? NULL : "Chỉ nhập chữ số (0–9).";
	}
	if (strcmp(type, "date") == 0) {
		if ((n = date_norm(r, s)) == NULL)
			return "Ngày không hợp lệ: nhập theo dạng ngày/tháng/năm, "
			    "ví dụ 05/09/2024.";
		*v = n;
		return NULL;
	}
	if (strcmp(type, "select") == 0)
		return option_ok(db_str(p->ffields, i, FF_OPTIONS), s) ? NULL :
		    "Vui lòng chọn một giá trị trong danh sách.";
	if (strcmp(type, "email") == 0)
		return valid_email(s);
	if (strcmp(type, "phone") == 0)
		return valid_phone(s);
	if (strcmp(type, "cccd") == 0)
		return valid_cccd(s);
	return NULL;
}

int
form_check(struct req *r, const struct proc *p, struct form *f,
    int submitting, const struct db_res *files)
{
	size_t	i, j;
	int	found;

	f->nerr = 0;
	if (f->mode != MODE_SUPPLEMENT) {
		for (i = 0, found = 0; i < p->agencies->nrows; i++)
			if ((unsigned long)db_int(p->agencies, i, 0, 0) ==
			    f->agency_id)
				found = 1;
		if (!found && (submitting || f->agency_id != 0)) {
			f->e_agency = p->agencies->nrows == 0 ?
			    "Thủ tục chưa có cơ quan tiếp nhận trực tuyến; "
			    "xin liên hệ Bộ phận Một cửa." :
			    "Vui lòng chọn cơ quan tiếp nhận hồ sơ.";
			f->nerr++;
		}
	}
	if (!one_of(f->payment, ways)) {
		f->e_payment = "Vui lòng chọn cách nộp phí, lệ phí.";
		f->nerr++;
	}
	if (!one_of(f->delivery, ways)) {
		f->e_delivery = "Vui lòng chọn cách nhận kết quả.";
		f->nerr++;
	}
	if (f->address == NULL)
		f->address = "";
	if (text_chars(f->address) > 512) {
		f->e_address = "Tối đa 512 ký tự.";
		f->nerr++;
	} else if (f->delivery != NULL && strcmp(f->delivery, "post") == 0 &&
	    submitting && text_chars(f->address) < 10) {
		f->e_address = "Vui lòng ghi địa chỉ nhận kết quả qua bưu "
		    "chính (số nhà, đường, xã/phường, tỉnh).";
		f->nerr++;
	}
	for (i = 0; i < p->ffields->nrows; i++)
		if ((f->err[i] = check_field(r, p, i, &f->val[i],
		    submitting)) != NULL)
			f->nerr++;
	for (i = 0; submitting && i < p->comps->nrows; i++) {
		if (db_int(p->comps, i, CO_REQUIRED, 0) == 0 ||
		    f->cerr[i] != NULL)
			continue;
		for (j = 0, found = 0; files != NULL && j < files->nrows; j++)
			if (db_int(files, j, 1, -1) ==
			    db_int(p->comps, i, CO_SEQ, -2))
				found = 1;
		if (!found) {
			f->cerr[i] = "Thành phần hồ sơ bắt buộc: vui lòng đính "
			    "kèm bản chụp hoặc bản quét (PDF, JPEG, PNG).";
			f->nerr++;
		}
	}
	for (i = 0; i < p->comps->nrows; i++)
		if (f->cerr[i] != NULL && !submitting)
			f->nerr++;
	return f->nerr;
}

static void
set_choice(struct req *r, const char *name, const char *value,
    const char *err)
{
	tpl_set(r, pool_printf(&r->pool, "Form.%s", name), value);
	if (err != NULL) {
		tpl_set(r, pool_printf(&r->pool, "Err.%s", name), err);
		tpl_set(r, "Err.any", "1");
	}
}

/* Select options, one a line, as Fields.i.Options.k. */
static void
set_options(struct req *r, size_t i, const char *options, const char *v)
{
	const char	*s = options, *e;
	char		*o;
	size_t		 k = 0;

	while (s != NULL && *s != '\0') {
		e = strchr(s, '\n');
		o = pool_strndup(&r->pool, s, e != NULL ? (size_t)(e - s) :
		    strlen(s));
		if (*o != '\0') {
			tpl_set(r, pool_printf(&r->pool,
			    "Fields.%zu.Options.%zu.value", i, k), o);
			if (v != NULL && strcmp(v, o) == 0)
				tpl_set(r, pool_printf(&r->pool,
				    "Fields.%zu.Options.%zu.selected", i, k),
				    "1");
			k++;
		}
		s = e != NULL ? e + 1 : NULL;
	}
}

int
form_render(struct req *r, const struct proc *p, struct form *f,
    const struct db_res *files, int status)
{
	static const char *const ffcols[] = { "seq", "name", "label", "type",
		"required", "max_len", "", "help", NULL };
	static const char *const cocols[] = { "seq", "group", "name",
		"originals", "copies", "required", NULL };
	const char	*action, *pre;
	size_t		 i, j, k;

	tpl_set(r, "Proc.code", p->code);
	tpl_set(r, "Proc.name", p->name);
	tpl_set(r, "Proc.processing", db_str(p->row, 0, P_PTEXT));
	tpl_set(r, "Proc.fee", db_str(p->row, 0, P_FEE));
	tpl_set(r, "Proc.guide", db_str(p->row, 0, P_GUIDE));
	tpl_set(r, "Dossier.mode", modes[f->mode]);
	tpl_set(r, "Dossier.code", f->code);
	action = pool_printf(&r->pool, "/nop-ho-so/%s", p->code);
	if (f->mode == MODE_DRAFT)
		action = pool_printf(&r->pool, "%s?nhap=%lu", action,
		    f->dossier_id);
	else if (f->mode == MODE_SUPPLEMENT)
		action = pool_printf(&r->pool, "%s?bo-sung=%s", action,
		    req_urlencode(&r->pool, f->code));
	tpl_set(r, "Form.action", action);
	tpl_set(r, "Page.notice", f->notice);
	tpl_set(r, "Page.alert", f->alert);
	tpl_set_int(r, "Limits.file_mb", cfg_int("submit.file_max_mb", 10));
	tpl_set_int(r, "Limits.total_mb", cfg_int("submit.total_max_mb", 20));
	tpl_set_int(r, "Limits.files", lim_files());
	tpl_set_int(r, "Limits.total_bytes", (long long)lim_total());
	/* Agencies to choose from, when there is a choice. */
	for (i = 0; i < p->agencies->nrows; i++) {
		pre = pool_printf(&r->pool, "Agencies.%zu", i);
		tpl_set(r, pool_printf(&r->pool, "%s.id", pre),
		    db_str(p->agencies, i, 0));
		tpl_set(r, pool_printf(&r->pool, "%s.name", pre),
		    db_str(p->agencies, i, 2));
		if ((unsigned long)db_int(p->agencies, i, 0, 0) ==
		    f->agency_id) {
			tpl_set(r, pool_printf(&r->pool, "%s.selected", pre),
			    "1");
			tpl_set(r, "Form.agency_name",
			    db_str(p->agencies, i, 2));
		}
	}
	tpl_set_int(r, "Agencies.count", (long long)p->agencies->nrows);
	set_choice(r, "co_quan", pool_printf(&r->pool, "%lu", f->agency_id),
	    f->e_agency);
	set_choice(r, "thanh_toan", f->payment, f->e_payment);
	set_choice(r, "nhan_ket_qua", f->delivery, f->e_delivery);
	set_choice(r, "dia_chi", f->address, f->e_address);
	tpl_rows(r, "Fields", p->ffields, ffcols);
	for (i = 0; i < p->ffields->nrows; i++) {
		pre = pool_printf(&r->pool, "Fields.%zu", i);
		tpl_set(r, pool_printf(&r->pool, "%s.value", pre), f->val[i]);
		tpl_set_int(r, pool_printf(&r->pool, "%s.max", pre),
		    (long long)type_max(db_str(p->ffields, i, FF_TYPE),
		    db_int(p->ffields, i, FF_MAXLEN, 0)));
		if (f->err[i] != NULL) {
			tpl_set(r, pool_printf(&r->pool, "%s.err", pre),
			    f->err[i]);
			tpl_set(r, "Err.any", "1");
		}
		if (strcmp(db_str(p->ffields, i, FF_TYPE), "select") == 0)
			set_options(r, i, db_str(p->ffields, i, FF_OPTIONS),
			    f->val[i]);
	}
	tpl_rows(r, "Comps", p->comps, cocols);
	for (i = 0; i < p->comps->nrows; i++) {
		pre = pool_printf(&r->pool, "Comps.%zu", i);
		if (f->cerr[i] != NULL) {
			tpl_set(r, pool_printf(&r->pool, "%s.err", pre),
			    f->cerr[i]);
			tpl_set(r, "Err.any", "1");
		}
		for (j = 0, k = 0; files != NULL && j < files->nrows; j++) {
			if (db_int(files, j, 1, -1) !=
			    db_int(p->comps, i, CO_SEQ, -2))
				continue;
			tpl_set(r, pool_printf(&r->pool, "%s.Files.%zu.id",
			    pre, k), db_str(files, j, 0));
			tpl_set(r, pool_printf(&r->pool, "%s.Files.%zu.name",
			    pre, k), db_str(files, j, 2));
			tpl_set(r, pool_printf(&r->pool, "%s.Files.%zu.size",
			    pre, k), text_bytes(&r->pool, db_int(files, j, 4, 0)));
			k++;
		}
	}
	tpl_set(r, "Page.Title", pool_printf(&r->pool, "Nộp hồ sơ: %s",
	    p->name));
	tpl_set(r, "Csrf", auth_csrf_token(r));
	if (tpl_render(r, "submit.cs") == -1)
		return app_error(r, 500, "Lỗi hiển thị trang.");
	return status;
}

/* Fills f from a stored dossier row (STMT_SUB_DOSSIER) and its fields. */
static int
form_load(struct req *r, const struct proc *p, struct form *f,
    struct db_res *d)
{
	struct db_arg	 a = DB_INT(db_int(d, 0, 0, 0));
	struct db_res	*v;
	size_t		 i;
	int		 k;

	f->dossier_id = (unsigned long)db_int(d, 0, 0, 0);
	f->mode = db_int(d, 0, 2, 0) == 5 ? MODE_SUPPLEMENT : MODE_DRAFT;
	f->code = db_str(d, 0, 1);
	f->agency_id = (unsigned long)db_int(d, 0, 3, 0);
	f->payment = db_str(d, 0, 4);
	f->delivery = db_str(d, 0, 5);
	f->address = db_str(d, 0, 6);
	if ((v = db_run(r->db, &r->pool, STMT_SUB_DFIELDS, &a, 1)) == NULL)
		return -1;
	for (i = 0; i < v->nrows; i++)
		if ((k = ffield_index(p, db_str(v, i, 0))) >= 0)
			f->val[k] = db_str(v, i, 1);
	return 0;
}

/* Prefills the fields an account already knows (a new form only). */
static void
form_prefill(struct req *r, const struct proc *p, struct form *f)
{
	struct db_arg	 a = DB_INT(r->user->id);
	struct db_res	*acc;
	const char	*type;
	size_t		 i;

	if ((acc = db_run(r->db, &r->pool, STMT_SUB_ACCOUNT, &a, 1)) == NULL ||
	    acc->nrows != 1)
		return;
	for (i = 0; i < p->ffields->nrows; i++) {
		type = db_str(p->ffields, i, FF_TYPE);
		if (strcmp(type, "email") == 0)
			f->val[i] = db_str(acc, 0, 0);
		else if (strcmp(type, "cccd") == 0 &&
		    strlen(db_str(acc, 0, 2)) == 12)
			f->val[i] = db_str(acc, 0, 2);
		else if (strcmp(type, "phone") == 0)
			f->val[i] = db_str(acc, 0, 3);
	}
	f->address = "";
}

/* GET /nop-ho-so/<national code>: the form. */
static int
page_form(struct req *r)
{
	struct proc	 p;
	struct form	 f;
	struct db_arg	 a[4];
	struct db_res	*d = NULL, *files = NULL;
	int		 st;

	if (!logged_in(r, &st))
		return st;
	if ((st = proc_load(r, r->arg[0], &p)) != 0)
		return st;
	form_new(r, &p, &f);
	a[0] = DB_INT(r->user->id);
	a[1] = DB_STR(p.code);
	if (r->q.val[F_NHAP] == NULL && r->q.val[F_BOSUNG] == NULL) {
		if ((d = db_run(r->db, &r->pool, STMT_SUB_DRAFT_LATEST, a,
		    2)) == NULL)
			return busy(r);
		a[2] = DB_INT(d->nrows == 1 ? db_int(d, 0, 0, 0) : 0);
	} else
		a[2] = DB_INT(r->q.num[F_NHAP]);
	a[3] = DB_STR(r->q.val[F_BOSUNG] != NULL ? r->q.val[F_BOSUNG] : "");
	if ((d = db_run(r->db, &r->pool, STMT_SUB_DOSSIER, a, 4)) == NULL)
		return busy(r);
	if (d->nrows == 1) {
		if (form_load(r, &p, &f, d) == -1)
			return busy(r);
		a[0] = DB_INT(f.dossier_id);
		if ((files = db_run(r->db, &r->pool, STMT_SUB_DFILES, a,
		    1)) == NULL)
			return busy(r);
		if (f.mode == MODE_DRAFT)
			f.notice = r->q.val[F_DALUU] != NULL ?
			    "Đã lưu nháp. Bạn có thể tiếp tục điền hoặc nộp "
			    "hồ sơ bất cứ lúc nào." :
			    "Bạn đang tiếp tục một hồ sơ đã lưu nháp.";
	} else if (r->q.val[F_NHAP] != NULL || r->q.val[F_BOSUNG] != NULL)
		return not_found(r, "Không tìm thấy hồ sơ nháp hoặc hồ sơ cần "
		    "bổ sung này trong tài khoản của bạn.");
	else
		form_prefill(r, &p, &f);
	if (r->q.val[F_DAXOA] != NULL)
		f.notice = f.mode == MODE_DRAFT ? "Đã xoá hồ sơ nháp cùng các "
		    "tệp đính kèm. Dưới đây là một hồ sơ nháp khác của bạn cho "
		    "thủ tục này." : "Đã xoá hồ sơ nháp cùng các tệp đính kèm.";
	return form_render(r, &p, &f, files, 200);
}

static const struct app_page pages[] = {
	{ "/nop-ho-so/*", M_GET | M_HEAD, page_form },
	{ "/nop-ho-so/*", M_POST, page_post },
	{ "/nop-ho-so/bien-nhan/*", M_GET | M_HEAD, page_receipt },
	{ "/nop-ho-so/rut/*", M_GET | M_HEAD, page_withdraw },
	{ "/nop-ho-so/rut/*", M_POST, page_withdraw_post },
};

static const char *const templates[] = {
	"error.cs", "submit.cs", "receipt.cs", "withdraw.cs",
};

int
main(int argc, char *argv[])
{
	static const struct app a = {
		"submit", pages, sizeof(pages) / sizeof(pages[0]),
		fields, F__COUNT, templates,
		sizeof(templates) / sizeof(templates[0]),
	};

	return app_main(argc, argv, &a);
}
