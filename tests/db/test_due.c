/*
 * dossier_due() against the real MariaDB: the holiday table of
 * calendar_day, and the default holidays of the lunar calendar for a year
 * the system admin has not filled.  Run by tests/db/due.py, which makes
 * sure 2091 has no rows and gives 2092 exactly one, a holiday on
 * Wednesday 11 June 2092, and removes it afterwards.
 */
#include <stdlib.h>
#include <string.h>

#include "cal.h"
#include "cfg.h"
#include "check.h"
#include "db.h"
#include "dossier.h"
#include "pool.h"

/* Unix time of y-m-d hh:mm in Vietnam. */
static time_t
at(int y, int m, int d, int hh, int mm)
{
	struct cal_date	date = { y, m, d };

	return cal_to_unix(cal_time(&date, hh * 60 + mm));
}

int
main(void)
{
	struct db	*db;
	struct pool	 p;
	struct cal_lunar tet = { 2091, 1, 1, 0 };
	struct cal_date	 t, s;
	struct cal	 bare;
	char		 due[32], naive[32];
	int64_t		 nd;
	long		 j;
	int		 minute;

	if (cfg_load(getenv("DVC_CONF")) == -1 || (db = db_open()) == NULL) {
		printf("not ok 1 - no database (DVC_CONF)\n");
		return 1;
	}
	pool_init(&p);

	/* 2091 has no rows: Tết from the lunar calendar is skipped.  Start
	 * at 09:00 on the last weekday before the eve of Tết (30 Tết is
	 * itself a default holiday). */
	CHECK(cal_lunar_to_solar(&tet, &t) == 0, "Tết 2091 is %04d-%02d-%02d",
	    t.year, t.month, t.day);
	j = cal_jdn(t.year, t.month, t.day) - 2;
	while (cal_weekday(j) == 0 || cal_weekday(j) == 6)
		j--;
	cal_jdn_date(j, &s);
	CHECK(dossier_due(db, &p, at(s.year, s.month, s.day, 9, 0), "1.0",
	    "working_days", due) == 0, "a due date from %04d-%02d-%02d 09:00",
	    s.year, s.month, s.day);
	cal_init(&bare);
	cal_add_working_days(&bare, cal_from_unix(at(s.year, s.month, s.day,
	    9, 0)), 1, &nd);
	cal_time_split(nd, &s, &minute);
	snprintf(naive, sizeof(naive), "%04d-%02d-%02d 09:00:00", s.year,
	    s.month, s.day);
	CHECK(strcmp(due, naive) != 0 && strncmp(due, "2091-", 5) == 0 &&
	    strcmp(due + 11, "09:00:00") == 0,
	    "2091 (no rows): 1 working day skips Tết: %s, not %s", due, naive);
	{
		struct cal_date	 e;
		long		 last = cal_jdn(t.year, t.month, t.day) + 3;

		cal_jdn_date(last, &e);
		CHECK(cal_jdn(atoi(due),
		    atoi(due + 5), atoi(due + 8)) > last,
		    "… and falls after the 4th day of Tết (%04d-%02d-%02d)",
		    e.year, e.month, e.day);
	}

	/* 2092 has one row: only it counts, no defaults for that year. */
	CHECK(dossier_due(db, &p, at(2092, 6, 10, 9, 0), "1", "working_days",
	    due) == 0 && strcmp(due, "2092-06-12 09:00:00") == 0,
	    "2092: Tuesday 10/6 09:00 + 1 working day skips the table's "
	    "holiday on Wednesday 11/6: %s", due);
	CHECK(dossier_due(db, &p, at(2092, 4, 29, 9, 0), "1", "working_days",
	    due) == 0 && strcmp(due, "2092-04-30 09:00:00") == 0,
	    "2092 has rows, so the default 30/4 is not added: %s", due);
	CHECK(dossier_due(db, &p, at(2092, 6, 10, 15, 0), "8", "hours",
	    due) == 0 && strcmp(due, "2092-06-12 15:30:00") == 0,
	    "8 working hours from Tuesday 15:00 over the holiday: %s", due);
	CHECK(dossier_due(db, &p, at(2092, 6, 10, 9, 0), NULL, "none",
	    due) == 1 && due[0] == '\0', "no processing time: no due date");
	db_close(db);
	pool_free(&p);
	cfg_free();
	return CHECK_DONE();
}
