#include <sys/stat.h>
#include <sys/wait.h>

#include <errno.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "cfg.h"
#include "db.h"
#include "log.h"
#include "text.h"
#include "tpl.h"

#define APP_MAX_QUERY	4096
#define APP_MAX_PATH	1024
#define APP_MAX_WORKERS	64

static volatile sig_atomic_t	app_stop;	/* SIGTERM seen */
static volatile sig_atomic_t	app_busy;	/* inside a request */
static struct db		*app_conn;	/* the worker's connection */

const char *
app_param(struct req *r, const char *name, const char *def)
{
	const char	*v;

	if (r->fcgi == NULL)
		return def;
	v = FCGX_GetParam(name, r->fcgi->envp);
	return v != NULL ? v : def;
}

struct db *
app_db(struct req *r)
{
	if (app_conn == NULL)
		app_conn = db_open();
	r->db = app_conn;
	return app_conn;
}

int
app_form(struct req *r, const struct req_field *fields, size_t n,
    size_t max, struct req_vals *v)
{
	const char	*ct, *cl;
	char		*body, *end;
	unsigned long	 len;
	int		 got;

	ct = app_param(r, "CONTENT_TYPE", "");
	cl = app_param(r, "CONTENT_LENGTH", "");
	if (strncasecmp(ct, "application/x-www-form-urlencoded", 33) != 0)
		return 415;
	errno = 0;
	len = strtoul(cl, &end, 10);
	if (*cl == '\0' || *end != '\0' || errno != 0)
		return 400;
	if (len > max)
		return 413;
	body = pool_alloc(&r->pool, len + 1);
	got = len > 0 ? FCGX_GetStr(body, (int)len, r->fcgi->in) : 0;
	if (got < 0 || (unsigned long)got != len)
		return 400;
	req_parse_pairs(&r->pool, v, fields, n, body, len);
	return 0;
}

int
app_redirect(struct req *r, const char *path)
{
	if (path[0] != '/' || path[1] == '/' || path[1] == '\\' ||
	    app_header(r, "Location", path) == -1)
		return app_error(r, 400, "Địa chỉ chuyển tiếp không hợp lệ.");
	r->status = 303;
	r->body.len = 0;
	r->body.data[0] = '\0';
	return 303;
}

void
app_cookie(struct req *r, const char *name, const char *value, long max_age)
{
	char	age[32] = "";

	if (max_age >= 0)
		snprintf(age, sizeof(age), "; Max-Age=%ld", max_age);
	app_header(r, "Set-Cookie", pool_printf(&r->pool,
	    "%s=%s; Path=/; HttpOnly; Secure; SameSite=Lax%s", name, value,
	    age));
}

int
app_https(struct req *r)
{
	return strcmp(app_param(r, "HTTPS", ""), "on") == 0;
}

int
app_header(struct req *r, const char *name, const char *value)
{
	if (strpbrk(name, "\r\n:") != NULL || strpbrk(value, "\r\n") != NULL) {
		log_err("%s: refused header %s with CR/LF", __func__, name);
		return -1;
	}
	buf_printf(&r->head, "%s: %s\r\n", name, value);
	return 0;
}

void
app_cache_public(struct req *r, int secs)
{
	char	n[16];

	snprintf(n, sizeof(n), "%d", secs);
	app_header(r, "X-Accel-Expires", n);
	app_header(r, "Cache-Control", "no-cache");
}

int
app_error(struct req *r, int status, const char *message)
{
	r->status = status;
	r->body.len = 0;
	r->body.data[0] = '\0';
	tpl_set_int(r, "Error.Status", status);
	tpl_set(r, "Error.Message", message);
	tpl_set(r, "Page.Title", message);
	if (tpl_render(r, "error.cs") == -1) {
		r->body.len = 0;
		buf_printf(&r->body, "%d %s\n", status, message);
		r->ctype = "text/plain; charset=utf-8";
	}
	return status;
}

/* Splits the path on '/' and matches it against pattern; fills r->arg
 * for every '*'.  Returns 1 on a match. */
static int
app_match(struct req *r, const char *pattern)
{
	const char	*p = pattern, *s = r->path;
	size_t		 plen, slen;

	r->narg = 0;
	while (*p == '/' && *s == '/') {
		p++;
		s++;
		plen = strcspn(p, "/");
		slen = strcspn(s, "/");
		if (plen == 1 && *p == '*') {
			if (slen == 0 || r->narg == APP_MAX_ARGS)
				return 0;
			r->arg[r->narg++] = pool_strndup(&r->pool, s, slen);
		} else if (plen != slen || strncmp(p, s, plen) != 0)
			return 0;
		p += plen;
		s += slen;
	}
	return *p == '\0' && *s == '\0';
}

int
app_dispatch(const struct app *a, struct req *r)
{
	const struct app_page	*pg;
	size_t			 i;
	unsigned int		 allowed = 0;

	for (i = 0; i < a->npages; i++) {
		pg = &a->pages[i];
		if (!app_match(r, pg->pattern))
			continue;
		allowed |= pg->methods;
		if ((pg->methods & r->method) == 0)
			continue;
		if (r->q.nbad > 0)
			return app_error(r, 400,
			    "Tham số trong địa chỉ không hợp lệ.");
		r->status = 200;
		return pg->handler(r);
	}
	if (allowed) {
		app_header(r, "Allow", pool_printf(&r->pool, "%s%s%s",
		    allowed & M_GET ? "GET, " : "",
		    allowed & M_HEAD ? "HEAD, " : "",
		    allowed & M_POST ? "POST" : "OPTIONS"));
		return app_error(r, 405,
		    "Phương thức không được hỗ trợ cho địa chỉ này.");
	}
	return app_error(r, 404, "Không tìm thấy trang bạn yêu cầu.");
}

static enum method
app_method(const char *m)
{
	if (strcmp(m, "GET") == 0)
		return M_GET;
	if (strcmp(m, "HEAD") == 0)
		return M_HEAD;
	if (strcmp(m, "POST") == 0)
		return M_POST;
	return 0;
}

/* Reads method, path and query of the FastCGI request into r and
 * dispatches; returns the status. */
static int
app_handle(const struct app *a, struct req *r)
{
	const char	*m, *path, *qs;
	size_t		 qlen;

	m = app_param(r, "REQUEST_METHOD", "GET");
	path = app_param(r, "DOCUMENT_URI", NULL);
	if (path == NULL)
		path = app_param(r, "SCRIPT_NAME", "/");
	qs = app_param(r, "QUERY_STRING", "");
	qlen = strlen(qs);
	r->path = path;
	tpl_set(r, "Site.Name", cfg_get("site.name", "Cổng Dịch vụ công"));
	tpl_set(r, "Site.Url", cfg_get("site.url", ""));
	tpl_set(r, "Page.Path", path);
	if ((r->method = app_method(m)) == 0) {
		app_header(r, "Allow", "GET, HEAD, POST");
		return app_error(r, 405, "Phương thức không được hỗ trợ.");
	}
	if (strlen(path) > APP_MAX_PATH || qlen > APP_MAX_QUERY)
		return app_error(r, 414, "Địa chỉ quá dài.");
	if (*path != '/' || !text_utf8_valid(path, strlen(path)))
		return app_error(r, 400, "Địa chỉ không hợp lệ.");
	req_parse_pairs(&r->pool, &r->q, a->fields, a->nfields, qs, qlen);
	return app_dispatch(a, r);
}

static const char *
app_reason(int status)
{
	switch (status) {
	case 200: return "OK";
	case 301: return "Moved Permanently";
	case 302: return "Found";
	case 303: return "See Other";
	case 400: return "Bad Request";
	case 403: return "Forbidden";
	case 404: return "Not Found";
	case 405: return "Method Not Allowed";
	case 413: return "Payload Too Large";
	case 414: return "URI Too Long";
	case 415: return "Unsupported Media Type";
	case 422: return "Unprocessable Content";
	case 429: return "Too Many Requests";
	case 503: return "Service Unavailable";
	default:  return status >= 500 ? "Internal Server Error" : "OK";
	}
}

static void
app_respond(struct req *r)
{
	FCGX_Stream	*out = r->fcgi->out;

	/* FCGX_FPrintF has its own formatter: no %zu. */
	FCGX_FPrintF(out, "Status: %d %s\r\nContent-Type: %s\r\n"
	    "Content-Length: %lu\r\n%s\r\n", r->status,
	    app_reason(r->status),
	    r->ctype != NULL ? r->ctype : "text/html; charset=utf-8",
	    r->stream != NULL ? (unsigned long)r->stream_len :
	    (unsigned long)r->body.len, r->head.data);
	if (r->method != M_HEAD && r->stream != NULL) {
		if (r->stream(r, out) == -1)
			log_err("%s: %s: the body was cut short", __func__,
			    r->path);
	} else if (r->method != M_HEAD && r->body.len > 0)
		FCGX_PutStr(r->body.data, (int)r->body.len, out);
	if (FCGX_GetError(out) != 0)
		log_info("%s: client went away (%d)", __func__,
		    FCGX_GetError(out));
}

static void
app_req_init(struct req *r, FCGX_Request *fr)
{
	struct pool	keep = r->pool;

	memset(r, 0, sizeof(*r));
	r->pool = keep;
	r->fcgi = fr;
	r->hdf = tpl_hdf_new();
	buf_init(&r->head, &r->pool);
	buf_init(&r->body, &r->pool);
	r->status = 200;
}

static void
app_term(int sig)
{
	(void)sig;
	if (!app_busy)
		_exit(0);
	app_stop = 1;
}

/* The worker: accepts and serves requests until told to stop. */
static void
app_worker(const struct app *a, int sock)
{
	FCGX_Request	 fr;
	struct req	 r;

	signal(SIGTERM, app_term);
	signal(SIGINT, app_term);
	signal(SIGPIPE, SIG_IGN);
	if (FCGX_Init() != 0 || FCGX_InitRequest(&fr, sock, 0) != 0) {
		log_err("%s: FCGX_Init failed", __func__);
		_exit(1);
	}
	memset(&r, 0, sizeof(r));
	pool_init(&r.pool);
	while (!app_stop && FCGX_Accept_r(&fr) == 0) {
		app_busy = 1;
		app_req_init(&r, &fr);
		r.status = app_handle(a, &r);
		app_respond(&r);
		FCGX_Finish_r(&fr);
		tpl_hdf_free(r.hdf);
		r.hdf = NULL;
		pool_reset(&r.pool);
		app_busy = 0;
	}
	pool_free(&r.pool);
	db_close(app_conn);
	_exit(0);
}

static pid_t	app_kids[APP_MAX_WORKERS];

static pid_t
app_spawn(const struct app *a, int sock)
{
	pid_t	pid;

	if ((pid = fork()) == -1) {
		log_err("%s: fork: %s", __func__, strerror(errno));
		return -1;
	}
	if (pid == 0)
		app_worker(a, sock);	/* does not return */
	return pid;
}

static void
app_supervise(const struct app *a, int sock, int n)
{
	pid_t	pid;
	int	i, st;
	time_t	last = 0;

	for (i = 0; i < n; i++)
		app_kids[i] = app_spawn(a, sock);
	while (!app_stop) {
		if ((pid = wait(&st)) == -1) {
			if (errno == EINTR)
				continue;
			break;
		}
		for (i = 0; i < n; i++) {
			if (app_kids[i] != pid)
				continue;
			log_warn("%s: worker %d ended (status %d); restarting",
			    __func__, (int)pid, st);
			if (time(NULL) == last)
				sleep(1);	/* no fork storm */
			last = time(NULL);
			app_kids[i] = app_stop ? -1 : app_spawn(a, sock);
		}
	}
	for (i = 0; i < n; i++)
		if (app_kids[i] > 0)
			kill(app_kids[i], SIGTERM);
	while (wait(&st) > 0 || errno == EINTR)
		;
}

static void
app_sv_term(int sig)
{
	(void)sig;
	app_stop = 1;
}

static int
app_usage(const char *prog)
{
	fprintf(stderr, "usage: %s [-c conf] -s socket [-n workers]\n", prog);
	return 2;
}

int
app_main(int argc, char *argv[], const struct app *a)
{
	const char		*conf = NULL, *sockpath = NULL;
	int			 c, n = -1, sock;
	struct sigaction	 sa;

	log_init(a->name);
	while ((c = getopt(argc, argv, "c:s:n:")) != -1) {
		switch (c) {
		case 'c': conf = optarg; break;
		case 's': sockpath = optarg; break;
		case 'n': n = atoi(optarg); break;
		default: return app_usage(argv[0]);
		}
	}
	if (sockpath == NULL || cfg_load(conf) == -1)
		return sockpath == NULL ? app_usage(argv[0]) : 1;
	if (n < 1)
		n = (int)cfg_int("app.workers", 2);
	if (n < 1 || n > APP_MAX_WORKERS)
		n = 2;
	if (tpl_init(cfg_get("templates.dir", TEMPLATEDIR), a->templates,
	    a->ntemplates) == -1)
		return 1;
	unlink(sockpath);
	/* Connections nginx may queue while every worker is busy (a burst
	 * of submissions); over it nginx answers 502 at once.  The kernel
	 * caps it at net.core.somaxconn (4096 on Debian 12). */
	if ((sock = FCGX_OpenSocket(sockpath,
	    (int)cfg_int("app.backlog", 1024))) < 0) {
		log_err("%s: cannot listen on %s", __func__, sockpath);
		return 1;
	}
	chmod(sockpath, 0660);
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = app_sv_term;
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGINT, &sa, NULL);
	log_info("%s: %d workers on %s", __func__, n, sockpath);
	app_supervise(a, sock, n);
	unlink(sockpath);
	tpl_free();
	cfg_free();
	log_info("%s: stopped", __func__);
	return 0;
}
