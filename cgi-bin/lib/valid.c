#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "valid.h"

static int
count(const char *s, int (*cls)(int))
{
	int	n = 0;

	for (; *s != '\0'; s++)
		if (cls((unsigned char)*s))
			n++;
	return n;
}

static int
all_digits(const char *s, size_t len)
{
	return strlen(s) == len && count(s, isdigit) == (int)len;
}

const char *
valid_name(const char *s)
{
	size_t	len = s != NULL ? strlen(s) : 0;

	if (len == 0)
		return "Vui lòng nhập họ và tên.";
	if (len < 2 || len > 255)
		return "Họ và tên phải dài từ 2 đến 255 ký tự.";
	if (count(s, isalpha) == 0 && count(s, isascii) == (int)len)
		return "Họ và tên phải có chữ cái.";
	return NULL;
}

const char *
valid_cccd(const char *s)
{
	int	province;

	if (s == NULL || *s == '\0')
		return "Vui lòng nhập số căn cước công dân.";
	if (!all_digits(s, 12))
		return "Số căn cước công dân gồm đúng 12 chữ số.";
	province = (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
	if (province < 1 || province > 96)
		return "Ba chữ số đầu của số căn cước công dân phải là mã "
		    "tỉnh, thành phố (001–096).";
	return NULL;
}

const char *
valid_taxcode(const char *s)
{
	if (s == NULL || *s == '\0')
		return "Vui lòng nhập mã số thuế.";
	if (all_digits(s, 10) || all_digits(s, 13))
		return NULL;
	if (strlen(s) == 14 && s[10] == '-' && count(s, isdigit) == 13)
		return NULL;
	return "Mã số thuế gồm 10 chữ số, hoặc 13 chữ số với mã chi nhánh "
	    "(ví dụ 0101234567-001).";
}

const char *
valid_email(const char *s)
{
	const char	*at, *dot, *p;

	if (s == NULL || *s == '\0')
		return "Vui lòng nhập địa chỉ thư điện tử.";
	if (strlen(s) > 254)
		return "Địa chỉ thư điện tử quá dài.";
	for (p = s; *p != '\0'; p++)
		if ((unsigned char)*p <= ' ' || (unsigned char)*p >= 0x7f ||
		    strchr("<>()[],;:\\\"", *p) != NULL)
			return "Địa chỉ thư điện tử có ký tự không hợp lệ.";
	at = strchr(s, '@');
	if (at != NULL && at - s > 64)
		return "Phần trước @ của địa chỉ thư dài tối đa 64 ký tự.";
	if (at == NULL || at == s || strchr(at + 1, '@') != NULL ||
	    (dot = strrchr(at, '.')) == NULL || dot == at + 1 ||
	    dot[1] == '\0' || strstr(s, "..") != NULL)
		return "Địa chỉ thư điện tử không đúng dạng, ví dụ: "
		    "ten@example.vn.";
	return NULL;
}

const char *
valid_phone(const char *s)
{
	char	d[32];
	size_t	n = 0;

	if (s == NULL || *s == '\0')
		return "Vui lòng nhập số điện thoại.";
	if (strncmp(s, "+84", 3) == 0) {
		d[n++] = '0';
		s += 3;
	}
	for (; *s != '\0' && n < sizeof(d) - 1; s++) {
		if (isdigit((unsigned char)*s))
			d[n++] = *s;
		else if (*s != ' ' && *s != '.' && *s != '-')
			return "Số điện thoại chỉ gồm chữ số.";
	}
	d[n] = '\0';
	/* mobiles: 0 + 9 digits; landlines: 02x + 8 digits */
	if (d[0] != '0' || d[1] == '0' ||
	    !(n == 10 || (n == 11 && d[1] == '2')))
		return "Số điện thoại di động gồm 10 chữ số (ví dụ 0912 345 "
		    "678); số cố định gồm 11 chữ số (ví dụ 0299 3812 345).";
	return NULL;
}

const char *
valid_password(const char *pw, const char *login)
{
	size_t	len = pw != NULL ? strlen(pw) : 0;

	if (len == 0)
		return "Vui lòng nhập mật khẩu.";
	if (len < 8)
		return "Mật khẩu phải có ít nhất 8 ký tự.";
	if (len > 128)
		return "Mật khẩu dài tối đa 128 ký tự.";
	if (count(pw, isdigit) == 0 || count(pw, isalpha) == 0)
		return "Mật khẩu phải có cả chữ cái và chữ số.";
	if (login != NULL && strcasecmp(pw, login) == 0)
		return "Mật khẩu không được trùng tên đăng nhập.";
	return NULL;
}
