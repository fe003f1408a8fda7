/*
 * fake_metrics.h - a fixed-width pdf_metrics for layout and line-breaking
 * tests: every character is half an em wide (bold 0.6 em), ascent 0.8 em,
 * descent 0.2 em, no kerning. Widths are exact, so tests can compute the
 * expected positions by hand.
 */
#ifndef SHEAF_TEST_FAKE_METRICS_H
#define SHEAF_TEST_FAKE_METRICS_H

#include "base/utf8.h"
#include "pdf/pdf.h"

static double
fake_width(void *ud, pdf_face face, double size, const char *s, size_t len)
{
    (void)ud;
    double em = face == PDF_FACE_BOLD ? 0.6 : 0.5;
    return (double)utf8_length(s, len) * em * size;
}

static double
fake_ascent(void *ud, pdf_face face, double size)
{
    (void)ud;
    (void)face;
    return 0.8 * size;
}

static double
fake_descent(void *ud, pdf_face face, double size)
{
    (void)ud;
    (void)face;
    return -0.2 * size;
}

static const pdf_metrics fake = {NULL, fake_width, NULL, fake_ascent, fake_descent};

#endif
