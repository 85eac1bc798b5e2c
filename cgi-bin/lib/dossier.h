/*
 * dossier_: the dossier model shared by submit, track and process
 * (SPEC §4–§6; schema in sql/migrations/009_dossier.sql).
 */
#ifndef DOSSIER_H
#define DOSSIER_H

#include <time.h>

struct db;
struct pool;

/* The national status names (SPEC §6) of statuses 1..10, "Nháp" for 0
 * (a draft), "" for anything else.  Static strings. */
const char	*dossier_status_name(long long status);

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

/*
 * The due time of a dossier whose clock starts at `start` (Unix time),
 * for the procedure's processing time as stored: `days` the text of
 * procedure_version.processing_days (NULL when not parsed) and `unit` its
 * processing_unit.  Working days and hours follow the working calendar
 * (cal_, with the holiday table calendar_day read from the database, or
 * for a year with no rows there the default holidays of the lunar
 * calendar, cal_default_holidays);
 * a fractional number of working days counts 8 hours a day; calendar
 * days ('days') run through weekends and end at the first working minute
 * at or after them.  Writes "YYYY-MM-DD HH:MM:SS" (Vietnam time) into
 * out and returns 0; returns 1 when the procedure has no usable time
 * (out empty), -1 on a database error.
 */
int		 dossier_due(struct db *, struct pool *p, time_t start,
		    const char *days, const char *unit, char out[32]);

#endif
