/*
 * account: agencies (cơ quan, đơn vị), /quan-tri/co-quan.  The system
 * admin creates and edits them; the controller reads them.  What an
 * agency publishes for feedback (address, e-mail, phone, BĐ Đ10.1) is
 * required.  A change shows at once on the public /co-quan pages
 * (admin_purge()).
 *
 *   GET  /quan-tri/co-quan          the hierarchy
 *   GET  /quan-tri/co-quan/moi      new agency form; POST creates
 *   GET  /quan-tri/co-quan/<id>     one agency; POST saves it
 */
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "tpl.h"
#include "valid.h"

static const char *const tree_cols[] = { "id", "code", "name", "level",
	"parent", "email", "phone", "depth", NULL };

/* ADM_AGENCY_GET columns → form fields. */
static const struct admin_col agency_map[] = {
	{ 1, F_AGCODE }, { 2, F_TITLE }, { 3, F_PARENT }, { 4, F_LEVEL },
	{ 5, F_ADDRESS }, { 6, F_EMAIL }, { 7, F_PHONE }, { 8, F_WEBSITE },
	{ 9, F_HOURS }, { -1, 0 },
};

/* A QCVN 102 agency code as the province uses them: NNN.NN.NN.HNN (G
 * for a central agency), e.g. 000.00.12.H99.  NULL when good. */
static const char *
agency_code_check(const char *s)
{
	static const char	shape[] = "999.99.99.H99";
	size_t			i;

	if (s == NULL || *s == '\0')
		return "Vui lòng nhập mã cơ quan.";
	if (strlen(s) != sizeof(shape) - 1)
		goto bad;
	for (i = 0; shape[i] != '\0'; i++) {
		if (shape[i] == '9' && (s[i] < '0' || s[i] > '9'))
			goto bad;
		if (shape[i] == '.' && s[i] != '.')
			goto bad;
		if (shape[i] == 'H' && s[i] != 'H' && s[i] != 'G')
			goto bad;
	}
	return NULL;
bad:
	return "Mã cơ quan theo QCVN 102:2016/BTTTT gồm chữ số và dấu chấm, "
	    "dạng 000.00.12.H99.";
}

static const char *
website_check(const char *s)
{
	if (s == NULL || *s == '\0')
		return NULL;
	if ((strncmp(s, "https://", 8) != 0 && strncmp(s, "http://", 7) != 0)
	    || strpbrk(s, " \t\n\"<>") != NULL)
		return "Địa chỉ trang thông tin điện tử bắt đầu bằng https://.";
	return NULL;
}

/* The parent chosen in the form: 0 for none, -1 for a bad value. */
static long long
agency_parent(struct req *r)
{
	const char	*s = r->f.val[F_PARENT];
	size_t		 len;

	if (s == NULL || *s == '\0')
		return 0;
	len = strlen(s);
	if (len > 9 || strspn(s, "0123456789") != len)
		return -1;
	return strtoll(s, NULL, 10);
}

/* The checks that need the database: the code is free, the parent exists
 * and is not the agency itself or below it.  Errors count; -1 on a
 * database error. */
static int
agency_check_db(struct req *r, unsigned long id, long long parent)
{
	struct db_arg	 a[2];
	struct db_res	*res;
	int		 n = 0;

	a[0] = DB_STR(admin_val(r, F_AGCODE));
	a[1] = DB_INT(id);
	if ((res = admin_run(r, STMT_ADM_AGENCY_CODE_USED, a, 2)) == NULL)
		return -1;
	n += form_err(r, F_AGCODE, db_int(res, 0, 0, 0) > 0 ?
	    "Mã cơ quan này đã được dùng cho cơ quan khác." : NULL);
	if (parent <= 0)
		return n;
	a[0] = DB_INT(parent);
	if ((res = admin_run(r, STMT_ADM_AGENCY_GET, a, 1)) == NULL)
		return -1;
	if (res->nrows == 0)
		return n + form_err(r, F_PARENT, "Cơ quan cấp trên không tồn "
		    "tại.");
	if (id == 0)
		return n;
	a[0] = DB_INT(id);
	a[1] = DB_INT(parent);
	if ((res = admin_run(r, STMT_ADM_AGENCY_BELOW, a, 2)) == NULL)
		return -1;
	return n + form_err(r, F_PARENT, db_int(res, 0, 0, 0) > 0 ?
	    "Cơ quan cấp trên không thể là chính cơ quan này hoặc một đơn "
	    "vị trực thuộc nó." : NULL);
}

/* Every check of the agency form; marks errors beside the fields.
 * Returns their number, or -1 on a database error. */
static int
agency_check(struct req *r, unsigned long id)
{
	const char	*addr = admin_val(r, F_ADDRESS);
	long long	 parent = agency_parent(r);
	int		 n = 0, m;

	n += form_err(r, F_AGCODE, agency_code_check(r->f.val[F_AGCODE]));
	n += form_err(r, F_TITLE, valid_name(r->f.val[F_TITLE]));
	if (r->f.val[F_TITLE] != NULL && strlen(r->f.val[F_TITLE]) > 255)
		n += form_err(r, F_TITLE, "Tên cơ quan dài quá 255 byte.");
	n += form_err(r, F_LEVEL, r->f.val[F_LEVEL] == NULL ?
	    "Vui lòng chọn cấp của cơ quan." : NULL);
	n += form_err(r, F_PARENT, parent < 0 ?
	    "Vui lòng chọn cơ quan cấp trên trong danh sách." : NULL);
	n += form_err(r, F_ADDRESS, *addr == '\0' ? "Vui lòng nhập địa chỉ "
	    "(được công khai để người dân liên hệ, phản ánh)." : NULL);
	n += form_err(r, F_EMAIL, valid_email(r->f.val[F_EMAIL]));
	n += form_err(r, F_PHONE, valid_phone(r->f.val[F_PHONE]));
	n += form_err(r, F_WEBSITE, website_check(r->f.val[F_WEBSITE]));
	n += form_err(r, F_HOURS, NULL);
	if (n > 0)
		return n;
	if ((m = agency_check_db(r, id, parent)) == -1)
		return -1;
	return n + m;
}

/* Binds the form to ADM_AGENCY_ADD / ADM_AGENCY_UPDATE (9 values). */
static void
agency_args(struct req *r, struct db_arg *a)
{
	a[0] = DB_STR(admin_val(r, F_AGCODE));
	a[1] = DB_STR(admin_val(r, F_TITLE));
	a[2] = DB_INT(agency_parent(r));
	a[3] = DB_STR(admin_val(r, F_LEVEL));
	a[4] = DB_STR(admin_val(r, F_ADDRESS));
	a[5] = DB_STR(admin_val(r, F_EMAIL));
	a[6] = DB_STR(admin_val(r, F_PHONE));
	a[7] = DB_STR(admin_val(r, F_WEBSITE));
	a[8] = DB_STR(admin_val(r, F_HOURS));
}

static int
agency_tree(struct req *r)
{
	struct db_res	*res;

	if ((res = admin_run(r, STMT_ADM_AGENCY_TREE, NULL, 0)) == NULL)
		return -1;
	tpl_rows(r, "Agencies", res, tree_cols);
	return 0;
}

/* The agency form (new when Agency.id is unset). */
static int
agency_form(struct req *r, int status)
{
	if (agency_tree(r) == -1)
		return busy(r);
	return admin_page(r, "admin_agency.cs", r->narg > 0 ?
	    "Sửa thông tin cơ quan" : "Thêm cơ quan, đơn vị", status);
}

int
page_adm_agencies(struct req *r)
{
	int	st;

	if ((st = admin_begin(r, NEED_READ)) != 0)
		return st;
	if (agency_tree(r) == -1)
		return busy(r);
	return admin_page(r, "admin_agencies.cs", "Cơ quan, đơn vị", 200);
}

int
page_adm_agency_new(struct req *r)
{
	int	st;

	if ((st = admin_begin(r, NEED_SYSTEM)) != 0)
		return st;
	tpl_set(r, "Form.cap", "1");
	return agency_form(r, 200);
}

/* Loads agency id into Agency.* and, unless keep_form, Form.*.
 * 1 found, 0 not, -1 database error. */
static int
agency_load(struct req *r, unsigned long id, int keep_form)
{
	struct db_arg	 a = DB_INT(id);
	struct db_res	*res;

	if ((res = admin_run(r, STMT_ADM_AGENCY_GET, &a, 1)) == NULL)
		return -1;
	if (res->nrows == 0)
		return 0;
	tpl_set_int(r, "Agency.id", (long long)id);
	tpl_set(r, "Agency.code", db_str(res, 0, 1));
	tpl_set(r, "Agency.updated", db_str(res, 0, 10));
	if (!keep_form)
		admin_form_set(r, res, agency_map);
	return 1;
}

int
page_adm_agency(struct req *r)
{
	int	st;

	if ((st = admin_begin(r, NEED_READ)) != 0)
		return st;
	switch (agency_load(r, admin_arg(r, 0), 0)) {
	case 1:
		return agency_form(r, 200);
	case 0:
		return admin_gone(r, "Không có cơ quan này.");
	default:
		return busy(r);
	}
}

/* Stores the form as a new agency (id 0) or over agency id, with its
 * audit row, in one transaction; then empties the cache. */
static int
agency_store(struct req *r, unsigned long id)
{
	struct db_arg	 a[10];
	struct db_res	*res;
	int		 created = id == 0;

	if (admin_tx(r) == -1)
		return busy(r);
	agency_args(r, a);
	a[9] = DB_INT(id);
	if ((res = admin_run(r, created ? STMT_ADM_AGENCY_ADD :
	    STMT_ADM_AGENCY_UPDATE, a, created ? 9 : 10)) == NULL) {
		admin_rollback(r);
		return busy(r);
	}
	if (created)
		id = (unsigned long)res->insert_id;
	admin_audit(r, created ? "agency.create" : "agency.update",
	    pool_printf(&r->pool, "agency:%lu", id), admin_val(r, F_AGCODE));
	if (admin_commit(r) == -1)
		return busy(r);
	admin_purge(r);
	return app_redirect(r, pool_printf(&r->pool,
	    "/quan-tri/co-quan/%lu?da_luu=agency", id));
}

int
page_adm_agency_new_post(struct req *r)
{
	int	st, n;

	if ((st = admin_post(r, NEED_SYSTEM)) != 0)
		return st;
	form_echo(r);
	if ((n = agency_check(r, 0)) == -1)
		return busy(r);
	if (n > 0)
		return agency_form(r, 422);
	return agency_store(r, 0);
}

int
page_adm_agency_post(struct req *r)
{
	unsigned long	 id;
	int		 st, n;

	if ((st = admin_post(r, NEED_SYSTEM)) != 0)
		return st;
	id = admin_arg(r, 0);
	if ((st = agency_load(r, id, 1)) != 1)
		return st == 0 ? admin_gone(r, "Không có cơ quan này.") :
		    busy(r);
	form_echo(r);
	if ((n = agency_check(r, id)) == -1)
		return busy(r);
	if (n > 0)
		return agency_form(r, 422);
	return agency_store(r, id);
}
