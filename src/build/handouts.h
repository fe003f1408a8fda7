/*
 * handouts.h - `sheaf build --handouts`: one PDF per article, beside the
 * book (handouts.c). Used by build_write only.
 */
#ifndef SHEAF_BUILD_HANDOUTS_H
#define SHEAF_BUILD_HANDOUTS_H

#include <time.h>

#include "../style/style.h"
#include "build.h"

/** Handouts made but not yet in place. */
typedef struct build_handouts {
    const char *dir;     /* OUT/NAME-handouts, the folder they go to */
    const char *tmp_dir; /* where they are being written; NULL = nothing made */
} build_handouts;

/**
 * Typeset every article of b->doc on its own (opt->jobs threads) into a new
 * temporary folder beside OUT/NAME-handouts, files named NN-slug.pdf in book
 * order, and list them in b->handouts. Nothing visible changes yet. Returns
 * 0, or -1 with errors recorded and no temporary folder left.
 */
int build_handouts_make(build *b, const style *st, time_t ts, const char *out_dir,
                        const char *name, build_handouts *h);

/**
 * Put the made folder in the place of OUT/NAME-handouts (the previous one,
 * with handouts of articles since removed, goes whole). Returns 0, or -1
 * with an error recorded and the previous folder kept.
 */
int build_handouts_commit(build *b, build_handouts *h);

/** Remove the made folder (another output failed). */
void build_handouts_discard(build_handouts *h);

#endif
