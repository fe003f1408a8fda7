/*
 * widgets.c - a copied page's widgets inside and around the article: sliders
 * and galleries, teaser lists, author cards and bios, related-story boxes
 * set between paragraphs, controls and their labels.
 */
#include "text_int.h"

#include <string.h>
#include <strings.h>

#include "../../base/buf.h"

/* The last two lines of [from, end) with text, past chrome, are a
 * slider's buttons, "Previous" and "Next" (or "Prev"), in either order. */
bool
rd_text_slider_end(const rd_text_lines *L, size_t from, size_t end)
{
    static const char *const buttons[] = {"previous", "prev", "next"};
    size_t seen = 0, nexts = 0;
    for (size_t k = end; k > from && seen < 2;) {
        const rd_text_line *ln = &L->v[--k];
        if (rd_text_is_blank(ln) || ln->role == RD_TEXT_DROP || (ln->chrome && ln->len > 8))
            continue; /* a filing line under the buttons */
        bool hit = false;
        for (size_t b = 0; b < 3 && !hit; b++)
            hit = ln->len == strlen(buttons[b]) && !strncasecmp(ln->s, buttons[b], ln->len);
        if (!hit)
            return false;
        nexts += (ln->s[0] | 0x20) == 'n';
        seen++;
    }
    return seen == 2 && nexts == 1;
}

bool
rd_text_ends_with_colon(const rd_text_line *ln)
{
    return ln->len && ln->s[ln->len - 1] == ':';
}

/* The bio of an author the header did not name: "Jane Doe is an
 * assistant editor at the Post. Follow her on Twitter." A name of two
 * or three words, "is a", "is an" or "is the", a job word in that first
 * sentence, and an invitation to follow the author after it, which no
 * sentence of an article's last paragraph about someone gives. The
 * name in *b. */
static size_t
name_words(const char *s)
{
    size_t n = 1;
    for (; *s; s++)
        n += *s == ' ';
    return n;
}

bool
rd_text_unnamed_bio(arena *a, const rd_text_line *ln, rd_text_byline *b)
{
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 40 || !(ln->flags & RD_TEXT_F_SENTENCE))
        return false;
    static const char *const verbs[] = {" is a ", " is an ", " is the "};
    size_t at = 0, v = 0;
    for (size_t k = 3; k < ln->len && k < 50 && !at; k++)
        for (size_t j = 0; j < sizeof verbs / sizeof *verbs && !at; j++)
            if (ln->len - k > strlen(verbs[j]) && !strncmp(ln->s + k, verbs[j], strlen(verbs[j])))
                at = k, v = strlen(verbs[j]);
    if (!at || !rd_text_byline_names(a, ln->s, at, b) || b->n != 1 || name_words(b->names[0]) > 3)
        return false;
    size_t stop = at + v;
    while (stop < ln->len && !(ln->s[stop] == '.' && stop + 1 < ln->len && ln->s[stop + 1] == ' '))
        stop++;
    if (stop >= ln->len || !rd_text_has_job_word(ln->s + at + v, stop - at - v))
        return false;
    static const char *const follow[] = {"follow her",     "follow him",  "follow them",
                                         "you can follow", "find her on", "find him on"};
    for (size_t k = stop + 2; k < ln->len; k++)
        for (size_t j = 0; j < sizeof follow / sizeof *follow; j++)
            if (ln->len - k >= strlen(follow[j]) &&
                !strncasecmp(ln->s + k, follow[j], strlen(follow[j])))
                return true;
    return false;
}

/* Bio verbs after an author's name: "Jane Doe is a writer", "... covers
 * the courts". */
static const char *const bio_verbs[] = {" is ", " was ", " writes ", " ist ",  " est ",
                                        " es ", " has ", " covers ", " lives "};

/* Whether the line opens with name[0..n) (any case: a card sets it in
 * capitals) and one of bio_verbs after it. */
static bool
bio_of_n(const rd_text_line *ln, const char *name, size_t n)
{
    if (ln->len <= n + 4 || strncasecmp(ln->s, name, n) != 0)
        return false;
    for (size_t v = 0; v < sizeof bio_verbs / sizeof *bio_verbs; v++)
        if (strncmp(ln->s + n, bio_verbs[v], strlen(bio_verbs[v])) == 0)
            return true;
    return false;
}

/* Whether the line opens with name and one of bio_verbs after it. */
bool
rd_text_bio_of(const rd_text_line *ln, const char *name)
{
    size_t n = strlen(name);
    return n >= 5 && bio_of_n(ln, name, n);
}

/* Prose code points an author's card may have under it (a line about
 * the author's other work); more is the text going on. */
#define CARD_PROSE_AFTER 100

/* An author's card under the text: the name alone on its line, as the
 * header gave it, over a bio of them that opens with the name or the
 * surname ("JANE ROE" / "Roe covers the harbour and its ferries."). */
static bool
author_card(const rd_text_lines *L, size_t i, const char *name)
{
    const rd_text_line *ln = &L->v[i];
    size_t n = strlen(name);
    if (n < 5 || ln->kind != RD_TEXT_PLAIN || ln->len != n || strncasecmp(ln->s, name, n) != 0)
        return false;
    size_t nx = rd_text_next_nonblank(L, i + 1);
    if (nx >= L->n || L->v[nx].kind != RD_TEXT_PLAIN)
        return false;
    const char *sur = strrchr(name, ' ');
    sur = sur ? sur + 1 : name;
    if (!rd_text_bio_of(&L->v[nx], name) &&
        !(strlen(sur) >= 3 && bio_of_n(&L->v[nx], sur, strlen(sur))))
        return false;
    /* The card closes the text: a contact or a button may follow, no
     * prose (a debate's next contributor, named over their bio, and
     * their part). */
    size_t prose = 0;
    for (size_t k = nx + 1; k < L->n; k++)
        if (L->v[k].role == RD_TEXT_CONTENT && rd_text_line_is_prose(&L->v[k]))
            prose += L->v[k].cps;
    return prose < CARD_PROSE_AFTER;
}

/* An author box under the text of a page whose header named nobody: a
 * byline of one name ("By Jane Doe") right over a bio that opens with
 * that name ("Jane Doe is a science writer ..."). The name in *b. A
 * byline alone may sign the text's last paragraph; the bio under it
 * makes it the box's. */
bool
rd_text_signed_over_bio(arena *a, const rd_text_lines *L, size_t i, const char *lang,
                        rd_text_byline *b)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->words > 8 || (ln->flags & RD_TEXT_F_SENTENCE) ||
        !rd_text_byline_line(a, ln, lang, false, b) || b->n != 1)
        return false;
    size_t nx = rd_text_next_nonblank(L, i + 1);
    return nx < L->n && L->v[nx].kind == RD_TEXT_PLAIN && rd_text_bio_of(&L->v[nx], b->names[0]);
}

/* Where the text after the article opens a box of its own: the author's
 * bio ("Jane Doe is a writer ..."), an author box ("Written by Jane Doe"),
 * or a comments header naming the title ("2 thoughts on "Title""). */
bool
rd_text_opens_after_box(arena *a, const rd_text_lines *L, size_t i, const char *lang,
                        const doc_meta *meta)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 30)
        return false;
    /* A bio is a tagline ("Jane Doe is a writer"), or a sentence with no
     * more prose after it; a closing paragraph about the author that the
     * text goes on from is the text's. */
    size_t nx = rd_text_next_nonblank(L, i + 1);
    bool last_prose = !(ln->flags & RD_TEXT_F_SENTENCE) || nx >= L->n ||
                      !rd_text_line_is_prose(&L->v[nx]) || rd_text_is_chrome(&L->v[nx]);
    for (size_t k = 0; k < meta->n_authors; k++)
        if ((last_prose && rd_text_bio_of(ln, meta->authors[k])) ||
            author_card(L, i, meta->authors[k]))
            return true;
    rd_text_byline b;
    if (!meta->n_authors && last_prose && rd_text_unnamed_bio(a, ln, &b))
        return true;
    if (!meta->n_authors && rd_text_signed_over_bio(a, L, i, lang, &b))
        return true;
    if (meta->n_authors && ln->words <= 8 && rd_text_byline_line(a, ln, lang, false, &b))
        for (size_t j = 0; j < b.n; j++)
            for (size_t k = 0; k < meta->n_authors; k++)
                if (!strcmp(b.names[j], meta->authors[k]))
                    return true;
    /* The comments' header ends with the title (in quotes, maybe); a line
     * of the text that names the subject ("The determinant of a Hermitian
     * matrix is real:") goes on after it. */
    if (meta->title && strlen(meta->title) >= 12 && ln->len > strlen(meta->title) &&
        !(ln->flags & RD_TEXT_F_SENTENCE)) {
        char *line = arena_strndup(a, ln->s, ln->len);
        const char *at = strstr(line, meta->title);
        if (at) {
            const char *rest = at + strlen(meta->title);
            bool tail = strlen(rest) <= 4;
            for (; *rest && tail; rest++)
                tail = !((*rest | 0x20) >= 'a' && (*rest | 0x20) <= 'z') &&
                       !(*rest >= '0' && *rest <= '9') && *rest != ' ';
            if (tail)
                return true;
        }
    }
    return false;
}

/* Prose, or a long line of a hard-wrapped paragraph running on in lower
 * case. */
bool
rd_text_prose_or_wrapped(const rd_text_lines *L, size_t j)
{
    const rd_text_line *x = &L->v[j];
    return rd_text_line_is_prose(x) ||
           (x->words >= 8 && x->cps >= 50 && j + 1 < L->n && rd_text_starts_lower(&L->v[j + 1]));
}

/* A label leading to other stories: "Related ...", "Further reading",
 * "Read more", "See also", "Read also". */
static bool
leads_elsewhere(const rd_text_line *ln)
{
    static const char *const leads[] = {"related",  "further reading", "read more",
                                        "see also", "read also",       "also read"};
    for (size_t k = 0; k < sizeof leads / sizeof *leads; k++)
        if (ln->len >= strlen(leads[k]) && strncasecmp(ln->s, leads[k], strlen(leads[k])) == 0)
            return true;
    return false;
}

/* A paragraph's size, not a teaser's or a reference's: 25 words or 200
 * characters. */
bool
rd_text_long_paragraph(const rd_text_line *ln)
{
    return ln->words >= 25 || ln->cps >= 200;
}

/* A CMS widget's label of the site's latest pieces on a topic, alone on
 * its line: "Recent Energy Content": "recent", one or two words,
 * "content". Only this form: "Recent Success Stories" or
 * "Recent Published Articles" head the text's own sections as often as
 * a box, so they stay. */
bool
rd_text_recent_content(const rd_text_line *ln)
{
    static const char open[] = "recent ", noun[] = " content";
    size_t ol = sizeof open - 1, nl = sizeof noun - 1;
    return ln->kind == RD_TEXT_PLAIN && ln->words >= 3 && ln->words <= 4 && ln->len > ol + nl &&
           !strncasecmp(ln->s, open, ol) && !strncasecmp(ln->s + ln->len - nl, noun, nl);
}

/* A headline in a box: short, and no sentence with its full stop. */
static bool
box_headline(const rd_text_line *ln)
{
    return ln->words <= 15 && !rd_text_is_chrome(ln) && ln->len && ln->s[ln->len - 1] != '.';
}

/* A "Related" line with a headline or two under it and then paragraphs
 * of the text again (two prose lines or more, of 200 characters, before
 * any other chrome but a label such as "Advertisement"; or a long
 * paragraph and a section's heading over more prose): a box set inside
 * the article, not its end. A "Recent ... Content" label needs two
 * headlines or more (none a sentence) under it: a heading over one line
 * is a section of the text. */
bool
rd_text_inline_related(const rd_text_lines *L, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    bool recent = rd_text_recent_content(ln);
    if (!leads_elsewhere(ln) && !recent)
        return false;
    /* The headline (which may end with a full stop), and at most two
     * more short lines. */
    size_t j = rd_text_next_nonblank(L, i + 1), heads = 0;
    if (j >= L->n || L->v[j].words > 15 || rd_text_is_chrome(&L->v[j]) ||
        (recent && !box_headline(&L->v[j])))
        return false;
    for (j = rd_text_next_nonblank(L, j + 1); j < L->n && !rd_text_prose_or_wrapped(L, j);
         j = rd_text_next_nonblank(L, j + 1))
        if (++heads > 2 || L->v[j].words > 15 || rd_text_is_chrome(&L->v[j]) ||
            (recent && !box_headline(&L->v[j])))
            return false;
    if (recent && heads < 1)
        return false;
    size_t lines = 0, mass = 0, prev_j = j;
    for (; j < L->n && lines < 4 && (lines < 2 || mass < 200);
         j = rd_text_next_nonblank(L, j + 1)) {
        const rd_text_line *x = &L->v[j];
        bool prose = rd_text_prose_or_wrapped(L, j);
        /* An advertisement's label between paragraphs is no end of the
         * text: the box stands inside it all the same. */
        if ((x->chrome & 0x0F) == RD_TEXT_CHROME_LINE && x->words <= 3)
            continue;
        mass += x->cps;
        if (rd_text_starts_lower(x) && !prose)
            continue; /* the short last line of a wrapped paragraph */
        /* A heading under a whole paragraph, with prose under it: the
         * article goes on in its next section. */
        size_t nx = rd_text_next_nonblank(L, j + 1);
        if (lines == 1 && rd_text_long_paragraph(&L->v[prev_j]) && !prose &&
            !rd_text_is_chrome(x) && rd_text_line_is_heading_like(x) && nx < L->n &&
            rd_text_prose_or_wrapped(L, nx) && rd_text_long_paragraph(&L->v[nx]))
            return true;
        if (rd_text_is_chrome(x) || !prose)
            return false;
        lines++;
        prev_j = j;
    }
    return lines >= 2 && mass >= 200;
}

/* A line that leads to other stories: "Read more", "Read next", "More
 * from Coast Weekly", "Related", "You may also like". Known chrome of a
 * few words. */
bool
rd_text_more_lead(const rd_text_line *ln)
{
    static const char *const leads[] = {
        "read more",    "read next",      "read now",     "read the rest", "more from ",
        "more on ",     "more in ",       "more stories", "related",       "recommended",
        "you may also", "you might also", "up next",      "next up",       "what to read"};
    if (!ln->chrome || ln->kind != RD_TEXT_PLAIN || ln->words > 8)
        return false;
    for (size_t i = 0; i < sizeof leads / sizeof *leads; i++)
        if (rd_text_starts_ci(ln, leads[i]))
            return true;
    return false;
}

/* A headline of another story: a plain line of a few words that is no
 * prose, no grid row, still the text's. */
static bool
teaser_line(const rd_text_line *ln)
{
    return ln->kind == RD_TEXT_PLAIN && ln->role == RD_TEXT_CONTENT && ln->words >= 2 &&
           ln->words <= 20 && !rd_text_line_is_prose(ln) && !rd_text_starts_lower(ln) &&
           !(ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE | RD_TEXT_F_TOC | RD_TEXT_F_SOFTEND));
}

/* "Read the rest" also closes a round-up's items, the article's own
 * content under its intro: other stories' list, whose item at top the
 * button btn closes, is parted from the text by the page's furniture
 * (share buttons, tags). True for other leads. */
static bool
parted_from_text(const rd_text_lines *L, size_t body, size_t top, const rd_text_line *btn)
{
    if (!rd_text_starts_ci(btn, "read the rest"))
        return true;
    bool item = false; /* walking up an earlier item */
    for (size_t k = top; k > body;) {
        const rd_text_line *x = &L->v[--k];
        if (rd_text_is_blank(x))
            continue;
        if (x->len == btn->len && !strncasecmp(x->s, btn->s, x->len)) {
            item = true;
            continue;
        }
        if (item) {
            item = rd_text_line_is_prose(x) || !teaser_line(x);
            continue;
        }
        if (x->role == RD_TEXT_CONTENT && rd_text_line_is_prose(x))
            return false;
        if (rd_text_is_chrome(x) || x->role == RD_TEXT_DROP)
            return true;
    }
    return false;
}

/* Other stories' headlines set into the text around a lead at i. Under
 * it, right under it or past one blank line: two headlines or more, up
 * to a blank line or a line of another kind; when prose follows the last
 * one straight away, that one heads the text and stays. Over a button ("Read
 * now" under "Headline / One-line dek"): the block the button closes,
 * opened by a headline with no sentence's end, of three lines of 30
 * words or fewer. */
void
rd_text_drop_teasers(rd_text_lines *L, size_t body, size_t i)
{
    size_t first = i + 1 < L->n && rd_text_is_blank(&L->v[i + 1]) ? i + 2 : i + 1;
    size_t j = first, n = 0;
    while (j < L->n && !rd_text_is_blank(&L->v[j]) && n < 8 && teaser_line(&L->v[j]))
        j++, n++;
    if (j < L->n && !rd_text_is_blank(&L->v[j]) && rd_text_line_is_prose(&L->v[j]) && n > 0)
        n--;
    if (n >= 2)
        for (size_t k = first; k < first + n; k++)
            L->v[k].role = RD_TEXT_DROP;
    size_t top = i;
    while (top > body && i - top < 3 && !rd_text_is_blank(&L->v[top - 1]) &&
           L->v[top - 1].kind == RD_TEXT_PLAIN && L->v[top - 1].role == RD_TEXT_CONTENT &&
           L->v[top - 1].words <= 30 && !rd_text_starts_lower(&L->v[top - 1]) &&
           !(L->v[top - 1].flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE | RD_TEXT_F_TOC)))
        top--;
    if (top == i || (top > body && !rd_text_is_blank(&L->v[top - 1])) ||
        (L->v[top].flags & RD_TEXT_F_SENTENCE) || L->v[top].words > 15 ||
        !parted_from_text(L, body, top, &L->v[i]))
        return;
    for (size_t k = top; k < i; k++)
        L->v[k].role = RD_TEXT_DROP;
}

/* Past the teaser list whose button stands at j (each teaser a
 * headline, a paragraph or two and the button btn again), the article's
 * prose: a box of teasers set into the text, not the list that ends the
 * page. */
static bool
prose_past_teasers(const rd_text_lines *L, size_t j, const rd_text_line *btn)
{
    for (;;) {
        size_t k = rd_text_next_nonblank(L, j + 1), lines = 0;
        if (k >= L->n || !teaser_line(&L->v[k]))
            break;
        for (; k < L->n && lines < 6; k = rd_text_next_nonblank(L, k + 1), lines++)
            if (L->v[k].len == btn->len && !strncasecmp(L->v[k].s, btn->s, btn->len))
                break;
        if (k >= L->n || lines >= 6)
            break;
        j = k;
    }
    /* The page's footer under the list (a notice of some words, the
     * rights) ends the article's reach: its notices are no text. */
    for (size_t k = j + 1; k < L->n; k++) {
        const rd_text_line *x = &L->v[k];
        if (x->role != RD_TEXT_CONTENT || rd_text_is_blank(x))
            continue;
        if (rd_text_is_chrome(x) && (x->words > 4 || rd_text_line_is_copyright(x)))
            return false;
        if (!rd_text_is_chrome(x) && rd_text_line_is_prose(x))
            return true;
    }
    return false;
}

/* Other stories' teasers under the text, each a headline over a
 * paragraph of its own, closed by the same button ("Read the rest",
 * "Read more"): at the button i, the next teaser's button within a few
 * lines. Returns the headline of the teaser the button i closes (the
 * list's top), or i when the button does not repeat. */
size_t
rd_text_teaser_list_top(const rd_text_lines *L, size_t body, size_t i)
{
    const rd_text_line *btn = &L->v[i];
    size_t j = rd_text_next_nonblank(L, i + 1), lines = 0;
    bool head = j < L->n && teaser_line(&L->v[j]), prose = false;
    for (; head && j < L->n && lines < 6; j = rd_text_next_nonblank(L, j + 1), lines++) {
        const rd_text_line *x = &L->v[j];
        if (x->len == btn->len && !strncasecmp(x->s, btn->s, x->len))
            break;
        prose |= rd_text_line_is_prose(x);
    }
    if (!head || !prose || j >= L->n || lines >= 6)
        return i;
    if (prose_past_teasers(L, j, btn))
        return i; /* a box set into the text, which goes on under it */
    /* Up over the paragraphs to the headline. */
    size_t top = i, paras = 0;
    for (size_t k = i; k > body && paras < 3;) {
        k--;
        const rd_text_line *x = &L->v[k];
        if (rd_text_is_blank(x) || x->role != RD_TEXT_CONTENT)
            continue;
        if (rd_text_line_is_prose(x)) {
            paras++;
            continue;
        }
        if (paras && teaser_line(x) && !(x->flags & RD_TEXT_F_SENTENCE))
            top = k;
        break;
    }
    if (!parted_from_text(L, body, top, btn))
        return i;
    /* The article's own text stands over the list. */
    for (size_t k = body; k < top; k++)
        if (L->v[k].role == RD_TEXT_CONTENT && rd_text_line_is_prose(&L->v[k]))
            return top;
    return i;
}

/* The text signed by its writer and the editors' desk: "Jane Doe und
 * Redaktion Harbour.ch", "Jane Doe and the editors", "Jane Doe et la
 * r\xc3\xa9daction". The name before the desk is the author's. */
static bool
desk_signature(arena *a, const rd_text_line *ln, rd_text_byline *b)
{
    static const char *const desks[] = {" und redaktion",
                                        " und die redaktion",
                                        " and the editors",
                                        " and the editorial team",
                                        " et la r\xc3\xa9"
                                        "daction",
                                        " y la redacci\xc3\xb3n"};
    if (ln->words > 8)
        return false;
    for (size_t i = 0; i < sizeof desks / sizeof *desks; i++) {
        size_t k = strlen(desks[i]);
        for (uint32_t at = 4; at + k <= ln->len; at++) {
            if (strncasecmp(ln->s + at, desks[i], k) != 0 ||
                (at + k < ln->len && ln->s[at + k] != ' '))
                continue;
            char *name = arena_strndup(a, ln->s, at);
            if (!rd_text_person_name(name))
                return false;
            memset(b, 0, sizeof *b);
            b->n = 1;
            b->names[0] = name;
            return true;
        }
    }
    return false;
}

/* A byline signed under the text ("Posted by Jane Doe at 12:55 AM",
 * "Posted by Jane Doe on March 10, 2015"): with only chrome after it,
 * it is the post's footer, not its last paragraph. */
bool
rd_text_footer_byline(arena *a, const rd_text_line *ln, const char *lang, rd_text_byline *b)
{
    rd_text_date dt;
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 14 || (ln->flags & RD_TEXT_F_SENTENCE))
        return false;
    return rd_text_byline_line(a, ln, lang, false, b) ||
           rd_text_date_by_line(a, ln, lang, &dt, b) || desk_signature(a, ln, b);
}

/* "Harbour Post (Dover) First published May 3, 2019: 3:33 AM ET": the
 * publication's line under the text, a source and the date after its
 * label ("published", "updated"), no sentence. */
bool
rd_text_published_line(const rd_text_line *ln, const char *lang)
{
    rd_text_date dt;
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 16 || (ln->flags & RD_TEXT_F_SENTENCE) ||
        !rd_text_date_find(ln->s, ln->len, lang, &dt) || dt.start == 0)
        return false;
    size_t e = dt.start;
    while (e > 0 && (ln->s[e - 1] == ' ' || ln->s[e - 1] == ':'))
        e--;
    if (e >= 3 && !strncasecmp(ln->s + e - 3, " on", 3))
        e -= 3;
    static const char *const labels[] = {"published", "updated"};
    for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
        size_t n = strlen(labels[k]);
        if (e >= n && !strncasecmp(ln->s + e - n, labels[k], n) &&
            (e == n || ln->s[e - n - 1] == ' '))
            return true;
    }
    return false;
}

/* A short line of a widget's controls: a word or five without a
 * sentence's end ("Mute", "Playback Rate", "Semi-Opaque"), or no word at
 * all ("/", "1", "50%"). Rows of a grid are no controls. */
static bool
control_line(const rd_text_line *ln)
{
    if (ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE | RD_TEXT_F_TOC))
        return false;
    if (ln->kind == RD_TEXT_RULE)
        return true;
    if (rd_text_line_has_letter(ln) && rd_text_has_digit(ln))
        return false;
    return rd_text_line_is_link_like(ln) || rd_text_is_chrome(ln) ||
           (ln->kind == RD_TEXT_PLAIN && !rd_text_line_has_letter(ln) && ln->words <= 2);
}

/* Inside the body, a run of WIDGET_RUN short lines or more, one after
 * the other (a blank line apart at most), is a widget copied with the
 * page: a video player's controls and settings, or a long menu. A
 * heading a table of contents names is no control, nor a line of data
 * with words and figures ("25 November 1947", an infobox's). Text has no
 * such run: a list this long has bullets, a poem's lines are
 * longer or punctuated. */
#define WIDGET_RUN 24

/* A short line next to a widget that is its too: a word or six that is
 * no prose ("Current Time 0:00", "captions off, selected", "This is a
 * modal window."), as the controls' labels and states break the run of
 * bare controls. */
static bool
widget_label(const rd_text_line *ln)
{
    if (ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE | RD_TEXT_F_TOC) ||
        ln->role != RD_TEXT_CONTENT)
        return false;
    /* Words of ten letters or fewer on average: a line of unspaced
     * script (Chinese, Japanese) is a sentence, however few its words. */
    return (ln->kind == RD_TEXT_PLAIN || ln->kind == RD_TEXT_RULE) && ln->words <= 6 &&
           ln->cps <= 60 && ln->cps <= 10u * ln->words + 2 && !rd_text_line_is_prose(ln);
}

/* The far end of the widget labels next to a run of controls ending (or
 * starting) at i, going `dir`; a paragraph or two blank lines end it. */
static size_t
widget_edge(const rd_text_lines *L, size_t body, size_t i, int dir)
{
    size_t edge = i;
    for (size_t k = i;;) {
        if (dir < 0 ? k <= body : k + 1 >= L->n)
            break;
        k = dir < 0 ? k - 1 : k + 1;
        if (rd_text_is_blank(&L->v[k])) {
            size_t k2 = dir < 0 ? k - 1 : k + 1;
            if ((dir < 0 && k == body) || k2 >= L->n || rd_text_is_blank(&L->v[k2]))
                break;
            continue;
        }
        if (!widget_label(&L->v[k]) && !(L->v[k].role == RD_TEXT_DROP))
            break;
        edge = k;
    }
    return edge;
}

/* The slide counter opening line i ("3/50 Caption"), if any. */
static bool
slide_at(const rd_text_lines *L, size_t i, unsigned *k, unsigned *n)
{
    const rd_text_line *ln = &L->v[i];
    return ln->kind == RD_TEXT_PLAIN && ln->role == RD_TEXT_CONTENT &&
           rd_text_slide_counter(ln->s, ln->len, k, n) > 0;
}

/* Slides at most this many non-blank lines long (headline, caption,
 * credit) make a gallery. */
#define GALLERY_SLIDE_LINES 4

/* A picture gallery copied into the body: three slides or more, each
 * opened by its counter ("1/50 Headline", "2/50 ...", the count going
 * up by one, the total the same), each a few lines long. The slides go,
 * the last one as long as the longest before it, and so do the lines
 * glued over the first counter (the gallery's name and buttons: "Photos
 * of the week", "50 show all"). Returns the line after the gallery, or
 * i when none opens at i. */
static size_t
drop_gallery(rd_text_lines *L, size_t body, size_t i)
{
    unsigned k0, n0, k, n;
    if (!slide_at(L, i, &k0, &n0))
        return i;
    size_t last = i, longest = 0, slides = 1, run = 0;
    for (size_t j = i + 1; j < L->n; j++) {
        if (rd_text_is_blank(&L->v[j]))
            continue;
        if (slide_at(L, j, &k, &n) && n == n0 && k == k0 + slides) {
            slides++, last = j;
            longest = run > longest ? run : longest;
            run = 0;
            continue;
        }
        if (++run > GALLERY_SLIDE_LINES)
            break;
    }
    if (slides < 3)
        return i;
    size_t from = i, to = last;
    for (size_t j = last + 1, seen = 0; j < L->n && seen < longest; j++)
        if (!rd_text_is_blank(&L->v[j]))
            to = j, seen++;
    while (from > body && !rd_text_is_blank(&L->v[from - 1]) && i - from < 3 &&
           widget_label(&L->v[from - 1]))
        from--;
    for (size_t j = from; j <= to; j++)
        if (!rd_text_is_blank(&L->v[j]))
            L->v[j].role = RD_TEXT_DROP;
    return to + 1;
}

void
rd_text_widgets(rd_text_lines *L, size_t body)
{
    for (size_t i = body; i < L->n; i++)
        i = drop_gallery(L, body, i);
    for (size_t i = body; i < L->n;) {
        if (L->v[i].role != RD_TEXT_CONTENT || rd_text_is_blank(&L->v[i]) ||
            !control_line(&L->v[i])) {
            i++;
            continue;
        }
        /* Labels between the controls ("Interest paid, in billions" among
         * a chart's figures) do not break the run while the controls
         * stay the most of it. */
        size_t j = i, n = 0, labels = 0, last = i;
        while (j < L->n && L->v[j].role != RD_TEXT_META) {
            if (rd_text_is_blank(&L->v[j])) {
                if (j + 1 < L->n && rd_text_is_blank(&L->v[j + 1]))
                    break;
                j++;
                continue;
            }
            if (control_line(&L->v[j]))
                n++, last = j;
            else if (widget_label(&L->v[j]) && labels < n)
                labels++;
            else
                break;
            j++;
        }
        if (n >= WIDGET_RUN) {
            size_t from = widget_edge(L, body, i, -1), to = widget_edge(L, body, last, +1);
            for (size_t k = from; k <= to; k++)
                if (!rd_text_is_blank(&L->v[k]))
                    L->v[k].role = RD_TEXT_DROP;
            last = to;
        }
        i = last + 1;
    }
}
