/*
 * diag.h - collected diagnostics (SQLite's parse-context errors, curl's
 * tool/lib split): library code records, only the CLI prints.
 *
 * A record is {severity, file, line, col, message}. Functions that fail record
 * a diagnostic and return -1; their callers propagate without re-reporting.
 */
#ifndef SHEAF_DIAG_H
#define SHEAF_DIAG_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "arena.h"

typedef enum diag_severity {
    DIAG_NOTE,
    DIAG_WARNING,
    DIAG_ERROR,
} diag_severity;

typedef struct diag {
    diag_severity severity;
    const char *file;    /* NULL for diagnostics about no file */
    uint32_t line, col;  /* 1-based; 0 = unknown */
    const char *message; /* no trailing newline */
    uint32_t seq;        /* report order, keeps sorting stable */
} diag;

typedef struct diag_list {
    arena *arena;  /* where messages are copied; owned by the caller */
    diag *items;
    size_t count, cap;
    size_t errors, warnings;
    size_t max_kept;  /* past this many records only the counts grow */
    size_t dropped;   /* records not kept because of max_kept */
} diag_list;

/** Start an empty list whose strings live in `a`. */
void diag_init(diag_list *d, arena *a);

/** Free the record array (strings stay in the arena). */
void diag_cleanup(diag_list *d);

/** Record one diagnostic. file may be NULL; line/col 0 when unknown. */
void diag_report(diag_list *d, diag_severity sev, const char *file, uint32_t line,
                 uint32_t col, const char *fmt, ...)
    __attribute__((format(printf, 6, 7)));

/** Shorthands. */
#define diag_error(d, file, line, col, ...) \
    diag_report((d), DIAG_ERROR, (file), (line), (col), __VA_ARGS__)
#define diag_warn(d, file, line, col, ...) \
    diag_report((d), DIAG_WARNING, (file), (line), (col), __VA_ARGS__)
#define diag_note(d, file, line, col, ...) \
    diag_report((d), DIAG_NOTE, (file), (line), (col), __VA_ARGS__)

/** A place in a list to go back to (diag_rewind). */
typedef struct diag_mark {
    size_t count, errors, warnings, dropped;
} diag_mark;

/** Where the list is now. */
diag_mark diag_here(const diag_list *d);

/** Forget what was recorded after `m` (a stage run twice says it once). */
void diag_rewind(diag_list *d, diag_mark m);

/** Move all records of `from` to the end of `to` (strings are copied). */
void diag_append(diag_list *to, const diag_list *from);

/** Sort by file, line, column, then report order; a record repeating an
 *  earlier one word for word at the same place is dropped. */
void diag_sort(diag_list *d);

/** "error", "warning" or "note". */
const char *diag_severity_name(diag_severity sev);

/**
 * Print every record compiler-style ("file:line:col: error: message"), with
 * the offending source line and a caret when the file can be read. Colour
 * only when `color` is true. Used by the CLI only.
 */
void diag_print(const diag_list *d, FILE *out, bool color);

/** Format one record without colour or source line, e.g. for tests. */
char *diag_format(arena *a, const diag *g);

#endif
