/*
 * xhtml.c - the book's XHTML pages: cover, title page, contents, part
 * openers, one page per article, sources.
 *
 * Every element, attribute and text run goes through the writer layer
 * (xw.c), so escaping is always right, and only the tree's own node kinds
 * map to elements, so nothing from an input (script, style attributes,
 * forms) can reach the book. Articles are rendered with
 * the tree's non-recursive iterator, one switch over node type x event
 * (cmark's S_render_node), so deep nesting costs no C stack. Footnote
 * definitions are lifted out of the flow and printed after the article as
 * EPUB footnotes, numbered in order of appearance.
 *
 * A few things are marked for a narrow screen (see css.c): code is one
 * span.line per line, for a hanging indent when a line wraps; a link whose
 * text is its address gets places to break (<wbr/>); tables of many
 * columns and numeric cells get classes; a paragraph holding only a
 * picture is not indented. Stand-ins said once already and line breaks at
 * the edge of a block are left out. Titles and names in another language
 * or direction carry lang and dir (epub_xw_dir), the page its language
 * (lang.c).
 *
 * Article pages are written on opt->jobs threads. What is shared is done
 * first, on one thread, in book order: each article's notes are numbered,
 * its images are copied in (which names them and adds them to the book, in
 * order of first use) and its page takes its place in the book's item
 * list. Then each page is rendered on its own, with a worker's arena,
 * taking its images' items in the order the first walk met them (both
 * walks skip the same subtrees: renders_children), and fills in its item.
 * The book is the same bytes for any number of threads.
 */
#include "epub_int.h"

#include <ctype.h>
#include <libxml/parser.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../base/fs.h"
#include "../base/par.h"
#include "../base/utf8.h"
#include "../readers/reader.h"
#include "../pdf/linebreak/lb.h"
#include "../transform/ids.h"

/* ---- dates and names ---- */

/* Dates are shown in the book's language (doc_date_display). */
static const char *
display_date(arena *a, const char *date, const char *lang)
{
    return doc_date_display(a, date, lang ? lang : "und");
}

/* "A", "A and B", "A, B and C". */
static const char *
join_names(epub_book *bk, const char *const *names, size_t n)
{
    return doc_names_join(bk->a, names, n, bk->labels->and_);
}

/* Names as text, a hyphenated one ("Tanaka-Reyes") in a span the style
 * sheet keeps on one line: a name breaks between its words, not at its
 * hyphen ("Yuri Tanaka-" over "Reyes" in a narrow contents page). */
static void
put_names(epub_xw *x, const char *names)
{
    const char *from = names, *p = names;
    while (*p) {
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        const char *h = memchr(w, '-', (size_t)(p - w));
        if (h && h > w && h + 1 < p) {
            epub_xw_text(x, from, (size_t)(w - from));
            epub_xw_start(x, "span");
            epub_xw_attr(x, "class", "nobr");
            epub_xw_text(x, w, (size_t)(p - w));
            epub_xw_end(x);
            from = p;
        }
        while (*p == ' ')
            p++;
    }
    epub_xw_text(x, from, (size_t)(p - from));
}

static const char *
join_names_in(arena *a, const epub_book *bk, const char *const *names, size_t n)
{
    return doc_names_join(a, names, n, bk->labels->and_);
}

/* The host of a URL, for a short source line ("example.org"). */
static const char *
url_host(arena *a, const char *url)
{
    const char *p = strstr(url, "://");
    if (!p)
        return url;
    p += 3;
    size_t n = strcspn(p, "/?#");
    const char *h = arena_strndup(a, p, n);
    return strncmp(h, "www.", 4) == 0 ? h + 4 : h;
}

/* ---- article rendering ---- */

/* Pointer -> number map for footnotes (open addressing). */
typedef struct note_map {
    const doc_node **keys;
    int *nums;
    const char **ref_ids; /* the first reference's id, for the back link */
    size_t cap, count;
} note_map;

static size_t
ptr_hash(const void *p)
{
    return (size_t)((uintptr_t)p >> 4) * (size_t)2654435761u;
}

static size_t
note_slot(note_map *m, const doc_node *key)
{
    size_t mask = m->cap - 1, i = ptr_hash(key) & mask;
    while (m->keys[i] && m->keys[i] != key)
        i = (i + 1) & mask;
    return i;
}

static void
note_map_init(note_map *m, arena *a, size_t n)
{
    m->cap = 16;
    while (m->cap < n * 2 + 2)
        m->cap *= 2;
    m->keys = arena_alloc(a, m->cap * sizeof(*m->keys));
    m->nums = arena_alloc(a, m->cap * sizeof(*m->nums));
    m->ref_ids = arena_alloc(a, m->cap * sizeof(*m->ref_ids));
    m->count = 0;
}

/* An image of the page, copied in (or refused) before rendering. */
typedef struct page_image {
    epub_item *item; /* NULL: refused, its alt text is shown */
    const char *alt;
} page_image;

/* A worker's hyphenation patterns, kept from one page to the next: the
 * articles of a book mostly share its language, and loading patterns can
 * take a second (German, without the cache). A handle memoises, so each
 * worker has its own. */
typedef struct hyph_slot {
    char name[32]; /* lb_hyph_name of the language loaded; "" none yet */
    lb_hyph *h;
} hyph_slot;

typedef struct render {
    epub_book *bk;
    arena *a;           /* what rendering allocates (a worker's arena) */
    epub_xw *x;
    doc_node *art;
    const char *base;   /* folder of the article's file, for images */
    tf_idset ids;       /* ids in this page, for #fragment links */
    note_map notes;
    doc_node **defs;    /* note definitions in order */
    size_t n_defs;
    page_image *images; /* in the order rendering meets them */
    size_t n_images, cap_images, next_image;
    bool in_thead;
    bool in_cell;       /* writing a table cell's text */
    bool table_fit;     /* the table is wrapped in a div.table-fit (tables never nest) */
    const char *lang;   /* the article's language */
    lb_hyph *hyph;      /* its patterns, loaded for the first long word in a cell */
    bool hyph_tried;
    struct hyph_slot *hyph_keep; /* the worker's patterns, kept across its pages */
    int in_link;        /* open links: HTML forbids a link inside a link */
    bool rtl;           /* the page is right to left (code is marked ltr) */
    const doc_node *line_para; /* a group of lines set one span per line */
    size_t mark_left;          /* bytes of a typed list marker still to write */
    size_t line_hang;          /* the hang of the group's widest marker (open_line) */
} render;

static void
write_image(render *r, doc_node *img)
{
    (void)img;
    epub_xw *x = r->x;
    /* Always there (collect_images walked the same nodes); the check only
     * keeps a mismatch from reading past the list. */
    page_image none = {NULL, ""};
    const page_image *pi = r->next_image < r->n_images ? &r->images[r->next_image++] : &none;
    const char *alt = pi->alt;
    epub_item *it = pi->item;
    if (it) {
        epub_xw_start(x, "img");
        epub_xw_attr(x, "src", it->href);
        epub_xw_attr(x, "alt", alt);
        if (it->css_width > 0) /* drawn at twice its size for sharpness */
            epub_xw_attr(x, "width", arena_printf(r->a, "%d", it->css_width));
        if (img->as.link.title && img->as.link.title[0])
            epub_xw_attr(x, "title", img->as.link.title);
        epub_xw_end(x);
    } else {
        epub_xw_start(x, "span");
        epub_xw_attr(x, "class", "image-alt");
        epub_xw_text(x, alt[0] ? alt : "[image]", strlen(alt[0] ? alt : "[image]"));
        epub_xw_end(x);
    }
}


/* The stand-in of a figure's picture that is not in the book (see
 * DOC_FIGURE): set apart as the figure's first line, "[Image: alt]". */
static bool
standin(const doc_node *n)
{
    return n->type == DOC_EMPH && n->parent && n->parent->type == DOC_FIGURE;
}

/* (a stand-in said before in the article, or saying nothing, was left
   out by tf_tidy_article) */
static void
write_standin(render *r, const doc_node *n)
{
    const char *t = doc_standin_text(r->a, n, r->bk->labels);
    if (!t)
        return;
    epub_xw_start(r->x, "p");
    epub_xw_attr(r->x, "class", "image-alt");
    epub_xw_text(r->x, t, strlen(t));
    epub_xw_end(r->x);
    epub_xw_nl(r->x);
}

static bool
tight_para(const doc_node *n)
{
    return n->type == DOC_PARA && n->parent && n->parent->type == DOC_ITEM &&
           n->parent->parent && (n->parent->parent->flags & DOC_F_TIGHT);
}

/* A block of a left-to-right page whose first strong letter is right to
 * left (a Hebrew paragraph quoted in an English article) runs right to
 * left, as the PDF sets it from the right by the same rule (UAX #9's P2,
 * doc_block_dir). dir="rtl" rather than "auto": the PDF's choice, said
 * outright, for reading systems that ignore "auto". On a right-to-left
 * page every block is, in print too. */
static void
block_dir(render *r, const doc_node *block)
{
    if (!r->rtl && doc_block_dir(block) == 1)
        epub_xw_attr(r->x, "dir", "rtl");
}

/* A link whose text is its address (or looks like one): set as a URL, with
 * places to break it after its slashes, never hyphenated. */
static bool
url_like(const char *s, size_t len)
{
    if (len < 8 || memchr(s, ' ', len) || memchr(s, '\n', len))
        return false;
    const char *sep = NULL;
    for (size_t i = 0; i + 3 <= len && i < 12; i++)
        if (memcmp(s + i, "://", 3) == 0) {
            sep = s + i;
            break;
        }
    return sep || (len > 4 && strncasecmp(s, "www.", 4) == 0);
}

static bool
url_link(const doc_node *link)
{
    const doc_node *t = link->first_child;
    return link->type == DOC_LINK && t && !t->next && t->type == DOC_TEXT && url_like(t->text, t->len);
}

/* A cell holding a number ("67,391,582", "38.0%", "$1.5", "+33", "2:1"):
 * kept on one line (the style sheet lets other cells break anywhere, so
 * that a wide table fits a phone). */
static bool
numeric_cell(arena *a, const doc_node *cell)
{
    const char *t = doc_text_of(a, cell);
    size_t len = strlen(t), digits = 0;
    if (len == 0 || len > 24)
        return false;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)t[i];
        if (c >= '0' && c <= '9')
            digits++;
        else if (!strchr(" .,%+-()/:$'", c) && c < 0x80)
            return false;
        /* other characters of a number: currency signs, minus, thin
           and no-break spaces (multi-byte, allowed) */
    }
    return digits > 0 && digits * 3 >= len; /* mostly digits (bytes: signs take several) */
}

/* A paragraph holding a picture and nothing else (a link around it
 * aside): set as a picture, centred and not indented, since an indent
 * would push a full-width picture past the right edge. */
static bool
picture_para(const doc_node *p)
{
    const doc_node *only = NULL;
    for (const doc_node *c = p->first_child; c; c = c->next) {
        if (doc_blank_text(c))
            continue;
        if (only)
            return false;
        only = c;
    }
    while (only && only->type == DOC_LINK) {
        const doc_node *in = NULL;
        for (const doc_node *c = only->first_child; c; c = c->next) {
            if (doc_blank_text(c))
                continue;
            if (in)
                return false;
            in = c;
        }
        only = in;
    }
    return only && only->type == DOC_IMAGE;
}

/* Columns of a table: its widest row. */
static size_t
table_columns(const doc_node *table)
{
    size_t most = 0;
    for (const doc_node *row = table->first_child; row; row = row->next) {
        size_t n = 0;
        for (const doc_node *c = row->first_child; c; c = c->next)
            n += c->type != DOC_CELL ? 0 : c->as.cell.colspan > 1 ? c->as.cell.colspan : 1;
        if (n > most)
            most = n;
    }
    return most;
}

/* Code, one span.line per line (the newline inside it, so the text reads
 * the same without the style sheet): the style sheet gives each a hanging
 * indent, so a line too long for the screen goes on visibly indented. */
typedef struct code_lines {
    bool open;
} code_lines;

static void
put_code(epub_xw *x, const char *s, size_t len, void *ud)
{
    code_lines *cl = ud;
    while (len) {
        const char *nl = memchr(s, '\n', len);
        size_t n = nl ? (size_t)(nl - s) + 1 : len;
        if (!cl->open) {
            epub_xw_start(x, "span");
            epub_xw_attr(x, "class", "line");
            cl->open = true;
        }
        epub_xw_text(x, s, n);
        if (nl) {
            epub_xw_end(x);
            cl->open = false;
        }
        s += n;
        len -= n;
    }
}

static void
put_url(epub_xw *x, const char *s, size_t len, void *ud)
{
    (void)ud;
    epub_xw_url_text(x, s, len);
}

static size_t
code_points(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t i = 0; i < len; i++)
        n += ((unsigned char)s[i] & 0xC0) != 0x80;
    return n;
}

/* The patterns of the page's language, from the worker's slot (loaded
 * there when its language differs); NULL when there are none. */
static lb_hyph *
cell_patterns(render *r)
{
    char name[sizeof ((hyph_slot *)0)->name];
    if (!r->lang || !lb_hyph_name(r->lang, name, sizeof name))
        return NULL;
    hyph_slot *k = r->hyph_keep;
    if (!k)
        return NULL;
    if (strcmp(k->name, name) != 0) {
        lb_hyph_free(k->h);
        k->h = lb_hyph_load(r->lang);
        snprintf(k->name, sizeof k->name, "%s", name);
    }
    return k->h;
}

/* The patterns for a cell's long words, loaded for the first one. */
static lb_hyph *
cell_hyph(void *ud)
{
    render *r = ud;
    if (!r->hyph_tried) {
        r->hyph_tried = true;
        r->hyph = cell_patterns(r);
    }
    return r->hyph;
}

static bool
cell_nowrap(const doc_node *cell, void *ud)
{
    render *r = ud;
    return numeric_cell(r->a, cell);
}

/* What the guess of a table's width is raised by: the letter widths of
 * tablefit.c come out 5% over Chromium's measure of the Factorio checklist
 * in Charis SIL, the book's face, but 6% under it in DejaVu Serif, about
 * the widest a reader may set instead; too narrow a guess pushes the
 * table past the screen's edge, where a paginated reader cuts it off. */
#define TABLE_FIT_SLACK 1.12

static bool
cell_url(const doc_node *link, void *ud)
{
    (void)ud;
    return url_link(link);
}

/* A table's words measured once (tablefit.c): the sum of its columns'
 * widest pieces in em of its font, and its columns; words < 0 when they
 * cannot be guessed. */
typedef struct table_words {
    double words;
    size_t cols;
} table_words;

static table_words
table_measure(render *r, const doc_node *table)
{
    epub_cell_rules rules = {
        .patterns = cell_hyph, .nowrap = cell_nowrap, .url = cell_url, .ud = r};
    table_words tw = {0};
    tw.words = epub_table_words_em(table, &rules, &tw.cols);
    return tw;
}

/* Em of the reader's font the words need side by side to stay whole, set
 * in the table's font with its cells' padding (both as in css.c), with
 * TABLE_FIT_SLACK. 0 when they cannot be guessed. */
static double
table_need_em(const table_words *tw, bool wide)
{
    if (tw->words < 0)
        return 0;
    double font = wide ? EPUB_TABLE_WIDE_FONT : EPUB_TABLE_FONT;
    double pad = wide ? EPUB_TABLE_WIDE_PAD : EPUB_TABLE_PAD;
    return (tw->words + (double)tw->cols * 2 * pad) * font * TABLE_FIT_SLACK;
}

/* A table cell's text, its long words with soft hyphens at their
 * hyphenation points: a narrow column breaks them with a hyphen where the
 * language allows, and no column need be as wide as its longest word (see
 * the cell rules in css.c), so a table fits a phone without cutting words
 * at random. */
static void
put_cell_text(epub_xw *x, const char *s, size_t len, void *ud)
{
    render *r = ud;
    size_t from = 0, i = 0;
    while (i < len) {
        size_t ws = i;
        while (ws < len && (s[ws] == ' ' || s[ws] == '\n' || s[ws] == '\t'))
            ws++;
        size_t we = ws;
        while (we < len && s[we] != ' ' && s[we] != '\n' && s[we] != '\t')
            we++;
        i = we;
        if (code_points(s + ws, we - ws) < EPUB_CELL_LONG_WORD)
            continue;
        lb_hyph *h = cell_hyph(r);
        if (!h)
            break;
        size_t pos[64];
        size_t n = lb_hyph_points(h, s + ws, we - ws, pos, 64);
        for (size_t k = 0; k < n; k++) {
            epub_xw_text(x, s + from, ws + pos[k] - from);
            epub_xw_text(x, "\xC2\xAD", 2); /* U+00AD SOFT HYPHEN */
            from = ws + pos[k];
        }
    }
    epub_xw_text(x, s + from, len - from);
}

static bool
header_row(const doc_node *row)
{
    return row->flags & DOC_F_HEADER;
}

/* Do the header rows at the top of a table (from `first`) make a
 * <thead>? Not when a cell of theirs spans down into the body: a span
 * out of its row group breaks the HTML table model, so such a table is
 * all <tbody> (its header cells stay <th>). */
static bool
thead_fits(const doc_node *first)
{
    size_t rows = 0;
    for (const doc_node *r = first; r && header_row(r); r = r->next)
        rows++;
    size_t i = 0;
    for (const doc_node *r = first; r && header_row(r); r = r->next, i++)
        for (const doc_node *c = r->first_child; c; c = c->next)
            if (c->type == DOC_CELL && c->as.cell.rowspan > rows - i)
                return false;
    return rows > 0;
}

/* The rows a cell spans, at most to the end of its table (row groups
 * hold their spans: see thead_fits). */
static unsigned
row_span(const doc_node *cell)
{
    unsigned want = cell->as.cell.rowspan, n = 1;
    const doc_node *row = cell->parent;
    if (want < 2 || !row || row->type != DOC_ROW)
        return 1;
    for (const doc_node *r = row->next; r && n < want; r = r->next)
        n++;
    return n;
}

/* The mark a note is cited by: the saved page's own mark ("17", "n 5")
 * when it kept one, else its number in the article. */
static const char *
note_mark(render *r, size_t s, char num[24])
{
    const doc_node *def = r->notes.keys[s];
    if (def && (def->flags & DOC_F_PAGE_MARK) && def->as.note.label && def->as.note.label[0])
        return def->as.note.label;
    snprintf(num, 24, "%d", r->notes.nums[s]);
    return num;
}

/* A reference's comma (after another in its run) or opening bracket (a
 * run after a digit), and its closing bracket: see doc_note_run. */
static void
note_run_open(epub_xw *x, unsigned run)
{
    if (!(run & DOC_NOTE_RUN_FIRST))
        epub_xw_text(x, ",", 1);
    else if (run & DOC_NOTE_RUN_BRACKET)
        epub_xw_text(x, "[", 1);
}

static void
note_run_close(epub_xw *x, unsigned run)
{
    if ((run & DOC_NOTE_RUN_LAST) && (run & DOC_NOTE_RUN_BRACKET))
        epub_xw_text(x, "]", 1);
}

static void
note_backlink(render *r, const doc_node *def)
{
    size_t s = note_slot(&r->notes, def);
    if (!r->notes.keys[s])
        return;
    epub_xw *x = r->x;
    const char *ref = r->notes.ref_ids[s];
    char numbuf[24];
    const char *num = note_mark(r, s, numbuf);
    if (ref) {
        epub_xw_start(x, "a");
        epub_xw_attr(x, "class", "note-number");
        epub_xw_attr(x, "href", arena_printf(r->a, "#%s", ref));
        epub_xw_attr(x, "role", "doc-backlink");
        epub_xw_text(x, num, strlen(num));
        epub_xw_end(x);
    } else {
        epub_xw_start(x, "span");
        epub_xw_attr(x, "class", "note-number");
        epub_xw_text(x, num, strlen(num));
        epub_xw_end(x);
    }
    epub_xw_text(x, " ", 1);
}

static size_t
path_bucket(const char *s)
{
    size_t h = 5381;
    for (; *s; s++)
        h = h * 33 + (unsigned char)*s;
    return h % 64;
}

/* Index the articles by the real path of their input, once. */
static void
map_articles(epub_book *bk)
{
    if (bk->articles_mapped)
        return;
    bk->articles_mapped = true;
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, bk->doc->root);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || n->type != DOC_ARTICLE)
            continue;
        doc_iter_skip(&it);
        const doc_meta *m = n->as.article.meta;
        char real[PATH_MAX];
        if (!m || !m->path || !realpath(m->path, real))
            continue;
        epub_path_ref *ref = arena_alloc(bk->a, sizeof(*ref));
        ref->path = arena_strdup(bk->a, real);
        ref->article = n;
        size_t h = path_bucket(ref->path);
        ref->next = bk->articles_by_path[h];
        bk->articles_by_path[h] = ref;
    }
}

/* A link (not a bare fragment) to a file by relative path: no scheme, not
 * protocol-relative. Only these can point to another article. */
static bool
is_file_link(const char *href)
{
    size_t scheme = strspn(href, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+.-");
    return !(href[scheme] == ':' || strncmp(href, "//", 2) == 0);
}

/*
 * Where a link may point in the book, or NULL to render its text only:
 * a fragment naming an id of this page (as written, or as our slug of it);
 * another article of the collection by its relative path (resolved
 * against this article's folder); an absolute URL with a safe scheme.
 * Anything else (javascript:, paths outside the book) loses its link.
 */
static const char *
link_target(render *r, const char *href)
{
    epub_book *bk = r->bk;
    arena *a = r->a;
    if (!href || !href[0])
        return NULL;
    if (href[0] == '#') {
        if (tf_idset_has(&r->ids, href + 1))
            return href;
        /* Fragments arrive percent-encoded ("#Roots%20of%20Solidarity"). */
        size_t flen = strlen(href + 1);
        char *frag = arena_alloc(a, flen + 1);
        size_t k = 0;
        for (const char *c = href + 1; *c; c++) {
            if (c[0] == '%' && isxdigit((unsigned char)c[1]) && isxdigit((unsigned char)c[2])) {
                char hex[3] = {c[1], c[2], 0};
                frag[k++] = (char)strtol(hex, NULL, 16);
                c += 2;
            } else {
                frag[k++] = *c;
            }
        }
        const char *slug = tf_slug(a, frag, k, "");
        return slug[0] && tf_idset_has(&r->ids, slug) ? arena_printf(a, "#%s", slug) : NULL;
    }
    if (!is_file_link(href))
        return epub_safe_url(a, href);
    size_t len = strcspn(href, "?#");
    if (len == 0)
        return NULL;
    char *rel = arena_strndup(a, href, len);
    char real[PATH_MAX];
    if (!realpath(fs_join(a, r->base ? r->base : ".", rel), real))
        return NULL;
    /* map_articles ran before any page was rendered: the index is only read. */
    for (epub_path_ref *p = bk->articles_by_path[path_bucket(real)]; p; p = p->next) {
        if (strcmp(p->path, real) != 0)
            continue;
        const char *file = epub_href_in(a, p->article);
        /* Keep a fragment that names an id in that article (as written
         * or as our slug of it); drop one that names nothing. */
        const char *hash = strchr(href + len, '#');
        if (!file || !hash || !hash[1])
            return file;
        const char *slug = tf_slug(a, hash + 1, strlen(hash + 1), "");
        doc_iter it;
        doc_node *n;
        doc_event ev;
        doc_iter_init(&it, (doc_node *)p->article);
        while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE)
            if (ev == DOC_EV_ENTER && n->id &&
                (strcmp(n->id, hash + 1) == 0 || strcmp(n->id, slug) == 0))
                return arena_printf(a, "%s#%s", file, n->id);
        return file;
    }
    return NULL;
}

/* Does rendering walk into a node's children? Not for the kinds that
 * render their children (or their text) themselves, nor for note
 * definitions, which render_notes writes after the body. The walk that
 * collects a page's images (collect_images) follows the same rule. */
static bool
renders_children(doc_type t)
{
    switch (t) {
    case DOC_CODE_BLOCK:
    case DOC_RULE:
    case DOC_NOTE_DEF:
    case DOC_TEXT:
    case DOC_CODE:
    case DOC_IMAGE:
    case DOC_BREAK:
    case DOC_NOTE_REF:
        return false;
    default:
        return true;
    }
}

/* A group of lines is written one span.line per line, so a line too long
 * for the screen turns over hung under its start as in print; the <br/>
 * stays at each line's end so the lines still part without the CSS. Only
 * when every break is the paragraph's own child (a break inside emphasis
 * would cut the span). */
static bool
breaks_on_top(const doc_node *para)
{
    doc_iter it;
    doc_node *k;
    doc_event ev;
    doc_iter_init(&it, (doc_node *)para);
    while ((ev = doc_iter_next(&it, &k)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && k->type == DOC_BREAK && k->parent != para)
            return false;
    return true;
}

/* A line that opens with a typed marker ("+ Added ...", "12. ...",
 * doc_line_marker) is an item of a list typed as lines: 0 when `next`,
 * the node the line starts with, opens with none, else the hang its
 * marker needs (1: a sign, one digit or a letter; 2 and 3: as many
 * digits), with its bytes (and the spaces before it) in *bytes. */
static size_t
line_marker(const doc_node *next, size_t *bytes)
{
    *bytes = 0;
    if (!next || next->type != DOC_TEXT)
        return 0;
    size_t b = 0;
    while (b < next->len && next->text[b] == ' ')
        b++;
    size_t ml = doc_line_marker(next->text + b, next->len - b);
    if (!ml)
        return 0;
    size_t digits = 0;
    while (digits < ml && next->text[b + digits] >= '0' && next->text[b + digits] <= '9')
        digits++;
    *bytes = b + ml;
    return digits > 1 ? digits : 1;
}

/* As in print, the items of a list typed as lines start their text where
 * the group's widest marker ends, and their turnovers hang under it; each
 * marker sits in a box as wide as that hang (the group's widest, found
 * when the paragraph opens). */
static void
open_line(render *r, const doc_node *next)
{
    static const char *const classes[] = {"line", "line item", "line item2", "line item3"};
    size_t kind = line_marker(next, &r->mark_left);
    epub_xw_start(r->x, "span");
    epub_xw_attr(r->x, "class", classes[kind ? r->line_hang : 0]);
}

/* The widest marker's hang among a group's lines (line_marker). */
static size_t
widest_marker(const doc_node *para)
{
    size_t widest = 0, bytes;
    bool start = true;
    for (const doc_node *k = para->first_child; k; k = k->next) {
        if (start) {
            size_t kind = line_marker(k, &bytes);
            if (kind > widest)
                widest = kind;
        }
        start = k->type == DOC_BREAK;
    }
    return widest;
}

/* The text of a line's first node: its marker (open_line) in span.mark. */
static void
put_line_text(epub_xw *x, const char *s, size_t len, void *ud)
{
    render *r = ud;
    if (r->mark_left && len) {
        size_t k = len < r->mark_left ? len : r->mark_left;
        epub_xw_start(x, "span");
        epub_xw_attr(x, "class", "mark");
        epub_xw_text(x, s, k);
        epub_xw_end(x);
        r->mark_left -= k;
        s += k;
        len -= k;
    }
    epub_xw_text(x, s, len);
}

/* A task's box, the item's marker (the stylesheet hangs it where a
 * bullet would be, css.c): ticked or not, as a picture of a box whose
 * name says which to a screen reader, in the article's language. */
static void
task_box(render *r, const doc_node *item)
{
    const doc_labels *L = doc_labels_for(r->lang);
    bool done = item->flags & DOC_F_DONE;
    epub_xw_start(r->x, "span");
    epub_xw_attr(r->x, "class", "box");
    epub_xw_attr(r->x, "role", "img");
    epub_xw_attr(r->x, "aria-label", done ? L->task_done : L->task_open);
    const char *box =
        done ? "\xE2\x98\x91\xC2\xA0" : "\xE2\x98\x90\xC2\xA0"; /* ☑ ☐, no-break space */
    epub_xw_text(r->x, box, strlen(box));
    epub_xw_end(r->x);
}

/* Does n open a task item, so carries its box? */
static bool
opens_task(const doc_node *n)
{
    return n->type == DOC_PARA && n->parent && n->parent->type == DOC_ITEM &&
           (n->parent->flags & DOC_F_TASK) && n == n->parent->first_child;
}

/* Enter or leave one node of an article body (its children, if
 * renders_children says so, are walked by the caller). */
static void
render_node(render *r, doc_node *n, bool entering)
{
    epub_xw *x = r->x;
    char tag[16];
    switch (n->type) {
    case DOC_COLLECTION:
    case DOC_PART:
    case DOC_ARTICLE:
        return;
    case DOC_HEADING: {
        int lv = n->as.heading.level < 2 ? 2 : n->as.heading.level > 6 ? 6 : n->as.heading.level;
        snprintf(tag, sizeof(tag), "h%d", lv);
        if (entering) {
            epub_xw_start(x, tag);
            epub_xw_attr(x, "id", n->id);
            block_dir(r, n);
        } else {
            epub_xw_end(x);
            epub_xw_nl(x);
        }
        return;
    }
    case DOC_PARA:
        if (tight_para(n)) {
            /* Tight list items hold their text bare; a second paragraph in
             * the same item still needs a break from the first. A place a
             * link aims at is marked where the text starts. */
            if (entering && n->id) {
                epub_xw_start(x, "span");
                epub_xw_attr(x, "id", n->id);
                epub_xw_end(x);
            }
            if (entering && opens_task(n))
                task_box(r, n->parent);
            if (!entering && n->next && n->next->type == DOC_PARA) {
                epub_xw_start(x, "br");
                epub_xw_end(x);
            }
            return;
        }
        if (entering) {
            epub_xw_start(x, "p");
            epub_xw_attr(x, "id", n->id); /* only where a link aims (transform/ids.c) */
            block_dir(r, n); /* before the first line's span */
            if (picture_para(n))
                epub_xw_attr(x, "class", "picture");
            else if ((n->flags & DOC_F_CENTER) &&
                     !(n->parent && n->parent->type == DOC_ITEM && n == n->parent->first_child))
                epub_xw_attr(x, "class", "center"); /* a display line: as in print */
            else if (doc_para_is_line_group(n) &&
                     !(n->parent && n->parent->type == DOC_ITEM && n == n->parent->first_child)) {
                epub_xw_attr(x, "class", "lines"); /* verse, an address: as in print */
                if (breaks_on_top(n)) {
                    r->line_para = n;
                    r->line_hang = widest_marker(n);
                    open_line(r, n->first_child);
                }
            } else if (doc_para_is_label(n) &&
                       !(n->parent && n->parent->type == DOC_ITEM && n == n->parent->first_child)) {
                epub_xw_attr(x, "class", "label"); /* a minor heading: as in print */
            }
            if (n->parent && n->parent->type == DOC_NOTE_DEF && n == n->parent->first_child)
                note_backlink(r, n->parent);
            if (opens_task(n))
                task_box(r, n->parent);
        } else {
            if (r->line_para == n) {
                epub_xw_end(x); /* the last line's span */
                r->line_para = NULL;
                r->mark_left = 0;
            }
            epub_xw_end(x);
            epub_xw_nl(x);
        }
        return;
    case DOC_QUOTE:
        if (entering) {
            epub_xw_start(x, "blockquote");
            epub_xw_attr(x, "id", n->id);
            epub_xw_nl(x);
        } else {
            epub_xw_end(x);
            epub_xw_nl(x);
        }
        return;
    case DOC_LIST:
        if (entering) {
            epub_xw_start(x, n->as.list.ordered ? "ol" : "ul");
            epub_xw_attr(x, "id", n->id);
            bool tasks = false; /* a list of tasks hangs boxes, not bullets */
            for (const doc_node *k = n->first_child; k && !tasks; k = k->next)
                tasks = k->flags & DOC_F_TASK;
            bool loose = doc_list_is_loose(n);
            if (loose || tasks)
                epub_xw_attr(x, "class",
                             loose && tasks ? "loose tasks"
                             : loose        ? "loose"
                                            : "tasks");
            if (n->as.list.ordered && n->as.list.start != 1) {
                char num[24];
                snprintf(num, sizeof(num), "%d", n->as.list.start);
                epub_xw_attr(x, "start", num);
            }
            epub_xw_nl(x);
        } else {
            epub_xw_end(x);
            epub_xw_nl(x);
        }
        return;
    case DOC_ITEM:
        if (entering) {
            epub_xw_start(x, "li");
            epub_xw_attr(x, "id", n->id);
            if (n->flags & DOC_F_TASK)
                epub_xw_attr(x, "class", n->flags & DOC_F_DONE ? "task done" : "task");
            /* a tight item holds its text bare: the item takes the direction */
            if (n->first_child && tight_para(n->first_child))
                block_dir(r, n->first_child);
            /* an item opening with other than a paragraph (a nested list,
               a heading): its box before that block */
            if ((n->flags & DOC_F_TASK) && !(n->first_child && opens_task(n->first_child)))
                task_box(r, n);
        } else {
            epub_xw_end(x);
            epub_xw_nl(x);
        }
        return;
    case DOC_DEFS:
    case DOC_TERM:
    case DOC_DEF:
        if (entering) {
            epub_xw_start(x, n->type == DOC_DEFS ? "dl" : n->type == DOC_TERM ? "dt" : "dd");
            epub_xw_attr(x, "id", n->id);
            if (n->type == DOC_TERM)
                block_dir(r, n);
            if (n->type == DOC_DEFS)
                epub_xw_nl(x);
        } else {
            epub_xw_end(x);
            epub_xw_nl(x);
        }
        return;
    case DOC_CODE_BLOCK:
        if (entering) {
            epub_xw_start(x, "pre");
            epub_xw_attr(x, "id", n->id);
            if (r->rtl)
                epub_xw_attr(x, "dir", "ltr"); /* programs are written left to right */
            epub_xw_start(x, "code");
            if (n->as.code.info && n->as.code.info[0]) {
                char *lang = tf_slug(r->a, n->as.code.info, strlen(n->as.code.info), "");
                if (lang[0])
                    epub_xw_attr(x, "class", arena_printf(r->a, "language-%s", lang));
            }
            code_lines cl = {false};
            epub_marks_text_with(r->bk, x, n, put_code, &cl);
            if (cl.open)
                epub_xw_end(x);
            epub_xw_end(x);
            epub_xw_end(x);
            epub_xw_nl(x);
        }
        return;
    case DOC_RULE:
        if (entering) {
            epub_xw_start(x, "hr");
            epub_xw_end(x);
            epub_xw_nl(x);
        }
        return;
    case DOC_FIGURE:
        if (entering) {
            epub_xw_start(x, "figure");
            epub_xw_attr(x, "id", n->id);
        } else {
            epub_xw_end(x);
            epub_xw_nl(x);
        }
        return;
    case DOC_CAPTION:
        if (entering) {
            bool in_fig = n->parent && n->parent->type == DOC_FIGURE;
            epub_xw_start(x, in_fig ? "figcaption" : "p");
            epub_xw_attr(x, "id", n->id);
            if (!in_fig)
                epub_xw_attr(x, "class", "caption"); /* a table's or a listing's */
        } else
            epub_xw_end(x);
        return;
    case DOC_TABLE:
        if (entering) {
            /* Wide: five columns or more, or words that side by side would
               pass a phone's width; they may break anywhere, unless the
               table's box is wide enough for them whole (a container
               query, see tablefit.c). */
            table_words tw = table_measure(r, n);
            bool wide = table_columns(n) >= 5 || table_need_em(&tw, false) > EPUB_PHONE_EM;
            const char *cls = NULL;
            if (wide) {
                double need = table_need_em(&tw, true);
                cls = "wide";
                if (need > 0 && need <= EPUB_TABLE_FIT_MAX) {
                    int step = EPUB_TABLE_FIT_STEP;
                    int fit = ((int)need + step) / step * step;
                    if (fit < EPUB_TABLE_FIT_MIN)
                        fit = EPUB_TABLE_FIT_MIN;
                    cls = arena_printf(r->a, "wide fit-%d", fit);
                    epub_xw_start(x, "div");
                    epub_xw_attr(x, "class", "table-fit");
                    r->table_fit = true;
                }
            }
            epub_xw_start(x, "table");
            epub_xw_attr(x, "id", n->id);
            epub_xw_attr(x, "class", cls);
            epub_xw_nl(x);
        } else {
            epub_xw_end(x);
            if (r->table_fit)
                epub_xw_end(x);
            r->table_fit = false;
            epub_xw_nl(x);
        }
        return;
    case DOC_ROW:
        /* Header rows at the top form <thead>, the rest <tbody>. Cells
         * hold inlines only, so tables never nest and one flag is enough. */
        if (entering) {
            if (!n->prev) {
                r->in_thead = thead_fits(n);
                epub_xw_start(x, r->in_thead ? "thead" : "tbody");
            } else if (r->in_thead && !header_row(n)) {
                epub_xw_end(x);
                epub_xw_nl(x);
                r->in_thead = false;
                epub_xw_start(x, "tbody");
            }
            epub_xw_start(x, "tr");
            epub_xw_attr(x, "id", n->id);
        } else {
            epub_xw_end(x);
            if (!n->next)
                epub_xw_end(x);
            epub_xw_nl(x);
        }
        return;
    case DOC_CELL:
        if (entering) {
            bool th = (n->flags & DOC_F_HEADER) || (n->parent && header_row(n->parent));
            epub_xw_start(x, th ? "th" : "td");
            epub_xw_attr(x, "id", n->id);
            static const char *const align[] = {NULL, "left", "center", "right"};
            const char *cls = NULL;
            if (n->as.cell.align > DOC_ALIGN_NONE && n->as.cell.align <= DOC_ALIGN_RIGHT)
                cls = arena_printf(r->a, "align-%s", align[n->as.cell.align]);
            if (numeric_cell(r->a, n))
                cls = cls ? arena_printf(r->a, "%s num", cls) : "num";
            epub_xw_attr(x, "class", cls);
            if (n->as.cell.colspan > 1)
                epub_xw_attr(x, "colspan", arena_printf(r->a, "%u", (unsigned)n->as.cell.colspan));
            unsigned rows = row_span(n);
            if (rows > 1)
                epub_xw_attr(x, "rowspan", arena_printf(r->a, "%u", rows));
            block_dir(r, n); /* a Hebrew cell starts on the right, as in print */
            r->in_cell = true;
        } else {
            epub_xw_end(x);
            r->in_cell = false;
        }
        return;
    case DOC_NOTE_DEF:
        /* Rendered after the body (render_notes), not where it stands. */
        return;
    case DOC_TEXT:
        if (entering && n->parent && url_link(n->parent))
            epub_marks_text_with(r->bk, x, n, put_url, NULL);
        else if (entering && r->in_cell)
            epub_marks_text_with(r->bk, x, n, put_cell_text, r);
        else if (entering && r->mark_left && n->parent == r->line_para)
            epub_marks_text_with(r->bk, x, n, put_line_text, r);
        else if (entering)
            epub_marks_text(r->bk, x, n);
        return;
    case DOC_EMPH:
    case DOC_STRONG:
    case DOC_SUB:
    case DOC_SUP:
    case DOC_STRIKE: {
        static const char *const names[] = {[DOC_EMPH] = "em", [DOC_STRONG] = "strong",
                                            [DOC_SUB] = "sub", [DOC_SUP] = "sup",
                                            [DOC_STRIKE] = "s"};
        if (standin(n)) {
            if (entering)
                write_standin(r, n);
            return;
        }
        if (entering)
            epub_xw_start(x, names[n->type]);
        else
            epub_xw_end(x);
        return;
    }
    case DOC_CODE:
        if (entering) {
            epub_xw_start(x, "code");
            if (r->rtl)
                epub_xw_attr(x, "dir", "ltr");
            epub_marks_text(r->bk, x, n);
            epub_xw_end(x);
        }
        return;
    case DOC_LINK: {
        if (entering) {
            const char *target = r->in_link ? NULL : link_target(r, n->as.link.href);
            epub_xw_start(x, target ? "a" : "span");
            if (target) {
                epub_xw_attr(x, "href", target);
                if (n->as.link.title && n->as.link.title[0])
                    epub_xw_attr(x, "title", n->as.link.title);
            }
            if (url_link(n)) {
                epub_xw_attr(x, "class", "url");
                if (r->rtl)
                    epub_xw_attr(x, "dir", "ltr");
            }
            r->in_link++;
        } else {
            epub_xw_end(x);
            r->in_link--;
        }
        return;
    }
    case DOC_IMAGE:
        if (entering)
            write_image(r, n);
        return;
    case DOC_BREAK:
        if (entering) { /* (breaks at a block's edge: gone in tf_tidy_article) */
            epub_xw_start(x, "br");
            epub_xw_end(x);
            if (r->line_para && n->parent == r->line_para) {
                epub_xw_end(x);
                epub_xw_nl(x);
                open_line(r, n->next);
            } else {
                epub_xw_nl(x);
            }
        }
        return;
    case DOC_NOTE_REF:
        if (entering) {
            const doc_node *def = n->as.note.target;
            size_t s = def ? note_slot(&r->notes, def) : 0;
            if (!def || !r->notes.keys[s] || r->in_link) {
                /* Unresolved, or inside a link (no link in a link): the
                 * label or number as plain text. */
                if (def && r->notes.keys[s]) {
                    char numbuf[24];
                    const char *num = note_mark(r, s, numbuf);
                    unsigned run = doc_note_run(n);
                    epub_xw_start(x, "sup");
                    epub_xw_attr(x, "id", n->id); /* the note's back link may aim here */
                    note_run_open(x, run);
                    epub_xw_text(x, num, strlen(num));
                    note_run_close(x, run);
                    epub_xw_end(x);
                    return;
                }
                const char *l = n->as.note.label ? n->as.note.label : "?";
                char *t = arena_printf(r->a, "[%s]", l);
                epub_xw_text(x, t, strlen(t));
                return;
            }
            char numbuf[24];
            const char *num = note_mark(r, s, numbuf);
            unsigned run = doc_note_run(n);
            epub_xw_start(x, "sup");
            epub_xw_attr(x, "class", "noteref");
            note_run_open(x, run);
            epub_xw_start(x, "a");
            epub_xw_attr(x, "epub:type", "noteref");
            epub_xw_attr(x, "role", "doc-noteref");
            epub_xw_attr(x, "id", n->id);
            epub_xw_attr(x, "href", arena_printf(r->a, "#%s", def->id));
            epub_xw_text(x, num, strlen(num));
            epub_xw_end(x);
            note_run_close(x, run);
            epub_xw_end(x);
        }
        return;
    case DOC_TYPE_COUNT:
        break;
    }
}

/* Render a subtree's children (or the node itself) with the iterator. */
static void
render_tree(render *r, doc_node *root, bool include_root)
{
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, root);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (n == root && !include_root)
            continue;
        bool entering = ev == DOC_EV_ENTER;
        /* a page starting at a block: its marker goes before the block,
           or inside where only certain children are allowed (li, td, dt, dd) */
        bool inside = n->type == DOC_ITEM || n->type == DOC_ROW || n->type == DOC_CELL ||
                      n->type == DOC_TERM || n->type == DOC_DEF;
        bool skip = n->type == DOC_NOTE_DEF; /* written after the body, marks and all */
        if (entering && !inside && !skip && r->bk->n_marks)
            epub_marks_at(r->bk, r->x, n);
        render_node(r, n, entering);
        if (entering && n->type != DOC_ROW && inside && r->bk->n_marks)
            epub_marks_at(r->bk, r->x, n);
        if (entering && (!renders_children(n->type) || standin(n)))
            doc_iter_skip(&it);
    }
}

/* Copy in the images of a subtree in the order render_tree will meet
 * them, noting each one's item (NULL when refused) and alt text. */
static void
collect_subtree(render *r, doc_node *root)
{
    epub_book *bk = r->bk;
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, root);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || n == root)
            continue;
        if (n->type == DOC_IMAGE) {
            if (r->n_images == r->cap_images) {
                size_t cap = r->cap_images ? r->cap_images * 2 : 8;
                r->images = arena_realloc(r->a, r->images, r->cap_images * sizeof(*r->images),
                                          cap * sizeof(*r->images));
                r->cap_images = cap;
            }
            page_image *pi = &r->images[r->n_images++];
            pi->alt = doc_text_of(r->a, n);
            pi->item = epub_image_add(bk, n->as.link.href, n, r->base);
            if (pi->item) {
                bk->any_images = true;
                if (!pi->alt[0])
                    bk->all_alt = false;
            }
        } else if (n->type == DOC_LINK && n->as.link.href && n->as.link.href[0] &&
                   n->as.link.href[0] != '#' && is_file_link(n->as.link.href)) {
            /* link_target will look the file up among the articles: index
             * them now, while one thread runs. */
            map_articles(bk);
        }
        if (!renders_children(n->type))
            doc_iter_skip(&it);
    }
}

/* All the images of a prepared page: the body, then the notes in the
 * order render_notes writes them. */
static void
collect_images(render *r, doc_node *art)
{
    collect_subtree(r, art);
    for (size_t i = 0; i < r->n_defs; i++)
        collect_subtree(r, r->defs[i]);
}

/* Number the notes (in the tree's order) and collect the ids of the page
 * for fragment links. */
static void
prepare_article(render *r, doc_node *art)
{
    arena *a = r->a;
    tf_idset_init(&r->ids, a);
    size_t n_defs = 0, n_refs = 0;
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, art);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        if (n->id)
            tf_idset_take(&r->ids, n->id);
        if (n->type == DOC_NOTE_DEF)
            n_defs++;
        else if (n->type == DOC_NOTE_REF)
            n_refs++;
    }
    note_map_init(&r->notes, a, n_defs);
    r->defs = arena_alloc(a, (n_defs + 1) * sizeof(*r->defs));
    r->n_defs = 0;
    if (!n_defs)
        return;
    /* The notes in the order the tree holds them, as the PDF sets them
       (a page's page-list must follow both in step): Markdown's come in
       the order of first reference (cmark sorts them so), a saved
       page's in the order of its own lists (readers/html/notes.c). Each
       links back to its first reference. */
    int next = 1;
    doc_iter_init(&it, art);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || n->type != DOC_NOTE_DEF)
            continue;
        size_t s = note_slot(&r->notes, n);
        if (!r->notes.keys[s]) {
            r->notes.keys[s] = n;
            r->notes.nums[s] = next++;
            r->defs[r->n_defs++] = n;
        }
        doc_iter_skip(&it);
    }
    doc_iter_init(&it, art);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || n->type != DOC_NOTE_REF || !n->as.note.target)
            continue;
        const doc_node *def = n->as.note.target;
        size_t s = note_slot(&r->notes, def);
        if (!r->notes.keys[s]) { /* (a reference to a note outside the article) */
            r->notes.keys[s] = def;
            r->notes.nums[s] = next++;
            r->defs[r->n_defs++] = (doc_node *)def;
        }
        if (!r->notes.ref_ids[s])
            r->notes.ref_ids[s] = n->id;
    }
}

static void
render_notes(render *r)
{
    if (!r->n_defs)
        return;
    epub_xw *x = r->x;
    epub_xw_start(x, "section");
    epub_xw_attr(x, "class", "notes");
    epub_xw_attr(x, "aria-label", r->bk->labels->notes);
    epub_xw_nl(x);
    for (size_t i = 0; i < r->n_defs; i++) {
        doc_node *def = r->defs[i];
        epub_xw_start(x, "aside");
        epub_xw_attr(x, "epub:type", "footnote");
        epub_xw_attr(x, "role", "doc-footnote");
        epub_xw_attr(x, "id", def->id);
        epub_xw_attr(x, "class", "footnote");
        epub_marks_at(r->bk, x, def);
        if (!def->first_child || def->first_child->type != DOC_PARA) {
            epub_xw_start(x, "p");
            note_backlink(r, def);
            epub_xw_end(x);
        }
        render_tree(r, def, false);
        epub_xw_end(x);
        epub_xw_nl(x);
    }
    epub_xw_end(x);
    epub_xw_nl(x);
}


static void
article_head(epub_book *bk, arena *a, epub_xw *x, doc_node *art)
{
    const doc_meta *m = art->as.article.meta;
    epub_xw_start(x, "header");
    epub_xw_attr(x, "class", "article-head");
    epub_xw_nl(x);
    epub_xw_start(x, "h1");
    epub_xw_attr(x, "class", "article-title");
    epub_xw_text(x, m->title, strlen(m->title));
    epub_xw_end(x);
    epub_xw_nl(x);
    if (m->subtitle && m->subtitle[0]) {
        epub_xw_start(x, "p");
        epub_xw_attr(x, "class", "subtitle");
        epub_xw_text(x, m->subtitle, strlen(m->subtitle));
        epub_xw_end(x);
        epub_xw_nl(x);
    }
    const char *names = join_names_in(a, bk, m->authors, m->n_authors);
    if (names) {
        epub_xw_start(x, "p");
        epub_xw_attr(x, "class", "byline");
        put_names(x, names);
        epub_xw_end(x);
        epub_xw_nl(x);
    }
    const char **credits;
    size_t nc = doc_contrib_lines(a, m, bk->labels, &credits);
    for (size_t i = 0; i < nc; i++) {
        epub_xw_start(x, "p");
        epub_xw_attr(x, "class", "credit");
        put_names(x, credits[i]);
        epub_xw_end(x);
        epub_xw_nl(x);
    }
    const char *date = display_date(a, m->date, epub_article_lang(bk, art));
    const char *url = epub_safe_url(a, m->source);
    if (date || url || (m->site && m->site[0])) {
        epub_xw_start(x, "p");
        epub_xw_attr(x, "class", "dateline");
        if (date) {
            epub_xw_start(x, "time");
            if (m->date && strlen(m->date) >= 4)
                epub_xw_attr(x, "datetime", m->date);
            epub_xw_text(x, date, strlen(date));
            epub_xw_end(x);
        }
        const char *site = m->site && m->site[0] ? m->site : url ? url_host(a, url) : NULL;
        if (site) {
            if (date)
                epub_xw_text(x, " \xC2\xB7 ", 4);
            epub_xw_start(x, url ? "a" : "span");
            epub_xw_attr(x, "href", url);
            epub_xw_text(x, site, strlen(site));
            epub_xw_end(x);
        }
        epub_xw_end(x);
        epub_xw_nl(x);
    }
    epub_xw_end(x);
    epub_xw_nl(x);
}

/* An article page between the two phases: its render state, prepared on
 * the book's thread, and its place in the book. */
typedef struct page_slot {
    render r;
    epub_item *item;
} page_slot;

/* First phase (book order, one thread): number the notes, copy the
 * images in and take the page's place in the item list. */
static void
reserve_article(epub_book *bk, doc_node *art, page_slot *slot)
{
    const doc_meta *m = art->as.article.meta;
    render *r = &slot->r;
    *r = (render){.bk = bk, .a = bk->a, .art = art};
    r->base = m->path ? fs_dirname(bk->a, m->path) : bk->m->dir;
    prepare_article(r, art);
    collect_images(r, art);
    slot->item = epub_add_item(bk, epub_href_of(bk, art), arena_printf(bk->a, "item-%s", art->id),
                               "application/xhtml+xml", NULL, 0, true);
}

/* Second phase (any thread): render the page into `a` and fill in its
 * item. Reads the book and writes only this page's state, its item and
 * its own page-break marks. */
static void
render_article(epub_book *bk, arena *a, page_slot *slot, hyph_slot *keep)
{
    render *r = &slot->r;
    r->hyph_keep = keep;
    doc_node *art = r->art;
    const doc_meta *m = art->as.article.meta;
    epub_xw x;
    epub_xw_begin(&x, a);
    const char *lang = epub_article_lang(bk, art);
    epub_xw_page(&x, bk, m->title, lang);
    r->a = a;
    r->x = &x;
    r->rtl = doc_lang_rtl(lang);
    r->lang = lang;
    epub_xw_start(&x, "section");
    epub_xw_attr(&x, "epub:type", "chapter");
    epub_xw_attr(&x, "role", "doc-chapter");
    epub_xw_attr(&x, "id", art->id);
    epub_xw_nl(&x);
    epub_marks_at(bk, &x, art);
    article_head(bk, a, &x, art);
    render_tree(r, art, false);
    render_notes(r);
    r->hyph = NULL; /* the worker's slot keeps it */
    epub_marks_rest(bk, &x, slot->item->href);
    epub_xw_end(&x);
    epub_xw_nl(&x);
    slot->item->data = epub_xw_page_finish(&x, &slot->item->len);
}

/* ---- book pages ---- */

static void
para_class(epub_xw *x, const char *cls, const char *text)
{
    if (!text || !text[0])
        return;
    epub_xw_start(x, "p");
    epub_xw_attr(x, "class", cls);
    epub_xw_text(x, text, strlen(text));
    epub_xw_end(x);
    epub_xw_nl(x);
}

static const char *
editor_line(epub_book *bk)
{
    const manifest *m = bk->m;
    if (m->n_editors)
        return arena_printf(bk->a, "%s%s", bk->labels->edited_by,
                            join_names(bk, m->editors, m->n_editors));
    if (m->n_authors)
        return join_names(bk, m->authors, m->n_authors);
    /* naming nobody, the cover says what the packet holds (as the PDF's) */
    return doc_articles_phrase(bk->a, bk->labels, bk->doc->root);
}

static void
write_cover(epub_book *bk)
{
    const manifest *m = bk->m;
    epub_xw x;
    epub_xw_begin(&x, bk->a);
    epub_xw_page(&x, bk, bk->labels->cover, NULL);
    epub_xw_start(&x, "section");
    epub_xw_attr(&x, "epub:type", "cover");
    if (bk->cover_image) {
        epub_xw_attr(&x, "class", "cover cover-image");
        epub_xw_nl(&x);
        epub_xw_start(&x, "img");
        epub_xw_attr(&x, "src", bk->cover_image->href);
        epub_xw_attr(&x, "alt", arena_printf(bk->a, "%s%s", bk->labels->cover_of, m->title));
        epub_xw_attr(&x, "role", "doc-cover");
        epub_xw_end(&x);
    } else {
        /* No image given: a drawn cover, never an empty page, and the
           picture a library shows the book by (properties="cover-image").
           Its words are the image's description. */
        size_t svg_len;
        const char *ed = editor_line(bk);
        const char *svg = epub_cover_svg(bk, ed, &svg_len);
        bk->cover_image = epub_add_item(bk, "images/cover.svg", "cover-image", "image/svg+xml", svg,
                                        svg_len, false);
        bk->cover_image->properties = "cover-image";
        epub_xw_attr(&x, "class", "cover cover-image");
        epub_xw_nl(&x);
        epub_xw_start(&x, "img");
        epub_xw_attr(&x, "src", bk->cover_image->href);
        buf alt;
        buf_init(&alt, 0);
        buf_adds(&alt, m->title);
        const char *more[] = {m->subtitle, ed, m->publisher};
        for (size_t i = 0; i < 3; i++)
            if (more[i] && more[i][0]) /* "Title. Subtitle.", "Why? Because." */
                buf_printf(&alt, "%s %s", strchr(".?!", alt.data[alt.len - 1]) ? "" : ".", more[i]);
        epub_xw_attr(&x, "alt", arena_printf(bk->a, "%s%s", bk->labels->cover_of, alt.data));
        buf_cleanup(&alt);
        epub_xw_attr(&x, "role", "doc-cover");
        epub_xw_end(&x);
    }
    epub_xw_nl(&x);
    epub_xw_end(&x);
    epub_xw_nl(&x);
    size_t len;
    const char *data = epub_xw_page_finish(&x, &len);
    epub_add_item(bk, EPUB_COVER_HREF, "item-cover", "application/xhtml+xml", data, len, true);
}

static void
write_title_page(epub_book *bk)
{
    const manifest *m = bk->m;
    epub_xw x;
    epub_xw_begin(&x, bk->a);
    epub_xw_page(&x, bk, m->title, NULL);
    epub_xw_start(&x, "section");
    epub_xw_attr(&x, "epub:type", "titlepage");
    epub_xw_attr(&x, "class", "titlepage");
    epub_xw_nl(&x);
    epub_xw_start(&x, "h1");
    epub_xw_attr(&x, "class", "book-title");
    epub_xw_text(&x, m->title, strlen(m->title));
    epub_xw_end(&x);
    epub_xw_nl(&x);
    para_class(&x, "book-subtitle", m->subtitle);
    para_class(&x, "book-editor", editor_line(bk));
    para_class(&x, "book-publisher", m->publisher);
    para_class(&x, "book-date", display_date(bk->a, m->date ? m->date : doc_date_of_time(bk->a, bk->opt->timestamp),
                                             bk->language));
    para_class(&x, "book-description", m->description);
    para_class(&x, "book-rights", m->rights);
    epub_xw_end(&x);
    epub_xw_nl(&x);
    size_t len;
    const char *data = epub_xw_page_finish(&x, &len);
    epub_add_item(bk, EPUB_TITLE_HREF, "item-title", "application/xhtml+xml", data, len, true);
}

static void
contents_list(epub_book *bk, epub_xw *x, const tf_toc *t)
{
    epub_xw_start(x, "ol");
    epub_xw_attr(x, "class", t->level == 0 ? "contents" : "contents-sub");
    epub_xw_nl(x);
    for (const tf_toc *c = t->first_child; c; c = c->next) {
        /* The contents page lists parts and articles; sections are in the nav. */
        if (c->node->type == DOC_HEADING)
            continue;
        epub_xw_start(x, "li");
        epub_xw_attr(x, "class", c->node->type == DOC_PART ? "toc-part" : "toc-article");
        const doc_meta *m = c->node->type == DOC_ARTICLE ? c->node->as.article.meta : NULL;
        epub_xw_start(x, "a");
        epub_xw_attr(x, "href", epub_href_in(x->a, c->node));
        epub_xw_dir(x, bk, m ? epub_article_lang(bk, c->node) : NULL, c->title);
        epub_xw_text(x, c->title, strlen(c->title));
        epub_xw_end(x);
        if (m) {
            const char *names = join_names_in(x->a, bk, m->authors, m->n_authors);
            if (names) {
                epub_xw_text(x, " ", 1);
                epub_xw_start(x, "span");
                epub_xw_attr(x, "class", "toc-author");
                epub_xw_dir(x, bk, NULL, names);
                put_names(x, names);
                epub_xw_end(x);
            }
        }
        bool sub = false;
        for (const tf_toc *g = c->first_child; g; g = g->next)
            sub = sub || g->node->type != DOC_HEADING;
        if (sub)
            contents_list(bk, x, c);
        epub_xw_end(x);
        epub_xw_nl(x);
    }
    epub_xw_end(x);
    epub_xw_nl(x);
}

static void
write_contents(epub_book *bk, arena *a, epub_item *item)
{
    epub_xw x;
    epub_xw_begin(&x, a);
    epub_xw_page(&x, bk, bk->labels->contents, NULL);
    epub_xw_start(&x, "section");
    epub_xw_attr(&x, "epub:type", "toc");
    epub_xw_attr(&x, "class", "contents-page");
    epub_xw_nl(&x);
    epub_xw_elem(&x, "h1", bk->labels->contents);
    epub_xw_nl(&x);
    contents_list(bk, &x, bk->toc);
    epub_xw_start(&x, "p");
    epub_xw_attr(&x, "class", "toc-sources");
    epub_xw_start(&x, "a");
    epub_xw_attr(&x, "href", EPUB_SOURCES_HREF);
    epub_xw_text(&x, bk->labels->sources, strlen(bk->labels->sources));
    epub_xw_end(&x);
    epub_xw_end(&x);
    epub_xw_nl(&x);
    epub_xw_end(&x);
    epub_xw_nl(&x);
    item->data = epub_xw_page_finish(&x, &item->len);
}

/* A part opener: its title and, when the manifest names one, its intro
 * read through the usual readers. */
static void
write_part(epub_book *bk, doc_node *part, doc_node *intro)
{
    const char *title = part->as.part.title ? part->as.part.title : "";
    epub_xw x;
    epub_xw_begin(&x, bk->a);
    epub_xw_page(&x, bk, title, NULL);
    epub_xw_start(&x, "section");
    epub_xw_attr(&x, "epub:type", "part");
    epub_xw_attr(&x, "role", "doc-part");
    epub_xw_attr(&x, "class", "part-opener");
    epub_xw_attr(&x, "id", part->id);
    epub_xw_nl(&x);
    epub_marks_at(bk, &x, part);
    epub_xw_start(&x, "h1");
    epub_xw_attr(&x, "class", "part-title");
    /* a title in the other direction's script reads in its own (the PDF
       puts it in its own visual order too) */
    epub_xw_dir(&x, bk, NULL, title);
    epub_xw_text(&x, title, strlen(title));
    epub_xw_end(&x);
    epub_xw_nl(&x);
    if (intro) {
        render r = {.bk = bk, .a = bk->a, .x = &x, .art = intro,
                    .rtl = doc_lang_rtl(bk->language)};
        const doc_meta *m = intro->as.article.meta;
        r.base = m && m->path ? fs_dirname(bk->a, m->path) : bk->m->dir;
        intro->id = part->id; /* its headings share the opener's page */
        tf_ids_assign_article(bk->a, intro);
        prepare_article(&r, intro);
        collect_images(&r, intro);
        epub_xw_start(&x, "div");
        epub_xw_attr(&x, "class", "part-intro");
        epub_xw_nl(&x);
        render_tree(&r, intro, false);
        render_notes(&r);
        epub_xw_end(&x);
        epub_xw_nl(&x);
    }
    epub_marks_rest(bk, &x, epub_href_of(bk, part));
    epub_xw_end(&x);
    epub_xw_nl(&x);
    size_t len;
    const char *data = epub_xw_page_finish(&x, &len);
    epub_add_item(bk, epub_href_of(bk, part), arena_printf(bk->a, "item-%s", part->id),
                  "application/xhtml+xml", data, len, true);
}

/* Does s end a sentence itself ("Fetching!", "Jr.", "Why?"), quotes and
 * brackets aside? Then the entry's own full stop is left out: no
 * "Fetching!." */
static bool
ends_with_stop(const char *s)
{
    size_t n = s ? strlen(s) : 0;
    for (;;) {
        if (n && strchr("\"')]", s[n - 1]))
            n--;
        else if (n >= 3 && (unsigned char)s[n - 3] == 0xE2 && (unsigned char)s[n - 2] == 0x80 &&
                 ((unsigned char)s[n - 1] == 0x9D || (unsigned char)s[n - 1] == 0x99))
            n -= 3; /* ” ’ */
        else
            break;
    }
    if (n && strchr(".!?", s[n - 1]))
        return true;
    /* … ？ ！ 。 */
    return n >= 3 && ((memcmp(s + n - 3, "\xE2\x80\xA6", 3) == 0 ||
                       memcmp(s + n - 3, "\xEF\xBC\x9F", 3) == 0 ||
                       memcmp(s + n - 3, "\xEF\xBC\x81", 3) == 0 ||
                       memcmp(s + n - 3, "\xE3\x80\x82", 3) == 0));
}

/* The separator after a part of an entry: ". ", or a space when the part
 * ends with its own stop. */
static void
entry_stop(epub_xw *x, const char *part, bool last)
{
    if (ends_with_stop(part))
        epub_xw_text(x, last ? "" : " ", last ? 0 : 1);
    else
        epub_xw_text(x, last ? "." : ". ", last ? 1 : 2);
}

static void
source_entry(epub_book *bk, epub_xw *x, doc_node *art)
{
    const doc_meta *m = art->as.article.meta;
    epub_xw_start(x, "li");
    epub_marks_source(bk, x, art);
    epub_xw_start(x, "a");
    epub_xw_attr(x, "class", "source-title");
    epub_xw_attr(x, "href", epub_href_in(x->a, art));
    epub_xw_dir(x, bk, epub_article_lang(bk, art), m->title);
    epub_xw_text(x, m->title, strlen(m->title));
    epub_xw_end(x);
    const char *names = join_names_in(x->a, bk, m->authors, m->n_authors);
    const char *last = m->title; /* the part before the next separator */
    if (names) {
        entry_stop(x, last, false);
        last = names;
        /* names in another script are isolated, so the punctuation and
           date of the entry stay in the book's order around them */
        if (epub_text_has_rtl(names) != doc_lang_rtl(bk->language)) {
            epub_xw_start(x, "span");
            epub_xw_attr(x, "class", "source-names");
            epub_xw_dir(x, bk, NULL, names);
            epub_xw_text(x, names, strlen(names));
            epub_xw_end(x);
        } else {
            epub_xw_text(x, names, strlen(names));
        }
    }
    /* "Translated by ...": a citation names the translator after the author */
    const char **credits;
    size_t nc = doc_contrib_lines(x->a, m, bk->labels, &credits);
    for (size_t i = 0; i < nc; i++) {
        entry_stop(x, last, false);
        last = credits[i];
        epub_xw_text(x, credits[i], strlen(credits[i]));
    }
    if (m->site && m->site[0]) {
        entry_stop(x, last, false);
        last = m->site;
        epub_xw_start(x, "cite");
        epub_xw_dir(x, bk, NULL, m->site);
        epub_xw_text(x, m->site, strlen(m->site));
        epub_xw_end(x);
    }
    if (m->date) {
        const char *d = display_date(x->a, m->date, bk->language);
        epub_xw_text(x, ", ", 2);
        epub_xw_text(x, d, strlen(d));
        last = d;
    }
    entry_stop(x, last, true);
    const char *url = epub_safe_url(x->a, m->source);
    /* the address under the entry; with no source, nothing (as in print:
       39 lines of "No online source given." in a book of copied text
       said nothing) */
    if (url || (m->source && m->source[0])) {
        epub_xw_start(x, "br");
        epub_xw_end(x);
        epub_xw_start(x, "span");
        if (url) {
            epub_xw_attr(x, "class", "source-url url");
            if (doc_lang_rtl(bk->language))
                epub_xw_attr(x, "dir", "ltr");
            epub_xw_start(x, "a");
            epub_xw_attr(x, "href", url);
            epub_xw_url_text(x, m->source, strlen(m->source));
            epub_xw_end(x);
        } else {
            epub_xw_attr(x, "class", "source-url");
            epub_xw_text(x, m->source, strlen(m->source));
        }
        epub_xw_end(x);
    }
    if (m->retrieved) {
        /* When the page was saved: what a web citation needs, as a
         * reader may find the address changed since. */
        const char *d = arena_printf(x->a, "%s%s.", bk->labels->retrieved,
                                     display_date(x->a, m->retrieved, bk->language));
        epub_xw_start(x, "br");
        epub_xw_end(x);
        epub_xw_start(x, "span");
        epub_xw_attr(x, "class", "source-retrieved");
        epub_xw_text(x, d, strlen(d));
        epub_xw_end(x);
    }
    epub_xw_end(x);
    epub_xw_nl(x);
}

static void
write_sources(epub_book *bk, arena *a, epub_item *item)
{
    epub_xw x;
    epub_xw_begin(&x, a);
    epub_xw_page(&x, bk, bk->labels->sources, NULL);
    epub_xw_start(&x, "section");
    epub_xw_attr(&x, "epub:type", "bibliography");
    epub_xw_attr(&x, "class", "sources");
    epub_xw_nl(&x);
    epub_marks_at(bk, &x, bk->doc->root);
    epub_xw_elem(&x, "h1", bk->labels->sources);
    epub_xw_nl(&x);
    epub_xw_start(&x, "ol");
    epub_xw_attr(&x, "class", "source-list");
    epub_xw_nl(&x);
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, bk->doc->root);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev == DOC_EV_ENTER && n->type == DOC_ARTICLE) {
            source_entry(bk, &x, n);
            doc_iter_skip(&it);
        }
    }
    epub_xw_end(&x);
    epub_xw_nl(&x);
    epub_marks_rest(bk, &x, EPUB_SOURCES_HREF);
    epub_xw_end(&x);
    epub_xw_nl(&x);
    item->data = epub_xw_page_finish(&x, &item->len);
}

/* The pages rendered in parallel: nav.xhtml, toc.ncx, the contents and
 * sources pages (the longest jobs, so they go first), then the articles. */
enum { JOB_NAV, JOB_NCX, JOB_SOURCES, JOB_CONTENTS, JOB_FIRST_ARTICLE };

typedef struct pages_job {
    epub_book *bk;
    page_slot *slots;
    epub_item *contents, *sources;
    arena **arenas; /* per worker */
    hyph_slot *hyph; /* per worker */
} pages_job;

static void
render_one(void *ud, size_t i, unsigned worker)
{
    pages_job *job = ud;
    arena *a = job->arenas[worker];
    switch (i) {
    case JOB_NAV: epub_nav_render(job->bk, a, false); break;
    case JOB_NCX: epub_nav_render(job->bk, a, true); break;
    case JOB_SOURCES: write_sources(job->bk, a, job->sources); break;
    case JOB_CONTENTS: write_contents(job->bk, a, job->contents); break;
    default:
        render_article(job->bk, a, &job->slots[i - JOB_FIRST_ARTICLE], &job->hyph[worker]);
        break;
    }
}

void
epub_pages_write(epub_book *bk)
{
    write_cover(bk);
    write_title_page(bk);
    epub_langs_prepare(bk);
    pages_job job = {.bk = bk};
    job.contents = epub_add_item(bk, EPUB_CONTENTS_HREF, "item-contents",
                                 "application/xhtml+xml", NULL, 0, true);
    size_t n = 0;
    for (doc_node *c = bk->doc->root->first_child; c; c = c->next)
        if (c->type == DOC_PART) {
            for (doc_node *art = c->first_child; art; art = art->next)
                n += art->type == DOC_ARTICLE;
        } else {
            n += c->type == DOC_ARTICLE;
        }
    job.slots = arena_alloc(bk->a, (n ? n : 1) * sizeof(*job.slots));
    size_t k = 0;
    for (doc_node *c = bk->doc->root->first_child; c; c = c->next) {
        if (c->type == DOC_PART) {
            write_part(bk, c, c->as.part.intro);
            for (doc_node *art = c->first_child; art; art = art->next)
                if (art->type == DOC_ARTICLE)
                    reserve_article(bk, art, &job.slots[k++]);
        } else if (c->type == DOC_ARTICLE) {
            reserve_article(bk, c, &job.slots[k++]);
        }
    }
    job.sources = epub_add_item(bk, EPUB_SOURCES_HREF, "item-sources", "application/xhtml+xml",
                                NULL, 0, true);
    size_t jobs = JOB_FIRST_ARTICLE + n;
    unsigned workers = par_workers(jobs, bk->opt->jobs);
    if (workers > 1)
        xmlInitParser(); /* libxml2's lazy set-up is not thread-safe */
    arena *arenas[PAR_MAX_JOBS];
    for (unsigned w = 0; w < workers; w++)
        arenas[w] = epub_worker_arena(bk, w);
    job.arenas = arenas;
    hyph_slot hyph[PAR_MAX_JOBS];
    memset(hyph, 0, sizeof hyph);
    job.hyph = hyph;
    par_for(jobs, workers, render_one, NULL, &job);
    for (unsigned w = 0; w < workers; w++)
        lb_hyph_free(hyph[w].h);
}
