/*
 * account: procedures on the admin pages, /quan-tri/thu-tuc (CB Đ9–10).
 * An agency admin sees and edits the procedures of its agencies (a
 * procedure belongs to the agencies of procedure_version.agency_id and
 * procedure_agency), the system admin all, the controller reads all.
 * Only a draft is edited; a published version changes by amendment
 * (admin_life.c), which keeps the old version for the dossiers filed
 * under it.  search_text is recomputed at every save, the same way the
 * importer builds it: text_fold(name code field agency).
 *
 *   GET  /quan-tri/thu-tuc          every version, drafts first
 *   GET  /quan-tri/thu-tuc/moi      new draft form; POST creates it
 *   GET  /quan-tri/thu-tuc/<id>     one version; POST saves a draft
 */
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "auth.h"
#include "text.h"
#include "tpl.h"

static const char *const list_cols[] = { "id", "code", "version",
	"status", "is_current", "name", "agency", "updated", NULL };

/* ADM_PROC_GET columns → form fields. */
static const struct admin_col proc_map[] = {
	{ 1, F_PCODE }, { 5, F_TITLE }, { 6, F_FIELD }, { 7, F_AGENCY },
	{ 9, F_OLEVEL }, { 10, F_OCLASS }, { 11, F_STEPS }, { 12, F_CHANNELS },
	{ 13, F_PDAYS }, { 14, F_PUNIT }, { 15, F_PTEXT }, { 16, F_FEE },
	{ 17, F_FEE_AMOUNT }, { 18, F_SUBJECTS }, { 19, F_RESULT },
	{ 20, F_LEGAL }, { 21, F_REQS }, { 22, F_PLACE }, { 23, F_DECISION },
	{ 24, F_INUSE }, { 25, F_GUIDE }, { -1, 0 },
};

static const char *
proc_status_filter(const struct req *r)
{
	const char	*s = r->q.val[F_STATUS];

	if (s == NULL || (strcmp(s, "draft") != 0 &&
	    strcmp(s, "published") != 0 && strcmp(s, "abolished") != 0))
		return "";
	return s;
}

int
page_adm_procs(struct req *r)
{
	struct db_arg	 a[10];
	struct db_res	*res, *cnt;
	char		 none[] = "", *w[4] = { none, none, none, none };
	long long	 pageno = admin_pageno(r);
	int		 st;
	size_t		 i;

	if ((st = admin_begin(r, NEED_ANY)) != 0)
		return st;
	if (r->q.val[F_Q] != NULL)
		text_words(&r->pool, r->q.val[F_Q], w, 4);
	admin_scope(r, a);
	for (i = 0; i < 4; i++)
		a[2 + i] = DB_STR(w[i]);
	a[6] = a[7] = DB_STR(proc_status_filter(r));
	a[8] = DB_INT(ADMIN_PAGE_SIZE);
	a[9] = DB_INT((pageno - 1) * ADMIN_PAGE_SIZE);
	if ((res = admin_run(r, STMT_ADM_PROC_LIST, a, 10)) == NULL ||
	    (cnt = admin_run(r, STMT_ADM_PROC_COUNT, a, 8)) == NULL)
		return busy(r);
	tpl_rows(r, "Procs", res, list_cols);
	admin_paging(r, db_int(cnt, 0, 0, 0), pageno);
	return admin_page(r, "admin_procs.cs", "Thủ tục hành chính", 200);
}

/* --- the form ------------------------------------------------------------ */

/* The choices of the form: fields (lĩnh vực) and the user's agencies. */
static int
proc_choices(struct req *r)
{
	static const char *const cols[] = { "id", "name", NULL };
	struct db_res	*res;

	if ((res = admin_run(r, STMT_ADM_FIELDS, NULL, 0)) == NULL ||
	    admin_my_agencies(r) == -1)
		return -1;
	tpl_rows(r, "Fields", res, cols);
	return 0;
}

/* The new draft form (the template's Proc.0 exists, without an id). */
static int
proc_form(struct req *r, int status)
{
	tpl_set(r, "Proc.0.new", "1");
	if (proc_choices(r) == -1)
		return busy(r);
	return admin_page(r, "admin_proc.cs", "Thêm thủ tục (bản nháp)",
	    status);
}

int
page_adm_proc_new(struct req *r)
{
	int	st;

	if ((st = admin_begin(r, NEED_MANAGE)) != 0)
		return st;
	tpl_set(r, "Form.muc_do", "2");
	tpl_set(r, "Form.dich_vu_truc_tuyen", "0");
	tpl_set(r, "Form.don_vi", "working_days");
	return proc_form(r, 200);
}


/* Stores a new draft (version 1), its agency link and audit row. */
static int
proc_create(struct req *r, const struct adm_proc *c, const char *code)
{
	struct db_arg	 a[25];
	struct db_res	*res;
	unsigned long	 id;

	if (admin_tx(r) == -1)
		return busy(r);
	admin_proc_args(r, c, a);
	a[24] = DB_STR(code);
	if ((res = admin_run(r, STMT_ADM_PROC_ADD, a, 25)) == NULL)
		goto fail;
	id = (unsigned long)res->insert_id;
	a[0] = DB_INT(id);
	a[1] = DB_INT(c->agency);
	if (admin_run(r, STMT_ADM_PA_ADD, a, 2) == NULL)
		goto fail;
	admin_audit(r, "procedure.create", pool_printf(&r->pool,
	    "procedure:%lu", id), pool_printf(&r->pool, "%s v1", code));
	if (admin_commit(r) == -1)
		return busy(r);
	return app_redirect(r, pool_printf(&r->pool,
	    "/quan-tri/thu-tuc/%lu?da_luu=proc", id));
fail:
	admin_rollback(r);
	return busy(r);
}

int
page_adm_proc_new_post(struct req *r)
{
	struct adm_proc	 c;
	const char		*code;
	int			 st, n, m;

	if ((st = admin_post(r, NEED_MANAGE)) != 0)
		return st;
	c.field = admin_num(r, F_FIELD, 0, 999999999);
	c.agency = admin_num(r, F_AGENCY, 0, 999999999);
	if (c.agency > 0 && !admin_may_agency(r, (unsigned long)c.agency))
		return auth_deny(r, "Bạn chỉ được tạo thủ tục của cơ quan mình "
		    "quản trị.");
	form_echo(r);
	code = admin_val(r, F_PCODE);
	n = admin_proc_check(r, &c);
	if ((m = admin_proc_code_check(r, code)) == -1)
		return busy(r);
	if (n + m == 0 && (m = admin_proc_compute(r, &c, 0, NULL, code)) == -1)
		return busy(r);
	if (n + m > 0)
		return proc_form(r, 422);
	return proc_create(r, &c, code);
}

/* --- one version ----------------------------------------------------------- */

/* Loads the parts of version id shown with it: components, form
 * templates, e-form fields, all versions of its code. */
static int
proc_parts(struct req *r, unsigned long id, const char *code)
{
	static const char *const comp_cols[] = { "seq", "group", "name",
		"originals", "copies", "required", "form_id", NULL };
	static const char *const form_cols[] = { "id", "name", "file", NULL };
	static const char *const ff_cols[] = { "seq", "name", "label", "type",
		"required", "max_len", "options", "help", NULL };
	static const char *const ver_cols[] = { "id", "version", "status",
		"is_current", "updated", NULL };
	struct db_arg	 a = DB_INT(id);
	struct db_res	*res;

	if ((res = admin_run(r, STMT_ADM_COMPONENTS, &a, 1)) == NULL)
		return -1;
	tpl_rows(r, "Components", res, comp_cols);
	if ((res = admin_run(r, STMT_ADM_FORMS, &a, 1)) == NULL)
		return -1;
	tpl_rows(r, "Forms", res, form_cols);
	if ((res = admin_run(r, STMT_ADM_FFIELDS, &a, 1)) == NULL)
		return -1;
	tpl_rows(r, "FormFields", res, ff_cols);
	a = DB_STR(code);
	if ((res = admin_run(r, STMT_ADM_PROC_VERSIONS, &a, 1)) == NULL)
		return -1;
	tpl_rows(r, "Versions", res, ver_cols);
	return 0;
}

int
admin_proc_load(struct req *r, unsigned long id, int keep_form,
    struct db_res **out)
{
	static const char *const cols[] = { "id", "code", "version", "status",
		"is_current", "name", NULL };
	struct db_arg	 a = DB_INT(id);
	struct db_res	*res;

	if ((res = admin_run(r, STMT_ADM_PROC_GET, &a, 1)) == NULL)
		return -1;
	if (res->nrows == 0)
		return 0;
	tpl_rows(r, "Proc", res, cols);
	tpl_set(r, "Proc.0.agency_text", db_str(res, 0, 26));
	tpl_set(r, "Proc.0.updated", db_str(res, 0, 27));
	if (!keep_form) {
		admin_proc_levels(r, db_int(res, 0, 8, 0));
		admin_form_set(r, res, proc_map);
	}
	if (out != NULL)
		*out = res;
	return 1;
}

int
admin_proc_render(struct req *r, unsigned long id, int keep_form,
    int status)
{
	struct db_res	*res;
	int		 w;

	switch (admin_may_proc(r, id, 0)) {
	case 1:
		break;
	case 0:
		return auth_deny(r, "Thủ tục này không thuộc cơ quan bạn quản "
		    "trị.");
	default:
		return busy(r);
	}
	if ((w = admin_proc_load(r, id, keep_form, &res)) != 1)
		return w == 0 ? admin_gone(r, "Không có thủ tục này.") :
		    busy(r);
	if ((w = admin_may_proc(r, id, 1)) == -1 ||
	    proc_parts(r, id, db_str(res, 0, 1)) == -1 ||
	    proc_choices(r) == -1)
		return busy(r);
	tpl_set(r, "Proc.0.can_write", w ? "1" : "0");
	return admin_page(r, "admin_proc.cs", pool_printf(&r->pool,
	    "Thủ tục %s, phiên bản %s", db_str(res, 0, 1), db_str(res, 0, 2)),
	    status);
}

int
page_adm_proc(struct req *r)
{
	int	st;

	if ((st = admin_begin(r, NEED_ANY)) != 0)
		return st;
	return admin_proc_render(r, admin_arg(r, 0), 0, 200);
}

/* The draft's agency link follows its agency.  0 or -1. */
static int
proc_move(struct req *r, unsigned long id, long long from, long long to)
{
	struct db_arg	a[2];

	a[0] = DB_INT(id);
	a[1] = DB_INT(from);
	if (admin_run(r, STMT_ADM_PA_DEL, a, 2) == NULL)
		return -1;
	a[1] = DB_INT(to);
	return admin_run(r, STMT_ADM_PA_ADD, a, 2) == NULL ? -1 : 0;
}

/* Saves the draft; the caller checked it may. */
static int
proc_update(struct req *r, unsigned long id, const struct adm_proc *c,
    long long old_agency)
{
	struct db_arg	 a[25];
	struct db_res	*res;

	if (admin_tx(r) == -1)
		return busy(r);
	admin_proc_args(r, c, a);
	a[24] = DB_INT(id);
	if ((res = admin_run(r, STMT_ADM_PROC_UPDATE, a, 25)) == NULL)
		goto fail;
	if (res->affected == 0) {
		admin_rollback(r);
		return admin_conflict(r, "Phiên bản này không còn là bản nháp; "
		    "không có gì bị thay đổi.");
	}
	if (old_agency != c->agency && proc_move(r, id, old_agency,
	    c->agency) == -1)
		goto fail;
	admin_audit(r, "procedure.update", pool_printf(&r->pool,
	    "procedure:%lu", id), admin_val(r, F_PCODE));
	if (admin_commit(r) == -1)
		return busy(r);
	return app_redirect(r, pool_printf(&r->pool,
	    "/quan-tri/thu-tuc/%lu?da_luu=proc", id));
fail:
	admin_rollback(r);
	return busy(r);
}

int
admin_draft_open(struct req *r, unsigned long id, struct db_res **res)
{
	int	st;

	if ((st = admin_may_proc(r, id, 1)) != 1)
		return st == 0 ? auth_deny(r, "Thủ tục này không thuộc cơ quan "
		    "bạn quản trị.") : busy(r);
	if ((st = admin_proc_load(r, id, 1, res)) != 1)
		return st == 0 ? admin_gone(r, "Không có thủ tục này.") :
		    busy(r);
	if (strcmp(db_str(*res, 0, 3), "draft") != 0)
		return admin_conflict(r, "Chỉ sửa được bản nháp; hãy sửa đổi "
		    "thủ tục để tạo phiên bản mới.");
	return 0;
}

int
page_adm_proc_post(struct req *r)
{
	unsigned long		 id = admin_arg(r, 0);
	struct adm_proc	 c;
	struct db_res		*res;
	int			 st, n;

	if ((st = admin_post(r, NEED_MANAGE)) != 0)
		return st;
	c.field = admin_num(r, F_FIELD, 0, 999999999);
	c.agency = admin_num(r, F_AGENCY, 0, 999999999);
	if (c.agency > 0 && !admin_may_agency(r, (unsigned long)c.agency))
		return auth_deny(r, "Cơ quan này không thuộc cơ quan bạn quản "
		    "trị.");
	if ((st = admin_draft_open(r, id, &res)) != 0)
		return st;
	form_echo(r);
	tpl_set(r, "Form.ma_thu_tuc", db_str(res, 0, 1));
	r->f.val[F_PCODE] = db_str(res, 0, 1);
	n = admin_proc_check(r, &c);
	if (n == 0 && (n = admin_proc_compute(r, &c, db_int(res, 0, 7, 0),
	    db_str(res, 0, 26), db_str(res, 0, 1))) == -1)
		return busy(r);
	if (n > 0)
		return admin_proc_render(r, id, 1, 422);
	return proc_update(r, id, &c, db_int(res, 0, 7, 0));
}
