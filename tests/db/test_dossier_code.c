/*
 * dossier_code_next() against the real MariaDB: 200 processes take a code
 * for one agency at the same moment and get 200 distinct, gapless
 * numbers; the date part is today in Vietnam time; a rolled-back
 * submission gives its number back.  Run by tests/db/dossier_code.py,
 * which creates the agency (DVC_TEST_AGENCY_ID, DVC_TEST_AGENCY_CODE)
 * and removes it afterwards.
 */
#include <sys/wait.h>

#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "cfg.h"
#include "check.h"
#include "db.h"
#include "dossier.h"
#include "pool.h"

#define N	200

static char	agency_code[32];
static unsigned long agency_id;

static struct db *
connect_or_die(void)
{
	struct db	*db;

	if ((db = db_open()) == NULL)
		_exit(3);
	return db;
}

/* A child: waits for the start signal, takes one code, prints it. */
static void
child(int go, int out)
{
	struct db	*db = connect_or_die();
	struct pool	 p;
	const char	*code;
	char		 c;

	pool_init(&p);
	if (read(go, &c, 1) < 0)	/* EOF when the parent lets go */
		_exit(4);
	if (db_begin(db) == -1 ||
	    (code = dossier_code_next(db, &p, agency_id, agency_code)) ==
	    NULL || db_commit(db) == -1)
		_exit(5);
	dprintf(out, "%s\n", code);
	_exit(0);
}

static int
cmp(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static void
test_concurrent(void)
{
	int	 go[2], out[2], i, st, ok = 0;
	char	 buf[N * 64], *codes[N], *line, today[40], want[16];
	size_t	 len = 0;
	ssize_t	 n;
	time_t	 t = time(NULL) + 7 * 3600;
	struct tm tm;

	if (pipe(go) == -1 || pipe(out) == -1)
		abort();
	for (i = 0; i < N; i++)
		if (fork() == 0) {
			close(go[1]);
			close(out[0]);
			child(go[0], out[1]);
		}
	close(go[0]);
	close(out[1]);
	close(go[1]);			/* all start at once */
	while ((n = read(out[0], buf + len, sizeof(buf) - 1 - len)) > 0)
		len += (size_t)n;
	buf[len] = '\0';
	for (i = 0; i < N; i++)
		if (wait(&st) > 0 && WIFEXITED(st) && WEXITSTATUS(st) == 0)
			ok++;
	CHECK(ok == N, "%d of %d processes took a code", ok, N);
	for (i = 0, line = strtok(buf, "\n"); line != NULL && i < N;
	    line = strtok(NULL, "\n"))
		codes[i++] = line;
	CHECK(i == N, "%d codes printed", i);
	if (i != N)
		return;
	qsort(codes, N, sizeof(codes[0]), cmp);
	gmtime_r(&t, &tm);
	snprintf(today, sizeof(today), "%02d%02d%02d", tm.tm_year % 100,
	    tm.tm_mon + 1, tm.tm_mday);
	for (i = 0, st = 1; i < N && st; i++) {
		snprintf(want, sizeof(want), "%04d", i + 1);
		st = strncmp(codes[i], agency_code, strlen(agency_code)) == 0 &&
		    strncmp(codes[i] + strlen(agency_code) + 1, today, 6) == 0 &&
		    strcmp(codes[i] + strlen(agency_code) + 8, want) == 0;
	}
	CHECK(st, "codes are %s-%s-0001 … -%04d, distinct and gapless "
	    "(first wrong: %s)", agency_code, today, N, st ? "none" :
	    codes[i - 1]);
}

static void
test_rollback(void)
{
	struct db	*db = connect_or_die();
	struct pool	 p;
	const char	*a, *b;

	pool_init(&p);
	db_begin(db);
	a = dossier_code_next(db, &p, agency_id, agency_code);
	db_rollback(db);
	db_begin(db);
	b = dossier_code_next(db, &p, agency_id, agency_code);
	db_commit(db);
	CHECK(a != NULL && b != NULL && strcmp(a, b) == 0,
	    "a rolled-back code is given again (%s, %s)", a ? a : "-",
	    b ? b : "-");
	pool_free(&p);
	db_close(db);
}

int
main(void)
{
	const char	*id = getenv("DVC_TEST_AGENCY_ID");
	const char	*code = getenv("DVC_TEST_AGENCY_CODE");

	if (id == NULL || code == NULL || cfg_load(NULL) == -1) {
		printf("1..0 # SKIP run through tests/db/dossier_code.py\n");
		return 77;
	}
	agency_id = strtoul(id, NULL, 10);
	snprintf(agency_code, sizeof(agency_code), "%s", code);
	test_concurrent();
	test_rollback();
	return CHECK_DONE();
}
