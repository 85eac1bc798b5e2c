/*
 * What the pages of the submit program share (docs/submit.md): submit.c
 * holds the procedure, the form and its rendering; submit_post.c the
 * streaming POST that stores a draft or a submission in one transaction;
 * submit_doc.c the receipt and the withdrawal.
 */
#ifndef SUBMIT_H
#define SUBMIT_H

#include "app.h"

struct db_res;

enum field { F_NHAP, F_BOSUNG, F_DALUU, F_DAXOA, F_CSRF, F_LYDO,
	F__COUNT };

extern const struct req_field	fields[F__COUNT];

/* The procedure a dossier is filed under, with its form. */
struct proc {
	unsigned long	 id;		/* procedure_version.id */
	const char	*code;
	const char	*name;
	unsigned long	 agency_id;	/* implementing agency, or 0 */
	const char	*days;		/* processing_days, or NULL */
	const char	*unit;		/* processing_unit */
	struct db_res	*row;		/* STMT_SUB_PROC */
	struct db_res	*agencies;	/* STMT_SUB_AGENCIES */
	struct db_res	*ffields;	/* STMT_SUB_FFIELDS */
	struct db_res	*comps;		/* STMT_SUB_COMPONENTS */
};

/* Columns of STMT_SUB_FFIELDS and STMT_SUB_COMPONENTS. */
enum { FF_SEQ, FF_NAME, FF_LABEL, FF_TYPE, FF_REQUIRED, FF_MAXLEN,
	FF_OPTIONS, FF_HELP };
enum { CO_SEQ, CO_GROUP, CO_NAME, CO_ORIG, CO_COPIES, CO_REQUIRED };

/* Which dossier a form is about. */
enum mode { MODE_NEW, MODE_DRAFT, MODE_SUPPLEMENT };

/* A form as typed (or loaded), with its errors.  Arrays are indexed like
 * proc->ffields and proc->comps rows. */
struct form {
	enum mode	 mode;
	unsigned long	 dossier_id;	/* 0 for MODE_NEW */
	const char	*code;		/* MODE_SUPPLEMENT: the dossier code */
	unsigned long	 agency_id;
	const char	*payment;	/* desk, post, online */
	const char	*delivery;
	const char	*address;
	const char	*action;	/* luu, nop, or NULL */
	const char	**val;		/* per e-form field; NULL absent */
	const char	**err;		/* per e-form field */
	const char	**cerr;		/* per component */
	const char	*e_agency, *e_payment, *e_delivery, *e_address;
	int		 nerr;
	const char	*notice;	/* a message above the form */
	const char	*alert;		/* an error above the form */
};

/* Upload limits from the configuration (submit.*). */
unsigned long long	 lim_file(void);
unsigned long long	 lim_total(void);
long			 lim_files(void);
long			 lim_drafts(void);

/* The 503 page: nothing was changed. */
int	 busy(struct req *);
/* Queues an e-mail about dossier code to the logged-in owner, in the
 * open transaction: "Kính gửi <name>," then text, then the tracking and
 * receipt links.  0 (also when the account has no usable address: logged,
 * nothing queued) or -1 (roll back). */
int	 owner_mail(struct req *, const char *code, const char *subject,
	    const char *text);
/* 404 with a message. */
int	 not_found(struct req *, const char *msg);
/* Logged-in user or a redirect to the login page (status in *st). */
int	 logged_in(struct req *, int *st);
/* Loads the current published version of code into *p: 0, 404 status
 * rendered (unknown, not online), or 503 rendered. */
int	 proc_load(struct req *, const char *code, struct proc *p);
/* An empty form for p (defaults). */
void	 form_new(struct req *, const struct proc *, struct form *);
/* Validates f against p (sets errors); returns the number of errors. */
int	 form_check(struct req *, const struct proc *, struct form *,
	    int submitting, const struct db_res *files);
/* Renders the form page with status; files are the dossier's (or NULL). */
int	 form_render(struct req *, const struct proc *, struct form *,
	    const struct db_res *files, int status);
/* Index of e-form field name in p, or -1. */
int	 ffield_index(const struct proc *, const char *name);
/* Index of component seq in p, or -1. */
int	 comp_index(const struct proc *, long long seq);

int	 page_post(struct req *);
int	 page_receipt(struct req *);
int	 page_withdraw(struct req *);
int	 page_withdraw_post(struct req *);

#endif
