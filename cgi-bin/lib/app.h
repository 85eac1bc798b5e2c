/*
 * app_: the FastCGI process — supervisor, accept loop, routing, request
 * lifetime and the response writer every program shares.
 *
 * A program is a table of pages (struct app_page) and a table of fields
 * (req.h), passed to app_main().  app_main() parses -c CONF -s SOCKET
 * -n WORKERS, loads the configuration and templates, opens the unix
 * socket and forks the workers, restarting any that die.  Each worker
 * runs a single-threaded FCGX_Accept_r loop; everything a request
 * allocates comes from req->pool and is freed before the next accept.
 */
#ifndef APP_H
#define APP_H

#include <stddef.h>

#include <fcgiapp.h>

#include "pool.h"
#include "req.h"

struct db;
struct _hdf;
struct user;

enum method { M_GET = 1, M_HEAD = 2, M_POST = 4 };

#define APP_MAX_ARGS	4

struct req {
	struct pool	 pool;
	FCGX_Request	*fcgi;
	enum method	 method;
	const char	*path;		/* decoded path, starts with '/' */
	const char	*arg[APP_MAX_ARGS];	/* '*' segments of the page */
	size_t		 narg;
	struct req_vals	 q;		/* the query string */
	struct req_vals	 f;		/* the form body (app_form) */
	struct _hdf	*hdf;		/* data for the templates */
	struct db	*db;		/* the worker's connection; may be NULL */
	struct user	*user;		/* logged-in user (auth_session), or NULL */
	/* response */
	int		 status;
	struct buf	 head;		/* extra header lines, CRLF-ended */
	struct buf	 body;
	const char	*ctype;
	/* A body too large to hold (a stored file): when stream is set,
	 * app_ sends the headers with Content-Length stream_len, then calls
	 * stream(r, out) to write exactly that many bytes (not for HEAD).
	 * It returns 0, or -1 when it could not (logged): the client then
	 * sees a short body, as the status is already sent. */
	int		(*stream)(struct req *, FCGX_Stream *out);
	unsigned long long stream_len;
	void		*stream_arg;
};

/*
 * A page: a path pattern, the methods it accepts and its handler.
 * Patterns are literal segments and '*' for one non-empty segment (the
 * procedure page is "/thu-tuc/" followed by a star).  The handler fills
 * req->hdf and renders, or calls app_error(); it returns the HTTP status
 * it produced.
 */
struct app_page {
	const char	*pattern;
	unsigned int	 methods;
	int		(*handler)(struct req *);
};

struct app {
	const char		*name;		/* program name for logs */
	const struct app_page	*pages;
	size_t			 npages;
	const struct req_field	*fields;	/* query fields */
	size_t			 nfields;
	const char *const	*templates;	/* files to parse at start */
	size_t			 ntemplates;
};

int	 app_main(int argc, char *argv[], const struct app *);

/* Handles one request already read into r (used by app_main and by the
 * tests, which build requests by hand).  Returns the status produced. */
int	 app_dispatch(const struct app *, struct req *);

/* Adds a response header; refuses (and logs) names or values holding CR,
 * LF or NUL.  Returns 0 or -1. */
int	 app_header(struct req *, const char *name, const char *value);

/* Makes the response an error page with status and a message for the
 * user (Vietnamese).  Returns status. */
int	 app_error(struct req *, int status, const char *message);

/* Marks a response as cacheable by the front nginx for secs seconds
 * (X-Accel-Expires) while telling browsers to revalidate. */
void	 app_cache_public(struct req *, int secs);

/* The worker's database connection, opened on first use; NULL (and a
 * logged reason) when the database is unreachable. */
struct db *app_db(struct req *);

/* Reads an application/x-www-form-urlencoded body of at most max bytes
 * and parses it against fields into v.  Returns 0, or the HTTP status to
 * answer: 413 when Content-Length is over max (the body is not read),
 * 415 for another content type, 400 when the body is shorter than its
 * Content-Length.  Invalid fields are marked in v as for the query. */
int	 app_form(struct req *, const struct req_field *fields, size_t n,
	    size_t max, struct req_vals *v);

/* Answers 303 See Other to a local path (must start with one '/').
 * Returns 303, or 400 for anything else. */
int	 app_redirect(struct req *, const char *path);

/* Adds a Set-Cookie header: name=value; Path=/; HttpOnly; Secure;
 * SameSite=Lax, with Max-Age when max_age >= 0 (0 deletes it). */
void	 app_cookie(struct req *, const char *name, const char *value,
	    long max_age);

/* 1 when the client reached nginx over TLS (HTTPS=on). */
int	 app_https(struct req *);

/* An FCGI parameter of the request, or def. */
const char *app_param(struct req *, const char *name, const char *def);

#endif
