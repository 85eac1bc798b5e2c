/*
 * cal_: Julian days, the Vietnamese lunar calendar, default holidays and
 * working time.  See cal.h for the conventions.
 */
#include <math.h>
#include <stdint.h>
#include <string.h>

#include "cal.h"

#define PI		3.14159265358979323846
#define RAD(d)		((d) * (PI / 180.0))
#define ZONE		(7.0 / 24.0)	/* UTC+7, in days */
#define J2000		2451545.0
#define SYNODIC		29.530588861
#define JDN_EPOCH	2440588L	/* 1970-01-01 */
#define DAY_MIN		1440
#define SEARCH_DAYS	3660		/* ten years of looking for work */

/* --- Julian days ------------------------------------------------------ */

long
cal_jdn(int year, int month, int day)
{
	long	 a = (14 - month) / 12;
	long	 y = (long)year + 4800 - a;
	long	 m = month + 12 * a - 3;

	return day + (153 * m + 2) / 5 + 365 * y + y / 4 - y / 100 +
	    y / 400 - 32045;
}

void
cal_jdn_date(long jdn, struct cal_date *out)
{
	long	 a, b, c, d, e, m;

	a = jdn + 32044;
	b = (4 * a + 3) / 146097;
	c = a - 146097 * b / 4;
	d = (4 * c + 3) / 1461;
	e = c - 1461 * d / 4;
	m = (5 * e + 2) / 153;
	out->day = (int)(e - (153 * m + 2) / 5 + 1);
	out->month = (int)(m + 3 - 12 * (m / 10));
	out->year = (int)(100 * b + d - 4800 + m / 10);
}

int
cal_weekday(long jdn)
{
	return (int)(((jdn + 1) % 7 + 7) % 7);
}

int
cal_date_valid(int year, int month, int day)
{
	struct cal_date	 d;

	if (year < -4000 || year > 100000 || month < 1 || month > 12 ||
	    day < 1 || day > 31)
		return 0;
	cal_jdn_date(cal_jdn(year, month, day), &d);
	return d.year == year && d.month == month && d.day == day;
}

/* Reads 1..max digits at *p into *v and moves *p past them.  Returns how
 * many digits, or -1 (none, or more than max). */
static int
cal_digits(const char **p, int max, int *v)
{
	int	n = 0;

	*v = 0;
	while (**p >= '0' && **p <= '9') {
		if (++n > max)
			return -1;
		*v = *v * 10 + (**p - '0');
		(*p)++;
	}
	return n == 0 ? -1 : n;
}

int
cal_parse_date(const char *s, struct cal_date *d)
{
	const char	*p = s;
	int		 a, b, c, n;

	while (*p == ' ')
		p++;
	n = cal_digits(&p, 4, &a);
	if (n == 4 && *p == '-') {
		p++;
		if (cal_digits(&p, 2, &b) == -1 || *p++ != '-' ||
		    cal_digits(&p, 2, &c) == -1)
			return CAL_DATE_SHAPE;
		d->year = a;
		d->month = b;
		d->day = c;
	} else if (n >= 1 && n <= 2 && *p == '/') {
		p++;
		if (cal_digits(&p, 2, &b) == -1 || *p++ != '/' ||
		    cal_digits(&p, 4, &c) != 4)
			return CAL_DATE_SHAPE;
		d->day = a;
		d->month = b;
		d->year = c;
	} else
		return CAL_DATE_SHAPE;
	while (*p == ' ')
		p++;
	if (*p != '\0')
		return CAL_DATE_SHAPE;
	return cal_date_valid(d->year, d->month, d->day) ? 0 : CAL_DATE_NONE;
}

/* --- astronomy -------------------------------------------------------- */

/* TT - UT in seconds (Espenak and Meeus polynomials, 1900-2150). */
static double
delta_t(double y)
{
	double	 t;

	if (y < 1920) {
		t = y - 1900;
		return -2.79 + 1.494119 * t - 0.0598939 * t * t +
		    0.0061966 * t * t * t - 0.000197 * t * t * t * t;
	}
	if (y < 1941) {
		t = y - 1920;
		return 21.20 + 0.84493 * t - 0.076100 * t * t +
		    0.0020936 * t * t * t;
	}
	if (y < 1961) {
		t = y - 1950;
		return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
	}
	if (y < 1986) {
		t = y - 1975;
		return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
	}
	t = y - 2000;
	if (y < 2005)
		return 63.86 + t * (0.3345 + t * (-0.060374 + t * (0.0017275 +
		    t * (0.000651814 + t * 0.00002373599))));
	if (y < 2050)
		return 62.92 + 0.32217 * t + 0.005589 * t * t;
	t = (y - 1820) / 100;
	return -20 + 32 * t * t - 0.5628 * (2150 - y);
}

/* TT - UT in days at Julian date jd. */
static double
delta_t_days(double jd)
{
	return delta_t(2000.0 + (jd - J2000) / 365.25) / 86400.0;
}

/* The local (UTC+7) JDN of the day containing the UT instant jd. */
static long
local_day(double jd)
{
	return (long)floor(jd + 0.5 + ZONE);
}

/* Meeus 49: periodic terms of a new moon, coefficient in days, power
 * of E, and the multiples of M', M, F and the ascending node. */
static const struct moon_term {
	double		 c;
	signed char	 e, mp, m, f, om;
} moon_terms[] = {
	{ -0.40720, 0, 1, 0, 0, 0 }, { 0.17241, 1, 0, 1, 0, 0 },
	{ 0.01608, 0, 2, 0, 0, 0 }, { 0.01039, 0, 0, 0, 2, 0 },
	{ 0.00739, 1, 1, -1, 0, 0 }, { -0.00514, 1, 1, 1, 0, 0 },
	{ 0.00208, 2, 0, 2, 0, 0 }, { -0.00111, 0, 1, 0, -2, 0 },
	{ -0.00057, 0, 1, 0, 2, 0 }, { 0.00056, 1, 2, 1, 0, 0 },
	{ -0.00042, 0, 3, 0, 0, 0 }, { 0.00042, 1, 0, 1, 2, 0 },
	{ 0.00038, 1, 0, 1, -2, 0 }, { -0.00024, 1, 2, -1, 0, 0 },
	{ -0.00017, 0, 0, 0, 0, 1 }, { -0.00007, 0, 1, 2, 0, 0 },
	{ 0.00004, 0, 2, 0, -2, 0 }, { 0.00004, 0, 0, 3, 0, 0 },
	{ 0.00003, 0, 1, 1, -2, 0 }, { 0.00003, 0, 2, 0, 2, 0 },
	{ -0.00003, 0, 1, 1, 2, 0 }, { 0.00003, 0, 1, -1, 2, 0 },
	{ -0.00002, 0, 1, -1, -2, 0 }, { -0.00002, 0, 3, 1, 0, 0 },
	{ 0.00002, 0, 4, 0, 0, 0 },
};

/* Meeus 49: the planetary arguments A1..A14 (a + b k degrees, A1 also
 * - 0.009173 T^2) and their coefficients in microdays. */
static const struct planet_term {
	double	 a, b, c;
} planet_terms[] = {
	{ 299.77, 0.107408, 325 }, { 251.88, 0.016321, 165 },
	{ 251.83, 26.651886, 164 }, { 349.42, 36.412478, 126 },
	{ 84.66, 18.206239, 110 }, { 141.74, 53.303771, 62 },
	{ 207.14, 2.453732, 60 }, { 154.84, 7.306860, 56 },
	{ 34.52, 27.261239, 47 }, { 207.19, 0.121824, 42 },
	{ 291.34, 1.844379, 40 }, { 161.72, 24.198154, 37 },
	{ 239.56, 25.513099, 35 }, { 331.55, 3.592518, 23 },
};

/* Sum of the periodic and planetary terms of new moon k, in days. */
static double
moon_correction(double k, double t)
{
	double	 e, m, mp, f, om, arg, sum = 0;
	size_t	 i;

	e = 1 - 0.002516 * t - 0.0000074 * t * t;
	m = RAD(2.5534 + 29.10535670 * k - 0.0000014 * t * t -
	    0.00000011 * t * t * t);
	mp = RAD(201.5643 + 385.81693528 * k + 0.0107582 * t * t +
	    0.00001238 * t * t * t - 0.000000058 * t * t * t * t);
	f = RAD(160.7108 + 390.67050284 * k - 0.0016118 * t * t -
	    0.00000227 * t * t * t + 0.000000011 * t * t * t * t);
	om = RAD(124.7746 - 1.56375588 * k + 0.0020672 * t * t +
	    0.00000215 * t * t * t);
	for (i = 0; i < sizeof(moon_terms) / sizeof(moon_terms[0]); i++) {
		const struct moon_term *p = &moon_terms[i];

		arg = p->mp * mp + p->m * m + p->f * f + p->om * om;
		sum += p->c * pow(e, p->e) * sin(arg);
	}
	for (i = 0; i < sizeof(planet_terms) / sizeof(planet_terms[0]); i++) {
		arg = planet_terms[i].a + planet_terms[i].b * k;
		if (i == 0)
			arg -= 0.009173 * t * t;
		sum += planet_terms[i].c * 1e-6 * sin(RAD(arg));
	}
	return sum;
}

/* The UT Julian date of new moon number k (k = 0 in January 2000). */
static double
new_moon(long k)
{
	double	 kk = (double)k, t = kk / 1236.85, jde;

	jde = 2451550.09766 + SYNODIC * kk + 0.00015437 * t * t -
	    0.000000150 * t * t * t + 0.00000000073 * t * t * t * t;
	jde += moon_correction(kk, t);
	return jde - delta_t_days(jde);
}

/* The local day of new moon k. */
static long
new_moon_day(long k)
{
	return local_day(new_moon(k));
}

/* VSOP87 (Meeus appendix III, truncated): the Earth's heliocentric
 * longitude series L0..L5, terms A cos(B + C tau), A in 1e-8 rad. */
struct vsop {
	double	 a, b, c;
};

static const struct vsop vsop_l0[] = {
	{ 175347046, 0, 0 }, { 3341656, 4.6692568, 6283.0758500 },
	{ 34894, 4.62610, 12566.15170 }, { 3497, 2.7441, 5753.3849 },
	{ 3418, 2.8289, 3.5231 }, { 3136, 3.6277, 77713.7715 },
	{ 2676, 4.4181, 7860.4194 }, { 2343, 6.1352, 3930.2097 },
	{ 1324, 0.7425, 11506.7698 }, { 1273, 2.0371, 529.6910 },
	{ 1199, 1.1096, 1577.3435 }, { 990, 5.233, 5884.927 },
	{ 902, 2.045, 26.298 }, { 857, 3.508, 398.149 },
	{ 780, 1.179, 5223.694 }, { 753, 2.533, 5507.553 },
	{ 505, 4.583, 18849.228 }, { 492, 4.205, 775.523 },
	{ 357, 2.920, 0.067 }, { 317, 5.849, 11790.629 },
	{ 284, 1.899, 796.298 }, { 271, 0.315, 10977.079 },
	{ 243, 0.345, 5486.778 }, { 206, 4.806, 2544.314 },
	{ 205, 1.869, 5573.143 }, { 202, 2.458, 6069.777 },
	{ 156, 0.833, 213.299 }, { 132, 3.411, 2942.463 },
	{ 126, 1.083, 20.775 }, { 115, 0.645, 0.980 },
	{ 103, 0.636, 4694.003 }, { 102, 0.976, 15720.839 },
	{ 102, 4.267, 7.114 }, { 99, 6.21, 2146.17 },
	{ 98, 0.68, 155.42 }, { 86, 5.98, 161000.69 },
	{ 85, 1.30, 6275.96 }, { 85, 3.67, 71430.70 },
	{ 80, 1.81, 17260.15 }, { 79, 3.04, 12036.46 },
	{ 75, 1.76, 5088.63 }, { 74, 3.50, 3154.69 },
	{ 74, 4.68, 801.82 }, { 70, 0.83, 9437.76 },
	{ 62, 3.98, 8827.39 }, { 61, 1.82, 7084.90 },
	{ 57, 2.78, 6286.60 }, { 56, 4.39, 14143.50 },
	{ 56, 3.47, 6279.55 }, { 52, 0.19, 12139.55 },
	{ 52, 1.33, 1748.02 }, { 51, 0.28, 5856.48 },
	{ 49, 0.49, 1194.45 }, { 41, 5.37, 8429.24 },
	{ 41, 2.40, 19651.05 }, { 39, 6.17, 10447.39 },
	{ 37, 6.04, 10213.29 }, { 37, 2.57, 1059.38 },
	{ 36, 1.71, 2352.87 }, { 36, 1.78, 6812.77 },
	{ 33, 0.59, 17789.85 }, { 30, 0.44, 83996.85 },
	{ 30, 2.74, 1349.87 }, { 25, 3.16, 4690.48 },
};
static const struct vsop vsop_l1[] = {
	{ 628331966747.0, 0, 0 }, { 206059, 2.678235, 6283.075850 },
	{ 4303, 2.6351, 12566.1517 }, { 425, 1.590, 3.523 },
	{ 119, 5.796, 26.298 }, { 109, 2.966, 1577.344 },
	{ 93, 2.59, 18849.23 }, { 72, 1.14, 529.69 },
	{ 68, 1.87, 398.15 }, { 67, 4.41, 5507.55 },
	{ 59, 2.89, 5223.69 }, { 56, 2.17, 155.42 },
	{ 45, 0.40, 796.30 }, { 36, 0.47, 775.52 },
	{ 29, 2.65, 7.11 }, { 21, 5.34, 0.98 },
	{ 19, 1.85, 5486.78 }, { 19, 4.97, 213.30 },
	{ 17, 2.99, 6275.96 }, { 16, 0.03, 2544.31 },
	{ 16, 1.43, 2146.17 }, { 15, 1.21, 10977.08 },
	{ 12, 2.83, 1748.02 }, { 12, 3.26, 5088.63 },
	{ 12, 5.27, 1194.45 }, { 12, 2.08, 4694.00 },
	{ 11, 0.77, 553.57 }, { 10, 1.30, 6286.60 },
	{ 10, 4.24, 1349.87 }, { 9, 2.70, 242.73 },
	{ 9, 5.64, 951.72 }, { 8, 5.30, 2352.87 },
	{ 6, 2.65, 9437.76 }, { 6, 4.67, 4690.48 },
};
static const struct vsop vsop_l2[] = {
	{ 52919, 0, 0 }, { 8720, 1.0721, 6283.0758 },
	{ 309, 0.867, 12566.152 }, { 27, 0.05, 3.52 },
	{ 16, 5.19, 26.30 }, { 16, 3.68, 155.42 },
	{ 10, 0.76, 18849.23 }, { 9, 2.06, 77713.77 },
	{ 7, 0.83, 775.52 }, { 5, 4.66, 1577.34 },
	{ 4, 1.03, 7.11 }, { 4, 3.44, 5573.14 },
	{ 3, 5.14, 796.30 }, { 3, 6.05, 5507.55 },
	{ 3, 1.19, 242.73 }, { 3, 6.12, 529.69 },
	{ 3, 0.31, 398.15 }, { 3, 2.28, 553.57 },
	{ 2, 4.38, 5223.69 }, { 2, 3.75, 0.98 },
};
static const struct vsop vsop_l3[] = {
	{ 289, 5.844, 6283.076 }, { 35, 0, 0 },
	{ 17, 5.49, 12566.15 }, { 3, 5.20, 155.42 },
	{ 1, 4.72, 3.52 }, { 1, 5.30, 18849.23 },
	{ 1, 5.97, 242.73 },
};
static const struct vsop vsop_l4[] = {
	{ 114, 3.142, 0 }, { 8, 4.13, 6283.08 }, { 1, 3.84, 12566.15 },
};

static double
vsop_sum(const struct vsop *v, size_t n, double tau)
{
	double	 s = 0;
	size_t	 i;

	for (i = 0; i < n; i++)
		s += v[i].a * cos(v[i].b + v[i].c * tau);
	return s;
}

#define VSOP(v, tau)	vsop_sum((v), sizeof(v) / sizeof((v)[0]), (tau))

/* The Earth's heliocentric longitude at JDE, radians (Meeus 32). */
static double
earth_longitude(double jde)
{
	double	 tau = (jde - J2000) / 365250.0;

	return (VSOP(vsop_l0, tau) + tau * (VSOP(vsop_l1, tau) +
	    tau * (VSOP(vsop_l2, tau) + tau * (VSOP(vsop_l3, tau) +
	    tau * (VSOP(vsop_l4, tau) - tau))))) / 1e8;
}

/* The sun's apparent longitude at the UT Julian date jd, degrees in
 * [0, 360): geocentric, FK5, nutation in longitude, aberration. */
static double
sun_longitude(double jd)
{
	double	 jde = jd + delta_t_days(jd), t, l, om, ls, lm, r, m;

	t = (jde - J2000) / 36525.0;
	l = earth_longitude(jde) * 180.0 / PI + 180.0;
	l -= 0.09033 / 3600.0;
	om = RAD(125.04452 - 1934.136261 * t);
	ls = RAD(280.4665 + 36000.7698 * t);
	lm = RAD(218.3165 + 481267.8813 * t);
	l += (-17.20 * sin(om) - 1.32 * sin(2 * ls) - 0.23 * sin(2 * lm) +
	    0.21 * sin(2 * om)) / 3600.0;
	m = RAD(357.52911 + 35999.05029 * t);
	r = 1.000001018 * (1 - 0.016708634 * 0.016708634) /
	    (1 + 0.016708634 * cos(m + RAD(1.914602 * sin(m))));
	l -= 20.4898 / 3600.0 / r;
	l = fmod(l, 360.0);
	return l < 0 ? l + 360.0 : l;
}

/* The UT Julian date when the sun's longitude is lon degrees, the one
 * nearest to guess. */
static double
solar_term(double lon, double guess)
{
	double	 jd = guess, d;
	int	 i;

	for (i = 0; i < 30; i++) {
		d = fmod(lon - sun_longitude(jd) + 540.0, 360.0) - 180.0;
		jd += d * 365.2422 / 360.0;
		if (fabs(d) < 1e-7)
			break;
	}
	return jd;
}

/* The 30° sector (0..11) of the sun at the start of local day jdn. */
static int
sun_sector(long jdn)
{
	return (int)(sun_longitude((double)jdn - 0.5 - ZONE) / 30.0);
}

/* --- the lunar calendar ----------------------------------------------- */

/*
 * The lunar months from month 11 of `year` (the one holding the
 * December solstice of that solar year) to the next month 11: their
 * first days (start[n] is the next month 11), numbers, leap flags and
 * lunar years.
 */
struct block {
	long	 start[14];
	int	 month[13];
	int	 leap[13];
	int	 year[13];
	int	 n;
};

/* The number k of the new moon that starts month 11 of year. */
static long
month11(int year)
{
	double	 sol;
	long	 day, k;

	sol = solar_term(270.0, (double)cal_jdn(year, 12, 21));
	day = local_day(sol);
	k = (long)floor((sol - 2451550.09766) / SYNODIC);
	while (new_moon_day(k) > day)
		k--;
	while (new_moon_day(k + 1) <= day)
		k++;
	return k;
}

/* Index 1..12 of the first month of a 13-month block without a major
 * solar term. */
static int
leap_index(const struct block *b)
{
	int	 i, s, next;

	next = sun_sector(b->start[1]);
	for (i = 1; i < 12; i++) {
		s = next;
		next = sun_sector(b->start[i + 1]);
		if (s == next)
			return i;
	}
	return 12;
}

static void
block_make(int year, struct block *b)
{
	long	 k0, k1;
	int	 i, li, m = 10, y = year;

	k0 = month11(year);
	k1 = month11(year + 1);
	b->n = (int)(k1 - k0);
	for (i = 0; i <= b->n; i++)
		b->start[i] = new_moon_day(k0 + i);
	li = b->n == 13 ? leap_index(b) : -1;
	for (i = 0; i < b->n; i++) {
		b->leap[i] = i == li;
		if (!b->leap[i] && ++m > 12) {
			m = 1;
			y = year + 1;
		}
		b->month[i] = m;
		b->year[i] = y;
	}
}

int
cal_solar_to_lunar(const struct cal_date *d, struct cal_lunar *out)
{
	struct block	 b;
	long		 jdn;
	int		 i;

	if (!cal_date_valid(d->year, d->month, d->day) ||
	    d->year < CAL_YEAR_MIN || d->year > CAL_YEAR_MAX)
		return -1;
	jdn = cal_jdn(d->year, d->month, d->day);
	block_make(jdn >= new_moon_day(month11(d->year)) ? d->year :
	    d->year - 1, &b);
	for (i = 0; i < b.n - 1 && jdn >= b.start[i + 1]; i++)
		continue;
	out->year = b.year[i];
	out->month = b.month[i];
	out->leap = b.leap[i];
	out->day = (int)(jdn - b.start[i] + 1);
	return 0;
}

int
cal_lunar_to_solar(const struct cal_lunar *l, struct cal_date *out)
{
	struct block	 b;
	int		 i;

	if (l->year < CAL_YEAR_MIN || l->year > CAL_YEAR_MAX ||
	    l->month < 1 || l->month > 12 || l->day < 1 || l->day > 30)
		return -1;
	block_make(l->month >= 11 ? l->year : l->year - 1, &b);
	for (i = 0; i < b.n; i++) {
		if (b.month[i] != l->month || b.leap[i] != (l->leap != 0) ||
		    b.year[i] != l->year)
			continue;
		if (l->day > b.start[i + 1] - b.start[i])
			return -1;
		cal_jdn_date(b.start[i] + l->day - 1, out);
		return 0;
	}
	return -1;
}

/* --- default holidays ------------------------------------------------- */

struct hol {
	long		 jdn;
	const char	*name;
	const char	*comp;		/* name of its Nghỉ bù, NULL for one */
};

static const char TET[] = "Tết Nguyên đán";

/* Adds a holiday unless its date is already listed; returns the new n. */
static size_t
hol_add(struct hol *h, size_t n, long jdn, const char *name,
    const char *comp)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (h[i].jdn == jdn)
			return n;
	h[n].jdn = jdn;
	h[n].name = name;
	h[n].comp = comp;
	return n + 1;
}

static void
hol_sort(struct hol *h, size_t n)
{
	struct hol	 t;
	size_t		 i, j;

	for (i = 1; i < n; i++) {
		t = h[i];
		for (j = i; j > 0 && h[j - 1].jdn > t.jdn; j--)
			h[j] = h[j - 1];
		h[j] = t;
	}
}

/* The statutory holidays of year, unsorted; returns their number. */
static size_t
hol_base(int year, struct hol *h)
{
	struct cal_lunar l = { year, 1, 1, 0 };
	struct cal_date	 d;
	size_t		 n = 0;
	long		 tet, qk;
	int		 i, wd;

	n = hol_add(h, n, cal_jdn(year, 1, 1), "Tết Dương lịch",
	    "Nghỉ bù Tết Dương lịch");
	if (cal_lunar_to_solar(&l, &d) == -1)
		return n;
	tet = cal_jdn(d.year, d.month, d.day);
	for (i = -1; i < 4; i++)
		n = hol_add(h, n, tet + i, TET, "Nghỉ bù Tết Nguyên đán");
	l.month = 3;
	l.day = 10;
	if (cal_lunar_to_solar(&l, &d) == 0)
		n = hol_add(h, n, cal_jdn(d.year, d.month, d.day),
		    "Giỗ Tổ Hùng Vương", "Nghỉ bù Giỗ Tổ Hùng Vương");
	n = hol_add(h, n, cal_jdn(year, 4, 30), "Ngày Chiến thắng",
	    "Nghỉ bù Ngày Chiến thắng");
	n = hol_add(h, n, cal_jdn(year, 5, 1), "Ngày Quốc tế Lao động",
	    "Nghỉ bù Ngày Quốc tế Lao động");
	qk = cal_jdn(year, 9, 2);
	wd = cal_weekday(qk);
	n = hol_add(h, n, qk + (wd == 0 || wd == 1 || wd == 4 ? 1 : -1),
	    "Quốc khánh", "Nghỉ bù Quốc khánh");
	n = hol_add(h, n, qk, "Quốc khánh", "Nghỉ bù Quốc khánh");
	return n;
}

static int
is_weekend(long jdn)
{
	int	 wd = cal_weekday(jdn);

	return wd == 0 || wd == 6;
}

static int
hol_listed(const struct hol *h, size_t n, long jdn)
{
	size_t	 i;

	for (i = 0; i < n; i++)
		if (h[i].jdn == jdn)
			return 1;
	return 0;
}

size_t
cal_default_holidays(int year, struct cal_day *out, size_t max)
{
	struct hol	 h[CAL_HOLIDAYS_MAX];
	size_t		 i, n, all;
	long		 d;

	if (year < CAL_YEAR_MIN || year > CAL_YEAR_MAX)
		return 0;
	n = all = hol_base(year, h);
	hol_sort(h, n);
	for (i = 0; i < n; i++) {
		if (!is_weekend(h[i].jdn))
			continue;
		for (d = h[i].jdn + 1; is_weekend(d) ||
		    hol_listed(h, all, d); d++)
			continue;
		all = hol_add(h, all, d, h[i].comp, NULL);
	}
	hol_sort(h, all);
	for (i = 0; i < all && i < max; i++) {
		cal_jdn_date(h[i].jdn, &out[i].date);
		out[i].kind = CAL_HOLIDAY;
		out[i].name = h[i].name;
	}
	return all;
}

/* --- working time ----------------------------------------------------- */

void
cal_init(struct cal *c)
{
	memset(c, 0, sizeof(*c));
	c->session[0].start = 7 * 60 + 30;
	c->session[0].end = 11 * 60 + 30;
	c->session[1].start = 13 * 60 + 30;
	c->session[1].end = 17 * 60;
	c->nsession = 2;
	c->weekend = 1u << 0 | 1u << 6;
}

int
cal_set_sessions(struct cal *c, const struct cal_session *s, size_t n)
{
	size_t	 i;
	int	 prev = 0;

	if (n < 1 || n > CAL_SESSIONS_MAX)
		return -1;
	for (i = 0; i < n; i++) {
		if (s[i].start < prev || s[i].start >= s[i].end ||
		    s[i].end > DAY_MIN)
			return -1;
		prev = s[i].end;
	}
	memcpy(c->session, s, n * sizeof(*s));
	c->nsession = n;
	return 0;
}

int
cal_is_working_day(const struct cal *c, long jdn)
{
	size_t	 i;
	int	 work = -1;

	for (i = 0; i < c->ndays; i++) {
		const struct cal_day *d = &c->days[i];

		if (cal_jdn(d->date.year, d->date.month, d->date.day) != jdn)
			continue;
		if (d->kind == CAL_HOLIDAY)
			return 0;
		work = 1;
	}
	if (work == 1)
		return 1;
	return !(c->weekend & 1u << cal_weekday(jdn));
}

/* Floor division for negative times. */
static int64_t
floor_div(int64_t a, int64_t b)
{
	return a / b - (a % b != 0 && (a < 0) != (b < 0));
}

int64_t
cal_from_unix(time_t t)
{
	return floor_div((int64_t)t, 60) + 7 * 60;
}

time_t
cal_to_unix(int64_t t)
{
	return (time_t)((t - 7 * 60) * 60);
}

int64_t
cal_time(const struct cal_date *d, int minute)
{
	return ((int64_t)cal_jdn(d->year, d->month, d->day) - JDN_EPOCH) *
	    DAY_MIN + minute;
}

void
cal_time_split(int64_t t, struct cal_date *d, int *minute)
{
	int64_t	 day = floor_div(t, DAY_MIN);

	cal_jdn_date((long)(day + JDN_EPOCH), d);
	*minute = (int)(t - day * DAY_MIN);
}

/* The first working day after jdn into *out; 0 or -1. */
static int
next_working_day(const struct cal *c, long jdn, long *out)
{
	long	 d;

	for (d = jdn + 1; d <= jdn + SEARCH_DAYS; d++) {
		if (cal_is_working_day(c, d)) {
			*out = d;
			return 0;
		}
	}
	return -1;
}

/*
 * The first working minute at or after t: its day in *day, the index
 * of its session in *s and its minute of the day in *min.  0 or -1.
 */
static int
first_working(const struct cal *c, int64_t t, long *day, size_t *s,
    int *min)
{
	int64_t	 dd = floor_div(t, DAY_MIN);
	long	 d = (long)(dd + JDN_EPOCH);
	int	 m = (int)(t - dd * DAY_MIN);
	size_t	 i;

	if (c->nsession == 0)
		return -1;
	if (!cal_is_working_day(c, d)) {
		if (next_working_day(c, d, &d) == -1)
			return -1;
		m = 0;
	}
	for (i = 0; i < c->nsession; i++)
		if (m < c->session[i].end)
			break;
	if (i == c->nsession) {
		if (next_working_day(c, d, &d) == -1)
			return -1;
		i = 0;
		m = 0;
	}
	*day = d;
	*s = i;
	*min = m > c->session[i].start ? m : c->session[i].start;
	return 0;
}

static int64_t
make_time(long jdn, int minute)
{
	return ((int64_t)jdn - JDN_EPOCH) * DAY_MIN + minute;
}

int
cal_add_working_days(const struct cal *c, int64_t start, int days,
    int64_t *due)
{
	long	 d;
	size_t	 s;
	int	 m, i;

	if (days < 0 || days > 3650 || first_working(c, start, &d, &s, &m))
		return -1;
	for (i = 0; i < days; i++)
		if (next_working_day(c, d, &d) == -1)
			return -1;
	*due = make_time(d, m);
	return 0;
}

int
cal_add_working_hours(const struct cal *c, int64_t start, int hours,
    int64_t *due)
{
	long	 d;
	size_t	 s;
	int	 m, left;

	if (hours < 0 || hours > 87600 || first_working(c, start, &d, &s, &m))
		return -1;
	left = hours * 60;
	while (left > c->session[s].end - m) {
		left -= c->session[s].end - m;
		if (++s == c->nsession) {
			if (next_working_day(c, d, &d) == -1)
				return -1;
			s = 0;
		}
		m = c->session[s].start;
	}
	*due = make_time(d, m + left);
	return 0;
}

int
cal_due(const struct cal *c, int64_t received, const struct cal_pause *p,
    size_t n, int amount, enum cal_unit unit, int64_t *due)
{
	int64_t	 from = received;
	size_t	 i;

	for (i = 0; i < n; i++) {
		if (p[i].stop < from)
			return -1;
		if (p[i].restart == CAL_NONE)
			return i + 1 == n ? CAL_STOPPED : -1;
		if (p[i].restart < p[i].stop)
			return -1;
		from = p[i].restart;
	}
	if (unit == CAL_HOURS)
		return cal_add_working_hours(c, from, amount, due);
	if (unit == CAL_DAYS)
		return cal_add_working_days(c, from, amount, due);
	return -1;
}
