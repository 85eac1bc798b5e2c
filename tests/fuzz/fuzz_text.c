/* libFuzzer harness: UTF-8 checks, NFC and search folding (text_). */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "pool.h"
#include "text.h"

int LLVMFuzzerTestOneInput(const uint8_t *, size_t);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t len)
{
	struct pool	 p;
	char		*s, *n, *f, *w[6];
	int		 valid;

	pool_init(&p);
	s = pool_strndup(&p, (const char *)data, len);
	valid = text_utf8_valid(s, strlen(s));
	n = text_nfc(&p, s);
	f = text_fold(&p, s);
	/* Valid input always normalises; folding is idempotent. */
	if (valid && (n == NULL || f == NULL))
		__builtin_trap();
	if (f != NULL && strcmp(text_fold(&p, f), f) != 0)
		__builtin_trap();
	(void)text_words(&p, s, w, 6);
	(void)text_slug(&p, s);
	pool_free(&p);
	return 0;
}
