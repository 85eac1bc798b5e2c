/*
 * text_: Unicode text as the catalogue stores and searches it.
 *
 * All text enters the system through text_nfc() (the national data mixes
 * NFC and NFD) and every searchable column is text_fold() of its source,
 * so that search ignores case and diacritics the same way whatever the
 * database collation.  Returned strings live in the given pool.
 */
#ifndef TEXT_H
#define TEXT_H

#include <stddef.h>

struct pool;

/* 1 if s[0..len) is well-formed UTF-8 (no overlongs, surrogates or
 * code points past U+10FFFF), else 0. */
int	 text_utf8_valid(const char *s, size_t len);

/* s in NFC with C0 controls other than TAB and LF removed and CR LF
 * turned into LF.  NULL if s is not valid UTF-8. */
char	*text_nfc(struct pool *, const char *s);

/* The search key of s: decomposed, marks stripped, đ/Đ → d, lower case,
 * every run of characters that are not ASCII letters or digits replaced by
 * one space, with one leading and one trailing space (so " dat dai "
 * matches whole syllables with LIKE '% dat %').  Non-Latin letters that
 * have no ASCII base are kept as they are, lower-cased.  NULL if s is
 * not valid UTF-8. */
char	*text_fold(struct pool *, const char *s);

/* The folded words of q, at most max of them, each without spaces;
 * returns how many were stored in words[].  Words longer than 64 bytes
 * are cut. */
size_t	 text_words(struct pool *, const char *q, char **words, size_t max);

/* Code points in s (valid UTF-8: count the bytes that do not continue a
 * sequence). */
size_t	 text_chars(const char *s);

/* A file size for people: "512 byte", "12 KB", "1.5 MB".  In the pool. */
char	*text_bytes(struct pool *, long long n);

/* A URL slug of s: text_fold with '-' between words and no leading or
 * trailing separator; "" for text with no letters. */
char	*text_slug(struct pool *, const char *s);

#endif
