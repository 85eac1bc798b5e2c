/* text_: NFC, folding for search, words and slugs. */
#include <stdlib.h>

#include "check.h"
#include "pool.h"
#include "text.h"

static void
test_valid(void)
{
	CHECK(text_utf8_valid("Đất đai", strlen("Đất đai")), "valid UTF-8");
	CHECK(!text_utf8_valid("\xc3", 1), "truncated sequence refused");
	CHECK(!text_utf8_valid("\xc0\xaf", 2), "overlong '/' refused");
	CHECK(!text_utf8_valid("\xed\xa0\x80", 3), "surrogate refused");
	CHECK(!text_utf8_valid("\xf4\x90\x80\x80", 4), "past U+10FFFF refused");
	CHECK(!text_utf8_valid("\xff", 1), "0xff refused");
}

static void
test_nfc(struct pool *p)
{
	/* "Thụ lý" with U+0323 combining dot below, as in the real data. */
	const char *nfd = "Thu\xcc\xa3 ly\xcc\x81";

	CHECK_STR(text_nfc(p, nfd), "Thụ lý", "NFD to NFC");
	CHECK_STR(text_nfc(p, "Thụ lý"), "Thụ lý", "NFC stays");
	CHECK_STR(text_nfc(p, "a\r\nb\rc\x01" "d\te"), "a\nb\ncd\te",
	    "CR LF, CR, controls");
	CHECK(text_nfc(p, "bad \xc3") == NULL, "broken UTF-8 gives NULL");
}

static void
test_fold(struct pool *p)
{
	CHECK_STR(text_fold(p, "Đất đai"), " dat dai ", "đ and marks");
	CHECK_STR(text_fold(p, "ĐĂNG KÝ KHAI SINH"), " dang ky khai sinh ",
	    "upper case");
	CHECK_STR(text_fold(p, "Thu\xcc\xa3 ly\xcc\x81"), " thu ly ",
	    "NFD folds like NFC");
	CHECK_STR(text_fold(p, "  Giấy phép (xây dựng), 1.000178  "),
	    " giay phep xay dung 1 000178 ", "punctuation runs");
	CHECK_STR(text_fold(p, ""), " ", "empty");
	CHECK_STR(text_fold(p, "<script>"), " script ", "markup is text");
	CHECK(text_fold(p, "\xe1\xba") == NULL, "broken UTF-8");
}

static void
test_words(struct pool *p)
{
	char	*w[6];
	size_t	 n;

	n = text_words(p, "  Đất   ĐAI ", w, 6);
	CHECK(n == 2, "two words (%zu)", n);
	CHECK_STR(w[0], "dat", "word 1");
	CHECK_STR(w[1], "dai", "word 2");
	n = text_words(p, "a b c d e f g h", w, 6);
	CHECK(n == 6, "at most max words (%zu)", n);
	CHECK(text_words(p, "%%% ___", w, 6) == 0, "no words in punctuation");
	CHECK_STR(text_slug(p, "Lao động – Việc làm"), "lao-dong-viec-lam",
	    "slug");
	CHECK_STR(text_slug(p, "!!!"), "", "empty slug");
}

int
main(void)
{
	struct pool	p;

	pool_init(&p);
	test_valid();
	test_nfc(&p);
	test_fold(&p);
	test_words(&p);
	pool_free(&p);
	return CHECK_DONE();
}
