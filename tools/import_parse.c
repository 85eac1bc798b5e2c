#include <ctype.h>
#include <stdint.h>
#include <string.h>

#include <utf8proc.h>

#include "import_parse.h"
#include "pool.h"

#define CHAN_HEADER	"Hình thức nộpThời gianPhí, lệ phíMô tả"
#define COMP_HEADER	"Tên giấy tờMẫu đơn, tờ khaiSố lượng"
#define LEGAL_HEADER	"Tên văn bản pháp lýMã văn bản"
#define NO_INFO		"Không có thông tin"
#define FORM_NAME_MAX	160	/* bytes searched back for a form name */

/* ---- characters ------------------------------------------------------ */

/* The code point at s (0 at the end, -1 for a bad byte); sets *len to
 * its length in bytes (at least 1 unless at the end). */
static int32_t
u8_get(const char *s, size_t *len)
{
	utf8proc_int32_t	cp;
	utf8proc_ssize_t	n;

	if (*s == '\0') {
		*len = 0;
		return 0;
	}
	n = utf8proc_iterate((const utf8proc_uint8_t *)s, 4, &cp);
	if (n <= 0 || cp < 0) {
		*len = 1;
		return -1;
	}
	*len = (size_t)n;
	return cp;
}

/* The start of the code point before p, never before start. */
static const char *
u8_prev(const char *start, const char *p)
{
	if (p <= start)
		return start;
	p--;
	while (p > start && ((unsigned char)*p & 0xc0) == 0x80)
		p--;
	return p;
}

static int
is_upper(int32_t cp)
{
	return cp > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LU;
}

static int
is_lower(int32_t cp)
{
	return cp > 0 && utf8proc_category(cp) == UTF8PROC_CATEGORY_LL;
}

static int
is_digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Bytes of a blank at s: space, tab or NO-BREAK SPACE; else 0. */
static size_t
blank_len(const char *s)
{
	if (*s == ' ' || *s == '\t')
		return 1;
	if ((unsigned char)s[0] == 0xc2 && (unsigned char)s[1] == 0xa0)
		return 2;
	return 0;
}

static const char *
skip_blanks(const char *s)
{
	size_t	n;

	while ((n = blank_len(s)) > 0)
		s += n;
	return s;
}

static int
is_space(const char *s)
{
	return blank_len(s) > 0 || *s == '\n' || *s == '\r';
}

/* strlen(w) if s starts with w, ASCII letters compared without case;
 * else 0. */
static size_t
pfx(const char *s, const char *w)
{
	size_t	i;
	char	a, b;

	for (i = 0; w[i] != '\0'; i++) {
		a = s[i];
		b = w[i];
		if (a >= 'A' && a <= 'Z')
			a = (char)(a - 'A' + 'a');
		if (b >= 'A' && b <= 'Z')
			b = (char)(b - 'A' + 'a');
		if (a != b)
			return 0;
	}
	return i;
}

/* The first of the words in list that s starts with (as pfx), its index
 * in *which; 0 when none does. */
static size_t
pfx_any(const char *s, const char *const *list, size_t *which)
{
	size_t	i, n;

	for (i = 0; list[i] != NULL; i++)
		if ((n = pfx(s, list[i])) > 0) {
			if (which != NULL)
				*which = i;
			return n;
		}
	return 0;
}

/* A pool copy of [b, e) without leading and trailing white space. */
static char *
trim_dup(struct pool *pl, const char *b, const char *e)
{
	while (b < e && is_space(b))
		b += blank_len(b) > 0 ? blank_len(b) : 1;
	while (e > b && (e[-1] == ' ' || e[-1] == '\t' || e[-1] == '\n' ||
	    e[-1] == '\r' || ((unsigned char)e[-1] == 0xa0 && e - 1 > b &&
	    (unsigned char)e[-2] == 0xc2)))
		e -= (unsigned char)e[-1] == 0xa0 ? 2 : 1;
	return pool_strndup(pl, b, (size_t)(e - b));
}

/* Like strstr, but only in [s, e). */
static const char *
find_in(const char *s, const char *e, const char *w)
{
	size_t	n = strlen(w);

	for (; s + n <= e; s++)
		if (*s == *w && memcmp(s, w, n) == 0)
			return s;
	return NULL;
}

/* A growing string in a pool: appending n bytes costs O(n), and the pool
 * holds at most twice the final length. */
struct sbuf {
	char	*s;
	size_t	 len, cap;
};

static void
sb_add(struct pool *pl, struct sbuf *b, const char *s, size_t n)
{
	char	*ns;

	if (b->len + n + 1 > b->cap) {
		b->cap = (b->len + n + 1) * 2;
		ns = pool_alloc(pl, b->cap);
		if (b->len > 0)
			memcpy(ns, b->s, b->len);
		b->s = ns;
	}
	memcpy(b->s + b->len, s, n);
	b->len += n;
	b->s[b->len] = '\0';
}

static void
sb_str(struct pool *pl, struct sbuf *b, const char *s)
{
	sb_add(pl, b, s, strlen(s));
}

/* A new line unless b is empty. */
static void
sb_line(struct pool *pl, struct sbuf *b)
{
	if (b->len > 0)
		sb_add(pl, b, "\n", 1);
}

/* ---- small fields ----------------------------------------------------- */

int
parse_is_empty(const char *s)
{
	const char	*e;

	while (is_space(s))
		s += blank_len(s) > 0 ? blank_len(s) : 1;
	e = s + strlen(s);
	while (e > s && is_space(e - 1))
		e--;
	if (e == s || (e - s <= 2 && strncmp(s, "--", (size_t)(e - s)) == 0))
		return 1;
	return (size_t)(e - s) == strlen(NO_INFO) && pfx(s, NO_INFO) > 0;
}

int
parse_code_valid(const char *code)
{
	size_t	i;
	char	c;

	for (i = 0; (c = code[i]) != '\0'; i++)
		if (i >= 32 || !((c >= '0' && c <= '9') ||
		    (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') ||
		    c == '.' || c == '-'))
			return 0;
	return i > 0;
}

unsigned
parse_levels(const char *s, int *unknown)
{
	static const char *const names[] = { "Cấp bộ", "Cấp tỉnh",
	    "Cấp huyện", "Cấp xã", "Cơ quan khác", NULL };
	const char	*p, *e;
	unsigned	 mask = 0;
	size_t		 n, which;

	*unknown = 0;
	for (p = s; *p != '\0'; p = *e == ',' ? e + 1 : e) {
		if ((e = strchr(p, ',')) == NULL)
			e = p + strlen(p);
		while (p < e && is_space(p))
			p += blank_len(p) > 0 ? blank_len(p) : 1;
		if (p == e)
			continue;
		n = pfx_any(p, names, &which);
		if (n > 0 && skip_blanks(p + n) >= e)
			mask |= 1u << which;
		else
			*unknown = 1;
	}
	return mask;
}

/* ---- durations -------------------------------------------------------- */

/* A decimal number of at most 4 integer digits ("27", "0.5", "1,5") at
 * s; returns the bytes read, 0 if none. */
static size_t
dur_number(const char *s, double *v)
{
	size_t	i = 0, f = 0;
	double	x = 0, scale = 1;

	while (is_digit(s[i]) && i < 5)
		x = x * 10 + (s[i++] - '0');
	if (i == 0 || i > 4)
		return 0;
	if ((s[i] == '.' || s[i] == ',') && is_digit(s[i + 1])) {
		while (is_digit(s[i + 1 + f]) && f < 3)
			f++;
		if (f <= 2) {
			for (size_t k = 0; k < f; k++) {
				scale /= 10;
				x += (s[i + 1 + k] - '0') * scale;
			}
			i += 1 + f;
		}
	}
	*v = x;
	return i;
}

/* A parenthesised aside of at most 40 bytes, "(năm)", at s; its length
 * with the blanks after it, or 0. */
static size_t
dur_aside(const char *s)
{
	const char	*e;

	if (*s != '(' || (e = strchr(s, ')')) == NULL || e - s > 40 ||
	    memchr(s, '\n', (size_t)(e - s)) != NULL)
		return 0;
	return (size_t)(skip_blanks(e + 1) - s);
}

int
parse_duration(const char *s, double *days, enum unit *unit)
{
	static const char *const words[] = { "ngày làm việc", "ngày",
	    "giờ làm việc", "giờ", "tuần làm việc", "tuần", "tháng", NULL };
	static const enum unit units[] = { UNIT_WORKING_DAYS, UNIT_DAYS,
	    UNIT_HOURS, UNIT_HOURS, UNIT_WORKING_DAYS, UNIT_DAYS, UNIT_DAYS };
	static const double per[] = { 1, 1, 1.0 / 8, 1.0 / 24, 5, 7, 30 };
	const char	*p = skip_blanks(s);
	double		 v;
	size_t		 n, which;

	if ((n = pfx(p, "trong ngày")) > 0) {
		p += n;
		p += pfx(p, " làm việc");
		*days = 1;
		*unit = UNIT_WORKING_DAYS;
		return (int)(p - s);
	}
	if ((n = dur_number(p, &v)) == 0)
		return 0;
	p = skip_blanks(p + n);
	p += dur_aside(p);
	if ((n = pfx_any(p, words, &which)) == 0)
		return 0;
	*days = v * per[which];
	*unit = units[which];
	return (int)(p + n - s);
}

/* ---- fees ------------------------------------------------------------- */

/* An amount at s: "120,000", "50.000", "1100" or "1,5" (a decimal, for
 * "1,5 triệu").  Returns bytes read, 0 if none; *v the value. */
static size_t
fee_number(const char *s, double *v)
{
	size_t	i = 0, nd = 0;
	double	x = 0;

	while (is_digit(s[i]) && nd < 15) {
		x = x * 10 + (s[i++] - '0');
		nd++;
	}
	if (i == 0 || is_digit(s[i]))
		return 0;
	while ((s[i] == '.' || s[i] == ',') && is_digit(s[i + 1]) &&
	    is_digit(s[i + 2]) && is_digit(s[i + 3]) && !is_digit(s[i + 4]) &&
	    nd < 12) {
		x = x * 1000 + (s[i + 1] - '0') * 100 + (s[i + 2] - '0') * 10 +
		    (s[i + 3] - '0');
		i += 4;
		nd += 3;
	}
	if (nd <= 3 && (s[i] == '.' || s[i] == ',') && is_digit(s[i + 1]) &&
	    !is_digit(s[i + 2])) {
		x += (s[i + 1] - '0') / 10.0;	/* 1,5 (triệu) */
		i += 2;
	}
	*v = x;
	return i;
}

/* A currency word at s: returns its length and sets *vnd (1 for the
 * đồng, 0 for foreign money), 0 if none.  A word must not run on into
 * more letters ("đề" is not "đ"). */
static size_t
fee_currency(const char *s, int *vnd)
{
	static const char *const words[] = { "Việt Nam Đồng", "Việt Nam đồng",
	    "việt nam đồng", "VNĐ", "Vnđ", "vnđ", "VND", "vnd", "đồng",
	    "Đồng", "ĐỒNG", "đ", "USD", "usd", "đô la Mỹ", "EUR", "Euro",
	    NULL };
	size_t	n, which, clen;
	int32_t	next;

	if ((n = pfx_any(s, words, &which)) == 0)
		return 0;
	next = u8_get(s + n, &clen);
	if (is_lower(next))
		return 0;
	*vnd = which < 12;
	return n;
}

/* "triệu" and friends after an amount: the bytes with their trailing
 * blanks, *mul the factor; 0 if none. */
static size_t
fee_multiplier(const char *s, double *mul)
{
	static const char *const words[] = { "tỷ", "tỉ", "triệu", "nghìn",
	    "ngàn", NULL };
	static const double factor[] = { 1e9, 1e9, 1e6, 1e3, 1e3 };
	size_t	n, which;

	if ((n = pfx_any(s, words, &which)) == 0)
		return 0;
	*mul = factor[which];
	return (size_t)(skip_blanks(s + n) - s);
}

/* An amount with its currency at s (no prefix words); see parse_fee. */
static int
fee_amount(const char *s, long long *vnd)
{
	const char	*p;
	double		 v, mul = 1;
	size_t		 n;
	int		 isvnd;

	if ((n = fee_number(s, &v)) == 0)
		return 0;
	p = skip_blanks(s + n);
	p += fee_multiplier(p, &mul);
	if ((n = fee_currency(p, &isvnd)) == 0)
		return 0;
	if (mul == 1 && v != (double)(long long)v)
		return 0;		/* "1,5 đồng" is no amount */
	v *= mul;
	*vnd = isvnd && v < 1e13 ? (long long)(v + 0.5) : -1;
	return (int)(p + n - s);
}

int
parse_fee(const char *s, long long *vnd)
{
	static const char *const free_words[] = { "Miễn phí", "Miễn lệ phí",
	    "Miễn thu", "Không thu phí", "Không thu", NULL };
	static const char *const prefix[] = { "Phí, lệ phí", "Lệ phí", "Phí",
	    "Mức thu", NULL };
	const char	*p = skip_blanks(s), *q;
	size_t		 n;
	int		 isvnd, r;

	if ((n = pfx_any(p, free_words, NULL)) > 0) {
		*vnd = 0;
		return (int)(p + n - s);
	}
	if ((n = pfx_any(p, prefix, NULL)) > 0) {
		q = skip_blanks(p + n);
		if (*q == ':')
			q = skip_blanks(q + 1);
		if ((r = fee_amount(q, vnd)) > 0)
			return (int)(q - s) + r;
		return 0;
	}
	if ((r = fee_amount(p, vnd)) > 0)
		return (int)(p - s) + r;
	if ((n = fee_currency(p, &isvnd)) > 0 && isupper((unsigned char)*p)) {
		*vnd = -1;
		return (int)(p + n - s);
	}
	return 0;
}

long long
parse_fee_lowest(const char *text)
{
	const char	*p;
	long long	 v, low = -1;
	int		 n;

	for (p = text; *p != '\0'; p++) {
		if (!is_digit(*p) || (p > text && (is_digit(p[-1]) ||
		    ((p[-1] == '.' || p[-1] == ',') && p - 1 > text &&
		    is_digit(p[-2])))))
			continue;
		if ((n = fee_amount(p, &v)) > 0 && v >= 0 &&
		    (low < 0 || v < low))
			low = v;
	}
	return low;
}

/* ---- channels --------------------------------------------------------- */

/* The length of a channel word at p that starts a row: glued to what
 * comes before (start of text, no blank) and followed by a cell (a
 * digit, a capital or the end).  0 otherwise. */
static size_t
chan_word(const char *start, const char *p, enum chan_kind *kind)
{
	static const char *const words[] = { "Trực tiếp", "Trực tuyến",
	    "Dịch vụ bưu chính", NULL };
	static const enum chan_kind kinds[] = { CHAN_DIRECT, CHAN_ONLINE,
	    CHAN_POST };
	size_t	 i, n = 0, clen;
	int32_t	 next;

	if (*p != 'T' && *p != 'D')
		return 0;
	for (i = 0; words[i] != NULL; i++)
		if (strncmp(p, words[i], n = strlen(words[i])) == 0)
			break;
	if (words[i] == NULL)
		return 0;
	if (p > start && blank_len(u8_prev(start, p)) > 0)
		return 0;
	next = u8_get(p + n, &clen);
	if (next != 0 && !is_digit(p[n]) && !is_upper(next))
		return 0;
	*kind = kinds[i];
	return n;
}

/* Where the first fee cell (a fee or "Không có thông tin") starts in the
 * first 300 bytes of [p, e), or NULL. */
static const char *
chan_fee_start(const char *p, const char *e)
{
	const char	*q;
	long long	 v;

	for (q = p; q < e && q - p < 300; q++) {
		if (((unsigned char)*q & 0xc0) == 0x80)
			continue;
		if (is_digit(*q) && q > p && is_digit(q[-1]))
			continue;
		if (pfx(q, NO_INFO) > 0 || parse_fee(q, &v) > 0)
			return q;
	}
	return NULL;
}

/* Reads the time cell of the row [p, e) into c; returns its end. */
static const char *
chan_time(struct pool *pl, const char *p, const char *e, struct channel *c)
{
	const char	*q;
	long long	 v;
	int		 n;

	if ((n = parse_duration(p, &c->days, &c->unit)) > 0 && p + n <= e) {
		c->time_text = trim_dup(pl, p, p + n);
		return p + n;
	}
	c->days = 0;
	c->unit = UNIT_NONE;
	if ((n = (int)pfx(p, NO_INFO)) > 0 && p + n <= e) {
		c->time_text = trim_dup(pl, p, p + n);
		return p + n;
	}
	if (is_digit(*p)) {
		for (q = p; q < e && is_digit(*q); q++)
			;
		/* "1100,000 VNĐ": a bare time 1 glued to the fee 100,000 */
		if (q - p > 3 && (*q == ',' || *q == '.') &&
		    parse_fee(q - 3, &v) > 0)
			q -= 3;
		/* "120 VNĐ": the portal's bare time 1 and 20 (thousand) */
		else if (*p == '1' && q - p >= 2 && q - p <= 4 &&
		    *q != ',' && *q != '.' && parse_fee(p + 1, &v) > 0)
			q = p + 1;
		else if (parse_fee(p, &v) > 0)
			return p;		/* no time cell at all */
		c->time_text = trim_dup(pl, p, q);
		return q;
	}
	if ((q = chan_fee_start(p, e)) != NULL) {
		c->time_text = trim_dup(pl, p, q);
		return q;
	}
	return p;
}

/* The end of the parenthesised note opening at p, at most e. */
static const char *
paren_end(const char *p, const char *e)
{
	int	depth = 0;

	for (; p < e; p++) {
		if (*p == '(')
			depth++;
		else if (*p == ')' && --depth == 0)
			return p + 1;
	}
	return e;
}

/* Reads the fee cell and its note of the row [p, e) into c; returns its
 * end. */
static const char *
chan_fee(struct pool *pl, const char *p, const char *e, struct channel *c)
{
	const char	*q, *note = NULL;
	long long	 v = -1, low;
	int		 n;

	if ((n = parse_fee(p, &v)) > 0 && p + n <= e)
		q = p + n;
	else if ((n = (int)pfx(p, NO_INFO)) > 0 && p + n <= e)
		q = p + n;
	else
		return p;
	if (*q == '(') {
		note = pool_strndup(pl, q, (size_t)(paren_end(q, e) - q));
		q += strlen(note);
	}
	c->fee_text = trim_dup(pl, p, q);
	c->fee = v;
	if (note != NULL && (low = parse_fee_lowest(note)) >= 0) {
		/* "VNĐ(100.000 đồng/lần)", "20 VNĐ(20.000 vnđ/tờ khai)" */
		if (v < 0 && n > 0 && pfx(p, NO_INFO) == 0)
			c->fee = low;
		else if (v > 0 && v < 1000 && low == v * 1000)
			c->fee = low;
	}
	return q;
}

static void
chan_row(struct pool *pl, enum chan_kind kind, const char *b, const char *e,
    struct channel *c)
{
	const char	*p;

	memset(c, 0, sizeof(*c));
	c->kind = kind;
	c->time_text = c->fee_text = "";
	c->fee = -1;
	p = chan_time(pl, b, e, c);
	p = chan_fee(pl, p, e, c);
	c->description = trim_dup(pl, p, e);
}

/*
 * Amounts under 1,000 đồng do not exist: the portal's editors wrote
 * thousands ("20 VNĐ(20.000 vnđ/tờ khai)").  Such an amount counts when
 * its note (done in chan_fee) or another channel gives it in full;
 * otherwise it is unknown.
 */
static void
chan_small_fees(struct channel *c, size_t n)
{
	size_t	i, j;

	for (i = 0; i < n; i++) {
		if (c[i].fee <= 0 || c[i].fee >= 1000)
			continue;
		for (j = 0; j < n; j++)
			if (c[j].fee == c[i].fee * 1000)
				break;
		c[i].fee = j < n ? c[i].fee * 1000 : -1;
	}
}

size_t
parse_channels(struct pool *pl, const char *text, struct channel *out,
    size_t max)
{
	const char	*body, *p, *q;
	size_t		 n = 0, len = 0, nlen = 0;
	enum chan_kind	 kind = CHAN_DIRECT, next = CHAN_DIRECT;

	body = text;
	while (is_space(body))
		body++;
	body += pfx(body, CHAN_HEADER);
	for (p = body; *p != '\0'; p++)
		if ((len = chan_word(body, p, &kind)) > 0)
			break;
	while (*p != '\0' && n < max) {
		for (q = p + len; *q != '\0'; q++)
			if ((nlen = chan_word(body, q, &next)) > 0)
				break;
		chan_row(pl, kind, p + len, q, &out[n++]);
		p = q;
		len = nlen;
		kind = next;
	}
	chan_small_fees(out, n);
	return n;
}

long long
parse_channels_fee(const struct channel *c, size_t n)
{
	long long	low = -1;
	size_t		i;

	for (i = 0; i < n; i++)
		if (c[i].fee >= 0 && (low < 0 || c[i].fee < low))
			low = c[i].fee;
	return low;
}

/* ---- processing time -------------------------------------------------- */

/* 1 if the text before p ends with "ngày " or "tháng " (a date, not a
 * duration: "ngày 20 tháng 3"). */
static int
date_before(const char *start, const char *p)
{
	return (p - start >= 6 && pfx(p - 6, "ngày ") > 0) ||
	    (p - start >= 7 && pfx(p - 7, "tháng ") > 0) ||
	    (p > start && (p[-1] == '/' || p[-1] == '.' || p[-1] == ','));
}

/* A duration in the 60 bytes after a deadline phrase, before the end of
 * the sentence.  Returns its length and sets *at, or 0. */
static int
dur_after(const char *start, const char *s, const char **at, double *days,
    enum unit *unit)
{
	const char	*q;
	int		 d;

	for (q = s; *q != '\0' && q - s < 60; q++) {
		if (*q == ';' || *q == '\n' || (*q == '.' && !is_digit(q[1])) ||
		    pfx(q, "ít nhất") > 0 || pfx(q, "trước") > 0)
			break;		/* "ít nhất 60 ngày" is no deadline */
		if (!(is_digit(*q) || pfx(q, "trong ngày") > 0) ||
		    (q > s && is_digit(q[-1])) || date_before(start, q))
			continue;
		if ((d = parse_duration(q, days, unit)) > 0) {
			*at = q;
			return d;
		}
	}
	return 0;
}

/* 1 if s (after a duration) goes on with "kể từ" or "tính từ". */
static int
from_follows(const char *s)
{
	s = skip_blanks(s);
	if (*s == ',')
		s = skip_blanks(s + 1);
	return pfx(s, "kể từ") > 0 || pfx(s, "tính từ") > 0;
}

long
parse_find_duration(const char *text, double *days, enum unit *unit,
    size_t *len)
{
	static const char *const ctx[] = { "thời hạn giải quyết",
	    "thời gian giải quyết", "trong thời hạn", "trong thời gian",
	    "trong vòng", NULL };
	const char	*p, *at;
	size_t		 n;
	int		 d;

	for (p = text; *p != '\0'; p++) {
		if ((n = pfx_any(p, ctx, NULL)) > 0 &&
		    (d = dur_after(text, p + n, &at, days, unit)) > 0) {
			*len = (size_t)(at + d - p);
			return (long)(p - text);
		}
		if (is_digit(*p) && (p == text || !is_digit(p[-1])) &&
		    !date_before(text, p) &&
		    (d = parse_duration(p, days, unit)) > 0 &&
		    from_follows(p + d)) {
			*len = (size_t)d;
			return (long)(p - text);
		}
	}
	return -1;
}

/* The deadline phrase of s into *text, or 0. */
static int
time_phrase(struct pool *pl, const char *s, double *days, enum unit *unit,
    const char **text)
{
	long	off;
	size_t	len;

	if (s == NULL || (off = parse_find_duration(s, days, unit, &len)) < 0)
		return 0;
	*text = trim_dup(pl, s + off, s + off + len);
	return 1;
}

enum time_src
parse_processing(struct pool *pl, const struct channel *c, size_t n,
    const char *steps, double *days, enum unit *unit, const char **text)
{
	size_t	i, best = n;
	int	rank, brank = 4;

	for (i = 0; i < n; i++) {
		if (c[i].unit == UNIT_NONE)
			continue;
		rank = (c[i].kind == CHAN_ONLINE ? 0 : 2) +
		    (c[i].unit == UNIT_WORKING_DAYS ? 0 : 1);
		if (rank < brank) {
			brank = rank;
			best = i;
		}
	}
	if (best < n) {
		*days = c[best].days;
		*unit = c[best].unit;
		*text = c[best].time_text;
		return TIME_TABLE;
	}
	for (i = 0; i < n; i++)
		if (time_phrase(pl, c[i].description, days, unit, text))
			return TIME_TEXT;
	if (time_phrase(pl, steps, days, unit, text))
		return TIME_TEXT;
	*days = 0;
	*unit = UNIT_NONE;
	*text = "";
	return TIME_NONE;
}

/* ---- dossier components ----------------------------------------------- */

struct count_cell {
	const char	*b, *e;		/* the cell "1 bản chính,1 bản sao" */
	int		 originals, copies;
};

/* Reads ",1 bản sao" at r into *copies; returns the bytes read or 0. */
static size_t
count_copies(const char *r, int *copies)
{
	size_t	i = 1, n;

	if (*r != ',' || !is_digit(r[1]))
		return 0;
	*copies = r[1] - '0';
	if (is_digit(r[2])) {
		*copies = *copies * 10 + (r[2] - '0');
		i++;
	}
	if ((n = pfx(r + 1 + i, " bản sao")) == 0)
		return 0;
	return 1 + i + n;
}

/*
 * The first "Số lượng" cell in [p, e): a digit, " bản chính" and maybe
 * ",N bản sao", glued to the end of a name.  The same words written in a
 * name ("nộp 02 bản chính tờ khai", "(01 bản chính)") are told apart by
 * what surrounds them: a cell is followed by the next row, not by a
 * blank, ')' or ','.  Only the last digit is the count ("…20.031 bản
 * chính" is "…20.03" and 1).
 */
static int
count_find(const char *p, const char *e, struct count_cell *cc)
{
	const char	*q, *d, *r;

	for (q = p; (q = find_in(q, e, " bản chính")) != NULL; q++) {
		if (q == p || !is_digit(q[-1]))
			continue;
		for (d = q - 1; d > p && is_digit(d[-1]); d--)
			;
		r = q + strlen(" bản chính");
		cc->copies = 0;
		r += count_copies(r, &cc->copies);
		if (r > e || blank_len(r) > 0 || *r == ')' || *r == ',')
			continue;
		if (q - d >= 2 && d > p && (d[-1] == ' ' || d[-1] == '(' ||
		    d[-1] == ':' || (unsigned char)d[-1] == 0xa0))
			continue;
		cc->b = q - 1;
		cc->e = r;
		cc->originals = q[-1] - '0';
		return 1;
	}
	return 0;
}

/* 1 if the character before c (within [b, …)) may end the text a form
 * name is glued to. */
static int
form_glue(const char *b, const char *c)
{
	const char	*pr;
	size_t		 clen;
	int32_t		 prev;

	if (c <= b)
		return 0;
	pr = u8_prev(b, c);
	prev = u8_get(pr, &clen);
	return is_lower(prev) || prev == ')' || prev == ']' || prev == '"' ||
	    prev == '.' || prev == ';' || prev == ':' || prev == 0x201d;
}

/* 1 if c starts a word forms are usually named with ("Mẫu", "Phụ
 * lục"), which may be glued even to a digit ("…số 01Mẫu 02.docx"). */
static int
form_word(const char *c)
{
	static const char *const words[] = { "Mẫu", "Mau", "Phụ lục",
	    "Phu luc", "Biểu mẫu", "Bieu mau", NULL };

	return pfx_any(c, words, NULL) > 0;
}

static const char *const form_ext[] = { ".docx", ".doc", ".pdf", ".xlsx",
    ".xls", ".odt", ".ods", ".rtf", ".zip", ".rar", NULL };

/* 1 if the text before c ends with a file extension (the end of another
 * form name: "…01.docxMẫu 02.docx"). */
static int
form_after_ext(const char *b, const char *c)
{
	size_t	i, n;

	for (i = 0; form_ext[i] != NULL; i++)
		if ((size_t)(c - b) > (n = strlen(form_ext[i])) &&
		    pfx(c - n, form_ext[i]) == n)
			return 1;
	return 0;
}

/*
 * The start of a form file name ("Mẫu số 01.docx") that ends [b, e), or
 * NULL.  The name starts at a capital or digit glued to the text before
 * it (form_glue).  A capital that begins a word ("Mẫu", "Phụ lục") is
 * preferred to one that does not ("TK01", "HK-90"), the rightmost of
 * each kind; a short row with no such place is all file name.
 */
static const char *
form_start(const char *b, const char *e)
{
	const char	*x = NULL, *c, *lim, *weak = NULL;
	size_t		 i, n, clen, nlen;
	int32_t		 cp, next;
	int		 glue;

	for (i = 0; form_ext[i] != NULL && x == NULL; i++)
		if ((size_t)(e - b) > (n = strlen(form_ext[i])) &&
		    pfx(e - n, form_ext[i]) == n)
			x = e - n;
	if (x == NULL)
		return NULL;
	lim = x - b > FORM_NAME_MAX ? x - FORM_NAME_MAX : b;
	for (c = u8_prev(b, x); c > lim; c = u8_prev(b, c)) {
		cp = u8_get(c, &clen);
		next = u8_get(c + clen, &nlen);
		glue = form_glue(b, c);
		if (form_after_ext(b, c) || (is_upper(cp) && is_lower(next) &&
		    glue) || (form_word(c) && blank_len(u8_prev(b, c)) == 0))
			return c;
		if (weak == NULL && glue && (is_upper(cp) || is_digit(*c) ||
		    (is_lower(cp) && strchr(".;", *u8_prev(b, c)) != NULL)))
			weak = c;
	}
	if (weak != NULL)
		return weak;
	cp = u8_get(b, &clen);
	return x - b <= 60 && (is_upper(cp) || is_digit(*b)) ? b : NULL;
}

/* Moves the form names glued to the end of [b, *e) into cp->forms[]
 * (in order) and *e back to where the name proper ends. */
static void
form_strip(struct pool *pl, const char *b, const char **e,
    struct component *cp)
{
	const char	*s, *end;
	size_t		 i;

	while (cp->nforms < COMP_MAX_FORMS) {
		end = *e;
		while (end > b && is_space(end - 1))
			end--;
		if ((s = form_start(b, end)) == NULL)
			break;
		for (i = cp->nforms; i > 0; i--)
			cp->forms[i] = cp->forms[i - 1];
		cp->forms[0] = trim_dup(pl, s, end);
		cp->nforms++;
		*e = s;
	}
}

static void
comp_row(struct pool *pl, const char *group, const char *b, const char *e,
    const struct count_cell *cc, struct component *cp)
{
	memset(cp, 0, sizeof(*cp));
	cp->group = group;
	form_strip(pl, b, &e, cp);
	cp->name = trim_dup(pl, b, e);
	if (*cp->name == '\0' && cp->nforms > 0)
		cp->name = cp->forms[0];
	cp->originals = cc != NULL ? cc->originals : 0;
	cp->copies = cc != NULL ? cc->copies : 0;
	cp->required = strstr(cp->name, "nếu có") == NULL;
}

/* The group heading [b, e) ("Trường hợp 1:"), "" for "--". */
static const char *
comp_group(struct pool *pl, const char *b, const char *e)
{
	char	*g;

	g = trim_dup(pl, b, e);
	return parse_is_empty(g) ? "" : g;
}

size_t
parse_components(struct pool *pl, const char *text, struct component *out,
    size_t max, int *complete)
{
	const char		*p, *e, *h, *group = "";
	struct count_cell	 cc;
	size_t			 n = 0, hl = strlen(COMP_HEADER);
	int			 found;

	*complete = 1;
	if (parse_is_empty(text) || max == 0)
		return 0;
	e = text + strlen(text);
	h = find_in(text, e, COMP_HEADER);
	found = -1;
	for (p = h == NULL ? e : text; p < e && n < max; ) {
		if (h != NULL && h < p)
			h = find_in(p, e, COMP_HEADER);
		if (found < 0 || (found && cc.b < p))
			found = count_find(p, e, &cc);
		if (h != NULL && (!found || h < cc.b)) {
			group = comp_group(pl, p, h);
			p = h + hl;
			continue;
		}
		if (!found)
			break;
		comp_row(pl, group, p, cc.b, &cc, &out[n++]);
		p = cc.e;
	}
	if (h == NULL && n == 0)
		p = text;
	if (!parse_is_empty(trim_dup(pl, p, e))) {
		*complete = 0;
		if (n < max)
			comp_row(pl, group, p, e, NULL, &out[n++]);
	}
	return n;
}

/* ---- legal basis ------------------------------------------------------ */

/* 1 if p is a character of a document number's suffix ("QĐ-TTg"). */
static size_t
docno_char_before(const char *b, const char *p)
{
	unsigned char	c;

	if (p <= b)
		return 0;
	c = (unsigned char)p[-1];
	if (isalnum(c) || c == '-')
		return 1;
	if ((c == 0x90 || c == 0x91) && p - 1 > b &&
	    (unsigned char)p[-2] == 0xc4)
		return 2;		/* Đ đ */
	return 0;
}

/* If a document number ("54/2014/QH13", "24/2024") ends at e, the
 * leftmost digit its number may start at; else NULL. */
static const char *
docno_start(const char *b, const char *e)
{
	const char	*p = e, *suf;
	size_t		 n, nd;

	while ((n = docno_char_before(b, p)) > 0 && e - p < 32)
		p -= n;
	suf = p;
	if (suf == e || p <= b || p[-1] != '/')
		return NULL;
	for (p--, nd = 0; p > b && is_digit(p[-1]) && nd < 5; p--)
		nd++;
	if (nd == 0)
		return NULL;
	if (nd == 4 && p - 1 > b && p[-1] == '/' && is_digit(p[-2])) {
		for (p--, nd = 0; p > b && is_digit(p[-1]) && nd < 8; p--)
			nd++;
		return p;
	}
	if (e - suf == 4 && is_digit(suf[0]) && is_digit(suf[1]) &&
	    is_digit(suf[2]) && is_digit(suf[3]))
		return p;
	return NULL;
}

/* Where the number column of the row [b, e) starts: the number at its
 * end, taken whole unless the name already ends with the same number
 * ("Luật 54/2014/QH13" + "54/2014/QH13"), or with a glued "Luật số" in
 * front ("…tín dụngLuật số 32/2024/QH15"). */
static const char *
legal_split(const char *b, const char *e)
{
	const char	*d, *k, *g;
	size_t		 n;

	if ((d = docno_start(b, e)) == NULL)
		return e;
	for (k = d; is_digit(*k); k++) {
		n = (size_t)(e - k);
		if ((size_t)(k - b) >= n && memcmp(k - n, k, n) == 0)
			return k;
	}
	k = d;
	while (k > b && is_space(k - 1))
		k--;
	n = strlen("số");
	if ((size_t)(k - b) >= n && memcmp(k - n, "số", n) == 0)
		for (g = k - n; g > b && k - g < 40; g = u8_prev(b, g))
			if (is_upper(u8_get(g, &n)) && form_glue(b, g) &&
			    is_lower(u8_get(u8_prev(b, g), &n)))
				return g;
	return d;
}

/* Appends the line of the row [b, e) to out: "name (number)", or the
 * name alone when it already holds the number. */
static void
legal_line(struct pool *pl, struct sbuf *out, const char *b, const char *e)
{
	const char	*k = legal_split(b, e);
	char		*name, *code;

	name = trim_dup(pl, b, k);
	code = trim_dup(pl, k, e);
	sb_line(pl, out);
	if (*name == '\0' || *code == '\0' || strstr(name, code) != NULL) {
		sb_str(pl, out, *name != '\0' ? name : code);
		return;
	}
	sb_str(pl, out, name);
	sb_str(pl, out, " (");
	sb_str(pl, out, code);
	sb_str(pl, out, ")");
}

char *
parse_legal_basis(struct pool *pl, const char *text)
{
	struct sbuf	 out = { NULL, 0, 0 };
	const char	*body, *p, *row;
	size_t		 clen, nlen;

	body = text;
	while (is_space(body))
		body++;
	if (pfx(body, LEGAL_HEADER) == 0)
		return pool_strdup(pl, text);
	body += strlen(LEGAL_HEADER);
	for (row = p = body; *p != '\0'; p += clen) {
		if (!(is_upper(u8_get(p, &clen)) &&
		    is_lower(u8_get(p + clen, &nlen))) || p == row ||
		    docno_start(row, p) == NULL)
			continue;
		legal_line(pl, &out, row, p);
		row = p;
	}
	if (*row != '\0')
		legal_line(pl, &out, row, p);
	return out.s != NULL ? out.s : pool_strdup(pl, "");
}

/* ---- result ----------------------------------------------------------- */

/* The result code at p ("KQ.G10.000211", "000.00.00.G04-KQ0345"): its
 * length, ending at its last digit. */
static size_t
result_code(const char *p)
{
	size_t	i, last = 0;

	for (i = 0; isupper((unsigned char)p[i]) || is_digit(p[i]) ||
	    p[i] == '.' || p[i] == '-' || p[i] == '_'; i++)
		if (is_digit(p[i]))
			last = i + 1;
	return last;
}

/* Appends the results of [b, e) ("nameMã: code" repeated) to out, one
 * per line. */
static void
result_lines(struct pool *pl, struct sbuf *out, const char *b, const char *e)
{
	const char	*p = b, *m, *c;
	size_t		 n;

	while ((m = find_in(p, e, "Mã:")) != NULL) {
		while (p < m && (*p == '.' || *p == ';' || is_space(p)))
			p++;
		c = skip_blanks(m + strlen("Mã:"));
		n = result_code(c);
		sb_line(pl, out);
		if (p < m) {
			sb_str(pl, out, trim_dup(pl, p, m));
			sb_str(pl, out, " (mã ");
			sb_add(pl, out, c, n);
			sb_str(pl, out, ")");
		} else {
			sb_str(pl, out, "Mã: ");
			sb_add(pl, out, c, n);
		}
		p = c + n;
	}
	while (p < e && (*p == '.' || *p == ';' || is_space(p)))
		p++;
	if (p < e) {
		sb_line(pl, out);
		sb_str(pl, out, trim_dup(pl, p, e));
	}
}

char *
parse_result(struct pool *pl, const char *text)
{
	struct sbuf	 out = { NULL, 0, 0 };
	const char	*e, *kw, *ds, *cut;
	char		*s;

	e = text + strlen(text);
	if ((cut = strstr(text, "Chọn cơ quan thực hiện")) != NULL)
		e = cut;
	if (find_in(text, e, "Mã:") == NULL)
		return trim_dup(pl, text, e);
	if ((kw = find_in(text, e, "Từ khóa")) == NULL)
		kw = e;
	ds = find_in(kw, e, "Mô tả");
	result_lines(pl, &out, text, kw);
	if (kw < e && ds != NULL) {
		s = trim_dup(pl, kw + strlen("Từ khóa"), ds);
		if (!parse_is_empty(s)) {
			sb_line(pl, &out);
			sb_str(pl, &out, "Từ khóa: ");
			sb_str(pl, &out, s);
		}
	}
	if (ds != NULL && !parse_is_empty(s = trim_dup(pl,
	    ds + strlen("Mô tả"), e))) {
		sb_line(pl, &out);
		sb_str(pl, &out, s);
	}
	return out.s != NULL ? out.s : pool_strdup(pl, "");
}

/* ---- odds and ends ---------------------------------------------------- */

const char *
parse_mime(const char *file)
{
	static const struct {
		const char	*ext;
		const char	*mime;
	} types[] = {
		{ ".docx", "application/vnd.openxmlformats-officedocument."
		    "wordprocessingml.document" },
		{ ".doc", "application/msword" },
		{ ".pdf", "application/pdf" },
		{ ".xlsx", "application/vnd.openxmlformats-officedocument."
		    "spreadsheetml.sheet" },
		{ ".xls", "application/vnd.ms-excel" },
		{ ".odt", "application/vnd.oasis.opendocument.text" },
		{ ".ods", "application/vnd.oasis.opendocument.spreadsheet" },
		{ ".rtf", "application/rtf" },
		{ ".zip", "application/zip" },
	};
	size_t	i, n, len = strlen(file);

	for (i = 0; i < sizeof(types) / sizeof(types[0]); i++)
		if (len > (n = strlen(types[i].ext)) &&
		    pfx(file + len - n, types[i].ext) == n)
			return types[i].mime;
	return "";
}

const char *
parse_clip(struct pool *pl, const char *s, size_t max)
{
	const char	*p;
	size_t		 n = 0, clen;

	for (p = s; *p != '\0'; p += clen) {
		if (n++ == max)
			return pool_strndup(pl, s, (size_t)(p - s));
		(void)u8_get(p, &clen);
	}
	return s;
}

const char *
parse_clip_bytes(struct pool *pl, const char *s, size_t max)
{
	size_t	n = strlen(s);

	if (n <= max)
		return s;
	n = max;
	while (n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80)
		n--;
	return pool_strndup(pl, s, n);
}
