/*
 * write.c - placeholder until the EPUB writer lands (issue 3).
 */
#include "build.h"

int
build_write(build *b)
{
    diag_error(&b->diags, b->manifest_path, 0, 0, "writing books is not implemented yet");
    return -1;
}
