/*
 * rd_md.c - Markdown articles: YAML front matter + CommonMark/GFM body.
 *
 * The front matter (a `---` line, YAML, a `---` or `...` line) is loaded
 * with libyaml's document loader so every problem carries file:line:col;
 * TOML front matter, pandoc's title block and MultiMarkdown's metadata
 * lines are read by meta.c, which also names the keys all forms share.
 * The body goes through cmark-gfm with the table, strikethrough, autolink
 * and tasklist extensions, footnotes and source positions; we then walk its
 * tree with cmark's non-recursive iterator and build doc nodes as we go,
 * keeping an explicit stack of "did this cmark node open a doc node", so
 * 10,000 nested quotes cost no C stack. Past MD_MAX_NEST levels container
 * nodes are flattened into their nearest kept ancestor (one warning says
 * so): writers and the typesetter then never see absurd depths. Other
 * caps keep the libraries' worst cases bounded: front matter over 64 KB or
 * nested past 64 flow levels is refused (libyaml is quadratic there), and
 * past 100,000 '|' the table extension is off (cmark-gfm spends ~700 bytes
 * per table cell), and a body with more than 500,000 lines or 1,000,000
 * markup characters is refused (each is a few nodes). Each cap is named in
 * its diagnostic.
 *
 * Raw HTML goes through the HTML reader's fragment conversion (the same
 * parser, whitelist and removals as a saved page), so <sup>, <kbd>, <table>
 * or <details> keep their meaning and no script, style, iframe, event
 * handler or script URL reaches a book; <br> is a hard break and comments
 * go silently. cmark splits inline HTML into one node per tag, so an
 * inline run is gathered first: from an opening tag, the following
 * siblings (rendered back to HTML by cmark, so *emphasis* and links inside
 * keep their meaning) up to the tag that balances it, then parsed as one
 * fragment. A run stops early at a footnote reference (which has no HTML
 * form) or the paragraph's end; an unbalanced tag then just contributes
 * its text. An HTML block is converted on its own: a block that cmark
 * ended at a blank line (`<details>`, blank line, Markdown, `</details>`)
 * keeps its Markdown part as Markdown, and the closing tag alone is empty.
 *
 * After the walk: paragraphs holding only an image become figures (a
 * remote image's alt text its stand-in, flagged DOC_F_ALT, as in HTML;
 * inline, a remote image is its alt text), footnote references are
 * linked to their definitions (cmark-gfm numbers both in order of first
 * reference and moves the definitions to the end of the document), the
 * title comes from the front matter or else the first level-1 heading
 * (removed from the body), and body headings are shifted so the body's
 * top level is 2.
 */
#include "../reader.h"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <ctype.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <yaml.h>

#include "../../base/fs.h"
#include "../../pdf/image/pdf_image.h"
#include "../html/fragment.h"
#include "md_meta.h"

/* one cmark-gfm parse at a time (see rd_md_read) */
static pthread_mutex_t cmark_lock = PTHREAD_MUTEX_INITIALIZER;

/* Deepest container nesting kept; deeper containers are flattened. */
#define MD_MAX_NEST 32

/* Warnings of one kind given one by one; past this, one note counts them. */
#define MD_MAX_SAME_WARNINGS 5

/* Largest body handed to cmark-gfm. cmark is linear on ordinary text; the
 * cap bounds the pathological cases it still has (long runs of delimiters
 * inside tables, say) to a few seconds. */
#define MD_MAX_BODY (32u * 1024u * 1024u)

/* cmark-gfm's tables cost ~700 bytes and several microseconds per cell,
 * and a cell can be two bytes of input ("x|"): a file of pipes would make
 * a 300x memory blow-up. Past this many '|' the table extension is off. */
#define MD_MAX_PIPES 100000u

/* cmark-gfm spends ~300 bytes on each node and we as much again on ours,
 * and nodes come from lines and from the inline parser's special
 * characters: 8 MB of "*a* " made 4 million nodes and 2.4 GB, and 32 MB
 * of "- a" lines ran cmark out of memory. An article with more lines and
 * markup characters than this (a line counting two; many times a long
 * book's) is refused before parsing, which bounds a parse to about 600 MB. */
#define MD_MAX_MARKUP 1000000u

typedef struct md_ctx {
    arena *a;
    diag_list *d;
    const char *path;
    const char *dir;      /* folder of the .md file, for image paths */
    const char *lang;     /* the collection's language: how numeric dates read */
    uint32_t line_off;    /* lines taken by the front matter */
    const char *fm_title; /* title from front matter, if any */
    size_t html_unsafe; /* raw HTML fragments that had something unsafe removed */
    size_t remote_images;
    size_t flattened;
    int rc;
    doc_node **defs; /* footnote definitions in cmark's order */
    size_t n_defs, cap_defs;
    /* Adjacent text and soft breaks are gathered here and become one
     * DOC_TEXT when anything else comes: appending to a DOC_TEXT node one
     * line at a time would copy the paragraph once per line. */
    buf pend;
    doc_node *pend_parent;
    doc_pos pend_pos;
    /* definition lists (md_defs): the paragraph being read and its soft
       breaks before its first ": " line; the paragraph closed last and
       whether it ran over more than one line */
    doc_node *soft_para;
    size_t soft_n;
    bool soft_marked;
    doc_node *closed_para;
    bool closed_multi;
    /* elements raw HTML blocks opened and have not closed: Markdown
       between <div align="center"> and </div> is centred */
    rd_html_open_tags open_tags;
} md_ctx;

/* A soft break before a line that may open a definition (": ..." or
 * "~ ..."): a DOC_BREAK carrying this text until md_defs has read the
 * paragraph, which either makes the list or turns it back into a space. */
static const char md_def_mark[] = "def";

static void
text_flush(md_ctx *c)
{
    if (c->pend_parent && c->pend.len) {
        /* Join a short text a raw HTML fragment left (bounded, so a line of
         * many fragments stays linear). */
        doc_node *last = c->pend_parent->last_child;
        if (last && last->type == DOC_TEXT && last->len + c->pend.len < 256)
            doc_append_text(c->a, c->pend_parent, c->pend.data, c->pend.len, c->pend_pos);
        else
            doc_append(c->pend_parent,
                       doc_text_new(c->a, c->pend.data, c->pend.len, c->pend_pos));
    }
    buf_clear(&c->pend);
    c->pend_parent = NULL;
}

static void
text_add(md_ctx *c, doc_node *parent, const char *s, size_t len, doc_pos pos)
{
    if (!parent)
        return;
    if (c->pend_parent != parent) {
        text_flush(c);
        c->pend_parent = parent;
        c->pend_pos = pos;
    }
    buf_add(&c->pend, s, len);
}

/* A node's place in the file; one made after parsing (an alert's title)
 * has none, and takes the nearest enclosing node's line. */
static doc_pos
md_pos(md_ctx *c, cmark_node *n)
{
    int line = cmark_node_get_start_line(n), col = cmark_node_get_start_column(n);
    for (cmark_node *up = cmark_node_parent(n); line <= 0 && up; up = cmark_node_parent(up))
        line = cmark_node_get_start_line(up), col = cmark_node_get_start_column(up);
    doc_pos p = {c->path, (uint32_t)(line > 0 ? line : 1) + c->line_off,
                 (uint32_t)(col > 0 ? col : 1)};
    return p;
}

/* ---- front matter ---- */

/* Length of the front matter block (both fences included) at the start of
 * text, 0 when there is none. *body_line is the body's first line. */
static size_t
fm_extent(const char *text, size_t len, size_t *yaml_len, uint32_t *lines)
{
    if (len < 4 || memcmp(text, "---", 3) != 0)
        return 0;
    size_t i = 3;
    while (i < len && (text[i] == ' ' || text[i] == '\t'))
        i++;
    if (i >= len || text[i] != '\n')
        return 0;
    i++;
    size_t yaml_start = i;
    uint32_t n = 1;
    while (i < len) {
        size_t eol = i;
        while (eol < len && text[eol] != '\n')
            eol++;
        n++;
        size_t k = eol;
        while (k > i && (text[k - 1] == ' ' || text[k - 1] == '\t'))
            k--;
        if (k - i == 3 && (memcmp(text + i, "---", 3) == 0 || memcmp(text + i, "...", 3) == 0)) {
            *yaml_len = i - yaml_start;
            *lines = n;
            return eol < len ? eol + 1 : eol;
        }
        i = eol + 1;
    }
    return 0; /* no closing fence: an ordinary thematic break */
}

/* A "---" line followed by a "key:" line, with no closing fence. */
static bool
fm_unclosed(const char *text, size_t len)
{
    if (len < 5 || strncmp(text, "---\n", 4) != 0)
        return false;
    size_t i = 4;
    if (!isalpha((unsigned char)text[i]))
        return false;
    while (i < len && (isalnum((unsigned char)text[i]) || text[i] == '_' || text[i] == '-'))
        i++;
    return i < len && text[i] == ':' && (i + 1 == len || text[i + 1] == ' ' || text[i + 1] == '\n');
}

static void
fm_err(md_ctx *c, yaml_node_t *n, const char *fmt, const char *key)
{
    diag_error(c->d, c->path, (uint32_t)n->start_mark.line + 2, (uint32_t)n->start_mark.column + 1,
               fmt, key);
    c->rc = -1;
}

static const char *
fm_scalar(md_ctx *c, yaml_node_t *n, const char *key)
{
    if (n->type != YAML_SCALAR_NODE) {
        fm_err(c, n, "front matter '%s' must be a single value", key);
        return NULL;
    }
    const char *s = arena_strndup(c->a, (const char *)n->data.scalar.value, n->data.scalar.length);
    /* YAML's null ("translator: ~") is no value, not a name */
    if (n->data.scalar.style == YAML_PLAIN_SCALAR_STYLE &&
        (!strcmp(s, "~") || !strcmp(s, "null") || !strcmp(s, "Null") || !strcmp(s, "NULL")))
        return NULL;
    /* Trim: YAML keeps trailing spaces of block scalars. */
    while (*s == ' ' || *s == '\n' || *s == '\t')
        s++;
    size_t l = strlen(s);
    while (l && (s[l - 1] == ' ' || s[l - 1] == '\n' || s[l - 1] == '\t'))
        l--;
    return l ? arena_strndup(c->a, s, l) : NULL;
}

/* An author given as a mapping (Jekyll's and Hugo's author objects:
 * name, url, email, ...): its name. */
static yaml_node_t *
fm_author_name(yaml_document_t *ydoc, yaml_node_t *v)
{
    for (yaml_node_pair_t *p = v->data.mapping.pairs.start; p < v->data.mapping.pairs.top; p++) {
        yaml_node_t *k = yaml_document_get_node(ydoc, p->key);
        if (k && k->type == YAML_SCALAR_NODE && k->data.scalar.length == 4 &&
            !strncasecmp((const char *)k->data.scalar.value, "name", 4))
            return yaml_document_get_node(ydoc, p->value);
    }
    return NULL;
}

static void
fm_authors(md_ctx *c, yaml_document_t *ydoc, yaml_node_t *v, const char *key, md_key mk,
           doc_meta *m)
{
    const char *role = md_meta_role(mk);
    if (v->type == YAML_MAPPING_NODE && fm_author_name(ydoc, v))
        v = fm_author_name(ydoc, v);
    if (v->type == YAML_SCALAR_NODE) {
        const char *s = fm_scalar(c, v, key);
        if (s)
            doc_meta_add_author(c->a, m, s, role);
        return;
    }
    if (v->type != YAML_SEQUENCE_NODE) {
        fm_err(c, v, "front matter '%s' must be a name or a list of names", key);
        return;
    }
    for (yaml_node_item_t *it = v->data.sequence.items.start; it < v->data.sequence.items.top;
         it++) {
        yaml_node_t *item = yaml_document_get_node(ydoc, *it);
        if (item && item->type == YAML_MAPPING_NODE && fm_author_name(ydoc, item))
            item = fm_author_name(ydoc, item);
        const char *s = item ? fm_scalar(c, item, key) : NULL;
        if (s)
            doc_meta_add_author(c->a, m, s, role);
    }
}

/* libyaml takes time quadratic in the nesting of flow collections
 * (100,000 '[' took 90 s), and an article's front matter is a few lines:
 * refuse big or deeply nested ones before loading. */
#define MD_FM_MAX_BYTES (64u * 1024u)
#define MD_FM_MAX_NEST 64

static bool
fm_sane(md_ctx *c, const char *yaml, size_t len)
{
    if (len > MD_FM_MAX_BYTES) {
        diag_error(c->d, c->path, 2, 1, "front matter is %zu bytes; the limit is %u KB", len,
                   MD_FM_MAX_BYTES / 1024u);
        return false;
    }
    int depth = 0;
    char quote = 0;
    uint32_t line = 2, col = 1;
    for (size_t i = 0; i < len; i++, col++) {
        char ch = yaml[i];
        if (ch == '\n') {
            line++;
            col = 0;
        }
        if (quote) {
            if (ch == quote)
                quote = 0;
        } else if (ch == '"' || ch == '\'') {
            quote = ch;
        } else if (ch == '[' || ch == '{') {
            if (++depth > MD_FM_MAX_NEST) {
                diag_error(c->d, c->path, line, col, "front matter nests deeper than %d levels",
                           MD_FM_MAX_NEST);
                return false;
            }
        } else if ((ch == ']' || ch == '}') && depth > 0) {
            depth--;
        }
    }
    return true;
}

/* A date key: YYYY-MM-DD (or YYYY-MM, YYYY), the date of a timestamp
 * ("2024-03-01 10:00" or ...T...), or a date written out ("March 5,
 * 2024", "Jul 08 2022"); anything else is warned about and left out, but
 * for a key that may be a flag ("published: false"). */
static void
fm_date(md_ctx *c, yaml_node_t *v, const char *key, md_key k, doc_meta *m)
{
    const char *s = fm_scalar(c, v, key);
    const char *date = s ? md_meta_iso_date(c->a, s) : NULL;
    if (s && !date)
        date = rd_date_iso(c->a, s, strlen(s), c->lang);
    if (s && !date && k != MD_KEY_DATE_ALIAS)
        diag_warn(
            c->d, c->path, (uint32_t)v->start_mark.line + 2, (uint32_t)v->start_mark.column + 1,
            "front matter %s '%s' is not a date (YYYY-MM-DD, or written out); ignored", key, s);
    if (date && k == MD_KEY_RETRIEVED)
        m->retrieved = date;
    else if (date && (k == MD_KEY_DATE || !m->date))
        m->date = date;
}

static void
fm_parse(md_ctx *c, const char *yaml, size_t len, doc_meta *m)
{
    if (!fm_sane(c, yaml, len)) {
        c->rc = -1;
        return;
    }
    yaml_parser_t parser;
    yaml_document_t ydoc;
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, (const unsigned char *)yaml, len);
    if (!yaml_parser_load(&parser, &ydoc)) {
        yaml_mark_t mk = parser.problem_mark;
        diag_error(c->d, c->path, (uint32_t)mk.line + 2, (uint32_t)mk.column + 1,
                   "front matter: %s%s%s", parser.problem ? parser.problem : "invalid YAML",
                   parser.context ? " " : "", parser.context ? parser.context : "");
        c->rc = -1;
        yaml_parser_delete(&parser);
        return;
    }
    yaml_node_t *root = yaml_document_get_root_node(&ydoc);
    if (!root)
        goto done; /* empty front matter */
    if (root->type != YAML_MAPPING_NODE) {
        fm_err(c, root, "front matter must be 'key: value' lines%s", "");
        goto done;
    }
    for (yaml_node_pair_t *p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top;
         p++) {
        yaml_node_t *k = yaml_document_get_node(&ydoc, p->key);
        yaml_node_t *v = yaml_document_get_node(&ydoc, p->value);
        if (!k || !v || k->type != YAML_SCALAR_NODE)
            continue;
        const char *key =
            arena_strndup(c->a, (const char *)k->data.scalar.value, k->data.scalar.length);
        md_key mk = md_meta_key(key, k->data.scalar.length);
        switch (mk) {
        case MD_KEY_TITLE: m->title = fm_scalar(c, v, key); break;
        case MD_KEY_SUBTITLE: m->subtitle = fm_scalar(c, v, key); break;
        case MD_KEY_AUTHOR:
        case MD_KEY_TRANSLATOR:
        case MD_KEY_EDITOR:
        case MD_KEY_ILLUSTRATOR: fm_authors(c, &ydoc, v, key, mk, m); break;
        case MD_KEY_DATE:
        case MD_KEY_DATE_ALIAS:
        case MD_KEY_RETRIEVED: fm_date(c, v, key, mk, m); break;
        case MD_KEY_SOURCE: m->source = fm_scalar(c, v, key); break;
        case MD_KEY_LANGUAGE: m->language = fm_scalar(c, v, key); break;
        case MD_KEY_DESCRIPTION: m->description = fm_scalar(c, v, key); break;
        case MD_KEY_SITE: m->site = fm_scalar(c, v, key); break;
        case MD_KEY_IGNORED: break;
        case MD_KEY_UNKNOWN:
            diag_warn(c->d, c->path, (uint32_t)k->start_mark.line + 2,
                      (uint32_t)k->start_mark.column + 1,
                      "unknown front matter key '%s' (known: " MD_META_KNOWN ")", key);
            break;
        }
    }
done:
    yaml_document_delete(&ydoc);
    yaml_parser_delete(&parser);
}

/* ---- body ---- */

static void
html_unsafe(md_ctx *c, doc_pos p)
{
    if (c->html_unsafe++ == 0)
        diag_warn(c->d, p.file, p.line, p.col,
                  "raw HTML: script, style, embedded content or script links removed (event "
                  "handlers are always dropped)");
}

/* +1 for an opening tag, -1 for a closing one, 0 for void elements,
 * self-closed tags, comments and declarations. */
static int
tag_delta(const char *s)
{
    if (!s || s[0] != '<')
        return 0;
    if (s[1] == '/')
        return -1;
    if (!isalpha((unsigned char)s[1]))
        return 0;
    size_t l = strlen(s);
    if (l >= 2 && s[l - 2] == '/')
        return 0;
    static const char *const voids[] = {"area", "base", "br", "col", "embed", "hr", "img",
                                        "input", "link", "meta", "source", "track", "wbr",
                                        NULL};
    size_t k = 1;
    while (isalnum((unsigned char)s[k]))
        k++;
    for (size_t i = 0; voids[i]; i++)
        if (strlen(voids[i]) == k - 1 && strncasecmp(s + 1, voids[i], k - 1) == 0)
            return 0;
    return 1;
}

/* Gather the inline run that starts at the raw tag `n`, convert it as one
 * HTML fragment into `cur`, and return the last cmark node consumed. */
static cmark_node *
html_inline_run(md_ctx *c, cmark_node *n, doc_node *cur)
{
    int depth = tag_delta(cmark_node_get_literal(n));
    cmark_node *last = n;
    while (depth > 0) {
        cmark_node *nx = cmark_node_next(last);
        if (!nx || cmark_node_get_type(nx) == CMARK_NODE_FOOTNOTE_REFERENCE)
            break;
        last = nx;
        if (cmark_node_get_type(nx) == CMARK_NODE_HTML_INLINE)
            depth += tag_delta(cmark_node_get_literal(nx));
    }
    buf h;
    buf_init(&h, 0);
    for (cmark_node *k = n;; k = cmark_node_next(k)) {
        char *r = cmark_render_html(k, CMARK_OPT_UNSAFE, NULL);
        if (r) {
            buf_adds(&h, r);
            free(r);
        }
        if (k == last)
            break;
    }
    text_flush(c);
    doc_pos p = md_pos(c, n);
    if (cur) {
        int rc = rd_html_fragment(c->a, c->d, c->path, p.line, h.data ? h.data : "", h.len, cur,
                                  RD_HTML_FRAG_INLINE);
        if (rc > 0)
            html_unsafe(c, p);
        else if (rc < 0)
            c->rc = -1;
    }
    buf_cleanup(&h);
    return last;
}

static void
html_block(md_ctx *c, cmark_node *n, doc_node *cur)
{
    const char *lit = cmark_node_get_literal(n);
    if (!cur || !lit)
        return;
    text_flush(c);
    doc_pos p = md_pos(c, n);
    rd_html_open_tags_scan(&c->open_tags, lit, strlen(lit));
    int rc = rd_html_fragment(c->a, c->d, c->path, p.line, lit, strlen(lit), cur,
                              RD_HTML_FRAG_BLOCKS);
    if (rc > 0)
        html_unsafe(c, p);
    else if (rc < 0)
        c->rc = -1;
}

/* "<br>", "<br/>", "<BR />". */
static bool
is_br_tag(const char *s)
{
    if (strncasecmp(s, "<br", 3) != 0)
        return false;
    s += 3;
    while (*s == ' ' || *s == '\t' || *s == '\n')
        s++;
    if (*s == '/')
        s++;
    return s[0] == '>' && s[1] == '\0';
}

/* An HTML comment and nothing else but white space after it. */
static bool
is_comment(const char *s)
{
    if (strncmp(s, "<!--", 4) != 0)
        return false;
    const char *end = strstr(s + 4, "-->");
    if (!end)
        return false;
    for (end += 3; *end; end++)
        if (*end != ' ' && *end != '\n' && *end != '\t')
            return false;
    return true;
}

static bool
url_has_scheme(const char *u, const char *scheme)
{
    size_t n = strlen(scheme);
    return strncasecmp(u, scheme, n) == 0;
}

/* True for URLs that name something outside the file system. */
static bool
url_is_remote(const char *u)
{
    for (const char *p = u; *p; p++) {
        if (*p == ':')
            return p > u + 1; /* "C:" would be a Windows drive; treat as local */
        if (!isalnum((unsigned char)*p) && *p != '+' && *p != '-' && *p != '.')
            return false;
    }
    return false;
}

/* What one cmark node becomes: a new doc node (returned) or NULL when its
 * content goes straight into the current parent. Leaves are appended here. */
static doc_node *
md_open(md_ctx *c, cmark_node *n, doc_node *cur)
{
    doc_pos pos = md_pos(c, n);
    cmark_node_type t = cmark_node_get_type(n);
    const char *ts = cmark_node_get_type_string(n);
    const char *lit = cmark_node_get_literal(n);
    doc_node *x = NULL;
    switch (t) {
    case CMARK_NODE_DOCUMENT: return NULL;
    case CMARK_NODE_BLOCK_QUOTE: return doc_node_new(c->a, DOC_QUOTE, pos);
    case CMARK_NODE_LIST:
        x = doc_node_new(c->a, DOC_LIST, pos);
        x->as.list.ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
        x->as.list.start = x->as.list.ordered ? cmark_node_get_list_start(n) : 1;
        x->as.list.delim = cmark_node_get_list_delim(n) == CMARK_PAREN_DELIM ? ')' : '.';
        if (cmark_node_get_list_tight(n))
            x->flags |= DOC_F_TIGHT;
        return x;
    case CMARK_NODE_ITEM:
        x = doc_node_new(c->a, DOC_ITEM, pos);
        if (ts && !strcmp(ts, "tasklist")) {
            /* The box is the item's marker, which each writer draws. */
            x->flags |= DOC_F_TASK;
            if (cmark_gfm_extensions_get_tasklist_item_checked(n))
                x->flags |= DOC_F_DONE;
        }
        return x;
    case CMARK_NODE_PARAGRAPH:
        x = doc_node_new(c->a, DOC_PARA, pos);
        if (cur && cur->type != DOC_ITEM && cur->type != DOC_NOTE_DEF &&
            rd_html_open_tags_centred(&c->open_tags))
            x->flags |= DOC_F_CENTER;
        return x;
    case CMARK_NODE_HEADING:
        x = doc_node_new(c->a, DOC_HEADING, pos);
        x->as.heading.level = cmark_node_get_heading_level(n);
        return x;
    case CMARK_NODE_FOOTNOTE_DEFINITION:
        x = doc_node_new(c->a, DOC_NOTE_DEF, pos);
        if (c->n_defs == c->cap_defs) {
            size_t cap = c->cap_defs ? c->cap_defs * 2 : 8;
            c->defs = arena_realloc(c->a, c->defs, c->cap_defs * sizeof(*c->defs),
                                    cap * sizeof(*c->defs));
            c->cap_defs = cap;
        }
        c->defs[c->n_defs++] = x;
        x->as.note.label = arena_printf(c->a, "%zu", c->n_defs);
        return x;
    case CMARK_NODE_EMPH: return doc_node_new(c->a, DOC_EMPH, pos);
    case CMARK_NODE_STRONG: return doc_node_new(c->a, DOC_STRONG, pos);
    case CMARK_NODE_LINK: {
        const char *url = cmark_node_get_url(n);
        if (url && (url_has_scheme(url, "javascript:") || url_has_scheme(url, "vbscript:") ||
                    url_has_scheme(url, "data:"))) {
            diag_warn(c->d, pos.file, pos.line, pos.col,
                      "link to a '%.*s' URL removed (its text is kept)",
                      (int)(strchr(url, ':') - url), url);
            return NULL;
        }
        x = doc_node_new(c->a, DOC_LINK, pos);
        x->as.link.href = arena_strdup(c->a, url ? url : "");
        const char *title = cmark_node_get_title(n);
        x->as.link.title = title && *title ? arena_strdup(c->a, title) : NULL;
        return x;
    }
    case CMARK_NODE_IMAGE: {
        const char *url = cmark_node_get_url(n);
        x = doc_node_new(c->a, DOC_IMAGE, pos);
        const char *title = cmark_node_get_title(n);
        x->as.link.title = title && *title ? arena_strdup(c->a, title) : NULL;
        if (!url || !*url) {
            /* Nothing to show: the alt text stands in (md_close). */
            x->as.link.href = "";
            x->flags |= DOC_F_NOSMART;
        } else if (url_is_remote(url)) {
            /* Kept as an image with the URL for now; md_close turns it into
             * its alt text once the alt inlines are known. */
            x->as.link.href = arena_strdup(c->a, url);
            x->flags |= DOC_F_NOSMART;
        } else {
            x->as.link.href = fs_join(c->a, c->dir, fs_url_path(c->a, url));
            char why[256];
            bool found = fs_is_file(x->as.link.href);
            if (!found || pdf_image_check(x->as.link.href, NULL, NULL, why, sizeof why) != 0) {
                if (!found)
                    diag_warn(c->d, pos.file, pos.line, pos.col, "image not found: %s",
                              x->as.link.href);
                else
                    diag_warn(c->d, pos.file, pos.line, pos.col,
                              "image %s not usable (%s); its alt text is used", x->as.link.href,
                              why);
                /* no picture to place: its alt text stands in, as for a
                   remote one (md_close), never printed twice over a
                   caption that repeats it */
                x->flags |= DOC_F_NOSMART;
            }
        }
        return x;
    }
    default: break;
    }
    if (ts && (!strcmp(ts, "table"))) {
        return doc_node_new(c->a, DOC_TABLE, pos);
    } else if (ts && (!strcmp(ts, "table_header") || !strcmp(ts, "table_row"))) {
        x = doc_node_new(c->a, DOC_ROW, pos);
        if (!strcmp(ts, "table_header"))
            x->flags |= DOC_F_HEADER;
        return x;
    } else if (ts && !strcmp(ts, "table_cell")) {
        x = doc_node_new(c->a, DOC_CELL, pos);
        size_t idx = 0;
        for (cmark_node *s = cmark_node_previous(n); s; s = cmark_node_previous(s))
            idx++;
        cmark_node *row = cmark_node_parent(n);
        cmark_node *table = row ? cmark_node_parent(row) : NULL;
        if (cur && (cur->flags & DOC_F_HEADER))
            x->flags |= DOC_F_HEADER;
        if (table && idx < cmark_gfm_extensions_get_table_columns(table)) {
            uint8_t *al = cmark_gfm_extensions_get_table_alignments(table);
            char ch = al ? (char)al[idx] : 0;
            x->as.cell.align = ch == 'l'   ? DOC_ALIGN_LEFT
                               : ch == 'c' ? DOC_ALIGN_CENTER
                               : ch == 'r' ? DOC_ALIGN_RIGHT
                                           : DOC_ALIGN_NONE;
        }
        return x;
    } else if (ts && !strcmp(ts, "strikethrough")) {
        return doc_node_new(c->a, DOC_STRIKE, pos);
    }

    /* Leaves. */
    switch (t) {
    case CMARK_NODE_TEXT:
        if (lit)
            text_add(c, cur, lit, strlen(lit), pos);
        break;
    case CMARK_NODE_SOFTBREAK: {
        doc_node *para = cur;
        while (para && para->type != DOC_PARA && !doc_is_block(para->type))
            para = para->parent;
        if (para != c->soft_para) {
            c->soft_para = para;
            c->soft_n = 0;
            c->soft_marked = false;
        }
        cmark_node *next = cmark_node_next(n);
        const char *nl = next && cmark_node_get_type(next) == CMARK_NODE_TEXT
                             ? cmark_node_get_literal(next)
                             : NULL;
        /* only a paragraph's (md_defs reads no other block: a setext
           heading's lines stay joined by a space) */
        if (para && para->type == DOC_PARA && cur == para && nl &&
            (nl[0] == ':' || nl[0] == '~')) {
            text_flush(c);
            doc_node *b = doc_node_new(c->a, DOC_BREAK, pos);
            b->text = md_def_mark;
            doc_append(cur, b);
            c->soft_marked = true;
        } else {
            if (!c->soft_marked)
                c->soft_n++;
            text_add(c, cur, " ", 1, pos);
        }
        break;
    }
    case CMARK_NODE_LINEBREAK:
        text_flush(c);
        if (cur)
            doc_append(cur, doc_node_new(c->a, DOC_BREAK, pos));
        break;
    case CMARK_NODE_CODE:
        x = doc_node_new(c->a, DOC_CODE, pos);
        x->text = arena_strdup(c->a, lit ? lit : "");
        x->len = strlen(x->text);
        text_flush(c);
        if (cur)
            doc_append(cur, x);
        break;
    case CMARK_NODE_CODE_BLOCK: {
        x = doc_node_new(c->a, DOC_CODE_BLOCK, pos);
        const char *code = lit ? lit : "";
        size_t l = strlen(code);
        if (l && code[l - 1] == '\n')
            l--; /* the fence's final newline is not part of the code */
        x->text = arena_strndup(c->a, code, l);
        x->len = l;
        const char *info = cmark_node_get_fence_info(n);
        if (info && *info) {
            size_t k = 0;
            while (info[k] && info[k] != ' ' && info[k] != '\t' && info[k] != '{')
                k++;
            x->as.code.info = k ? arena_strndup(c->a, info, k) : NULL;
        }
        text_flush(c);
        if (cur)
            doc_append(cur, x);
        break;
    }
    case CMARK_NODE_THEMATIC_BREAK:
        text_flush(c);
        if (cur)
            doc_append(cur, doc_node_new(c->a, DOC_RULE, pos));
        break;
    case CMARK_NODE_HTML_BLOCK:
    case CMARK_NODE_HTML_INLINE:
        if (t == CMARK_NODE_HTML_INLINE && lit && is_br_tag(lit)) {
            /* <br> is a hard break however it is written. */
            text_flush(c);
            if (cur)
                doc_append(cur, doc_node_new(c->a, DOC_BREAK, pos));
        }
        /* Other raw HTML was converted by md_convert; comments go silently. */
        break;
    case CMARK_NODE_FOOTNOTE_REFERENCE:
        x = doc_node_new(c->a, DOC_NOTE_REF, pos);
        x->as.note.label = arena_strdup(c->a, lit ? lit : "?");
        text_flush(c);
        if (cur)
            doc_append(cur, x);
        break;
    default:
        /* Unknown extension node: keep its text, if it has any. */
        if (lit)
            text_add(c, cur, lit, strlen(lit), pos);
        break;
    }
    return NULL;
}

/* A remote image first in its paragraph, its alt text kept apart (see
 * md_close) until the paragraph shows whether it stands alone. */
static bool
pending_alt(const doc_node *n)
{
    return n->type == DOC_EMPH && (n->flags & DOC_F_ALT) && n->as.link.href;
}

/* Not alone: the alt text joins the paragraph's text, as inline. */
static void
alt_to_text(md_ctx *c, doc_node *em)
{
    char *alt = doc_text_of(c->a, em);
    size_t len = strlen(alt);
    doc_node *next = em->next;
    if (next && next->type == DOC_TEXT) {
        char *t = arena_alloc(c->a, len + next->len + 1);
        memcpy(t, alt, len);
        memcpy(t + len, next->text, next->len);
        t[len + next->len] = '\0';
        next->text = t;
        next->len += len;
    } else if (len) {
        doc_insert_before(em, doc_text_new(c->a, alt, len, em->pos));
    }
    doc_unlink(em);
}

/* Letters and digits, ASCII lower-cased: "Sales, by year" ~ "sales by year". */
static char *
word_chars(arena *a, const char *s)
{
    size_t n = strlen(s), k = 0;
    char *out = arena_alloc(a, n + 1);
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch >= 0x80 || isalnum(ch))
            out[k++] = (char)(ch < 0x80 ? tolower(ch) : ch);
    }
    out[k] = '\0';
    return out;
}

/* Alone: the paragraph is a figure whose stand-in is the alt text and
 * whose caption is the image's title; the alt text goes when the caption
 * says it already. */
static void
standin_figure(md_ctx *c, doc_node *para, doc_node *em)
{
    const char *title = em->as.link.title;
    memset(&em->as, 0, sizeof em->as);
    while (para->first_child != em)
        doc_unlink(para->first_child);
    while (em->next)
        doc_unlink(em->next);
    para->type = DOC_FIGURE;
    if (!word_chars(c->a, doc_text_of(c->a, em))[0])
        doc_unlink(em); /* no alt text: nothing to stand in */
    if (title && *title) {
        doc_node *cap = doc_node_new(c->a, DOC_CAPTION, em->pos);
        doc_append(cap, doc_text_new(c->a, title, strlen(title), em->pos));
        doc_append(para, cap);
        if (em->parent && strstr(word_chars(c->a, title),
                                 word_chars(c->a, doc_text_of(c->a, em))))
            doc_unlink(em);
    }
    if (!para->first_child)
        doc_unlink(para);
}

/* ---- definition lists (pandoc's, PHP Markdown Extra's) ----
 *
 *   Term                 Term
 *   : Definition
 *   : Another            :   Definition, a paragraph apart
 *
 * A one-line paragraph, then lines opening with ":" or "~" and a space:
 * in one paragraph (compact) or in the paragraphs after it (loose); terms
 * that follow one another this way make one list. */

static bool
md_def_mark_at(const doc_node *k)
{
    return k->type == DOC_BREAK && k->text == md_def_mark;
}

/* Bytes of the ": " or "~ " a definition's text opens with, else 0. */
static size_t
def_start(const doc_node *t)
{
    if (!t || t->type != DOC_TEXT || t->len < 2 || (t->text[0] != ':' && t->text[0] != '~') ||
        (t->text[1] != ' ' && t->text[1] != '\t'))
        return 0;
    size_t k = 1;
    while (k < t->len && (t->text[k] == ' ' || t->text[k] == '\t'))
        k++;
    return k;
}

/* A mark that opens no definition is the space it stood for; returns
 * the node after the text it joined. */
static doc_node *
unmark(md_ctx *c, doc_node *b)
{
    doc_node *prev = b->prev, *next = b->next;
    if (prev && prev->type == DOC_TEXT && next && next->type == DOC_TEXT) {
        char *t = arena_alloc(c->a, prev->len + next->len + 2);
        memcpy(t, prev->text, prev->len);
        t[prev->len] = ' ';
        memcpy(t + prev->len + 1, next->text, next->len);
        t[prev->len + 1 + next->len] = '\0';
        prev->text = t;
        prev->len += next->len + 1;
        doc_node *after = next->next;
        doc_unlink(next);
        doc_unlink(b);
        return after;
    }
    doc_insert_before(b, doc_text_new(c->a, " ", 1, b->pos));
    doc_unlink(b);
    return next;
}

/* Move from's children up to (not including) `stop` into `to`; the
 * definition's own ": " goes. */
static void
move_run(doc_node *from, doc_node *stop, doc_node *to, bool def)
{
    while (from->first_child && from->first_child != stop) {
        doc_node *k = from->first_child;
        doc_unlink(k);
        size_t skip = def && !to->first_child ? def_start(k) : 0;
        if (skip) {
            k->text += skip;
            k->len -= skip;
            if (!k->len)
                continue;
        }
        doc_append(to, k);
    }
}

static void
md_defs(md_ctx *c, doc_node *x)
{
    bool marked = false;
    if (c->soft_para == x && c->soft_marked)
        for (doc_node *k = x->first_child, *next; k; k = next) {
            next = k->next;
            if (!md_def_mark_at(k))
                continue;
            if (def_start(next) && c->soft_n == 0)
                marked = true;
            else
                next = unmark(c, k);
        }
    bool multi = c->soft_para == x && c->soft_n > 0;
    doc_node *prev = x->prev, *defs = NULL, *term = NULL;
    if (def_start(x->first_child)) {
        /* loose: a definition of the term or definition above */
        if (prev && prev->type == DOC_DEFS && prev->last_child &&
            prev->last_child->type == DOC_DEF) {
            defs = prev;
        } else if (prev && prev->type == DOC_PARA && prev == c->closed_para && !c->closed_multi &&
                   prev->first_child && !def_start(prev->first_child)) {
            /* the list above goes on, or one starts here */
            defs = prev->prev && prev->prev->type == DOC_DEFS ? prev->prev : NULL;
            if (!defs) {
                defs = doc_node_new(c->a, DOC_DEFS, prev->pos);
                doc_insert_before(prev, defs);
            }
            term = prev;
            doc_unlink(prev);
        }
    } else if (marked) {
        /* compact: the paragraph's first line is the term */
        defs = prev && prev->type == DOC_DEFS ? prev : NULL;
        if (!defs) {
            defs = doc_node_new(c->a, DOC_DEFS, x->pos);
            doc_insert_before(x, defs);
        }
        term = doc_node_new(c->a, DOC_TERM, x->pos);
        doc_node *stop = x->first_child;
        while (stop && !md_def_mark_at(stop))
            stop = stop->next;
        move_run(x, stop, term, false);
        doc_append(defs, term);
        term = NULL;
    }
    if (!defs) {
        for (doc_node *k = x->first_child, *next; k; k = next) {
            next = k->next;
            if (md_def_mark_at(k))
                next = unmark(c, k);
        }
        c->closed_para = x;
        c->closed_multi = multi;
        return;
    }
    if (term) {
        term->type = DOC_TERM;
        doc_append(defs, term);
    }
    /* each ": " line on, a definition */
    doc_unlink(x);
    while (x->first_child) {
        if (md_def_mark_at(x->first_child))
            doc_unlink(x->first_child);
        doc_node *stop = x->first_child;
        while (stop && !md_def_mark_at(stop))
            stop = stop->next;
        doc_node *def = doc_node_new(c->a, DOC_DEF, x->first_child ? x->first_child->pos : x->pos);
        doc_node *p = doc_node_new(c->a, DOC_PARA, def->pos);
        doc_append(def, p);
        move_run(x, stop, p, true);
        if (p->first_child)
            doc_append(defs, def);
    }
    /* a term whose definitions were all empty stays a paragraph */
    doc_node *last = defs->last_child;
    if (last && last->type == DOC_TERM) {
        doc_unlink(last);
        last->type = DOC_PARA;
        doc_insert_after(defs, last);
    }
    if (!defs->first_child)
        doc_unlink(defs);
    c->closed_para = NULL;
}

/* A heading's attributes as pandoc writes them, "## Heading {#name .class}":
 * the block goes from the text, and "#name" names the heading's place, so
 * links to "#name" lead to it (transform/ids.c follows them to its id).
 * Only a block of attributes goes: "{#id}", ".class", "key=value", "-". */
static void
heading_attrs(md_ctx *c, doc_node *h)
{
    doc_node *t = h->last_child;
    if (!t || t->type != DOC_TEXT)
        return;
    size_t e = t->len;
    while (e && t->text[e - 1] == ' ')
        e--;
    if (!e || t->text[e - 1] != '}')
        return;
    size_t b = e - 1;
    while (b && t->text[b - 1] != '{' && t->text[b - 1] != '}')
        b--;
    if (!b || t->text[b - 1] != '{')
        return;
    const char *name = NULL;
    size_t name_len = 0;
    for (size_t i = b; i < e - 1;) {
        while (i < e - 1 && t->text[i] == ' ')
            i++;
        size_t j = i;
        bool eq = false;
        while (j < e - 1 && t->text[j] != ' ')
            eq = eq || t->text[j++] == '=';
        if (j == i)
            break;
        char k = t->text[i];
        if (k == '#' && j - i > 1) {
            name = t->text + i + 1;
            name_len = j - i - 1;
        } else if (!(k == '.' && j - i > 1) && !eq && !(k == '-' && j - i == 1)) {
            return; /* not an attribute: the heading's own words */
        }
        i = j;
    }
    size_t keep = b - 1;
    while (keep && t->text[keep - 1] == ' ')
        keep--;
    if (!keep && t == h->first_child)
        return; /* "## {#x}" alone: the heading's only words stay */
    if (name)
        h->id = arena_strndup(c->a, name, name_len);
    t->len = keep;
    t->text = arena_strndup(c->a, t->text, keep);
    if (!keep)
        doc_unlink(t);
}

/* Fix-ups once a node's children are all there. */
static void
md_close(md_ctx *c, doc_node *x)
{
    if (x->type == DOC_IMAGE && (x->flags & DOC_F_NOSMART)) {
        /* Remote image (never fetched), or a missing or broken file
           (warned where it was found): its alt text stands in. */
        x->flags &= ~(uint32_t)DOC_F_NOSMART;
        char *alt = doc_text_of(c->a, x);
        if (!x->as.link.href[0])
            diag_warn(c->d, x->pos.file, x->pos.line, x->pos.col,
                      "image without a source; its alt text is used");
        else if (url_is_remote(x->as.link.href) && c->remote_images++ < MD_MAX_SAME_WARNINGS)
            diag_warn(c->d, x->pos.file, x->pos.line, x->pos.col,
                      "remote image not fetched: %s (its alt text is used)", x->as.link.href);
        doc_node *parent = x->parent, *prev = x->prev;
        bool first = parent && parent->type == DOC_PARA && x->as.link.href[0];
        for (doc_node *k = prev; k && first; k = k->prev)
            first = doc_blank_text(k);
        if (first) {
            /* Perhaps alone in its paragraph, and then the stand-in of a
             * figure (as in HTML): kept as such until the paragraph closes,
             * its title held for the caption. */
            x->type = DOC_EMPH;
            x->flags |= DOC_F_ALT;
            return;
        }
        doc_unlink(x);
        /* Rejoin the text before it (bounded, so a paragraph of remote
         * images stays linear). */
        if (prev && prev->type == DOC_TEXT && prev == parent->last_child && prev->len < 4096) {
            doc_unlink(prev);
            text_add(c, parent, prev->text, prev->len, prev->pos);
        }
        text_add(c, parent, alt, strlen(alt), x->pos);
        return;
    }
    if (x->type == DOC_HEADING) {
        heading_attrs(c, x);
        return;
    }
    if (x->type == DOC_PARA) {
        md_defs(c, x);
        if (!x->parent)
            return; /* made definitions */
        /* A paragraph holding only an image is a figure. */
        doc_node *img = NULL;
        bool alone = true;
        for (doc_node *k = x->first_child; k; k = k->next) {
            if ((k->type == DOC_IMAGE || pending_alt(k)) && !img)
                img = k;
            else if (!doc_blank_text(k))
                alone = false;
        }
        if (img && pending_alt(img)) {
            /* a list item's text stays by its marker, as in HTML */
            if (alone && !(x->parent && x->parent->type == DOC_ITEM))
                standin_figure(c, x, img);
            else
                alt_to_text(c, img);
            return;
        }
        if (!img || !alone)
            return;
        while (x->first_child != img)
            doc_unlink(x->first_child);
        while (img->next)
            doc_unlink(img->next);
        x->type = DOC_FIGURE;
        const char *cap = img->as.link.title;
        if (!cap || !*cap)
            cap = doc_text_of(c->a, img);
        if (cap && *cap) {
            doc_node *capn = doc_node_new(c->a, DOC_CAPTION, img->pos);
            doc_append(capn, doc_text_new(c->a, cap, strlen(cap), img->pos));
            doc_append(x, capn);
        }
    }
}

/* Containers that must always be kept, whatever the depth, so the tree
 * stays well-formed (leaf blocks holding inlines, table structure). */
static bool
must_keep(doc_node *x, doc_node *cur)
{
    switch (x->type) {
    case DOC_PARA:
    case DOC_HEADING:
    case DOC_TABLE:
    case DOC_ROW:
    case DOC_CELL:
    case DOC_NOTE_DEF:
    case DOC_IMAGE: return true;
    case DOC_ITEM: return cur && cur->type == DOC_LIST;
    default: return false;
    }
}

/* The node types cmark's iterator treats as leaves (iterator.c). */
static bool
iter_leaf(cmark_node *n)
{
    switch (cmark_node_get_type(n)) {
    case CMARK_NODE_HTML_BLOCK:
    case CMARK_NODE_THEMATIC_BREAK:
    case CMARK_NODE_CODE_BLOCK:
    case CMARK_NODE_TEXT:
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
    case CMARK_NODE_CODE:
    case CMARK_NODE_HTML_INLINE: return true;
    default: return false;
    }
}

/* ---- alerts and callouts ---- */

/* Longest alert type read ("[!IMPORTANT]", Obsidian's "[!question]"). */
#define MD_ALERT_MAX_TYPE 24

/* The title an alert's first line gives: the text after the marker, or
 * else the type as a word ("[!WARNING]" -> "Warning"); NULL when the line
 * is no alert marker. */
static char *
alert_title(const char *line)
{
    if (line[0] != '[' || line[1] != '!')
        return NULL;
    size_t n = 0;
    while (n <= MD_ALERT_MAX_TYPE && (isalpha((unsigned char)line[2 + n]) || line[2 + n] == '-'))
        n++;
    const char *p = line + 2 + n;
    if (!n || n > MD_ALERT_MAX_TYPE || *p != ']')
        return NULL;
    p++;
    if (*p == '+' || *p == '-') /* Obsidian: folded or not */
        p++;
    if (*p && *p != ' ' && *p != '\t')
        return NULL;
    while (*p == ' ' || *p == '\t')
        p++;
    size_t len = strlen(p);
    while (len && (p[len - 1] == ' ' || p[len - 1] == '\t'))
        len--;
    if (len) {
        char *t = xmalloc(len + 1);
        memcpy(t, p, len);
        t[len] = '\0';
        return t;
    }
    char *t = xmalloc(n + 1);
    for (size_t i = 0; i < n; i++)
        t[i] = (char)(i ? tolower((unsigned char)line[2 + i]) : toupper((unsigned char)line[2]));
    t[n] = '\0';
    return t;
}

/* A quote opening with an alert marker alone on its first line (GitHub's
 * "> [!NOTE]", Obsidian's "> [!tip] A title") is a callout: the marker
 * becomes its title, in bold on a line of its own, instead of printing as
 * "[!NOTE]" run into the first sentence. */
static void
md_alert(cmark_node *quote)
{
    cmark_node *para = cmark_node_first_child(quote);
    if (!para || cmark_node_get_type(para) != CMARK_NODE_PARAGRAPH)
        return;
    buf line;
    buf_init(&line, 0);
    cmark_node *n = cmark_node_first_child(para);
    for (; n && cmark_node_get_type(n) == CMARK_NODE_TEXT && line.len < 256; n = cmark_node_next(n))
        buf_adds(&line, cmark_node_get_literal(n) ? cmark_node_get_literal(n) : "");
    cmark_node_type end = n ? cmark_node_get_type(n) : CMARK_NODE_NONE;
    char *title = NULL;
    if (line.len &&
        (end == CMARK_NODE_NONE || end == CMARK_NODE_SOFTBREAK || end == CMARK_NODE_LINEBREAK))
        title = alert_title(line.data);
    buf_cleanup(&line);
    if (!title)
        return;
    cmark_node *stop = n ? cmark_node_next(n) : NULL;
    for (cmark_node *k = cmark_node_first_child(para), *next; k != stop; k = next) {
        next = cmark_node_next(k);
        cmark_node_free(k); /* unlinks it */
    }
    if (!cmark_node_first_child(para))
        cmark_node_free(para);
    cmark_node *head = cmark_node_new(CMARK_NODE_PARAGRAPH);
    cmark_node *strong = cmark_node_new(CMARK_NODE_STRONG);
    cmark_node *text = cmark_node_new(CMARK_NODE_TEXT);
    cmark_node_set_literal(text, title);
    free(title);
    cmark_node_append_child(strong, text);
    cmark_node_append_child(head, strong);
    cmark_node_prepend_child(quote, head);
}

static void
md_alerts(cmark_node *root)
{
    size_t n = 0, cap = 0;
    cmark_node **quotes = NULL;
    cmark_iter *it = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *q = cmark_iter_get_node(it);
        if (ev != CMARK_EVENT_ENTER || cmark_node_get_type(q) != CMARK_NODE_BLOCK_QUOTE)
            continue;
        if (n == cap) {
            cap = cap ? cap * 2 : 16;
            quotes = xrealloc(quotes, cap * sizeof *quotes);
        }
        quotes[n++] = q;
    }
    cmark_iter_free(it);
    for (size_t i = 0; i < n; i++)
        md_alert(quotes[i]);
    free(quotes);
}

static void
md_convert(md_ctx *c, cmark_node *root, doc_node *article)
{
    /* kept[i]: whether the container at cmark depth i opened a doc node. */
    size_t depth = 0, cap = 64;
    unsigned char *kept = xmalloc(cap);
    doc_node *cur = article;
    size_t nest = 0; /* doc nodes currently open below the article */
    cmark_iter *it = cmark_iter_new(root);
    cmark_event_type ev;
    while ((ev = cmark_iter_next(it)) != CMARK_EVENT_DONE) {
        cmark_node *n = cmark_iter_get_node(it);
        if (ev == CMARK_EVENT_EXIT) {
            if (depth == 0)
                continue;
            depth--;
            if (kept[depth]) {
                text_flush(c);
                doc_node *x = cur;
                cur = cur->parent ? cur->parent : article;
                nest--;
                md_close(c, x);
            }
            continue;
        }
        cmark_node_type nt = cmark_node_get_type(n);
        const char *lit = cmark_node_get_literal(n);
        if (nt == CMARK_NODE_HTML_BLOCK && lit && !is_comment(lit)) {
            html_block(c, n, cur);
            continue;
        }
        if (nt == CMARK_NODE_HTML_INLINE && lit && !is_br_tag(lit) && !is_comment(lit)) {
            cmark_node *last = html_inline_run(c, n, cur);
            if (last != n)
                cmark_iter_reset(it, last,
                                 iter_leaf(last) ? CMARK_EVENT_ENTER : CMARK_EVENT_EXIT);
            continue;
        }
        doc_node *x = md_open(c, n, cur);
        /* cmark's iterator gives leaves only an ENTER event and every other
         * node (even an empty one) ENTER and EXIT: only those take a slot. */
        if (iter_leaf(n))
            continue;
        if (depth == cap) {
            cap *= 2;
            kept = xrealloc(kept, cap);
        }
        bool keep = x && (nest < MD_MAX_NEST || must_keep(x, cur));
        if (x && !keep && c->flattened++ == 0) {
            diag_warn(c->d, x->pos.file, x->pos.line, x->pos.col,
                      "nesting deeper than %d levels is flattened", MD_MAX_NEST);
        }
        kept[depth++] = keep;
        if (keep) {
            text_flush(c);
            doc_append(cur, x);
            cur = x;
            nest++;
        }
    }
    text_flush(c);
    cmark_iter_free(it);
    free(kept);
}

static void
heading_title(md_ctx *c, doc_node *article, doc_meta *m)
{
    doc_node *h1 = NULL;
    for (doc_node *k = article->first_child; k; k = k->next)
        if (k->type == DOC_HEADING && k->as.heading.level == 1) {
            h1 = k;
            break;
        }
    if (!m->title) {
        if (h1) {
            m->title = doc_text_of(c->a, h1);
            doc_unlink(h1);
        }
    } else if (h1 && h1 == article->first_child) {
        /* The front matter's title repeated as the first heading. */
        const char *t = doc_text_of(c->a, h1);
        if (!strcmp(t, m->title))
            doc_unlink(h1);
    }
    /* Shift body headings so the top level is 2. */
    int top = 7;
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && n->type == DOC_HEADING && n->as.heading.level < top)
            top = n->as.heading.level;
    if (top == 7 || top == 2)
        return;
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && n->type == DOC_HEADING) {
            int l = n->as.heading.level + 2 - top;
            n->as.heading.level = l > 6 ? 6 : l;
        }
}

static void
link_notes(md_ctx *c, doc_node *article)
{
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, article);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || n->type != DOC_NOTE_REF)
            continue;
        long k = strtol(n->as.note.label, NULL, 10);
        if (k >= 1 && (size_t)k <= c->n_defs)
            n->as.note.target = c->defs[k - 1];
    }
    /* The definitions belong at the end of the article, whatever cmark
     * did with them (a def flattened into a deep quote, say). */
    for (size_t i = 0; i < c->n_defs; i++) {
        if (c->defs[i]->parent != article) {
            doc_unlink(c->defs[i]);
            doc_append(article, c->defs[i]);
        }
    }
}

int
rd_md_read(arena *a, diag_list *d, const char *path, const char *text, size_t len,
           const reader_options *opt, doc_node *article)
{
    md_ctx c = {.a = a, .d = d, .path = path, .dir = fs_dirname(a, path)};
    buf_init(&c.pend, 0);
    doc_meta *m = doc_article_meta(a, article);

    size_t yaml_len = 0;
    uint32_t fm_lines = 0;
    size_t body = fm_extent(text, len, &yaml_len, &fm_lines);
    md_block blk = {0};
    const char *lang = opt ? opt->language : NULL;
    c.lang = lang;
    if (body) {
        const char *y = text + (text[3] == '\n' ? 4 : (size_t)(strchr(text, '\n') - text) + 1);
        fm_parse(&c, y, yaml_len, m);
        c.line_off = fm_lines;
    } else if (md_toml_front(a, d, path, text, len, m, &blk) ||
               md_pandoc_block(a, text, len, lang, m, &blk) ||
               md_mmd_block(a, text, len, lang, m, &blk)) {
        body = blk.body;
        c.line_off = blk.lines;
        if (blk.failed)
            c.rc = -1;
    } else if (fm_unclosed(text, len)) {
        diag_warn(d, path, 1, 1,
                  "this looks like front matter but has no closing '---' line; "
                  "read as Markdown");
    }
    const char *md = text + body;
    size_t md_len = len - body;
    if (md_len > MD_MAX_BODY) {
        diag_error(d, path, 1, 1,
                   "Markdown body is %zu bytes; the limit is %u MB (split the article)", md_len,
                   MD_MAX_BODY / (1024u * 1024u));
        return -1;
    }
    /* a line costs about two markup characters (a list item line is an
       item, a paragraph and a text node); a blank line costs nothing */
    size_t markup = 0;
    uint32_t line = 1;
    bool blank = true;
    for (size_t i = 0; i < md_len; i++) {
        if (md[i] == '\n') {
            markup += blank ? 0 : 2;
            blank = true;
        } else if (md[i] != ' ' && md[i] != '\t' && md[i] != '\r') {
            blank = false;
            switch (md[i]) { /* (a switch: strchr per byte showed in profiles) */
            case '*': case '_': case '`': case '[': case ']': case '!': case '<': case '\\':
            case '&': case '~':
                markup++;
                break;
            default:
                break;
            }
        }
        if (markup > MD_MAX_MARKUP) {
            diag_error(d, path, c.line_off + line, 1,
                       "too many lines and markup characters (*, _, `, [, ...) for one "
                       "article (the limit is %u lines, or %u markup characters); split it",
                       MD_MAX_MARKUP / 2, MD_MAX_MARKUP);
            return -1;
        }
        line += md[i] == '\n';
    }

    cmark_gfm_core_extensions_ensure_registered();
    /* cmark-gfm keeps the inline parser's special characters in one
       global table that each parse sets from its extensions (autolink
       adds 'w', ':', ...; a parse without tables differs) and resets:
       articles read on several threads (--jobs) would race on it and
       lose autolinks now and then (cmark-gfm issue 221). One parse at a
       time; the conversion to our tree runs unlocked. */
    pthread_mutex_lock(&cmark_lock);
    cmark_parser *p =
        cmark_parser_new(CMARK_OPT_SOURCEPOS | CMARK_OPT_FOOTNOTES | CMARK_OPT_VALIDATE_UTF8);
    size_t pipes = 0;
    for (size_t i = 0; i < md_len; i++)
        pipes += md[i] == '|';
    if (pipes > MD_MAX_PIPES)
        diag_warn(d, path, 1, 1,
                  "%zu '|' characters: tables are not recognised past %u (read as text)", pipes,
                  MD_MAX_PIPES);
    static const char *const exts[] = {"table", "strikethrough", "autolink", "tasklist"};
    for (size_t i = pipes > MD_MAX_PIPES ? 1 : 0; i < sizeof(exts) / sizeof(exts[0]); i++) {
        cmark_syntax_extension *e = cmark_find_syntax_extension(exts[i]);
        if (e)
            cmark_parser_attach_syntax_extension(p, e);
    }
    cmark_parser_feed(p, md, md_len);
    cmark_node *root = cmark_parser_finish(p);
    cmark_parser_free(p);
    pthread_mutex_unlock(&cmark_lock);
    if (root) {
        md_alerts(root);
        md_convert(&c, root, article);
        cmark_node_free(root);
    }
    buf_cleanup(&c.pend);

    if (c.html_unsafe > 1)
        diag_note(d, path, 0, 0, "%zu raw HTML fragments had unsafe content removed",
                  c.html_unsafe);
    if (c.remote_images > MD_MAX_SAME_WARNINGS)
        diag_note(d, path, 0, 0, "%zu remote images not fetched in all", c.remote_images);
    if (c.flattened > 1)
        diag_note(d, path, 0, 0, "%zu containers past nesting level %d flattened", c.flattened,
                  MD_MAX_NEST);
    link_notes(&c, article);
    heading_title(&c, article, m);
    return c.rc;
}
