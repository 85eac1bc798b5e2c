/* cal_: lunar calendar, default holidays, due dates. */
#include <stdio.h>

#include "cal.h"
#include "check.h"

/* 1 Giêng, 2000..2050, as published in Vietnamese calendars.  2007 and
 * 2030 are a day earlier than China's (new moon before midnight UTC+7,
 * after it UTC+8). */
static const char *const tet[] = {
	"2000-02-05", "2001-01-24", "2002-02-12", "2003-02-01", "2004-01-22",
	"2005-02-09", "2006-01-29", "2007-02-17", "2008-02-07", "2009-01-26",
	"2010-02-14", "2011-02-03", "2012-01-23", "2013-02-10", "2014-01-31",
	"2015-02-19", "2016-02-08", "2017-01-28", "2018-02-16", "2019-02-05",
	"2020-01-25", "2021-02-12", "2022-02-01", "2023-01-22", "2024-02-10",
	"2025-01-29", "2026-02-17", "2027-02-06", "2028-01-26", "2029-02-13",
	"2030-02-02", "2031-01-23", "2032-02-11", "2033-01-31", "2034-02-19",
	"2035-02-08", "2036-01-28", "2037-02-15", "2038-02-04", "2039-01-24",
	"2040-02-12", "2041-02-01", "2042-01-22", "2043-02-10", "2044-01-30",
	"2045-02-17", "2046-02-06", "2047-01-26", "2048-02-14", "2049-02-02",
	"2050-01-23",
};

static const char *
fmt_date(const struct cal_date *d)
{
	static char	 buf[4][48];
	static int	 i;

	i = (i + 1) % 4;
	snprintf(buf[i], sizeof(buf[i]), "%04d-%02d-%02d", d->year, d->month,
	    d->day);
	return buf[i];
}

static const char *
fmt_time(int64_t t)
{
	static char	 buf[4][64];
	static int	 i;
	struct cal_date	 d;
	int		 m;

	i = (i + 1) % 4;
	cal_time_split(t, &d, &m);
	snprintf(buf[i], sizeof(buf[i]), "%04d-%02d-%02d %02d:%02d", d.year,
	    d.month, d.day, m / 60, m % 60);
	return buf[i];
}

static const char *
lunar_to(int y, int m, int d, int leap)
{
	struct cal_lunar l = { y, m, d, leap };
	struct cal_date	 s;

	if (cal_lunar_to_solar(&l, &s) == -1)
		return "none";
	return fmt_date(&s);
}

static void
test_jdn(void)
{
	struct cal_date	 d;

	CHECK(cal_jdn(2000, 1, 1) == 2451545, "JDN of 2000-01-01");
	CHECK(cal_jdn(1970, 1, 1) == 2440588, "JDN of 1970-01-01");
	cal_jdn_date(2460000, &d);
	CHECK_STR(fmt_date(&d), "2023-02-24", "date of JDN 2460000");
	CHECK(cal_weekday(cal_jdn(2026, 2, 17)) == 2, "2026-02-17 Tuesday");
	CHECK(cal_date_valid(2024, 2, 29) && !cal_date_valid(2025, 2, 29) &&
	    !cal_date_valid(2025, 4, 31) && !cal_date_valid(2025, 13, 1),
	    "date validity");
}

static void
test_tet(void)
{
	size_t	 i;
	int	 y;

	for (i = 0; i < sizeof(tet) / sizeof(tet[0]); i++) {
		y = 2000 + (int)i;
		CHECK_STR(lunar_to(y, 1, 1, 0), tet[i], "Tết");
	}
	CHECK_STR(lunar_to(1985, 1, 1, 0), "1985-01-21",
	    "Tết 1985 (China: 1985-02-20)");
}

static void
test_lunar(void)
{
	struct cal_date	 d = { 2025, 8, 23 };
	struct cal_lunar l;

	CHECK_STR(lunar_to(2024, 3, 10, 0), "2024-04-18", "Giỗ Tổ 2024");
	CHECK_STR(lunar_to(2025, 3, 10, 0), "2025-04-07", "Giỗ Tổ 2025");
	CHECK_STR(lunar_to(2026, 3, 10, 0), "2026-04-26", "Giỗ Tổ 2026");
	CHECK_STR(lunar_to(2023, 3, 10, 0), "2023-04-29", "Giỗ Tổ 2023");
	CHECK_STR(lunar_to(2020, 3, 10, 0), "2020-04-02", "Giỗ Tổ 2020");
	CHECK_STR(lunar_to(2023, 2, 1, 1), "2023-03-22", "2023 leap 2nd");
	CHECK_STR(lunar_to(2020, 4, 1, 1), "2020-05-23", "2020 leap 4th");
	CHECK_STR(lunar_to(2025, 6, 1, 1), "2025-07-25", "2025 leap 6th");
	CHECK_STR(lunar_to(2033, 11, 1, 1), "2033-12-22", "2033 leap 11th");
	CHECK_STR(lunar_to(2024, 6, 1, 1), "none", "2024 has no leap 6th");
	CHECK_STR(lunar_to(2025, 12, 30, 0), "none", "Chạp 2025 has 29 days");
	CHECK_STR(lunar_to(2024, 12, 29, 0), "2025-01-28", "29 Chạp 2024");
	CHECK_STR(lunar_to(2024, 12, 30, 0), "none", "no 30 Chạp 2024");
	CHECK(cal_solar_to_lunar(&d, &l) == 0 && l.year == 2025 &&
	    l.month == 7 && l.day == 1 && !l.leap, "2025-08-23 = 1/7/2025");
	d.year = 1900;
	CHECK(cal_solar_to_lunar(&d, &l) == -1, "1900 out of range");
	d.year = 2025;
	d.month = 2;
	d.day = 29;
	CHECK(cal_solar_to_lunar(&d, &l) == -1, "invalid date refused");
}

/* Every day of 2000..2050 survives solar -> lunar -> solar, and the
 * lunar day steps by one or restarts at 1. */
static void
test_round_trip(void)
{
	struct cal_date	 d, back;
	struct cal_lunar l, prev = { 0, 0, 0, 0 };
	long		 j, bad = 0, n = 0;

	for (j = cal_jdn(2000, 1, 1); j <= cal_jdn(2050, 12, 31); j++, n++) {
		cal_jdn_date(j, &d);
		if (cal_solar_to_lunar(&d, &l) == -1 ||
		    cal_lunar_to_solar(&l, &back) == -1 ||
		    cal_jdn(back.year, back.month, back.day) != j ||
		    (prev.day != 0 && l.day != prev.day + 1 && (l.day != 1 ||
		    prev.day < 29)))
			bad++;
		prev = l;
	}
	CHECK(bad == 0 && n == 18628, "round trip of %ld days: %ld bad",
	    n, bad);
}

static void
test_holidays(void)
{
	static const char *const want[][2] = {
		{ "2026-01-01", "Tết Dương lịch" },
		{ "2026-02-16", "Tết Nguyên đán" },
		{ "2026-02-17", "Tết Nguyên đán" },
		{ "2026-02-18", "Tết Nguyên đán" },
		{ "2026-02-19", "Tết Nguyên đán" },
		{ "2026-02-20", "Tết Nguyên đán" },
		{ "2026-04-26", "Giỗ Tổ Hùng Vương" },
		{ "2026-04-27", "Nghỉ bù Giỗ Tổ Hùng Vương" },
		{ "2026-04-30", "Ngày Chiến thắng" },
		{ "2026-05-01", "Ngày Quốc tế Lao động" },
		{ "2026-09-01", "Quốc khánh" },
		{ "2026-09-02", "Quốc khánh" },
	};
	struct cal_day	 h[CAL_HOLIDAYS_MAX];
	size_t		 i, n;

	n = cal_default_holidays(2026, h, CAL_HOLIDAYS_MAX);
	CHECK(n == sizeof(want) / sizeof(want[0]), "2026: %zu days", n);
	for (i = 0; i < n && i < sizeof(want) / sizeof(want[0]); i++) {
		CHECK_STR(fmt_date(&h[i].date), want[i][0], want[i][1]);
		CHECK_STR(h[i].name, want[i][1], fmt_date(&h[i].date));
	}
	CHECK(cal_default_holidays(2026, h, 3) == n, "short buffer: count");

	/* 2023: 1/1 Sunday -> 2/1; 2/9 Saturday, 1/9 Friday -> 4/9. */
	n = cal_default_holidays(2023, h, CAL_HOLIDAYS_MAX);
	CHECK(n == 17, "2023: %zu days", n);
	CHECK_STR(fmt_date(&h[1].date), "2023-01-02", "2023 Nghỉ bù 1/1");
	CHECK_STR(h[1].name, "Nghỉ bù Tết Dương lịch", "its name");
	CHECK_STR(fmt_date(&h[n - 1].date), "2023-09-04", "2023 Nghỉ bù 2/9");
	/* 2025: Tết 28/1..1/2, Saturday 1/2 -> Monday 3/2. */
	n = cal_default_holidays(2025, h, CAL_HOLIDAYS_MAX);
	CHECK_STR(fmt_date(&h[6].date), "2025-02-03", "2025 Nghỉ bù Tết");
	CHECK(cal_default_holidays(1900, h, CAL_HOLIDAYS_MAX) == 0,
	    "1900 out of range");
	for (i = 2000, n = 0; i <= 2099; i++)
		if (cal_default_holidays((int)i, h, 0) > CAL_HOLIDAYS_MAX)
			n++;
	CHECK(n == 0, "no year needs more than CAL_HOLIDAYS_MAX");
}

static int64_t
at(int y, int mo, int d, int h, int mi)
{
	struct cal_date	 dt = { y, mo, d };

	return cal_time(&dt, h * 60 + mi);
}

#define DAYS(c, t, n, want, what) do {					\
	int64_t due_ = 0;						\
	int rc_ = cal_add_working_days((c), (t), (n), &due_);		\
	CHECK(rc_ == 0, "%s: rc %d", (what), rc_);			\
	CHECK_STR(fmt_time(due_), (want), (what));			\
} while (0)

#define HOURS(c, t, n, want, what) do {					\
	int64_t due_ = 0;						\
	int rc_ = cal_add_working_hours((c), (t), (n), &due_);		\
	CHECK(rc_ == 0, "%s: rc %d", (what), rc_);			\
	CHECK_STR(fmt_time(due_), (want), (what));			\
} while (0)

static void
test_time(void)
{
	struct cal_date	 d;
	int		 m;

	/* 2026-03-01 23:30 UTC is 2026-03-02 06:30 in Vietnam. */
	CHECK_STR(fmt_time(cal_from_unix(1772407800)), "2026-03-02 06:30",
	    "UTC 23:30 is the next day");
	CHECK(cal_to_unix(at(2026, 3, 2, 6, 30)) == 1772407800, "and back");
	cal_time_split(cal_from_unix(-30), &d, &m);
	CHECK(d.year == 1970 && d.day == 1 && m == 419, "before the epoch");
}

static void
test_days(struct cal *c)
{
	static struct cal_day swap = { { 2026, 3, 7 }, CAL_WORKDAY,
	    "Làm bù" };
	struct cal	 s = *c;

	DAYS(c, at(2026, 2, 13, 9, 0), 5, "2026-02-27 09:00",
	    "Friday before Tết + 5");
	DAYS(c, at(2026, 3, 5, 10, 0), 3, "2026-03-10 10:00",
	    "Thursday + 3 across a weekend");
	DAYS(c, at(2026, 3, 2, 9, 0), 1, "2026-03-03 09:00",
	    "Monday 09:00 + 1");
	DAYS(c, at(2026, 3, 2, 16, 30), 1, "2026-03-03 16:30",
	    "16:30 + 1");
	DAYS(c, at(2026, 3, 2, 18, 0), 1, "2026-03-04 07:30", "18:00 + 1");
	DAYS(c, at(2026, 3, 2, 17, 0), 1, "2026-03-04 07:30", "17:00 + 1");
	DAYS(c, at(2026, 3, 2, 6, 0), 1, "2026-03-03 07:30", "06:00 + 1");
	DAYS(c, at(2026, 3, 2, 12, 0), 1, "2026-03-03 13:30", "lunch + 1");
	DAYS(c, at(2026, 3, 8, 10, 0), 1, "2026-03-10 07:30", "Sunday + 1");
	DAYS(c, at(2026, 3, 8, 10, 0), 0, "2026-03-09 07:30", "Sunday + 0");
	DAYS(c, at(2026, 4, 24, 9, 0), 1, "2026-04-28 09:00",
	    "Friday + 1 across Giỗ Tổ's Nghỉ bù");
	s.days = &swap;
	s.ndays = 1;
	DAYS(&s, at(2026, 3, 5, 10, 0), 3, "2026-03-09 10:00",
	    "Thursday + 3 with a worked Saturday");
	DAYS(&s, at(2026, 3, 7, 8, 0), 0, "2026-03-07 08:00",
	    "received on the worked Saturday");
}

static void
test_hours(struct cal *c)
{
	int64_t	 due;

	HOURS(c, at(2026, 3, 2, 15, 0), 8, "2026-03-03 15:30", "15:00 + 8 h");
	HOURS(c, at(2026, 3, 2, 10, 0), 4, "2026-03-02 16:00", "10:00 + 4 h");
	HOURS(c, at(2026, 3, 2, 15, 0), 2, "2026-03-02 17:00", "15:00 + 2 h");
	HOURS(c, at(2026, 3, 2, 18, 0), 4, "2026-03-03 11:30", "18:00 + 4 h");
	HOURS(c, at(2026, 3, 6, 16, 0), 2, "2026-03-09 08:30", "Friday + 2 h");
	HOURS(c, at(2026, 2, 13, 16, 0), 16, "2026-02-24 17:00",
	    "Friday before Tết + 16 h");
	CHECK(cal_add_working_hours(c, 0, -1, &due) == -1, "negative");
	CHECK(cal_add_working_days(c, 0, 4000, &due) == -1, "too many days");
}

static void
test_config(struct cal *c)
{
	static const struct cal_session one[] = { { 8 * 60, 16 * 60 } };
	static const struct cal_session bad[] = { { 600, 700 }, { 650, 800 } };
	struct cal	 s = *c;
	int64_t		 due;

	CHECK(cal_set_sessions(&s, bad, 2) == -1, "overlapping sessions");
	CHECK(s.nsession == 2 && s.session[0].start == 450, "unchanged");
	CHECK(cal_set_sessions(&s, one, 1) == 0, "one session 08:00-16:00");
	HOURS(&s, at(2026, 3, 2, 15, 0), 8, "2026-03-03 15:00",
	    "15:00 + 8 h, one session");
	s.weekend = 0x7f;
	CHECK(cal_add_working_days(&s, 0, 1, &due) == -1, "no working day");
}

static void
test_due(struct cal *c)
{
	struct cal_pause p[2] = {
		{ at(2026, 3, 4, 10, 0), at(2026, 3, 12, 14, 0) },
		{ at(2026, 3, 16, 9, 0), CAL_NONE },
	};
	int64_t		 rcv = at(2026, 3, 2, 9, 0), due = 0;

	CHECK(cal_due(c, rcv, NULL, 0, 10, CAL_DAYS, &due) == 0, "no pause");
	CHECK_STR(fmt_time(due), "2026-03-16 09:00", "10 days, no pause");
	CHECK(cal_due(c, rcv, p, 1, 10, CAL_DAYS, &due) == 0, "restarted");
	CHECK_STR(fmt_time(due), "2026-03-26 14:00",
	    "10 days from zero at the re-submission");
	CHECK(cal_due(c, rcv, p, 1, 8, CAL_HOURS, &due) == 0, "hours");
	CHECK_STR(fmt_time(due), "2026-03-13 14:30", "8 h from re-submission");
	due = 0;
	CHECK(cal_due(c, rcv, p, 2, 10, CAL_DAYS, &due) == CAL_STOPPED &&
	    due == 0, "second supplement awaited: clock stopped");
	p[1].restart = at(2026, 3, 20, 8, 0);
	CHECK(cal_due(c, rcv, p, 2, 1, CAL_DAYS, &due) == 0, "restarted");
	CHECK_STR(fmt_time(due), "2026-03-23 08:00", "from the last restart");
	p[1].stop = at(2026, 3, 10, 0, 0);
	CHECK(cal_due(c, rcv, p, 2, 1, CAL_DAYS, &due) == -1,
	    "stop before the previous restart");
	p[1].stop = at(2026, 3, 21, 0, 0);
	CHECK(cal_due(c, rcv, p, 2, 1, CAL_DAYS, &due) == -1,
	    "restart before its stop");
	p[0].restart = CAL_NONE;
	CHECK(cal_due(c, rcv, p, 2, 1, CAL_DAYS, &due) == -1,
	    "open pause that is not the last");
}

static void
test_parse(void)
{
	struct cal_date	d;

	CHECK(cal_parse_date("30/04/2030", &d) == 0 && d.year == 2030 &&
	    d.month == 4 && d.day == 30, "30/04/2030");
	CHECK(cal_parse_date(" 5/9/2024 ", &d) == 0 && d.day == 5 &&
	    d.month == 9, "5/9/2024 with spaces");
	CHECK(cal_parse_date("2024-09-05", &d) == 0 && d.day == 5 &&
	    d.month == 9 && d.year == 2024, "2024-09-05 (input type=date)");
	CHECK(cal_parse_date("31/02/2026", &d) == CAL_DATE_NONE,
	    "31/02 does not exist");
	CHECK(cal_parse_date("29/02/2024", &d) == 0, "29/02 of a leap year");
	CHECK(cal_parse_date("29/02/2100", &d) == CAL_DATE_NONE,
	    "2100 is not a leap year");
	CHECK(cal_parse_date("", &d) == CAL_DATE_SHAPE, "empty");
	CHECK(cal_parse_date("5-9-2024", &d) == CAL_DATE_SHAPE, "d-m-yyyy");
	CHECK(cal_parse_date("05/09/24", &d) == CAL_DATE_SHAPE, "two-digit year");
	CHECK(cal_parse_date("+5/09/2024", &d) == CAL_DATE_SHAPE, "a sign");
	CHECK(cal_parse_date("005/09/2024", &d) == CAL_DATE_SHAPE,
	    "three-digit day");
	CHECK(cal_parse_date("05/09/2024x", &d) == CAL_DATE_SHAPE,
	    "trailing text");
	CHECK(cal_parse_date("05/09/20245", &d) == CAL_DATE_SHAPE,
	    "five-digit year");
}

int
main(void)
{
	struct cal_day	 h[2 * CAL_HOLIDAYS_MAX];
	struct cal	 c;
	size_t		 n;

	test_jdn();
	test_parse();
	test_tet();
	test_lunar();
	test_round_trip();
	test_holidays();
	test_time();
	cal_init(&c);
	n = cal_default_holidays(2026, h, CAL_HOLIDAYS_MAX);
	c.days = h;
	c.ndays = n;
	test_days(&c);
	test_hours(&c);
	test_config(&c);
	test_due(&c);
	return CHECK_DONE();
}
