/*
 * style.c - loading style.yaml.
 *
 * The YAML tree is flattened to dotted keys ("margins.top") and each key is
 * looked up in one table of {key, kind, field offset}, so adding a setting is
 * one line here and one field in style.h. Values are checked by kind:
 * lengths take pt/in/mm/cm, ems take "em" or a bare number. A style file may
 * come with a collection, so it gets the manifest's first pass against
 * hostile YAML and its byte columns (manifest_yaml_prescan, manifest_colmap).
 */
#include "style.h"

#include <ctype.h>
#include <dirent.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#include "../base/fs.h"
#include "../manifest/manifest.h"

void
style_defaults(style *s)
{
    memset(s, 0, sizeof(*s));
    s->name = "classic";
    s->font_body = "Charis SIL";
    s->font_heading = "Charis SIL";
    s->font_mono = "DejaVu Sans Mono";
    s->size = 10.5;
    s->leading = 1.35;
    s->justify = true;
    s->hyphenate = true;
    s->indent = 1.2;
    s->para_spacing = 0;
    static const double scale[6] = {1.7, 1.3, 1.12, 1.06, 1.0, 1.0};
    memcpy(s->heading_scale, scale, sizeof(scale));
    s->quote_indent = 1.5;
    s->quote_scale = 0.93;
    s->code_scale = 0.85;
    s->margin_top = 54;
    s->margin_bottom = 63;
    s->margin_inner = 57.6;
    s->margin_outer = 57.6;
    s->measure = 32;
    s->expansion = 0.02;
    s->running_heads = true;
    s->folio = STYLE_FOLIO_BOTTOM_CENTER;
    s->opening_new_page = true;
    s->opening_drop = 72;
    s->notes = STYLE_NOTES_END;
    s->toc_depth = 2;
    s->smart_typography = true;
}

typedef enum kind {
    K_STR,
    K_BOOL,
    K_NUM,
    K_EM,
    K_PT,
    K_INT,
    K_SCALES,
    K_ALIGN,
    K_FOLIO,
    K_NOTES
} kind;

typedef struct field {
    const char *key;
    kind kind;
    size_t offset;
    double min, max;
} field;

#define F(key, kind, member, min, max)                                                             \
    {                                                                                              \
        key, kind, offsetof(style, member), min, max                                               \
    }
static const field fields[] = {
    F("name", K_STR, name, 0, 0),
    F("description", K_STR, description, 0, 0),
    F("fonts.body", K_STR, font_body, 0, 0),
    F("fonts.heading", K_STR, font_heading, 0, 0),
    F("fonts.mono", K_STR, font_mono, 0, 0),
    F("size", K_PT, size, 5, 48),
    F("leading", K_NUM, leading, 0.8, 3),
    F("align", K_ALIGN, justify, 0, 0),
    F("hyphenate", K_BOOL, hyphenate, 0, 0),
    F("paragraph.indent", K_EM, indent, 0, 10),
    F("paragraph.spacing", K_EM, para_spacing, 0, 5),
    F("headings.scale", K_SCALES, heading_scale, 0.5, 4),
    F("quote.indent", K_EM, quote_indent, 0, 10),
    F("quote.scale", K_NUM, quote_scale, 0.5, 1.5),
    F("code.scale", K_NUM, code_scale, 0.5, 1.5),
    F("margins.top", K_PT, margin_top, 0, 288),
    F("margins.bottom", K_PT, margin_bottom, 0, 288),
    F("margins.inner", K_PT, margin_inner, 0, 288),
    F("margins.outer", K_PT, margin_outer, 0, 288),
    F("measure", K_EM, measure, 0, 200),
    F("expansion", K_NUM, expansion, 0, 0.05),
    F("running_heads", K_BOOL, running_heads, 0, 0),
    F("folio", K_FOLIO, folio, 0, 0),
    F("opening.new_page", K_BOOL, opening_new_page, 0, 0),
    F("opening.drop", K_PT, opening_drop, 0, 400),
    F("line_numbers", K_BOOL, line_numbers, 0, 0),
    F("printed_urls", K_BOOL, printed_urls, 0, 0),
    F("notes", K_NOTES, notes, 0, 0),
    F("toc_depth", K_INT, toc_depth, 1, 6),
    F("smart_typography", K_BOOL, smart_typography, 0, 0),
    F("high_contrast", K_BOOL, high_contrast, 0, 0),
    F("epub.embed_fonts", K_BOOL, epub_embed_fonts, 0, 0),
};
#undef F

#define N_FIELDS (sizeof(fields) / sizeof(fields[0]))

typedef struct sctx {
    arena *a;
    diag_list *d;
    const char *file;
    yaml_document_t *doc;
    style *s;
    int errors;
    manifest_colmap cm;
    yaml_node_t *first[N_FIELDS]; /* each setting's first key, for duplicates */
} sctx;

static unsigned
col_of(sctx *c, const yaml_node_t *n)
{
    return manifest_colmap_col(&c->cm, n->start_mark.index, n->start_mark.column);
}

/* Parse "12", "12pt", "0.75in", "20mm", "2cm" into points. */
static bool
parse_length(const char *v, double *out)
{
    char *end;
    double x = strtod(v, &end);
    if (end == v)
        return false;
    while (*end == ' ')
        end++;
    double unit = 1;
    if (!*end || strcmp(end, "pt") == 0)
        unit = 1;
    else if (strcmp(end, "in") == 0)
        unit = 72;
    else if (strcmp(end, "mm") == 0)
        unit = 72 / 25.4;
    else if (strcmp(end, "cm") == 0)
        unit = 72 / 2.54;
    else
        return false;
    *out = x * unit;
    return true;
}

static bool
parse_number(const char *v, const char *suffix, double *out)
{
    char *end;
    double x = strtod(v, &end);
    if (end == v)
        return false;
    while (*end == ' ')
        end++;
    if (*end && !(suffix && strcmp(end, suffix) == 0))
        return false;
    *out = x;
    return true;
}

static int
parse_bool(const char *v)
{
    if (!strcasecmp(v, "true") || !strcasecmp(v, "yes") || !strcasecmp(v, "on"))
        return 1;
    if (!strcasecmp(v, "false") || !strcasecmp(v, "no") || !strcasecmp(v, "off"))
        return 0;
    return -1;
}

static void
set_field(sctx *c, const field *f, yaml_node_t *n)
{
    unsigned line = (unsigned)n->start_mark.line + 1, col = col_of(c, n);
    void *dst = (char *)c->s + f->offset;
    if (f->kind == K_SCALES) {
        size_t count = n->type == YAML_SEQUENCE_NODE
                           ? (size_t)(n->data.sequence.items.top - n->data.sequence.items.start)
                           : 0;
        if (count < 1 || count > 6) {
            diag_error(c->d, c->file, line, col,
                       "'%s' must be a list of 1 to 6 numbers (article title, h2, h3, ...)",
                       f->key);
            c->errors++;
            return;
        }
        double scales[6];
        size_t i = 0;
        for (yaml_node_item_t *it = n->data.sequence.items.start; it < n->data.sequence.items.top;
             it++, i++) {
            yaml_node_t *item = yaml_document_get_node(c->doc, *it);
            double x;
            if (!item || item->type != YAML_SCALAR_NODE ||
                !parse_number((const char *)item->data.scalar.value, NULL, &x) ||
                !(x >= f->min && x <= f->max)) {
                yaml_node_t *at = item ? item : n;
                diag_error(c->d, c->file, (unsigned)at->start_mark.line + 1, col_of(c, at),
                           "'%s' entries must be numbers from %g to %g", f->key, f->min, f->max);
                c->errors++;
                return;
            }
            scales[i] = x;
        }
        /* Levels not given follow the last one, but never larger than body text. */
        for (; i < 6; i++)
            scales[i] = scales[i - 1] > 1.0 ? 1.0 : scales[i - 1];
        memcpy(dst, scales, sizeof(scales));
        return;
    }
    if (n->type != YAML_SCALAR_NODE) {
        diag_error(c->d, c->file, line, col, "'%s' must be a single value", f->key);
        c->errors++;
        return;
    }
    const char *v = (const char *)n->data.scalar.value;
    double x = 0;
    int b;
    switch (f->kind) {
    case K_STR:
        if (!v[0] || (n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
                      (!strcmp(v, "~") || !strcmp(v, "null")))) {
            diag_error(c->d, c->file, line, col, "'%s' is empty", f->key);
            c->errors++;
            return;
        }
        *(const char **)dst = arena_strdup(c->a, v);
        return;
    case K_BOOL:
        if ((b = parse_bool(v)) < 0)
            break;
        *(bool *)dst = b;
        return;
    case K_ALIGN:
        if (strcmp(v, "justify") == 0 || strcmp(v, "justified") == 0)
            *(bool *)dst = true;
        else if (strcmp(v, "left") == 0 || strcmp(v, "ragged") == 0)
            *(bool *)dst = false;
        else
            break;
        return;
    case K_FOLIO: {
        static const char *const names[] = {"none", "bottom-center", "bottom-outer", "top-outer"};
        for (int i = 0; i < 4; i++) {
            if (strcmp(v, names[i]) == 0) {
                *(style_folio *)dst = (style_folio)i;
                return;
            }
        }
        break;
    }
    case K_NOTES:
        if (strcmp(v, "end") == 0)
            *(style_notes *)dst = STYLE_NOTES_END;
        else if (strcmp(v, "foot") == 0)
            *(style_notes *)dst = STYLE_NOTES_FOOT;
        else
            break;
        return;
    case K_NUM:
    case K_EM:
    case K_PT:
    case K_INT:
        if (f->kind == K_PT ? !parse_length(v, &x)
                            : !parse_number(v, f->kind == K_EM ? "em" : NULL, &x))
            break;
        /* Written so that NaN fails too. */
        if (!(x >= f->min && x <= f->max) || (f->kind == K_INT && x != (int)x)) {
            diag_error(c->d, c->file, line, col, "'%s' is %s; it must be from %g to %g%s", f->key,
                       v, f->min, f->max, f->kind == K_PT ? " pt" : "");
            c->errors++;
            return;
        }
        if (f->kind == K_INT)
            *(int *)dst = (int)x;
        else
            *(double *)dst = x;
        return;
    default: break;
    }
    static const char *const expect[] = {[K_BOOL] = "true or false",
                                         [K_NUM] = "a number",
                                         [K_EM] = "a length in em (e.g. 1.5em)",
                                         [K_PT] = "a length (e.g. 12pt, 0.75in, 20mm)",
                                         [K_INT] = "a whole number",
                                         [K_ALIGN] = "justify or left",
                                         [K_FOLIO] =
                                             "none, bottom-center, bottom-outer or top-outer",
                                         [K_NOTES] = "end or foot"};
    diag_error(c->d, c->file, line, col, "'%s' must be %s, not '%s'", f->key,
               expect[f->kind] ? expect[f->kind] : "a value", v);
    c->errors++;
}

static void
walk(sctx *c, yaml_node_t *map, const char *prefix)
{
    for (yaml_node_pair_t *p = map->data.mapping.pairs.start; p < map->data.mapping.pairs.top;
         p++) {
        yaml_node_t *k = yaml_document_get_node(c->doc, p->key);
        yaml_node_t *v = yaml_document_get_node(c->doc, p->value);
        if (!k || !v || k->type != YAML_SCALAR_NODE)
            continue;
        char key[128];
        snprintf(key, sizeof(key), "%s%s%s", prefix, prefix[0] ? "." : "",
                 (const char *)k->data.scalar.value);
        const field *f = NULL;
        for (size_t i = 0; i < N_FIELDS; i++)
            if (strcmp(fields[i].key, key) == 0)
                f = &fields[i];
        if (f) {
            yaml_node_t **first = &c->first[f - fields];
            if (*first) {
                diag_warn(c->d, c->file, (unsigned)k->start_mark.line + 1, col_of(c, k),
                          "duplicate setting '%s' (first given on line %u); this one is ignored",
                          key, (unsigned)(*first)->start_mark.line + 1);
                continue;
            }
            *first = k;
            set_field(c, f, v);
            continue;
        }
        const char *group_field = NULL; /* the first setting in group `key` */
        size_t n = strlen(key);
        for (size_t i = 0; i < N_FIELDS && !prefix[0] && !group_field; i++)
            if (strncmp(fields[i].key, key, n) == 0 && fields[i].key[n] == '.')
                group_field = fields[i].key;
        bool group = group_field != NULL;
        if (group && v->type == YAML_MAPPING_NODE) {
            walk(c, v, key);
            continue;
        }
        if (group) {
            diag_error(c->d, c->file, (unsigned)v->start_mark.line + 1, col_of(c, v),
                       "'%s' must be a mapping of settings such as '%s'", key, group_field + n + 1);
            c->errors++;
            continue;
        }
        const char *best = NULL;
        size_t best_d = (size_t)-1;
        for (size_t i = 0; i < N_FIELDS; i++) {
            size_t dist = manifest_edit_distance(key, fields[i].key);
            if (dist < best_d) {
                best_d = dist;
                best = fields[i].key;
            }
        }
        unsigned line = (unsigned)k->start_mark.line + 1, col = col_of(c, k);
        if (best && best_d <= manifest_suggest_limit(key))
            diag_warn(c->d, c->file, line, col, "unknown style setting '%s'; did you mean '%s'?",
                      key, best);
        else
            diag_warn(c->d, c->file, line, col, "unknown style setting '%s' (ignored)", key);
    }
}

int
style_parse(arena *a, diag_list *d, const char *path, const char *text, size_t len, style *s)
{
    sctx c;
    memset(&c, 0, sizeof(c));
    c.a = a;
    c.d = d;
    c.file = arena_strdup(a, path);
    c.s = s;
    manifest_colmap_init(&c.cm, text, len);
    /* A real style has a few dozen values. */
    if (manifest_yaml_prescan(d, c.file, "style", text, len, &c.cm, 8, 10000) < 0)
        return -1;
    yaml_parser_t parser;
    yaml_document_t ydoc;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    if (!yaml_parser_load(&parser, &ydoc)) {
        diag_error(
            d, c.file, (unsigned)parser.problem_mark.line + 1,
            manifest_colmap_col(&c.cm, parser.problem_mark.index, parser.problem_mark.column),
            "YAML syntax error: %s", parser.problem ? parser.problem : "syntax error");
        yaml_parser_delete(&parser);
        return -1;
    }
    c.doc = &ydoc;
    yaml_node_t *root = yaml_document_get_root_node(&ydoc);
    if (root && root->type == YAML_MAPPING_NODE) {
        walk(&c, root, "");
    } else if (root && !(root->type == YAML_SCALAR_NODE && root->data.scalar.length == 0)) {
        diag_error(d, c.file, (unsigned)root->start_mark.line + 1, col_of(&c, root),
                   "a style must be a mapping of settings (size:, margins:, ...)");
        c.errors++;
    }
    yaml_document_delete(&ydoc);
    yaml_parser_delete(&parser);
    return c.errors ? -1 : 0;
}

const char *const *
style_search_path(void)
{
    static const char *const dirs[] = {SHEAF_SOURCE_DIR "/styles", SHEAF_DATADIR "/styles",
                                       "styles", NULL};
    return dirs;
}

/* The style folder name closest to `name` (for "did you mean"), or NULL. */
static const char *
nearest_style(arena *a, const char *name, const char *collection_dir)
{
    const char *best = NULL;
    size_t best_d = manifest_suggest_limit(name) + 1;
    const char *const *sp = style_search_path();
    for (int i = -1; i < 0 || sp[i]; i++) {
        const char *root =
            i < 0 ? (collection_dir ? fs_join(a, collection_dir, "styles") : NULL) : sp[i];
        DIR *dir = root ? opendir(root) : NULL;
        if (!dir)
            continue;
        struct dirent *e;
        while ((e = readdir(dir))) {
            if (e->d_name[0] == '.')
                continue;
            size_t dist = manifest_edit_distance(name, e->d_name);
            if (dist < best_d) {
                best_d = dist;
                best = arena_strdup(a, e->d_name);
            }
        }
        closedir(dir);
    }
    return best;
}

int
style_load(arena *a, diag_list *d, const char *name, const char *collection_dir,
           const char *ref_file, unsigned ref_line, unsigned ref_col, style **out)
{
    style *s = arena_alloc(a, sizeof(*s));
    style_defaults(s);
    *out = s;
    if (!name)
        name = "classic";
    if (!name[0]) {
        diag_error(d, ref_file, ref_line, ref_col, "empty style name");
        return -1;
    }
    const char *dir = NULL;
    if (strchr(name, '/')) {
        const char *p = collection_dir ? fs_join(a, collection_dir, name) : name;
        if (fs_is_dir(p))
            dir = p;
    } else {
        for (size_t i = 0; name[i]; i++) {
            if (!isalnum((unsigned char)name[i]) && name[i] != '-' && name[i] != '_') {
                diag_error(d, ref_file, ref_line, ref_col, "bad style name '%s'", name);
                return -1;
            }
        }
        if (collection_dir) {
            const char *p = fs_join(a, fs_join(a, collection_dir, "styles"), name);
            if (fs_is_dir(p))
                dir = p;
        }
        for (const char *const *sp = style_search_path(); !dir && *sp; sp++) {
            const char *p = fs_join(a, *sp, name);
            if (fs_is_dir(p))
                dir = p;
        }
    }
    if (!dir) {
        const char *near = strchr(name, '/') ? NULL : nearest_style(a, name, collection_dir);
        if (near)
            diag_error(d, ref_file, ref_line, ref_col, "style not found: %s; did you mean '%s'?",
                       name, near);
        else
            diag_error(d, ref_file, ref_line, ref_col,
                       "style not found: %s (shipped styles: classic, handout, large-print)", name);
        return -1;
    }
    s->dir = dir;
    s->name = arena_strdup(a, fs_basename(dir));
    const char *yaml_path = fs_join(a, dir, "style.yaml");
    char *text;
    size_t len;
    if (fs_read_file(a, d, yaml_path, 1024 * 1024, &text, &len, NULL, 0, 0) < 0)
        return -1;
    const char *css = fs_join(a, dir, "extra.css");
    if (fs_is_file(css))
        s->extra_css = css;
    return style_parse(a, d, yaml_path, text, len, s);
}
