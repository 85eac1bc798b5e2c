/* libFuzzer harness: query/form parsing and cookies (req_). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pool.h"
#include "req.h"

static const char *const choices[] = { "html", "json", NULL };
static const struct req_field fields[] = {
	{ "q", VALID_TEXT, 200, NULL },
	{ "trang", VALID_UINT, 10, NULL },
	{ "co-quan", VALID_CODE, 32, NULL },
	{ "linh-vuc", VALID_SLUG, 160, NULL },
	{ "format", VALID_ENUM, 8, choices },
};

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct pool	 p;
	struct req_vals	 v;
	char		*s;
	size_t		 i;

	pool_init(&p);
	req_parse_pairs(&p, &v, fields, 5, (const char *)data, len);
	for (i = 0; i < 5; i++)
		if (v.val[i] != NULL)
			(void)strlen(v.val[i]);
	s = pool_strndup(&p, (const char *)data, len);
	(void)req_cookie(&p, s, "dvc_sid");
	(void)req_urlencode(&p, s);
	pool_free(&p);
	return 0;
}
