/*
 * mp_: a streaming multipart/form-data parser (RFC 7578, RFC 2046 §5.1).
 *
 * The body is fed in chunks of any size, as they come from FCGX_GetStr.
 * The parser keeps one part's header block (at most header_max bytes, from
 * the pool) and at most 75 bytes that may begin a delimiter; file data is
 * passed on, never buffered.  For each part it calls begin (headers
 * parsed), data (zero or more chunks, in order) and end.
 *
 * Framing, exactly: a delimiter is CR LF "--" boundary followed by CR LF
 * (another part follows) or by "--" (the last one).  The first delimiter
 * may also open the body with no CR LF before it.  Any other bytes,
 * including CR LF "--" boundary followed by something else, are data.
 * The preamble before the first delimiter and the epilogue after the last
 * are ignored.  Transport padding after a boundary is not accepted
 * (browsers send none): such a body ends in MP_ERR_TRUNCATED.  Lines must
 * end in CR LF: a body with bare LF line ends holds no delimiter and also
 * ends in MP_ERR_TRUNCATED; a bare CR or LF, or any control character but
 * TAB, inside a part's header block is MP_ERR_HEADER.
 *
 * After any error the parser stays failed; the caller throws away all that
 * the callbacks received (nothing of a failed body is stored).
 */
#ifndef MULTIPART_H
#define MULTIPART_H

#include <stddef.h>
#include <stdint.h>

struct pool;

#define MP_BOUNDARY_MAX	70	/* RFC 2046 §5.1.1 */

enum mp_err {
	MP_OK = 0,
	MP_ERR_CTYPE,		/* not form-data, boundary missing/bad: 400 */
	MP_ERR_HEADER,		/* malformed part header block: 400 */
	MP_ERR_HEADER_SIZE,	/* a header block over header_max: 400 */
	MP_ERR_PARTS,		/* more than parts_max parts: 413 */
	MP_ERR_FIELD_SIZE,	/* a field's data over field_max: 413 */
	MP_ERR_FILE_SIZE,	/* a file's data over file_max: 413 */
	MP_ERR_TOTAL_SIZE,	/* the body over total_max: 413 */
	MP_ERR_TRUNCATED,	/* the body ended before the last delimiter: 400 */
	MP_ERR_ABORTED,		/* a callback returned non-zero */
};

/* Hard limits; a field left 0 takes the default in brackets. */
struct mp_limits {
	size_t		 header_max;	/* bytes of one header block [8 KiB] */
	size_t		 parts_max;	/* parts in the body [64] */
	size_t		 field_max;	/* data of a part without filename [64 KiB] */
	uint64_t	 file_max;	/* data of a part with a filename [10 MiB] */
	uint64_t	 total_max;	/* bytes of the whole body [50 MiB] */
};

/*
 * One part as its callbacks see it.  The strings point into the parser's
 * header buffer: they live until the end callback returns (copy them to
 * keep them).  They are NUL-terminated raw bytes, free of controls other
 * than TAB, not checked as UTF-8: validate name against the declared fields
 * and pass filename through upload_filename() before showing it.
 */
struct mp_part {
	const char	*name;		/* Content-Disposition name, never NULL */
	const char	*filename;	/* NULL for a field; "" when no file chosen */
	const char	*type;		/* Content-Type as sent, or NULL; a hint */
	size_t		 index;		/* 0 for the first part */
	uint64_t	 size;		/* data bytes passed on so far */
};

/* Each may be NULL.  A non-zero return stops the parse (MP_ERR_ABORTED).
 * data is never called with more than the part's limit in total. */
struct mp_callbacks {
	int	(*begin)(void *arg, const struct mp_part *);
	int	(*data)(void *arg, const struct mp_part *, const char *,
		    size_t);
	int	(*end)(void *arg, const struct mp_part *);
};

struct mp {
	const struct mp_callbacks *cb;
	void		*arg;
	struct mp_limits lim;
	int		 state;
	enum mp_err	 err;
	char		 pat[2][MP_BOUNDARY_MAX + 7]; /* CRLF--b CRLF, CRLF--b-- */
	size_t		 dl;		/* length of CR LF "--" boundary */
	size_t		 m;		/* bytes of pat[alt] matched, held back */
	int		 alt;		/* 1 once "--" follows the boundary */
	char		*hbuf;		/* header_max + 1 bytes */
	size_t		 hlen;
	size_t		 nparts;
	uint64_t	 total;
	struct mp_part	 part;
};

/*
 * Copies the boundary of a request Content-Type value ("multipart/form-
 * data; boundary=..." with the boundary quoted or not, other parameters
 * ignored) into out, NUL-terminated.  Returns MP_OK, or MP_ERR_CTYPE when
 * the type is not multipart/form-data or the boundary is missing, repeated,
 * longer than 70 bytes or has characters outside RFC 2046 bchars.
 */
enum mp_err	 mp_boundary(const char *ctype, char out[MP_BOUNDARY_MAX + 1]);

/*
 * Prepares mp for one body with the boundary of ctype, limits lim (NULL
 * for all defaults), callbacks cb (kept by pointer: it must outlive the
 * parse) called with arg.  The header buffer comes from pool p and lives
 * until its reset.  Returns MP_OK or MP_ERR_CTYPE (then mp_feed fails).
 */
enum mp_err	 mp_init(struct mp *, struct pool *p, const char *ctype,
		    const struct mp_limits *lim, const struct mp_callbacks *cb,
		    void *arg);

/* Parses the next n bytes of the body, calling back as parts go by.
 * Returns MP_OK or the first error, which every later call repeats. */
enum mp_err	 mp_feed(struct mp *, const void *, size_t n);

/* Ends the body: MP_OK when the last delimiter was seen, otherwise the
 * first error or MP_ERR_TRUNCATED.  An unfinished part gets no end call. */
enum mp_err	 mp_finish(struct mp *);

/* A static English sentence for logs, and the HTTP status to answer
 * (400 or 413; 400 for MP_ERR_ABORTED, whose callback knows better). */
const char	*mp_strerror(enum mp_err);
int		 mp_status(enum mp_err);

#endif
