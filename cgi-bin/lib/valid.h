/*
 * valid_: checks of what people type into forms, each returning NULL when
 * the value is acceptable or the message to show beside the field (a
 * static Vietnamese string).  Inputs are NFC text already bounded by
 * req_ (see req.h).
 */
#ifndef VALID_H
#define VALID_H

/* A person's or organisation's name: 2..255 bytes, letters present. */
const char	*valid_name(const char *);
/* Căn cước công dân: 12 digits, the first three a province code
 * 001..096. */
const char	*valid_cccd(const char *);
/* Mã số thuế: 10 digits, or 13 (10 + 3-digit branch, "-" allowed). */
const char	*valid_taxcode(const char *);
/* An e-mail address: local@domain.tld, ASCII, no spaces or controls. */
const char	*valid_email(const char *);
/* A Vietnamese phone number: a mobile 0 + 9 digits, or a landline
 * 02x + 8 digits; +84 stands for the leading 0; spaces, dots and dashes
 * are ignored. */
const char	*valid_phone(const char *);
/* A new password: 8..128 bytes, with a letter and a digit, not the
 * login itself. */
const char	*valid_password(const char *pw, const char *login);

#endif
