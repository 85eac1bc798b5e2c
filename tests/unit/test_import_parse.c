/*
 * Unit tests of tools/import_parse.c and cgi-bin/lib/sha256.c (TAP-like
 * lines through check.h; exit 1 when a test failed).  The inputs
 * are cells as the national portal publishes them (see
 * ../shared/data/tthc-national.jsonl.gz).
 */
#include <stdio.h>
#include <string.h>

#include "check.h"
#include "import_parse.h"
#include "pool.h"
#include "sha256.h"
#include "text.h"

static struct pool pl;

/* strcmp that shows both strings when they differ. */
static int
streq(const char *a, const char *b)
{
	if (a != NULL && b != NULL && strcmp(a, b) == 0)
		return 1;
	printf("#   got '%s'\n#  want '%s'\n", a != NULL ? a : "(null)", b);
	return 0;
}

static int
near(double a, double b)
{
	return a - b < 1e-9 && b - a < 1e-9;
}

static void
test_durations(void)
{
	static const struct {
		const char	*in;
		double		 days;
		enum unit	 unit;
		int		 len;
	} t[] = {
		{ "27 Ngày làm việcMiễn phí", 27, UNIT_WORKING_DAYS, 20 },
		{ "15 Ngày", 15, UNIT_DAYS, 8 },
		{ "0.5 Ngày làm việc", 0.5, UNIT_WORKING_DAYS, 21 },
		{ "1,5 ngày", 1.5, UNIT_DAYS, 9 },
		{ "02 giờ", 2.0 / 24, UNIT_HOURS, 8 },
		{ "08 giờ làm việc", 1, UNIT_HOURS, 20 },
		{ "Trong ngày", 1, UNIT_WORKING_DAYS, 11 },
		{ "3 Tháng", 90, UNIT_DAYS, 8 },
		{ "05 (năm) ngày làm việc", 5, UNIT_WORKING_DAYS, 27 },
		{ "  7 ngày", 7, UNIT_DAYS, 9 },
	};
	static const char *const none[] = { "15", "1Miễn phí",
	    "Không có thông tin", "", "ngày 20 tháng 3", "12345 ngày",
	    "Trong thời hạn" };
	double		 d;
	enum unit	 u;
	size_t		 i;
	int		 n;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		d = -1;
		u = UNIT_NONE;
		n = parse_duration(t[i].in, &d, &u);
		CHECK(n == t[i].len && near(d, t[i].days) && u == t[i].unit,
		    "duration '%s' = %g, unit %d, %d bytes (got %g, %d, %d)",
		    t[i].in, t[i].days, t[i].unit, t[i].len, d, u, n);
	}
	for (i = 0; i < sizeof(none) / sizeof(none[0]); i++)
		CHECK(parse_duration(none[i], &d, &u) == 0,
		    "no duration in '%s'", none[i]);
}

static void
test_fees(void)
{
	static const struct {
		const char	*in;
		long long	 vnd;
	} t[] = {
		{ "Miễn phí", 0 },
		{ "Miễn phí(Không quy định)", 0 },
		{ "120,000 VNĐ", 120000 },
		{ "4,000,000 Việt Nam Đồng(theo Thông tư)", 4000000 },
		{ "10,000 Việt Nam Đồng", 10000 },
		{ "50.000 đồng", 50000 },
		{ "50.000đ/lần", 50000 },
		{ "Phí : 50.000 Đồng", 50000 },
		{ "Lệ phí: 1.500.000 đồng", 1500000 },
		{ "1,5 triệu đồng", 1500000 },
		{ "10 USD(/lần)", -1 },
		{ "VNĐ(Phí công bố)", -1 },
	};
	static const char *const none[] = { "Không có thông tin", "", "15",
	    "5 đề nghị", "1,5 đồng", "Phí theo quy định", "đồng thời" };
	long long	 v;
	size_t		 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		v = -2;
		CHECK(parse_fee(t[i].in, &v) > 0 && v == t[i].vnd,
		    "fee '%s' = %lld (got %lld)", t[i].in, t[i].vnd, v);
	}
	for (i = 0; i < sizeof(none) / sizeof(none[0]); i++)
		CHECK(parse_fee(none[i], &v) == 0, "no fee in '%s'", none[i]);
	CHECK(parse_fee_lowest("Lệ phí 100.000 đồng/lần; cấp lại 50.000 đồng; "
	    "10 USD") == 50000, "lowest amount of a note");
	CHECK(parse_fee_lowest("Miễn phí, ngày 02/11/2010") == -1,
	    "no amount in a note");
}

static void
test_channels_table(void)
{
	struct channel	 c[8];
	size_t		 n;

	n = parse_channels(&pl, "Hình thức nộpThời gianPhí, lệ phíMô tả"
	    "Trực tuyến27 Ngày làm việcMiễn phí(Không quy định)"
	    "Dịch vụ bưu chính27 Ngày làm việcMiễn phí"
	    "Trực tiếp15 Ngày120,000 VNĐ(Thông tư 172/2010/TT-BTC)"
	    "Nộp trực tiếp tại Bộ phận Một cửa. Trực tiếp: 7h30", c, 8);
	CHECK(n == 3, "three channels (got %zu)", n);
	if (n != 3)
		return;
	CHECK(c[0].kind == CHAN_ONLINE && c[1].kind == CHAN_POST &&
	    c[2].kind == CHAN_DIRECT, "channel kinds in order");
	CHECK(streq(c[0].time_text, "27 Ngày làm việc") &&
	    near(c[0].days, 27) && c[0].unit == UNIT_WORKING_DAYS,
	    "online time");
	CHECK(streq(c[0].fee_text, "Miễn phí(Không quy định)") && c[0].fee == 0,
	    "online fee with its note");
	CHECK(streq(c[2].time_text, "15 Ngày") && c[2].unit == UNIT_DAYS,
	    "direct time in days");
	CHECK(c[2].fee == 120000 && streq(c[2].fee_text,
	    "120,000 VNĐ(Thông tư 172/2010/TT-BTC)"), "direct fee 120,000");
	CHECK(streq(c[2].description, "Nộp trực tiếp tại Bộ phận Một cửa. "
	    "Trực tiếp: 7h30"), "channel words inside a description stay");
	CHECK(parse_channels_fee(c, n) == 0, "lowest fee of the record is 0");
}

static void
test_channels_glued(void)
{
	struct channel	 c[8];
	size_t		 n;

	n = parse_channels(&pl, "Hình thức nộpThời gianPhí, lệ phíMô tả"
	    "Trực tuyến120,000 VNĐ(Theo khoản 1 Điều 3)", c, 8);
	CHECK(n == 1 && *c[0].time_text == '\0' && c[0].unit == UNIT_NONE &&
	    c[0].fee == 120000, "no time cell, fee 120,000");
	n = parse_channels(&pl, "Trực tuyến1100,000 VNĐ(100.000 đồng/lần)"
	    "Trực tiếp1Miễn phí", c, 8);
	CHECK(n == 2 && streq(c[0].time_text, "1") && c[0].fee == 100000,
	    "bare time 1 glued to 100,000");
	CHECK(n == 2 && streq(c[1].time_text, "1") && c[1].unit == UNIT_NONE &&
	    c[1].fee == 0, "bare time 1 before Miễn phí is no duration");
	n = parse_channels(&pl, "Trực tuyến120 VNĐ(20.000 vnđ /tờ khai)", c, 8);
	CHECK(n == 1 && c[0].fee == 20000,
	    "'120 VNĐ(20.000 vnđ)' is 1 + 20,000");
	n = parse_channels(&pl, "Trực tiếp5 Ngày làm việc50 VNĐ", c, 8);
	CHECK(n == 1 && c[0].fee == -1, "50 VNĐ alone is not credible");
	n = parse_channels(&pl, "Trực tuyếnKhông có thông tinKhông có thông "
	    "tinKhông quy định", c, 8);
	CHECK(n == 1 && streq(c[0].time_text, "Không có thông tin") &&
	    c[0].fee == -1 && streq(c[0].description, "Không quy định"),
	    "empty cells");
	n = parse_channels(&pl, "Trực tuyếnKhông phải trả kết quảMiễn phí"
	    "Bằng phương thức điện tử", c, 8);
	CHECK(n == 1 && streq(c[0].time_text, "Không phải trả kết quả") &&
	    c[0].fee == 0, "a time cell in words");
	CHECK(parse_channels(&pl, "nộp trực tiếp tại Sở", c, 8) == 0,
	    "no channel in plain text");
}

static void
test_processing(void)
{
	struct channel	 c[8];
	const char	*text;
	double		 d;
	enum unit	 u;
	size_t		 n;

	n = parse_channels(&pl, "Trực tiếp15 NgàyMiễn phíTrực tuyến"
	    "27 Ngày làm việcMiễn phí", c, 8);
	CHECK(parse_processing(&pl, c, n, NULL, &d, &u, &text) == TIME_TABLE &&
	    near(d, 27) && u == UNIT_WORKING_DAYS &&
	    streq(text, "27 Ngày làm việc"), "online channel preferred");
	n = parse_channels(&pl, "Trực tiếp1Miễn phíThời hạn giải quyết: "
	    "02 ngày làm việc.", c, 8);
	CHECK(parse_processing(&pl, c, n, NULL, &d, &u, &text) == TIME_TEXT &&
	    near(d, 2) && streq(text, "Thời hạn giải quyết: 02 ngày làm việc"),
	    "time found in the description");
	n = parse_channels(&pl, "Trực tiếpKhông có thông tinMiễn phí", c, 8);
	CHECK(parse_processing(&pl, c, n, "Bước 2: Trong thời hạn 07 ngày làm "
	    "việc kể từ ngày nhận đủ hồ sơ, Sở cấp giấy phép.", &d, &u,
	    &text) == TIME_TEXT && near(d, 7) && u == UNIT_WORKING_DAYS,
	    "time found in the steps");
	CHECK(parse_processing(&pl, c, n, "Chậm nhất vào ngày 20 tháng đầu "
	    "tiên; gửi trong thời hạn ít nhất 60 ngày", &d, &u, &text) ==
	    TIME_NONE && u == UNIT_NONE && *text == '\0',
	    "dates and 'ít nhất' are no deadline");
}

static void
test_components(void)
{
	struct component	 c[8];
	size_t			 n;
	int			 complete;

	n = parse_components(&pl, "--Tên giấy tờMẫu đơn, tờ khaiSố lượng"
	    "Đơn đề nghị theo mẫuMauon.docx1 bản chính"
	    "Bản sao giấy phép (nếu có)0 bản chính,1 bản sao"
	    "Tờ khai nộp 02 bản chính tờ khai theo mẫu BM.NCC.20.031 bản chính",
	    c, 8, &complete);
	CHECK(n == 3 && complete, "three components (got %zu)", n);
	if (n != 3)
		return;
	CHECK(streq(c[0].name, "Đơn đề nghị theo mẫu") && c[0].nforms == 1 &&
	    streq(c[0].forms[0], "Mauon.docx") && c[0].originals == 1 &&
	    c[0].copies == 0 && *c[0].group == '\0', "glued form name");
	CHECK(c[1].originals == 0 && c[1].copies == 1 && !c[1].required,
	    "'0 bản chính,1 bản sao' and (nếu có)");
	CHECK(streq(c[2].name, "Tờ khai nộp 02 bản chính tờ khai theo mẫu "
	    "BM.NCC.20.03") && c[2].originals == 1 && c[2].nforms == 0,
	    "count glued to a number; copies in prose kept");
	n = parse_components(&pl, "Trường hợp 1:Tên giấy tờMẫu đơn, tờ khai"
	    "Số lượngTờ khaiMẫu 01.docxPhụ lục II.pdf1 bản chính,2 bản sao"
	    "Trường hợp 2:Tên giấy tờMẫu đơn, tờ khaiSố lượngGiấy phép"
	    "1 bản chính", c, 8, &complete);
	CHECK(n == 2 && complete && streq(c[0].group, "Trường hợp 1:") &&
	    streq(c[1].group, "Trường hợp 2:"), "groups");
	CHECK(n == 2 && c[0].nforms == 2 &&
	    streq(c[0].forms[0], "Mẫu 01.docx") &&
	    streq(c[0].forms[1], "Phụ lục II.pdf") &&
	    streq(c[0].name, "Tờ khai") && c[0].copies == 2,
	    "two glued forms");
	n = parse_components(&pl, "Bước 2. Nộp hồ sơ cho cơ quan BHXH.", c, 8,
	    &complete);
	CHECK(n == 1 && !complete && streq(c[0].name, "Bước 2. Nộp hồ sơ cho "
	    "cơ quan BHXH."), "no table: one row, not complete");
	n = parse_components(&pl, "--", c, 8, &complete);
	CHECK(n == 0 && complete, "an empty table");
}

static void
test_nfd(void)
{
	/* "Trực tuyến15 Ngày làm việcMiễn phí" and "Cấp tỉnh" in NFD */
	static const char chan[] = "Tr\xc6\xb0\xcc\xa3" "c tuy\xc3\xaa\xcc\x81n"
	    "15 Nga\xcc\x80y la\xcc\x80m vi\xc3\xaa\xcc\xa3" "cMi\xc3\xaa\xcc"
	    "\x83n ph\xc3\xad";
	static const char level[] = "C\xc3\xa2\xcc\x81p ti\xcc\x89nh";
	struct channel	 c[2];
	const char	*s;
	int		 unknown;

	s = text_nfc(&pl, chan);
	CHECK(s != NULL && streq(s, "Trực tuyến15 Ngày làm việcMiễn phí"),
	    "NFD text normalised");
	CHECK(s != NULL && parse_channels(&pl, s, c, 2) == 1 &&
	    c[0].kind == CHAN_ONLINE && near(c[0].days, 15) &&
	    c[0].fee == 0, "NFD channel parsed once in NFC");
	CHECK(parse_levels(text_nfc(&pl, level), &unknown) == 2 && !unknown,
	    "NFD level parsed once in NFC");
	CHECK(text_nfc(&pl, "Tr\xc6") == NULL, "invalid UTF-8 refused");
}

static void
test_small_fields(void)
{
	char	 code[40];
	int	 unknown;

	CHECK(parse_levels("Cấp bộ, Cấp tỉnh, Cấp xã", &unknown) == 11 &&
	    !unknown, "levels 1|2|8");
	CHECK(parse_levels("Cấp huyện,Cơ quan khác", &unknown) == 20 &&
	    !unknown, "levels 4|16");
	CHECK(parse_levels("Cấp trung ương", &unknown) == 0 && unknown,
	    "unknown level");
	CHECK(parse_code_valid("1.000005") && parse_code_valid("BTP-290"),
	    "valid codes");
	memset(code, '1', 33);
	code[33] = '\0';
	CHECK(!parse_code_valid("") && !parse_code_valid("1/2") &&
	    !parse_code_valid("1 2") && !parse_code_valid(code),
	    "invalid codes");
	CHECK(parse_is_empty(" Không có thông tin ") && parse_is_empty("--") &&
	    parse_is_empty("") && !parse_is_empty("Không"), "empty cells");
	CHECK(streq(parse_clip(&pl, "Đất đai", 3), "Đất") &&
	    streq(parse_clip_bytes(&pl, "Đất", 2), "Đ"), "clipping");
	CHECK(streq(parse_mime("Mẫu 01.DOCX"), "application/vnd.openxmlformats-"
	    "officedocument.wordprocessingml.document") &&
	    streq(parse_mime("a.pdf"), "application/pdf") &&
	    streq(parse_mime("a.exe"), ""), "mime types");
}

static void
test_legal_result(void)
{
	CHECK(streq(parse_legal_basis(&pl, "Tên văn bản pháp lýMã văn bản"
	    "Luật 54/2014/QH1354/2014/QH13Thông tư 92/2015/TT-BTC"
	    "92/2015/TT-BTCLuật Chăn nuôi32/2018/QH14"
	    "Quyết định mẫu hồ sơ24/2024"),
	    "Luật 54/2014/QH13\nThông tư 92/2015/TT-BTC\n"
	    "Luật Chăn nuôi (32/2018/QH14)\nQuyết định mẫu hồ sơ (24/2024)"),
	    "legal basis, one document per line");
	CHECK(streq(parse_legal_basis(&pl, "Tên văn bản pháp lýMã văn bản"
	    "Luật Các tổ chức tín dụngLuật số 32/2024/QH15"),
	    "Luật Các tổ chức tín dụng (Luật số 32/2024/QH15)"),
	    "legal basis with a glued 'Luật số'");
	CHECK(streq(parse_legal_basis(&pl, "Không có thông tin"),
	    "Không có thông tin"), "legal basis that is no table");
	CHECK(streq(parse_result(&pl, "Xác nhận thông quanMã: KQ.G12.000327"
	    "Từ khóaKhông có thông tinMô tảKhông có thông tinChọn cơ quan "
	    "thực hiệnTỉnh/ Thành phố"), "Xác nhận thông quan (mã "
	    "KQ.G12.000327)"), "result");
	CHECK(streq(parse_result(&pl, "Giấy phépMã: KQ.G10.000975Thông báoMã: "
	    "KQ.G10.000976Từ khóaKhông có thông tinMô tảCấp trong ngày"),
	    "Giấy phép (mã KQ.G10.000975)\nThông báo (mã KQ.G10.000976)\n"
	    "Cấp trong ngày"), "two results and a description");
}

static void
test_sha256(void)
{
	static const struct {
		const char	*in;
		const char	*hex;
	} t[] = {
		{ "abc", "ba7816bf8f01cfea414140de5dae2223"
		    "b00361a396177a9cb410ff61f20015ad" },
		{ "", "e3b0c44298fc1c149afbf4c8996fb924"
		    "27ae41e4649b934ca495991b7852b855" },
		{ "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
		    "248d6a61d20638b8e5c026930c3e6039"
		    "a33ce45964ff2167f6ecedd419db06c1" },
		{ "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
		    "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
		    "cf5b16a778af8380036ce59e7b049237"
		    "0b249b11e8f07a51afac45037afee9d1" },
	};
	unsigned char	 d[SHA256_LEN];
	char		 hex[SHA256_HEX], a[1001];
	struct sha256	 c;
	size_t		 i;

	for (i = 0; i < sizeof(t) / sizeof(t[0]); i++) {
		sha256(t[i].in, strlen(t[i].in), d);
		CHECK(streq(sha256_hex(d, hex), t[i].hex), "SHA-256 of '%.20s'",
		    t[i].in);
	}
	memset(a, 'a', sizeof(a));
	sha256_init(&c);
	for (i = 0; i < 1000; i++)
		sha256_update(&c, a, i % 2 ? 999 : 1001);
	sha256_final(&c, d);
	CHECK(streq(sha256_hex(d, hex), "cdc76e5c9914fb9281a1c7e284d73e67"
	    "f1809a48a497200e046d39ccc7112cd0"),
	    "SHA-256 of a million 'a' in uneven pieces");
}

int
main(void)
{
	pool_init(&pl);
	test_durations();
	test_fees();
	test_channels_table();
	test_channels_glued();
	test_processing();
	test_components();
	test_nfd();
	test_small_fields();
	test_legal_result();
	test_sha256();
	pool_free(&pl);
	return CHECK_DONE();
}
