/*
 * svg.h - SVG drawings rasterized with librsvg, for image.c only (which
 * hands the pixels to the same scaler as every other format).
 *
 * A drawing is sized as a browser sizes an <img> of it: its width and height
 * in CSS pixels (96 to the inch), else its viewBox read as pixels, else 300
 * by 150. Nothing outside the file is ever loaded: no base location is
 * given to librsvg, so an external picture or style sheet it names is left
 * out, and scripts and animations are never run.
 */
#ifndef SHEAF_PDF_SVG_H
#define SHEAF_PDF_SVG_H

#include <stdbool.h>
#include <stddef.h>

/** Does a file starting with these bytes hold an SVG drawing? */
bool pdf_svg_sniff(const unsigned char *head, size_t n);

typedef struct pdf_svg pdf_svg;

/**
 * Parse the drawing in data[0..len). On success returns a handle and its
 * natural size in CSS pixels; otherwise NULL with the reason in msg.
 */
pdf_svg *pdf_svg_open(const unsigned char *data, size_t len, double *w_px, double *h_px, char *msg,
                      size_t cap);

/**
 * Draw the whole drawing into w x h pixels: malloc'd RGBA rows (straight,
 * not premultiplied alpha), top row first; NULL with msg on failure. The
 * drawing is done in a child process, stopped past a time and a memory
 * limit (librsvg's own limits do not bound all the work a drawing can ask
 * for: embedded pictures, filters and text repeated through <use>).
 */
unsigned char *pdf_svg_draw(pdf_svg *s, int w, int h, char *msg, size_t cap);

/** Change the time limit of a drawing (0: the default, 10 s); for tests. */
void pdf_svg_limit_seconds(unsigned seconds);

/** Change the seconds a run may spend on drawings that cannot be drawn
 *  before it tries no more (0: the default, 30 s), and start counting
 *  again; for tests. */
void pdf_svg_limit_budget(double seconds);

/** The most pixels the drawing may be drawn at, bounding the time its
 *  filters take (INFINITY when it applies none). */
double pdf_svg_max_pixels(const pdf_svg *s);

void pdf_svg_close(pdf_svg *s);

#endif
