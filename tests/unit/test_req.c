/* req_: URL decoding, declared fields with validators, cookies. */
#include "check.h"
#include "pool.h"
#include "req.h"

static const char *const colours[] = { "do", "xanh", NULL };

enum { Q, N, C, S, E, NF };
static const struct req_field fields[NF] = {
	[Q] = { "q", VALID_TEXT, 20, NULL },
	[N] = { "n", VALID_UINT, 10, NULL },
	[C] = { "code", VALID_CODE, 12, NULL },
	[S] = { "slug", VALID_SLUG, 20, NULL },
	[E] = { "mau", VALID_ENUM, 8, colours },
};

static void
test_decode(struct pool *p)
{
	size_t	 n;
	char	*s;

	s = req_urldecode(p, "a+b%20c%C4%90", 13, &n);
	CHECK_STR(s, "a b cĐ", "decode");
	CHECK(req_urldecode(p, "%4", 2, &n) == NULL, "short escape refused");
	CHECK(req_urldecode(p, "%zz", 3, &n) == NULL, "bad hex refused");
	CHECK(req_urldecode(p, "%", 1, &n) == NULL, "lone %% refused");
	s = req_urldecode(p, "a%00b", 5, &n);
	CHECK(s != NULL && n == 3, "NUL decoded with its length");
	CHECK_STR(req_urlencode(p, "đất đai&x=1"),
	    "%C4%91%E1%BA%A5t%20%C4%91ai%26x%3D1", "encode");
}

static void
test_pairs(struct pool *p)
{
	struct req_vals	v;
	const char	*qs;

	qs = "q=dat+dai&n=12&code=1.000178&slug=ho-tich&mau=xanh&x=1";
	CHECK(req_parse_pairs(p, &v, fields, NF, qs, strlen(qs)) == 0,
	    "all valid");
	CHECK_STR(v.val[Q], "dat dai", "text");
	CHECK(v.num[N] == 12, "number");
	CHECK_STR(v.val[C], "1.000178", "code");
	CHECK_STR(v.val[E], "xanh", "enum");
	qs = "q=%C3&n=-1&code=a/b&slug=A&mau=tim";
	CHECK(req_parse_pairs(p, &v, fields, NF, qs, strlen(qs)) == 5,
	    "five invalid");
	CHECK(v.val[Q] == NULL && v.bad[Q], "broken UTF-8 refused");
	CHECK(v.val[N] == NULL && v.bad[N], "negative refused");
	qs = "n=99999999999&q=aaaaaaaaaaaaaaaaaaaaa";
	CHECK(req_parse_pairs(p, &v, fields, NF, qs, strlen(qs)) == 2,
	    "too big and too long refused");
	qs = "q=a%00b";
	CHECK(req_parse_pairs(p, &v, fields, NF, qs, strlen(qs)) == 1,
	    "NUL in text refused");
	qs = "q=Thu%CC%A3&q=second";
	req_parse_pairs(p, &v, fields, NF, qs, strlen(qs));
	CHECK_STR(v.val[Q], "Thụ", "NFD input stored as NFC, first wins");
	CHECK(req_parse_pairs(p, &v, fields, NF, "&&=&", 4) == 0,
	    "empty pairs ignored");
}

static void
test_cookie(struct pool *p)
{
	const char *h = "a=1; dvc_sid=abc123;b=2";

	CHECK_STR(req_cookie(p, h, "dvc_sid"), "abc123", "cookie found");
	CHECK_STR(req_cookie(p, h, "b"), "2", "last cookie");
	CHECK(req_cookie(p, h, "dvc") == NULL, "prefix is not a match");
	CHECK(req_cookie(p, NULL, "a") == NULL, "no header");
}

static void
test_code(void)
{
	CHECK(req_is_code("000.21.01.H99-261124-0001", 48), "a dossier code");
	CHECK(req_is_code("1.000005", 48), "a national code");
	CHECK(!req_is_code("", 48), "empty");
	CHECK(!req_is_code("a/b", 48), "a slash");
	CHECK(!req_is_code("a b", 48), "a space");
	CHECK(!req_is_code("Đ.1", 48), "a non-ASCII letter");
	CHECK(!req_is_code("123456789", 8), "longer than max");
	CHECK(req_is_code("12345678", 8), "exactly max");
}

int
main(void)
{
	struct pool	p;

	pool_init(&p);
	test_decode(&p);
	test_pairs(&p);
	test_cookie(&p);
	test_code();
	pool_free(&p);
	return CHECK_DONE();
}
