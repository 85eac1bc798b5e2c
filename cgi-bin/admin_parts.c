/*
 * account: what online submission uses of a draft procedure — its
 * dossier components (thành phần hồ sơ: name, originals, copies,
 * required, form template) and its e-form fields (procedure_form_field:
 * the fields the applicant fills, as data, SPEC §4).  Edited one row at
 * a time, so every page works without JavaScript and an error keeps
 * what was typed; only while the version is a draft (a published one is
 * amended, admin_life.c).
 *
 *   GET  /quan-tri/thu-tuc/<id>/thanh-phan[?stt=N]   new or row N
 *   POST /quan-tri/thu-tuc/<id>/thanh-phan           save, or xoa=1
 *   GET  /quan-tri/thu-tuc/<id>/truong[?stt=N]       new or field N
 *   POST /quan-tri/thu-tuc/<id>/truong               save, or xoa=1
 */
#include <string.h>

#include "admin.h"
#include "auth.h"
#include "tpl.h"

/* ADM_COMPONENT_GET and ADM_FFIELD_GET columns → form fields. */
static const struct admin_col comp_map[] = {
	{ 0, F_SEQ }, { 1, F_GROUP }, { 2, F_TITLE }, { 3, F_ORIG },
	{ 4, F_COPIES }, { 6, F_FORM }, { -1, 0 },
};
static const struct admin_col ff_map[] = {
	{ 0, F_SEQ }, { 1, F_FNAME }, { 2, F_LABEL }, { 3, F_FTYPE },
	{ 5, F_MAXLEN }, { 6, F_OPTIONS }, { 7, F_HELP }, { -1, 0 },
};

/* The draft id of the path, checked (admin_draft_open); Proc.0.* loaded.
 * 0, or the status of the error page made. */
static int
parts_open(struct req *r, unsigned long id)
{
	struct db_res	*res;

	return admin_draft_open(r, id, &res);
}

/* Row seq of statement id (ADM_*_GET) of draft pid into Form.* by map;
 * 1 found, 0 not, -1 database error. */
static int
parts_row(struct req *r, enum stmt id, unsigned long pid, long long seq,
    const struct admin_col *map)
{
	struct db_arg	 a[2] = { DB_INT(pid), DB_INT(seq) };
	struct db_res	*res;

	if ((res = admin_run(r, id, a, 2)) == NULL)
		return -1;
	if (res->nrows == 0)
		return 0;
	admin_form_set(r, res, map);
	if (db_int(res, 0, map == comp_map ? 5 : 4, 0) == 1)
		tpl_set(r, "Form.bat_buoc", "1");
	return 1;
}

/* Opens the transaction and locks the version, still a draft.  0, or
 * the status of the error page made (rolled back). */
static int
parts_lock(struct req *r, unsigned long id)
{
	struct db_arg	 a = DB_INT(id);
	struct db_res	*res;

	if (admin_tx(r) == -1 ||
	    (res = admin_run(r, STMT_ADM_PROC_LOCK_ONE, &a, 1)) == NULL) {
		admin_rollback(r);
		return busy(r);
	}
	if (res->nrows == 0 || strcmp(db_str(res, 0, 0), "draft") != 0) {
		admin_rollback(r);
		return admin_conflict(r, "Phiên bản này không còn là bản nháp; "
		    "không có gì bị thay đổi.");
	}
	return 0;
}

/* The row to save: stt of the form (it must exist), or the next free
 * one.  Returns it, 0 for a row that does not exist, -1 database. */
static long long
parts_seq(struct req *r, enum stmt get, enum stmt next, unsigned long id)
{
	struct db_arg	 a[2] = { DB_INT(id), DB_INT(0) };
	struct db_res	*res;

	if (r->f.val[F_SEQ] == NULL) {
		if ((res = admin_run(r, next, a, 1)) == NULL)
			return -1;
		return db_int(res, 0, 0, 1);
	}
	a[1] = DB_INT(r->f.num[F_SEQ]);
	if ((res = admin_run(r, get, a, 2)) == NULL)
		return -1;
	return res->nrows > 0 ? r->f.num[F_SEQ] : 0;
}

/* What differs between components and e-form fields. */
struct parts_kind {
	enum stmt	  get, next, save, del;
	const char	 *saved;		/* ?da_luu= */
	const char	 *act_save, *act_del;	/* audit actions */
	enum field	  label;		/* audit detail */
	/* every check of the form, run with the draft locked: errors
	 * beside the fields, -1 database */
	int		(*check)(struct req *, unsigned long id);
	/* the form again, with its errors */
	int		(*render)(struct req *, unsigned long id, int status);
};

/* Commits with the audit row and goes back to the draft's page. */
static int
parts_done(struct req *r, unsigned long id, const struct parts_kind *k,
    const char *action, const char *detail)
{
	admin_audit(r, action, pool_printf(&r->pool, "procedure:%lu", id),
	    detail);
	if (admin_commit(r) == -1)
		return busy(r);
	return app_redirect(r, pool_printf(&r->pool,
	    "/quan-tri/thu-tuc/%lu?da_luu=%s", id, k->saved));
}

/* Deletes row stt of draft id, in one transaction with its audit row. */
static int
parts_delete(struct req *r, unsigned long id, const struct parts_kind *k)
{
	struct db_arg	a[2];
	int		st;

	if (r->f.val[F_SEQ] == NULL)
		return app_error(r, 400, "Thiếu số thứ tự cần xóa.");
	if ((st = parts_lock(r, id)) != 0)
		return st;
	a[0] = DB_INT(id);
	a[1] = DB_INT(r->f.num[F_SEQ]);
	if (admin_run(r, k->del, a, 2) == NULL) {
		admin_rollback(r);
		return busy(r);
	}
	return parts_done(r, id, k, k->act_del, pool_printf(&r->pool,
	    "stt %lld", r->f.num[F_SEQ]));
}

/* Saves the form as row stt (or a new row) of draft id, in one
 * transaction with its audit row: a[2..n) hold the statement's
 * arguments after (id, seq).  The checks run with the draft locked, so
 * nothing can slip in between them and the write. */
static int
parts_save(struct req *r, unsigned long id, const struct parts_kind *k,
    struct db_arg *a, size_t n)
{
	long long	seq;
	int		st;

	if ((st = parts_lock(r, id)) != 0)
		return st;
	if ((st = k->check(r, id)) != 0) {
		admin_rollback(r);
		return st < 0 ? busy(r) : k->render(r, id, 422);
	}
	if ((seq = parts_seq(r, k->get, k->next, id)) <= 0) {
		admin_rollback(r);
		return seq == 0 ? admin_gone(r, "Không có dòng này.") :
		    busy(r);
	}
	a[0] = DB_INT(id);
	a[1] = DB_INT(seq);
	if (admin_run(r, k->save, a, n) == NULL) {
		admin_rollback(r);
		return busy(r);
	}
	return parts_done(r, id, k, k->act_save, pool_printf(&r->pool,
	    "stt %lld: %s", seq, admin_val(r, k->label)));
}

/* --- dossier components ---------------------------------------------------- */

static int
comp_render(struct req *r, unsigned long id, int status)
{
	static const char *const cols[] = { "id", "name", "file", NULL };
	struct db_arg	 a = DB_INT(id);
	struct db_res	*res;

	if ((res = admin_run(r, STMT_ADM_FORMS, &a, 1)) == NULL)
		return busy(r);
	tpl_rows(r, "Forms", res, cols);
	return admin_page(r, "admin_component.cs", "Thành phần hồ sơ",
	    status);
}

int
page_adm_component(struct req *r)
{
	unsigned long	id = admin_arg(r, 0);
	int		st;

	if ((st = admin_begin(r, NEED_MANAGE)) != 0 ||
	    (st = parts_open(r, id)) != 0)
		return st;
	if (r->q.val[F_SEQ] == NULL) {
		tpl_set(r, "Form.ban_chinh", "1");
		tpl_set(r, "Form.ban_sao", "0");
		tpl_set(r, "Form.bat_buoc", "1");
	} else if ((st = parts_row(r, STMT_ADM_COMPONENT_GET, id,
	    r->q.num[F_SEQ], comp_map)) != 1)
		return st == 0 ? admin_gone(r, "Không có thành phần này.") :
		    busy(r);
	return comp_render(r, id, 200);
}

/* Checks the component form; errors beside the fields, -1 database. */
static int
comp_check(struct req *r, unsigned long id)
{
	struct db_arg	 a[2];
	struct db_res	*res;
	long long	 form = admin_num(r, F_FORM, 0, 999999999);
	int		 n = 0;

	n += form_err(r, F_TITLE, *admin_val(r, F_TITLE) == '\0' ?
	    "Vui lòng nhập tên giấy tờ." : NULL);
	n += form_err(r, F_GROUP, NULL);
	n += form_err(r, F_ORIG, admin_num(r, F_ORIG, 0, 99) < 0 ?
	    "Số bản chính là số từ 0 đến 99." : NULL);
	n += form_err(r, F_COPIES, admin_num(r, F_COPIES, 0, 99) < 0 ?
	    "Số bản sao là số từ 0 đến 99." : NULL);
	if (form < 0)
		return n + form_err(r, F_FORM, "Vui lòng chọn mẫu trong danh "
		    "sách.");
	if (form == 0)
		return n;
	a[0] = DB_INT(form);
	a[1] = DB_INT(id);
	if ((res = admin_run(r, STMT_ADM_FORM_OF, a, 2)) == NULL)
		return -1;
	return n + form_err(r, F_FORM, db_int(res, 0, 0, 0) == 0 ?
	    "Mẫu đơn này không thuộc thủ tục." : NULL);
}

static const struct parts_kind comp_kind = {
	STMT_ADM_COMPONENT_GET, STMT_ADM_COMPONENT_NEXT,
	STMT_ADM_COMPONENT_SAVE, STMT_ADM_COMPONENT_DEL, "component",
	"component.save", "component.delete", F_TITLE, comp_check,
	comp_render,
};

int
page_adm_component_post(struct req *r)
{
	unsigned long	 id = admin_arg(r, 0);
	struct db_arg	 a[8];
	int		 st;

	if ((st = admin_post(r, NEED_MANAGE)) != 0 ||
	    (st = parts_open(r, id)) != 0)
		return st;
	if (r->f.val[F_DELETE] != NULL)
		return parts_delete(r, id, &comp_kind);
	form_echo(r);
	a[2] = DB_STR(admin_val(r, F_GROUP));
	a[3] = DB_STR(admin_val(r, F_TITLE));
	a[4] = DB_INT(admin_num(r, F_ORIG, 0, 99));
	a[5] = DB_INT(admin_num(r, F_COPIES, 0, 99));
	a[6] = DB_INT(r->f.val[F_REQUIRED] != NULL);
	a[7] = DB_INT(admin_num(r, F_FORM, 0, 999999999));
	return parts_save(r, id, &comp_kind, a, 8);
}

/* --- e-form fields ------------------------------------------------------- */

int
page_adm_ffield(struct req *r)
{
	unsigned long	id = admin_arg(r, 0);
	int		st;

	if ((st = admin_begin(r, NEED_MANAGE)) != 0 ||
	    (st = parts_open(r, id)) != 0)
		return st;
	if (r->q.val[F_SEQ] == NULL)
		tpl_set(r, "Form.kieu", "text");
	else if ((st = parts_row(r, STMT_ADM_FFIELD_GET, id,
	    r->q.num[F_SEQ], ff_map)) != 1)
		return st == 0 ? admin_gone(r, "Không có trường này.") :
		    busy(r);
	return admin_page(r, "admin_ffield.cs", "Trường của biểu mẫu điện tử",
	    200);
}

/* The key of a field: [a-z][a-z0-9_]*, at most 64. */
static const char *
fname_check(const char *s)
{
	size_t	len = strlen(s);

	if (len == 0 || len > 64 || s[0] < 'a' || s[0] > 'z' ||
	    strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789_") != len)
		return "Mã trường gồm chữ thường không dấu, chữ số và dấu gạch "
		    "dưới, bắt đầu bằng chữ cái, ví dụ ho_ten_me.";
	return NULL;
}

/* A select needs choices: at least one line, none longer than 255. */
static const char *
options_check(struct req *r)
{
	const char	*s = admin_val(r, F_OPTIONS), *nl;
	int		 lines = 0;

	if (strcmp(admin_val(r, F_FTYPE), "select") != 0)
		return NULL;
	for (; *s != '\0'; s = *nl == '\0' ? nl : nl + 1) {
		nl = s + strcspn(s, "\n");
		if (nl - s > 255)
			return "Mỗi lựa chọn dài tối đa 255 byte.";
		lines += nl > s;
	}
	return lines == 0 ? "Kiểu danh sách chọn cần ít nhất một lựa chọn, "
	    "mỗi dòng một lựa chọn." : NULL;
}

/* Checks the field form; errors beside the fields, -1 database. */
static int
ff_check(struct req *r, unsigned long id)
{
	struct db_arg	 a[3];
	struct db_res	*res;
	int		 n = 0;

	n += form_err(r, F_FNAME, fname_check(admin_val(r, F_FNAME)));
	n += form_err(r, F_LABEL, *admin_val(r, F_LABEL) == '\0' ?
	    "Vui lòng nhập nhãn hiển thị cho người nộp." : NULL);
	n += form_err(r, F_FTYPE, r->f.val[F_FTYPE] == NULL ?
	    "Vui lòng chọn kiểu dữ liệu." : NULL);
	n += form_err(r, F_MAXLEN, admin_num(r, F_MAXLEN, 0, 10000) < 0 ?
	    "Độ dài tối đa là số từ 0 (mặc định) đến 10000." : NULL);
	n += form_err(r, F_OPTIONS, options_check(r));
	n += form_err(r, F_HELP, NULL);
	if (n > 0)
		return n;
	a[0] = DB_INT(id);
	a[1] = DB_STR(admin_val(r, F_FNAME));
	a[2] = DB_INT(r->f.val[F_SEQ] != NULL ? r->f.num[F_SEQ] : 0);
	if ((res = admin_run(r, STMT_ADM_FFIELD_NAME_USED, a, 3)) == NULL)
		return -1;
	return form_err(r, F_FNAME, db_int(res, 0, 0, 0) > 0 ?
	    "Biểu mẫu đã có trường với mã này." : NULL);
}

static int
ff_render(struct req *r, unsigned long id, int status)
{
	(void)id;
	return admin_page(r, "admin_ffield.cs", "Trường của biểu mẫu điện tử",
	    status);
}

static const struct parts_kind ff_kind = {
	STMT_ADM_FFIELD_GET, STMT_ADM_FFIELD_NEXT, STMT_ADM_FFIELD_SAVE,
	STMT_ADM_FFIELD_DEL, "field", "form_field.save", "form_field.delete",
	F_FNAME, ff_check, ff_render,
};

int
page_adm_ffield_post(struct req *r)
{
	unsigned long	 id = admin_arg(r, 0);
	struct db_arg	 a[9];
	int		 st, sel;

	if ((st = admin_post(r, NEED_MANAGE)) != 0 ||
	    (st = parts_open(r, id)) != 0)
		return st;
	if (r->f.val[F_DELETE] != NULL)
		return parts_delete(r, id, &ff_kind);
	form_echo(r);
	sel = strcmp(admin_val(r, F_FTYPE), "select") == 0;
	a[2] = DB_STR(admin_val(r, F_FNAME));
	a[3] = DB_STR(admin_val(r, F_LABEL));
	a[4] = DB_STR(admin_val(r, F_FTYPE));
	a[5] = DB_INT(r->f.val[F_REQUIRED] != NULL);
	a[6] = DB_INT(admin_num(r, F_MAXLEN, 0, 10000));
	a[7] = DB_STR(sel ? admin_val(r, F_OPTIONS) : "");
	a[8] = DB_STR(admin_val(r, F_HELP));
	return parts_save(r, id, &ff_kind, a, 9);
}
