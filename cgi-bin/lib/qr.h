/*
 * qr_: QR codes as inline SVG (libqrencode), for the printable receipt
 * (Mẫu 01) whose code a citizen scans to reach /ho-so/<code>.
 */
#ifndef QR_H
#define QR_H

struct pool;

/* The QR code of text (byte mode, error correction level M, smallest
 * version that fits) as one SVG element that can be inlined in an HTML
 * page or served alone: no XML declaration, no script.  It has a 4-module
 * light quiet zone, width and height of (modules + 8) * module_px pixels,
 * a viewBox in module units, role="img", an aria-label and a <title>
 * ("Mã QR tra cứu hồ sơ"), a white background and the dark modules as one
 * <path> with shape-rendering="crispEdges".  text itself never appears in
 * the SVG.  The string lives in the pool until its next pool_reset().
 * Returns NULL when text is NULL or empty, module_px is outside 1..64, or
 * libqrencode fails (text longer than a version 40-M code holds, out of
 * memory); that failure is logged. */
char	*qr_svg(struct pool *, const char *text, int module_px);

/* The same SVG as a data: URI ("data:image/svg+xml;base64,…") for an
 * <img src>, which HTML-escaped template output leaves intact.  NULL as
 * for qr_svg(). */
char	*qr_data_uri(struct pool *, const char *text, int module_px);

#endif
