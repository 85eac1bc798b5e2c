/*
 * import_parse: the pure part of the importer.  The national database
 * publishes table-shaped fields flattened into one string, headers and
 * cells run together ("Hình thức nộpThời gianPhí, lệ phíMô tảTrực
 * tuyến27 Ngày làm việcMiễn phí…").  These functions take such strings
 * apart defensively.  They touch no database, never fail on any input
 * (the fuzz harness checks that) and expect text already in NFC.
 *
 * Every string they return points into the given pool and lives until the
 * pool is reset; nothing needs freeing.
 */
#ifndef IMPORT_PARSE_H
#define IMPORT_PARSE_H

#include <stddef.h>

struct pool;

/* Units of a processing time, as procedure_version.processing_unit. */
enum unit {
	UNIT_NONE,		/* nothing parsed */
	UNIT_WORKING_DAYS,
	UNIT_DAYS,
	UNIT_HOURS
};

enum chan_kind {
	CHAN_DIRECT,		/* Trực tiếp */
	CHAN_ONLINE,		/* Trực tuyến */
	CHAN_POST		/* Dịch vụ bưu chính */
};

/* One row of the "Cách thức thực hiện" table. */
struct channel {
	enum chan_kind	 kind;
	const char	*time_text;	/* time cell as published, or "" */
	const char	*fee_text;	/* fee cell and its (note), or "" */
	const char	*description;	/* the rest of the row, or "" */
	double		 days;		/* parsed time in days (see below) */
	enum unit	 unit;		/* UNIT_NONE: time not parsed */
	long long	 fee;		/* VND; 0 free; -1 none, not credible */
};

#define COMP_MAX_FORMS	8

/* One dossier component (a row of "Thành phần hồ sơ"). */
struct component {
	const char	*group;		/* "Trường hợp …" heading, or "" */
	const char	*name;		/* the document, form names removed */
	int		 originals;	/* bản chính */
	int		 copies;	/* bản sao */
	int		 required;	/* 0 when the name says "nếu có" */
	const char	*forms[COMP_MAX_FORMS];	/* glued file names */
	size_t		 nforms;
};

/* Which text the processing time of a record came from. */
enum time_src {
	TIME_NONE,		/* not found */
	TIME_TABLE,		/* a time cell with its unit */
	TIME_TEXT		/* a phrase in a description or the steps */
};

/* 1 if s is empty, only blanks, "--" or "Không có thông tin" (the
 * national portal's word for an empty cell), else 0. */
int		 parse_is_empty(const char *s);

/* 1 if code is a valid national code: 1 to 32 of [0-9A-Za-z.-]. */
int		 parse_code_valid(const char *code);

/* The level mask of "Cấp bộ, Cấp tỉnh, …": Cấp bộ 1, Cấp tỉnh 2, Cấp
 * huyện 4, Cấp xã 8, Cơ quan khác 16.  Sets *unknown to 1 when a
 * comma-separated part is none of these (else 0). */
unsigned	 parse_levels(const char *s, int *unknown);

/*
 * A duration at the start of s (after blanks): "27 Ngày làm việc",
 * "15 ngày", "0.5 Ngày làm việc", "1,5 ngày", "02 giờ", "24 giờ làm
 * việc", "3 tháng", "05 (năm) ngày", "Trong ngày".  A number without a
 * unit is not a duration.  Sets *days and *unit and returns the bytes
 * consumed, or returns 0 (and leaves both alone) when s does not start
 * with a duration.  *days is the length in days of the unit: working
 * days or days as written; hours / 8 for "giờ làm việc" and / 24 for
 * "giờ" (unit UNIT_HOURS); months as 30 days, weeks as 7 (UNIT_DAYS);
 * "Trong ngày" (same day) as 1 working day.
 */
int		 parse_duration(const char *s, double *days, enum unit *unit);

/*
 * A fee at the start of s (after blanks): "Miễn phí" (0), an amount and a
 * currency ("120,000 VNĐ", "10,000 Việt Nam Đồng", "50.000 đồng",
 * "50.000đ", "1,5 triệu đồng"), optionally after "Phí", "Lệ phí" and a
 * colon ("Phí : 50.000 Đồng"), or a currency alone ("VNĐ").  Returns the
 * bytes consumed, 0 when s starts with no fee.  *vnd is the amount in
 * VND, or -1 when the fee is recognised but has no VND amount (a bare
 * currency, USD).
 */
int		 parse_fee(const char *s, long long *vnd);

/* The lowest VND amount written anywhere in text (as parse_fee reads
 * them, "Miễn phí" excluded), or -1 when there is none. */
long long	 parse_fee_lowest(const char *text);

/*
 * The rows of a flattened "Cách thức thực hiện" table, at most max of
 * them, into out[]; returns how many.  A row starts at a channel word
 * (Trực tiếp, Trực tuyến, Dịch vụ bưu chính) that is glued to the
 * previous cell and followed by a cell (a digit or a capital letter);
 * the same words inside descriptions are left alone.  A row then holds a
 * time, a fee with an optional parenthesised note, and a description.
 */
size_t		 parse_channels(struct pool *, const char *text,
		    struct channel *out, size_t max);

/* The lowest VND fee of the channels (0 when one is free), or -1. */
long long	 parse_channels_fee(const struct channel *, size_t n);

/*
 * The processing time of a record: from the time cells, preferring the
 * online channel and working days; otherwise from a phrase such as
 * "Thời hạn giải quyết: 02 ngày làm việc" or "trong thời hạn 07 ngày
 * làm việc kể từ …" in the channel descriptions, then in steps (may be
 * NULL).  Sets *days, *unit and *text (the human text: the time cell or
 * the phrase found; "" when nothing was found) and returns the source.
 */
enum time_src	 parse_processing(struct pool *, const struct channel *,
		    size_t n, const char *steps, double *days,
		    enum unit *unit, const char **text);

/* The first deadline phrase in text, as parse_processing looks for it in
 * descriptions.  Returns its offset and sets *len, or returns -1. */
long		 parse_find_duration(const char *text, double *days,
		    enum unit *unit, size_t *len);

/*
 * The rows of a flattened "Thành phần hồ sơ" table ("<group>Tên giấy
 * tờMẫu đơn, tờ khaiSố lượng<name><forms>1 bản chính,1 bản sao…"), at
 * most max, into out[]; returns how many.  Form file names glued to the
 * end of a name ("…đơnMẫu số 01.docx") go to forms[].  *complete is 1
 * when the whole text was understood (or is empty); 0 when some text
 * had no "Số lượng" cell — it is then kept as a row with no copies — or
 * the table had no header at all (the text is then one row).
 */
size_t		 parse_components(struct pool *, const char *text,
		    struct component *out, size_t max, int *complete);

/* "Tên văn bản pháp lýMã văn bảnLuật 54/2014/QH1354/2014/QH13…" as one
 * line per document, "name (number)" when the name does not already hold
 * the number.  Text that is not such a table comes back as it is. */
char		*parse_legal_basis(struct pool *, const char *text);

/* "Giấy phépMã: KQ.G10.000211Từ khóa…Mô tả…" as one result per line
 * ("Giấy phép (mã KQ.G10.000211)") followed by the description when it
 * says something; the portal's form widgets glued after it are dropped.
 * Text without "Mã:" comes back as it is. */
char		*parse_result(struct pool *, const char *text);

/* The MIME type of a file name by its extension, "" when unknown. */
const char	*parse_mime(const char *file);

/* s cut to at most max characters (not bytes) at a character boundary;
 * s itself when it is short enough. */
const char	*parse_clip(struct pool *, const char *s, size_t max);

/* s cut to at most max bytes at a character boundary. */
const char	*parse_clip_bytes(struct pool *, const char *s, size_t max);

#endif
