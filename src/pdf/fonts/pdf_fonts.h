/*
 * pdf_fonts.h - the faces a PDF uses: found with fontconfig, measured with
 * HarfBuzz, cut down with hb-subset for embedding.
 *
 * A pdf_fonts holds the five style faces (pdf_face) plus any fallback fonts
 * found for characters the faces lack. Layout sees it only through
 * pdf_fonts_metrics(); the renderer splits each text run into pieces with
 * pdf_fonts_run(), which is also what width() uses, so what is measured is
 * exactly what is drawn.
 *
 * Widths are the fonts' own advances truncated to thousandths of an em, as
 * libharu writes them into the PDF's /W array, so a viewer advances exactly
 * as we measured; kerning (GPOS or kern pairs, found by shaping the pair with
 * HarfBuzz, ligatures off) is exact in font units and is applied by placing
 * each piece.
 */
#ifndef SHEAF_PDF_FONTS_H
#define SHEAF_PDF_FONTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../../base/arena.h"
#include "../../base/buf.h"
#include "../../base/diag.h"
#include "../../style/style.h"
#include "../pdf.h"

typedef struct pdf_fonts pdf_fonts;

/**
 * Resolve the style's families (font_body for regular, italic, bold and bold
 * italic; font_mono for PDF_FACE_MONO) with fontconfig, TrueType outlines
 * only, and load them. A family that is missing falls back to fontconfig's
 * best substitute with a warning; no usable font at all is an error.
 * Diagnostics found later (characters no font has) go to `d` too, so `d`
 * must outlive the fonts. Returns 0 with *out set, or -1.
 */
int pdf_fonts_new(arena *a, diag_list *d, const style *st, pdf_fonts **out);

/** Release the HarfBuzz objects. NULL is a no-op. */
void pdf_fonts_free(pdf_fonts *f);

/** The metrics interface layout uses; ud is `f`. */
pdf_metrics pdf_fonts_metrics(pdf_fonts *f);

/**
 * Where the text being measured or drawn comes from, for the warnings about
 * characters no font can print (file NULL = unknown). The string must live
 * as long as the diagnostics' arena or longer.
 */
void pdf_fonts_set_context(pdf_fonts *f, const char *file, uint32_t line);

/**
 * Resolve every character of UTF-8 s[0..len) in `face` so that the warnings
 * about characters no font can print are recorded now, against file:line
 * (line counted on at each newline in s), instead of later during layout,
 * which has no source positions. The writer calls this on each text node
 * of the tree before layout; each character is still warned about once.
 */
void pdf_fonts_scan(pdf_fonts *f, pdf_face face, const char *s, size_t len, const char *file,
                    uint32_t line);

/** The font file behind a face (for tests and reports). */
const char *pdf_fonts_face_path(const pdf_fonts *f, pdf_face face);

/** Number of font files loaded so far (faces + fallbacks). */
size_t pdf_fonts_file_count(const pdf_fonts *f);

/** Path and PostScript-ish family name of a loaded font file. */
const char *pdf_fonts_file_path(const pdf_fonts *f, size_t file);
const char *pdf_fonts_file_family(const pdf_fonts *f, size_t file);

/** Is the file lighter than semibold? A bold face's text a fallback font
 *  sets (a script the bold face lacks, found only in a regular weight)
 *  is then drawn emboldened (render.c). */
bool pdf_fonts_light(const pdf_fonts *f, size_t file);

/**
 * Which font file draws code point `cp` in `face`, and the code point to
 * draw: `cp` itself; for a character outside the BMP, the Private Use Area
 * code (slot) that file draws it with; U+FFFD for one outside the BMP that
 * no font has. The first time a character has no font a warning is
 * recorded with the current context.
 */
size_t pdf_fonts_resolve(pdf_fonts *f, pdf_face face, uint32_t cp, uint32_t *draw);

/** The character outside the BMP that font file `file` draws as `code`,
 *  or 0 when `code` is no slot of it (for the PDF's ToUnicode map). */
uint32_t pdf_fonts_slot_char(const pdf_fonts *f, size_t file, uint32_t code);

/** Called for each piece of a run: one font file, no kerning inside. `text`
 *  is NUL-terminated UTF-8 of the code points to draw; `x` is the offset
 *  from the run's start and `w` the piece's advance (the sum of its /W
 *  widths, exactly what a viewer moves by), in points. */
typedef void (*pdf_fonts_piece_fn)(void *ud, size_t file, const char *text, size_t len, double x,
                                   double w);

/**
 * Split UTF-8 s[0..len) set in `face` at `size` into pieces (calling `fn`
 * for each when it is not NULL) and return the run's advance width in points.
 * Invalid UTF-8 bytes count as U+FFFD; control characters as spaces.
 */
double pdf_fonts_run(pdf_fonts *f, pdf_face face, double size, const char *s, size_t len,
                     pdf_fonts_piece_fn fn, void *ud);

/**
 * Write into `out` a TrueType font holding only the glyphs for the given
 * code points of font file `file` (hb-subset; hinting dropped). Returns 0,
 * or -1 with a diagnostic.
 */
int pdf_fonts_subset(pdf_fonts *f, size_t file, const uint32_t *cps, size_t n, buf *out);

/** The same for a font that travels as its own file (the EPUB's): the name
 *  table keeps its copyright, licence and vendor records too. */
int pdf_fonts_subset_file(pdf_fonts *f, size_t file, const uint32_t *cps, size_t n, buf *out);

/** The font file a face was resolved to (its own characters; fallbacks aside). */
size_t pdf_fonts_face_file(const pdf_fonts *f, pdf_face face);

/** False when the font's licence bits (OS/2 fsType) forbid embedding it in
 *  a document (restricted, or bitmaps only). */
bool pdf_fonts_embeddable(const pdf_fonts *f, size_t file);

#endif
