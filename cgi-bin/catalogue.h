/*
 * What the pages of the catalogue program share (catalogue.c holds the
 * list and home pages, catalogue_proc.c the procedure and agency pages).
 */
#ifndef CATALOGUE_H
#define CATALOGUE_H

#include "app.h"

#define CACHE_SECS	1

struct db_res;
struct json;

enum field {
	F_Q, F_FIELD, F_AGENCY, F_LEVEL, F_CLASS, F_STATUS, F_PAGE,
	F_FORMAT, F_VERSION, F_EMBED, F__COUNT
};

extern const struct req_field	 fields[F__COUNT];
extern const char *const	 classes[];	/* slugs, NULL-terminated */
extern const char *const	 class_names[];
extern const char *const	 list_cols[];	/* STMT_PROC_SEARCH columns */

/* The index of v in a NULL-terminated list, or -1. */
int	choice(const char *const *, const char *v);
/* 1 when the query asks for ?format=json. */
int	want_json(struct req *);
/* Makes b the (cacheable) JSON body; returns 200. */
int	send_json(struct req *, struct buf *b);
/* The 503 page for an unreachable database. */
int	unavailable(struct req *);
/* Renders tpl as a cacheable page; returns 200 or the error status. */
int	render(struct req *, const char *tpl);
/* Level and online-class names for the templates. */
void	set_names(struct req *);
/* Echoes the validated query into Form.* for the search form. */
void	set_form(struct req *);
/* The search with the query's filters, restricted to agency when it is
 * not ""; results in *out (pool), counts in the rest.  0 or -1. */
int	run_search(struct req *, const char *agency, struct db_res **out,
	    long long *total, long long *page, long long *size);
void	list_json(struct req *, struct json *, struct db_res *);
void	set_paging(struct req *, long long total, long long page,
	    long long size);

int	page_procedure(struct req *);
int	page_agency(struct req *);

#endif
