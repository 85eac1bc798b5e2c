/*
 * catalogue: the procedure page (/thu-tuc/<code>) and the agency page
 * (/co-quan/<code>), in HTML and JSON.
 */
#include <stdio.h>
#include <string.h>

#include "catalogue.h"
#include "cfg.h"
#include "db.h"
#include "json.h"
#include "tpl.h"

/* Columns of STMT_PROC_BY_CODE, as the template names them. */
static const char *const proc_cols[] = { "id", "code", "version", "status",
	"name", "field_slug", "field_name", "agency", "level", "level_mask",
	"online_level", "online_class", "steps", "channels", "days", "unit",
	"processing", "fee", "fee_amount", "subjects", "result", "legal",
	"requirements", "place", "decision", "in_use_from", "guide",
	"updated", "is_current", "", NULL };

enum { P_ID, P_CODE, P_VERSION, P_STATUS, P_NAME, P_FSLUG, P_FNAME,
	P_AGENCY, P_LEVEL, P_LMASK, P_OLEVEL, P_OCLASS, P_STEPS, P_CHANNELS,
	P_DAYS, P_UNIT, P_PROCESSING, P_FEE, P_FEEAMT, P_SUBJECTS, P_RESULT,
	P_LEGAL, P_REQ, P_PLACE, P_DECISION, P_INUSE, P_GUIDE, P_UPDATED,
	P_CURRENT, P_RECEIVABLE };

static const char *const channel_cols[] = { "kind", "time", "fee",
	"description", NULL };
static const char *const component_cols[] = { "group", "name",
	"originals", "copies", "required", "form_name", "form_file", NULL };
static const char *const form_cols[] = { "name", "file", "mime", "size",
	NULL };
static const char *const pagency_cols[] = { "code", "name", NULL };
static const char *const version_cols[] = { "version", "status",
	"is_current", "in_use_from", "updated", NULL };

struct proc {
	struct db_res	*p, *channels, *components, *forms, *agencies,
			*versions;
};

static const char *
channel_name(const char *kind)
{
	if (kind != NULL && strcmp(kind, "online") == 0)
		return "Trực tuyến";
	if (kind != NULL && strcmp(kind, "post") == 0)
		return "Dịch vụ bưu chính";
	return "Trực tiếp";
}

/* Loads a procedure and everything hanging off it.  0 found, 1 not
 * found, -1 database error. */
static int
proc_load(struct req *r, const char *code, struct proc *pr)
{
	long long	v = r->q.val[F_VERSION] != NULL ? r->q.num[F_VERSION] : 0;
	struct db_arg	a[3] = { DB_STR(code), DB_INT(v), DB_INT(v) };
	struct db_arg	id;

	if ((pr->p = db_run(r->db, &r->pool, STMT_PROC_BY_CODE, a,
	    3)) == NULL)
		return -1;
	if (pr->p->nrows == 0)
		return 1;
	id = DB_INT(db_int(pr->p, 0, P_ID, 0));
	if ((pr->channels = db_run(r->db, &r->pool, STMT_PROC_CHANNELS,
	    &id, 1)) == NULL ||
	    (pr->components = db_run(r->db, &r->pool, STMT_PROC_COMPONENTS,
	    &id, 1)) == NULL ||
	    (pr->forms = db_run(r->db, &r->pool, STMT_PROC_FORMS, &id,
	    1)) == NULL ||
	    (pr->agencies = db_run(r->db, &r->pool, STMT_PROC_AGENCIES, &id,
	    1)) == NULL ||
	    (pr->versions = db_run(r->db, &r->pool, STMT_PROC_VERSIONS, a,
	    1)) == NULL)
		return -1;
	return 0;
}

static const char *
class_slug(long long c)
{
	return classes[c >= 0 && c <= 2 ? c : 0];
}

/* The procedure in a schema.org GovernmentService shape with CPSV-AP
 * terms (cpsv:, dct:) where schema.org has none. */
static void
proc_json_head(struct req *r, struct json *j, struct db_res *p,
    const char *url)
{
	json_key(j, "@context");
	json_obj(j);
	json_kstr(j, "@vocab", "https://schema.org/");
	json_kstr(j, "cpsv", "http://purl.org/vocab/cpsv#");
	json_kstr(j, "dct", "http://purl.org/dc/terms/");
	json_end_obj(j);
	json_kstr(j, "@type", "GovernmentService");
	json_kstr(j, "@id", url);
	json_kstr(j, "identifier", db_str(p, 0, P_CODE));
	json_kstr(j, "dct:identifier", db_str(p, 0, P_CODE));
	json_kstr(j, "name", db_str(p, 0, P_NAME));
	json_kint(j, "version", db_int(p, 0, P_VERSION, 1));
	json_kstr(j, "status", db_str(p, 0, P_STATUS));
	json_kstr(j, "serviceType", db_str(p, 0, P_FNAME));
	json_kstr(j, "areaServed", db_str(p, 0, P_LEVEL));
	json_kint(j, "onlineLevel", db_int(p, 0, P_OLEVEL, 1));
	json_kstr(j, "onlineClass", class_slug(db_int(p, 0, P_OCLASS, 0)));
	json_key(j, "provider");
	json_obj(j);
	json_kstr(j, "@type", "GovernmentOrganization");
	json_kstr(j, "name", db_str(p, 0, P_AGENCY));
	json_end_obj(j);
	json_key(j, "audience");
	json_obj(j);
	json_kstr(j, "@type", "Audience");
	json_kstr(j, "audienceType", db_str(p, 0, P_SUBJECTS));
	json_end_obj(j);
	json_kstr(j, "description", db_str(p, 0, P_STEPS));
	json_kstr(j, "serviceOutput", db_str(p, 0, P_RESULT));
	json_kstr(j, "cpsv:follows", db_str(p, 0, P_LEGAL));
	json_kstr(j, "requirements", db_str(p, 0, P_REQ));
	json_kstr(j, "processingTime", db_str(p, 0, P_PROCESSING));
	json_kstr(j, "cost", db_str(p, 0, P_FEE));
	json_kstr(j, "dateInUse", db_str(p, 0, P_INUSE));
}

static void
proc_json_lists(struct req *r, struct json *j, struct proc *pr,
    const char *site)
{
	size_t	i;

	json_key(j, "availableChannel");
	json_arr(j);
	for (i = 0; i < pr->channels->nrows; i++) {
		json_obj(j);
		json_kstr(j, "@type", "ServiceChannel");
		json_kstr(j, "name",
		    channel_name(db_str(pr->channels, i, 0)));
		json_kstr(j, "processingTime", db_str(pr->channels, i, 1));
		json_kstr(j, "cost", db_str(pr->channels, i, 2));
		json_end_obj(j);
	}
	json_end_arr(j);
	json_key(j, "cpsv:hasInput");
	json_arr(j);
	for (i = 0; i < pr->components->nrows; i++) {
		json_obj(j);
		json_kstr(j, "name", db_str(pr->components, i, 1));
		json_kint(j, "originals", db_int(pr->components, i, 2, 0));
		json_kint(j, "copies", db_int(pr->components, i, 3, 0));
		json_end_obj(j);
	}
	json_end_arr(j);
	json_key(j, "forms");
	json_arr(j);
	for (i = 0; i < pr->forms->nrows; i++) {
		json_obj(j);
		json_kstr(j, "name", db_str(pr->forms, i, 0));
		if (*db_str(pr->forms, i, 1) != '\0')
			json_kstr(j, "url", pool_printf(&r->pool,
			    "%s/bieu-mau/%s", site, db_str(pr->forms, i, 1)));
		json_end_obj(j);
	}
	json_end_arr(j);
}

static int
proc_json(struct req *r, struct proc *pr)
{
	struct buf	 b;
	struct json	 j;
	const char	*site = cfg_get("site.url", "");
	const char	*code = db_str(pr->p, 0, P_CODE);

	buf_init(&b, &r->pool);
	json_init(&j, &b);
	json_obj(&j);
	proc_json_head(r, &j, pr->p,
	    pool_printf(&r->pool, "%s/thu-tuc/%s", site, code));
	proc_json_lists(r, &j, pr, site);
	json_end_obj(&j);
	return send_json(r, &b);
}

static int
proc_html(struct req *r, struct proc *pr)
{
	size_t		i;
	long long	cls = db_int(pr->p, 0, P_OCLASS, 0);
	char		k[64];

	tpl_rows(r, "Proc", pr->p, proc_cols);
	/* tpl_rows wrote Proc.0.*; the template reads Proc.0 as Proc. */
	tpl_set(r, "Proc.class_name", class_names[cls >= 0 && cls <= 2 ?
	    cls : 0]);
	/* Online submission needs an agency in this province to receive
	 * it (the implementing agency, or one of procedure_agency): many
	 * imported procedures have none yet. */
	tpl_set(r, "Proc.can_submit", cls >= 1 &&
	    strcmp(db_str(pr->p, 0, P_STATUS), "published") == 0 &&
	    db_int(pr->p, 0, P_CURRENT, 0) == 1 ?
	    (db_int(pr->p, 0, P_RECEIVABLE, 0) ? "1" : "no_agency") : "0");
	tpl_rows(r, "Channels", pr->channels, channel_cols);
	for (i = 0; i < pr->channels->nrows; i++) {
		snprintf(k, sizeof(k), "Channels.%zu.name", i);
		tpl_set(r, k, channel_name(db_str(pr->channels, i, 0)));
	}
	tpl_rows(r, "Components", pr->components, component_cols);
	tpl_rows(r, "Forms", pr->forms, form_cols);
	tpl_rows(r, "ProcAgencies", pr->agencies, pagency_cols);
	tpl_rows(r, "Versions", pr->versions, version_cols);
	tpl_set(r, "Page.Title", db_str(pr->p, 0, P_NAME));
	return render(r, "procedure.cs");
}

int
page_procedure(struct req *r)
{
	struct proc	pr;
	const char	*code = r->arg[0];
	long long	 d;

	if (strlen(code) > 32 ||
	    req_validate(&r->pool, &fields[F_AGENCY], code, strlen(code),
	    &d) == NULL)
		return app_error(r, 404, "Mã thủ tục không hợp lệ.");
	if (app_db(r) == NULL)
		return unavailable(r);
	switch (proc_load(r, code, &pr)) {
	case -1:
		return unavailable(r);
	case 1:
		return app_error(r, 404, pool_printf(&r->pool,
		    "Không có thủ tục hành chính mã %s.", code));
	}
	return want_json(r) ? proc_json(r, &pr) : proc_html(r, &pr);
}

static const char *const agency_cols[] = { "code", "name", "level",
	"address", "email", "phone", "website", "hours", "parent_code",
	"parent_name", NULL };

static int
agency_json(struct req *r, struct db_res *ag, struct db_res *res,
    long long total, long long page, long long size)
{
	struct buf	b;
	struct json	j;

	buf_init(&b, &r->pool);
	json_init(&j, &b);
	json_obj(&j);
	json_kstr(&j, "@type", "GovernmentOrganization");
	json_kstr(&j, "identifier", db_str(ag, 0, 0));
	json_kstr(&j, "name", db_str(ag, 0, 1));
	json_kstr(&j, "address", db_str(ag, 0, 3));
	json_kstr(&j, "email", db_str(ag, 0, 4));
	json_kstr(&j, "telephone", db_str(ag, 0, 5));
	json_kint(&j, "total", total);
	json_kint(&j, "page", page);
	json_kint(&j, "pageSize", size);
	list_json(r, &j, res);
	json_end_obj(&j);
	return send_json(r, &b);
}

int
page_agency(struct req *r)
{
	struct db_res	*ag, *res;
	struct db_arg	 a;
	long long	 total, page, size, d;
	const char	*code = r->arg[0];

	if (req_validate(&r->pool, &fields[F_AGENCY], code, strlen(code),
	    &d) == NULL)
		return app_error(r, 404, "Mã cơ quan không hợp lệ.");
	if (app_db(r) == NULL)
		return unavailable(r);
	a = DB_STR(code);
	if ((ag = db_run(r->db, &r->pool, STMT_AGENCY_BY_CODE, &a,
	    1)) == NULL)
		return unavailable(r);
	if (ag->nrows == 0)
		return app_error(r, 404, pool_printf(&r->pool,
		    "Không có cơ quan mã %s.", code));
	if (run_search(r, code, &res, &total, &page, &size) == -1)
		return unavailable(r);
	if (want_json(r))
		return agency_json(r, ag, res, total, page, size);
	set_names(r);
	set_form(r);
	tpl_rows(r, "Agency", ag, agency_cols);
	tpl_rows(r, "Results", res, list_cols);
	set_paging(r, total, page, size);
	tpl_set(r, "Page.Title", db_str(ag, 0, 1));
	return render(r, r->q.val[F_EMBED] != NULL ? "agency_embed.cs" :
	    "agency.cs");
}
