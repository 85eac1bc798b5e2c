/*
 * sha256_: SHA-256 (FIPS 180-4), self-contained, for content hashes:
 * the importer's idempotence key (procedure_version.source_hash) and the
 * checksums of uploaded files.  Not for passwords.
 */
#ifndef SHA256_H
#define SHA256_H

#include <stddef.h>
#include <stdint.h>

#define SHA256_LEN	32		/* bytes of a digest */
#define SHA256_HEX	65		/* bytes of its hex form with the NUL */

struct sha256 {
	uint32_t	 h[8];
	uint64_t	 len;		/* bytes hashed so far */
	unsigned char	 buf[64];
	size_t		 nbuf;
};

/* Incremental interface: init, any number of updates, final.  final
 * writes SHA256_LEN bytes to out and leaves the context unusable until
 * the next init.  Nothing is allocated. */
void	sha256_init(struct sha256 *);
void	sha256_update(struct sha256 *, const void *, size_t);
void	sha256_final(struct sha256 *, unsigned char out[SHA256_LEN]);

/* The digest of data[0..len) in one call. */
void	sha256(const void *data, size_t len, unsigned char out[SHA256_LEN]);

/* HMAC-SHA256 (RFC 2104) of msg under key, as lower-case hex. */
char	*sha256_hmac_hex(const void *key, size_t klen, const void *msg,
	    size_t mlen, char hex[SHA256_HEX]);

/* Lower-case hex of a digest into hex (SHA256_HEX bytes, NUL-terminated);
 * returns hex. */
char	*sha256_hex(const unsigned char d[SHA256_LEN], char hex[SHA256_HEX]);

#endif
