/*
 * jsonld.h - minimal JSON values for the HTML reader's JSON-LD metadata.
 */
#ifndef SHEAF_RD_HTML_JSONLD_H
#define SHEAF_RD_HTML_JSONLD_H

#include <stddef.h>

#include "../../base/arena.h"
#include "../../base/buf.h"

/** Larger JSON-LD blocks are ignored. */
#define JSONLD_MAX_BYTES (1024u * 1024u)

typedef enum jsonld_type { JSONLD_OBJECT, JSONLD_ARRAY, JSONLD_STRING, JSONLD_OTHER } jsonld_type;

typedef struct jsonld_value jsonld_value;
struct jsonld_value {
    jsonld_type type;
    const char *key;     /* member name inside an object, else NULL */
    const char *str;     /* STRING: the text; OTHER: the literal */
    jsonld_value *first; /* OBJECT/ARRAY: first member */
    jsonld_value *next;  /* next sibling */
};

/** Parse s[0..len) (CDATA markers allowed); NULL when not valid JSON. */
jsonld_value *jsonld_parse(arena *a, const char *s, size_t len);

/** Member `key` of an object, or NULL. */
const jsonld_value *jsonld_get(const jsonld_value *obj, const char *key);

/** String member `key` of an object, or NULL. */
const char *jsonld_str(const jsonld_value *obj, const char *key);

#endif
