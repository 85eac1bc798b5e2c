#include <errno.h>
#include <string.h>

#include <qrencode.h>

#include "log.h"
#include "pool.h"
#include "qr.h"

#define QR_QUIET	4	/* modules of light margin on each side */
#define QR_TITLE	"Mã QR tra cứu hồ sơ"

/* Appends the dark modules of q to b as path data: one rectangle per
 * horizontal run, in module units shifted by the quiet zone. */
static void
qr_path(struct buf *b, const QRcode *q)
{
	int	x, y, run;

	for (y = 0; y < q->width; y++) {
		for (x = 0; x < q->width; x += run) {
			run = 0;
			while (x + run < q->width &&
			    (q->data[y * q->width + x + run] & 1))
				run++;
			if (run == 0) {
				run = 1;
				continue;
			}
			buf_printf(b, "M%d %dh%dv1h-%dz", x + QR_QUIET,
			    y + QR_QUIET, run, run);
		}
	}
}

char *
qr_svg(struct pool *p, const char *text, int module_px)
{
	struct buf	 b;
	QRcode		*q;
	int		 n;

	if (text == NULL || *text == '\0' || module_px < 1 || module_px > 64)
		return NULL;
	errno = 0;
	if ((q = QRcode_encodeString8bit(text, 0, QR_ECLEVEL_M)) == NULL) {
		log_err("%s: %zu bytes: %s", __func__, strlen(text),
		    errno == ERANGE ? "too long for a QR code" :
		    strerror(errno));
		return NULL;
	}
	n = q->width + 2 * QR_QUIET;
	buf_init(&b, p);
	buf_printf(&b, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
	    "width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" role=\"img\" "
	    "aria-label=\"" QR_TITLE "\" shape-rendering=\"crispEdges\">"
	    "<title>" QR_TITLE "</title>"
	    "<rect width=\"%d\" height=\"%d\" fill=\"#fff\"/>"
	    "<path fill=\"#000\" d=\"", n * module_px, n * module_px, n, n,
	    n, n);
	qr_path(&b, q);
	buf_puts(&b, "\"/></svg>\n");
	QRcode_free(q);
	return b.data;
}

char *
qr_data_uri(struct pool *p, const char *text, int module_px)
{
	struct buf	 b;
	char		*svg;

	if ((svg = qr_svg(p, text, module_px)) == NULL)
		return NULL;
	buf_init(&b, p);
	buf_puts(&b, "data:image/svg+xml;base64,");
	buf_base64(&b, svg, strlen(svg));
	return b.data;
}
