#include <stdio.h>

#include "db.h"
#include "dossier.h"
#include "log.h"
#include "pool.h"

const char *
dossier_code_next(struct db *db, struct pool *p, unsigned long agency_id,
    const char *agency_code)
{
	struct db_res	*day, *seq;
	struct db_arg	 a[2];

	/* One reading of the date for both the counter and the code, so a
	 * submission at midnight cannot mix two days. */
	if ((day = db_run(db, p, STMT_DOS_TODAY, NULL, 0)) == NULL ||
	    day->nrows != 1)
		return NULL;
	a[0] = DB_INT(agency_id);
	a[1] = DB_STR(db_str(day, 0, 0));
	if ((seq = db_run(db, p, STMT_DOS_SEQ_NEXT, a, 2)) == NULL)
		return NULL;
	if (seq->insert_id == 0) {
		log_err("%s: no sequence number for agency %lu", __func__,
		    agency_id);
		return NULL;
	}
	return pool_printf(p, "%s-%s-%04llu", agency_code, db_str(day, 0, 1),
	    (unsigned long long)seq->insert_id);
}
