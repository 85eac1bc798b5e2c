#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cal.h"
#include "db.h"
#include "dossier.h"
#include "log.h"
#include "pool.h"

const char *
dossier_code_next(struct db *db, struct pool *p, unsigned long agency_id,
    const char *agency_code)
{
	struct db_res	*day, *seq;
	struct db_arg	 a[2];

	/* One reading of the date for both the counter and the code, so a
	 * submission at midnight cannot mix two days. */
	if ((day = db_run(db, p, STMT_DOS_TODAY, NULL, 0)) == NULL ||
	    day->nrows != 1)
		return NULL;
	a[0] = DB_INT(agency_id);
	a[1] = DB_STR(db_str(day, 0, 0));
	if ((seq = db_run(db, p, STMT_DOS_SEQ_NEXT, a, 2)) == NULL)
		return NULL;
	if (seq->insert_id == 0) {
		log_err("%s: no sequence number for agency %lu", __func__,
		    agency_id);
		return NULL;
	}
	return pool_printf(p, "%s-%s-%04llu", agency_code, db_str(day, 0, 1),
	    (unsigned long long)seq->insert_id);
}

static const char *const status_names[] = {
	"Nháp", "Mới đăng ký", "Đã tiếp nhận", "Không được tiếp nhận",
	"Đang xử lý", "Yêu cầu bổ sung", "Chờ thực hiện nghĩa vụ tài chính",
	"Đã rút hồ sơ", "Dừng xử lý", "Đã xử lý xong", "Đã trả kết quả",
};

const char *
dossier_status_name(long long s)
{
	return s >= 0 && s < (long long)(sizeof(status_names) /
	    sizeof(status_names[0])) ? status_names[s] : "";
}

/* Loads the holiday table for the years [y0, y1] into c (days in p): the
 * rows of calendar_day, and for a year that has none (the system admin
 * has not reviewed it yet) the default holidays the lunar calendar gives,
 * so that due dates skip Tết even before anyone filled the year. */
static int
load_calendar(struct db *db, struct pool *p, int y0, int y1, struct cal *c)
{
	struct db_res	*res;
	struct db_arg	 a[2];
	struct cal_day	*d;
	size_t		 i, n;
	int		 y, have;

	a[0] = DB_STR(pool_printf(p, "%04d-01-01", y0));
	a[1] = DB_STR(pool_printf(p, "%04d-12-31", y1));
	if ((res = db_run(db, p, STMT_DOS_CAL_DAYS, a, 2)) == NULL)
		return -1;
	cal_init(c);
	d = pool_alloc(p, (res->nrows + (size_t)(y1 - y0 + 1) *
	    CAL_HOLIDAYS_MAX + 1) * sizeof(*d));
	for (i = 0; i < res->nrows; i++) {
		d[i].date.year = (int)db_int(res, i, 0, 0);
		d[i].date.month = (int)db_int(res, i, 1, 0);
		d[i].date.day = (int)db_int(res, i, 2, 0);
		d[i].kind = strcmp(db_str(res, i, 3), "workday") == 0 ?
		    CAL_WORKDAY : CAL_HOLIDAY;
		d[i].name = db_str(res, i, 4);
	}
	n = res->nrows;
	for (y = y0; y <= y1; y++) {
		for (i = 0, have = 0; i < res->nrows; i++)
			if (d[i].date.year == y)
				have = 1;
		if (!have)
			n += cal_default_holidays(y, d + n, CAL_HOLIDAYS_MAX);
	}
	c->days = d;
	c->ndays = n;
	return 0;
}

int
dossier_due(struct db *db, struct pool *p, time_t start, const char *days,
    const char *unit, char out[32])
{
	struct cal	 c;
	struct cal_date	 d;
	int64_t		 t0, due;
	double		 n;
	char		*end;
	int		 minute, rc, year;

	out[0] = '\0';
	if (days == NULL || unit == NULL || strcmp(unit, "none") == 0)
		return 1;
	n = strtod(days, &end);
	if (*end != '\0' || !(n > 0) || n > 3650)
		return 1;
	t0 = cal_from_unix(start);
	cal_time_split(t0, &d, &minute);
	year = d.year;
	/* The table for the start year and enough after it: a working day
	 * is at most 1.6 calendar days even across Tết. */
	if (load_calendar(db, p, year, year + 1 + (int)(n / 200), &c) == -1)
		return -1;
	if (strcmp(unit, "hours") == 0)
		rc = cal_add_working_hours(&c, t0, (int)(n + 0.5), &due);
	else if (strcmp(unit, "days") == 0) {
		/* Calendar days, then the first working minute from there. */
		rc = cal_add_working_hours(&c, t0 + (int64_t)(n * 1440), 0,
		    &due);
	} else if (n == (int)n)
		rc = cal_add_working_days(&c, t0, (int)n, &due);
	else
		rc = cal_add_working_hours(&c, t0, (int)(n * 8 + 0.5), &due);
	if (rc != 0)
		return 1;
	cal_time_split(due, &d, &minute);
	snprintf(out, 32, "%04d-%02d-%02d %02d:%02d:00", d.year, d.month,
	    d.day, minute / 60, minute % 60);
	return 0;
}
