/*
 * The unit tests' only helper: TAP-like lines, a failure count, and the
 * exit status automake reads (0 pass, 1 fail).
 */
#ifndef CHECK_H
#define CHECK_H

#include <stdio.h>
#include <string.h>

static int	check_n, check_failed;

#define CHECK(cond, ...) do {						\
	check_n++;							\
	if (cond) {							\
		printf("ok %d - ", check_n);				\
	} else {							\
		check_failed++;						\
		printf("not ok %d - %s:%d: ", check_n, __FILE__,	\
		    __LINE__);						\
	}								\
	printf(__VA_ARGS__);						\
	putchar('\n');							\
} while (0)

#define CHECK_STR(got, want, what) do {					\
	const char *g_ = (got), *w_ = (want);				\
	CHECK(g_ != NULL && w_ != NULL ? strcmp(g_, w_) == 0 : g_ == w_,	\
	    "%s: got [%s] want [%s]", (what), g_ ? g_ : "(null)",	\
	    w_ ? w_ : "(null)");					\
} while (0)

#define CHECK_DONE() (printf("1..%d\n# %d failed\n", check_n,		\
	check_failed), check_failed == 0 ? 0 : 1)

#endif
