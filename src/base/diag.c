/*
 * diag.c - collecting, sorting and printing diagnostics.
 *
 * Printing looks up the offending source line so the user sees the text and
 * a caret under the column, as a compiler does. The lookup reads at most a
 * few megabytes and prints at most one screen line, so a huge or binary
 * input never floods the terminal. Records arrive sorted by file and line, so
 * one open file is read forward from one record to the next: ten thousand
 * records on one manifest cost one pass over it, not ten thousand.
 */
#include "diag.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define DIAG_DEFAULT_MAX 10000
#define DIAG_SCAN_LIMIT (8u * 1024u * 1024u)
#define DIAG_SHOW_COLS 160

void
diag_init(diag_list *d, arena *a)
{
    memset(d, 0, sizeof(*d));
    d->arena = a;
    d->max_kept = DIAG_DEFAULT_MAX;
}

void
diag_cleanup(diag_list *d)
{
    free(d->items);
    d->items = NULL;
    d->count = d->cap = 0;
}

static void
diag_push(diag_list *d, diag_severity sev, const char *file, uint32_t line,
          uint32_t col, const char *msg)
{
    if (sev == DIAG_ERROR)
        d->errors++;
    else if (sev == DIAG_WARNING)
        d->warnings++;
    if (d->count >= d->max_kept) {
        d->dropped++;
        return;
    }
    if (d->count == d->cap) {
        d->cap = d->cap ? d->cap * 2 : 16;
        d->items = xrealloc(d->items, d->cap * sizeof(diag));
    }
    diag *g = &d->items[d->count];
    g->severity = sev;
    g->file = file ? arena_strdup(d->arena, file) : NULL;
    g->line = line;
    g->col = col;
    g->message = msg;
    g->seq = (uint32_t)d->count;
    d->count++;
}

void
diag_report(diag_list *d, diag_severity sev, const char *file, uint32_t line,
            uint32_t col, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char *msg = arena_vprintf(d->arena, fmt, ap);
    va_end(ap);
    diag_push(d, sev, file, line, col, msg);
}

void
diag_append(diag_list *to, const diag_list *from)
{
    for (size_t i = 0; i < from->count; i++) {
        const diag *g = &from->items[i];
        diag_push(to, g->severity, g->file, g->line, g->col,
                  arena_strdup(to->arena, g->message));
    }
    to->dropped += from->dropped;
}

static int
diag_cmp(const void *pa, const void *pb)
{
    const diag *a = pa, *b = pb;
    if (a->file != b->file) {
        if (!a->file)
            return -1;
        if (!b->file)
            return 1;
        int c = strcmp(a->file, b->file);
        if (c)
            return c;
    }
    if (a->line != b->line)
        return a->line < b->line ? -1 : 1;
    if (a->col != b->col)
        return a->col < b->col ? -1 : 1;
    return a->seq < b->seq ? -1 : a->seq > b->seq;
}

static bool
same_place(const diag *a, const diag *b)
{
    return a->line == b->line && a->col == b->col &&
           (a->file == b->file || (a->file && b->file && strcmp(a->file, b->file) == 0));
}

void
diag_sort(diag_list *d)
{
    if (d->count < 2)
        return;
    qsort(d->items, d->count, sizeof(diag), diag_cmp);
    /* one fact said twice at one place (both books finding the same
       picture unusable) is kept once */
    size_t n = 0;
    for (size_t i = 0; i < d->count; i++) {
        const diag *g = &d->items[i];
        bool seen = false;
        for (size_t j = n; j-- > 0 && same_place(&d->items[j], g) && !seen;)
            seen = d->items[j].severity == g->severity &&
                   strcmp(d->items[j].message, g->message) == 0;
        if (!seen) {
            d->items[n++] = *g;
            continue;
        }
        if (g->severity == DIAG_ERROR)
            d->errors--;
        else if (g->severity == DIAG_WARNING)
            d->warnings--;
    }
    d->count = n;
}

const char *
diag_severity_name(diag_severity sev)
{
    switch (sev) {
    case DIAG_ERROR: return "error";
    case DIAG_WARNING: return "warning";
    default: return "note";
    }
}

char *
diag_format(arena *a, const diag *g)
{
    const char *sev = diag_severity_name(g->severity);
    if (!g->file)
        return arena_printf(a, "sheaf: %s: %s", sev, g->message);
    if (!g->line)
        return arena_printf(a, "%s: %s: %s", g->file, sev, g->message);
    if (!g->col)
        return arena_printf(a, "%s:%u: %s: %s", g->file, g->line, sev, g->message);
    return arena_printf(a, "%s:%u:%u: %s: %s", g->file, g->line, g->col, sev, g->message);
}

/* Where diag_print stands in the file it last read. */
typedef struct diag_src {
    FILE *f;
    const char *file;
    uint32_t line;     /* line of the next byte read */
    size_t scanned;    /* bytes read so far */
    uint32_t got_line; /* the line now in `text` (0 = none) */
    bool got;          /* that line was found */
    char text[DIAG_SHOW_COLS * 4 + 1];
} diag_src;

/* Copy line `line` of `file` into out (at most outsz-1 bytes). */
static bool
diag_source_line(diag_src *src, const char *file, uint32_t line, char *out, size_t outsz)
{
    if (src->got_line == line && src->file && strcmp(src->file, file) == 0) {
        snprintf(out, outsz, "%s", src->text);
        return src->got;
    }
    if (!src->f || strcmp(src->file, file) != 0 || line < src->line) {
        if (src->f)
            fclose(src->f);
        src->f = fopen(file, "rb");
        src->file = file;
        src->line = 1;
        src->scanned = 0;
        src->got_line = 0;
        if (!src->f)
            return false;
    }
    FILE *f = src->f;
    size_t n = 0;
    int c;
    bool found = false;
    while (src->scanned < DIAG_SCAN_LIMIT && (c = fgetc(f)) != EOF) {
        src->scanned++;
        if (src->line == line) {
            found = true;
            if (c == '\n') {
                src->line++;
                break;
            }
            if (c == '\r')
                continue;
            if (n + 1 < outsz)
                out[n++] = (c == '\t') ? ' ' : (char)c;
        } else if (c == '\n') {
            src->line++;
        }
    }
    out[n] = '\0';
    src->got_line = line;
    src->got = false;
    src->text[0] = '\0';
    if (!found)
        return false;
    for (size_t i = 0; i < n; i++)
        if ((unsigned char)out[i] < 0x20 || out[i] == 0x7f)
            return false; /* binary junk: don't echo it */
    src->got = n > 0;
    snprintf(src->text, sizeof(src->text), "%s", out);
    return n > 0;
}

void
diag_print(const diag_list *d, FILE *out, bool color)
{
    static const char *colors[] = {"\033[1;36m", "\033[1;35m", "\033[1;31m"};
    const char *bold = color ? "\033[1m" : "";
    const char *reset = color ? "\033[0m" : "";
    diag_src src;
    memset(&src, 0, sizeof(src));
    for (size_t i = 0; i < d->count; i++) {
        const diag *g = &d->items[i];
        const char *sev = diag_severity_name(g->severity);
        const char *sc = color ? colors[g->severity] : "";
        if (!g->file)
            fprintf(out, "%ssheaf:%s ", bold, reset);
        else if (!g->line)
            fprintf(out, "%s%s:%s ", bold, g->file, reset);
        else if (!g->col)
            fprintf(out, "%s%s:%u:%s ", bold, g->file, g->line, reset);
        else
            fprintf(out, "%s%s:%u:%u:%s ", bold, g->file, g->line, g->col, reset);
        fprintf(out, "%s%s:%s %s\n", sc, sev, reset, g->message);
        char line[DIAG_SHOW_COLS * 4 + 1];
        if (g->file && g->line && g->col &&
            diag_source_line(&src, g->file, g->line, line, sizeof(line))) {
            fprintf(out, "  %s\n  ", line);
            /* Count display columns up to the byte column (UTF-8 aware). */
            size_t bytes = g->col - 1, w = 0;
            for (size_t k = 0; k < bytes && line[k]; k++)
                if (((unsigned char)line[k] & 0xC0) != 0x80)
                    w++;
            for (size_t k = 0; k < w; k++)
                fputc(' ', out);
            fprintf(out, "%s^%s\n", color ? colors[DIAG_ERROR] : "", reset);
        }
    }
    if (src.f)
        fclose(src.f);
    if (d->dropped)
        fprintf(out, "sheaf: note: %zu more diagnostics not shown\n", d->dropped);
}

diag_mark
diag_here(const diag_list *d)
{
    return (diag_mark){d->count, d->errors, d->warnings, d->dropped};
}

void
diag_rewind(diag_list *d, diag_mark m)
{
    if (m.count > d->count)
        return; /* not a mark of this list as it is */
    d->count = m.count;
    d->errors = m.errors;
    d->warnings = m.warnings;
    d->dropped = m.dropped;
}
