/*
 * dlfn.h - a library's function found with dlsym, for the decoders that
 * open their library only when a picture of its kind comes (svg.c, avif.c).
 */
#ifndef SHEAF_PDF_DLFN_H
#define SHEAF_PDF_DLFN_H

#include <dlfcn.h>
#include <stdbool.h>
#include <string.h>

/* Store lib's function `name` in *fn, a function pointer (dlsym gives an
 * object pointer; POSIX guarantees the copy is one). False when lib has
 * no such function. */
static inline bool
pdf_dlfn(void *lib, const char *name, void *fn)
{
    void *sym = dlsym(lib, name);
    if (!sym)
        return false;
    memcpy(fn, &sym, sizeof sym);
    return true;
}

/* In a loader returning void: store lib's function `name` in the function
 * pointer table.field, or return (the table stays unusable). */
#define PDF_DLFN_LOAD(lib, table, field, name)                                                     \
    do {                                                                                           \
        _Static_assert(sizeof(table).field == sizeof(void *), "a function pointer");               \
        if (!pdf_dlfn((lib), (name), &(table).field))                                              \
            return;                                                                                \
    } while (0)

#endif
