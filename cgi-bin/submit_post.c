/*
 * POST /nop-ho-so/<national code>: a draft saved or a dossier submitted
 * (docs/submit.md).
 *
 * The body is multipart/form-data, parsed as it is read (mp_) inside ONE
 * database transaction: files go into dossier_file_chunk 1 MiB at a time
 * as their bytes arrive, hashed and typed from their bytes (upload_) on
 * the way, never buffered whole and never written to disk.  The fields
 * are checked at the end; the dossier row, its fields, files, history
 * and the outbox e-mail are then committed together, or nothing is: any
 * refused file, a body over the limits, a missing CSRF token or a crash
 * (of this worker or of MariaDB) leaves no trace.  nginx buffers the
 * whole body before it passes it on (fastcgi_request_buffering), so the
 * transaction lasts as long as reading from local memory or disk, not
 * as long as a slow upload.
 *
 * The CSRF token must be the first part (the form puts it first): no byte
 * of a file is stored before the request is known to come from the form.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "auth.h"
#include "cal.h"
#include "cfg.h"
#include "db.h"
#include "dossier.h"
#include "log.h"
#include "multipart.h"
#include "submit.h"
#include "tpl.h"
#include "upload.h"

#define CHUNK		(1024 * 1024)	/* bytes of a dossier_file_chunk row */
#define FIELD_MAX	(64 * 1024)	/* bytes of one text part */
#define READ_SIZE	(64 * 1024)
#define DEL_MAX		64		/* xoa_tep parts */

struct post {
	struct req		*r;
	const struct proc	*p;
	struct form		*f;
	int			 status;	/* hard error to answer; 0 none */
	const char		*msg;
	int			 csrf_ok;
	int			 toobig;	/* a size limit was passed */
	int			 refused;	/* some file refused */
	/* the text part being read */
	char			*field;
	size_t			 nfield;
	/* the file part being read */
	int			 fidx;		/* component index, -1 none */
	unsigned long long	 file_id;
	unsigned		 seq;
	char			*chunk;
	size_t			 nchunk;
	struct upload		 up;
	int			 bad;		/* this file refused */
	unsigned long long	 bytes;		/* of the new files */
	long			 nfiles;
	unsigned long		 del[DEL_MAX];
	size_t			 ndel;
};

/* The largest body read: the dossier's files and 1 MiB for the text
 * parts and the multipart framing (nginx allows 5 MiB more). */
static unsigned long long
body_max(void)
{
	return lim_total() + (1 << 20);
}

/* The message for a body over body_max(). */
static const char *
too_big(struct req *r)
{
	return pool_printf(&r->pool, "Hồ sơ gửi lên vượt quá %lld MB; không "
	    "có gì được lưu. Xin giảm dung lượng các tệp đính kèm rồi gửi "
	    "lại.", lim_total() >> 20);
}

static int
hard(struct post *ps, int status, const char *msg)
{
	if (ps->status == 0) {
		ps->status = status;
		ps->msg = msg;
	}
	return -1;
}

/* The component index of a part named tp_<seq>, or -1. */
static int
file_part(const struct proc *p, const char *name)
{
	char		*end;
	long		 seq;

	if (strncmp(name, "tp_", 3) != 0 || name[3] < '0' || name[3] > '9')
		return -1;
	seq = strtol(name + 3, &end, 10);
	return *end == '\0' ? comp_index(p, seq) : -1;
}

static int
on_begin(void *arg, const struct mp_part *part)
{
	struct post	*ps = arg;
	struct req	*r = ps->r;
	struct db_arg	 a[3];
	struct db_res	*res;
	int		 k;

	ps->nfield = 0;
	ps->fidx = -1;
	if (part->index == 0 && strcmp(part->name, "csrf") != 0)
		return hard(ps, 403, "Biểu mẫu đã hết hạn hoặc không hợp lệ. "
		    "Xin mở lại trang nộp hồ sơ và gửi lại.");
	if (part->filename == NULL)
		return 0;
	if (!ps->csrf_ok)
		return hard(ps, 403, "Biểu mẫu không hợp lệ.");
	if ((k = file_part(ps->p, part->name)) < 0)
		return hard(ps, 400, "Biểu mẫu có phần không hợp lệ.");
	if (part->filename[0] == '\0')
		return 0;	/* no file chosen */
	ps->fidx = k;
	ps->bad = 0;
	ps->seq = 0;
	ps->nchunk = 0;
	upload_init(&ps->up);
	if (++ps->nfiles > lim_files()) {
		ps->toobig = 1;
		ps->refused = 1;
		ps->bad = 1;
		ps->f->cerr[k] = pool_printf(&r->pool, "Một hồ sơ có tối đa "
		    "%ld tệp.", lim_files());
		return 0;
	}
	a[0] = DB_INT(ps->f->dossier_id);
	a[1] = DB_INT(db_int(ps->p->comps, k, CO_SEQ, 0));
	a[2] = DB_STR(upload_filename(&r->pool, part->filename, "tep"));
	if ((res = db_run(r->db, &r->pool, STMT_SUB_FILE_NEW, a, 3)) == NULL)
		return hard(ps, 503, NULL);
	ps->file_id = res->insert_id;
	return 0;
}

/* Stores the chunk held, if any. */
static int
flush_chunk(struct post *ps)
{
	struct db_arg	a[3];

	if (ps->nchunk == 0 || ps->bad)
		return 0;
	a[0] = DB_INT(ps->file_id);
	a[1] = DB_INT(ps->seq);
	a[2] = DB_BLOB(ps->chunk, ps->nchunk);
	if (db_run(ps->r->db, &ps->r->pool, STMT_SUB_CHUNK_PUT, a, 3) == NULL)
		return hard(ps, 503, NULL);
	ps->seq++;
	ps->nchunk = 0;
	return 0;
}

static void
refuse_file(struct post *ps, const char *msg, int toobig)
{
	if (ps->bad)
		return;
	ps->bad = 1;
	ps->refused = 1;
	ps->toobig |= toobig;
	ps->f->cerr[ps->fidx] = msg;
}

static int
on_data(void *arg, const struct mp_part *part, const char *s, size_t n)
{
	struct post	*ps = arg;
	size_t		 take;

	if (part->filename == NULL) {
		if (ps->nfield + n > FIELD_MAX)
			return hard(ps, 400, "Một ô của biểu mẫu quá dài.");
		memcpy(ps->field + ps->nfield, s, n);
		ps->nfield += n;
		return 0;
	}
	if (ps->fidx < 0 || ps->bad)
		return 0;
	upload_add(&ps->up, s, n);
	ps->bytes += n;
	if (ps->up.nhead == UPLOAD_SNIFF && ps->up.size - n < UPLOAD_SNIFF &&
	    upload_sniff(ps->up.head, ps->up.nhead) == UPLOAD_NONE)
		refuse_file(ps, "Tệp không phải PDF, JPEG hoặc PNG (kiểm tra "
		    "theo nội dung tệp, không theo tên tệp).", 0);
	else if (ps->up.size > lim_file())
		refuse_file(ps, pool_printf(&ps->r->pool, "Tệp lớn hơn %lld "
		    "MB: xin quét với độ phân giải thấp hơn hoặc chia nhỏ.",
		    lim_file() >> 20), 1);
	else if (ps->bytes > lim_total()) {
		refuse_file(ps, pool_printf(&ps->r->pool, "Tổng dung lượng "
		    "tệp của hồ sơ vượt quá %lld MB.", lim_total() >> 20), 1);
	}
	while (n > 0 && !ps->bad) {
		take = CHUNK - ps->nchunk < n ? CHUNK - ps->nchunk : n;
		memcpy(ps->chunk + ps->nchunk, s, take);
		ps->nchunk += take;
		s += take;
		n -= take;
		if (ps->nchunk == CHUNK && flush_chunk(ps) == -1)
			return -1;
	}
	return 0;
}

/* A text part's value: valid UTF-8 in NFC, with the C0 controls but TAB
 * and LF dropped and CR LF turned into LF (req_validate, text_nfc); a
 * line end in a one-line field (multi = 0) is refused (NULL), and a
 * one-line value is trimmed. */
static const char *
text_value(struct post *ps, int multi)
{
	struct req	*r = ps->r;
	const char	*v;
	char		*o, *w;

	ps->field[ps->nfield] = '\0';
	v = req_validate(&r->pool, &(struct req_field){ "", VALID_TEXT,
	    FIELD_MAX, NULL }, ps->field, ps->nfield, &(long long){ 0 });
	if (v == NULL || (!multi && strchr(v, '\n') != NULL))
		return NULL;
	if (multi)
		return v;
	o = pool_strdup(&r->pool, v);
	w = o + strlen(o);
	while (w > o && (w[-1] == ' ' || w[-1] == '\t'))
		*--w = '\0';
	while (*o == ' ' || *o == '\t')
		o++;
	return o;
}

static int
end_field(struct post *ps, const struct mp_part *part)
{
	struct req	*r = ps->r;
	struct form	*f = ps->f;
	const char	*name = part->name, *v, *type;
	char		*end;
	unsigned long	 id;
	int		 k = -1;

	if (strncmp(name, "f_", 2) == 0 &&
	    (k = ffield_index(ps->p, name + 2)) < 0)
		return hard(ps, 400, "Biểu mẫu có ô không hợp lệ.");
	type = k >= 0 ? db_str(ps->p->ffields, k, FF_TYPE) : "";
	if ((v = text_value(ps, strcmp(type, "textarea") == 0 ||
	    strcmp(name, "dia_chi") == 0)) == NULL)
		return hard(ps, 400, "Dữ liệu gửi lên không hợp lệ (mã UTF-8 "
		    "hỏng hoặc ký tự điều khiển).");
	if (strcmp(name, "csrf") == 0) {
		if (part->index != 0 || !auth_csrf_ok(r, v))
			return hard(ps, 403, "Biểu mẫu đã hết hạn hoặc không "
			    "hợp lệ. Xin mở lại trang nộp hồ sơ và gửi lại.");
		ps->csrf_ok = 1;
		return 0;
	}
	if (!ps->csrf_ok)
		return hard(ps, 403, "Biểu mẫu không hợp lệ.");
	if (k >= 0)
		f->val[k] = v;
	else if (strcmp(name, "co_quan") == 0)
		f->agency_id = strtoul(v, &end, 10) * (*end == '\0');
	else if (strcmp(name, "thanh_toan") == 0)
		f->payment = v;
	else if (strcmp(name, "nhan_ket_qua") == 0)
		f->delivery = v;
	else if (strcmp(name, "dia_chi") == 0)
		f->address = v;
	else if (strcmp(name, "hanh_dong") == 0)
		f->action = v;
	else if (strcmp(name, "xoa_tep") == 0) {
		id = strtoul(v, &end, 10);
		if (*end != '\0' || id == 0 || ps->ndel == DEL_MAX)
			return hard(ps, 400, "Biểu mẫu có ô không hợp lệ.");
		ps->del[ps->ndel++] = id;
	} else
		return hard(ps, 400, "Biểu mẫu có ô không hợp lệ.");
	return 0;
}

static int
on_end(void *arg, const struct mp_part *part)
{
	struct post	*ps = arg;
	struct db_arg	 a[4];

	if (part->filename == NULL)
		return end_field(ps, part);
	if (ps->fidx < 0)
		return 0;
	if (upload_finish(&ps->up) == UPLOAD_NONE)
		refuse_file(ps, ps->up.size == 0 ? "Tệp rỗng." :
		    "Tệp không phải PDF, JPEG hoặc PNG (kiểm tra theo nội dung "
		    "tệp, không theo tên tệp).", 0);
	if (ps->bad || flush_chunk(ps) == -1)
		return ps->status != 0 ? -1 : 0;
	a[0] = DB_STR(upload_mime(ps->up.type));
	a[1] = DB_INT(ps->up.size);
	a[2] = DB_STR(ps->up.hex);
	a[3] = DB_INT(ps->file_id);
	if (db_run(ps->r->db, &ps->r->pool, STMT_SUB_FILE_DONE, a, 4) == NULL)
		return hard(ps, 503, NULL);
	return 0;
}

/* Reads and parses the whole body.  0, or -1 with ps->status set. */
static int
read_body(struct post *ps)
{
	static const struct mp_callbacks cb = { on_begin, on_data, on_end };
	struct req	*r = ps->r;
	struct mp	 mp;
	struct mp_limits lim;
	enum mp_err	 e;
	char		*buf;
	int		 n;

	memset(&lim, 0, sizeof(lim));
	lim.parts_max = (size_t)lim_files() + ps->p->ffields->nrows +
	    DEL_MAX + 16;
	lim.field_max = FIELD_MAX;
	lim.file_max = body_max();
	lim.total_max = body_max();
	if (mp_init(&mp, &r->pool, app_param(r, "CONTENT_TYPE", ""), &lim,
	    &cb, ps) != MP_OK)
		return hard(ps, 400, "Biểu mẫu phải được gửi dạng "
		    "multipart/form-data.");
	buf = pool_alloc(&r->pool, READ_SIZE);
	e = MP_OK;
	while (e == MP_OK && (n = FCGX_GetStr(buf, READ_SIZE, r->fcgi->in)) > 0)
		e = mp_feed(&mp, buf, (size_t)n);
	if (e == MP_OK)
		e = mp_finish(&mp);
	if (e == MP_OK)
		return ps->status != 0 ? -1 : 0;
	if (ps->status != 0)
		return -1;
	log_warn("submit: body refused: %s", mp_strerror(e));
	if (mp_status(e) == 413)
		return hard(ps, 413, too_big(r));
	return hard(ps, 400, "Biểu mẫu gửi lên không đầy đủ hoặc không hợp "
	    "lệ; không có gì được lưu. Xin gửi lại.");
}

/* 1 when agency id receives procedure p. */
static int
agency_ok(const struct proc *p, unsigned long id)
{
	size_t	i;

	for (i = 0; i < p->agencies->nrows; i++)
		if ((unsigned long)db_int(p->agencies, i, 0, 0) == id)
			return 1;
	return 0;
}

/* The dossier this POST is about, locked, or a new draft.  0, or an
 * HTTP status (404, 503) with nothing rendered yet. */
static int
target(struct req *r, const struct proc *p, struct form *f)
{
	struct db_arg	 a[4];
	struct db_res	*d;

	if (r->q.val[F_NHAP] != NULL || r->q.val[F_BOSUNG] != NULL) {
		a[0] = DB_INT(r->user->id);
		a[1] = DB_STR(p->code);
		a[2] = DB_INT(r->q.val[F_NHAP] != NULL ? r->q.num[F_NHAP] : 0);
		a[3] = DB_STR(r->q.val[F_BOSUNG] != NULL ?
		    r->q.val[F_BOSUNG] : "");
		if ((d = db_run(r->db, &r->pool, STMT_SUB_DOSSIER_LOCK, a,
		    4)) == NULL)
			return 503;
		if (d->nrows != 1)
			return 404;
		f->dossier_id = (unsigned long)db_int(d, 0, 0, 0);
		f->mode = db_int(d, 0, 2, 0) == 5 ? MODE_SUPPLEMENT :
		    MODE_DRAFT;
		f->code = db_str(d, 0, 1);
		f->agency_id = (unsigned long)db_int(d, 0, 3, 0);
		return 0;
	}
	a[0] = DB_INT(r->user->id);
	if ((d = db_run(r->db, &r->pool, STMT_SUB_DRAFT_COUNT, a, 1)) == NULL)
		return 503;
	if (db_int(d, 0, 0, 0) >= lim_drafts())
		return 429;
	/* A new dossier needs an agency now (a foreign key); the form's
	 * choice replaces it before anything is committed. */
	if (f->agency_id == 0 && p->agencies->nrows > 0)
		f->agency_id = (unsigned long)db_int(p->agencies, 0, 0, 0);
	if (!agency_ok(p, f->agency_id))
		return 409;
	a[0] = DB_INT(p->id);
	a[1] = DB_INT(f->agency_id);
	a[2] = DB_INT(r->user->id);
	if ((d = db_run(r->db, &r->pool, STMT_SUB_DRAFT_NEW, a, 3)) == NULL)
		return 503;
	f->dossier_id = (unsigned long)d->insert_id;
	f->mode = MODE_DRAFT;
	return 0;
}

/* Stores the form into the dossier (row, fields); fresh when the row was
 * made by this request (no fields to clear).  0 or -1. */
static int
save(struct req *r, const struct proc *p, struct form *f, int fresh)
{
	static const char *const ways[] = { "desk", "post", "online" };
	struct db_arg	 a[7];
	size_t		 i;
	const char	*pay = "desk", *del = "desk";

	for (i = 0; i < 3; i++) {
		if (f->payment != NULL && strcmp(f->payment, ways[i]) == 0)
			pay = ways[i];
		if (f->delivery != NULL && strcmp(f->delivery, ways[i]) == 0)
			del = ways[i];
	}
	a[0] = DB_INT(p->id);
	a[1] = DB_INT(f->agency_id);
	a[2] = DB_STR(pay);
	a[3] = DB_STR(del);
	a[4] = DB_STR(f->e_address == NULL ? f->address : "");
	a[5] = DB_INT(f->dossier_id);
	a[6] = DB_INT(r->user->id);
	if (db_run(r->db, &r->pool, STMT_SUB_DOSSIER_SAVE, a, 7) == NULL)
		return -1;
	a[0] = DB_INT(f->dossier_id);
	if (!fresh && db_run(r->db, &r->pool, STMT_SUB_DFIELD_CLEAR, a,
	    1) == NULL)
		return -1;
	for (i = 0; i < p->ffields->nrows; i++) {
		if (f->val[i] == NULL || *f->val[i] == '\0')
			continue;
		a[1] = DB_STR(db_str(p->ffields, i, FF_NAME));
		a[2] = DB_STR(f->val[i]);
		if (db_run(r->db, &r->pool, STMT_SUB_DFIELD_PUT, a, 3) == NULL)
			return -1;
	}
	return 0;
}

/* The name and code of the form's agency (checked by form_check). */
static void
agency_of(const struct proc *p, unsigned long id, const char **code,
    const char **name)
{
	size_t	i;

	*code = *name = "";
	for (i = 0; i < p->agencies->nrows; i++)
		if ((unsigned long)db_int(p->agencies, i, 0, 0) == id) {
			*code = db_str(p->agencies, i, 1);
			*name = db_str(p->agencies, i, 2);
		}
}

/* "dd/mm/yyyy HH:MM" of a "YYYY-MM-DD HH:MM:SS" time. */
static const char *
vn_time(struct req *r, const char *iso)
{
	int	y, m, d, hh, mm;

	if (iso == NULL || sscanf(iso, "%d-%d-%d %d:%d", &y, &m, &d, &hh,
	    &mm) != 5)
		return "chưa xác định";
	return pool_printf(&r->pool, "%02d:%02d ngày %02d/%02d/%04d", hh, mm,
	    d, m, y);
}

/* The e-mail of a submission, queued in the open transaction.  0 or
 * -1. */
static int
notify(struct req *r, const struct proc *p, const struct form *f,
    const char *code, const char *due, int again)
{
	const char	*acode, *aname;
	struct cal_date	 d;
	int		 minute, dated = due != NULL && *due != '\0';

	agency_of(p, f->agency_id, &acode, &aname);
	cal_time_split(cal_from_unix(time(NULL)), &d, &minute);
	return owner_mail(r, code, pool_printf(&r->pool, "%s %s", again ?
	    "Đã nhận hồ sơ bổ sung" : "Đã nhận hồ sơ", code),
	    pool_printf(&r->pool,
	    "%s đã nhận %s của bạn.\n\n"
	    "Mã hồ sơ: %s\n"
	    "Thủ tục: %s\n"
	    "Cơ quan tiếp nhận: %s\n"
	    "Thời điểm nộp: %02d:%02d ngày %02d/%02d/%04d\n"
	    "%s%s%s"
	    "\nHồ sơ sẽ được Bộ phận Một cửa kiểm tra và tiếp nhận; bạn sẽ "
	    "nhận thư khi có kết quả kiểm tra.\n",
	    cfg_get("site.name", "Cổng Dịch vụ công"),
	    again ? "hồ sơ bổ sung" : "hồ sơ trực tuyến", code, p->name,
	    aname, minute / 60, minute % 60, d.day, d.month, d.year,
	    dated ? "Ngày hẹn trả kết quả (dự kiến): " : "",
	    dated ? vn_time(r, due) : "", dated ? "\n" : ""));
}

static int
history(struct req *r, unsigned long id, int from, int to, const char *act)
{
	struct db_arg	a[6] = { DB_INT(id), DB_INT(r->user->id),
		DB_INT(from), DB_INT(to), DB_STR(act), DB_STR("") };

	return db_run(r->db, &r->pool, STMT_SUB_HISTORY, a, 6) == NULL ? -1 : 0;
}

/* Submits the draft or the supplement in the open transaction and
 * commits.  Returns the code (pool), or NULL when nothing was stored. */
static const char *
submit(struct req *r, const struct proc *p, struct form *f)
{
	struct db_arg	 a[4];
	struct db_res	*res;
	const char	*code, *acode, *aname;
	char		 due[32];

	if (f->mode == MODE_SUPPLEMENT) {
		a[0] = DB_INT(f->dossier_id);
		a[1] = DB_INT(r->user->id);
		if ((res = db_run(r->db, &r->pool, STMT_SUB_RESUBMIT, a,
		    2)) == NULL || res->affected != 1 ||
		    history(r, f->dossier_id, 5, 1, "resubmit") == -1 ||
		    notify(r, p, f, f->code, NULL, 1) == -1 ||
		    db_commit(r->db) == -1)
			return NULL;
		return f->code;
	}
	agency_of(p, f->agency_id, &acode, &aname);
	if (dossier_due(r->db, &r->pool, time(NULL), p->days, p->unit,
	    due) == -1)
		return NULL;
	/* The code last: its counter row stays locked until the commit. */
	if ((code = dossier_code_next(r->db, &r->pool, f->agency_id,
	    acode)) == NULL)
		return NULL;
	a[0] = DB_STR(code);
	a[1] = due[0] != '\0' ? DB_STR(due) : DB_NULL;
	a[2] = DB_INT(f->dossier_id);
	a[3] = DB_INT(r->user->id);
	if ((res = db_run(r->db, &r->pool, STMT_SUB_SUBMIT, a, 4)) == NULL ||
	    res->affected != 1 ||
	    history(r, f->dossier_id, 0, 1, "submit") == -1 ||
	    notify(r, p, f, code, due, 0) == -1 ||
	    db_commit(r->db) == -1)
		return NULL;
	return code;
}

/* The dossier's files as the form shows them (after a commit or a
 * rollback: what is stored). */
static struct db_res *
files_of(struct req *r, unsigned long id)
{
	struct db_arg	a = DB_INT(id);

	return db_run(r->db, &r->pool, STMT_SUB_DFILES, &a, 1);
}

/* Rolls back and shows the form again with what was typed. */
static int
again(struct req *r, const struct proc *p, struct form *f, int status,
    unsigned long kept_id, enum mode kept_mode, const char *alert)
{
	struct db_res	*files = NULL;

	db_rollback(r->db);
	f->dossier_id = kept_id;
	f->mode = kept_mode;
	f->alert = alert;
	if (kept_id != 0 && (files = files_of(r, kept_id)) == NULL)
		return busy(r);
	return form_render(r, p, f, files, status);
}

int
page_post(struct req *r)
{
	struct proc	 p;
	struct form	 f;
	struct post	 ps;
	struct db_res	*files, *tot;
	struct db_arg	 a[2];
	unsigned long	 kept_id, agency0, posted;
	enum mode	 kept_mode;
	const char	*code;
	long long	 clen;
	size_t		 i;
	int		 st, submitting;

	if (!logged_in(r, &st))
		return st;
	if ((st = proc_load(r, r->arg[0], &p)) != 0)
		return st;
	clen = atoll(app_param(r, "CONTENT_LENGTH", "0"));
	if (clen < 0 || (unsigned long long)clen > body_max())
		return app_error(r, 413, too_big(r));
	form_new(r, &p, &f);
	f.action = NULL;
	if (db_begin(r->db) == -1)
		return busy(r);
	switch (target(r, &p, &f)) {
	case 0:
		break;
	case 404:
		db_rollback(r->db);
		return not_found(r, "Không tìm thấy hồ sơ nháp hoặc hồ sơ cần "
		    "bổ sung này trong tài khoản của bạn.");
	case 429:
		db_rollback(r->db);
		f.alert = pool_printf(&r->pool, "Bạn đang có %ld hồ sơ nháp chưa "
		    "nộp, số tối đa cho một tài khoản; hồ sơ này chưa được lưu. "
		    "Xin nộp hoặc xoá bớt các hồ sơ nháp (danh sách ở trang Tài "
		    "khoản của tôi) rồi gửi lại.", lim_drafts());
		return form_render(r, &p, &f, NULL, 429);
	case 409:
		db_rollback(r->db);
		f.e_agency = "Thủ tục chưa có cơ quan tiếp nhận trực tuyến; xin "
		    "liên hệ Bộ phận Một cửa.";
		return form_render(r, &p, &f, NULL, 409);
	default:
		db_rollback(r->db);
		return busy(r);
	}
	agency0 = f.agency_id;
	/* What the form shows if this request is rolled back. */
	kept_id = r->q.val[F_NHAP] != NULL || r->q.val[F_BOSUNG] != NULL ?
	    f.dossier_id : 0;
	kept_mode = kept_id != 0 ? f.mode : MODE_NEW;
	memset(&ps, 0, sizeof(ps));
	ps.r = r;
	ps.p = &p;
	ps.f = &f;
	ps.fidx = -1;
	ps.field = pool_alloc(&r->pool, FIELD_MAX + 1);
	ps.chunk = pool_alloc(&r->pool, CHUNK);
	if (read_body(&ps) == -1) {
		db_rollback(r->db);
		if (ps.status == 503 || ps.msg == NULL)
			return busy(r);
		if (ps.status == 413 && ps.csrf_ok)
			return again(r, &p, &f, 413, kept_id, kept_mode, ps.msg);
		return app_error(r, ps.status, ps.msg);
	}
	if (!ps.csrf_ok) {
		db_rollback(r->db);
		return app_error(r, 403, "Biểu mẫu đã hết hạn hoặc không hợp "
		    "lệ. Xin mở lại trang nộp hồ sơ và gửi lại.");
	}
	/* A supplement keeps its agency: its code names it. */
	if (f.mode == MODE_SUPPLEMENT)
		f.agency_id = agency0;
	if (ps.refused)
		return again(r, &p, &f, ps.toobig ? 413 : 422, kept_id,
		    kept_mode, "Có tệp không được chấp nhận (xem bên dưới); hồ "
		    "sơ chưa được lưu. Những gì bạn đã nhập vẫn còn đây; xin "
		    "chọn lại các tệp rồi gửi lại.");
	if (f.action != NULL && strcmp(f.action, "xoa") == 0) {
		/* Deleting the draft: nothing else of the form counts. */
		if (f.mode != MODE_DRAFT || kept_id == 0) {
			db_rollback(r->db);
			return app_redirect(r, pool_printf(&r->pool,
			    "/nop-ho-so/%s", p.code));
		}
		a[0] = DB_INT(f.dossier_id);
		a[1] = DB_INT(r->user->id);
		if (db_run(r->db, &r->pool, STMT_SUB_DRAFT_DEL, a, 2) == NULL ||
		    db_commit(r->db) == -1)
			goto fail;
		return app_redirect(r, pool_printf(&r->pool,
		    "/nop-ho-so/%s?da-xoa=1", p.code));
	}
	for (i = 0; i < ps.ndel; i++) {
		a[0] = DB_INT(ps.del[i]);
		a[1] = DB_INT(f.dossier_id);
		if (db_run(r->db, &r->pool, STMT_SUB_FILE_DEL, a, 2) == NULL)
			goto fail;
	}
	a[0] = DB_INT(f.dossier_id);
	if ((tot = db_run(r->db, &r->pool, STMT_SUB_FILE_TOTALS, a, 1)) ==
	    NULL)
		goto fail;
	if (db_int(tot, 0, 0, 0) > lim_files() ||
	    (unsigned long long)db_int(tot, 0, 1, 0) > lim_total())
		return again(r, &p, &f, 413, kept_id, kept_mode, pool_printf(
		    &r->pool, "Hồ sơ có quá nhiều tệp hoặc quá lớn (tối đa %ld "
		    "tệp, tổng %lld MB); chưa được lưu. Xin bỏ bớt tệp rồi gửi "
		    "lại.", lim_files(), lim_total() >> 20));
	if ((files = files_of(r, f.dossier_id)) == NULL)
		goto fail;
	submitting = f.action != NULL && strcmp(f.action, "nop") == 0;
	if (f.mode == MODE_SUPPLEMENT && !submitting)
		return again(r, &p, &f, 422, kept_id, kept_mode, "Hồ sơ bổ "
		    "sung không lưu nháp được: xin hoàn thiện rồi bấm “Nộp "
		    "bổ sung”. Chưa có gì thay đổi.");
	form_check(r, &p, &f, submitting, files);
	/* A draft keeps the agency it had when the form names one that
	 * does not receive this procedure (form_check flagged it); the
	 * form shows what was chosen. */
	posted = f.agency_id;
	if (!agency_ok(&p, f.agency_id))
		f.agency_id = agency0;
	st = save(r, &p, &f, kept_id == 0);
	f.agency_id = posted;
	if (st == -1)
		goto fail;
	if (!submitting) {
		if (db_commit(r->db) == -1)
			goto fail;
		return app_redirect(r, pool_printf(&r->pool,
		    "/nop-ho-so/%s?nhap=%lu&da-luu=1", p.code, f.dossier_id));
	}
	if (f.nerr > 0) {
		if (f.mode == MODE_SUPPLEMENT)
			return again(r, &p, &f, 422, kept_id, kept_mode,
			    "Hồ sơ bổ sung chưa được nộp: xin sửa các mục "
			    "được đánh dấu bên dưới (các tệp vừa chọn cần chọn "
			    "lại). Chưa có gì thay đổi.");
		if (db_commit(r->db) == -1)
			goto fail;
		f.alert = "Hồ sơ chưa được nộp: xin sửa các mục được đánh dấu "
		    "bên dưới. Những gì bạn đã nhập và các tệp hợp lệ đã được "
		    "lưu nháp.";
		return form_render(r, &p, &f, files, 422);
	}
	if ((code = submit(r, &p, &f)) == NULL)
		goto fail;
	log_info("submit: dossier %s %s by account %lu", code,
	    f.mode == MODE_SUPPLEMENT ? "resubmitted" : "submitted",
	    r->user->id);
	return app_redirect(r, pool_printf(&r->pool, "/nop-ho-so/bien-nhan/%s",
	    code));
fail:
	db_rollback(r->db);
	return busy(r);
}
