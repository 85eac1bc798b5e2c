/*
 * mail_: the address check, the sender parse, the message format (CR LF
 * everywhere, lines within 78 columns, the Subject and the body decoding
 * back to the UTF-8 given, no header injected by a CR LF in a subject),
 * and mail_queue refusing a recipient or subject with CR or LF.  The
 * INSERT itself runs when $DVC_CONF reaches the database, inside a
 * transaction that is rolled back.
 */
#include <stdlib.h>
#include <string.h>

#include "cfg.h"
#include "check.h"
#include "db.h"
#include "mail.h"
#include "pool.h"

static const char	*subject_vi = "Hồ sơ của bạn đã được tiếp nhận — "
    "Ủy ban nhân dân xã Đông Sơn, huyện Mường Tè, tỉnh Lai Châu";
static const char	*body_vi = "Kính gửi ông Nguyễn Văn Ấn,\n\n"
    "Hồ sơ số 000.00.01.H99-250101-0001 đã được tiếp nhận.\r\n"
    ".dòng bắt đầu bằng dấu chấm\n";

static void
test_addr(void)
{
	char	long_local[96], long_all[300];

	memset(long_local, 'a', 65);
	strcpy(long_local + 65, "@example.invalid");
	memset(long_all, 'b', 250);
	strcpy(long_all + 250, "@e.vn");
	CHECK(mail_addr_valid("ana@example.invalid"), "plain address");
	CHECK(mail_addr_valid("a.b+c_d-e@sub.example.gov.vn"), "dots, +, _");
	CHECK(!mail_addr_valid(NULL) && !mail_addr_valid(""), "empty");
	CHECK(!mail_addr_valid("a@b@c.vn"), "two @");
	CHECK(!mail_addr_valid("@b.vn") && !mail_addr_valid("a@"),
	    "empty local part or domain");
	CHECK(!mail_addr_valid("a\r\n@b.vn"), "CR LF in the local part");
	CHECK(!mail_addr_valid("a@b.vn\r\nBcc: x@y.vn"), "CR LF injection");
	CHECK(!mail_addr_valid("a@b.vn\n"), "LF");
	CHECK(!mail_addr_valid("a b@c.vn"), "space");
	CHECK(!mail_addr_valid("<a@b.vn>") && !mail_addr_valid("a@b.vn,c@d"),
	    "specials");
	CHECK(!mail_addr_valid("ă@b.vn"), "non-ASCII");
	CHECK(!mail_addr_valid(long_local), "local part over 64");
	CHECK(!mail_addr_valid(long_all), "address over 254");
}

static void
test_from(struct pool *p)
{
	const char	*n, *a;

	CHECK(mail_from_parse(p, "Cổng Dịch vụ công <no-reply@x.gov.vn>",
	    &n, &a) == 0, "name and address");
	CHECK_STR(n, "Cổng Dịch vụ công", "display name");
	CHECK_STR(a, "no-reply@x.gov.vn", "address");
	CHECK(mail_from_parse(p, "no-reply@x.gov.vn", &n, &a) == 0 &&
	    n == NULL, "bare address");
	CHECK(mail_from_parse(p, "Tên <không>", &n, &a) == -1, "bad address");
	CHECK(mail_from_parse(p, "A\r\nBcc: b <a@b.vn>", &n, &a) == -1,
	    "CR LF in the name");
	CHECK(mail_from_parse(p, NULL, &n, &a) == -1, "no mail.from");
}

static int
b64_val(char c)
{
	const char	*s = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
	    "abcdefghijklmnopqrstuvwxyz0123456789+/", *f;

	return c != '\0' && (f = strchr(s, c)) != NULL ? (int)(f - s) : -1;
}

/* Appends the decoding of base64 s[0..n) to b. */
static void
b64_dec(struct buf *b, const char *s, size_t n)
{
	unsigned long	v = 0;
	int		bits = 0, d;
	char		c;
	size_t		i;

	for (i = 0; i < n; i++) {
		if ((d = b64_val(s[i])) < 0)
			continue;
		v = (v << 6) | (unsigned long)d;
		if ((bits += 6) >= 8) {
			bits -= 8;
			c = (char)((v >> bits) & 0xff);
			buf_add(b, &c, 1);
		}
	}
}

/* Every line CR LF ended and at most 78 columns; the header block. */
static int
lines_ok(const char *m, size_t *hdr_end)
{
	const char	*l, *e;

	*hdr_end = 0;
	for (l = m; *l != '\0'; l = e + 2) {
		if ((e = strstr(l, "\r\n")) == NULL || memchr(l, '\n',
		    (size_t)(e - l)) != NULL || e - l > 78)
			return 0;
		if (e == l && *hdr_end == 0)
			*hdr_end = (size_t)(l - m);
	}
	return 1;
}

/* The decoded Subject: the encoded-words of its (folded) lines. */
static char *
subject_of(struct pool *p, const char *m)
{
	struct buf	 b;
	const char	*s, *w, *e;

	buf_init(&b, p);
	if ((s = strstr(m, "\r\nSubject:")) == NULL)
		return NULL;
	for (w = s + 10; (w = strstr(w, "=?UTF-8?B?")) != NULL &&
	    (e = strstr(w, "?=")) != NULL; w = e + 2) {
		b64_dec(&b, w + 10, (size_t)(e - w - 10));
		if (e[2] == '\r' && e[4] != ' ')
			break;
	}
	return b.data;
}

static void
test_format(struct pool *p)
{
	struct mail_msg	 m;
	struct buf	 body;
	const char	*txt;
	size_t		 hdr;

	memset(&m, 0, sizeof(m));
	m.from_name = "Cổng Dịch vụ công tỉnh Minh Sơn — thư tự động, "
	    "xin đừng trả lời";
	m.from_addr = "no-reply@dichvucong.example.gov.vn";
	m.to = "ana@example.invalid";
	m.subject = subject_vi;
	m.body = body_vi;
	m.msgid = "<outbox-7.0011223344556677@dichvucong.example.gov.vn>";
	m.date = 1735689600;	/* 2025-01-01 00:00 UTC */
	CHECK((txt = mail_format(p, &m)) != NULL, "formatted");
	if (txt == NULL)
		return;
	CHECK(lines_ok(txt, &hdr) && hdr > 0,
	    "CR LF lines of at most 78 columns, a header block");
	CHECK(strncmp(txt, "Date: Wed, 01 Jan 2025 07:00:00 +0700\r\n", 39) ==
	    0, "Date in Vietnam time");
	CHECK(strstr(txt, "\r\nTo: <ana@example.invalid>\r\n") != NULL, "To");
	CHECK(strstr(txt, "<no-reply@dichvucong.example.gov.vn>\r\n") != NULL,
	    "From address");
	CHECK(strstr(txt, "\r\nMessage-ID: <outbox-7.") != NULL, "Message-ID");
	CHECK(strstr(txt, "\r\nContent-Type: text/plain; charset=utf-8\r\n"
	    "Content-Transfer-Encoding: base64\r\n") != NULL, "MIME headers");
	CHECK_STR(subject_of(p, txt), subject_vi, "Subject decodes");
	buf_init(&body, p);
	b64_dec(&body, txt + hdr + 2, strlen(txt + hdr + 2));
	CHECK_STR(body.data, "Kính gửi ông Nguyễn Văn Ấn,\r\n\r\nHồ sơ số "
	    "000.00.01.H99-250101-0001 đã được tiếp nhận.\r\n"
	    ".dòng bắt đầu bằng dấu chấm\r\n", "body decodes, CR LF lines");
	m.subject = "Plain\r\nBcc: victim@example.invalid";
	txt = mail_format(p, &m);
	CHECK(txt != NULL && strstr(txt, "\r\nBcc:") == NULL,
	    "CR LF in a stored subject stays inside an encoded-word");
	m.subject = "Plain ASCII subject";
	txt = mail_format(p, &m);
	CHECK(txt != NULL && strstr(txt, "\r\nSubject: Plain ASCII subject\r\n")
	    != NULL, "short ASCII subject unencoded");
	m.to = "a@b.vn\r\nBcc: x@y.vn";
	CHECK(mail_format(p, &m) == NULL, "invalid recipient refused");
}

static void
test_queue(struct pool *p)
{
	struct db	*d = NULL;

	CHECK(mail_queue(NULL, p, "a@b.vn\r\nBcc: x@y.vn", "S", "B") == -1,
	    "mail_queue refuses CR LF in the recipient");
	CHECK(mail_queue(NULL, p, "a\n@b.vn", "S", "B") == -1,
	    "mail_queue refuses LF in the recipient");
	CHECK(mail_queue(NULL, p, "a@b.vn", "S\r\nBcc: x@y.vn", "B") == -1,
	    "mail_queue refuses CR LF in the subject");
	CHECK(mail_queue(NULL, p, "a@b.vn", "S", "\xc3\x28") == -1,
	    "mail_queue refuses a body that is not UTF-8");
	if (getenv("DVC_CONF") == NULL || cfg_load(NULL) == -1 ||
	    (d = db_open()) == NULL || db_begin(d) == -1) {
		printf("# no database: the INSERT is not tested here\n");
		db_close(d);
		return;
	}
	CHECK(mail_queue(d, p, "test-unit@example.invalid", subject_vi,
	    body_vi) == 0, "mail_queue stores a valid e-mail (rolled back)");
	db_rollback(d);
	db_close(d);
	cfg_free();
}

int
main(void)
{
	struct pool	p;

	pool_init(&p);
	test_addr();
	test_from(&p);
	test_format(&p);
	test_queue(&p);
	pool_free(&p);
	return CHECK_DONE();
}
