/*
 * rd_text.c - plain text as people copy it from web pages.
 *
 * The entry point runs the passes described in text_int.h: split and
 * measure the lines (with caps), find the title, subtitle, byline and date
 * among the chrome above the article, mark the chrome below it, record
 * every dropped line in order (a table of contents among them, whose
 * entries mark the body's headings), and build the body blocks from what
 * is left. Drawn tables and aligned columns are found first: the region,
 * header and trailer passes take their rows for no menu.
 * The language of the collection (NULL = English) decides how ambiguous
 * numeric dates are read. A front-matter block at the top (front.c) is
 * read first and cut off; its values beat the header's guesses. So does
 * a Project Gutenberg file's header (gutenberg.c), whose license around
 * the book is cut off; such a book is read whole, with no page region.
 *
 * A letter (the text of a saved mail) has its title in its Subject, not
 * on a line of its own: it is read from its first line, with no page
 * around it and no header to find, except a first line repeating the
 * subject. What follows its signature separator ("-- ", RFC 3676 4.3) is
 * the sender's card or the list's footer.
 */
#include "../reader.h"

#include "text_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "../../base/utf8.h"

/* Does the line say the same as `s`, letter case and spacing aside? */
static bool
says(const rd_text_line *ln, const char *s)
{
    size_t i = 0;
    for (const char *p = s; *p; p++) {
        if (utf8_is_space((unsigned char)*p))
            continue;
        while (i < ln->len && utf8_is_space((unsigned char)ln->s[i]))
            i++;
        if (i >= ln->len || tolower((unsigned char)ln->s[i]) != tolower((unsigned char)*p))
            return false;
        i++;
    }
    while (i < ln->len && utf8_is_space((unsigned char)ln->s[i]))
        i++;
    return i == ln->len;
}

/* "-- " alone on its line opens a signature (RFC 3676 4.3). */
static bool
sig_separator(const rd_text_line *ln)
{
    return ln->raw_len == 3 && memcmp(ln->raw, "-- ", 3) == 0;
}

/* A letter's lines: the first repeating its subject is the title, and
 * the last signature separator and all after it are dropped. Returns the
 * first line of the body. */
static size_t
letter_lines(rd_text_lines *L, const char *subject)
{
    size_t body = 0;
    while (body < L->n && L->v[body].kind == RD_TEXT_BLANK)
        body++;
    if (body < L->n && subject && says(&L->v[body], subject))
        L->v[body++].role = RD_TEXT_DROP;
    for (size_t i = L->n; i-- > body;) {
        const rd_text_line *ln = &L->v[i];
        if (sig_separator(ln)) {
            for (size_t k = i; k < L->n; k++)
                if (L->v[k].kind != RD_TEXT_BLANK)
                    L->v[k].role = RD_TEXT_DROP;
            break;
        }
    }
    return body;
}

/* Is line k a closing ("Best," "Thanks for reading,") with the sender's
 * name on the line under it? */
static bool
closing_at(const rd_text_lines *L, size_t k, size_t end)
{
    if (k + 1 >= end)
        return false;
    const rd_text_line *close = &L->v[k], *name = &L->v[k + 1];
    /* the name is written as one ("Jane", "Ana de la Cruz", "The Team"),
       not a footer's line ("Unsubscribe here", an address, a link) */
    static const char *const particles[] = {"de",  "da",  "di",  "du",  "la",  "le", "van",
                                            "von", "der", "den", "del", "bin", NULL};
    for (uint32_t i = 0; i < name->len; i++) {
        if (strchr("@:/|", name->s[i]))
            return false;
        if ((i == 0 || name->s[i - 1] == ' ') && islower((unsigned char)name->s[i])) {
            size_t w = 0;
            while (i + w < name->len && name->s[i + w] != ' ')
                w++;
            bool particle = false;
            for (size_t p = 0; particles[p] && !particle; p++)
                particle = strlen(particles[p]) == w && strncmp(particles[p], name->s + i, w) == 0;
            if (!particle)
                return false;
        }
    }
    return name->kind == RD_TEXT_PLAIN && close->kind == RD_TEXT_PLAIN && name->words <= 4 &&
           close->words <= 6 && !(name->flags & RD_TEXT_F_SENTENCE) && !name->chrome &&
           close->len && close->s[close->len - 1] == ',';
}

/* A letter's closing over the sender's name is the letter's, even when a
 * copied page's would be chrome ("Thanks for reading,") or a footer
 * follows it (a list's, under a rule): put it back when it sits at the
 * end of the text, above the signature. */
static size_t
letter_closing(rd_text_lines *L, size_t body)
{
    size_t end = L->n;
    for (size_t i = end; i-- > body;)
        if (sig_separator(&L->v[i])) {
            end = i;
            break;
        }
    size_t c = end;
    while (c > body && (L->v[c - 1].kind == RD_TEXT_BLANK || L->v[c - 1].role != RD_TEXT_CONTENT))
        c--;
    if (c == body)
        return (size_t)-1;
    c--; /* the last line kept */
    size_t after = c + 1;
    while (after < end && L->v[after].kind == RD_TEXT_BLANK)
        after++;
    size_t cand[3] = {c ? c - 1 : c, c, after};
    for (size_t i = 0; i < 3; i++)
        if (cand[i] >= body && closing_at(L, cand[i], end)) {
            L->v[cand[i]].role = L->v[cand[i] + 1].role = RD_TEXT_CONTENT;
            return cand[i];
        }
    return (size_t)-1;
}

/* The closing and the name under it, made paragraphs of their own by the
 * block pass, are one paragraph of two lines, as the letter sets them. */
static void
join_closing(arena *a, doc_node *article, uint32_t close_line, uint32_t name_line)
{
    for (doc_node *x = article->first_child; x && x->next; x = x->next) {
        doc_node *y = x->next;
        if (x->type != DOC_PARA || y->type != DOC_PARA || x->pos.line != close_line ||
            y->pos.line != name_line)
            continue;
        doc_append(x, doc_node_new(a, DOC_BREAK, y->pos));
        while (y->first_child) {
            doc_node *k = y->first_child;
            doc_unlink(k);
            doc_append(x, k);
        }
        doc_unlink(y);
        return;
    }
}

/* Fill what *fm leaves empty from *gm. */
static void
merge_meta(doc_meta *fm, const doc_meta *gm)
{
    if (!fm->title)
        fm->title = gm->title;
    if (!fm->n_authors) {
        fm->authors = gm->authors;
        fm->author_roles = gm->author_roles;
        fm->n_authors = gm->n_authors;
    }
    if (!fm->n_contribs) {
        fm->contribs = gm->contribs;
        fm->contrib_roles = gm->contrib_roles;
        fm->n_contribs = gm->n_contribs;
    }
    if (!fm->date)
        fm->date = gm->date;
    if (!fm->source)
        fm->source = gm->source;
    if (!fm->language)
        fm->language = gm->language;
}

static int
read_text(arena *a, diag_list *d, const char *path, const char *text, size_t len,
          const reader_options *opt, doc_node *article, bool letter, const char *subject)
{
    doc_meta *meta = doc_article_meta(a, article);
    const char *lang = opt && opt->language ? opt->language : meta->language;
    doc_meta fm;
    memset(&fm, 0, sizeof fm);
    uint32_t fm_lines = 0;
    size_t skip = rd_text_front_matter(a, d, path, text, len, lang, &fm, &fm_lines);
    /* A Gutenberg book: its header's fields stand in for what front
     * matter left unsaid, and its license is cut off at both ends. */
    doc_meta gm;
    memset(&gm, 0, sizeof gm);
    uint32_t gm_lines = 0;
    size_t book_len = len - skip;
    size_t gskip = rd_text_gutenberg(a, text + skip, len - skip, lang, &gm, &gm_lines, &book_len);
    bool book = gskip > 0;
    merge_meta(&fm, &gm);
    rd_text_notes fnotes;
    memset(&fnotes, 0, sizeof fnotes);
    rd_text_lines L;
    if (rd_text_lines_split(a, d, path, text + skip + gskip, book_len, &L) < 0)
        return -1;
    for (size_t i = 0; i < L.n; i++)
        L.v[i].lineno += fm_lines + gm_lines;
    /* A Gutenberg book is wrapped at 72 or so; one of short lines only, a
       book of poems, shows no width of its own, and its lines would read
       as a web copy's paragraphs of a line each. Nor is the width of a
       book of poems its longest line's: sonnets measure some 50 columns,
       and against that half their lines would not end early. Prose
       wrapped that narrow runs its lines on in lower case; verse opens
       them with capitals. */
    if (book && (!L.width || L.width < 60)) {
        bool long_line = false;
        size_t lines = 0, capitals = 0;
        for (size_t i = 0; i < L.n && !long_line; i++) {
            long_line = L.v[i].cps > 100;
            if (L.v[i].kind == RD_TEXT_PLAIN && L.v[i].words >= 3) {
                lines++;
                capitals += isupper((unsigned char)L.v[i].s[0]) != 0;
            }
        }
        if (!long_line && (!L.width || 4 * capitals >= 3 * lines)) {
            L.width = 72;
            L.wrapped = true;
        }
    }
    /* Grids first: the rows of a table are no menu, and a table closing
     * the article is no footer. */
    rd_text_grid_mark(&L, 0, L.n);
    rd_text_boxes_mark(&L);
    /* In a whole copied page, the header and trailer readings see only
     * the article's region; the page around it is dropped. */
    size_t top = 0, bottom = L.n;
    if (!letter && !book)
        rd_text_page_region(a, &L, lang, &top, &bottom);
    for (size_t i = 0; i < L.n; i++)
        if ((i < top || i >= bottom) && L.v[i].kind != RD_TEXT_BLANK)
            L.v[i].role = RD_TEXT_DROP;
    /* (a book's transcriber's notes and its ebook's credit go first: the
       header reading would take one at the top for a title, and stop at
       it before the book's own title) */
    if (book) {
        rd_text_gutenberg_notes(&L, top);
        rd_text_gutenberg_numbered_speakers(&L, top);
        while (top < bottom && (L.v[top].kind == RD_TEXT_BLANK || L.v[top].role == RD_TEXT_DROP))
            top++;
    }
    rd_text_lines R = {L.v + top, bottom - top, L.wrapped, L.width, false, false, L.n - top};
    size_t body = letter ? letter_lines(&L, subject) : top + rd_text_header(a, &R, lang, meta);
    if (book) {
        body = rd_text_gutenberg_first_speech(&L, top, body);
        body = rd_text_gutenberg_first_title(&L, body, &gm);
        body = rd_text_gutenberg_cast(&L, top, body, gm.title);
        size_t parts = rd_text_gutenberg_parts(&L, body);
        /* (a chapter line the header took for the byline is the text's) */
        for (size_t i = parts; i < body && meta->n_authors; i++)
            if (L.v[i].kind != RD_TEXT_BLANK && strlen(meta->authors[0]) == L.v[i].len &&
                !strncmp(meta->authors[0], L.v[i].s, L.v[i].len))
                meta->n_authors = 0;
        body = parts;
        size_t front = rd_text_gutenberg_front(&L, top, body, &gm);
        /* (a dedication the header took for the subtitle is text again) */
        for (size_t i = front; i < body && meta->subtitle; i++)
            if (L.v[i].role == RD_TEXT_CONTENT && L.v[i].kind != RD_TEXT_BLANK &&
                strlen(meta->subtitle) == L.v[i].len &&
                !strncmp(meta->subtitle, L.v[i].s, L.v[i].len))
                meta->subtitle = NULL;
        body = front;
        rd_text_gutenberg_footnotes(a, &L, body, &fnotes);
        for (size_t k = 0; k < fnotes.n && !L.keep_marks; k++)
            L.keep_marks = !fnotes.v[k].picture; /* marks that cite notes */
        rd_text_gutenberg_title_page(a, &L, top, &gm, meta);
        rd_text_gutenberg_contents(&L, body);
        rd_text_gutenberg_unpaged_contents(a, &L, top);
        /* (a contents' first entry the header took for the subtitle) */
        for (size_t i = top; i < bottom && i < top + 2000 && meta->subtitle; i++)
            if (L.v[i].role == RD_TEXT_DROP && L.v[i].len &&
                !strncmp(meta->subtitle, L.v[i].s, L.v[i].len))
                meta->subtitle = NULL;
        /* (a list's label drawn as a picture goes with the list) */
        for (size_t k = 0; k < fnotes.n && L.n; k++) {
            size_t at = fnotes.v[k].line - L.v[0].lineno;
            if (fnotes.v[k].picture && at < L.n && L.v[at].role == RD_TEXT_DROP)
                fnotes.v[k].n_paras = 0;
        }
        rd_text_gutenberg_headings(&L, body);
        rd_text_gutenberg_verse(&L, body);
        rd_text_gutenberg_speeches(&L, body);
    }
    /* What the front matter says beats what the header heuristics guess. */
    if (fm.title)
        meta->title = fm.title;
    if (fm.subtitle)
        meta->subtitle = fm.subtitle;
    /* A book prints its author under its title ("by Jane Writer"), which
     * the header reads as a subtitle; the Gutenberg header named them. */
    if (book && gm.n_authors && meta->subtitle && strncasecmp(meta->subtitle, "by ", 3) == 0)
        meta->subtitle = NULL;
    if (fm.n_authors) {
        meta->authors = fm.authors;
        meta->author_roles = fm.author_roles;
        meta->n_authors = fm.n_authors;
    }
    if (fm.n_contribs) {
        meta->contribs = fm.contribs;
        meta->contrib_roles = fm.contrib_roles;
        meta->n_contribs = fm.n_contribs;
    }
    if (fm.date)
        meta->date = fm.date;
    if (fm.retrieved)
        meta->retrieved = fm.retrieved;
    if (fm.source)
        meta->source = fm.source;
    if (fm.site)
        meta->site = fm.site;
    if (fm.language)
        meta->language = fm.language;
    if (fm.description)
        meta->description = fm.description;
    /* (a book has no site footer: its last lines, "THE END", are its own) */
    if (!book) {
        rd_text_trailer(a, &R, body - top, lang, meta);
        /* (the side column the region left out may date the article) */
        if (bottom < L.n)
            rd_text_trailer_date(a, &L, body, lang, meta);
        if (!meta->date)
            meta->date = rd_text_dateline_date(a, &L, body, lang);
    }
    rd_text_toc(a, &R, body - top);
    rd_text_widgets(&R, body - top);
    if (!book) {
        rd_text_recipe_shape(&L, body, bottom, meta->title);
        rd_text_bare_lists(&L, body, bottom);
    }
    size_t closing = letter ? letter_closing(&L, body) : (size_t)-1;
    for (size_t i = 0; i < L.n; i++)
        if (L.v[i].role == RD_TEXT_DROP)
            doc_meta_add_dropped(a, meta, arena_strndup(a, L.v[i].s, L.v[i].len));
    L.book = book;
    rd_text_blocks(a, path, &L, body, bottom, article);
    if (book) {
        rd_text_gutenberg_cite(a, article, &fnotes, path);
        rd_text_gutenberg_inlines(a, article, L.width);
        rd_text_gutenberg_play(a, article);
    }
    if (closing != (size_t)-1)
        join_closing(a, article, L.v[closing].lineno, L.v[closing + 1].lineno);
    return 0;
}

int
rd_text_read(arena *a, diag_list *d, const char *path, const char *text, size_t len,
             const reader_options *opt, doc_node *article)
{
    return read_text(a, d, path, text, len, opt, article, false, NULL);
}

int
rd_text_read_letter(arena *a, diag_list *d, const char *path, const char *text, size_t len,
                    const reader_options *opt, doc_node *article, const char *subject)
{
    return read_text(a, d, path, text, len, opt, article, true, subject);
}
