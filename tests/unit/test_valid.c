/* valid_: what people type into registration and profile forms. */
#include "check.h"
#include "valid.h"

#define OK(x, what)	CHECK((x) == NULL, "%s accepted", what)
#define BAD(x, what)	CHECK((x) != NULL, "%s refused", what)

int
main(void)
{
	OK(valid_cccd("001099012345"), "CCCD of Hà Nội (001)");
	OK(valid_cccd("096123456789"), "CCCD of Cà Mau (096)");
	BAD(valid_cccd("000123456789"), "CCCD with province 000");
	BAD(valid_cccd("097123456789"), "CCCD with province 097");
	BAD(valid_cccd("00109901234"), "CCCD of 11 digits");
	BAD(valid_cccd("0010990123456"), "CCCD of 13 digits");
	BAD(valid_cccd("00109901234a"), "CCCD with a letter");
	BAD(valid_cccd(""), "empty CCCD");
	BAD(valid_cccd(NULL), "missing CCCD");
	OK(valid_taxcode("0101234567"), "10-digit tax code");
	OK(valid_taxcode("0101234567001"), "13-digit tax code");
	OK(valid_taxcode("0101234567-001"), "tax code with branch dash");
	BAD(valid_taxcode("010123456"), "9-digit tax code");
	BAD(valid_taxcode("0101234567-01"), "short branch");
	BAD(valid_taxcode("01012345670-01"), "dash misplaced");
	OK(valid_email("ten@example.vn"), "plain address");
	OK(valid_email("a.b+c@so-tu-phap.minhson.gov.vn"), "dotted address");
	BAD(valid_email("ten@example"), "no top-level domain");
	BAD(valid_email("ten example@x.vn"), "space");
	BAD(valid_email("a@b@c.vn"), "two @");
	BAD(valid_email("ten@x.vn\r\nBcc: y@z.vn"), "CR LF (header injection)");
	BAD(valid_email("tên@x.vn"), "non-ASCII local part");
	BAD(valid_email("a..b@x.vn"), "double dot");
	OK(valid_phone("0912345678"), "mobile number");
	OK(valid_phone("0912 345 678"), "spaced number");
	OK(valid_phone("+84912345678"), "+84 number");
	OK(valid_phone("0299.3812.345"), "landline with dots");
	BAD(valid_phone("091234567"), "9 digits");
	BAD(valid_phone("0012345678"), "00 prefix");
	BAD(valid_phone("09123a5678"), "letter in number");
	OK(valid_password("matkhau2026", "a@b.vn"), "letters and digits");
	BAD(valid_password("short1", NULL), "7 characters");
	BAD(valid_password("chichucai", NULL), "letters only");
	BAD(valid_password("12345678", NULL), "digits only");
	BAD(valid_password("Ten1@x.vn", "ten1@x.vn"), "password equal to login");
	OK(valid_name("Nguyễn Văn An"), "Vietnamese name");
	OK(valid_name("Công ty TNHH 3A"), "company name with a digit");
	BAD(valid_name("1"), "one character");
	BAD(valid_name("12345"), "digits only");
	BAD(valid_name(""), "empty name");
	return CHECK_DONE();
}
