/*
 * manifest.h - the collection manifest (collection.yaml), parsed with libyaml.
 *
 * Every value keeps its line and (byte) column so later stages can point at
 * it. Problems are recorded as diagnostics against the manifest file:
 * unknown keys (warning, with the nearest known key), wrong types, syntax
 * errors, missing, non-regular or escaping article paths (errors), duplicate
 * keys and articles, unknown language tags, a second document (warnings).
 * Hostile input (alias bombs, deep nesting, huge files) is refused with one
 * error after bounded work and memory; see the limits below.
 */
#ifndef SHEAF_MANIFEST_H
#define SHEAF_MANIFEST_H

#include <stdbool.h>
#include <stddef.h>

#include "../base/arena.h"
#include "../base/diag.h"
#include "../doc/doc.h"

/** Most articles one manifest may list (a guard against alias bombs). */
#define MANIFEST_MAX_ARTICLES 100000
/** Largest manifest file we read. */
#define MANIFEST_MAX_BYTES (16u * 1024u * 1024u)
/** Most YAML values (scalars, lists, mappings) one manifest may hold: libyaml
 *  keeps ~180 bytes per node, so this bounds its memory to ~180 MB. */
#define MANIFEST_MAX_NODES 1000000
/** Deepest nesting of lists and mappings (the schema needs 7). */
#define MANIFEST_MAX_DEPTH 32
/** Most values YAML aliases may make us visit again (alias bombs). */
#define MANIFEST_MAX_ALIAS_VISITS 100000

typedef struct manifest_part manifest_part;

typedef struct manifest_article {
    const char *path;     /* as written in the manifest */
    const char *resolved; /* relative to the working directory */
    doc_pos pos;          /* the entry in the manifest */
    const char *format;   /* "text" | "html" | "mhtml" | "webarchive" | "markdown" | NULL */
    int extract;          /* -1 = reader decides, 0 = take whole, 1 = extract */
    doc_meta meta;        /* overrides: non-NULL / non-zero fields win */
    manifest_part *part;  /* NULL in a flat list */
} manifest_article;

struct manifest_part {
    const char *title;
    const char *intro;          /* as written */
    const char *intro_resolved; /* NULL when none */
    doc_pos pos;
    size_t first, count; /* its articles in manifest.articles */
};

typedef struct manifest {
    const char *path; /* the manifest file */
    const char *dir;  /* its folder: article paths are relative to it */
    const char *title, *subtitle, *language, *date, *publisher, *rights, *description, *cover,
        *cover_resolved, *style, *paper, *identifier, *series;
    doc_pos title_pos, language_pos, date_pos, cover_pos, style_pos, paper_pos;
    const char **editors; /* NULL-terminated */
    size_t n_editors;
    const char **authors; /* whole-book authors (single-author books) */
    size_t n_authors;
    manifest_part *parts; /* NULL for a flat `articles:` list */
    size_t n_parts;
    manifest_article *articles;
    size_t n_articles;
    int toc_depth; /* 0 = style default */
} manifest;

typedef struct manifest_options {
    bool allow_outside; /* accept paths that leave the collection folder */
} manifest_options;

/**
 * Find the manifest for PATH: the file itself, or PATH/collection.yaml
 * (or .yml). Returns an arena string or NULL with an error recorded.
 */
const char *manifest_locate(arena *a, diag_list *d, const char *path);

/**
 * Parse and validate a manifest file. Returns 0 with *out set (warnings may
 * have been recorded), or -1 after recording at least one error; *out is
 * still set when the file could be parsed at all, so callers may go on
 * checking articles.
 */
int manifest_load(arena *a, diag_list *d, const char *path, const manifest_options *opt,
                  manifest **out);

/** Parse manifest text already in memory (tests). `path` names it in messages. */
int manifest_parse(arena *a, diag_list *d, const char *path, const char *text, size_t len,
                   const manifest_options *opt, manifest **out);

/** Paper names: "letter", "a4", "a5", "6x9in", "148x210mm", "500x700pt".
 *  Stores width and height in PostScript points. Returns 0 or -1. */
int manifest_paper_size(const char *paper, double *w_pt, double *h_pt);

/** True for a well-formed BCP 47 tag whose language subtag is known. */
bool manifest_language_known(const char *tag);

/** Edit distance (for "did you mean"): insertions, deletions, substitutions
 *  and swaps of neighbours each cost 1; ASCII case is ignored. */
size_t manifest_edit_distance(const char *a, const char *b);

/** The largest edit distance at which an unknown key `name` is close
 *  enough to a known one to suggest it. */
size_t manifest_suggest_limit(const char *name);

/**
 * Maps libyaml marks, which count characters, to the byte columns that
 * diagnostics carry (as compilers print them). Moves a cursor through the
 * text, so marks visited roughly in order cost linear time in all.
 */
typedef struct manifest_colmap {
    const char *text;
    size_t len;
    size_t base;   /* bytes of a UTF-8 byte-order mark libyaml does not count */
    size_t ci, bi; /* the cursor: character index and its byte offset */
    bool ascii;    /* no byte above 0x7f: columns need no mapping */
} manifest_colmap;

void manifest_colmap_init(manifest_colmap *cm, const char *text, size_t len);

/** 1-based byte column of the libyaml mark {index, column} (both 0-based,
 *  in characters). */
unsigned manifest_colmap_col(manifest_colmap *cm, size_t index, size_t column);

/**
 * The first pass over a YAML file, on libyaml's events only (no nodes are
 * built): records a syntax error, nesting deeper than max_depth (libyaml's
 * scanner is quadratic in flow depth) or more than max_nodes values (its
 * loader keeps ~180 bytes per node) as an error, and a second document as a
 * warning. what_file names the file in messages ("manifest", "style").
 * Returns 0, or -1 after an error. Shared with style.c.
 */
int manifest_yaml_prescan(diag_list *d, const char *file, const char *what_file, const char *text,
                          size_t len, manifest_colmap *cm, size_t max_depth, size_t max_nodes);

#endif
