/*
 * libFuzzer harness for tools/import_parse.c: every parser on arbitrary
 * bytes, then on their NFC form when they are valid UTF-8.  Kept corpus:
 * tests/fuzz/corpus/import_parse/ (real cells of the national data; add
 * every input a run finds).
 *
 *	clang -g -O1 -fsanitize=fuzzer,address,undefined -Icgi-bin/lib \
 *	    -Itools tests/fuzz/fuzz_import_parse.c tools/import_parse.c \
 *	    cgi-bin/lib/text.c cgi-bin/lib/pool.c cgi-bin/lib/log.c \
 *	    -lutf8proc -lm -o fuzz_import_parse
 *	./fuzz_import_parse -max_total_time=60 tests/fuzz/corpus/import_parse
 */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "import_parse.h"
#include "pool.h"
#include "text.h"

int	LLVMFuzzerTestOneInput(const uint8_t *, size_t);

static struct channel	ch[32];
static struct component	comp[64];

static void
fuzz_all(struct pool *pl, const char *s)
{
	const char	*text;
	double		 d;
	enum unit	 u;
	long long	 v;
	size_t		 n, len;
	int		 complete, unknown;

	n = parse_channels(pl, s, ch, 32);
	(void)parse_channels_fee(ch, n);
	(void)parse_processing(pl, ch, n, s, &d, &u, &text);
	(void)parse_find_duration(s, &d, &u, &len);
	(void)parse_components(pl, s, comp, 64, &complete);
	(void)parse_legal_basis(pl, s);
	(void)parse_result(pl, s);
	(void)parse_duration(s, &d, &u);
	(void)parse_fee(s, &v);
	(void)parse_fee_lowest(s);
	(void)parse_levels(s, &unknown);
	(void)parse_is_empty(s);
	(void)parse_code_valid(s);
	(void)parse_mime(s);
	(void)parse_clip(pl, s, 7);
	(void)parse_clip_bytes(pl, s, 7);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct pool	 pl;
	const char		*nfc;
	char			*s;

	if ((s = malloc(size + 1)) == NULL)
		return 0;
	memcpy(s, data, size);
	s[size] = '\0';
	fuzz_all(&pl, s);
	if ((nfc = text_nfc(&pl, s)) != NULL)
		fuzz_all(&pl, nfc);
	pool_reset(&pl);
	free(s);
	return 0;
}
