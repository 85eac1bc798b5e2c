/*
 * cal_: the working calendar (SPEC §7).
 *
 * Dates are Gregorian; a day is also named by its Julian day number
 * (JDN, the integer day count that is 2451545 for 2000-01-01).  A point
 * in time is an int64_t count of minutes since 1970-01-01 00:00 in
 * Vietnam time (UTC+7, no daylight saving): cal_from_unix() and
 * cal_to_unix() convert with the fixed offset, so nothing depends on the
 * server's time zone.
 *
 * The lunar calendar is the Vietnamese one, computed for UTC+7: a month
 * begins on the local day of a new moon, month 11 contains the December
 * solstice, and in a span of 13 months from one month 11 to the next the
 * first month without a major solar term (a multiple of 30° of the sun's
 * apparent longitude) is the leap month, numbered as the month before it.
 * New moons come from Meeus' series (Astronomical Algorithms, ch. 49),
 * the sun from truncated VSOP87 (ch. 25, 32), TT - UT from the
 * Espenak-Meeus polynomials: timings good to about a minute.
 *
 * Nothing here touches the database or allocates: callers load the
 * yearly holiday table and lend it to a struct cal.
 */
#ifndef CAL_H
#define CAL_H

#include <stddef.h>
#include <stdint.h>
#include <time.h>

/* Years the lunar calendar and the default holidays cover. */
#define CAL_YEAR_MIN		1901
#define CAL_YEAR_MAX		2099
/* At most this many entries in one year's default holidays. */
#define CAL_HOLIDAYS_MAX	24
#define CAL_SESSIONS_MAX	4
/* cal_due(): the clock is stopped (a supplement is awaited). */
#define CAL_STOPPED		1
/* struct cal_pause.restart while the supplement is still awaited. */
#define CAL_NONE		INT64_MIN

struct cal_date {
	int	 year;
	int	 month;		/* 1..12 */
	int	 day;		/* 1..31 */
};

struct cal_lunar {
	int	 year;		/* the year of its 1 Giêng (Tết) */
	int	 month;		/* 1..12 */
	int	 day;		/* 1..30 */
	int	 leap;		/* 1 for the leap (nhuận) month */
};

enum cal_kind {
	CAL_HOLIDAY,		/* no work, whatever the weekday */
	CAL_WORKDAY		/* worked, even on a weekend day (swap) */
};

/* One row of the yearly table; name is borrowed, never freed here. */
struct cal_day {
	struct cal_date	 date;
	enum cal_kind	 kind;
	const char	*name;
};

/* A working session: minutes of the day, [start, end). */
struct cal_session {
	int	 start;
	int	 end;
};

/*
 * A working calendar.  cal_init() fills in the defaults; days points to
 * the caller's holiday and swapped-day table (any order, borrowed for
 * as long as the struct is used).  A day listed as CAL_HOLIDAY is not
 * worked; else one listed as CAL_WORKDAY is; else it is worked unless
 * its weekday bit (1 << weekday, 0 = Sunday) is set in weekend.
 */
struct cal {
	struct cal_session	 session[CAL_SESSIONS_MAX];
	size_t			 nsession;
	unsigned		 weekend;
	const struct cal_day	*days;
	size_t			 ndays;
};

enum cal_unit {
	CAL_DAYS,
	CAL_HOURS
};

/* A supplement request at stop; the complete re-submission at restart,
 * or CAL_NONE while it is awaited. */
struct cal_pause {
	int64_t	 stop;
	int64_t	 restart;
};

/* The JDN of a Gregorian date (proleptic; any year after -4800). */
long	 cal_jdn(int year, int month, int day);
/* The Gregorian date of a JDN into *out. */
void	 cal_jdn_date(long jdn, struct cal_date *out);
/* Weekday of a JDN: 0 Sunday .. 6 Saturday. */
int	 cal_weekday(long jdn);
/* 1 if year-month-day is a real Gregorian date, else 0. */
int	 cal_date_valid(int year, int month, int day);

/* A date as people type it into *out: "d/m/yyyy" (day and month of one
 * or two digits) or "yyyy-m-d" (also what <input type="date"> sends),
 * spaces around allowed.  Returns 0; CAL_DATE_SHAPE when s has neither
 * shape; CAL_DATE_NONE when it has one but names no real day (31/02,
 * 29/02 of a common year) — *out then holds the numbers as typed. */
#define CAL_DATE_SHAPE	(-1)
#define CAL_DATE_NONE	(-2)
int	 cal_parse_date(const char *s, struct cal_date *out);

/* The lunar date of a solar date into *out.  0, or -1 if the date is
 * invalid or its year is outside CAL_YEAR_MIN..CAL_YEAR_MAX. */
int	 cal_solar_to_lunar(const struct cal_date *, struct cal_lunar *out);
/* The solar date of a lunar date into *out.  0, or -1 if that lunar
 * date does not exist (no such leap month, day 30 of a 29-day month) or
 * its year is outside CAL_YEAR_MIN..CAL_YEAR_MAX. */
int	 cal_lunar_to_solar(const struct cal_lunar *, struct cal_date *out);

/*
 * The default public holidays of a solar year (Labour Code 2019 Đ112),
 * sorted by date, all CAL_HOLIDAY, names static Vietnamese strings:
 * 1/1; Tết Nguyên đán = the last day of the lunar year and 1..4 Giêng;
 * Giỗ Tổ Hùng Vương 10/3 lunar; 30/4; 1/5; Quốc khánh 2/9 and an
 * adjacent day, 3/9 when 2/9 is a Sunday, Monday or Thursday and 1/9
 * otherwise (as the government chose in 2021-2025).  Each holiday on a
 * Saturday or Sunday gives a "Nghỉ bù" day on the first following
 * weekday that is neither a holiday nor already a "Nghỉ bù" day.  Two
 * holidays on one date count once.  This is the proposal the system
 * admin edits, not the law: the government fixes Tết and 1/9-3/9 yearly.
 * Stores at most max entries in out and returns how many the year has
 * (at most CAL_HOLIDAYS_MAX; 0 if year is out of range).
 */
size_t	 cal_default_holidays(int year, struct cal_day *out, size_t max);

/* Defaults: sessions 07:30-11:30 and 13:30-17:00, weekend Saturday and
 * Sunday, no holidays. */
void	 cal_init(struct cal *);
/* Replaces the sessions with s[0..n): 1 <= n <= CAL_SESSIONS_MAX, each
 * start < end within 0..1440, in order and not overlapping.  0, or -1
 * (and c unchanged) if they are not. */
int	 cal_set_sessions(struct cal *c, const struct cal_session *s,
	    size_t n);
/* 1 if the day with this JDN is worked, else 0. */
int	 cal_is_working_day(const struct cal *, long jdn);

/* Unix time to Vietnam minutes (seconds dropped) and back. */
int64_t	 cal_from_unix(time_t);
time_t	 cal_to_unix(int64_t t);
/* The time at minute 0..1439 of a date, and the parts of a time. */
int64_t	 cal_time(const struct cal_date *, int minute);
void	 cal_time_split(int64_t t, struct cal_date *date, int *minute);

/*
 * Working time.  The start is first moved to the first working minute
 * at or after it (the next session's start if it falls outside the
 * sessions of a working day; a session's end minute is outside it).
 *
 * cal_add_working_days: due = the same minute of the day, `days`
 * working days after the (moved) start: Monday 09:00 + 1 = Tuesday
 * 09:00; Monday 18:00 + 1 = Wednesday 07:30.
 * cal_add_working_hours: due = when `hours` of session time have run
 * from the (moved) start: Monday 15:00 + 8 = Tuesday 15:30; the due
 * time may be a session's end (Monday 15:00 + 2 = Monday 17:00).
 *
 * Both store the due time in *due and return 0, or -1 if the amount is
 * negative or too large (over 3650 days, 87600 hours) or no working
 * minute is found within ten years.
 */
int	 cal_add_working_days(const struct cal *, int64_t start, int days,
	    int64_t *due);
int	 cal_add_working_hours(const struct cal *, int64_t start, int hours,
	    int64_t *due);

/*
 * The due time of a dossier received at `received` with processing time
 * `amount` `unit`, given its supplement pauses p[0..n) in time order: a
 * complete re-submission restarts the time from zero (NĐ 61/2018
 * Đ19.4), so due = received (or the last restart) + amount.  Returns 0
 * with *due set; CAL_STOPPED if the last pause awaits its restart (*due
 * untouched); -1 if the pauses are out of order (each stop at or after
 * the previous restart or reception, each restart at or after its stop,
 * only the last one open) or the addition fails.
 */
int	 cal_due(const struct cal *, int64_t received,
	    const struct cal_pause *p, size_t n, int amount,
	    enum cal_unit unit, int64_t *due);

#endif
