/*
 * html_int.h - private interface between the stages of the HTML reader.
 *
 * rd_html.c drives: parse.c turns bytes into a libxml2 tree, meta.c reads
 * the metadata, clean.c removes what can never be content, extract.c picks
 * the article's container (Readability's scoring), clean.c tidies it, and
 * convert.c turns the kept DOM into doc blocks. Nothing outside this folder
 * includes this header, so libxml2 stays inside readers/html.
 */
#ifndef SHEAF_RD_HTML_INT_H
#define SHEAF_RD_HTML_INT_H

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <stdbool.h>

#include "../../base/buf.h"
#include "../reader.h"
#include "fragment.h"

/** Deepest element nesting we walk; deeper content is flattened to text. */
#define RD_HTML_MAX_DEPTH 400

/* Readability's three rules, relaxed one at a time when too little is found. */
enum {
    RD_HTML_F_STRIP_UNLIKELY = 1u << 0,
    RD_HTML_F_WEIGHT_CLASSES = 1u << 1,
    RD_HTML_F_CLEAN_COND = 1u << 2,
    RD_HTML_F_ALL = 7u,
};

/** Growable list of nodes (heap; free with rd_html_list_free). */
typedef struct rd_html_list {
    xmlNode **v;
    size_t n, cap;
} rd_html_list;

void rd_html_list_push(rd_html_list *l, xmlNode *n);
void rd_html_list_free(rd_html_list *l);
/** Elements named `name` inside root (root excluded), document order. */
void rd_html_collect(xmlNode *root, const char *name, rd_html_list *out);

/** Everything the stages share while one page is read. */
/* An inline <svg> as the page wrote it. The HTML parser would fold its
 * names to lower case and drop its namespaces, so parse.c keeps each one's
 * source here, numbered by the data-sheaf-svg attribute it gives the
 * element (whose body it drops), and drawing.c reads it back. */
typedef struct rd_html_svg {
    const char *src;
    size_t len;
} rd_html_svg;

/* At most this many drawings kept per page, each of at most this size: a
 * chart is tens of kilobytes, and a page's hundreds of svgs are icons. */
#define RD_HTML_MAX_SVGS 256
#define RD_HTML_SVG_MAX_BYTES (512u * 1024u)
/* At most this many taken as pictures: each costs both writers a drawing
 * at print resolution (a quarter second in the PDF), and a page of more
 * is a gallery of icons that passed for drawings. */
#define RD_HTML_MAX_DRAWINGS 64

/* The pictures of a web archive (mhtml.c) and where it was saved from. */
typedef struct rd_html_archive {
    const char *page;       /* the page's own location, which its links are relative to */
    const char *saved_from; /* Snapshot-Content-Location, else the page's location */
    const char *date;       /* when it was saved (the message's Date), or NULL */
    const char *charset;    /* the page's charset as its archive names it, or NULL */
    size_t n;
    const char **locs; /* each picture's Content-Location, or NULL */
    const char **cids; /* its Content-ID without angle brackets, or NULL */
    const char **uris; /* its bytes as a data: URI */
} rd_html_archive;

typedef struct rd_html_ctx {
    arena *a;            /* the build's arena: doc nodes and kept strings */
    arena *scratch;      /* per-page temporaries (scores), freed at the end */
    diag_list *d;
    const char *path;    /* the HTML file */
    const char *dir;     /* its folder, for local images */
    doc_meta *meta;
    const char *base;    /* URL relative links resolve against, or NULL */
    const char *byline;  /* credit line of the byline element found in the DOM */
    const char *byline_raw; /* the whole text of that byline element */
    const char **byline_names; /* the names in it (byline.c) */
    const char **byline_roles; /* their roles (a relator code, "edt"), NULL for authors */
    size_t n_byline_names;
    const char *head_date; /* a dateline removed before the text (boiler.c) */
    const char *label_credit; /* a name printed in a bare credit: "Author: X", "by X / date" */
    const char *item_author;  /* <meta itemprop="author" content="X"> */
    const char *ld_creator;   /* JSON-LD creator: after item_author */
    const char *ld_created;   /* JSON-LD dateCreated: the date's last resort */
    const char *site_owner;   /* "Jane Roe's blog" in the <title>, in the copyright too */
    const char *date_credit;  /* "12 May 2020 by jroe" under the headline: the last resort */
    const char *label_date;   /* the date after a visible "Date:" label (meta.c) */
    const char *title_date;   /* a dateline under the headline (meta.c) */
    const char *named_date;   /* <meta name=pubdate>: only when no date is printed (meta.c) */
    bool byline_is_site;      /* the declared author is the site's name (meta.c) */
    const char *site_part;    /* the <title>'s words beside the article title (meta.c) */
    const char *title_tail;   /* the <title>'s last part after a spaced separator (meta.c) */
    bool remote_warned;  /* one warning per article for remote images */
    bool data_warned;    /* one warning per article for refused data: URIs */
    bool depth_warned;
    size_t parse_errors; /* recovered HTML syntax errors */
    unsigned flags;      /* RD_HTML_F_*: which extraction rules are on */
    uint32_t line_off;   /* fragments: the host file's line of the fragment's line 1 */
    const char *raw;     /* the page's bytes, for what parsing drops (saved-page comments) */
    size_t raw_len;
    size_t max_elements; /* parse.c's cap; 0 = its default (tests set fewer) */
    rd_html_svg *svgs;   /* inline drawings' sources (parse.c) */
    bool authored;       /* raw HTML an author wrote (fragment.c): every drawing is meant */
    size_t n_drawings;   /* inline drawings taken as pictures (drawing.c) */
    size_t n_svgs;
    const rd_html_archive *archive; /* the web archive the page came in, or NULL */
    /* per archived picture, once it is asked for (rd_html_archived): its
       copy in `a`, shared by every <img> naming it, and whether it draws
       (1) or not (-1, why) */
    const char **archive_kept;
    signed char *archive_ok;
    const char **archive_why;
    /* the archive's pictures by location (mhtml.c archive_index) */
    size_t archive_nb, *archive_head, *archive_next;
    const char **archive_canon;
} rd_html_ctx;

/* ---- mhtml.c, rd_html.c ---- */

/** rd_html_read of a page that came in a web archive with its pictures. */
int rd_html_read_archive(arena *a, diag_list *d, const char *path, const char *bytes, size_t len,
                         const reader_options *opt, doc_node *article,
                         const rd_html_archive *archive);

/** After a page from an archive was read into article (its diagnostics
 * from d->items[first] on): the lines of `path` its diagnostics and nodes
 * name become to_file(line) (lines of the archive file; 0: none), without
 * a column. */
void rd_html_relocate(diag_list *d, size_t first, const char *path, doc_node *article,
                      uint32_t (*to_file)(uint32_t line, const void *ud), const void *ud);

/** A mail's text sent as format=flowed (RFC 3676), its paragraphs put
 * back on one line each (flowed.c); (*from)[k] is the line of `text` that
 * line k (1-based, *n_lines of them) of the result starts at. */
char *rd_html_unflow(arena *a, const char *text, bool delsp, uint32_t **from, uint32_t *n_lines);

/** The data: URI type of a picture of MIME type `mime` the books take
 * (PNG, JPEG, GIF, WebP, AVIF), or NULL. */
const char *rd_html_picture_kind(const char *mime);

/** A picture's n bytes as a data: URI of type `kind` in a; NULL when
 * empty or past B64_MAX_DATA_URI. */
const char *rd_html_picture_uri(arena *a, const char *kind, const unsigned char *bytes, size_t n);

/** Does the page's web archive hold a picture for `ref` (a URL as the
 * page writes it, or "cid:...")? 1 with *uri its data: URI in c->a (one
 * copy however many <img> name it), -1 when the picture cannot be drawn
 * (why says so), 0 when the archive holds none. */
int rd_html_archived(rd_html_ctx *c, const char *ref, const char **uri, char *why, size_t cap);

/* ---- drawing.c ---- */

/** An inline <svg> that is a drawing (not an icon) as a DOC_IMAGE appended
 * to parent; false (nothing added) for any other. */
bool rd_html_drawing(rd_html_ctx *c, const xmlNode *svg, doc_node *parent, doc_pos pos);

/* ---- parse.c ---- */

/** Parse bytes (encoding detected) into a tree; NULL after an error. */
xmlDocPtr rd_html_parse(rd_html_ctx *c, const char *bytes, size_t len);

/** Source line of a node (full range, unlike libxml2's 16-bit field). */
long rd_html_line(const xmlNode *n);

/* ---- notes.c ---- */

/** A note mark's text: a few characters, no word in it ("[12]", "3",
 *  "*", "n 5"). */
bool rd_html_mark_text(const char *t);

/* ---- gutenberg.c ---- */

/** A Project Gutenberg book's HTML: its ebook header and license out. */
void rd_html_gutenberg(xmlNode *root);

/* ---- wayback.c ---- */

/** A page the Wayback Machine framed: its toolbar taken out, each address
 *  the archive rewrote given back as the page wrote it. */
void rd_html_wayback(rd_html_ctx *c, xmlNode *root);

/* ---- align.c ---- */

/** What an align attribute's or a text-align's value says. */
rd_html_align rd_html_align_value(const char *v);
/** What the last text-align declaration of a style attribute says. */
rd_html_align rd_html_align_style(const char *style);

/** Does the page centre the text of node n (an element or a text node)? */
bool rd_html_centred(const xmlNode *n);

/* ---- util (text.c) ---- */

/** True when node is an element named `name` (lowercase). */
bool rd_html_is(const xmlNode *n, const char *name);
/** True for a heading element, h1 to h6. */
bool rd_html_is_heading(const xmlNode *n);
/** Attribute value (libxml2-owned) or NULL. */
const char *rd_html_attr(const xmlNode *n, const char *name);
/** Text of a subtree, white space collapsed and trimmed, into b. */
void rd_html_text(const xmlNode *n, buf *b);
/** The same, copied into the arena. */
char *rd_html_text_dup(arena *a, const xmlNode *n);
/** Characters (code points) of a subtree's text, white space collapsed. */
size_t rd_html_text_len(const xmlNode *n);
/** The same, but the walk stops once the text is longer than max (max + 1
 * then): "is this element short" costs the short part only, not the whole
 * subtree of every big container on the way. */
size_t rd_html_text_len_max(const xmlNode *n, size_t max);
/** True when the subtree holds any non-space text (stops at the first). */
/** Is the text node's text white space only (no-break spaces too)? */
bool rd_html_blank_text(const xmlNode *t);
bool rd_html_has_text(const xmlNode *n);
/** Characters and commas of a subtree's text, without copying it. */
size_t rd_html_text_stats(const xmlNode *n, size_t *commas);
/** A picture post: the container named for the post's content around
 * its one run of three or more unlinked pictures, holding some text;
 * NULL when there is no such run, more than one, or it is in a footer
 * (gallery.c). */
xmlNode *rd_html_gallery(xmlNode *page);
/** True when the element's class attribute holds the token tok. */
bool rd_html_has_class(const xmlNode *n, const char *tok);
/** True when s holds w in any ASCII case. */
bool rd_html_has_ci(const char *s, const char *w);
/** Collapse white space and trim s[0..len) into the arena. */
char *rd_html_squash(arena *a, const char *s, size_t len);
/** Lowercase id of an element in out, less the part after its own text
 * when the id is a heading's text made into a slug. */
void rd_html_id_words(const xmlNode *n, char *out, size_t cap);
/** Lowercase "class id" of an element in out (truncated to cap). */
void rd_html_class_id(const xmlNode *n, char *out, size_t cap);
/** Count of words in a string. */
size_t rd_html_word_count(const char *s);
/** Next element in document order within root (skips children if !descend). */
xmlNode *rd_html_next(xmlNode *n, const xmlNode *root, bool descend);
/** Unlink and free a node (and its subtree). */
void rd_html_remove(xmlNode *n);
/** Element depth from the document root. */
int rd_html_depth(const xmlNode *n);

/** True for an element that makes a line of its own (a block: p, div,
 *  li, td, the headings, sections...), by convert.c's table of HTML's
 *  elements. */
bool rd_html_is_block(const xmlNode *n);

/* ---- dek.c ---- */

/** The dek printed under the h1 that is `title`: the first element with
 *  words after it, named for a dek (class or id "subtitle", "dek",
 *  "standfirst"...) or saying `description` word for word, of a
 *  sentence's length; else NULL. */
const char *rd_html_find_dek(arena *a, xmlNode *root, const char *title, const char *description);

/* ---- meta.c ---- */

/** Fill c->meta from head, JSON-LD and bylines. Call before extraction. */
void rd_html_meta(rd_html_ctx *c, xmlDocPtr xd);
/** Finish metadata after extraction (DOM byline fallback, date). */
void rd_html_meta_finish(rd_html_ctx *c);
/** The name in a byline: By, dates, times and separator tails removed. */
const char *rd_html_byline_name(arena *a, const char *s);
/** A name set in capitals followed by the writer's job in small letters
 * ("JESS PARDO Staff Writer", as local papers' CMS credit their staff):
 * the name alone. Any other string is returned as it is ("Jess Pardo
 * Staff Writer" cannot tell where the name ends). */
const char *rd_html_name_less_role(arena *a, const char *s);
/** A date in s normalised to YYYY-MM-DD (or YYYY-MM, YYYY) in the arena. */
const char *rd_html_date(arena *a, const char *s);

/* ---- class_date.c ---- */

/** The date printed in the first element named for a date inside the
 * <article> or <main> around the title heading, before the article's
 * prose ("<li class=meta__date>19.07.2022</li>"), in a, or NULL: the
 * last resort for a page that declares no date. */
const char *rd_html_class_date(arena *a, xmlNode *root);

/* ---- desk_credit.c ---- */

/** A declared author with the site's host name after a separator ("Zone
 * Justice et faits divers - ICI.Radio-Canada.ca"): its first part before
 * the host, or "" when that plainly reads as a desk; by itself without a
 * host name. In a. */
const char *rd_html_desk_credit(arena *a, const char *by);

/* ---- theme_credit.c ---- */

/** Is name, a declared author, shown in root's text only in a credit for
 * the site's look ("Theme by Jane Roe")? Then it is the theme's maker,
 * not the article's writer. */
bool rd_html_theme_credit(arena *a, xmlNode *root, const char *name);

/* ---- date_credit.c ---- */

/** The name after the date on the line under the headline ("11.09.2011,
 * 16:20 von jroe"), in a, or NULL when the words there are no name. */
const char *rd_html_date_line_credit(arena *a, const xmlNode *root, const char *line);
/** The person's name s starts with, up to the next separator or comma
 * ("Jane Roe, Staff Writer": "Jane Roe"), in a: two to four capitalised
 * words (particles inside), no digit; NULL when s starts otherwise
 * ("Politics", "5 Comments", "Photo: Jane Roe"). */
const char *rd_html_name_head(arena *a, const char *s);

/* ---- byline.c ---- */

/** Credit line and names of the byline element n into c->byline(_names). */
void rd_html_byline_take(rd_html_ctx *c, xmlNode *n);
/** True when s holds a date or time alone (with separators), a digit
 * among it: "October 14, 2009", "Updated 3 hours ago", not "Jane Roe,
 * October 14, 2009". */
bool rd_html_date_alone(const char *s);
/** "A and B", "A, B and C" split into out (full names only); the count. */
size_t rd_html_split_names(arena *a, const char *s, const char **out, size_t cap);

/* ---- clean.c ---- */

/** True when lc (lowercase class and id) contains one of pats ("=x": a whole token). */
bool rd_html_match(const char *lc, const char *const *pats);
/* Blank out the class phrases that name a layout with or without a
 * sidebar (the wrappers' "no-sidebar", "with-sidebar-right"). */
void rd_html_cut_layout_phrases(char *lc);

/** Remove script, style, hidden elements and other never-content. */
void rd_html_prepare(rd_html_ctx *c, xmlNode *root);
/** Remove the short blocks a page names as chrome that Readability's
 *  patterns miss (donation appeals, breadcrumbs, author bio boxes). */
void rd_html_drop_marked(xmlNode *root);
/** Remove a recipe card's buttons, rating and call for a verdict, and
 *  recipe buttons anywhere ("Jump to Recipe"), before extraction
 *  (recipe_card.c). */
void rd_html_drop_recipe_chrome(rd_html_ctx *c, xmlNode *root);
/** True inside a recipe card: an element named for a recipe holding
 *  ones named for its ingredients and its steps (recipe_card.c). */
bool rd_html_in_recipe_card(const xmlNode *n);
/** Remove the boxes of video players the page's script fills, left with
 *  their teaser words and an empty slot (player.c), before extraction. */
void rd_html_drop_empty_players(xmlNode *root);
/** Remove blocks that are only the word printed for an embedded thing
 *  the page could not show ("[Embed]", "[Video]"; placeholder.c). */
void rd_html_drop_placeholders(rd_html_ctx *c, xmlNode *art);

/** Remove every node under root that `pick` chooses, not looking inside
 *  a chosen one: the walk the rules that drop blocks by their shape
 *  share (boiler.c). c may be NULL when pick does not use it. */
void rd_html_drop_where(rd_html_ctx *c, xmlNode *root, bool (*pick)(rd_html_ctx *c, xmlNode *n));
/** Remove newsletter sign-up boxes (boiler.c), before extraction. */
void rd_html_drop_signup_boxes(rd_html_ctx *c, xmlNode *root);
/** Tidy the extracted article (Readability's prepArticle). */
void rd_html_clean_article(rd_html_ctx *c, xmlNode *article, bool conditional);
/** Does n hold a picture, drawing, video or formula (clean.c)? */
bool rd_html_has_media(xmlNode *n);
/** Weight of an element's class and id (+-25 each). */
int rd_html_class_weight(const xmlNode *n);
/** Share of text inside links (0..1). */
double rd_html_link_density(const xmlNode *n);
/* Preformatted program text is the most of n and it links nowhere: a
 * code listing, whatever box the page set it in. */
bool rd_html_code_listing(xmlNode *n);
/* The nodes from first up to end (NULL: the last) are links set one to a
 * source line: a link after them is the next item of a list. */
bool rd_html_links_listed(const xmlNode *first, const xmlNode *end);

/* ---- boiler.c ---- */
/** Remove boilerplate Readability's rules leave in the article (tag lists). */
void rd_html_drop_boilerplate(rd_html_ctx *c, xmlNode *article);
/** The name in a credit line "By Jane Roe" (no date), in `a`, or NULL. */
const char *rd_html_by_name(arena *a, const char *t);
/** Remove lists of teaser cards (boiler.c), before conditional cleaning. */
void rd_html_drop_teasers(xmlNode *article);
/** Folding boxes (a list of links and a "show more" toggle) before
 *  the story's first paragraph. */
void rd_html_drop_toggle_boxes(rd_html_ctx *c, xmlNode *article);
/** Lists only the page's scripts fill (empty items and script controls:
 * a gallery, a carousel) and the boxes left holding only their title
 * (widgets.c). */
void rd_html_drop_script_widgets(xmlNode *article);
/** A picture's caption and credit printed again in its block (for the
 * enlarged picture, for narrow screens) and the buttons that fold the
 * caption ("hide caption") (caption_copy.c). */
void rd_html_drop_caption_copies(arena *a, xmlNode *article);
/** The section's label (one short link) set just before title heading h,
 * or NULL. */
xmlNode *rd_html_kicker_before(xmlNode *h);
/** A div made into its one paragraph passes a kicker class on to it
 * (boiler.c), so rd_html_kicker_before still knows the line. */
void rd_html_keep_kicker_name(const xmlNode *box, xmlNode *p);
/** Remove the page's own table of contents (page_contents.c): blocks of links to
 *  places in the page. */
void rd_html_drop_page_contents(xmlNode *art);
/** Turn the converted article's footnote pairs (a mark linking to an item
 *  that links back) into DOC_NOTE_REF and DOC_NOTE_DEF (notes.c). */
void rd_html_notes(arena *a, arena *scratch, doc_node *article);

/* ---- extract.c ---- */

/** A fresh, prepared parse of the same page (for extraction retries). */
typedef xmlDocPtr (*rd_html_reparse_fn)(void *ud);

/**
 * The article container (a new element), or NULL if nothing found. It lives
 * in *owner: xd, or a fresh parse that the caller frees too (when != xd).
 */
xmlNode *rd_html_extract(rd_html_ctx *c, xmlDocPtr xd, rd_html_reparse_fn reparse, void *ud,
                         xmlDocPtr *owner);
/** Readability's text similarity: share of b's words found in a (0..1). */
double rd_html_similarity(const char *a, const char *b);
/** How many of b's words a lacks, compared as rd_html_similarity does. */
size_t rd_html_words_missing(const char *a, const char *b);
/** True for an element marked as a byline (rel/itemprop author, class or id). */
bool rd_html_byline_marked(const xmlNode *n, const char *lc);
/* The first class name of n (the element's kind), or "". */
void rd_html_first_class(const xmlNode *n, char *out, size_t cap);
/** Find (and remove) the byline element, outside comments and sidebars. */
void rd_html_find_byline(rd_html_ctx *c, xmlNode *body);
/** True when the page looks already clean (no chrome): take it whole. */
bool rd_html_is_clean(const xmlNode *body);

/* ---- convert.c ---- */

/** Append the blocks of the DOM subtree `root` to `article`. */
void rd_html_convert(rd_html_ctx *c, xmlNode *root, doc_node *article);
/** Append the inlines of `root`'s content to `parent` (fragments in a paragraph). */
void rd_html_convert_inline(rd_html_ctx *c, xmlNode *root, doc_node *parent);

/* ---- math.c ---- */

/* Set by clean.c on a <math> the page hid behind a picture of it. */
#define RD_HTML_HIDDEN_MATH "data-sheaf-hidden"

/* Set a <math> element's formula as inline nodes appended to parent. */
void rd_html_math(rd_html_ctx *c, const xmlNode *math, doc_node *parent, doc_pos pos);
/* Is it display math (display="block")? */
bool rd_html_math_display(const xmlNode *math);

/* ---- task.c ---- */

/* Set by rd_html_mark_task on an <li> that opens with a checkbox: "open"
 * or "done" (ticked). */
#define RD_HTML_TASK "data-sheaf-task"

/** If `input` is a checkbox that opens a list item, mark the item a task
 *  (RD_HTML_TASK); called before inputs are dropped as never content. */
void rd_html_mark_task(xmlNode *input);

/* ---- self_links.c ---- */

/** Links to this page's own places by its full address become "#x". */
void rd_html_self_links(rd_html_ctx *c, xmlNode *root);

/* ---- home_title.c ---- */

/** The length of the separator mark a <title> sets between headline and
 *  site name starting at p ("|", "-", "\xe2\x80\x93", the full-width bar...), 0
 *  when none does; compared as whole characters (meta.c). */
size_t rd_html_title_sep_at(const char *p);

/** The same, ending at s[end] (meta.c). */
size_t rd_html_title_sep_before(const char *s, size_t end);

/** The page's one h1 when `title` is that h1 and, beside it after
 *  separator marks, the name the site's home link carries (its text, its
 *  title, its logo's alt text); else `title`. page_url tells the site's
 *  own address (the canonical URL), or NULL. */
const char *rd_html_home_named_h1(arena *a, xmlNode *root, const char *title, const char *page_url);
/** rel="home" among a link's rel tokens ("bookmark home"). */
bool rd_html_rel_home(const char *rel);

/* ---- url.c ---- */

/** `ref` resolved against c->base (or kept when no base); arena copy. */
const char *rd_html_resolve(rd_html_ctx *c, const char *ref);
/** True for URLs that must never reach a book (javascript:, vbscript:, data:). */
bool rd_html_url_unsafe(const char *url);
/** A local image path that exists for src (relative to the page or its _files). */
const char *rd_html_local_image(rd_html_ctx *c, const char *src);
/** True for absolute http(s)/protocol-relative URLs. */
bool rd_html_url_remote(const char *url);
/** True when href is this site's home page: "/", or page_url's own
 *  scheme and host with no path. */
bool rd_html_home_href(const char *href, const char *page_url);

#endif
