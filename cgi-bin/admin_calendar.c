/*
 * account: the working calendar (SPEC §7), /quan-tri/lich.  The system
 * admin keeps, year by year, the table of public holidays and swapped
 * working days (calendar_day, migration 007) that due dates skip or
 * count.  An empty year is first filled from cal_default_holidays()
 * (Labour Code 2019 Đ112, the lunar dates computed in cal.c), then
 * edited day by day: the government fixes Tết and the day next to 2/9
 * each year, and a bridge day off is paid back by a working Saturday.
 *
 *   GET  /quan-tri/lich?nam=YYYY     the year's table (this year in
 *                                    Vietnam time by default); &ngay=
 *                                    fills the form with that day
 *   POST /quan-tri/lich              add or change one day: ngay
 *                                    (dd/mm/yyyy or yyyy-mm-dd),
 *                                    loai_ngay, ten; with xoa=1 delete
 *                                    the day ngay
 *   POST /quan-tri/lich/mac-dinh     nam: fill an empty year with its
 *                                    default holidays
 *
 * System admin only (NEED_SYSTEM).  Each change is one transaction with
 * its audit row (calendar.create, calendar.update, calendar.delete,
 * calendar.fill; object calendar:<date> or calendar:<year>).
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "admin.h"
#include "cal.h"
#include "text.h"
#include "tpl.h"

static const char *const day_cols[] = { "day", "kind", "name", NULL };
static const char *const year_cols[] = { "year", "count", NULL };
static const char *const weekdays[] = { "Chủ nhật", "Thứ Hai", "Thứ Ba",
	"Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy" };

#define NAME_MAX_CHARS	255	/* calendar_day.name VARCHAR(255) */

/* The current year in Vietnam time. */
static int
this_year(void)
{
	struct cal_date	 d;
	int		 minute;

	cal_time_split(cal_from_unix(time(NULL)), &d, &minute);
	return d.year;
}

/* The message for a year outside the lunar calendar's span. */
static const char *
year_range_msg(struct req *r)
{
	return pool_printf(&r->pool, "Năm phải từ %d đến %d (khoảng năm mà "
	    "lịch âm được tính).", CAL_YEAR_MIN, CAL_YEAR_MAX);
}

/* A year typed as four digits (spaces around allowed) within
 * CAL_YEAR_MIN..CAL_YEAR_MAX: the year, or 0 with *msg set. */
static int
year_parse(struct req *r, const char *s, const char **msg)
{
	int	 y, n;

	while (*s == ' ')
		s++;
	if (*s == '\0') {
		*msg = "Vui lòng nhập năm, ví dụ 2030.";
		return 0;
	}
	n = (int)strspn(s, "0123456789");
	y = n == 4 ? atoi(s) : 0;
	s += n;
	while (*s == ' ')
		s++;
	if (n != 4 || *s != '\0') {
		*msg = "Năm gồm bốn chữ số, ví dụ 2030.";
		return 0;
	}
	if (y < CAL_YEAR_MIN || y > CAL_YEAR_MAX) {
		*msg = year_range_msg(r);
		return 0;
	}
	return y;
}

/* A date typed as d/m/yyyy or yyyy-m-d (cal_parse_date) into *d: 0, or
 * -1 with *msg set (the shape, a year outside the calendar's span, a date
 * that does not exist such as 31/02). */
static int
day_parse(struct req *r, const char *s, struct cal_date *d,
    const char **msg)
{
	const char	*p = s;
	int		 rc;

	while (*p == ' ')
		p++;
	if (*p == '\0') {
		*msg = "Vui lòng nhập ngày.";
		return -1;
	}
	if ((rc = cal_parse_date(p, d)) == CAL_DATE_SHAPE) {
		*msg = "Ngày phải có dạng ngày/tháng/năm (ví dụ 30/04/2030) "
		    "hoặc năm-tháng-ngày (2030-04-30).";
		return -1;
	}
	if (d->year < CAL_YEAR_MIN || d->year > CAL_YEAR_MAX) {
		*msg = year_range_msg(r);
		return -1;
	}
	if (rc == CAL_DATE_NONE) {
		*msg = pool_printf(&r->pool, "Không có ngày %d tháng %d năm %d "
		    "trong lịch.", d->day, d->month, d->year);
		return -1;
	}
	return 0;
}

static const char *
iso(struct req *r, const struct cal_date *d)
{
	return pool_printf(&r->pool, "%04d-%02d-%02d", d->year, d->month,
	    d->day);
}

static const char *
shown(struct req *r, const struct cal_date *d)
{
	return pool_printf(&r->pool, "%02d/%02d/%04d", d->day, d->month,
	    d->year);
}

static const char *
weekday(const struct cal_date *d)
{
	return weekdays[cal_weekday(cal_jdn(d->year, d->month, d->day))];
}

/* The two bounds of year for ADM_CAL_YEAR / ADM_CAL_COUNT_LOCK. */
static void
year_args(struct req *r, int year, struct db_arg *a)
{
	a[0] = DB_STR(pool_printf(&r->pool, "%04d-01-01", year));
	a[1] = DB_STR(pool_printf(&r->pool, "%04d-12-31", year));
}

/* Days.N.{day,kind,name} of year plus what C computes for each: shown
 * (dd/mm/yyyy), weekday, lunar (d/m, "nhuận" for a leap month).
 * 0 or -1. */
static int
cal_days(struct req *r, int year)
{
	struct db_arg	 a[2];
	struct db_res	*res;
	struct cal_date	 d;
	struct cal_lunar l;
	const char	*p;
	size_t		 i;

	year_args(r, year, a);
	if ((res = admin_run(r, STMT_ADM_CAL_YEAR, a, 2)) == NULL)
		return -1;
	tpl_rows(r, "Days", res, day_cols);
	for (i = 0; i < res->nrows; i++) {
		if (sscanf(db_str(res, i, 0), "%4d-%2d-%2d", &d.year, &d.month,
		    &d.day) != 3)
			continue;
		p = pool_printf(&r->pool, "Days.%zu.", i);
		tpl_set(r, pool_printf(&r->pool, "%sshown", p), shown(r, &d));
		tpl_set(r, pool_printf(&r->pool, "%sweekday", p), weekday(&d));
		if (cal_solar_to_lunar(&d, &l) == 0)
			tpl_setf(r, pool_printf(&r->pool, "%slunar", p),
			    "%d/%d%s", l.day, l.month, l.leap ? " nhuận" : "");
	}
	return 0;
}

/* The page of year (0: none, after a wrong year): its days, the years
 * that have days, the switcher and the form as they stand.  Returns
 * status, or the 503 page's. */
static int
cal_render(struct req *r, int year, int status)
{
	struct db_res	*res;

	if (year != 0 && cal_days(r, year) == -1)
		return busy(r);
	if ((res = admin_run(r, STMT_ADM_CAL_YEARS, NULL, 0)) == NULL)
		return busy(r);
	tpl_rows(r, "Years", res, year_cols);
	if (year != 0) {
		tpl_set_int(r, "Cal.year", year);
		if (year > CAL_YEAR_MIN)
			tpl_set_int(r, "Cal.prev", year - 1);
		if (year < CAL_YEAR_MAX)
			tpl_set_int(r, "Cal.next", year + 1);
	}
	return admin_page(r, "admin_calendar.cs", year != 0 ?
	    pool_printf(&r->pool, "Lịch làm việc năm %d", year) :
	    "Lịch làm việc", status);
}

/* Fills the form with day ?ngay= as stored (only the date when it is
 * not in the table).  *year gets its year.  0 or -1. */
static int
cal_prefill(struct req *r, const char *s, int *year)
{
	struct cal_date	 d;
	struct db_arg	 a;
	struct db_res	*res;
	const char	*msg;

	if (day_parse(r, s, &d, &msg) == -1)
		return 0;
	*year = d.year;
	tpl_set(r, "Form.ngay", shown(r, &d));
	a = DB_STR(iso(r, &d));
	if ((res = admin_run(r, STMT_ADM_CAL_DAY, &a, 1)) == NULL)
		return -1;
	if (res->nrows == 1) {
		tpl_set(r, "Form.loai_ngay", db_str(res, 0, 0));
		tpl_set(r, "Form.ten", db_str(res, 0, 1));
		tpl_set(r, "Cal.editing", "1");
	}
	return 0;
}

int
page_adm_calendar(struct req *r)
{
	const char	*s, *msg;
	int		 st, year, of_day = 0;

	if ((st = admin_begin(r, NEED_SYSTEM)) != 0)
		return st;
	year = this_year();
	if ((s = r->q.val[F_YEAR]) != NULL &&
	    (year = year_parse(r, s, &msg)) == 0) {
		tpl_set(r, "Form.nam", s);
		form_err(r, F_YEAR, msg);
		return cal_render(r, 0, 400);
	}
	tpl_set(r, "Form.loai_ngay", "holiday");
	if ((s = r->q.val[F_DAY]) != NULL && cal_prefill(r, s, &of_day) == -1)
		return busy(r);
	/* Without ?nam=, the year of the day asked for. */
	if (r->q.val[F_YEAR] == NULL && of_day != 0)
		year = of_day;
	return cal_render(r, year, 200);
}

/* The year of the page a form was posted from (its hidden nam), this
 * year when missing or wrong. */
static int
posted_year(struct req *r)
{
	const char	*msg;
	int		 y;

	y = year_parse(r, admin_val(r, F_YEAR), &msg);
	return y != 0 ? y : this_year();
}

/* The audit wording of a stored day. */
static const char *
day_detail(struct req *r, const char *kind, const char *name)
{
	return pool_printf(&r->pool, "%s: %s", strcmp(kind, "workday") == 0 ?
	    "ngày làm bù" : "ngày nghỉ", name);
}

/* Deletes day ngay with its audit row; 303 back to its year, 404 when
 * it is not in the table. */
static int
cal_delete(struct req *r)
{
	struct cal_date	 d;
	struct db_arg	 a;
	struct db_res	*res;
	const char	*msg, *day;

	if (day_parse(r, admin_val(r, F_DAY), &d, &msg) == -1)
		return admin_gone(r, "Không có ngày này trong lịch.");
	day = iso(r, &d);
	a = DB_STR(day);
	if (admin_tx(r) == -1 ||
	    (res = admin_run(r, STMT_ADM_CAL_LOCK, &a, 1)) == NULL) {
		admin_rollback(r);
		return busy(r);
	}
	if (res->nrows == 0) {
		admin_rollback(r);
		return admin_gone(r, "Không có ngày này trong lịch; có thể ngày "
		    "đã được xóa.");
	}
	if (admin_run(r, STMT_ADM_CAL_DEL, &a, 1) == NULL) {
		admin_rollback(r);
		return busy(r);
	}
	admin_audit(r, "calendar.delete", pool_printf(&r->pool,
	    "calendar:%s", day), day_detail(r, db_str(res, 0, 0),
	    db_str(res, 0, 1)));
	if (admin_commit(r) == -1)
		return busy(r);
	return app_redirect(r, pool_printf(&r->pool,
	    "/quan-tri/lich?nam=%d&da_luu=calendar_delete", d.year));
}

/* Every check of the day form; errors beside the fields, *d set when
 * the date is good.  Returns their number. */
static int
cal_check(struct req *r, struct cal_date *d)
{
	const char	*kind = admin_val(r, F_DAYKIND);
	const char	*name = admin_val(r, F_TITLE);
	const char	*msg = NULL;
	int		 n = 0, wd;

	if (day_parse(r, admin_val(r, F_DAY), d, &msg) == 0) {
		msg = NULL;
		wd = cal_weekday(cal_jdn(d->year, d->month, d->day));
		if (strcmp(kind, "workday") == 0 && wd != 0 && wd != 6)
			msg = pool_printf(&r->pool, "Ngày làm bù phải là thứ "
			    "Bảy hoặc Chủ nhật; ngày %s là %s, vốn đã là ngày "
			    "làm việc.", shown(r, d), weekday(d));
	}
	n += form_err(r, F_DAY, msg);
	n += form_err(r, F_DAYKIND, *kind == '\0' ?
	    "Vui lòng chọn loại ngày." : NULL);
	if (*name == '\0')
		msg = "Vui lòng nhập tên ngày, ví dụ Tết Nguyên đán hoặc Làm "
		    "bù ngày 2/5.";
	else if (text_chars(name) > NAME_MAX_CHARS)
		msg = pool_printf(&r->pool, "Tên dài quá %d ký tự.",
		    NAME_MAX_CHARS);
	else
		msg = NULL;
	n += form_err(r, F_TITLE, msg);
	return n;
}

/* Stores the checked form over day d with its audit row, in one
 * transaction; 303 to its year. */
static int
cal_store(struct req *r, const struct cal_date *d)
{
	struct db_arg	 a[3];
	struct db_res	*old;
	const char	*day = iso(r, d), *kind = admin_val(r, F_DAYKIND);
	const char	*name = admin_val(r, F_TITLE), *detail;

	a[0] = DB_STR(day);
	a[1] = DB_STR(kind);
	a[2] = DB_STR(name);
	if (admin_tx(r) == -1 ||
	    (old = admin_run(r, STMT_ADM_CAL_LOCK, a, 1)) == NULL ||
	    admin_run(r, STMT_ADM_CAL_SET, a, 3) == NULL) {
		admin_rollback(r);
		return busy(r);
	}
	detail = day_detail(r, kind, name);
	if (old->nrows == 1)
		detail = pool_printf(&r->pool, "%s → %s", day_detail(r,
		    db_str(old, 0, 0), db_str(old, 0, 1)), detail);
	admin_audit(r, old->nrows == 1 ? "calendar.update" :
	    "calendar.create", pool_printf(&r->pool, "calendar:%s", day),
	    detail);
	if (admin_commit(r) == -1)
		return busy(r);
	return app_redirect(r, pool_printf(&r->pool,
	    "/quan-tri/lich?nam=%d&da_luu=calendar", d->year));
}

int
page_adm_calendar_post(struct req *r)
{
	struct cal_date	 d;
	int		 st;

	if ((st = admin_post(r, NEED_SYSTEM)) != 0)
		return st;
	if (r->f.val[F_DELETE] != NULL)
		return cal_delete(r);
	form_echo(r);
	if (cal_check(r, &d) > 0)
		return cal_render(r, posted_year(r), 422);
	return cal_store(r, &d);
}

int
page_adm_calendar_fill(struct req *r)
{
	struct cal_day	 days[CAL_HOLIDAYS_MAX];
	struct db_arg	 a[3];
	struct db_res	*res;
	const char	*msg;
	size_t		 i, n;
	int		 st, year;

	if ((st = admin_post(r, NEED_SYSTEM)) != 0)
		return st;
	if ((year = year_parse(r, admin_val(r, F_YEAR), &msg)) == 0) {
		form_echo(r);
		form_err(r, F_YEAR, msg);
		return cal_render(r, 0, 422);
	}
	n = cal_default_holidays(year, days, CAL_HOLIDAYS_MAX);
	year_args(r, year, a);
	if (admin_tx(r) == -1 ||
	    (res = admin_run(r, STMT_ADM_CAL_COUNT_LOCK, a, 2)) == NULL) {
		admin_rollback(r);
		return busy(r);
	}
	if (db_int(res, 0, 0, 0) > 0) {
		admin_rollback(r);
		return admin_conflict(r, pool_printf(&r->pool, "Năm %d đã có "
		    "ngày trong lịch: chỉ điền ngày nghỉ mặc định cho năm chưa "
		    "có ngày nào. Không có gì bị thay đổi.", year));
	}
	for (i = 0; i < n && i < CAL_HOLIDAYS_MAX; i++) {
		a[0] = DB_STR(iso(r, &days[i].date));
		a[1] = DB_STR(days[i].kind == CAL_WORKDAY ? "workday" :
		    "holiday");
		a[2] = DB_STR(days[i].name);
		if (admin_run(r, STMT_ADM_CAL_SET, a, 3) == NULL) {
			admin_rollback(r);
			return busy(r);
		}
	}
	admin_audit(r, "calendar.fill", pool_printf(&r->pool,
	    "calendar:%d", year), pool_printf(&r->pool, "%zu ngày nghỉ mặc "
	    "định", n));
	if (admin_commit(r) == -1)
		return busy(r);
	return app_redirect(r, pool_printf(&r->pool,
	    "/quan-tri/lich?nam=%d&da_luu=calendar_fill", year));
}
