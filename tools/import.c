/*
 * dvc-import: loads procedures in the national database format (one JSON
 * object per line, gzip or plain) into the catalogue (SPEC §2).
 *
 *	dvc-import [-nv] [-c conf] [-r report] FILE
 *
 * Every string is normalised to NFC on the way in.  A record is keyed by
 * its national code and carries the SHA-256 of what it was derived from
 * (IMPORT_VERSION, the record as canonical JSON, the agencies and form
 * files it resolved to), so a second run over the same file writes
 * nothing.  A record whose hash changed is rewritten in place with its
 * channels, components, forms and agencies; a new code is inserted as a
 * published, current version.  Each record is its own transaction.
 *
 * Exit status: 0 when the file was read (some records may be only
 * partly parsed), 1 when a record was rejected, 2 on a usage, I/O or
 * database error.
 */
#include <sys/stat.h>

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include <json-c/json.h>	/* not the project's json.h */
#include <zlib.h>

#include "cfg.h"
#include "db.h"
#include "import_parse.h"
#include "log.h"
#include "pool.h"
#include "sha256.h"
#include "text.h"

/* Bump when the derivation changes: every record is then rewritten. */
#define IMPORT_VERSION	"dichvucong-import/2"
#define LINE_MAX_BYTES	(64u * 1024 * 1024)
#define MAX_CHANNELS	32
#define MAX_COMPONENTS	400
#define MAX_FORMS	64
#define MAX_AGENCIES	16
#define SHOW_CODES	5	/* codes shown per field on stdout */
#define TEXT_BYTES	65535	/* a TEXT column */

/* The fields a record can be only partly parsed in, for the report. */
enum part {
	P_TIME, P_FEE, P_COMPONENTS, P_CHANNELS, P_LEVEL, P_AGENCY,
	P_FORMS, P__COUNT
};

static const char *const part_names[P__COUNT] = {
	"thời gian giải quyết", "phí, lệ phí", "thành phần hồ sơ",
	"cách thức thực hiện", "cấp thực hiện", "mã cơ quan", "biểu mẫu"
};

struct list {
	char	**v;		/* malloc'd strings */
	size_t	  n, cap;
};

struct stats {
	size_t		read, loaded, updated, unchanged, rejected, failed;
	size_t		kept, partial, time_table, time_text;
	struct list	part[P__COUNT];	/* "code\treason" */
	struct list	rejects;	/* "dòng N: reason" */
	struct list	seen;		/* codes of this run, sorted */
};

struct form {
	const char	*name, *file, *mime;
	long long	 size;
	long long	 id;		/* form_template.id once stored */
};

/* One record: the texts as read (NFC), then what is derived from them. */
struct rec {
	const char	*code, *name, *field, *level_text, *agency_text;
	const char	*subjects, *steps, *channels_text, *components_text;
	const char	*legal_raw, *requirements, *result_raw, *place_hours;
	const char	*decision_no, *nguon, *online_guide, *status;
	const char	*in_use_from;	/* NULL when not given */
	const char	*agency_codes[MAX_AGENCIES];
	size_t		 nagency_codes;
	int		 muc_do, hinh_thuc;	/* -1 when not given */
	struct form	 forms[MAX_FORMS];
	size_t		 nforms, nbieu_mau;

	unsigned	 level_mask;
	struct channel	 ch[MAX_CHANNELS];
	size_t		 nch;
	struct component comp[MAX_COMPONENTS];
	size_t		 ncomp;
	int		 comp_complete;
	double		 days;
	enum unit	 unit;
	enum time_src	 tsrc;
	const char	*ptext, *fee_text, *legal, *result, *search_text;
	long long	 fee;
	int		 online_level, online_class;
	long long	 field_id, agency_ids[MAX_AGENCIES];
	size_t		 nagency;
	char		 hash[SHA256_HEX];
	unsigned	 partial;	/* bits of enum part */
	const char	*why[P__COUNT];
};

/* The string fields of the national format and where they go. */
static const struct {
	const char	*key;
	size_t		 off;
} rec_keys[] = {
	{ "ma_thu_tuc", offsetof(struct rec, code) },
	{ "ten_thu_tuc", offsetof(struct rec, name) },
	{ "linh_vuc", offsetof(struct rec, field) },
	{ "cap_thuc_hien", offsetof(struct rec, level_text) },
	{ "co_quan_thuc_hien", offsetof(struct rec, agency_text) },
	{ "doi_tuong_thuc_hien", offsetof(struct rec, subjects) },
	{ "trinh_tu_thuc_hien", offsetof(struct rec, steps) },
	{ "cach_thuc_thuc_hien", offsetof(struct rec, channels_text) },
	{ "thanh_phan_ho_so", offsetof(struct rec, components_text) },
	{ "can_cu_phap_ly", offsetof(struct rec, legal_raw) },
	{ "yeu_cau_dieu_kien", offsetof(struct rec, requirements) },
	{ "ket_qua_xu_ly", offsetof(struct rec, result_raw) },
	{ "dia_chi_tiep_nhan", offsetof(struct rec, place_hours) },
	{ "so_quyet_dinh", offsetof(struct rec, decision_no) },
	{ "nguon", offsetof(struct rec, nguon) },
	{ "huong_dan_truc_tuyen", offsetof(struct rec, online_guide) },
	{ "trang_thai", offsetof(struct rec, status) },
	{ "ngay_hieu_luc", offsetof(struct rec, in_use_from) },
};

struct opts {
	const char	*conf, *report, *file;
	int		 dry, verbose;
};

/* ---- small helpers ------------------------------------------------------ */

static void
list_add(struct list *l, const char *s)
{
	if (l->n == l->cap) {
		l->cap = l->cap == 0 ? 64 : l->cap * 2;
		if ((l->v = realloc(l->v, l->cap * sizeof(*l->v))) == NULL)
			abort();
	}
	if ((l->v[l->n++] = strdup(s)) == NULL)
		abort();
}

static void
list_free(struct list *l)
{
	size_t	i;

	for (i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	memset(l, 0, sizeof(*l));
}

/* Adds code to the sorted list of codes seen; 0 if it was already there. */
static int
seen_add(struct list *l, const char *code)
{
	size_t	 lo = 0, hi = l->n, mid;
	char	*s;
	int	 c;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if ((c = strcmp(l->v[mid], code)) == 0)
			return 0;
		if (c < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	list_add(l, code);
	s = l->v[l->n - 1];
	memmove(&l->v[lo + 1], &l->v[lo], (l->n - 1 - lo) * sizeof(*l->v));
	l->v[lo] = s;
	return 1;
}

/* Marks field part of r as not fully parsed, with a short reason. */
static void
rec_partial(struct pool *pl, struct rec *r, enum part part, const char *why)
{
	r->partial |= 1u << part;
	r->why[part] = parse_clip(pl, why, 80);
}

static double
now(void)
{
	struct timespec	ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + ts.tv_nsec / 1e9;
}

/* ---- reading a record ------------------------------------------------- */

/* The NFC text of key in o: "" when absent, null, an array or an object
 * (numbers and booleans as JSON writes them); NULL when not UTF-8. */
static const char *
jstr(struct pool *pl, json_object *o, const char *key)
{
	json_object	*v;

	if (!json_object_object_get_ex(o, key, &v) || v == NULL ||
	    json_object_is_type(v, json_type_array) ||
	    json_object_is_type(v, json_type_object))
		return "";
	return text_nfc(pl, json_object_get_string(v));
}

/* Reads the string fields of o into r.  Returns NULL, or why the record
 * is rejected (in pl). */
static const char *
rec_read(struct pool *pl, json_object *o, struct rec *r)
{
	const char	*s;
	size_t		 i;

	for (i = 0; i < sizeof(rec_keys) / sizeof(rec_keys[0]); i++) {
		if ((s = jstr(pl, o, rec_keys[i].key)) == NULL)
			return pool_printf(pl, "trường %s không phải UTF-8 "
			    "hợp lệ", rec_keys[i].key);
		*(const char **)(void *)((char *)r + rec_keys[i].off) = s;
	}
	if (*r->code == '\0')
		return "thiếu ma_thu_tuc";
	if (!parse_code_valid(r->code))
		return pool_printf(pl, "ma_thu_tuc '%s' không hợp lệ "
		    "(1–32 ký tự 0-9 A-Z a-z . -)",
		    parse_clip(pl, r->code, 40));
	/* A few published names start with stray punctuation (". Đăng
	 * ký thuế …"): drop it so the name sorts and reads right. */
	while (*r->name == '.' || *r->name == ' ' || *r->name == '-' ||
	    *r->name == ',')
		r->name++;
	if (parse_is_empty(r->name))
		return "thiếu ten_thu_tuc";
	if (*r->in_use_from == '\0')
		r->in_use_from = NULL;
	return NULL;
}

/* 1 if s is a real date written YYYY-MM-DD. */
static int
date_valid(const char *s)
{
	int	y, m, d, n = 0;
	static const int mdays[] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31,
	    30, 31 };

	if (strlen(s) != 10 ||
	    sscanf(s, "%4d-%2d-%2d%n", &y, &m, &d, &n) != 3 || n != 10 ||
	    y < 1945 || y > 2100 || m < 1 || m > 12 || d < 1 ||
	    d > mdays[m - 1])
		return 0;
	return m != 2 || d < 29 || (y % 4 == 0 && (y % 100 != 0 ||
	    y % 400 == 0));
}

/* 1 if name is a plain file name under htdocs/bieu-mau/. */
static int
file_name_valid(const char *name)
{
	const char	*p;

	if (*name == '\0' || *name == '.' || strlen(name) > 200)
		return 0;
	for (p = name; *p != '\0'; p++)
		if (*p == '/' || *p == '\\' || (unsigned char)*p < 0x20)
			return 0;
	return 1;
}

/* Reads the demo extension "ma_co_quan" (an array of agency codes, or
 * one code). */
static const char *
ext_agencies(struct pool *pl, json_object *o, struct rec *r)
{
	json_object	*v, *e;
	const char	*s;
	size_t		 i, n;

	if (!json_object_object_get_ex(o, "ma_co_quan", &v) || v == NULL)
		return NULL;
	n = json_object_is_type(v, json_type_array) ?
	    json_object_array_length(v) : 1;
	for (i = 0; i < n && r->nagency_codes < MAX_AGENCIES; i++) {
		e = json_object_is_type(v, json_type_array) ?
		    json_object_array_get_idx(v, i) : v;
		s = e != NULL ? text_nfc(pl, json_object_get_string(e)) : NULL;
		if (s == NULL || !parse_code_valid(s))
			return "ma_co_quan: mã cơ quan không hợp lệ";
		r->agency_codes[r->nagency_codes++] = s;
	}
	return NULL;
}

/* Reads one entry {"ten", "tep", "mime"} of "bieu_mau" into r->forms. */
static const char *
ext_form(struct pool *pl, json_object *e, struct rec *r)
{
	struct form	*f;
	const char	*ten, *tep, *mime;

	if (e == NULL || !json_object_is_type(e, json_type_object))
		return "bieu_mau: mỗi phần tử phải là một đối tượng";
	ten = jstr(pl, e, "ten");
	tep = jstr(pl, e, "tep");
	mime = jstr(pl, e, "mime");
	if (ten == NULL || tep == NULL || mime == NULL)
		return "bieu_mau: không phải UTF-8 hợp lệ";
	if (!file_name_valid(tep))
		return pool_printf(pl, "bieu_mau: tên tệp '%s' không hợp lệ",
		    parse_clip(pl, tep, 60));
	f = &r->forms[r->nforms++];
	f->name = *ten != '\0' ? ten : tep;
	f->file = tep;
	f->mime = *mime != '\0' ? mime : parse_mime(tep);
	return NULL;
}

static const char *
ext_forms(struct pool *pl, json_object *o, struct rec *r)
{
	json_object	*v;
	const char	*err;
	size_t		 i, n;

	if (!json_object_object_get_ex(o, "bieu_mau", &v) || v == NULL)
		return NULL;
	if (!json_object_is_type(v, json_type_array))
		return "bieu_mau phải là một mảng";
	n = json_object_array_length(v);
	for (i = 0; i < n && r->nforms < MAX_FORMS / 2; i++)
		if ((err = ext_form(pl, json_object_array_get_idx(v, i),
		    r)) != NULL)
			return err;
	r->nbieu_mau = r->nforms;
	return NULL;
}

/* Reads the demo extensions (all optional) into r; NULL or why the
 * record is rejected. */
static const char *
ext_read(struct pool *pl, json_object *o, struct rec *r)
{
	static const char *const classes[] = { "thong-tin", "mot-phan",
	    "toan-trinh" };
	json_object	*v;
	const char	*err, *s;
	int		 i;

	r->muc_do = r->hinh_thuc = -1;
	if (json_object_object_get_ex(o, "muc_do", &v) && v != NULL) {
		errno = 0;
		i = json_object_get_int(v);
		if (errno != 0 || i < 1 || i > 4)
			return "muc_do phải là 1, 2, 3 hoặc 4";
		r->muc_do = i;
	}
	if (json_object_object_get_ex(o, "hinh_thuc_truc_tuyen", &v) &&
	    v != NULL) {
		s = json_object_get_string(v);
		for (i = 0; i < 3 && strcmp(s, classes[i]) != 0; i++)
			;
		if (i == 3)
			return "hinh_thuc_truc_tuyen phải là thong-tin, "
			    "mot-phan hoặc toan-trinh";
		r->hinh_thuc = i;
	}
	if (*r->status == '\0')
		r->status = "published";
	else if (strcmp(r->status, "published") != 0 &&
	    strcmp(r->status, "abolished") != 0)
		return "trang_thai phải là published hoặc abolished";
	if (r->in_use_from != NULL && !date_valid(r->in_use_from))
		return "ngay_hieu_luc phải là ngày YYYY-MM-DD";
	if ((err = ext_agencies(pl, o, r)) != NULL)
		return err;
	return ext_forms(pl, o, r);
}

/* ---- deriving --------------------------------------------------------- */

/* The fee text of the record: the one fee cell all channels share, or
 * one line per channel. */
static const char *
rec_fee_text(struct pool *pl, const struct rec *r)
{
	static const char *const kinds[] = { "Trực tiếp", "Trực tuyến",
	    "Dịch vụ bưu chính" };
	const char	*out = "";
	size_t		 i;

	for (i = 1; i < r->nch; i++)
		if (strcmp(r->ch[i].fee_text, r->ch[0].fee_text) != 0)
			break;
	if (r->nch == 0 || i == r->nch)
		return r->nch > 0 ? r->ch[0].fee_text : "";
	for (i = 0; i < r->nch; i++)
		out = pool_printf(pl, "%s%s%s: %s", out, i > 0 ? "\n" : "",
		    kinds[r->ch[i].kind], r->ch[i].fee_text);
	return out;
}

/* Adds a name-only form for a form file named in a component, or finds
 * the bieu_mau entry or earlier form of that name.  Returns its index,
 * or -1 when the record has too many forms. */
static long
rec_form_for(struct rec *r, const char *name)
{
	size_t		 i;
	struct form	*f;

	for (i = 0; i < r->nforms; i++)
		if (strcmp(r->forms[i].name, name) == 0 ||
		    (i < r->nbieu_mau && strcmp(r->forms[i].file, name) == 0))
			return (long)i;
	if (r->nforms == MAX_FORMS)
		return -1;
	f = &r->forms[r->nforms++];
	f->name = name;
	f->file = "";
	f->mime = parse_mime(name);
	return (long)i;
}

/* Online level (NĐ 43/2011) and class (NĐ 42/2022): from the channels
 * and forms, unless the demo extensions say. */
static void
rec_online(struct rec *r)
{
	static const int class_level[] = { 1, 3, 4 };
	size_t	i;
	int	online = 0;

	for (i = 0; i < r->nch; i++)
		online |= r->ch[i].kind == CHAN_ONLINE;
	r->online_level = online ? 3 : r->nforms > 0 ? 2 : 1;
	r->online_class = online ? 1 : 0;
	if (r->hinh_thuc >= 0) {
		r->online_class = r->hinh_thuc;
		r->online_level = class_level[r->hinh_thuc];
		if (r->hinh_thuc == 0 && r->nforms > 0)
			r->online_level = 2;
	}
	if (r->muc_do > 0) {
		r->online_level = r->muc_do;
		if (r->hinh_thuc < 0)
			r->online_class = r->muc_do == 4 ? 2 :
			    r->muc_do == 3 ? 1 : 0;
	}
}

static void
rec_derive_time(struct pool *pl, struct rec *r)
{
	const char	*why;

	r->tsrc = parse_processing(pl, r->ch, r->nch,
	    parse_is_empty(r->steps) ? NULL : r->steps, &r->days, &r->unit,
	    &r->ptext);
	if (r->tsrc == TIME_TABLE)
		return;
	why = r->nch > 0 && *r->ch[0].time_text != '\0' ?
	    pool_printf(pl, "ô thời gian: '%s'", r->ch[0].time_text) :
	    "không có ô thời gian";
	if (r->tsrc == TIME_NONE)
		rec_partial(pl, r, P_TIME, why);
}

static void
rec_derive_fee(struct pool *pl, struct rec *r)
{
	r->fee = parse_channels_fee(r->ch, r->nch);
	r->fee_text = rec_fee_text(pl, r);
	if (r->fee < 0)
		rec_partial(pl, r, P_FEE,
		    r->nch > 0 && *r->ch[0].fee_text != '\0' ?
		    pool_printf(pl, "ô phí: '%s'", r->ch[0].fee_text) :
		    "không có ô phí");
}

/* Everything that is derived from the texts alone. */
static void
rec_derive(struct pool *pl, struct rec *r)
{
	size_t	i, j;
	int	unknown;

	r->level_mask = parse_levels(r->level_text, &unknown);
	if (unknown || (r->level_mask == 0 && !parse_is_empty(r->level_text)))
		rec_partial(pl, r, P_LEVEL, r->level_text);
	r->nch = parse_channels(pl, r->channels_text, r->ch, MAX_CHANNELS);
	if (r->nch == 0)
		rec_partial(pl, r, P_CHANNELS, parse_clip(pl,
		    r->channels_text, 60));
	rec_derive_time(pl, r);
	rec_derive_fee(pl, r);
	r->ncomp = parse_components(pl, r->components_text, r->comp,
	    MAX_COMPONENTS, &r->comp_complete);
	if (!r->comp_complete)
		rec_partial(pl, r, P_COMPONENTS, r->ncomp > 1 ?
		    "phần cuối không có ô số lượng" : "không có bảng giấy tờ");
	for (i = 0; i < r->ncomp; i++)
		for (j = 0; j < r->comp[i].nforms; j++)
			(void)rec_form_for(r, r->comp[i].forms[j]);
	rec_online(r);
	r->legal = parse_legal_basis(pl, r->legal_raw);
	r->result = parse_result(pl, r->result_raw);
	r->search_text = text_fold(pl, pool_printf(pl, "%s %s %s %s", r->name,
	    r->code, r->field, r->agency_text));
}

/* ---- the database ----------------------------------------------------- */

struct ctx {
	struct opts	 o;
	struct db	*db;		/* NULL in a dry run */
	struct pool	 pool;		/* reset for every record */
	struct stats	 st;
	const char	*root;		/* site.root */
	struct list	 fslug;		/* field cache: slugs… */
	long long	*fid;		/* …and their ids */
};

#define ARGS(...)	((const struct db_arg[]){ __VA_ARGS__ })
#define NARGS(...)	(sizeof(ARGS(__VA_ARGS__)) / sizeof(struct db_arg))
#define RUN(c, id, ...)	db_run((c)->db, &(c)->pool, (id), ARGS(__VA_ARGS__), \
			    NARGS(__VA_ARGS__))

/* The id of field name (upserted by slug, cached for the run), 0 when
 * the record has none, -1 on a database error.  Outside the record's
 * transaction: a field without procedures is harmless. */
static long long
field_id(struct ctx *c, const char *name)
{
	struct db_res	*res;
	const char	*slug;
	size_t		 i;

	if (parse_is_empty(name))
		return 0;
	slug = parse_clip(&c->pool, text_slug(&c->pool, name), 160);
	if (*slug == '\0')
		return 0;
	for (i = 0; i < c->fslug.n; i++)
		if (strcmp(c->fslug.v[i], slug) == 0)
			return c->fid[i];
	if ((res = RUN(c, STMT_IMP_FIELD_UPSERT, DB_STR(slug),
	    DB_STR(parse_clip(&c->pool, name, 255)))) == NULL)
		return -1;
	list_add(&c->fslug, slug);
	if ((c->fid = realloc(c->fid, c->fslug.cap * sizeof(*c->fid))) == NULL)
		abort();
	return c->fid[c->fslug.n - 1] = (long long)res->insert_id;
}

/* Looks up the agencies of ma_co_quan; unknown codes are reported. */
static int
rec_agencies(struct ctx *c, struct rec *r)
{
	struct db_res	*res;
	size_t		 i;

	for (i = 0; i < r->nagency_codes; i++) {
		if ((res = RUN(c, STMT_IMP_AGENCY_FIND,
		    DB_STR(r->agency_codes[i]))) == NULL)
			return -1;
		if (res->nrows == 0)
			rec_partial(&c->pool, r, P_AGENCY, pool_printf(&c->pool,
			    "không có cơ quan mã %s", r->agency_codes[i]));
		else
			r->agency_ids[r->nagency++] = db_int(res, 0, 0, 0);
	}
	return 0;
}

/* The sizes of the bieu_mau files (0 and reported when missing). */
static void
rec_files(struct ctx *c, struct rec *r)
{
	struct stat	 sb;
	const char	*path;
	size_t		 i;

	for (i = 0; i < r->nbieu_mau; i++) {
		path = pool_printf(&c->pool, "%s/htdocs/bieu-mau/%s", c->root,
		    r->forms[i].file);
		if (stat(path, &sb) == 0 && S_ISREG(sb.st_mode) &&
		    sb.st_size <= 0xffffffffLL)
			r->forms[i].size = (long long)sb.st_size;
		else
			rec_partial(&c->pool, r, P_FORMS, pool_printf(&c->pool,
			    "không có tệp %s", path));
	}
}

/* The idempotence key: what the record was derived from. */
static void
rec_hash(struct rec *r, json_object *o)
{
	struct sha256	 h;
	unsigned char	 d[SHA256_LEN];
	char		 buf[64];
	const char	*js;
	size_t		 i;

	sha256_init(&h);
	sha256_update(&h, IMPORT_VERSION "\n", strlen(IMPORT_VERSION) + 1);
	js = json_object_to_json_string_ext(o, JSON_C_TO_STRING_PLAIN |
	    JSON_C_TO_STRING_NOSLASHESCAPE);
	sha256_update(&h, js, strlen(js));
	for (i = 0; i < r->nagency; i++) {
		snprintf(buf, sizeof(buf), "\nagency %lld", r->agency_ids[i]);
		sha256_update(&h, buf, strlen(buf));
	}
	for (i = 0; i < r->nbieu_mau; i++) {
		snprintf(buf, sizeof(buf), "\nfile %lld ", r->forms[i].size);
		sha256_update(&h, buf, strlen(buf));
		sha256_update(&h, r->forms[i].file, strlen(r->forms[i].file));
	}
	sha256_final(&h, d);
	sha256_hex(d, r->hash);
}

static const char *
unit_name(enum unit u)
{
	static const char *const names[] = { "none", "working_days", "days",
	    "hours" };

	return names[u];
}

/* processing_days as DECIMAL(6,1) text, rounded up, or SQL NULL. */
static struct db_arg
days_arg(struct pool *pl, const struct rec *r)
{
	long long	tenths;

	if (r->unit == UNIT_NONE)
		return DB_NULL;
	if (r->days >= 99999.9)
		tenths = 999999;
	else {
		tenths = (long long)(r->days * 10 - 1e-9);
		if (tenths < r->days * 10 - 1e-9)
			tenths++;		/* round up: a deadline */
		if (tenths < 1)
			tenths = 1;
	}
	return DB_STR(pool_printf(pl, "%lld.%lld", tenths / 10, tenths % 10));
}

#define NCOMMON	27

/* The 27 columns PROC_ADD and PROC_UPDATE share, in their order. */
static void
proc_args(struct pool *pl, const struct rec *r, struct db_arg *a)
{
	size_t	i = 0;

	a[i++] = DB_STR(r->status);
	a[i++] = DB_STR(parse_clip(pl, r->name, 1024));
	a[i++] = r->field_id > 0 ? DB_INT(r->field_id) : DB_NULL;
	a[i++] = r->nagency > 0 ? DB_INT(r->agency_ids[0]) : DB_NULL;
	a[i++] = DB_STR(parse_clip_bytes(pl, r->agency_text, TEXT_BYTES));
	a[i++] = DB_INT(r->level_mask);
	a[i++] = DB_STR(parse_clip(pl, r->level_text, 255));
	a[i++] = DB_INT(r->online_level);
	a[i++] = DB_INT(r->online_class);
	a[i++] = DB_STR(r->steps);
	a[i++] = DB_STR(r->channels_text);
	a[i++] = days_arg(pl, r);
	a[i++] = DB_STR(unit_name(r->unit));
	a[i++] = DB_STR(parse_clip(pl, r->ptext, 1024));
	a[i++] = DB_STR(r->fee_text);
	a[i++] = r->fee >= 0 ? DB_INT(r->fee) : DB_NULL;
	a[i++] = DB_STR(parse_clip_bytes(pl, r->subjects, TEXT_BYTES));
	a[i++] = DB_STR(r->result);
	a[i++] = DB_STR(r->legal);
	a[i++] = DB_STR(r->requirements);
	a[i++] = DB_STR(parse_clip_bytes(pl, r->place_hours, TEXT_BYTES));
	a[i++] = DB_STR(parse_clip(pl, r->decision_no, 255));
	a[i++] = r->in_use_from != NULL ? DB_STR(r->in_use_from) : DB_NULL;
	a[i++] = DB_STR(parse_clip_bytes(pl, r->online_guide, TEXT_BYTES));
	a[i++] = DB_STR(parse_clip(pl, pool_printf(pl, "import:%s",
	    parse_is_empty(r->nguon) ? "khac" : r->nguon), 64));
	a[i++] = DB_STR(r->hash);
	a[i++] = DB_STR(parse_clip_bytes(pl, r->search_text, TEXT_BYTES));
}

static int
store_forms(struct ctx *c, struct rec *r, long long pid)
{
	struct db_res	*res;
	struct form	*f;
	size_t		 i;

	for (i = 0; i < r->nforms; i++) {
		f = &r->forms[i];
		if ((res = RUN(c, STMT_IMP_FORM_ADD, DB_INT(pid),
		    DB_STR(parse_clip(&c->pool, f->name, 512)),
		    DB_STR(parse_clip(&c->pool, f->file, 255)),
		    DB_STR(parse_clip(&c->pool, f->mime, 100)),
		    DB_INT(f->size))) == NULL)
			return -1;
		f->id = (long long)res->insert_id;
	}
	return 0;
}

static int
store_channels(struct ctx *c, const struct rec *r, long long pid)
{
	static const char *const kinds[] = { "direct", "online", "post" };
	const struct channel	*ch;
	size_t			 i;

	for (i = 0; i < r->nch; i++) {
		ch = &r->ch[i];
		if (RUN(c, STMT_IMP_CHANNEL_ADD, DB_INT(pid), DB_INT(i + 1),
		    DB_STR(kinds[ch->kind]),
		    DB_STR(parse_clip(&c->pool, ch->time_text, 255)),
		    DB_STR(parse_clip_bytes(&c->pool, ch->fee_text,
		    TEXT_BYTES)),
		    DB_STR(parse_clip_bytes(&c->pool, ch->description,
		    TEXT_BYTES))) == NULL)
			return -1;
	}
	return 0;
}

static int
store_components(struct ctx *c, struct rec *r, long long pid)
{
	const struct component	*cp;
	struct db_arg		 form;
	long			 fi;
	size_t			 i;

	for (i = 0; i < r->ncomp; i++) {
		cp = &r->comp[i];
		form = DB_NULL;
		if (cp->nforms > 0 && (fi = rec_form_for(r, cp->forms[0])) >= 0)
			form = DB_INT(r->forms[fi].id);
		if (RUN(c, STMT_IMP_COMPONENT_ADD, DB_INT(pid), DB_INT(i + 1),
		    DB_STR(parse_clip(&c->pool, cp->group, 1024)),
		    DB_STR(parse_clip_bytes(&c->pool, cp->name, TEXT_BYTES)),
		    DB_INT(cp->originals), DB_INT(cp->copies),
		    DB_INT(cp->required), form) == NULL)
			return -1;
	}
	return 0;
}

/* Deletes what an earlier import stored under pid (components before the
 * forms they point to). */
static int
store_clear(struct ctx *c, long long pid)
{
	if (RUN(c, STMT_IMP_COMPONENTS_DEL, DB_INT(pid)) == NULL ||
	    RUN(c, STMT_IMP_FORMS_DEL, DB_INT(pid)) == NULL ||
	    RUN(c, STMT_IMP_CHANNELS_DEL, DB_INT(pid)) == NULL ||
	    RUN(c, STMT_IMP_PA_DEL, DB_INT(pid)) == NULL)
		return -1;
	return 0;
}

/* Inserts the procedure (pid 0) or rewrites row pid; returns its id or
 * -1. */
static long long
store_proc(struct ctx *c, const struct rec *r, long long pid)
{
	struct db_arg	 a[NCOMMON + 2];
	struct db_res	*res;
	long long	 version;

	proc_args(&c->pool, r, a);
	if (pid > 0) {
		a[NCOMMON] = DB_INT(pid);
		if (db_run(c->db, &c->pool, STMT_IMP_PROC_UPDATE, a,
		    NCOMMON + 1) == NULL || store_clear(c, pid) == -1)
			return -1;
		return pid;
	}
	if ((res = RUN(c, STMT_IMP_PROC_NEXT_VERSION, DB_STR(r->code))) == NULL)
		return -1;
	version = db_int(res, 0, 0, 1);
	a[NCOMMON] = DB_STR(r->code);
	a[NCOMMON + 1] = DB_INT(version);
	if ((res = db_run(c->db, &c->pool, STMT_IMP_PROC_ADD, a,
	    NCOMMON + 2)) == NULL)
		return -1;
	return (long long)res->insert_id;
}

/* Writes r in one transaction (see store_proc).  0 or -1. */
static int
store_write(struct ctx *c, struct rec *r, long long pid)
{
	size_t	i;

	if (db_begin(c->db) == -1)
		return -1;
	if ((pid = store_proc(c, r, pid)) <= 0 ||
	    store_forms(c, r, pid) == -1 ||
	    store_channels(c, r, pid) == -1 ||
	    store_components(c, r, pid) == -1)
		goto fail;
	for (i = 0; i < r->nagency; i++)
		if (RUN(c, STMT_IMP_PA_ADD, DB_INT(pid),
		    DB_INT(r->agency_ids[i])) == NULL)
			goto fail;
	return db_commit(c->db);
fail:
	db_rollback(c->db);
	return -1;
}

/* Stores r unless the current row already holds this hash.  Counts the
 * outcome; -1 on a database error. */
static int
store_record(struct ctx *c, struct rec *r)
{
	struct db_res	*res;
	const char	*hash, *src;
	long long	 pid = 0;

	if ((res = RUN(c, STMT_IMP_PROC_FIND, DB_STR(r->code))) == NULL)
		return -1;
	if (res->nrows > 0) {
		pid = db_int(res, 0, 0, 0);
		hash = db_str(res, 0, 1);
		src = db_str(res, 0, 2);
		if (hash != NULL && strcmp(hash, r->hash) == 0) {
			c->st.unchanged++;
			return 0;
		}
		if (src == NULL || strncmp(src, "import:", 7) != 0) {
			log_warn("%s: %s: current version comes from '%s', "
			    "not an import: kept", __func__, r->code,
			    src != NULL ? src : "");
			c->st.kept++;
			return 0;
		}
	}
	if (store_write(c, r, pid) == -1)
		return -1;
	if (pid > 0)
		c->st.updated++;
	else
		c->st.loaded++;
	return 0;
}

/* ---- one line --------------------------------------------------------- */

static void
reject(struct ctx *c, size_t lineno, const char *code, const char *why)
{
	char	*msg;

	msg = code != NULL ?
	    pool_printf(&c->pool, "dòng %zu (mã %s): %s", lineno, code, why) :
	    pool_printf(&c->pool, "dòng %zu: %s", lineno, why);
	log_warn("%s: %s", __func__, msg);
	list_add(&c->st.rejects, msg);
	c->st.rejected++;
}

/* Counts what r could not fully parse, for the report. */
static void
count_partial(struct ctx *c, const struct rec *r)
{
	size_t	i;

	if (r->tsrc == TIME_TABLE)
		c->st.time_table++;
	else if (r->tsrc == TIME_TEXT)
		c->st.time_text++;
	if (r->partial == 0)
		return;
	c->st.partial++;
	for (i = 0; i < P__COUNT; i++)
		if (r->partial & (1u << i))
			list_add(&c->st.part[i], pool_printf(&c->pool, "%s\t%s",
			    r->code, r->why[i]));
}

/* Resolves, hashes and stores a record that was read and derived. */
static void
rec_store(struct ctx *c, struct rec *r, json_object *o)
{
	if (c->db != NULL && ((r->field_id = field_id(c, r->field)) < 0 ||
	    rec_agencies(c, r) == -1)) {
		log_err("%s: %s: not stored", __func__, r->code);
		c->st.failed++;
		return;
	}
	rec_files(c, r);
	rec_hash(r, o);
	count_partial(c, r);
	if (c->db != NULL && store_record(c, r) == -1) {
		log_err("%s: %s: not stored (rolled back)", __func__, r->code);
		c->st.failed++;
	}
}

static void
process_line(struct ctx *c, const char *line, size_t lineno)
{
	enum json_tokener_error	 jerr;
	json_object		*o;
	struct rec		*r;
	const char		*err;

	o = json_tokener_parse_verbose(line, &jerr);
	if (o == NULL || !json_object_is_type(o, json_type_object)) {
		reject(c, lineno, NULL, o == NULL ? pool_printf(&c->pool,
		    "không phải JSON hợp lệ (%s)",
		    json_tokener_error_desc(jerr)) :
		    "không phải một đối tượng JSON");
		goto out;
	}
	r = pool_alloc(&c->pool, sizeof(*r));
	if ((err = rec_read(&c->pool, o, r)) != NULL ||
	    (err = ext_read(&c->pool, o, r)) != NULL) {
		reject(c, lineno, r->code != NULL && *r->code != '\0' &&
		    parse_code_valid(r->code) ? r->code : NULL, err);
		goto out;
	}
	if (!seen_add(&c->st.seen, r->code)) {
		reject(c, lineno, r->code, "mã đã có ở một dòng trước");
		goto out;
	}
	rec_derive(&c->pool, r);
	rec_store(c, r, o);
out:
	json_object_put(o);
}

/* ---- report ------------------------------------------------------------ */

/* The first few codes of a "code\treason" list, in pl. */
static const char *
first_codes(struct pool *pl, const struct list *l)
{
	const char	*out = "";
	size_t		 i;

	for (i = 0; i < l->n && i < SHOW_CODES; i++)
		out = pool_printf(pl, "%s%s%.*s", out, i > 0 ? ", " : "",
		    (int)strcspn(l->v[i], "\t"), l->v[i]);
	return l->n > SHOW_CODES ? pool_printf(pl, "%s, …", out) : out;
}

static void
report_summary(struct ctx *c, double secs)
{
	const struct stats	*st = &c->st;
	size_t			 i;

	if (c->db == NULL)
		printf("Đã đọc %zu bản ghi: %zu hợp lệ, %zu bị từ chối "
		    "(chạy thử, không ghi vào cơ sở dữ liệu).\n", st->read,
		    st->read - st->rejected, st->rejected);
	else
		printf("Đã đọc %zu bản ghi: %zu thêm mới, %zu cập nhật, "
		    "%zu không đổi, %zu bị từ chối.\n", st->read, st->loaded,
		    st->updated, st->unchanged, st->rejected);
	if (st->failed > 0)
		printf("Lỗi cơ sở dữ liệu: %zu bản ghi không được ghi.\n",
		    st->failed);
	if (st->kept > 0)
		printf("Giữ nguyên %zu bản ghi đã sửa trên hệ thống "
		    "(không do nhập).\n", st->kept);
	printf("Không phân tích được đầy đủ: %zu bản ghi\n", st->partial);
	for (i = 0; i < P__COUNT; i++)
		if (i <= P_CHANNELS || st->part[i].n > 0)
			printf("  %s: %zu%s%s%s\n", part_names[i],
			    st->part[i].n,
			    st->part[i].n > 0 ? " (" : "",
			    first_codes(&c->pool, &st->part[i]),
			    st->part[i].n > 0 ? ")" : "");
	printf("Thời gian giải quyết: %zu lấy từ bảng, %zu tìm thấy trong "
	    "mô tả hoặc trình tự thực hiện.\n", st->time_table, st->time_text);
	for (i = 0; i < st->rejects.n && i < SHOW_CODES; i++)
		printf("Bị từ chối: %s\n", st->rejects.v[i]);
	if (st->rejects.n > SHOW_CODES || st->partial > 0)
		printf("Danh sách đầy đủ: %s\n", c->o.report != NULL ?
		    c->o.report : "dùng -r TỆP (hoặc -v)");
	printf("Thời gian chạy: %.1f giây.\n", secs);
}

/* Every code with its reason, per field, then every rejected line. */
static void
report_full(FILE *f, const struct stats *st)
{
	size_t	i, j;

	for (i = 0; i < P__COUNT; i++) {
		fprintf(f, "# %s: %zu\n", part_names[i], st->part[i].n);
		for (j = 0; j < st->part[i].n; j++)
			fprintf(f, "%s\n", st->part[i].v[j]);
	}
	fprintf(f, "# bị từ chối: %zu\n", st->rejects.n);
	for (j = 0; j < st->rejects.n; j++)
		fprintf(f, "%s\n", st->rejects.v[j]);
}

static int
report_write(const char *path, const struct stats *st)
{
	FILE	*f;

	if ((f = fopen(path, "w")) == NULL) {
		log_err("%s: %s: %s", __func__, path, strerror(errno));
		return -1;
	}
	report_full(f, st);
	if (fclose(f) == EOF) {
		log_err("%s: %s: %s", __func__, path, strerror(errno));
		return -1;
	}
	return 0;
}

/* ---- main ------------------------------------------------------------- */

/* Reads the next line of f into *buf (grown as needed; the caller frees
 * it) without its line end.  Returns its length, -1 at the end of the
 * file, -2 on a read error or a line longer than LINE_MAX_BYTES. */
static long
read_line(gzFile f, char **buf, size_t *cap)
{
	size_t	len = 0;
	int	zerr;

	for (;;) {
		if (*cap - len < 2) {
			if (*cap >= LINE_MAX_BYTES)
				return -2;
			*cap = *cap == 0 ? 64 * 1024 : *cap * 2;
			if ((*buf = realloc(*buf, *cap)) == NULL)
				abort();
		}
		if (gzgets(f, *buf + len, (int)(*cap - len)) == NULL) {
			(void)gzerror(f, &zerr);
			if (zerr != Z_OK && zerr != Z_STREAM_END)
				return -2;
			return len > 0 ? (long)len : -1;
		}
		len += strlen(*buf + len);
		if (len > 0 && (*buf)[len - 1] == '\n') {
			(*buf)[--len] = '\0';
			if (len > 0 && (*buf)[len - 1] == '\r')
				(*buf)[--len] = '\0';
			return (long)len;
		}
	}
}

/* Opens path ("-" for standard input), gzip or plain. */
static gzFile
open_input(const char *path)
{
	unsigned char	 magic[2] = { 0, 0 };
	FILE		*f;
	gzFile		 z;

	if (strcmp(path, "-") == 0)
		return gzdopen(dup(STDIN_FILENO), "rb");
	if ((f = fopen(path, "rb")) == NULL) {
		log_err("%s: %s: %s", __func__, path, strerror(errno));
		return NULL;
	}
	if (fread(magic, 1, 2, f) != 2)
		magic[0] = 0;		/* short: plain */
	fclose(f);
	if ((z = gzopen(path, "rb")) == NULL) {
		log_err("%s: %s: %s", __func__, path, strerror(errno));
		return NULL;
	}
	gzbuffer(z, 256 * 1024);
	log_info("%s: %s (%s)", __func__, path, magic[0] == 0x1f &&
	    magic[1] == 0x8b ? "gzip" : "plain");
	return z;
}

/* Reads and processes every line; 0, or -1 on a read error. */
static int
run(struct ctx *c, gzFile z)
{
	char	*buf = NULL;
	size_t	 cap = 0, lineno = 0;
	long	 len;
	int	 tty = isatty(STDERR_FILENO), rc = 0;

	while ((len = read_line(z, &buf, &cap)) >= 0) {
		lineno++;
		if (strspn(buf, " \t") == (size_t)len)
			continue;
		pool_reset(&c->pool);
		c->st.read++;
		process_line(c, buf, lineno);
		if (tty && c->st.read % 500 == 0)
			fprintf(stderr, "\r%zu bản ghi…", c->st.read);
	}
	if (tty && c->st.read >= 500)
		fputs("\r                    \r", stderr);
	if (len == -2) {
		log_err("%s: %s: read error or line too long after line %zu",
		    __func__, c->o.file, lineno);
		rc = -1;
	}
	pool_reset(&c->pool);
	free(buf);
	return rc;
}

static void
usage(void)
{
	fprintf(stderr, "usage: dvc-import [-nv] [-c conf] [-r report] "
	    "FILE\n"
	    "  FILE    procedures in the national format, one JSON object\n"
	    "          per line, gzip or plain ('-' for standard input)\n"
	    "  -c      configuration file (default $DVC_CONF)\n"
	    "  -n      dry run: parse and report, no database\n"
	    "  -r      write every code not fully parsed to report\n"
	    "  -v      the same list on standard error\n");
}

static int
parse_opts(int argc, char *argv[], struct opts *o)
{
	int	ch;

	while ((ch = getopt(argc, argv, "c:nr:v")) != -1) {
		switch (ch) {
		case 'c':
			o->conf = optarg;
			break;
		case 'n':
			o->dry = 1;
			break;
		case 'r':
			o->report = optarg;
			break;
		case 'v':
			o->verbose = 1;
			break;
		default:
			return -1;
		}
	}
	if (optind + 1 != argc)
		return -1;
	o->file = argv[optind];
	return 0;
}

static void
ctx_free(struct ctx *c)
{
	size_t	i;

	for (i = 0; i < P__COUNT; i++)
		list_free(&c->st.part[i]);
	list_free(&c->st.rejects);
	list_free(&c->st.seen);
	list_free(&c->fslug);
	free(c->fid);
	pool_free(&c->pool);
	db_close(c->db);
	cfg_free();
}

int
main(int argc, char *argv[])
{
	struct ctx	 c;
	gzFile		 z = NULL;
	double		 t0 = now();
	int		 rc = 2;

	memset(&c, 0, sizeof(c));
	pool_init(&c.pool);
	log_init("dvc-import");
	if (parse_opts(argc, argv, &c.o) == -1) {
		usage();
		return 2;
	}
	if ((!c.o.dry || c.o.conf != NULL) && cfg_load(c.o.conf) == -1)
		goto out;
	c.root = cfg_get("site.root", ".");
	if (!c.o.dry && (c.db = db_open()) == NULL)
		goto out;
	if ((z = open_input(c.o.file)) == NULL)
		goto out;
	if (run(&c, z) == -1)
		goto out;
	report_summary(&c, now() - t0);
	if (c.o.verbose)
		report_full(stderr, &c.st);
	if (c.o.report != NULL && report_write(c.o.report, &c.st) == -1)
		goto out;
	rc = c.st.failed > 0 ? 2 : c.st.rejected > 0 ? 1 : 0;
out:
	if (z != NULL)
		gzclose(z);
	fflush(stdout);
	ctx_free(&c);
	return rc;
}
