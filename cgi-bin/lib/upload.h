/*
 * upload_: the checks an uploaded file passes while it streams in from
 * the multipart parser (mp_): its type decided from its first bytes, never
 * from its name or the client's Content-Type; its size; its SHA-256; and a
 * display name made harmless.  Only PDF, JPEG and PNG are accepted.
 *
 * Use: upload_init() at the part's begin, upload_add() for each data
 * chunk, upload_finish() at its end; refuse the dossier when it returns
 * UPLOAD_NONE.  Nothing here touches the disk.
 */
#ifndef UPLOAD_H
#define UPLOAD_H

#include <stddef.h>
#include <stdint.h>

#include "sha256.h"

struct pool;

#define UPLOAD_SNIFF	8	/* bytes kept to decide the type */
#define UPLOAD_NAME_MAX	120	/* bytes of a display name, at most */

enum upload_type {
	UPLOAD_NONE = 0,	/* refused: empty or not one of these */
	UPLOAD_PDF,		/* "%PDF-" */
	UPLOAD_JPEG,		/* FF D8 FF */
	UPLOAD_PNG,		/* 89 "PNG" 0D 0A 1A 0A */
};

struct upload {
	struct sha256	 sha;
	unsigned char	 head[UPLOAD_SNIFF];	/* the first bytes */
	size_t		 nhead;
	uint64_t	 size;			/* bytes added */
	enum upload_type type;			/* set by upload_finish */
	unsigned char	 digest[SHA256_LEN];	/* set by upload_finish */
	char		 hex[SHA256_HEX];	/* digest as lower-case hex */
};

/* Starts an empty upload; nothing is allocated. */
void		 upload_init(struct upload *);

/* Adds the next n bytes: kept for sniffing while fewer than UPLOAD_SNIFF
 * are held, hashed, counted. */
void		 upload_add(struct upload *, const void *, size_t n);

/* Finishes the hash (u->digest, u->hex) and decides u->type from the
 * first bytes; returns u->type.  Call once. */
enum upload_type upload_finish(struct upload *);

/* The type of a file starting with head[0..n) (n may be < UPLOAD_SNIFF):
 * UPLOAD_NONE for an empty file and for anything not PDF, JPEG or PNG. */
enum upload_type upload_sniff(const void *head, size_t n);

/* The MIME type and file extension (with its dot) to serve t with; NULL
 * for UPLOAD_NONE.  Static strings. */
const char	*upload_mime(enum upload_type t);
const char	*upload_ext(enum upload_type t);

/*
 * A display name from the client's filename (raw bytes, may be NULL):
 * what follows its last '/' or '\', in NFC, without control characters
 * (C0, DEL, C1, bidirectional overrides, line separators), '"' turned into
 * '\'', no leading dots or spaces, no trailing dots or spaces, at most
 * UPLOAD_NAME_MAX bytes cut on a character boundary.  When nothing is left
 * or the name is not UTF-8, a copy of dflt.  For showing only (escaped in
 * HTML, RFC 6266 encoded in headers), never for a path on disk.  In the
 * pool.
 */
char		*upload_filename(struct pool *, const char *client,
		    const char *dflt);

#endif
