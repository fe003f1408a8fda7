/*
 * avif.h - AVIF photographs decoded with libavif, for image.c only (which
 * hands the rows to the same scaler as every other format).
 *
 * libavif is opened with dlopen when the first AVIF comes: linked, it and
 * the AV1 codecs it depends on (dav1d, aom, rav1e, SVT-AV1, libgav1)
 * would cost every run of sheaf some ten milliseconds of start-up.
 */
#ifndef SHEAF_PDF_AVIF_H
#define SHEAF_PDF_AVIF_H

#include <stdbool.h>
#include <stddef.h>

typedef struct pdf_avif pdf_avif;

/**
 * Parse the picture in data[0..len) (which must outlive the handle). On
 * success returns a handle with its size and whether it has alpha;
 * otherwise NULL with the reason in msg.
 */
pdf_avif *pdf_avif_open(const unsigned char *data, size_t len, int *w, int *h, bool *alpha,
                        char *msg, size_t cap);

/**
 * Decode the first frame to 8-bit RGB (nc 3) or RGBA (nc 4): returns its
 * rows, top first, *row_bytes apart, owned by the handle; NULL with msg
 * on failure (a picture cut short, a broken one).
 */
const unsigned char *pdf_avif_rows(pdf_avif *a, int nc, size_t *row_bytes, char *msg, size_t cap);

/**
 * How the stored rows are turned to be seen upright, as an EXIF
 * orientation (1 = as stored ... 8), from the file's rotation (irot) and
 * mirror (imir) properties: a phone photograph is stored as the sensor
 * saw it and says how to turn it, as a JPEG's EXIF does.
 */
int pdf_avif_orientation(const pdf_avif *a);

void pdf_avif_close(pdf_avif *a);

#endif
