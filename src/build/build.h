/*
 * build.h - the pipeline driver: manifest -> readers -> tree -> writers.
 *
 * A struct build owns the arena and the diagnostics of one collection.
 * Nothing here prints; the CLI reads b->diags when a stage returns.
 */
#ifndef SHEAF_BUILD_H
#define SHEAF_BUILD_H

#include <stdbool.h>

#include "../base/arena.h"
#include "../base/diag.h"
#include "../doc/doc.h"
#include "../manifest/manifest.h"

/** Progress report: `stage` is "reading", "typesetting" or "writing";
 *  `item` what is being worked on; done of total steps of that stage. */
typedef void (*build_progress_fn)(void *ud, const char *stage, const char *item, size_t done,
                                  size_t total);

typedef struct build_options {
    const char *out_dir;  /* default "out" */
    const char *formats;  /* comma list: "epub", "pdf"; default "epub,pdf" */
    const char *paper;    /* overrides the manifest */
    const char *style;    /* overrides the manifest */
    bool allow_outside;   /* article paths may leave the collection folder */
    bool keep_going;      /* write outputs despite errors */
    bool handouts;        /* also one PDF per article in OUT/NAME-handouts/;
                             needs the pdf format */
    bool verbose, quiet;
    unsigned jobs;        /* threads for reading and compressing; 0 = online
                             CPUs. Outputs are the same bytes for any value */
    build_progress_fn progress; /* NULL = silent; called on the caller's thread */
    void *progress_ud;
} build_options;

typedef struct build {
    arena *arena;             /* everything of this build */
    diag_list diags;
    const build_options *opt;
    const char *manifest_path;
    manifest *manifest;       /* NULL until loaded */
    doc doc;                  /* root is the DOC_COLLECTION */
    size_t articles_read;     /* articles that parsed without error */
    const char *outputs[4];   /* files build_write wrote, for the CLI to report */
    size_t n_outputs;
    const char *handouts_dir; /* the handouts folder written, or NULL */
    const char **handouts;    /* its files' paths, in book order */
    size_t n_handouts;
    arena **worker_arenas;    /* the reading threads' arenas (the tree lives
                                 in them too); freed with the build */
    size_t n_worker_arenas;
} build;

/** Start a build with its own arena. opt must outlive the build. */
void build_init(build *b, const build_options *opt);

/** Release the arena and diagnostics. */
void build_cleanup(build *b);

/**
 * Load the manifest at PATH (a folder or a file) and read every article into
 * b->doc, manifest overrides applied. Returns 0, or -1 when any error was
 * recorded (the tree holds whatever could be read).
 */
int build_load(build *b, const char *path);

/**
 * Write the outputs the options ask for (EPUB, PDF, and with opt->handouts
 * the folder of one PDF per article) into opt->out_dir, each through a
 * temporary file or folder renamed into place. Call after build_load
 * succeeded. Returns 0 or -1 with errors recorded (no output changed).
 */
int build_write(build *b);

/** Apply a manifest entry's metadata overrides to an article's meta. */
void build_apply_overrides(arena *a, doc_meta *meta, const doc_meta *over);

/** The collection title etc. for writers: the manifest, resolved. */
static inline const manifest *
build_manifest(const build *b)
{
    return b->manifest;
}

#endif
