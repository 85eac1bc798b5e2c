/*
 * mp_ and upload_: every body is fed whole, then split at every chunk
 * size, at every single cut and at random cuts (with empty feeds between),
 * and must give the same parts, bytes, hashes and error each time.
 */
#include <stdint.h>
#include <stdlib.h>

#include "check.h"
#include "multipart.h"
#include "pool.h"
#include "sha256.h"
#include "upload.h"

#define CT	"multipart/form-data; boundary=bound"

/* What the callbacks saw, as one string. */
struct rec {
	struct buf	 b;
	struct upload	 up;
	int		 inpart, bad, abort_at;
};

static int
rec_begin(void *arg, const struct mp_part *pt)
{
	struct rec	*r = arg;

	r->bad += r->inpart;
	r->inpart = 1;
	buf_printf(&r->b, "<%s|%s|%s>", pt->name,
	    pt->filename != NULL ? pt->filename : "-",
	    pt->type != NULL ? pt->type : "-");
	upload_init(&r->up);
	return r->abort_at == (int)pt->index + 1;
}

static int
rec_data(void *arg, const struct mp_part *pt, const char *d, size_t n)
{
	struct rec	*r = arg;

	r->bad += !r->inpart || n == 0;
	buf_add(&r->b, d, n);
	upload_add(&r->up, d, n);
	return 0;
}

static int
rec_end(void *arg, const struct mp_part *pt)
{
	struct rec	*r = arg;

	r->bad += !r->inpart || pt->size != r->up.size;
	r->inpart = 0;
	if (pt->filename != NULL) {
		upload_finish(&r->up);
		buf_printf(&r->b, "</%llu %s %.12s>",
		    (unsigned long long)pt->size,
		    upload_ext(r->up.type) ? upload_ext(r->up.type) : "none",
		    r->up.hex);
	} else
		buf_printf(&r->b, "</%llu>", (unsigned long long)pt->size);
	return 0;
}

static const struct mp_callbacks rec_cb = { rec_begin, rec_data, rec_end };

/* Size of the next chunk at pos: mode 0 fixed k, 1 one cut at k, 2
 * random (0 included). */
static size_t
chunk(int mode, size_t k, unsigned *seed, size_t pos)
{
	if (mode == 0)
		return k;
	if (mode == 1)
		return pos < k ? k - pos : (size_t)-1;
	*seed = *seed * 1103515245u + 12345u;
	return (*seed >> 16) % (k + 1);
}

static enum mp_err
run(struct pool *p, const char *body, size_t len, const struct mp_limits *l,
    int mode, size_t k, unsigned seed, struct rec *r)
{
	struct mp	 mp;
	size_t		 pos = 0, n;
	enum mp_err	 e;

	memset(r, 0, sizeof(*r));
	buf_init(&r->b, p);
	if (mode == 3)
		r->abort_at = (int)k;
	if ((e = mp_init(&mp, p, CT, l, &rec_cb, r)) != MP_OK)
		return e;
	while (pos < len) {
		n = chunk(mode, k, &seed, pos);
		if (n > len - pos)
			n = len - pos;
		if ((e = mp_feed(&mp, body + pos, n)) != MP_OK)
			break;
		pos += n;
	}
	e = mp_finish(&mp);
	if (r->bad)
		buf_puts(&r->b, "!protocol");
	return e;
}

/* Feeds body every way; checks the error and (when OK) the transcript. */
static void
splits(const char *what, const char *body, size_t len,
    const struct mp_limits *l, enum mp_err want, const char *tr)
{
	struct pool	 p;
	struct rec	 r;
	enum mp_err	 e0, e;
	size_t		 k, n0, diff = 0, runs = 0;
	char		*t0;
	int		 mode;

	pool_init(&p);
	e0 = run(&p, body, len, l, 1, 0, 0, &r);
	CHECK(e0 == want, "%s: error %s, want %s", what, mp_strerror(e0),
	    mp_strerror(want));
	if (tr != NULL) {
		k = r.b.len == strlen(tr) && memcmp(r.b.data, tr, r.b.len) == 0;
		CHECK(k, "%s: transcript", what);
		if (!k)
			printf("#  got [%s]\n# want [%s]\n", r.b.data, tr);
	}
	n0 = r.b.len;
	if ((t0 = malloc(n0 + 1)) == NULL)
		abort();
	memcpy(t0, r.b.data, n0 + 1);
	for (mode = 0; mode < 3; mode++)
		for (k = mode == 1 ? 0 : 1; k <= (mode == 2 ? 300 : len);
		    k++, runs++) {
			pool_reset(&p);
			e = run(&p, body, len, l, mode, mode == 2 ? 7 : k,
			    (unsigned)k, &r);
			if (e != e0 || (e == MP_OK && (r.b.len != n0 ||
			    memcmp(r.b.data, t0, n0) != 0)))
				diff++;
		}
	CHECK(diff == 0, "%s: same result in %zu splits (%zu differ)", what,
	    runs, diff);
	free(t0);
	pool_free(&p);
}

#define SPLITS(what, body, l, want, tr) \
	splits((what), (body), sizeof(body) - 1, (l), (want), (tr))

static void
test_boundary(void)
{
	char	 b[MP_BOUNDARY_MAX + 1];
	char	 ct[200];

	CHECK(mp_boundary(CT, b) == MP_OK && strcmp(b, "bound") == 0,
	    "plain boundary");
	CHECK(mp_boundary(" Multipart/Form-Data ;charset=utf-8; BOUNDARY="
	    "\"a b:c\"", b) == MP_OK && strcmp(b, "a b:c") == 0,
	    "quoted, case, other parameter");
	CHECK(mp_boundary("multipart/form-data; boundary=----WebKitFormBou"
	    "ndary7MA4YWxkTrZu0gW", b) == MP_OK, "browser boundary");
	CHECK(mp_boundary("multipart/form-data", b) == MP_ERR_CTYPE,
	    "no boundary");
	CHECK(mp_boundary("multipart/form-data; boundary=", b) ==
	    MP_ERR_CTYPE, "empty boundary");
	CHECK(mp_boundary("multipart/mixed; boundary=x", b) == MP_ERR_CTYPE,
	    "not form-data");
	CHECK(mp_boundary("multipart/form-datax; boundary=x", b) ==
	    MP_ERR_CTYPE, "type prefix");
	CHECK(mp_boundary("multipart/form-data; boundary=a; boundary=b", b) ==
	    MP_ERR_CTYPE, "two boundaries");
	CHECK(mp_boundary("multipart/form-data; boundary=\"a\r\nb\"", b) ==
	    MP_ERR_CTYPE, "CR LF in boundary");
	CHECK(mp_boundary("multipart/form-data; boundary=\"ab \"", b) ==
	    MP_ERR_CTYPE, "trailing space");
	CHECK(mp_boundary("multipart/form-data; boundary=\"ab", b) ==
	    MP_ERR_CTYPE, "unterminated quote");
	CHECK(mp_boundary(NULL, b) == MP_ERR_CTYPE, "no Content-Type");
	snprintf(ct, sizeof(ct), "multipart/form-data; boundary=%070d", 7);
	CHECK(mp_boundary(ct, b) == MP_OK && strlen(b) == 70, "70 bytes");
	snprintf(ct, sizeof(ct), "multipart/form-data; boundary=%071d", 7);
	CHECK(mp_boundary(ct, b) == MP_ERR_CTYPE, "71 bytes refused");
}

static void
test_fields_files(void)
{
	static const char body[] =
	    "preamble --bound\r\nstill preamble\r\n"
	    "--bound\r\n"
	    "Content-Disposition: form-data; name=\"ten\"\r\n\r\n"
	    "Nguyễn Văn A\r\n"
	    "--bound\r\n"
	    "content-disposition: form-data; name=\"tep\"; "
	    "filename=\"don.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
	    "%PDF-1.4\r\n--boun\r\n--boundX\r\n--bound-x --bound\r\n"
	    "\r\n--bound \r\n\r\n--bound\r\r\n--boundZ\r\n-\r\r\n\r"
	    "\r\n--bound\r\n"
	    "Content-Disposition: form-data; name=ghi-chu\r\n\r\n"
	    "\r\n--bound--\r\nepilogue\r\n--bound\r\n";

	SPLITS("fields, files, boundary-like data", body, NULL, MP_OK,
	    "<ten|-|->Nguyễn Văn A</15>"
	    "<tep|don.pdf|application/pdf>"
	    "%PDF-1.4\r\n--boun\r\n--boundX\r\n--bound-x --bound\r\n"
	    "\r\n--bound \r\n\r\n--bound\r\r\n--boundZ\r\n-\r\r\n\r"
	    "</86 .pdf da9860bbb711>"
	    "<ghi-chu|-|-></0>");
}

static void
test_edges(void)
{
	static const char empty[] = "--bound\r\n"
	    "Content-Disposition: form-data; name=\"a\"; filename=\"\"\r\n"
	    "Content-Type: application/octet-stream\r\n\r\n"
	    "\r\n--bound\r\n"
	    "Content-Disposition: form-data; name=\"b\"; filename=\"e.pdf\""
	    "\r\n\r\n\r\n--bound--";
	static const char none[] = "--bound--\r\n";
	static const char quoted[] = "--bound\r\n"
	    "Content-Disposition: form-data; name=\"a\\\"b\\\\c\"; "
	    "filename=\"C:\\fakepath\\x.pdf\"; filename*=UTF-8''%C3%A1.pdf"
	    "\r\n\r\nx\r\n--bound\r\n"
	    "Content-Disposition: form-data; name=\"up\"; "
	    "filename=\"../../etc/pass;wd\"\r\n\r\ny\r\n--bound--";
	static const char cr[] = "--bound\r\n"
	    "Content-Disposition: form-data; name=a\r\n\r\n\r\r\n--bound\r\n"
	    "Content-Disposition: form-data; name=b\r\n\r\n\r\n--bound\r"
	    "\r\n--bound--";
	static const char lf[] = "--bound\n"
	    "Content-Disposition: form-data; name=\"a\"\n\nx\n--bound--\n";

	SPLITS("zero-length files", empty, NULL, MP_OK,
	    "<a||application/octet-stream></0 none e3b0c44298fc>"
	    "<b|e.pdf|-></0 none e3b0c44298fc>");
	SPLITS("no parts", none, NULL, MP_OK, "");
	SPLITS("quoted names", quoted, NULL, MP_OK,
	    "<a\"b\\c|C:\\fakepath\\x.pdf|->x</1 none 2d711642b726>"
	    "<up|../../etc/pass;wd|->y</1 none a1fce4363854>");
	SPLITS("CR before a delimiter", cr, NULL, MP_OK,
	    "<a|-|->\r</1><b|-|->\r\n--bound\r</10>");
	SPLITS("LF-only line ends", lf, NULL, MP_ERR_TRUNCATED, NULL);
}

static void
test_truncated(void)
{
	static const char *const cut[] = {
		"--bound\r\nContent-Disposition: form-data; name=a\r\n\r\nx",
		"--bound\r\nContent-Disposition: form-data; name=a\r\n\r\nx\r\n"
		    "--bou",
		"--bound\r\nContent-Disposition: form-data; name=a\r\n\r\nx\r\n"
		    "--bound",
		"--bound\r\nContent-Disposition: form-data; name=a\r\n\r\nx\r\n"
		    "--bound-",
		"--bound\r\nContent-Disposition: form-data; name=a\r\n",
		"--bound\r\n",
		"",
		"no boundary at all",
	};
	size_t	 i;

	for (i = 0; i < sizeof(cut) / sizeof(cut[0]); i++)
		splits("missing final boundary", cut[i], strlen(cut[i]), NULL,
		    MP_ERR_TRUNCATED, NULL);
}

static void
test_headers(void)
{
	static const char *const bad[] = {
		"Content-Type: text/plain",
		"Content-Disposition: attachment; name=a",
		"Content-Disposition: form-data; filename=a",
		"Content-Disposition: form-data; name=a; name=b",
		"Content-Disposition: form-data; name=\"a",
		"Content-Disposition: form-data; name=a\nX: y",
		"Content-Disposition: form-data; name=a\r\n folded",
		"Content-Disposition: form-data; name=\"a\x01\"",
		"Content-Disposition: form-data; name=a\r\n"
		    "Content-Disposition: form-data; name=b",
		"Content-Disposition form-data; name=a",
	};
	struct buf	 b;
	struct pool	 p;
	const char	*h;
	char		 what[40];
	size_t		 i;

	pool_init(&p);
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		buf_init(&b, &p);
		buf_printf(&b, "--bound\r\n%s\r\n\r\nx\r\n--bound--", bad[i]);
		snprintf(what, sizeof(what), "bad header block %zu", i);
		splits(what, b.data, b.len, NULL, MP_ERR_HEADER, NULL);
	}
	h = "--bound\r\n\r\nx\r\n--bound--";
	splits("no headers", h, strlen(h), NULL, MP_ERR_HEADER, NULL);
	pool_free(&p);
}

/* A body of one field whose header block is exactly hb bytes. */
static void
test_header_size(void)
{
	struct mp_limits l = { .header_max = 256 };
	struct buf	 b;
	struct pool	 p;
	const char	*h = "Content-Disposition: form-data; name=a\r\nX: ";
	size_t		 pad = 256 - strlen(h) - 4;

	pool_init(&p);
	buf_init(&b, &p);
	buf_printf(&b, "--bound\r\n%s%*s\r\n\r\nv\r\n--bound--", h, (int)pad,
	    "y");
	splits("header block of exactly header_max", b.data, b.len, &l,
	    MP_OK, "<a|-|->v</1>");
	buf_init(&b, &p);
	buf_printf(&b, "--bound\r\n%s%*s\r\n\r\nv\r\n--bound--", h,
	    (int)pad + 1, "y");
	splits("header block over header_max", b.data, b.len, &l,
	    MP_ERR_HEADER_SIZE, NULL);
	buf_init(&b, &p);
	buf_printf(&b, "--bound\r\n%s%*s", h, 20000, "y");
	splits("huge header, no end", b.data, b.len, NULL,
	    MP_ERR_HEADER_SIZE, NULL);
	pool_free(&p);
}

static void
test_limits(void)
{
	static const char three[] =
	    "--bound\r\nContent-Disposition: form-data; name=a\r\n\r\n12345"
	    "\r\n--bound\r\nContent-Disposition: form-data; name=b; "
	    "filename=f\r\n\r\n0123456789"
	    "\r\n--bound\r\nContent-Disposition: form-data; name=c\r\n\r\n"
	    "\r\n--bound--";
	static const char four[] =
	    "--bound\r\nContent-Disposition: form-data; name=a\r\n\r\n"
	    "\r\n--bound\r\nContent-Disposition: form-data; name=b\r\n\r\n"
	    "\r\n--bound\r\nContent-Disposition: form-data; name=c\r\n\r\n"
	    "\r\n--bound\r\nContent-Disposition: form-data; name=d\r\n\r\n"
	    "\r\n--bound--";
	struct mp_limits l = { 0, 3, 5, 10, sizeof(three) - 1 };

	SPLITS("at every limit", three, &l, MP_OK, NULL);
	l.parts_max = 2;
	SPLITS("too many parts", three, &l, MP_ERR_PARTS, NULL);
	l.parts_max = 3;
	SPLITS("four parts, max 3", four, &l, MP_ERR_PARTS, NULL);
	l.file_max = 9;
	SPLITS("file over file_max", three, &l, MP_ERR_FILE_SIZE, NULL);
	l.file_max = 10;
	l.field_max = 4;
	SPLITS("field over field_max", three, &l, MP_ERR_FIELD_SIZE, NULL);
	l.field_max = 5;
	l.total_max--;
	SPLITS("body over total_max", three, &l, MP_ERR_TOTAL_SIZE, NULL);
	CHECK(mp_status(MP_ERR_FILE_SIZE) == 413 &&
	    mp_status(MP_ERR_TOTAL_SIZE) == 413 &&
	    mp_status(MP_ERR_TRUNCATED) == 400, "HTTP statuses");
}

static void
test_abort(void)
{
	static const char body[] =
	    "--bound\r\nContent-Disposition: form-data; name=a\r\n\r\nx"
	    "\r\n--bound\r\nContent-Disposition: form-data; name=b\r\n\r\ny"
	    "\r\n--bound--";
	struct pool	 p;
	struct rec	 r;

	pool_init(&p);
	CHECK(run(&p, body, sizeof(body) - 1, NULL, 3, 2, 0, &r) ==
	    MP_ERR_ABORTED, "a callback stops the parse");
	CHECK(strcmp(mp_strerror(MP_ERR_ABORTED), "parse stopped by the "
	    "application") == 0, "message");
	pool_free(&p);
}

/* One file through the parser; its sniffed type and digest. */
static void
upload_one(const char *what, const char *data, size_t n,
    enum upload_type want)
{
	unsigned char	 d[SHA256_LEN];
	struct buf	 b;
	struct pool	 p;
	struct rec	 r;

	pool_init(&p);
	buf_init(&b, &p);
	buf_puts(&b, "--bound\r\nContent-Disposition: form-data; name=f; "
	    "filename=\"x.pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
	buf_add(&b, data, n);
	buf_puts(&b, "\r\n--bound--\r\n");
	CHECK(run(&p, b.data, b.len, NULL, 0, 3, 0, &r) == MP_OK, "%s parsed",
	    what);
	sha256(data, n, d);
	CHECK(r.up.type == want, "%s: type %d want %d", what, r.up.type, want);
	CHECK(memcmp(r.up.digest, d, SHA256_LEN) == 0 && r.up.size == n,
	    "%s: SHA-256 and size as of the bytes", what);
	splits(what, b.data, b.len, NULL, MP_OK, NULL);
	pool_free(&p);
}

static void
test_upload(void)
{
	static const char pdf[] = "%PDF-1.0\n1 0 obj<</Type/Catalog/Pages 2 0 R"
	    ">>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</"
	    "Root 1 0 R>>\n%%EOF\n";
	static const char jpg[] = "\xff\xd8\xff\xe0\0\x10JFIF\0\1\1\0\0\1\0\1"
	    "\0\0\xff\xd9";
	static const char png[] = "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\1\0\0\0"
	    "\1\x08\x06\0\0\0\x1f\x15\xc4\x89\0\0\0\0IEND\xae\x42\x60\x82";
	static const char html[] = "<html><script>alert(1)</script></html>";

	upload_one("minimal PDF", pdf, sizeof(pdf) - 1, UPLOAD_PDF);
	upload_one("minimal JPEG", jpg, sizeof(jpg) - 1, UPLOAD_JPEG);
	upload_one("minimal PNG", png, sizeof(png) - 1, UPLOAD_PNG);
	upload_one("HTML named .pdf", html, sizeof(html) - 1, UPLOAD_NONE);
	upload_one("empty file", "", 0, UPLOAD_NONE);
	CHECK(upload_sniff("%PDF", 4) == UPLOAD_NONE, "short PDF magic");
	CHECK(upload_sniff("\x89PNG\r\n\x1a", 7) == UPLOAD_NONE,
	    "short PNG magic");
	CHECK(upload_sniff(" %PDF-1.4", 9) == UPLOAD_NONE, "magic not first");
	CHECK(strcmp(upload_mime(UPLOAD_JPEG), "image/jpeg") == 0 &&
	    upload_mime(UPLOAD_NONE) == NULL, "MIME types");
}

static void
test_filename(void)
{
	static const struct {
		const char	*in, *want;
	} t[] = {
		{ "don.pdf", "don.pdf" },
		{ "../../etc/passwd", "passwd" },
		{ "C:\\fakepath\\x.pdf", "x.pdf" },
		{ "a/b\\c/../d.png", "d.png" },
		{ "..", "tep" },
		{ "dir/", "tep" },
		{ "", "tep" },
		{ NULL, "tep" },
		{ ". .htaccess", "htaccess" },
		{ "a\r\nb\tc\x7f" "d\x01.pdf", "abcd.pdf" },
		{ "\x1b[31mred.pdf", "[31mred.pdf" },
		{ "x\xe2\x80\xae" "fdp.exe", "xfdp.exe" },
		{ "\xc2\x85" "c1.pdf", "c1.pdf" },
		{ "bad\xc3.pdf", "tep" },
		{ "\xc0\xaf" "etc", "tep" },
		{ "Thu\xcc\xa3 ly\xcc\x81.pdf", "Thụ lý.pdf" },
		{ "say \"hi\".pdf", "say 'hi'.pdf" },
		{ "trailing. . ", "trailing" },
	};
	struct pool	 p;
	char		 longname[400], *s;
	size_t		 i;

	pool_init(&p);
	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++)
		CHECK_STR(upload_filename(&p, t[i].in, "tep"), t[i].want,
		    "display name");
	CHECK_STR(upload_filename(&p, "", NULL), "tep-dinh-kem", "default");
	for (i = 0; i < 130; i++)
		memcpy(longname + 3 * i, "ễ", 3);	/* 3 bytes each */
	longname[390] = '\0';
	s = upload_filename(&p, longname, "tep");
	CHECK(strlen(s) == 120 && strncmp(s, longname, 120) == 0,
	    "cut at %d bytes on a character boundary (%zu)",
	    UPLOAD_NAME_MAX, strlen(s));
	longname[0] = 'a';
	for (i = 0; i < 130; i++)
		memcpy(longname + 1 + 3 * i, "ễ", 3);
	longname[391] = '\0';
	s = upload_filename(&p, longname, "tep");
	CHECK(strlen(s) == 118, "no half character (%zu)", strlen(s));
	pool_free(&p);
}

int
main(void)
{
	test_boundary();
	test_fields_files();
	test_edges();
	test_truncated();
	test_headers();
	test_header_size();
	test_limits();
	test_abort();
	test_upload();
	test_filename();
	return CHECK_DONE();
}
