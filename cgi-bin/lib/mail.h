/*
 * mail_: e-mail through the outbox table (SPEC §4, §6 last bullet).
 *
 * A program never talks SMTP.  It stores the message with mail_queue()
 * in the same transaction as the change the message reports, so both
 * are stored or neither is; tools/dvc-mailer sends what is due, retries
 * with backoff while the SMTP server is unreachable, and marks each row
 * sent or, after mail.max_attempts, failed.  Delivery is at least once: a
 * crash between the SMTP answer and the UPDATE that records it sends the
 * message again later.
 *
 * The formatting half (mail_format and friends) is what the mailer uses
 * to turn a row into an RFC 5322 message; it is here so that it can be
 * tested without a network.
 */
#ifndef MAIL_H
#define MAIL_H

#include <stddef.h>
#include <time.h>

struct db;
struct pool;

#define MAIL_ADDR_MAX		254	/* RFC 5321 path limit */
#define MAIL_LOCAL_MAX		64	/* RFC 5321 local-part limit */
#define MAIL_SUBJECT_MAX	255	/* characters: outbox.subject */
#define MAIL_BODY_MAX		(1024 * 1024)	/* bytes */

/* 1 when addr is a plain address "local@domain" this module accepts:
 * printable ASCII without spaces, controls (so no CR or LF) or any of
 * <>()[],;:\" ; exactly one '@', a local part of 1..64 bytes and a
 * non-empty domain; at most 254 bytes in all.  Else 0.  Deliberately
 * minimal (it is what keeps headers and SMTP commands intact); forms
 * check addresses with valid_email(). */
int	 mail_addr_valid(const char *addr);

/*
 * Queues one e-mail: inserts a pending row into outbox.  Meant to be
 * called between db_begin() and db_commit() of the caller, so that the
 * change and its notification are stored together; it never begins,
 * commits or rolls back.  to must pass mail_addr_valid(); subject is
 * 1..255 characters of UTF-8 without control characters (CR and LF are
 * refused, never folded: no header can be injected); body is UTF-8
 * text of at most MAIL_BODY_MAX bytes.  Both are stored in NFC, the body
 * with CR LF turned into LF.  Temporary strings come from pool p.
 *
 * Returns 0, or -1 (logged with the reason, never with the body) when an
 * argument is refused or the INSERT failed: the caller must then roll
 * back.
 */
int	 mail_queue(struct db *, struct pool *p, const char *to,
	    const char *subject, const char *body);

/*
 * Splits the configured sender ("Name <addr>" or a bare "addr") into its
 * display name (NULL when there is none) and address, both copied into
 * pool p.  Returns 0, or -1 when the address is not mail_addr_valid() or
 * the name holds a control character, '<', '>' or '"'.
 */
int	 mail_from_parse(struct pool *p, const char *from, const char **name,
	    const char **addr);

/* A fresh Message-ID "<outbox-ID.RANDOM@DOMAIN>" for outbox row id,
 * DOMAIN being the part of addr after '@'.  In pool p; NULL when the
 * system has no randomness to give (logged). */
char	*mail_msgid(struct pool *p, unsigned long long id, const char *addr);

/* What mail_format() turns into a message.  Every string is NUL-ended
 * UTF-8; from_addr and to must pass mail_addr_valid(). */
struct mail_msg {
	const char	*from_name;	/* display name, or NULL */
	const char	*from_addr;
	const char	*to;
	const char	*subject;
	const char	*body;		/* LF or CR LF line ends */
	const char	*msgid;		/* "<…@…>" */
	time_t		 date;
};

/*
 * The whole message, CR LF line ends, in pool p: Date (Vietnam time,
 * +0700), From, To, Subject (RFC 2047 "B" encoded-words of UTF-8 when it
 * is not short plain ASCII), Message-ID, MIME-Version, Content-Type
 * text/plain; charset=utf-8, Content-Transfer-Encoding: base64,
 * Auto-Submitted: auto-generated, then the body in base64.  No line is
 * longer than 78 characters, except one holding an address or Message-ID
 * too long to fit alone (they cannot be folded; still under 998).  NULL
 * when an address is invalid (logged).
 */
char	*mail_format(struct pool *p, const struct mail_msg *m);

#endif
