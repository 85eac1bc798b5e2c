/*
 * qr_: the SVG is well-formed (python3's XML parser), has the promised
 * size, labels and quiet zone, and really encodes the text: its path is
 * rasterised back to a PGM image that zbarimg (zbar-tools) decodes.
 */
#include <stdlib.h>
#include <unistd.h>

#include "check.h"
#include "pool.h"
#include "qr.h"

#define MAXN	200		/* version 40: 177 modules + 8 of margin */
#define SCALE	4		/* image pixels per module */

static unsigned char	m[MAXN][MAXN];	/* 1 = dark module */
static int		n;		/* modules per side, margin included */

/* Writes s to a new temporary file named with suffix; 0 on success. */
static int
save(char *path, const void *s, size_t len)
{
	FILE	*f;
	int	 fd, ok;

	if ((fd = mkstemps(path, 4)) == -1 || (f = fdopen(fd, "w")) == NULL)
		return -1;
	ok = fwrite(s, 1, len, f) == len;
	return fclose(f) == 0 && ok ? 0 : -1;
}

/* The first line of cmd's output, without its newline, in out. */
static void
run(const char *cmd, char *out, size_t size)
{
	FILE	*f;

	out[0] = '\0';
	if ((f = popen(cmd, "r")) == NULL)
		return;
	if (fgets(out, (int)size, f) != NULL)
		out[strcspn(out, "\n")] = '\0';
	while (fgetc(f) != EOF)
		continue;
	pclose(f);
}

/* Fills m[][] from the path data of svg; 0 if every run is well-formed
 * and inside the viewBox. */
static int
raster(const char *svg, int px)
{
	const char	*s;
	int		 x, y, w, w2, k, i, width;

	memset(m, 0, sizeof(m));
	if ((s = strstr(svg, "viewBox=\"0 0 ")) == NULL ||
	    sscanf(s, "viewBox=\"0 0 %d", &n) != 1 || n < 29 || n > MAXN)
		return -1;
	if ((s = strstr(svg, "width=\"")) == NULL ||
	    sscanf(s, "width=\"%d", &width) != 1 || width != n * px)
		return -1;
	if ((s = strstr(svg, " d=\"")) == NULL)
		return -1;
	for (s += 4; *s == 'M'; s += k) {
		if (sscanf(s, "M%d %dh%dv1h-%dz%n", &x, &y, &w, &w2, &k) != 4 ||
		    w != w2 || w < 1 || x < 0 || y < 0 || x + w > n || y >= n)
			return -1;
		for (i = 0; i < w; i++)
			m[y][x + i] = 1;
	}
	return *s == '"' ? 0 : -1;
}

/* 1 if the 4-module margin is light and the finder patterns start right
 * inside it (so the margin is exactly 4). */
static int
quiet_zone(void)
{
	int	i, j;

	for (i = 0; i < n; i++)
		for (j = 0; j < 4; j++)
			if (m[j][i] || m[n - 1 - j][i] || m[i][j] ||
			    m[i][n - 1 - j])
				return 0;
	return (n - 8 - 17) % 4 == 0 && m[4][4] && m[4][n - 5] &&
	    m[n - 5][4] && m[10][10] && !m[5][5];
}

/* Decodes m[][] with zbarimg; the decoded text in out. */
static void
decode(char *out, size_t size)
{
	char		 path[] = "/tmp/qr-XXXXXX.pgm", cmd[128];
	unsigned char	*img;
	size_t		 side = (size_t)n * SCALE, hdr, y, x;

	img = malloc(32 + side * side);
	if (img == NULL)
		abort();
	hdr = (size_t)sprintf((char *)img, "P5 %zu %zu 255\n", side, side);
	for (y = 0; y < side; y++)
		for (x = 0; x < side; x++)
			img[hdr + y * side + x] =
			    m[y / SCALE][x / SCALE] ? 0 : 255;
	out[0] = '\0';
	if (save(path, img, hdr + side * side) == 0) {
		snprintf(cmd, sizeof(cmd), "zbarimg -q --raw %s 2>/dev/null",
		    path);
		run(cmd, out, size);
	}
	unlink(path);
	free(img);
}

/* Checks svg with python3's XML parser: root, size, labels, one path. */
static void
well_formed(const char *svg, int px, const char *what)
{
	char	path[] = "/tmp/qr-XXXXXX.svg", cmd[1024], got[256], want[256];

	CHECK(save(path, svg, strlen(svg)) == 0, "%s: SVG saved", what);
	snprintf(cmd, sizeof(cmd), "PYTHONIOENCODING=utf-8 python3 -c '"
	    "import sys, xml.etree.ElementTree as E\n"
	    "r = E.parse(sys.argv[1]).getroot()\n"
	    "s = \"{http://www.w3.org/2000/svg}\"\n"
	    "t = r.find(s + \"title\")\n"
	    "print(r.tag == s + \"svg\", r.get(\"width\"), r.get(\"height\"),"
	    " r.get(\"viewBox\"), r.get(\"role\"), r.get(\"aria-label\"),"
	    " t is not None and t.text, r.get(\"shape-rendering\"),"
	    " len(r.findall(s + \"path\")), sep=\"|\")' %s 2>&1", path);
	run(cmd, got, sizeof(got));
	unlink(path);
	snprintf(want, sizeof(want), "True|%d|%d|0 0 %d %d|img|%s|%s|"
	    "crispEdges|1", n * px, n * px, n, n, "Mã QR tra cứu hồ sơ",
	    "Mã QR tra cứu hồ sơ");
	CHECK_STR(got, want, "python3 xml.etree parses the SVG");
}

static void
check_text(struct pool *p, const char *text, int px, int zbar,
    const char *what)
{
	char	*svg, got[8192];

	svg = qr_svg(p, text, px);
	CHECK(svg != NULL, "%s: SVG made", what);
	if (svg == NULL)
		return;
	CHECK(strncmp(svg, "<svg ", 5) == 0 && strstr(svg, "<script") == NULL,
	    "%s: one inline <svg>, no script", what);
	CHECK(strstr(svg, text) == NULL, "%s: text not in the SVG", what);
	CHECK(raster(svg, px) == 0, "%s: path parses, width = %d * %d px",
	    what, n, px);
	CHECK(quiet_zone(), "%s: 4-module quiet zone, %d modules", what, n);
	well_formed(svg, px, what);
	if (!zbar)
		return;
	decode(got, sizeof(got));
	CHECK_STR(got, text, "zbarimg decodes it");
}

int
main(void)
{
	struct pool	 p;
	char		*big;
	int		 zbar;

	pool_init(&p);
	zbar = system("command -v zbarimg >/dev/null 2>&1") == 0;
	if (!zbar)
		printf("# SKIP decoding: zbarimg not found "
		    "(apt-get install zbar-tools)\n");
	check_text(&p, "https://dichvucong.example.gov.vn/ho-so/"
	    "000.00.01.H12-240115-0001", 4, zbar, "tracking URL");
	check_text(&p, "A", 1, zbar, "one byte, 1 px modules");
	big = malloc(8001);
	if (big == NULL)
		return 1;
	memset(big, 'x', 8000);
	big[8000] = '\0';
	big[600] = '\0';
	check_text(&p, big, 3, zbar, "600 bytes (a large version)");
	big[600] = 'x';
	CHECK(qr_svg(&p, big, 4) == NULL, "8000 bytes: NULL");
	CHECK(qr_svg(&p, "", 4) == NULL, "empty text: NULL");
	CHECK(qr_svg(&p, NULL, 4) == NULL, "NULL text: NULL");
	CHECK(qr_svg(&p, "x", 0) == NULL, "0 px modules: NULL");
	free(big);
	pool_free(&p);
	return CHECK_DONE();
}
