/*
 * mail_: queueing e-mail in the outbox, and formatting an outbox row as
 * an RFC 5322 message for tools/dvc-mailer.  See mail.h.
 */
#include <sys/random.h>

#include <string.h>
#include <time.h>

#include "db.h"
#include "log.h"
#include "mail.h"
#include "pool.h"
#include "text.h"

#define LINE_COLS	78	/* RFC 5322 §2.1.1: lines SHOULD fit */
#define WORD_MAX	75	/* RFC 2047 §2: one encoded-word */
#define WORD_OVERHEAD	12	/* "=?UTF-8?B?" and "?=" */
#define BODY_LINE_BYTES	57	/* 76 base64 characters a line */
#define VN_OFFSET	(7 * 3600)	/* Vietnam time, no summer time */
#define ADDR_SPECIALS	"<>()[],;:\\\""
/* Characters a display name may show unencoded (RFC 5322 atext, space). */
#define PHRASE_PLAIN	"!#$%&'*+-/=?^_`{|}~ "

int
mail_addr_valid(const char *a)
{
	const char	*p, *at;
	size_t		 len;

	if (a == NULL || (len = strlen(a)) == 0 || len > MAIL_ADDR_MAX)
		return 0;
	for (p = a; *p != '\0'; p++)
		if ((unsigned char)*p <= ' ' || (unsigned char)*p >= 0x7f ||
		    strchr(ADDR_SPECIALS, *p) != NULL)
			return 0;
	if ((at = strchr(a, '@')) == NULL || strchr(at + 1, '@') != NULL)
		return 0;
	return at > a && (size_t)(at - a) <= MAIL_LOCAL_MAX && at[1] != '\0';
}

/* 1 when s holds a C0 control, DEL or a C1 control (U+0080..U+009F). */
static int
has_control(const char *s)
{
	const unsigned char	*u = (const unsigned char *)s;

	for (; *u != '\0'; u++)
		if (*u < 0x20 || *u == 0x7f ||
		    (u[0] == 0xc2 && u[1] >= 0x80 && u[1] <= 0x9f))
			return 1;
	return 0;
}

/* Why mail_queue refuses its arguments, or NULL.  Never quotes them. */
static const char *
queue_refusal(const char *to, const char *subject, const char *body)
{
	size_t	n;

	if (!mail_addr_valid(to))
		return "invalid recipient address";
	if (subject == NULL || *subject == '\0')
		return "empty subject";
	if (!text_utf8_valid(subject, strlen(subject)))
		return "subject is not UTF-8";
	if (has_control(subject))
		return "control character (CR, LF, ...) in the subject";
	if (text_chars(subject) > MAIL_SUBJECT_MAX)
		return "subject longer than 255 characters";
	if (body == NULL || (n = strlen(body)) > MAIL_BODY_MAX)
		return "body missing or longer than 1 MiB";
	if (!text_utf8_valid(body, n))
		return "body is not UTF-8";
	return NULL;
}

int
mail_queue(struct db *d, struct pool *p, const char *to, const char *subject,
    const char *body)
{
	struct db_arg	 a[3];
	const char	*why;
	char		*s, *b;

	if ((why = queue_refusal(to, subject, body)) != NULL) {
		log_err("%s: refused: %s", __func__, why);
		return -1;
	}
	if ((s = text_nfc(p, subject)) == NULL ||
	    (b = text_nfc(p, body)) == NULL) {
		log_err("%s: refused: text cannot be normalised", __func__);
		return -1;
	}
	a[0] = DB_STR(to);
	a[1] = DB_STR(s);
	a[2] = DB_STR(b);
	return db_run(d, p, STMT_MAIL_QUEUE, a, 3) == NULL ? -1 : 0;
}

int
mail_from_parse(struct pool *p, const char *from, const char **name,
    const char **addr)
{
	const char	*lt, *gt;
	char		*n, *e;

	*name = *addr = NULL;
	if (from == NULL)
		return -1;
	if ((lt = strrchr(from, '<')) == NULL) {
		*addr = pool_strdup(p, from);
		return mail_addr_valid(from) ? 0 : -1;
	}
	if ((gt = strchr(lt, '>')) == NULL || gt[1] != '\0')
		return -1;
	*addr = pool_strndup(p, lt + 1, (size_t)(gt - lt - 1));
	n = pool_strndup(p, from, (size_t)(lt - from));
	for (e = n + strlen(n); e > n && e[-1] == ' '; e--)
		e[-1] = '\0';
	if (!mail_addr_valid(*addr) || has_control(n) ||
	    strpbrk(n, "<>\"") != NULL || !text_utf8_valid(n, strlen(n)))
		return -1;
	*name = *n != '\0' ? n : NULL;
	return 0;
}

char *
mail_msgid(struct pool *p, unsigned long long id, const char *addr)
{
	unsigned char	 r[8];
	char		 hex[2 * sizeof(r) + 1];
	const char	*at;
	size_t		 i;

	if (getrandom(r, sizeof(r), 0) != (ssize_t)sizeof(r)) {
		log_err("%s: getrandom failed", __func__);
		return NULL;
	}
	for (i = 0; i < sizeof(r); i++) {
		hex[2 * i] = "0123456789abcdef"[r[i] >> 4];
		hex[2 * i + 1] = "0123456789abcdef"[r[i] & 15];
	}
	hex[2 * sizeof(r)] = '\0';
	at = addr != NULL ? strchr(addr, '@') : NULL;
	return pool_printf(p, "<outbox-%llu.%s@%s>", id, hex,
	    at != NULL && at[1] != '\0' ? at + 1 : "localhost");
}

/* ---- formatting ------------------------------------------------------ */

/* How many bytes of s[0..len), at most max, end on a character
 * boundary (all of them when none does: the text is then not UTF-8). */
static size_t
utf8_cut(const char *s, size_t len, size_t max)
{
	size_t	n;

	if (len <= max)
		return len;
	for (n = max; n > 0 && ((unsigned char)s[n] & 0xc0) == 0x80; n--)
		;
	return n > 0 ? n : max;
}

/* 1 when s can stand unencoded after column col: printable ASCII (for a
 * display name, only atext and spaces), no "=?", fitting the line. */
static int
plain_fits(const char *s, size_t col, int phrase)
{
	const char	*c;

	if (*s == '\0' || col + 1 + strlen(s) > LINE_COLS ||
	    strstr(s, "=?") != NULL || s[0] == ' ')
		return 0;
	for (c = s; *c != '\0'; c++) {
		if ((unsigned char)*c < 0x20 || (unsigned char)*c >= 0x7f)
			return 0;
		if (phrase && !(*c >= 'A' && *c <= 'Z') &&
		    !(*c >= 'a' && *c <= 'z') && !(*c >= '0' && *c <= '9') &&
		    strchr(PHRASE_PLAIN, *c) == NULL)
			return 0;
	}
	return 1;
}

/* Appends s to a header whose line is at column *col: as is when
 * plain_fits(), else as UTF-8 "B" encoded-words (whole characters in
 * each), folding before a word that would pass column 78. */
static void
hdr_text(struct buf *b, size_t *col, const char *s, int phrase)
{
	size_t	len = strlen(s), room, raw, n;

	if (plain_fits(s, *col, phrase)) {
		buf_printf(b, " %s", s);
		*col += 1 + len;
		return;
	}
	while (len > 0) {
		room = *col + 1 < LINE_COLS ? LINE_COLS - *col - 1 : 0;
		if (room > WORD_MAX)
			room = WORD_MAX;
		raw = room >= WORD_OVERHEAD + 4 ?
		    (room - WORD_OVERHEAD) / 4 * 3 : 0;
		if (raw == 0) {
			buf_puts(b, "\r\n");
			*col = 0;
			continue;
		}
		n = utf8_cut(s, len, raw);
		buf_puts(b, " =?UTF-8?B?");
		buf_base64(b, (const unsigned char *)s, n);
		buf_puts(b, "?=");
		*col += 1 + WORD_OVERHEAD + (n + 2) / 3 * 4;
		s += n;
		len -= n;
	}
}

/* RFC 5322 date in Vietnam time, with English names whatever the
 * locale. */
static void
hdr_date(struct buf *b, time_t t)
{
	static const char *const day[] = {
		"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"
	};
	static const char *const mon[] = {
		"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
		"Oct", "Nov", "Dec"
	};
	struct tm	tm;

	t += VN_OFFSET;
	gmtime_r(&t, &tm);
	buf_printf(b, "Date: %s, %02d %s %04d %02d:%02d:%02d +0700\r\n",
	    day[tm.tm_wday], tm.tm_mday, mon[tm.tm_mon], tm.tm_year + 1900,
	    tm.tm_hour, tm.tm_min, tm.tm_sec);
}

static void
hdr_from(struct buf *b, const struct mail_msg *m)
{
	size_t	col = 5;

	buf_puts(b, "From:");
	if (m->from_name != NULL && *m->from_name != '\0') {
		hdr_text(b, &col, m->from_name, 1);
		if (col + 3 + strlen(m->from_addr) > LINE_COLS)
			buf_puts(b, "\r\n");
	}
	buf_printf(b, " <%s>\r\n", m->from_addr);
}

/* The body as canonical text (CR LF line ends) in base64 lines. */
static void
body_add(struct buf *b, struct pool *p, const char *body)
{
	struct buf	t;
	size_t		n, i;

	buf_init(&t, p);
	while (*body != '\0') {
		n = strcspn(body, "\r\n");
		buf_add(&t, body, n);
		body += n;
		if (*body == '\n')
			buf_add(&t, "\r\n", 2);
		if (*body != '\0')
			body++;		/* a CR alone is dropped */
	}
	for (i = 0; i < t.len; i += BODY_LINE_BYTES) {
		n = t.len - i < BODY_LINE_BYTES ? t.len - i : BODY_LINE_BYTES;
		buf_base64(b, (const unsigned char *)t.data + i, n);
		buf_puts(b, "\r\n");
	}
}

char *
mail_format(struct pool *p, const struct mail_msg *m)
{
	struct buf	b;
	size_t		col = 8;

	if (!mail_addr_valid(m->from_addr) || !mail_addr_valid(m->to) ||
	    m->msgid == NULL) {
		log_err("%s: invalid sender, recipient or Message-ID",
		    __func__);
		return NULL;
	}
	buf_init(&b, p);
	hdr_date(&b, m->date);
	hdr_from(&b, m);
	buf_printf(&b, "To: <%s>\r\n", m->to);
	buf_puts(&b, "Subject:");
	hdr_text(&b, &col, m->subject != NULL ? m->subject : "", 0);
	buf_printf(&b, "\r\nMessage-ID: %s\r\n", m->msgid);
	buf_puts(&b, "MIME-Version: 1.0\r\n"
	    "Content-Type: text/plain; charset=utf-8\r\n"
	    "Content-Transfer-Encoding: base64\r\n"
	    "Auto-Submitted: auto-generated\r\n\r\n");
	body_add(&b, p, m->body != NULL ? m->body : "");
	return b.data;
}
