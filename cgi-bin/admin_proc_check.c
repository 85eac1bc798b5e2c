/*
 * account: the procedure form of the admin pages — what is checked and
 * what is computed from it before a draft is stored (admin_proc.c):
 * levels, processing time, fee, dates, the field and agency it names,
 * level_text, agency_text and search_text (text_fold of name, code, field
 * and agency, the way tools/import.c builds it, so that the public search
 * finds an admin's procedure exactly as an imported one).
 */
#include <stdlib.h>
#include <string.h>

#include "admin.h"
#include "text.h"
#include "tpl.h"

/* The level checkboxes, their level_mask bits and level_text names (as
 * the national data writes them). */
static const struct {
	enum field	 f;
	int		 bit;
	const char	*name;
} levels[] = {
	{ F_LV_MIN, 1, "Cấp bộ" }, { F_LV_PROV, 2, "Cấp tỉnh" },
	{ F_LV_DIST, 4, "Cấp huyện" }, { F_LV_COMM, 8, "Cấp xã" },
	{ F_LV_OTHER, 16, "Cơ quan khác" },
};

#define NLEVELS	(sizeof(levels) / sizeof(levels[0]))

/* A date typed as YYYY-MM-DD (what <input type=date> sends), or "". */
static int
date_ok(const char *s)
{
	int	y, m, d;

	if (*s == '\0')
		return 1;
	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-' ||
	    strspn(s, "0123456789-") != 10)
		return 0;
	y = atoi(s);
	m = atoi(s + 5);
	d = atoi(s + 8);
	return y >= 1945 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 &&
	    d <= (m == 2 ? (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0) ?
	    29 : 28) : m == 4 || m == 6 || m == 9 || m == 11 ? 30 : 31);
}

/* Processing days: up to 5 digits and one decimal ("15", "0,5"); the
 * comma becomes a dot.  NULL when malformed. */
static const char *
days_value(struct req *r)
{
	char	*s = pool_strdup(&r->pool, admin_val(r, F_PDAYS)), *c;
	size_t	 ip;

	if ((c = strchr(s, ',')) != NULL)
		*c = '.';
	ip = strspn(s, "0123456789");
	if (ip > 5 || (s[ip] != '\0' && (ip == 0 || s[ip] != '.' ||
	    strlen(s + ip + 1) != 1 || s[ip + 1] < '0' || s[ip + 1] > '9')))
		return NULL;
	return s;
}

/* The text fields: only broken or too long values are refused. */
static int
proc_check_texts(struct req *r)
{
	static const enum field	 texts[] = { F_STEPS, F_CHANNELS, F_FEE,
		F_SUBJECTS, F_RESULT, F_LEGAL, F_REQS, F_PLACE, F_GUIDE,
		F_DECISION, F_PTEXT };
	size_t			 i;
	int			 n = 0;

	for (i = 0; i < sizeof(texts) / sizeof(texts[0]); i++)
		n += form_err(r, texts[i], NULL);
	return n;
}

int
admin_proc_check(struct req *r, struct adm_proc *c)
{
	const char	*days = days_value(r), *name = admin_val(r, F_TITLE);
	const char	*unit = admin_val(r, F_PUNIT);
	size_t		 i;
	int		 n = 0;

	for (c->mask = 0, i = 0; i < NLEVELS; i++)
		if (r->f.val[levels[i].f] != NULL)
			c->mask |= levels[i].bit;
	n += form_err(r, F_TITLE, *name == '\0' ?
	    "Vui lòng nhập tên thủ tục." : NULL);
	n += form_err(r, F_FIELD, c->field <= 0 ?
	    "Vui lòng chọn lĩnh vực." : NULL);
	n += form_err(r, F_AGENCY, c->agency <= 0 ?
	    "Vui lòng chọn cơ quan thực hiện." : NULL);
	n += form_err(r, F_LV_MIN, c->mask == 0 ?
	    "Vui lòng chọn ít nhất một cấp thực hiện." : NULL);
	n += form_err(r, F_OLEVEL, r->f.val[F_OLEVEL] == NULL ?
	    "Vui lòng chọn mức độ." : NULL);
	n += form_err(r, F_OCLASS, r->f.val[F_OCLASS] == NULL ?
	    "Vui lòng chọn hình thức dịch vụ trực tuyến." : NULL);
	n += form_err(r, F_PDAYS, days == NULL ? "Số ngày là một số, có thể "
	    "có một chữ số thập phân, ví dụ 15 hoặc 0,5." : (*days != '\0') !=
	    (strcmp(unit, "none") != 0) ? "Nhập số và đơn vị thời hạn cùng "
	    "nhau; để trống số khi chọn \"không xác định\"." : NULL);
	n += form_err(r, F_PUNIT, r->f.val[F_PUNIT] == NULL ?
	    "Vui lòng chọn đơn vị thời hạn." : NULL);
	n += form_err(r, F_FEE_AMOUNT, admin_num(r, F_FEE_AMOUNT, 0,
	    999999999999LL) < 0 ? "Mức phí là số đồng, chỉ gồm chữ số." : NULL);
	n += form_err(r, F_INUSE, !date_ok(admin_val(r, F_INUSE)) ?
	    "Ngày áp dụng không hợp lệ (ngày/tháng/năm)." : NULL);
	return n + proc_check_texts(r);
}

/* The name of row 0 of statement id for key, or NULL (none, error). */
static const char *
name_of(struct req *r, enum stmt id, long long key)
{
	struct db_arg	 a = DB_INT(key);
	struct db_res	*res;

	if ((res = admin_run(r, id, &a, 1)) == NULL || res->nrows == 0)
		return NULL;
	return db_str(res, 0, 0);
}

int
admin_proc_compute(struct req *r, struct adm_proc *c, long long old_agency,
    const char *old_text, const char *code)
{
	const char	*field, *agency;
	struct buf	 lt;
	size_t		 i;

	if ((field = name_of(r, STMT_ADM_FIELD_NAME, c->field)) == NULL)
		return form_err(r, F_FIELD, "Lĩnh vực không tồn tại.");
	if ((agency = name_of(r, STMT_ADM_AGENCY_NAME, c->agency)) == NULL)
		return form_err(r, F_AGENCY, "Cơ quan không tồn tại.");
	buf_init(&lt, &r->pool);
	for (i = 0; i < NLEVELS; i++)
		if (c->mask & levels[i].bit)
			buf_printf(&lt, "%s%s", lt.len > 0 ? ", " : "",
			    levels[i].name);
	c->level_text = lt.data;
	c->agency_text = old_text != NULL && *old_text != '\0' &&
	    old_agency == c->agency ? old_text : agency;
	c->search_text = text_fold(&r->pool, pool_printf(&r->pool,
	    "%s %s %s %s", admin_val(r, F_TITLE), code, field,
	    c->agency_text));
	return c->search_text == NULL ? -1 : 0;
}

void
admin_proc_args(struct req *r, const struct adm_proc *c, struct db_arg *a)
{
	a[0] = DB_STR(admin_val(r, F_TITLE));
	a[1] = DB_INT(c->field);
	a[2] = DB_INT(c->agency);
	a[3] = DB_STR(c->agency_text);
	a[4] = DB_INT(c->mask);
	a[5] = DB_STR(c->level_text);
	a[6] = DB_STR(admin_val(r, F_OLEVEL));
	a[7] = DB_STR(admin_val(r, F_OCLASS));
	a[8] = DB_STR(admin_val(r, F_STEPS));
	a[9] = DB_STR(admin_val(r, F_CHANNELS));
	a[10] = DB_STR(days_value(r));
	a[11] = DB_STR(admin_val(r, F_PUNIT));
	a[12] = DB_STR(admin_val(r, F_PTEXT));
	a[13] = DB_STR(admin_val(r, F_FEE));
	a[14] = DB_STR(admin_val(r, F_FEE_AMOUNT));
	a[15] = DB_STR(admin_val(r, F_SUBJECTS));
	a[16] = DB_STR(admin_val(r, F_RESULT));
	a[17] = DB_STR(admin_val(r, F_LEGAL));
	a[18] = DB_STR(admin_val(r, F_REQS));
	a[19] = DB_STR(admin_val(r, F_PLACE));
	a[20] = DB_STR(admin_val(r, F_DECISION));
	a[21] = DB_STR(admin_val(r, F_INUSE));
	a[22] = DB_STR(admin_val(r, F_GUIDE));
	a[23] = DB_STR(c->search_text);
}

int
admin_proc_code_check(struct req *r, const char *code)
{
	struct db_arg	 a = DB_STR(code);
	struct db_res	*res;
	size_t		 len = strlen(code);

	if (len == 0 || strspn(code, "0123456789abcdefghijklmnopqrstuvwxyz"
	    "ABCDEFGHIJKLMNOPQRSTUVWXYZ.-") != len)
		return form_err(r, F_PCODE, "Mã thủ tục gồm chữ số, chữ cái "
		    "không dấu, dấu chấm hoặc gạch ngang, ví dụ 1.001234.");
	if ((res = admin_run(r, STMT_ADM_PROC_CODE_USED, &a, 1)) == NULL)
		return -1;
	return form_err(r, F_PCODE, db_int(res, 0, 0, 0) > 0 ?
	    "Đã có thủ tục với mã này." : NULL);
}

void
admin_proc_levels(struct req *r, long long mask)
{
	size_t	i;

	for (i = 0; i < NLEVELS; i++)
		if (mask & levels[i].bit)
			tpl_set(r, pool_printf(&r->pool, "Form.%s",
			    fields[levels[i].f].name), "1");
}
