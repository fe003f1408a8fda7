/*
 * trailer.c - where a copied page's article ends: a byline signed under the
 * last paragraph, end-of-article boxes (related articles, comments) and the
 * chrome after them, and the dates and fields a page prints after the text.
 */
#include "text_int.h"

#include <string.h>
#include <strings.h>

#include "../../base/buf.h"

/* Bytes of text a comments section's header must follow to end the
 * article (a short notice over the text can name the comments). */
#define END_AFTER_TEXT 400

/* The page's notice of rights standing last, though it does not open
 * with the mark: "Portions are \xc2\xa9 1998-2015 by ...", "Content available
 * under a Creative Commons license.", "... licensed under the BSD
 * license." With prose after it, it is the article's own word about
 * its licence. */
static bool
last_notice(const rd_text_lines *L, size_t i, size_t prose_after)
{
    const rd_text_line *ln = &L->v[i];
    bool mark = false;
    for (uint32_t k = 0; k + 2 < ln->len && !mark; k++)
        if (!memcmp(ln->s + k, "\xc2\xa9", 2)) {
            uint32_t d = k + 2 + (ln->s[k + 2] == ' ');
            mark = d < ln->len && ln->s[d] >= '0' && ln->s[d] <= '9';
        }
    return prose_after == 0 && (mark || rd_text_has_word_ci(ln, "licensed under ") ||
                                rd_text_has_word_ci(ln, "available under "));
}

/* Code points of prose that may follow a ranked list ending the page. */
#define RANKED_PROSE_AFTER 400

/* The rank a line holds alone ("3", "3."), 0 when it holds more. */
static unsigned
rank_of(const rd_text_line *ln)
{
    if (ln->kind == RD_TEXT_ORDERED && ln->len == 0)
        return ln->ordinal <= 99 ? ln->ordinal : 0;
    if (ln->kind != RD_TEXT_PLAIN || ln->len == 0 || ln->len > 2)
        return 0;
    unsigned n = 0;
    for (uint32_t i = 0; i < ln->len; i++) {
        if (ln->s[i] < '0' || ln->s[i] > '9')
            return 0;
        n = n * 10 + (unsigned)(ln->s[i] - '0');
    }
    return n;
}

/* The site's blurb under its footer's menu ("Coast Weekly is a global
 * media company ..."): one paragraph of 60 words at most, the last of
 * the text, under a run of three link-like lines or more, one of them
 * known chrome ("Privacy", "About Us"), with more text over the run. An
 * article does not go on under the page's footer. */
static bool
footer_blurb(const rd_text_lines *L, size_t body, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || !rd_text_line_is_prose(ln) || ln->words > 150)
        return false;
    size_t menu = 0, known = 0, k = i;
    bool about = false; /* an "About us" label right over it */
    while (k > body) {
        const rd_text_line *x = &L->v[k - 1];
        /* A box's leftover without letters ("!", "\xc2\xb7") is neither
         * menu nor text. */
        if (rd_text_is_blank(x) || (x->kind == RD_TEXT_PLAIN && !rd_text_line_has_letter(x))) {
            k--;
            continue;
        }
        bool chrome = rd_text_is_chrome(x) && x->kind == RD_TEXT_PLAIN && x->words <= 4;
        if (!chrome && !(x->role == RD_TEXT_CONTENT && rd_text_line_is_link_like(x)))
            break;
        about = about || (menu == 0 && chrome && x->len >= 5 && !strncasecmp(x->s, "about", 5));
        menu++;
        known += chrome;
        k--;
    }
    /* The site's word about itself under "About us" may run long. */
    return menu >= 3 && known >= 1 && k > body && (ln->words <= 60 || about);
}

/* Labels a site files its posts under ("Categories :", "Tags:",
 * "Filed under:"), in the languages the readers see most. */
static const char *const filing_words[] = {
    "categor",
    "tag",
    "topic",
    "section",
    "keyword",
    "label",
    "filed under",
    "posted in",
    "permalink",
    "schlagw",
    "kategor",
    "rubri",
    "\xc3\xa9tiquette",
    "mots-cl",
    "etiqueta",
    "\xe3\x82\xab\xe3\x83\x86\xe3\x82\xb4\xe3\x83\xaa", /* カテゴリ */
    "\xe3\x82\xbf\xe3\x82\xb0",                         /* タグ */
    "\xe5\x88\x86\xe7\xb1\xbb",
    "\xe6\xa0\x87\xe7\xad\xbe", /* 分类 标签 */
    "\xed\x83\x9c\xea\xb7\xb8",
    "\xec\xb9\xb4\xed\x85\x8c\xea\xb3\xa0\xeb\xa6\xac", /* 태그 카테고리 */
    NULL};

static bool
filing_label(const rd_text_line *x)
{
    for (size_t i = 0; filing_words[i]; i++) {
        size_t n = strlen(filing_words[i]);
        if (x->len >= n && strncasecmp(x->s, filing_words[i], n) == 0)
            return true;
    }
    return false;
}

/* Fields closing the text ("Categories:" over "Harbours", "Tags :" over
 * "Storms" and "Walls"): two labels or more of three words at most
 * ending with a colon, one of them a filing label, each over one to
 * three link-like values (or values dropped as chrome: a link, a
 * button), with nothing but dropped lines after them before `end`, are
 * the page's furniture. Labels over short lines that file nothing
 * ("Sources:" over "Reuters", "Further reading:") may be the text's own
 * lists and stay. */
static void
drop_field_pairs(rd_text_lines *L, size_t body, size_t end)
{
    size_t k = end, top = end, labels = 0, values = 0, shown = 0, filing = 0;
    while (k > body) {
        const rd_text_line *x = &L->v[k - 1];
        if (rd_text_is_blank(x)) {
            k--;
            continue;
        }
        /* The label may be known chrome ("Tags:") and dropped already. */
        if ((x->role == RD_TEXT_CONTENT || x->role == RD_TEXT_DROP) && x->kind == RD_TEXT_PLAIN &&
            x->words <= 3 && rd_text_ends_with_colon(x) && values >= 1 && shown <= 3) {
            labels++;
            filing += filing_label(x);
            values = shown = 0;
            top = --k;
            continue;
        }
        if (x->role == RD_TEXT_DROP) { /* a value dropped as chrome (a link, a button) */
            values++;
            k--;
            continue;
        }
        if (x->role != RD_TEXT_CONTENT || x->kind != RD_TEXT_PLAIN)
            break;
        if (!rd_text_line_is_link_like(x) || rd_text_ends_with_colon(x) || shown >= 3)
            break;
        values++;
        shown++;
        k--;
    }
    if (labels < 2 || !filing)
        return;
    for (k = top; k < end; k++)
        if (!rd_text_is_blank(&L->v[k]) && L->v[k].role == RD_TEXT_CONTENT)
            L->v[k].role = RD_TEXT_DROP;
}

/* Up to n bytes of s lowered into w (n < size of w): ASCII and the
 * Latin-1 capitals ("VER\xc3\x96FFENTLICHT" as "ver\xc3\xb6ffentlicht"). */
static void
lower_into(char *w, const char *s, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 'A' && c <= 'Z')
            c += 32;
        else if (i > 0 && (unsigned char)s[i - 1] == 0xC3 && c >= 0x80 && c <= 0x9E && c != 0x97)
            c += 0x20;
        w[i] = (char)c;
    }
    w[n] = '\0';
}

/* The label before a date says when the post went up ("Posted:",
 * "VER\xc3\x96FFENTLICHT AM", "Publi\xc3\xa9 le"), not when it was
 * edited or updated: a list's entries and a copied Q&A page show those
 * of other posts. */
static bool
publish_label(const char *s, size_t len)
{
    static const char *const publish[] = {"published",
                                          "posted",
                                          "ver\xc3\xb6"
                                          "ffentlicht",
                                          "publi\xc3\xa9",
                                          "publie",
                                          "publicado",
                                          "pubblicato"};
    static const char *const edits[] = {"updated",    "modified",     "edited",
                                        "revised",    "aktualisiert", "actualizado",
                                        "aggiornato", "mis \xc3\xa0"};
    char w[64];
    if (len >= sizeof w || !rd_text_date_label(s, len))
        return false;
    lower_into(w, s, len);
    for (size_t i = 0; i < sizeof edits / sizeof *edits; i++)
        if (strstr(w, edits[i]))
            return false;
    for (size_t i = 0; i < sizeof publish / sizeof *publish; i++)
        if (strstr(w, publish[i]))
            return true;
    return false;
}

/* A label over other people's posts: a comments section's ("3
 * Comments", "Kommentare") or a list of the site's recent posts
 * ("Recent posts", "Neueste Beitr\xc3\xa4ge"). The dates under it are
 * theirs. */
static bool
others_label(const rd_text_line *ln)
{
    static const char *const words[] = {"comment",
                                        "kommentar",
                                        "comentario",
                                        "recent",
                                        "latest",
                                        "neueste",
                                        "letzte",
                                        "r\xc3\xa9"
                                        "cents",
                                        "derniers",
                                        "recientes",
                                        "\xc3\xbaltim"};
    char w[64];
    if (ln->words > 4 || ln->len >= sizeof w)
        return false;
    lower_into(w, ln->s, ln->len);
    for (size_t i = 0; i < sizeof words / sizeof *words; i++)
        if (strstr(w, words[i]))
            return true;
    return rd_text_comment_head(ln->s, ln->len);
}

/* A labelled date among the first lines after the article's end
 * ("Posted July 11, 2019.", "Published: 3 March 2021"), when the header
 * had none: side columns print when the post went up there. Only a
 * date with its label counts (a related story's date has none), and
 * only within TRAILER_DATE_REACH lines of the text.
 *
 * In the side column the page's region left out (side), more lines are
 * other posts': there only a label of publishing counts ("Updated" and
 * "edited" mark other posts' in lists and Q&A pages), only the one
 * labelled date within reach (several are a list's or a thread's), and
 * none past a label of comments or recent posts. */
#define TRAILER_DATE_REACH 12

static void
trailer_date(arena *a, const rd_text_lines *L, size_t body, const char *lang, bool side,
             doc_meta *meta)
{
    if (meta->date)
        return;
    size_t k = L->n;
    while (k > body && (rd_text_is_blank(&L->v[k - 1]) || L->v[k - 1].role != RD_TEXT_CONTENT))
        k--;
    size_t labelled = 0;
    bool others = false, take = false;
    rd_text_date found = {0};
    for (size_t seen = 0; k < L->n && seen < TRAILER_DATE_REACH; k++) {
        const rd_text_line *ln = &L->v[k];
        rd_text_date dt;
        if (rd_text_is_blank(ln))
            continue;
        seen++;
        if (rd_text_date_line(ln, lang, &dt) && dt.start > 0 &&
            rd_text_date_label(ln->s, dt.start)) {
            labelled++;
            if (ln->role != RD_TEXT_DROP || take)
                continue;
            if (!side) {
                meta->date = rd_text_date_format(a, &dt);
                return;
            }
            if (!others && publish_label(ln->s, dt.start)) {
                found = dt;
                take = true;
            }
            continue;
        }
        others = others || others_label(ln);
    }
    if (take && labelled == 1)
        meta->date = rd_text_date_format(a, &found);
}

/* The article's info box under the text, its fields copied glued one
 * under the other: "Date 10.06.2013" and "Author Jane Doe", a label
 * word before each, in either order, within TRAILER_FIELDS_REACH lines
 * of the text. The pair tells a box about this article; a date or a name
 * alone there may be another story's. Read when the header had none. */
#define TRAILER_FIELDS_REACH 60

static bool
date_field(const rd_text_line *ln, const char *lang, rd_text_date *dt)
{
    static const char *const labels[] = {"date ", "datum ", "fecha ", "data "};
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
        size_t n = strlen(labels[i]);
        if (ln->len > n && !strncasecmp(ln->s, labels[i], n))
            return rd_text_date_find(ln->s + n, ln->len - n, lang, dt) && dt->whole;
    }
    return false;
}

static bool
author_field(arena *a, const rd_text_line *ln, rd_text_byline *b)
{
    static const char *const labels[] = {"author ", "autor ", "auteur "};
    for (size_t i = 0; i < sizeof labels / sizeof *labels; i++) {
        size_t n = strlen(labels[i]);
        if (ln->len > n && !strncasecmp(ln->s, labels[i], n) && ln->words <= 6)
            return rd_text_byline_names(a, ln->s + n, ln->len - n, b) && b->n >= 1;
    }
    return false;
}

static void
trailer_fields(arena *a, const rd_text_lines *L, size_t body, const char *lang, doc_meta *meta)
{
    if (meta->date && meta->n_authors)
        return;
    size_t k = L->n;
    while (k > body && (rd_text_is_blank(&L->v[k - 1]) || L->v[k - 1].role != RD_TEXT_CONTENT))
        k--;
    for (size_t seen = 0; k + 1 < L->n && seen < TRAILER_FIELDS_REACH; k++) {
        const rd_text_line *ln = &L->v[k], *nx = &L->v[k + 1];
        if (rd_text_is_blank(ln))
            continue;
        seen++;
        rd_text_date dt;
        rd_text_byline b;
        bool pair = (date_field(ln, lang, &dt) && author_field(a, nx, &b)) ||
                    (author_field(a, ln, &b) && date_field(nx, lang, &dt));
        if (!pair)
            continue;
        if (!meta->date)
            meta->date = rd_text_date_format(a, &dt);
        if (!meta->n_authors)
            rd_text_take_byline(a, meta, &b);
        return;
    }
}

/* A short label ending in a colon that is the text's last line
 * ("Authors:", "Tags:") introduces what was dropped under it (the
 * author box, the tags) or cut off with the page's end: it goes too. */
static void
drop_dangling_label(rd_text_lines *L, size_t body)
{
    size_t k = L->n;
    while (k > body && (rd_text_is_blank(&L->v[k - 1]) || L->v[k - 1].role != RD_TEXT_CONTENT))
        k--;
    if (k <= body)
        return;
    rd_text_line *ln = &L->v[k - 1];
    if (ln->kind == RD_TEXT_PLAIN && ln->words <= 3 && rd_text_ends_with_colon(ln))
        ln->role = RD_TEXT_DROP;
}

/* Line i opens a ranked list of other stories ("Most read": "1" over a
 * headline and its source, "2" over the next, ...): ranks 1, 2 and 3
 * each over a line or three that are headlines, not sentences (the
 * steps of a recipe numbered so are sentences). */
static bool
ranked_list(const rd_text_lines *L, size_t i, size_t prose_after)
{
    if (rank_of(&L->v[i]) != 1)
        return false;
    unsigned want = 2;
    size_t items = 0;
    for (size_t k = rd_text_next_nonblank(L, i + 1); k < L->n && want <= 3;
         k = rd_text_next_nonblank(L, k + 1)) {
        const rd_text_line *ln = &L->v[k];
        unsigned r = rank_of(ln);
        if (r) {
            if (r != want || items == 0)
                return false;
            want++, items = 0;
            continue;
        }
        if (++items > 3 || rd_text_line_is_prose(ln) || ln->kind != RD_TEXT_PLAIN ||
            ((ln->flags & RD_TEXT_F_SENTENCE) && !(ln->flags & RD_TEXT_F_QUESTION)))
            return false;
    }
    /* A "Most read" column beside the text, copied between two of its
     * parts, has the article's prose after it; the one ending the page
     * has the footer. */
    return want > 3 && prose_after < RANKED_PROSE_AFTER;
}

static bool
comment_head_at(const rd_text_lines *L, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    return ln->kind == RD_TEXT_PLAIN && rd_text_comment_head(ln->s, ln->len);
}

/* Line i opens a thread of comments: it is a comment's head (a name
 * with its age and buttons, rd_text_comment_head), a comment's text
 * follows, then the next head. One such line alone may be the article's;
 * heads one under another are a list ("Recent posts": a title and its
 * age on each line). A blog engine's head ("Anonymous said...",
 * rd_text_said_head) is the thread's under a long text (`after_text`)
 * when the comment's date and time follow the comment alone on their
 * line ("15 May 2019 at 08:02"), as blog engines set them: a quoted
 * letter's date carries no time. */
static bool
comment_thread(const rd_text_lines *L, size_t i, const char *lang, bool after_text)
{
    const rd_text_line *h = &L->v[i];
    bool said = h->kind == RD_TEXT_PLAIN && rd_text_said_head(h->s, h->len);
    if (!said && !comment_head_at(L, i))
        return false;
    if (said && !after_text)
        return false;
    bool text = false;
    for (size_t k = i + 1; k < L->n; k++) {
        const rd_text_line *ln = &L->v[k];
        if (rd_text_is_blank(ln))
            continue;
        rd_text_date dt;
        if (said) {
            if (text && rd_text_date_line(ln, lang, &dt) &&
                rd_text_skip_clock(ln->s, ln->len, dt.end) > dt.end)
                return true;
            if (ln->kind == RD_TEXT_PLAIN && rd_text_said_head(ln->s, ln->len))
                return false;
        } else if (comment_head_at(L, k)) {
            return text;
        }
        text = text || ln->words >= 2;
    }
    return false;
}

/* Line i under the text repeats a line the header consumed, whole or as
 * the field before a gap of two spaces or more ("Review #131 - May
 * 2016" of "Review #131 - May 2016   Author: Jane Doe"): the page's footer
 * naming the issue or the story again. */
static bool
repeats_header(const rd_text_lines *L, size_t body, size_t i)
{
    const rd_text_line *x = &L->v[i];
    if (x->kind != RD_TEXT_PLAIN || x->words < 3 || x->len < 12)
        return false;
    for (size_t k = 0; k < body; k++) {
        const rd_text_line *h = &L->v[k];
        if (h->role != RD_TEXT_META || h->len < x->len || memcmp(h->s, x->s, x->len) != 0)
            continue;
        size_t j = x->len;
        while (j < h->len && (h->s[j] == ' ' || h->s[j] == '\t' || (unsigned char)h->s[j] == 0xC2 ||
                              (unsigned char)h->s[j] == 0xA0))
            j++;
        if (j == h->len || j - x->len >= 2)
            return true;
    }
    return false;
}

/* The line closes its sentence: it ends in a stop or a closing quote
 * or bracket (". ! ? \" ' )"), or in a curly closing quote or guillemet
 * with a stop before it. A dash or an ellipsis ("Until we meet
 * again…") leaves it open, like a comma. */
static bool
closes_sentence(const rd_text_line *u)
{
    const unsigned char *p = (const unsigned char *)u->s;
    size_t e = u->len;
    if (!e || (p[e - 1] < 0x80 && strchr(".!?\"')", p[e - 1])))
        return true;
    if (e >= 3 && p[e - 3] == 0xE2 && p[e - 2] == 0x80 && (p[e - 1] == 0x9D || p[e - 1] == 0x99))
        e -= 3; /* ” ’ */
    else if (e >= 2 && p[e - 2] == 0xC2 && p[e - 1] == 0xBB)
        e -= 2; /* » */
    else
        return false;
    return e > 0 && p[e - 1] < 0x80 && strchr(".!?", p[e - 1]);
}

/* The line is the name of one of the article's authors, whole: the
 * author's card under the text ("Jane Doe" over "Written by Jane Doe",
 * "1.2K Followers"), read walking back over the page's end. A name of
 * one word may be a word of the text's own. */
static bool
names_author(const doc_meta *meta, const rd_text_lines *L, size_t body, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    /* (under a line that does not end a sentence, "With love," or "Her
       name was", the name is the text's own: a signature, a subject) */
    size_t up = i;
    while (up > body && rd_text_is_blank(&L->v[up - 1]))
        up--;
    if (up > body) {
        const rd_text_line *u = &L->v[up - 1];
        if (u->role == RD_TEXT_CONTENT && !u->chrome && !closes_sentence(u))
            return false;
    }
    for (size_t k = 0; ln->kind == RD_TEXT_PLAIN && ln->words >= 2 && k < meta->n_authors; k++)
        if (strlen(meta->authors[k]) == ln->len && !memcmp(meta->authors[k], ln->s, ln->len))
            return true;
    return false;
}

/* A short line (ten words at most, no sentence) glued under a line of
 * chrome, walking back from the page's end over chrome or links ("Any
 * of these categories" between a trail of categories and a pager): a
 * control of the same footer. A blank line over it would part it from
 * the chrome. */
static bool
glued_under_chrome(const rd_text_lines *L, size_t body, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    return i > body + 1 && ln->kind == RD_TEXT_PLAIN && ln->words <= 10 &&
           !rd_text_starts_lower(ln) && !(ln->flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND)) &&
           !rd_text_is_blank(&L->v[i - 1]) && rd_text_is_chrome(&L->v[i - 1]);
}

/* Words of the line that open with a lower-case ASCII letter. */
static size_t
lower_words(const rd_text_line *ln)
{
    size_t n = 0;
    for (size_t i = 0; i < ln->len; i++)
        n += (i == 0 || ln->s[i - 1] == ' ') && ln->s[i] >= 'a' && ln->s[i] <= 'z';
    return n;
}

/* A short line alone over a line of chrome glued under it, a blank
 * line over it, no sentence: a trail of tags over the share buttons
 * ("Asia Censorship Literature" over "Share this article"). Tags are
 * names; a line mostly of lower-case words is prose whose stop was left
 * off ("The vote is on June 12 at the town hall" over "Print"). */
static bool
glued_over_chrome(const rd_text_lines *L, size_t body, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    return i > body + 1 && i + 1 < L->n && ln->kind == RD_TEXT_PLAIN && ln->words <= 10 &&
           !rd_text_starts_lower(ln) && !(ln->flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND)) &&
           lower_words(ln) * 2 <= ln->words && rd_text_is_blank(&L->v[i - 1]) &&
           rd_text_is_chrome(&L->v[i + 1]);
}

void
rd_text_trailer_date(arena *a, const rd_text_lines *L, size_t body, const char *lang,
                     doc_meta *meta)
{
    trailer_date(a, L, body, lang, true, meta);
}

void
rd_text_trailer(arena *a, rd_text_lines *L, size_t body, const char *lang, doc_meta *meta)
{
    /* A comments section's header ends the article wherever it stands
     * after some text; a box before it ends it when it sits in the last
     * half of what is left. */
    size_t limit = L->n, seen = 0;
    for (size_t i = body; i < L->n; i++) {
        if (L->v[i].role != RD_TEXT_CONTENT)
            continue;
        if ((L->v[i].chrome & 0x0F) == RD_TEXT_CHROME_END && seen >= END_AFTER_TEXT) {
            limit = i;
            break;
        }
        if (seen > 0 && comment_thread(L, i, lang, seen >= END_AFTER_TEXT)) {
            limit = i;
            break;
        }
        seen += L->v[i].len;
    }
    /* Content size, to tell an end-of-article box from an early mention;
     * the site's blurb under its footer, the last prose, is none of it. */
    size_t total = 0, prose_total = 0, prose_before = 0, counted = limit;
    for (size_t i = limit; i-- > body;)
        if (L->v[i].role == RD_TEXT_CONTENT && rd_text_line_is_prose(&L->v[i]) &&
            !rd_text_is_chrome(&L->v[i])) {
            if (footer_blurb(L, body, i))
                counted = i;
            break;
        }
    for (size_t i = body; i < counted; i++)
        if (L->v[i].role == RD_TEXT_CONTENT) {
            total += L->v[i].len;
            prose_total += rd_text_line_is_prose(&L->v[i]) ? L->v[i].cps : 0;
        }
    size_t before = 0, end = limit;
    bool footer = false; /* the end is a copyright line */
    for (size_t i = body; i < limit; i++) {
        rd_text_line *ln = &L->v[i];
        if (ln->role != RD_TEXT_CONTENT || rd_text_is_blank(ln))
            continue;
        /* Prose code points after this line, for the boxes that end a
         * page only with little or no text after them. */
        prose_before += rd_text_line_is_prose(ln) ? ln->cps : 0;
        size_t prose_after = prose_total > prose_before ? prose_total - prose_before : 0;
        rd_text_chrome k = (rd_text_chrome)(ln->chrome & 0x0F);
        if (k == RD_TEXT_CHROME_CUT && rd_text_cited_list(L, body, i)) {
            /* The paper's own references: the text cites their keys. */
            before += ln->len;
            continue;
        }
        if ((k == RD_TEXT_CHROME_CUT || rd_text_recent_content(ln)) &&
            rd_text_inline_related(L, i)) {
            /* A "Related" box inside the text: drop it and its headlines,
             * and read on. */
            ln->role = RD_TEXT_DROP;
            size_t j = rd_text_next_nonblank(L, i + 1);
            L->v[j].role = RD_TEXT_DROP; /* the headline */
            for (i = j, j = rd_text_next_nonblank(L, j + 1);
                 j < L->n && !rd_text_prose_or_wrapped(L, j); j = rd_text_next_nonblank(L, j + 1))
                L->v[j].role = RD_TEXT_DROP, i = j;
            continue;
        }
        /* A copyright line in the last half ends the article: what
         * follows it (licences, trademarks, the publisher's group) is the
         * page's footer. A licence quoted in a listing, or "copyright"
         * opening a line of wrapped prose, stays. */
        bool copyright = (rd_text_line_is_copyright(ln) || last_notice(L, i, prose_after)) &&
                         ln->words <= 30 && !rd_text_starts_lower(ln) && !rd_text_runs_on(L, i) &&
                         !(ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE));
        bool ranked = ranked_list(L, i, prose_after);
        /* A count of comments alone on its line under the text ("71
         * Kommentare") links to them: the comments or the next stories
         * follow, with little prose. A count under a byline, in a box of
         * most-discussed posts or over an update has the text after it. */
        bool comments = rd_text_comment_count(ln) && !(ln->flags & RD_TEXT_F_TABLE) &&
                        3 * prose_after < prose_before;
        size_t teasers = k != RD_TEXT_CHROME_NONE && rd_text_more_lead(ln)
                             ? rd_text_teaser_list_top(L, body, i)
                             : i;
        if (teasers < i) {
            end = teasers;
            break;
        }
        if ((k == RD_TEXT_CHROME_CUT || copyright || ranked || (comments && before > 0) ||
             (before > 0 && rd_text_opens_after_box(a, L, i, lang, meta))) &&
            2 * before + ln->len >= total) {
            end = i;
            footer = copyright;
            /* The bio names the author the header did not. */
            rd_text_byline bio;
            if (!meta->n_authors && (rd_text_unnamed_bio(a, ln, &bio) ||
                                     rd_text_signed_over_bio(a, L, i, lang, &bio))) {
                rd_text_take_byline(a, meta, &bio);
                /* A label glued over the byline, alone under a blank
                 * line, is the box's ("Press Releases" over "By Jane
                 * Doe"): a section the site files the post under. */
                size_t p = i - 1;
                if (p > body + 1 && bio.n && L->v[i].role == RD_TEXT_CONTENT &&
                    L->v[p].role == RD_TEXT_CONTENT && L->v[p].kind == RD_TEXT_PLAIN &&
                    L->v[p].words <= 4 && rd_text_is_blank(&L->v[p - 1]) &&
                    !(L->v[p].flags &
                      (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND | RD_TEXT_F_PRE | RD_TEXT_F_TABLE)))
                    end = p;
            }
            /* The ranked list's label ("Most read") goes with it. */
            size_t p = i;
            while (ranked && p > body && rd_text_is_blank(&L->v[p - 1]))
                p--;
            if (ranked && p > body && L->v[p - 1].role == RD_TEXT_CONTENT &&
                rd_text_line_is_heading_like(&L->v[p - 1]))
                end = p - 1;
            break;
        }
        if (k != RD_TEXT_CHROME_NONE && !(ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE))) {
            ln->role = RD_TEXT_DROP;
            if (rd_text_more_lead(ln))
                rd_text_drop_teasers(L, body, i);
        }
        before += ln->len;
    }
    for (size_t i = end; i < L->n; i++)
        if (!rd_text_is_blank(&L->v[i]))
            L->v[i].role = RD_TEXT_DROP;
    drop_field_pairs(L, body, end);
    /* Walk back over menus, link lists and footers. One short line alone
     * ("The End") is the article's; two, or one among known chrome, are
     * the page's. */
    size_t i = end;
    size_t run_start = end, links = 0, chromes = footer;
    bool after_text = false; /* the run follows some article text */
    bool met = false;        /* a line of the text was met walking back */
    while (i > body) {
        rd_text_line *ln = &L->v[i - 1];
        if (rd_text_is_blank(ln) || ln->role == RD_TEXT_DROP) {
            /* "Read more" dropped above a headline makes it a link. */
            chromes += ln->role == RD_TEXT_DROP && rd_text_is_chrome(ln);
            i--;
            continue;
        }
        /* A table or aligned columns (grid.c) are the article's. */
        if (ln->role != RD_TEXT_CONTENT || (ln->flags & (RD_TEXT_F_PRE | RD_TEXT_F_TABLE))) {
            after_text = true;
            break;
        }
        rd_text_date dt;
        rd_text_byline fb;
        bool chrome = rd_text_is_chrome(ln) || !rd_text_line_has_letter(ln) ||
                      rd_text_date_line(ln, lang, &dt) || rd_text_dated_line(ln, lang, &dt) ||
                      rd_text_date_label(ln->s, ln->len) ||
                      rd_text_footer_byline(a, ln, lang, &fb) || rd_text_published_line(ln, lang);
        bool link = rd_text_line_is_link_like(ln) && ln->s[0] != '-' &&
                    (unsigned char)ln->s[0] != 0xE2; /* "— A. Writer" signs off */
        chrome = chrome || (!met && footer_blurb(L, body, i - 1)) ||
                 repeats_header(L, body, i - 1) || names_author(meta, L, body, i - 1);
        link = link || (chromes + links > 0 && glued_under_chrome(L, body, i - 1)) ||
               (chromes > 0 && glued_over_chrome(L, body, i - 1));
        met = true;
        if (!chrome && !link) {
            after_text = true;
            break;
        }
        links += !chrome;
        chromes += chrome;
        i--;
        run_start = i;
    }
    /* A list introduced by a colon is content, not a menu. */
    size_t prev = run_start;
    while (prev > body &&
           (rd_text_is_blank(&L->v[prev - 1]) || L->v[prev - 1].role == RD_TEXT_DROP))
        prev--;
    bool keep_links = prev > body && rd_text_ends_with_colon(&L->v[prev - 1]);
    /* ... unless it ends with a slider's buttons ("Previous", "Next"):
     * the label and its entries are a gallery's ("Rocker Pics:" over
     * "Full Profile", "Tip Profile", "Previous", "Next"). */
    if (keep_links && rd_text_slider_end(L, run_start, end) && L->v[prev - 1].words <= 4 &&
        L->v[prev - 1].role == RD_TEXT_CONTENT) {
        keep_links = false;
        L->v[prev - 1].role = RD_TEXT_DROP;
    }
    for (size_t k = run_start; k < end; k++) {
        rd_text_line *ln = &L->v[k];
        if (rd_text_is_blank(ln) || ln->role != RD_TEXT_CONTENT)
            continue;
        rd_text_date dt;
        rd_text_byline fb;
        bool signed_off = rd_text_footer_byline(a, ln, lang, &fb);
        bool chrome = rd_text_is_chrome(ln) || !rd_text_line_has_letter(ln) ||
                      rd_text_date_line(ln, lang, &dt) || rd_text_dated_line(ln, lang, &dt) ||
                      rd_text_date_label(ln->s, ln->len) || signed_off ||
                      rd_text_published_line(ln, lang) || repeats_header(L, body, k) ||
                      names_author(meta, L, body, k);
        if ((keep_links || !after_text || (links < 2 && chromes == 0)) && !chrome)
            continue;
        ln->role = RD_TEXT_DROP;
        if (signed_off && fb.n) {
            /* The header named no author: the footer's is the post's. */
            if (!fb.date && rd_text_date_find(ln->s, ln->len, lang, &dt))
                fb.date = rd_text_date_format(a, &dt);
            rd_text_take_byline(a, meta, &fb);
            ln->role = RD_TEXT_META;
        }
    }
    /* A line glued over the dropped run, a blank line over it and no
     * sentence's end, names the run: a product box's title over its
     * "posted with ..." credit, author and shop links. */
    size_t dropped = 0;
    for (size_t k = i; k < end; k++)
        dropped += L->v[k].role == RD_TEXT_DROP;
    if (after_text && i > body + 1 && i < end && L->v[i].role == RD_TEXT_DROP && dropped >= 3 &&
        rd_text_is_blank(&L->v[i - 2]) && L->v[i - 1].role == RD_TEXT_CONTENT &&
        !(L->v[i - 1].flags &
          (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND | RD_TEXT_F_PRE | RD_TEXT_F_TABLE)) &&
        L->v[i - 1].kind == RD_TEXT_PLAIN)
        L->v[i - 1].role = RD_TEXT_DROP;
    drop_dangling_label(L, body);
    trailer_date(a, L, body, lang, false, meta);
    trailer_fields(a, L, body, lang, meta);
}
