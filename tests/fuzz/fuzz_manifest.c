/*
 * fuzz_manifest.c - libFuzzer target: collection.yaml and style.yaml text.
 *
 * The first byte picks the parser; the rest is the file. Both stand on
 * libyaml and our own checks (bounded aliases and nesting, positions for
 * every message), so hostile YAML must end in diagnostics, never a crash,
 * a hang or a blow-up.
 */
#include "base/arena.h"
#include "base/diag.h"
#include "manifest/manifest.h"
#include "style/style.h"

#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    const char *text = (const char *)data + 1;
    if (data[0] & 1) {
        style s;
        style_defaults(&s);
        (void)style_parse(a, &d, "style.yaml", text, size - 1, &s);
    } else {
        manifest_options opt = {0};
        manifest *m = NULL;
        (void)manifest_parse(a, &d, "collection.yaml", text, size - 1, &opt, &m);
    }
    diag_cleanup(&d);
    arena_free(a);
    return 0;
}
