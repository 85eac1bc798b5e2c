/*
 * account: the lifecycle of a procedure (CB Đ9–10, SPEC §2), as the
 * catalogue model has it (docs/architecture.md):
 *
 *   POST /quan-tri/thu-tuc/<id>/cong-bo   publish a draft: it becomes the
 *        current version; the version it replaces stays 'published' with
 *        is_current = 0, so the dossiers filed under it keep it, and the
 *        public page shows it with ?phien-ban=N
 *   POST /quan-tri/thu-tuc/<id>/sua-doi   amend the current published
 *        version: a draft copy numbered max + 1 with its channels,
 *        components, form templates, agencies and e-form fields (one
 *        draft per code at a time)
 *   POST /quan-tri/thu-tuc/<id>/bai-bo    abolish the current version:
 *        no new submissions, the page stays, marked abolished
 *
 * Each runs in one transaction holding every version of the code locked
 * (SELECT … FOR UPDATE), so two admins acting at once cannot leave two
 * current versions.  After a publish or an abolition the micro-cache is
 * emptied: the public catalogue shows the change at the next request.
 */
#include <string.h>

#include "admin.h"
#include "auth.h"
#include "tpl.h"

/* Every version of one code, locked, and the one acted on. */
struct life {
	unsigned long	 id;
	const char	*code;
	long long	 version;	/* of id */
	const char	*status;	/* of id */
	int		 current;	/* id is_current */
	long long	 next;		/* max version + 1 */
	unsigned long	 draft;		/* a draft of the code, 0 none */
	const char	*cur_status;	/* status of the current, or NULL */
};

/* Reads the locked versions (ADM_PROC_LOCK rows) into l. */
static void
life_scan(struct life *l, const struct db_res *res)
{
	size_t	i;

	for (i = 0; i < res->nrows; i++) {
		if ((unsigned long)db_int(res, i, 0, 0) == l->id) {
			l->version = db_int(res, i, 1, 0);
			l->status = db_str(res, i, 2);
			l->current = db_int(res, i, 3, 0) == 1;
		}
		if (strcmp(db_str(res, i, 2), "draft") == 0)
			l->draft = (unsigned long)db_int(res, i, 0, 0);
		if (db_int(res, i, 3, 0) == 1)
			l->cur_status = db_str(res, i, 2);
		if (db_int(res, i, 1, 0) >= l->next)
			l->next = db_int(res, i, 1, 0) + 1;
	}
}

/* Checks the user may change version id, opens the transaction and
 * locks every version of its code into l.  0, or the status of the
 * error page made (nothing left open). */
static int
life_begin(struct req *r, unsigned long id, struct life *l)
{
	struct db_arg	 a = DB_INT(id);
	struct db_res	*res;
	int		 st;

	memset(l, 0, sizeof(*l));
	l->id = id;
	if ((st = admin_post(r, NEED_MANAGE)) != 0)
		return st;
	if ((st = admin_may_proc(r, id, 1)) != 1)
		return st == 0 ? auth_deny(r, "Thủ tục này không thuộc cơ quan "
		    "bạn quản trị.") : busy(r);
	if ((res = admin_run(r, STMT_ADM_PROC_GET, &a, 1)) == NULL)
		return busy(r);
	if (res->nrows == 0)
		return admin_gone(r, "Không có thủ tục này.");
	l->code = db_str(res, 0, 1);
	a = DB_STR(l->code);
	if (admin_tx(r) == -1 ||
	    (res = admin_run(r, STMT_ADM_PROC_LOCK, &a, 1)) == NULL) {
		admin_rollback(r);
		return busy(r);
	}
	life_scan(l, res);
	if (l->status == NULL) {	/* deleted meanwhile */
		admin_rollback(r);
		return admin_gone(r, "Không có thủ tục này.");
	}
	return 0;
}

/* Audits, commits, empties the cache when public pages changed, and
 * goes to version id's page. */
static int
life_end(struct req *r, const char *action, unsigned long id,
    const char *detail, int purge)
{
	admin_audit(r, pool_printf(&r->pool, "procedure.%s", action),
	    pool_printf(&r->pool, "procedure:%lu", id), detail);
	if (admin_commit(r) == -1)
		return busy(r);
	if (purge)
		admin_purge(r);
	return app_redirect(r, pool_printf(&r->pool,
	    "/quan-tri/thu-tuc/%lu?da_luu=%s", id, action));
}

/* Rolls back and answers 409 with msg. */
static int
life_refuse(struct req *r, const char *msg)
{
	admin_rollback(r);
	return admin_conflict(r, msg);
}

int
page_adm_publish(struct req *r)
{
	struct life	 l;
	struct db_arg	 a[2];
	int		 st;

	if ((st = life_begin(r, admin_arg(r, 0), &l)) != 0)
		return st;
	if (strcmp(l.status, "draft") != 0)
		return life_refuse(r, "Phiên bản này không phải bản nháp; "
		    "không có gì bị thay đổi.");
	if (l.cur_status != NULL && strcmp(l.cur_status, "abolished") == 0)
		return life_refuse(r, "Thủ tục đã bị bãi bỏ; không công bố "
		    "thêm phiên bản mới.");
	a[0] = DB_STR(l.code);
	a[1] = DB_INT(l.id);
	if (admin_run(r, STMT_ADM_PROC_UNCURRENT, a, 2) == NULL ||
	    admin_run(r, STMT_ADM_PROC_PUBLISH, a + 1, 1) == NULL) {
		admin_rollback(r);
		return busy(r);
	}
	return life_end(r, "publish", l.id, pool_printf(&r->pool,
	    "%s v%lld", l.code, l.version), 1);
}

/* Copies what hangs off version from to version to.  0 or -1. */
static int
life_copy_parts(struct req *r, unsigned long to, unsigned long from)
{
	struct db_arg	a[4] = { DB_INT(to), DB_INT(from), DB_INT(to),
		DB_INT(from) };

	if (admin_run(r, STMT_ADM_CHANNELS_COPY, a, 2) == NULL ||
	    admin_run(r, STMT_ADM_FORMS_COPY, a, 2) == NULL ||
	    admin_run(r, STMT_ADM_COMPONENTS_COPY, a, 4) == NULL ||
	    admin_run(r, STMT_ADM_PA_COPY, a, 2) == NULL ||
	    admin_run(r, STMT_ADM_FFIELDS_COPY, a, 2) == NULL)
		return -1;
	return 0;
}

int
page_adm_amend(struct req *r)
{
	struct life	 l;
	struct db_arg	 a[2];
	struct db_res	*res;
	unsigned long	 id;
	int		 st;

	if ((st = life_begin(r, admin_arg(r, 0), &l)) != 0)
		return st;
	if (!l.current || strcmp(l.status, "published") != 0)
		return life_refuse(r, "Chỉ sửa đổi được phiên bản đang áp dụng "
		    "của một thủ tục đã công bố.");
	if (l.draft != 0) {	/* one draft at a time: go on with it */
		admin_rollback(r);
		return app_redirect(r, pool_printf(&r->pool,
		    "/quan-tri/thu-tuc/%lu", l.draft));
	}
	a[0] = DB_INT(l.next);
	a[1] = DB_INT(l.id);
	if ((res = admin_run(r, STMT_ADM_PROC_COPY, a, 2)) == NULL)
		goto fail;
	id = (unsigned long)res->insert_id;
	if (life_copy_parts(r, id, l.id) == -1)
		goto fail;
	return life_end(r, "amend", id, pool_printf(&r->pool,
	    "%s v%lld → v%lld", l.code, l.version, l.next), 0);
fail:
	admin_rollback(r);
	return busy(r);
}

int
page_adm_abolish(struct req *r)
{
	struct life	 l;
	struct db_arg	 a;
	int		 st;

	if ((st = life_begin(r, admin_arg(r, 0), &l)) != 0)
		return st;
	if (!l.current || strcmp(l.status, "published") != 0)
		return life_refuse(r, "Chỉ bãi bỏ được phiên bản đang áp dụng "
		    "của một thủ tục đã công bố.");
	a = DB_INT(l.id);
	if (admin_run(r, STMT_ADM_PROC_ABOLISH, &a, 1) == NULL) {
		admin_rollback(r);
		return busy(r);
	}
	return life_end(r, "abolish", l.id, pool_printf(&r->pool,
	    "%s v%lld", l.code, l.version), 1);
}
