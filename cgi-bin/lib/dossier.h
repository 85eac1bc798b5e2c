/*
 * dossier_: the dossier model shared by submit, track and process
 * (SPEC §4–§6; schema in sql/migrations/009_dossier.sql).
 */
#ifndef DOSSIER_H
#define DOSSIER_H

struct db;
struct pool;

/*
 * The next dossier code of a receiving agency, TT 01/2018 Đ19:
 * "<agency code>-<YYMMDD>-<NNNN>", the date being today in Vietnam time
 * (the connection runs at +07:00, so 23:30 UTC is already tomorrow) and
 * NNNN the agency's sequence for that day, from 0001 (more than 9999 in
 * a day widens the number).  Must run inside the caller's transaction
 * (db_begin): the number is taken under the row lock of
 * (agency, day) and given back if the transaction rolls back, so
 * concurrent submissions get distinct codes and no gaps are left by
 * failures.  Returns the code in pool p, or NULL on a database error.
 */
const char	*dossier_code_next(struct db *, struct pool *p,
		    unsigned long agency_id, const char *agency_code);

#endif
