/*
 * dvc-mailer: sends the e-mail the programs put in the outbox table
 * (mail_queue(), SPEC §4 and §6) over SMTP with libcurl.
 *
 *	dvc-mailer [-1] [-c conf]
 *
 * Without -1 it runs until SIGTERM or SIGINT, looking for due messages
 * every mail.poll_seconds; a signal lets the message in flight finish and
 * hands the rest of the batch back.  With -1 it sends what is due now
 * and exits.
 *
 * A batch of at most mail.batch due rows (status 'pending',
 * next_attempt_at reached) is claimed with SELECT … FOR UPDATE SKIP
 * LOCKED, so several mailers on several hosts share one outbox: the
 * claim counts the attempt and leases the rows (next_attempt_at moved
 * past the time the batch may take) in one short transaction.  Each
 * message is then sent and its row marked 'sent', or given a next
 * attempt 30 s · 2^(attempts − 1) later (at most an hour), or marked
 * 'failed' once attempts reach mail.max_attempts.  A row whose recipient
 * is not a valid address fails at once.  Nothing is ever deleted here.
 *
 * Delivery is AT LEAST ONCE: if the mailer dies, or the database goes
 * away, after the SMTP server accepted a message and before the row is
 * marked, the lease ends and the message is sent again.  A message is
 * never lost: every path leaves its row pending, sent or failed.
 *
 * One log line per message: outbox id and outcome (never the address,
 * the subject or the body; never the SMTP password).
 *
 * Exit status: 0; with -1, 1 when some message due was not sent; 2 on
 * a usage, configuration or database error.
 */
#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <curl/curl.h>

#include "cfg.h"
#include "db.h"
#include "log.h"
#include "mail.h"
#include "pool.h"

#define BACKOFF_FIRST	30	/* seconds before the second attempt */
#define BACKOFF_MAX	3600
#define ERROR_MAX	500	/* outbox.last_error is VARCHAR(512) */

struct mailer {
	struct db	*db;
	struct pool	 keep;		/* the configuration, for the run */
	struct pool	 batch;		/* the claimed rows */
	struct pool	 msg;		/* one message; reset after each */
	int		 once;
	const char	*conf;
	/* configuration */
	const char	*url, *user, *password, *ca_file;
	const char	*from_name, *from_addr;
	long		 starttls, max_attempts, timeout, poll, nbatch, lease;
	/* this run */
	unsigned long	 sent, unsent;
};

/* A claimed row (cells of the batch pool). */
struct row {
	unsigned long long	 id;
	const char		*to, *subject, *body;
	long			 attempts;	/* this one included */
};

/* What sending one message came to. */
enum outcome { SENT, RETRY, FAILED };

static volatile sig_atomic_t	stopping;

static void
on_signal(int sig)
{
	(void)sig;
	stopping = 1;
}

/* Signals end the loop but never a transfer: no SA_RESTART, so a nap is
 * cut short, and libcurl, told not to use signals, just goes on. */
static void
signals_init(void)
{
	struct sigaction	sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	sa.sa_handler = SIG_IGN;
	sigaction(SIGPIPE, &sa, NULL);
}

/* Sleeps secs seconds or until a signal asks us to stop. */
static void
nap(long secs)
{
	struct timespec	ts;

	ts.tv_sec = secs;
	ts.tv_nsec = 0;
	while (!stopping && nanosleep(&ts, &ts) == -1 && errno == EINTR)
		;
}

static long
cfg_range(const char *key, long def, long min, long max)
{
	long	v = cfg_int(key, def);

	if (v < min || v > max) {
		log_warn("%s: %s = %ld is outside %ld..%ld; using %ld",
		    __func__, key, v, min, max, def);
		v = def;
	}
	return v;
}

/* Reads the mail.* keys.  -1 (logged) when one is missing or wrong. */
static int
config(struct mailer *m)
{
	m->url = cfg_get("mail.smtp_url", NULL);
	m->user = cfg_get("mail.smtp_user", NULL);
	m->password = cfg_get("mail.smtp_password", NULL);
	m->ca_file = cfg_get("mail.ca_file", NULL);
	m->starttls = cfg_range("mail.starttls", 0, 0, 1);
	m->max_attempts = cfg_range("mail.max_attempts", 10, 1, 1000);
	m->timeout = cfg_range("mail.timeout", 60, 5, 600);
	m->poll = cfg_range("mail.poll_seconds", 5, 1, 3600);
	m->nbatch = cfg_range("mail.batch", 5, 1, 100);
	/* The lease outlasts the batch, each message at its timeout. */
	m->lease = m->nbatch * (m->timeout + 10) + 60;
	if (m->url == NULL || (strncmp(m->url, "smtp://", 7) != 0 &&
	    strncmp(m->url, "smtps://", 8) != 0)) {
		log_err("%s: mail.smtp_url must be smtp://… or smtps://…",
		    __func__);
		return -1;
	}
	if (mail_from_parse(&m->keep, cfg_get("mail.from", NULL),
	    &m->from_name, &m->from_addr) == -1) {
		log_err("%s: mail.from must be an address or "
		    "\"Name <address>\"", __func__);
		return -1;
	}
	if (m->user != NULL && *m->user == '\0')
		m->user = NULL;
	return 0;
}

/* ---- SMTP --------------------------------------------------------------- */

struct upload {
	const char	*data;
	size_t		 left;
};

static size_t
upload_read(char *dst, size_t size, size_t n, void *arg)
{
	struct upload	*u = arg;
	size_t		 len = size * n;

	if (len > u->left)
		len = u->left;
	memcpy(dst, u->data, len);
	u->data += len;
	u->left -= len;
	return len;
}

/* Printable ASCII of s, at most ERROR_MAX bytes, into out (a server's
 * answer may hold anything). */
static void
error_text(char *out, size_t outsz, const char *s)
{
	size_t	i;

	for (i = 0; s[i] != '\0' && i + 1 < outsz && i < ERROR_MAX; i++)
		out[i] = s[i] >= ' ' && s[i] < 0x7f ? s[i] : '?';
	out[i] = '\0';
}

static void
smtp_options(struct mailer *m, CURL *c, struct curl_slist *rcpt,
    struct upload *u, char *errbuf)
{
	curl_easy_setopt(c, CURLOPT_URL, m->url);
	curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
	curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L);
	curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, 20L);
	curl_easy_setopt(c, CURLOPT_TIMEOUT, m->timeout);
	curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errbuf);
	if (m->starttls)
		curl_easy_setopt(c, CURLOPT_USE_SSL, (long)CURLUSESSL_ALL);
	if (m->ca_file != NULL)
		curl_easy_setopt(c, CURLOPT_CAINFO, m->ca_file);
	if (m->user != NULL) {
		curl_easy_setopt(c, CURLOPT_USERNAME, m->user);
		curl_easy_setopt(c, CURLOPT_PASSWORD,
		    m->password != NULL ? m->password : "");
	}
	curl_easy_setopt(c, CURLOPT_MAIL_FROM,
	    pool_printf(&m->msg, "<%s>", m->from_addr));
	curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt);
	curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
	curl_easy_setopt(c, CURLOPT_READFUNCTION, upload_read);
	curl_easy_setopt(c, CURLOPT_READDATA, u);
	curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, (curl_off_t)u->left);
}

/* Sends text to one recipient.  0, or -1 with the reason in err. */
static int
smtp_send(struct mailer *m, const char *to, const char *text, char *err,
    size_t errsz)
{
	CURL			*c;
	struct curl_slist	*rcpt;
	struct upload		 u = { text, strlen(text) };
	char			 errbuf[CURL_ERROR_SIZE] = "";
	long			 code = 0;
	CURLcode		 rc = CURLE_OUT_OF_MEMORY;

	c = curl_easy_init();
	rcpt = curl_slist_append(NULL, pool_printf(&m->msg, "<%s>", to));
	if (c == NULL || rcpt == NULL)
		goto out;
	smtp_options(m, c, rcpt, &u, errbuf);
	rc = curl_easy_perform(c);
	curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &code);
out:
	if (rc != CURLE_OK)
		error_text(err, errsz, pool_printf(&m->msg, "%s%s%s (SMTP %ld)",
		    curl_easy_strerror(rc), *errbuf != '\0' ? ": " : "",
		    errbuf, code));
	curl_slist_free_all(rcpt);
	if (c != NULL)
		curl_easy_cleanup(c);
	return rc == CURLE_OK ? 0 : -1;
}

/* ---- the outbox ------------------------------------------------------- */

/* Claims and leases up to mail.batch due rows into rows[].  Returns how
 * many, or -1 on a database error (nothing claimed). */
static int
claim(struct mailer *m, struct row *rows)
{
	struct db_res	*res;
	struct db_arg	 a[2];
	size_t		 i;

	if (db_begin(m->db) == -1)
		return -1;
	a[0] = DB_INT(m->nbatch);
	if ((res = db_run(m->db, &m->batch, STMT_MAIL_CLAIM, a, 1)) == NULL)
		goto fail;
	for (i = 0; i < res->nrows; i++) {
		rows[i].id = (unsigned long long)db_int(res, i, 0, 0);
		rows[i].to = db_str(res, i, 1);
		rows[i].subject = db_str(res, i, 2);
		rows[i].body = db_str(res, i, 3);
		rows[i].attempts = (long)db_int(res, i, 4, 0) + 1;
		a[0] = DB_INT(m->lease);
		a[1] = DB_INT(rows[i].id);
		if (db_run(m->db, &m->batch, STMT_MAIL_LEASE, a, 2) == NULL)
			goto fail;
	}
	if (db_commit(m->db) == -1)
		return -1;
	return (int)res->nrows;
fail:
	db_rollback(m->db);
	return -1;
}

static long
backoff(long attempts)
{
	long	secs = BACKOFF_FIRST;

	while (--attempts > 0 && secs < BACKOFF_MAX)
		secs *= 2;
	return secs < BACKOFF_MAX ? secs : BACKOFF_MAX;
}

/* Records a failed attempt: retry later, or failed for good. */
static enum outcome
mark_retry(struct mailer *m, const struct row *r, const char *err)
{
	struct db_arg	a[4];
	long		secs = backoff(r->attempts);

	a[0] = DB_STR(err);
	a[1] = DB_INT(secs);
	a[2] = DB_INT(m->max_attempts);
	a[3] = DB_INT(r->id);
	if (db_run(m->db, &m->msg, STMT_MAIL_RETRY, a, 4) == NULL) {
		log_err("%s: outbox %llu: attempt %ld failed and was not "
		    "recorded: tried again when its lease ends", __func__,
		    r->id, r->attempts);
		return RETRY;
	}
	if (r->attempts >= m->max_attempts) {
		log_err("%s: outbox %llu: failed for good after %ld attempts: "
		    "%s", __func__, r->id, r->attempts, err);
		return FAILED;
	}
	log_warn("%s: outbox %llu: attempt %ld failed, next in %ld s: %s",
	    __func__, r->id, r->attempts, secs, err);
	return RETRY;
}

static enum outcome
mark_sent(struct mailer *m, const struct row *r)
{
	struct db_arg	a = DB_INT(r->id);

	if (db_run(m->db, &m->msg, STMT_MAIL_SENT, &a, 1) == NULL) {
		/* At least once: the lease ends, it is sent again. */
		log_err("%s: outbox %llu: sent, but not marked: it will be "
		    "sent again", __func__, r->id);
		return SENT;
	}
	log_info("%s: outbox %llu: sent (attempt %ld)", __func__, r->id,
	    r->attempts);
	return SENT;
}

static enum outcome
mark_refused(struct mailer *m, const struct row *r, const char *why)
{
	struct db_arg	a[2];

	a[0] = DB_STR(why);
	a[1] = DB_INT(r->id);
	if (db_run(m->db, &m->msg, STMT_MAIL_REFUSE, a, 2) == NULL)
		log_err("%s: outbox %llu: could not be marked failed",
		    __func__, r->id);
	log_err("%s: outbox %llu: failed: %s", __func__, r->id, why);
	return FAILED;
}

/* Builds, sends and marks one claimed row. */
static enum outcome
deliver(struct mailer *m, const struct row *r)
{
	struct mail_msg	 mm;
	char		 err[ERROR_MAX + 1];
	char		*text;

	if (r->to == NULL || !mail_addr_valid(r->to))
		return mark_refused(m, r, "invalid recipient address");
	memset(&mm, 0, sizeof(mm));
	mm.from_name = m->from_name;
	mm.from_addr = m->from_addr;
	mm.to = r->to;
	mm.subject = r->subject;
	mm.body = r->body;
	mm.date = time(NULL);
	if ((mm.msgid = mail_msgid(&m->msg, r->id, m->from_addr)) == NULL ||
	    (text = mail_format(&m->msg, &mm)) == NULL) {
		error_text(err, sizeof(err), "the message could not be built");
		return mark_retry(m, r, err);
	}
	if (smtp_send(m, r->to, text, err, sizeof(err)) == 0)
		return mark_sent(m, r);
	return mark_retry(m, r, err);
}

/* Hands back claimed rows not attempted (a signal came). */
static void
release(struct mailer *m, const struct row *rows, int from, int n)
{
	struct db_arg	a;

	for (; from < n; from++) {
		a = DB_INT(rows[from].id);
		if (db_run(m->db, &m->msg, STMT_MAIL_RELEASE, &a, 1) == NULL)
			log_warn("%s: outbox %llu: not handed back: due again "
			    "when its lease ends", __func__, rows[from].id);
	}
}

/* One batch: claim, send each, mark each.  Returns how many rows were
 * claimed, or -1 on a database error. */
static int
batch(struct mailer *m)
{
	struct row	*rows;
	int		 n, i;

	pool_reset(&m->batch);
	rows = pool_alloc(&m->batch, (size_t)m->nbatch * sizeof(*rows));
	if ((n = claim(m, rows)) <= 0)
		return n;
	for (i = 0; i < n && !stopping; i++) {
		if (deliver(m, &rows[i]) == SENT)
			m->sent++;
		else
			m->unsent++;
		pool_reset(&m->msg);
	}
	release(m, rows, i, n);
	pool_reset(&m->msg);
	return n;
}

/* ---- main ------------------------------------------------------------- */

/* The database, waiting for it in the long-running mode. */
static int
connect_db(struct mailer *m)
{
	while ((m->db = db_open()) == NULL) {
		if (m->once || stopping)
			return -1;
		log_warn("%s: database unreachable; trying again in %ld s",
		    __func__, m->poll * 2);
		nap(m->poll * 2);
	}
	return 0;
}

static int
run(struct mailer *m)
{
	int	n;

	while (!stopping) {
		if ((n = batch(m)) > 0)
			continue;
		if (m->once)
			return n == -1 ? 2 : m->unsent > 0 ? 1 : 0;
		nap(n == -1 ? m->poll * 2 : m->poll);
	}
	return m->once && m->unsent > 0 ? 1 : 0;
}

static void
usage(void)
{
	fprintf(stderr, "usage: dvc-mailer [-1] [-c conf]\n"
	    "  -1      send what is due now, then exit\n"
	    "  -c      configuration file (default $DVC_CONF)\n");
}

static int
parse_opts(int argc, char *argv[], struct mailer *m)
{
	int	ch;

	while ((ch = getopt(argc, argv, "1c:")) != -1) {
		switch (ch) {
		case '1':
			m->once = 1;
			break;
		case 'c':
			m->conf = optarg;
			break;
		default:
			return -1;
		}
	}
	return optind == argc ? 0 : -1;
}

int
main(int argc, char *argv[])
{
	struct mailer	m;
	int		rc = 2;

	memset(&m, 0, sizeof(m));
	pool_init(&m.keep);
	pool_init(&m.batch);
	pool_init(&m.msg);
	log_init("dvc-mailer");
	if (parse_opts(argc, argv, &m) == -1) {
		usage();
		return 2;
	}
	signals_init();
	if (cfg_load(m.conf) == -1 || config(&m) == -1)
		goto out;
	if (curl_global_init(CURL_GLOBAL_DEFAULT) != 0) {
		log_err("%s: libcurl initialisation failed", __func__);
		goto out;
	}
	if (connect_db(&m) == 0) {
		if (!m.once)
			log_info("%s: started: batches of %ld, every %ld s",
			    __func__, m.nbatch, m.poll);
		rc = run(&m);
	}
	if (!m.once || m.sent + m.unsent > 0)
		log_info("%s: %s: %lu sent, %lu not sent", __func__,
		    stopping ? "stopped" : "done", m.sent, m.unsent);
	curl_global_cleanup();
out:
	db_close(m.db);
	pool_free(&m.keep);
	pool_free(&m.batch);
	pool_free(&m.msg);
	cfg_free();
	return rc;
}
