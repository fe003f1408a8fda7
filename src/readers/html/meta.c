/*
 * meta.c - the article's metadata from the page: title, authors, date,
 * site, language, source URL and description.
 *
 * Sources, strongest first (the order Readability settled on): a JSON-LD
 * Article object (headline/name, author, datePublished, publisher),
 * Dublin Core, Open Graph and Twitter <meta> tags, plain <meta name>, and
 * last the page itself: <title> with the site-name part cut off (or the one
 * <h1>), the byline element found during extraction (byline.c reads its
 * credit line and names), a <time datetime> or a date written in the
 * byline. The byline field is the declared names joined with commas when
 * the page declares any (they are more reliable than whatever the DOM walk
 * took for a byline), else the byline element's credit line as printed.
 * A name printed after a label ("Author: X", or "<strong>Author</strong> X"
 * in a list of facts) and last a microdata <meta itemprop=author> fill in
 * when nothing else names the author; after every other source, the name
 * after the date under the headline (date_credit.c). The manifest
 * overrides all of it later.
 *
 * When the page was saved (the sources page's "retrieved" date) comes from
 * what saving tools write: SingleFile's comment at the top of the page
 * ("Page saved with SingleFile ... url: ... saved date: Tue Nov 24 2026
 * ..."), and the savepage-date <meta> of Save Page WE and of pages made
 * from MHTML archives. Their saved-from URL is the source when the page
 * names no canonical one.
 */
#include "html_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "base/utf8.h"
#include "jsonld.h"

#define META_MAX 64

typedef struct metamap {
    const char *key[META_MAX];
    const char *val[META_MAX];
    size_t n;
} metamap;

static const char *
mm_get(const metamap *m, const char *key)
{
    for (size_t i = 0; i < m->n; i++)
        if (strcmp(m->key[i], key) == 0)
            return m->val[i];
    return NULL;
}

static void
mm_set(arena *a, metamap *m, const char *key, const char *val)
{
    for (size_t i = 0; i < m->n; i++)
        if (strcmp(m->key[i], key) == 0) {
            m->val[i] = val;
            return;
        }
    if (m->n < META_MAX) {
        m->key[m->n] = arena_strdup(a, key);
        m->val[m->n++] = val;
    }
}

/* A library catalogue's heading for a person ("Austen, Jane, 1775-1817",
 * "Twain, Mark, 1835-1910", "Smith, John, b. 1950"), as a book's Dublin
 * Core creator gives it: the name as it is printed ("Jane Austen"). Any
 * other string is returned as it is. */
static const char *
catalog_name(arena *a, const char *s)
{
    if (!s)
        return NULL;
    const char *c1 = strchr(s, ',');
    const char *c2 = c1 ? strchr(c1 + 1, ',') : NULL;
    if (!c2 || strchr(c2 + 1, ',') || c1 == s || c2 - c1 < 3)
        return s;
    const char *d = c2 + 1;
    while (*d == ' ')
        d++;
    static const char *const pre[] = {"b. ", "d. ", "fl. ", "active ", "born ", "died ", NULL};
    bool prefixed = false;
    for (size_t i = 0; pre[i] && !prefixed; i++)
        if (!strncmp(d, pre[i], strlen(pre[i]))) {
            d += strlen(pre[i]);
            prefixed = true;
        }
    if (!prefixed && !strchr(d, '-'))
        return s; /* a year alone dates no one: "Reuters, AP, 2021" */
    size_t digits = 0;
    while (isdigit((unsigned char)d[digits]))
        digits++;
    if (digits < 3 || digits > 4) {
        if (d[0] != '-' || !isdigit((unsigned char)d[1]))
            return s; /* "-1851" */
    }
    for (const char *p = d; *p; p++)
        if (!isdigit((unsigned char)*p) && !strchr("-?. BCADbc", *p))
            return s; /* a name list: "Roe, Jane, Doe, John" */
    const char *first = c1 + 1;
    while (*first == ' ')
        first++;
    return arena_printf(a, "%.*s %.*s", (int)(c2 - first), first, (int)(c1 - s), s);
}

/* Lowercase, spaces removed; '.' becomes ':' (dc.creator = dc:creator). */
static void
norm_key(const char *s, char *out, size_t cap)
{
    size_t k = 0;
    for (; *s && k + 1 < cap; s++) {
        if (isspace((unsigned char)*s))
            continue;
        out[k++] = *s == '.' ? ':' : (char)tolower((unsigned char)*s);
    }
    out[k] = '\0';
}

static bool
in_list(const char *s, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strcmp(s, list[i]) == 0)
            return true;
    return false;
}

/* property="og:title dc:title": the first token of a known kind. */
static bool
property_key(const char *prop, char *out, size_t cap)
{
    static const char *const pre[] = {"article", "dc", "dcterm", "og", "twitter", NULL};
    static const char *const post[] = {"author", "creator", "description", "published_time",
                                       "title", "site_name", "url", "modified_time", NULL};
    const char *p = prop;
    while (*p) {
        while (isspace((unsigned char)*p))
            p++;
        const char *s = p;
        while (*p && !isspace((unsigned char)*p))
            p++;
        char tok[128];
        size_t n = (size_t)(p - s) < sizeof(tok) - 1 ? (size_t)(p - s) : sizeof(tok) - 1;
        memcpy(tok, s, n);
        tok[n] = '\0';
        norm_key(tok, out, cap);
        /* property="author": a name, if not a namespaced one */
        if (strcmp(out, "author") == 0)
            return true;
        /* "og:article:author" holds "article:author": try every segment. */
        for (char *seg = out; seg;) {
            char *colon = strchr(seg, ':');
            if (!colon)
                break;
            *colon = '\0';
            bool ok = in_list(seg, pre) && in_list(colon + 1, post);
            *colon = ':';
            if (ok) {
                memmove(out, seg, strlen(seg) + 1);
                return true;
            }
            seg = colon + 1;
        }
    }
    return false;
}

static bool
name_key(const char *name, char *out, size_t cap)
{
    static const char *const post[] = {"author", "creator", "pub-date", "description", "title",
                                       "site_name", "date", NULL};
    static const char *const pre[] = {"dc", "dcterm", "og", "twitter", "parsely",
                                      "weibo:article", "weibo:webpage", NULL};
    norm_key(name, out, cap);
    if (in_list(out, post))
        return true;
    for (size_t i = 0; pre[i]; i++) {
        size_t n = strlen(pre[i]);
        if (strncmp(out, pre[i], n) == 0 && (out[n] == ':' || out[n] == '-') &&
            in_list(out + n + 1, post))
            return true;
    }
    return false;
}

/* A <meta name> a template gives the day its article was first
 * published, in words of its own ("article_date_original",
 * "publish-date", "pubdate", "DC.date.issued"). Taken word by word, less
 * a namespace in front (dc, dcterms, article, citation, prism), the name
 * is "date" and one word of publishing and nothing else, or one word that
 * is both: any other word says whose day it is or which
 * ("original-release-date" a film's, "book_publication_date" a book's,
 * "next_publication_date" an issue to come, "pub_date_edited" a later
 * one). The names Readability reads are keyed by name_key. */
static bool
pub_date_name(const char *name)
{
    static const char *const prefix[] = {"dc", "dcterms", "article", "citation", "prism", NULL};
    static const char *const pub[] = {"pub",    "publish",  "published", "publication",
                                      "issued", "original", "posted",    NULL};
    static const char *const whole[] = {"pubdate", "publishdate", "publicationdate", NULL};
    char w[4][24];
    size_t nw = 0, k = 0;
    bool lead = true; /* still in the namespace words */
    for (const char *p = name;; p++) {
        if (*p && isalpha((unsigned char)*p)) {
            if (k + 1 >= sizeof w[0] || nw >= 4)
                return false;
            w[nw][k++] = (char)tolower((unsigned char)*p);
            continue;
        }
        if (k) {
            w[nw][k] = '\0';
            k = 0;
            bool ns = false;
            for (size_t i = 0; lead && prefix[i]; i++)
                ns = ns || strcmp(w[nw], prefix[i]) == 0;
            lead = lead && ns;
            if (!ns)
                nw++;
        }
        if (!*p)
            break;
    }
    if (nw == 1) {
        for (size_t i = 0; whole[i]; i++)
            if (strcmp(w[0], whole[i]) == 0)
                return true;
        return false;
    }
    if (nw != 2 || (strcmp(w[0], "date") != 0 && strcmp(w[1], "date") != 0))
        return false;
    const char *other = strcmp(w[0], "date") == 0 ? w[1] : w[0];
    for (size_t i = 0; pub[i]; i++)
        if (strcmp(other, pub[i]) == 0)
            return true;
    return false;
}

static bool
is_url(const char *s)
{
    return strncasecmp(s, "http://", 7) == 0 || strncasecmp(s, "https://", 8) == 0;
}

/* Entity references still in a value once the parser decoded the
 * attribute: the page escaped its metadata twice ("r&amp;#233;cuse").
 * Readability unescapes these five names and numeric references in every
 * metadata value; so do we. */
static const char *
unescape_entities(arena *a, const char *s)
{
    if (!s || !strchr(s, '&'))
        return s;
    static const struct { const char *name; char ch; } named[] = {
        {"quot;", '"'}, {"amp;", '&'}, {"apos;", '\''}, {"lt;", '<'}, {"gt;", '>'}};
    size_t n = strlen(s);
    char *out = arena_alloc(a, n + 1), *o = out;
    for (const char *p = s; *p;) {
        if (*p != '&') {
            *o++ = *p++;
            continue;
        }
        bool done = false;
        for (size_t i = 0; i < sizeof(named) / sizeof(named[0]) && !done; i++) {
            size_t k = strlen(named[i].name);
            if (strncmp(p + 1, named[i].name, k) == 0) {
                *o++ = named[i].ch;
                p += 1 + k;
                done = true;
            }
        }
        if (!done && p[1] == '#') {
            bool hex = p[2] == 'x' || p[2] == 'X';
            const char *d = p + (hex ? 3 : 2), *e = d;
            uint32_t cp = 0;
            while (hex ? isxdigit((unsigned char)*e) : isdigit((unsigned char)*e)) {
                int v = isdigit((unsigned char)*e) ? *e - '0' : tolower((unsigned char)*e) - 'a' + 10;
                cp = cp > 0x10FFFF ? cp : cp * (hex ? 16 : 10) + (uint32_t)v;
                e++;
            }
            /* A reference is longer than the UTF-8 it stands for, so the
             * output never overtakes the input in the same-sized buffer. */
            if (e > d && *e == ';' && cp && cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF)) {
                o += utf8_encode(cp, o);
                p = e + 1;
                done = true;
            }
        }
        if (!done)
            *o++ = *p++;
    }
    *o = '\0';
    return out;
}

/* ---- title ---- */

static bool
is_sep(const char *p, size_t *len)
{
    /* " | ", " - ", " – ", " — ", " \ ", " / ", " > ", " » " */
    static const char *const seps[] = {"|", "-", "\xE2\x80\x93", "\xE2\x80\x94", "\\", "/", ">",
                                       "\xC2\xBB", NULL};
    if (*p != ' ')
        return false;
    for (size_t i = 0; seps[i]; i++) {
        size_t n = strlen(seps[i]);
        if (strncmp(p + 1, seps[i], n) == 0 && p[1 + n] == ' ') {
            *len = n + 2;
            return true;
        }
    }
    return false;
}

static char *
trim_dup(arena *a, const char *s, size_t n)
{
    return rd_html_squash(a, s, n);
}

static size_t
words(const char *s)
{
    return rd_html_word_count(s);
}

/* Count words after removing separators, as Readability does. */
static size_t
words_no_sep(arena *a, const char *s)
{
    char *t = arena_strdup(a, s);
    for (char *p = t; *p; p++)
        if (strchr("|-\\/>", *p))
            *p = ' ';
        else if ((unsigned char)p[0] == 0xC2 && (unsigned char)p[1] == 0xBB)
            p[0] = p[1] = ' '; /* » */
    char *sq = rd_html_squash(a, t, strlen(t));
    return words(sq);
}

static const char *
h1_text(arena *a, xmlNode *root, size_t *count_h1, const char *equal_to, bool *found_equal)
{
    const char *one = NULL;
    *count_h1 = 0;
    for (xmlNode *n = root; n; n = rd_html_next(n, root, true)) {
        bool h1 = rd_html_is(n, "h1"), h2 = rd_html_is(n, "h2");
        if (!h1 && !h2)
            continue;
        char *t = rd_html_text_dup(a, n);
        if (equal_to && strcmp(t, equal_to) == 0)
            *found_equal = true;
        /* an h1 of no words holds the site's logo picture, not a
           headline: the page's one headline is still its one h1 */
        if (h1 && rd_html_has_text(n)) {
            (*count_h1)++;
            one = t;
        }
    }
    return one;
}

/* Words of s, each CJK character counting as one (a Chinese headline has
 * few spaces). */
static size_t
headline_words(const char *s)
{
    size_t w = words(s);
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (p[0] >= 0xE3 && p[0] <= 0xE9 && p[1] >= 0x80) /* U+3000..U+9FFF */
            w++;
    return w;
}

/* The separator punctuation between a headline and the site's name:
 * the ASCII marks, "»", "·", "–" and "—", the single angle quotes "›"
 * and "‹" that blog themes and SEO plugins offer beside "»" ("Headline ›
 * Site"), and the full-width hyphen and bar Japanese titles set between
 * CJK words ("見出し － Site"). Compared
 * as whole characters: a CJK character's bytes may hold the last byte of
 * a dash or a dot ("气" ends in the byte that ends "—"), and cutting
 * there split the site's name into pieces. */
static const char *const title_seps[] = {":",
                                         "|",
                                         "-",
                                         "/",
                                         "\\",
                                         ">",
                                         "\xc2\xbb",
                                         "\xc2\xb7",
                                         "\xe2\x80\x93",
                                         "\xe2\x80\x94",
                                         "\xe2\x80\xba",
                                         "\xe2\x80\xb9",
                                         "\xef\xbc\x8d",
                                         "\xef\xbd\x9c",
                                         NULL};

size_t
rd_html_title_sep_at(const char *p)
{
    for (size_t i = 0; title_seps[i]; i++) {
        size_t n = strlen(title_seps[i]);
        if (strncmp(p, title_seps[i], n) == 0)
            return n;
    }
    return 0;
}

size_t
rd_html_title_sep_before(const char *s, size_t end)
{
    for (size_t i = 0; title_seps[i]; i++) {
        size_t n = strlen(title_seps[i]);
        if (end >= n && strncmp(s + end - n, title_seps[i], n) == 0)
            return n;
    }
    return 0;
}

/* Words of a site's name. CJK writes no spaces between words: a run of
 * up to eight CJK characters is one word (a name, a keyword: "|hydrogen
 * |nano|graphene_Site" stays four words), a longer run is a phrase of a
 * word for every two characters, so a headline in Japanese beside a
 * short site name ("Diary of X - <headline>") is never the name. */
static size_t
name_words(const char *s)
{
    size_t w = 0;
    while (*s) {
        while (*s == ' ')
            s++;
        if (!*s)
            break;
        size_t cjk = 0;
        for (; *s && *s != ' '; s++)
            cjk += (unsigned char)s[0] >= 0xE3 && (unsigned char)s[0] <= 0xE9;
        w += cjk > 8 ? cjk / 2 : 1;
    }
    return w;
}

/* The <title> is the page's one h1 with the site's name before or after
 * it, joined by separator punctuation Readability does not split on
 * ("ACCU :: Defining Concepts", "Site: Title"): the h1 is the title. The
 * rest must be a short name (four words at most). After one of
 * Readability's own separators ("Mozilla - Wikipedia") the h1 must be a
 * headline of three words or more: a shorter one may be the site's
 * subject as much as the article's. */
/* The part after the separator is a host name ("atg 1700 - Pastebin.com",
 * "... | elmundo.es"): one word of letters, digits and hyphens with a dot
 * and a top-level domain of two to six letters. Surely the site, so even
 * a short h1 beside it is the page's own title. */
static bool
host_name_after(const char *rest)
{
    while (*rest == ' ' || rd_html_title_sep_at(rest)) {
        size_t k = *rest == ' ' ? 1 : rd_html_title_sep_at(rest);
        rest += k;
    }
    size_t n = strlen(rest);
    while (n && rest[n - 1] == ' ')
        n--;
    const char *dot = NULL;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)rest[i];
        if (ch == '.')
            dot = rest + i;
        else if (!isalnum(ch) && ch != '-')
            return false;
    }
    if (!dot || dot == rest)
        return false;
    size_t tld = (size_t)(rest + n - dot - 1);
    for (size_t i = 1; i <= tld; i++)
        if (!isalpha((unsigned char)dot[i]))
            return false;
    return tld >= 2 && tld <= 6;
}

/* Inside an item nested in the page's own, a customer's review or a
 * reader's comment ("<div itemprop=review itemscope itemtype=
 * http://schema.org/Review>... <meta itemprop=datePublished>"), or the
 * thing a review is about (itemprop=itemReviewed, a book of 1998): its
 * date is not the page's. A page that is itself a review
 * (ReviewNewsArticle, a post typed Review) has its item at the top, with
 * no itemprop, or as the page's mainEntity, and keeps its date. */
static bool
in_review(const xmlNode *n)
{
    static const char *const kinds[] = {"Review", "Comment", "Answer", NULL};
    for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
        const char *it = rd_html_attr(p, "itemtype");
        const char *ip = rd_html_attr(p, "itemprop");
        if (!it || !ip || !ip[0] || strncmp(ip, "mainEntity", 10) == 0)
            continue;
        if (strstr(ip, "itemReviewed"))
            return true;
        for (size_t i = 0; kinds[i]; i++)
            if (strstr(it, kinds[i]))
                return true;
    }
    return false;
}

static const char *title_last_part(arena *a, const char *te);

static bool
title_is_h1_plus_site(arena *a, const char *title, const char *h1)
{
    size_t tl = strlen(title), hl = strlen(h1);
    if (!hl || hl >= tl)
        return false;
    const char *rest;
    size_t rl;
    if (strncmp(title, h1, hl) == 0) {
        rest = title + hl;
        rl = tl - hl;
    } else if (strcmp(title + tl - hl, h1) == 0) {
        rest = title;
        rl = tl - hl;
    } else {
        return false;
    }
    /* separators next to the h1, then the name */
    bool front = rest == title;
    size_t nsep = 0, colons = 0;
    if (front) {
        for (size_t e = rl, k; e > 0; e -= k) {
            k = rest[e - 1] == ' ' ? 1 : rd_html_title_sep_before(rest, e);
            if (!k)
                break;
            nsep += rest[e - 1] != ' ';
            colons += rest[e - 1] == ':';
        }
    } else {
        for (size_t i = 0, k; i < rl; i += k) {
            k = rest[i] == ' ' ? 1 : rd_html_title_sep_at(rest + i);
            if (!k)
                break;
            nsep += rest[i] != ' ';
            colons += rest[i] == ':';
        }
    }
    char *name = rd_html_squash(a, rest, rl);
    if (!nsep || (nsep == 1 && !colons && headline_words(h1) < 3 && !host_name_after(name)))
        return false;
    for (char *q = name; *q;) {
        size_t k = rd_html_title_sep_at(q);
        if (!k) {
            q++;
            continue;
        }
        memset(q, ' ', k);
        q += k;
    }
    size_t w = name_words(rd_html_squash(a, name, strlen(name)));
    return w >= 1 && w <= 4;
}

/* A one-word title ("Arbeit") is a section's label when the page's one
 * h1 is a headline holding that word ("Wir kämpfen für gute Arbeit"):
 * the headline is the title. */
static bool
holds_word(const char *s, const char *w)
{
    size_t n = strlen(w);
    for (const char *p = s; *p; p++) {
        if (strncasecmp(p, w, n) != 0)
            continue;
        bool start = p == s || (!isalnum((unsigned char)p[-1]) && (unsigned char)p[-1] < 0x80);
        bool end = !isalnum((unsigned char)p[n]) && (unsigned char)p[n] < 0x80;
        if (start && end)
            return true;
    }
    return false;
}

/* The part of "Label - Site" before its first spaced separator when it is
 * one word ("Arbeit - BÜNDNIS 90/DIE GRÜNEN": "Arbeit"), else NULL. */
static const char *
one_word_label(arena *a, const char *title)
{
    for (const char *p = title; *p; p++) {
        size_t k;
        if (*p != ' ' || (k = rd_html_title_sep_at(p + 1)) == 0 || p[1 + k] != ' ')
            continue;
        const char *lab = trim_dup(a, title, (size_t)(p - title));
        return words(lab) == 1 ? lab : NULL;
    }
    return NULL;
}

static const char *
label_to_h1(arena *a, xmlNode *root, const char *title)
{
    /* the label may stand before the site's name in the <title> too */
    const char *whole = title;
    if (title && words(title) != 1)
        title = one_word_label(a, title);
    if (!title || words(title) != 1)
        return whole;
    size_t count = 0;
    bool eq = false;
    const char *one = h1_text(a, root, &count, NULL, &eq);
    if (count != 1)
        return whole;
    one = trim_dup(a, one, strlen(one));
    size_t w = words(one);
    const char *t = trim_dup(a, title, strlen(title));
    return w >= 2 && w <= 15 && holds_word(one, t) ? one : whole;
}

/* "» Headline": a blog theme printed "Blog name » Headline" with an
 * empty name. A separator with nothing before it is left out. */
static const char *
drop_lead_sep(arena *a, const char *t)
{
    const char *p = t;
    while (*p == ' ' || *p == '\n' || *p == '\t' || *p == '\r')
        p++;
    static const char *const leads[] = {"\xC2\xBB ", "\xC2\xBB\n", "| ", "|\n", NULL};
    for (size_t i = 0; leads[i]; i++) {
        size_t n = strlen(leads[i]);
        if (strncmp(p, leads[i], n) == 0)
            return trim_dup(a, p + n, strlen(p + n));
    }
    return t;
}

/* "Headline|Site": a bar between two words without spaces still parts
 * the headline from the site's name (a headline has no bar of its own). */
static bool
bare_bar(const char *s, size_t i, size_t *len)
{
    if (s[i] != '|' || i == 0 || s[i - 1] == ' ' || !s[i + 1] || s[i + 1] == ' ' ||
        s[i + 1] == '|' || s[i - 1] == '|')
        return false;
    *len = 1;
    return true;
}

/* The site's own name in class and id ("site-title", a logo, the
 * masthead): the part of the <title> to leave out, never the headline. */
static const char *const site_marks[] = {"site", "blog-name", "blog-title", "brand",
                                         "logo", "masthead",  NULL};

/* A blog that sets its post's title in an element it names for it
 * ("<div class='se-title-text'><p>Headline") or in a lower heading
 * ("<h3 class='hl'>"), while the h1 is its logo: when the <title> is those
 * words and the site's name after a separator, they are the title; else
 * `orig`. */
static const char *
titled_element(arena *a, xmlNode *root, const char *title, const char *orig)
{
    static const char *const named[] = {"title", NULL};
    char lc[256];
    /* headings are read when no h1 has words (the h1 is a logo picture) */
    bool h1_words = false;
    for (xmlNode *n = root; n && !h1_words; n = rd_html_next(n, root, true))
        h1_words = rd_html_is(n, "h1") && rd_html_has_text(n);
    /* "Headline - Site" first, as most pages write it; then "Site: Headline" */
    const char *behind = NULL;
    for (xmlNode *n = root; n; n = rd_html_next(n, root, true)) {
        if (n->type != XML_ELEMENT_NODE || rd_html_is(n, "head"))
            continue;
        rd_html_class_id(n, lc, sizeof(lc));
        if (((h1_words || !rd_html_is_heading(n)) && !rd_html_match(lc, named)) ||
            rd_html_match(lc, site_marks) || rd_html_text_len_max(n, 300) >= 300)
            continue;
        char *t = rd_html_text_dup(a, n);
        t = trim_dup(a, t, strlen(t));
        bool front = strncmp(title, t, strlen(t)) == 0;
        if ((front || !behind) && title_is_h1_plus_site(a, title, t)) {
            if (front)
                return t;
            behind = t;
        }
    }
    return behind ? behind : orig;
}

/* Does the <title> part the headline h from the rest with its marks
 * spaced apart? "-", "/" and ":" set tight belong to the words ("Roe-Smith",
 * "summer/Town"), not between a headline and a site's name. */
static bool
spaced_marks(const char *title, const char *h)
{
    size_t tl = strlen(title), hl = strlen(h), from, to;
    if (hl >= tl)
        return false;
    if (strncmp(title, h, hl) == 0) {
        from = hl;
        for (to = from; to < tl && (title[to] == ' ' || strchr("-/:", title[to])); to++)
            ;
    } else if (strcmp(title + tl - hl, h) == 0) {
        to = tl - hl;
        for (from = to; from > 0 && (title[from - 1] == ' ' || strchr("-/:", title[from - 1]));
             from--)
            ;
    } else {
        return false;
    }
    for (size_t i = from; i < to; i++) {
        if (title[i] == ' ')
            continue;
        /* a run of marks ("--") stands between two spaces */
        size_t e = i;
        while (e < to && title[e] != ' ')
            e++;
        if (i == 0 || title[i - 1] != ' ' || e >= tl || title[e] != ' ')
            return false;
        i = e;
    }
    return true;
}

/* Does the text of some h2..h6 after the h1, or of an element named for
 * a title, say exactly `text`? */
static bool
heading_says(arena *a, xmlNode *root, xmlNode *h1, const char *text)
{
    static const char *const named[] = {"title", NULL};
    char lc[256];
    for (xmlNode *n = rd_html_next(h1, root, false); n; n = rd_html_next(n, root, true)) {
        if (n->type != XML_ELEMENT_NODE || rd_html_is(n, "h1"))
            continue;
        rd_html_class_id(n, lc, sizeof(lc));
        if ((!rd_html_is_heading(n) && !rd_html_match(lc, named)) ||
            rd_html_match(lc, site_marks) || rd_html_text_len_max(n, 300) >= 300)
            continue;
        char *t = rd_html_text_dup(a, n);
        t = trim_dup(a, t, strlen(t));
        if (strcmp(t, text) == 0)
            return true;
    }
    return false;
}

/* What the page's one h1 (with text h) is beside the <title>: older blog
 * themes set the blog's name in the h1 and the post's title in an h2. */
typedef enum {
    H1_HEADLINE, /* as most pages: the headline */
    H1_SITE,     /* the masthead (a home link, rel=home or to "/", or a
                    site-title, logo or brand class): the site's name */
    H1_UNSURE,   /* the rest of the <title> is a heading below it: either
                    may be the site's name ("Blog › Post", h1 Blog, h2
                    Post; or h1 Post and the site's name in the sidebar) */
} h1_role;

static h1_role
h1_role_of(rd_html_ctx *c, xmlNode *root, const char *title, const char *h)
{
    arena *a = c->scratch;
    xmlNode *h1 = NULL;
    for (xmlNode *n = root; n && !h1; n = rd_html_next(n, root, true))
        if (rd_html_is(n, "h1") && rd_html_has_text(n))
            h1 = n;
    if (!h1)
        return H1_HEADLINE;
    char lc[256];
    for (xmlNode *n = h1; n; n = rd_html_next(n, h1, true)) {
        rd_html_class_id(n, lc, sizeof(lc));
        if (rd_html_match(lc, site_marks))
            return H1_SITE;
        if (!rd_html_is(n, "a"))
            continue;
        if (rd_html_rel_home(rd_html_attr(n, "rel")) ||
            rd_html_home_href(rd_html_attr(n, "href"), c->base))
            return H1_SITE;
    }
    /* the rest of the title, its marks and spaces left out */
    size_t tl = strlen(title), hl = strlen(h);
    const char *rest = NULL;
    if (hl < tl && strncmp(title, h, hl) == 0) {
        const char *p = title + hl;
        for (size_t k; *p == ' ' || (k = rd_html_title_sep_at(p)) != 0;)
            p += *p == ' ' ? 1 : k;
        rest = p;
    } else if (hl < tl && strcmp(title + tl - hl, h) == 0) {
        size_t e = tl - hl;
        for (size_t k; e && (title[e - 1] == ' ' || (k = rd_html_title_sep_before(title, e)) != 0);)
            e -= title[e - 1] == ' ' ? 1 : k;
        rest = arena_strndup(a, title, e);
    }
    return rest && rest[0] && heading_says(a, root, h1, rest) ? H1_UNSURE : H1_HEADLINE;
}

/* Is the page's one h1 (with text h) its banner rather than the
 * headline: the site's name by its marks (h1_role_of, given the whole
 * <title>), or set in a <header>, a role=banner element or one named
 * header, masthead or banner, that no article or main element holds
 * (the page's masthead)? */
static bool
h1_is_banner(rd_html_ctx *c, xmlNode *root, const char *title, const char *h)
{
    if (h1_role_of(c, root, title, h) != H1_HEADLINE)
        return true;
    xmlNode *h1 = NULL;
    for (xmlNode *n = root; n && !h1; n = rd_html_next(n, root, true))
        if (rd_html_is(n, "h1") && rd_html_has_text(n))
            h1 = n;
    bool banner = false;
    for (xmlNode *p = h1 ? h1->parent : NULL; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
        if (rd_html_is(p, "article") || rd_html_is(p, "main"))
            return false;
        const char *role = rd_html_attr(p, "role");
        static const char *const marks[] = {"=header", "site-header", "masthead", "banner", NULL};
        char lc[256];
        rd_html_class_id(p, lc, sizeof lc);
        if (rd_html_is(p, "header") || (role && strcasecmp(role, "banner") == 0) ||
            rd_html_match(lc, marks))
            banner = true;
    }
    return banner;
}

/* Is `text` the whole text, in any case, of a heading of the page
 * below h1 (h2 to h6), a paragraph or a division: the page shows the
 * declared title as its own line (an episode's title under the show's
 * name in the h1)? */
static bool
page_line_is(arena *a, xmlNode *root, const char *text)
{
    for (xmlNode *n = root; n; n = rd_html_next(n, root, true)) {
        if (n->type != XML_ELEMENT_NODE || rd_html_is(n, "h1") ||
            !(rd_html_is_heading(n) || rd_html_is(n, "p") || rd_html_is(n, "div")) ||
            rd_html_text_len_max(n, 300) >= 300)
            continue;
        char *t = rd_html_text_dup(a, n);
        t = rd_html_squash(a, t, strlen(t));
        if (strcasecmp(trim_dup(a, t, strlen(t)), text) == 0)
            return true;
    }
    return false;
}

/* Readability's getArticleTitle: <title> without the site name. */
static const char *
page_title(rd_html_ctx *c, xmlNode *root, const char *orig)
{
    arena *a = c->scratch;
    if (!orig)
        orig = "";
    orig = drop_lead_sep(a, orig);
    const char *cur = orig;
    bool hier = false;
    size_t olen = strlen(orig);
    size_t last_sep = 0, last_len = 0, first_sep = 0, first_len = 0;
    bool any = false;
    for (size_t i = 0; i < olen; i++) {
        size_t sl;
        if (is_sep(orig + i, &sl) || bare_bar(orig, i, &sl)) {
            if (!any) {
                first_sep = i;
                first_len = sl;
            }
            any = true;
            last_sep = i;
            last_len = sl;
        }
    }
    size_t count_h1 = 0;
    bool equal = false;
    if (any) {
        /* Readability's rule: a short part (4 words or fewer) replaces the
         * whole title only after a path separator (\ / > », "Site > Page")
         * that cut a single word; after | or a dash the short part may be
         * the site's name ("Mozilla - Wikipedia"), so the whole title stays. */
        for (size_t i = 0; i + 2 < olen && !hier; i++) {
            size_t sl;
            hier = is_sep(orig + i, &sl) && strchr("\\/>\xC2", orig[i + 1]) != NULL;
        }
        cur = trim_dup(a, orig, last_sep);
        if (words(cur) < 3) {
            const char *after = orig + first_sep + first_len;
            cur = trim_dup(a, after, strlen(after));
        }
        (void)last_len;
    } else if (strstr(orig, ": ")) {
        const char *one = h1_text(a, root, &count_h1, orig, &equal);
        /* "Helter Shelter: Fallout Shelters Are Gone: Gothamist": the
         * headline holds a colon of its own, so cutting at a colon loses
         * its first part; the page's one h1 shows where the site's name
         * starts. */
        if (!equal && count_h1 == 1) {
            const char *h = trim_dup(a, one, strlen(one));
            if (strchr(h, ':') && title_is_h1_plus_site(a, trim_dup(a, orig, olen), h)) {
                equal = true;
                cur = h;
            }
        }
        if (!equal) {
            const char *lc = strrchr(orig, ':');
            cur = trim_dup(a, lc + 1, strlen(lc + 1));
            if (words(cur) < 3) {
                const char *fc = strchr(orig, ':');
                cur = trim_dup(a, fc + 1, strlen(fc + 1));
            } else {
                const char *fc = strchr(orig, ':');
                char *before = trim_dup(a, orig, (size_t)(fc - orig));
                if (words(before) > 5)
                    cur = orig;
            }
        }
    } else if (olen > 150 || olen < 15) {
        const char *one = h1_text(a, root, &count_h1, NULL, &equal);
        if (count_h1 == 1)
            cur = one;
    }
    cur = trim_dup(a, cur, strlen(cur));
    size_t wc = words(cur);
    if (wc <= 4 && (!hier || wc != words_no_sep(a, orig) - 1))
        cur = orig;
    /* Still the whole <title> (no separator Readability cuts at, a copy
     * trimmed of its spaces): the site's name may follow another mark
     * ("Headline › Site", "Headline · Site"), spaced apart from it. */
    bool copy = cur != orig && strcmp(cur, trim_dup(a, orig, olen)) == 0;
    if (copy)
        cur = orig;
    if (cur == orig) {
        const char *one = h1_text(a, root, &count_h1, NULL, &equal);
        const char *sq = trim_dup(a, orig, olen);
        const char *h = count_h1 == 1 ? trim_dup(a, one, strlen(one)) : NULL;
        /* an h1 that is the blog's name over its post's h2 is no headline:
           the h2 is read as on a page without an h1; when either may be
           the name, the <title> stays whole */
        h1_role role = h ? h1_role_of(c, root, sq, h) : H1_HEADLINE;
        if (count_h1 == 1 && role == H1_HEADLINE && (!copy || spaced_marks(sq, h)) &&
            title_is_h1_plus_site(a, sq, h))
            cur = h;
        /* A page without an h1 sets its headline in an h2 (blog themes). */
        bool h2s = !count_h1 || role == H1_SITE;
        for (xmlNode *n = root; h2s && cur == orig && n; n = rd_html_next(n, root, true)) {
            if (!rd_html_is(n, "h2"))
                continue;
            char *t = rd_html_text_dup(a, n);
            t = trim_dup(a, t, strlen(t));
            if ((!copy || spaced_marks(sq, t)) && title_is_h1_plus_site(a, sq, t))
                cur = t;
        }
    }
    /* Still the whole <title>: a post title set apart from the headings. */
    const char *whole = trim_dup(a, orig, olen);
    if (cur == orig || strcmp(cur, whole) == 0)
        cur = titled_element(a, root, whole, cur);
    /* "Headline | Section | Site" cut to "Headline | Section": the site's
     * name went, its section's stayed. When the page's one h1 is the
     * part before the separator, a headline of three words or more, the
     * rest is the section's name. */
    if (cur != orig && any) {
        const char *one = h1_text(a, root, &count_h1, NULL, &equal);
        const char *h = count_h1 == 1 ? trim_dup(a, one, strlen(one)) : NULL;
        size_t hl = h ? strlen(h) : 0, sl = 0;
        if (h && headline_words(h) >= 3 && strncmp(cur, h, hl) == 0 && is_sep(cur + hl, &sl) &&
            title_is_h1_plus_site(a, cur, h))
            return h;
    }
    /* "News - The old bridge closes - Courier" cut to "News - The old
     * bridge closes": a section's label of one or two words still leads
     * it. When a headline of the page (h1 or h2) is the rest exactly, it
     * is the title. */
    size_t cl = strlen(cur);
    for (size_t i = 0; i < cl; i++) {
        size_t sl = 0;
        if (cur[i] == ':' && cur[i + 1] == ' ')
            sl = 2;
        else if (!is_sep(cur + i, &sl))
            continue;
        const char *rest = cur + i + sl;
        if (words(trim_dup(a, cur, i)) > 2 || words(rest) < 3)
            break;
        for (xmlNode *n = root; n; n = rd_html_next(n, root, true)) {
            if (!rd_html_is(n, "h1") && !rd_html_is(n, "h2"))
                continue;
            char *t = rd_html_text_dup(a, n);
            t = trim_dup(a, t, strlen(t));
            if (strcmp(t, rest) == 0)
                return t;
        }
        break;
    }
    return cur;
}

/* A <title> written for search engines words the headline otherwise
 * ("Amazon Alexa: 6 Gadgets Powered by the Digital Assistant" over the
 * h1 "Here Are 6 Gadgets Powered by Amazon's Alexa Assistant"), and
 * cutting it at its colon or bar made a title no heading of the page
 * holds. The page's one h1 is the title when most of its words are in
 * that cut title. */
#define SEO_H1_SIMILAR 0.5
#define SEO_H1_MIN_WORDS 4

static const char *
seo_title_to_h1(arena *a, xmlNode *root, const char *title_el, const char *cut)
{
    if (!title_el || !cut || !cut[0])
        return cut;
    const char *whole = drop_lead_sep(a, trim_dup(a, title_el, strlen(title_el)));
    if (strlen(cut) >= strlen(whole))
        return cut;
    size_t nh1 = 0;
    bool eq = false;
    const char *one = h1_text(a, root, &nh1, cut, &eq);
    if (eq || nh1 != 1)
        return cut;
    const char *h1 = trim_dup(a, one, strlen(one));
    if (headline_words(h1) < SEO_H1_MIN_WORDS || strstr(whole, h1))
        return cut;
    /* most of the h1's words in the title made from the <title>, not
     * just in the site's name that was cut off */
    return rd_html_similarity(cut, h1) >= SEO_H1_SIMILAR ? h1 : cut;
}

/* A declared title shorter than the headline by this many of its words,
 * for a headline of this many words at least (see h1_named_by_title). */
#define SHARE_TITLE_DROPPED 2
#define SHARE_TITLE_H1_MIN_WORDS 5
/* ... and most of its own words in the headline. */
#define SHARE_TITLE_SIMILAR 0.6
/* A declared title like the headline in fewer of its words than this
 * is worded apart from it (see the twitter:title rule). */
#define SHARE_TITLE_APART 0.5
/* ... and a <title> like it in this many is the same headline. */
#define SHARE_TITLE_SAME 0.8
/* ... unless the headline is the declared title after a label of so
 * many words at most. */
#define SHARE_TITLE_LABEL_WORDS 4

/* An h1 the page sets outside its article: in a menu, a sidebar or the
 * footer, in the page's banner (a <header> outside <article> and <main>;
 * the article's own <header> holds its headline), or marked as the
 * site's title or logo. A blog's <title> and banner h1 may both be the
 * blog's name, and a sidebar's teaser may share the <title>'s words. */
static bool
h1_in_chrome(const xmlNode *n)
{
    char lc[256];
    rd_html_class_id(n, lc, sizeof(lc));
    if (rd_html_match(lc, site_marks))
        return true;
    bool header = false, article = false;
    for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
        if (rd_html_is(p, "nav") || rd_html_is(p, "aside") || rd_html_is(p, "footer"))
            return true;
        header = header || rd_html_is(p, "header");
        article = article || rd_html_is(p, "article") || rd_html_is(p, "main");
    }
    return header && !article;
}

/* The h1 the <title> names: its text alone, or with the site's name
 * beside it. Pages set more h1s than their headline (menu labels, the
 * headlines of a sidebar), so the h1 is found by the <title>. */
static const char *
h1_named_by_title(arena *a, xmlNode *root, const char *title_el)
{
    const char *te = rd_html_squash(a, title_el, strlen(title_el));
    te = trim_dup(a, te, strlen(te));
    for (xmlNode *n = root; n; n = rd_html_next(n, root, true)) {
        if (!rd_html_is(n, "h1") || !rd_html_has_text(n) || h1_in_chrome(n))
            continue;
        char *t = rd_html_text_dup(a, n);
        t = rd_html_squash(a, t, strlen(t));
        t = trim_dup(a, t, strlen(t));
        if (t[0] && (strcmp(te, t) == 0 || title_is_h1_plus_site(a, te, t)))
            return t;
    }
    return NULL;
}

/* The h1 a blog engine's feed of the post's comments names: WordPress
 * links every post to that feed, titled with the post's title as the
 * engine keeps it between the site's name and "Comments Feed"
 * ("<link rel=alternate type=application/rss+xml title='Site &raquo;
 * Post's Title Comments Feed'>"; English only, WordPress translates the
 * words). The site's name may hold a " &raquo; " of its own, so the title
 * is what follows any of them. When the page's own h1 outside its chrome
 * is that title, the h1 is the headline the post was written under,
 * whatever shorter form the page declares for search and sharing. */
static const char *
h1_named_by_feed(arena *a, xmlNode *root)
{
    static const char tail[] = " Comments Feed", sep[] = " \xc2\xbb ";
    for (xmlNode *n = root; n; n = rd_html_next(n, root, true)) {
        if (!rd_html_is(n, "link"))
            continue;
        const char *type = rd_html_attr(n, "type"), *rel = rd_html_attr(n, "rel");
        const char *ti = rd_html_attr(n, "title");
        if (!type || !rel || !ti || strcasecmp(type, "application/rss+xml") != 0 ||
            strcasecmp(rel, "alternate") != 0)
            continue;
        ti = rd_html_squash(a, ti, strlen(ti));
        ti = trim_dup(a, ti, strlen(ti));
        size_t tl = strlen(ti), kl = sizeof tail - 1;
        if (tl <= kl || strcmp(ti + tl - kl, tail) != 0)
            continue;
        /* the feed's title less " Comments Feed" (the site's feed of all
           comments, "Site &raquo; Comments Feed", leaves no title after a
           " &raquo; ") */
        const char *feed = arena_strndup(a, ti, tl - kl);
        for (xmlNode *h = root; h; h = rd_html_next(h, root, true)) {
            if (!rd_html_is(h, "h1") || !rd_html_has_text(h) || h1_in_chrome(h))
                continue;
            char *t = rd_html_text_dup(a, h);
            t = rd_html_squash(a, t, strlen(t));
            t = trim_dup(a, t, strlen(t));
            for (const char *at = strstr(feed, sep); t[0] && at; at = strstr(at + 1, sep))
                if (strcmp(at + strlen(sep), t) == 0)
                    return t;
        }
    }
    return NULL;
}

/* A declared title less the site's part after its last spaced separator
 * ("Bridge Closing Day | Small Town Bakery": "Bridge Closing Day"); the
 * whole title without one. */
static const char *
title_less_site(arena *a, const char *t)
{
    const char *cut = NULL;
    for (const char *p = t; *p; p++) {
        size_t k;
        if (*p == ' ' && (k = rd_html_title_sep_at(p + 1)) != 0 && p[1 + k] == ' ')
            cut = p;
    }
    return cut && cut > t ? trim_dup(a, t, (size_t)(cut - t)) : t;
}

/* Is the declared title d the end of the headline h after a short
 * label or kicker ("Opinion | Jane Roe:", "Breaking news", "BRISTOL,
 * England -", "Watch Live Video:")? The form for sharing left the label
 * out on purpose, and d is the cleaner headline. A label is a few words,
 * or ends in a colon, a bar or a dash. */
static bool
headline_after_label(arena *a, const char *h, const char *d)
{
    size_t hl = strlen(h), dl = strlen(d);
    if (!dl || dl + 2 > hl || h[hl - dl - 1] != ' ' || strcasecmp(h + hl - dl, d) != 0)
        return false;
    const char *label = trim_dup(a, h, hl - dl - 1);
    size_t ll = strlen(label);
    if (!ll)
        return false;
    if (words(label) <= SHARE_TITLE_LABEL_WORDS || strchr(":|-", label[ll - 1]))
        return true;
    /* "–", "—" */
    return ll >= 3 && (unsigned char)label[ll - 3] == 0xE2 &&
           (unsigned char)label[ll - 2] == 0x80 &&
           ((unsigned char)label[ll - 1] == 0x93 || (unsigned char)label[ll - 1] == 0x94);
}

/* Letters in lower case, ASCII ones: a headline set in capitals has none. */
static bool
has_lower(const char *s)
{
    for (; *s; s++)
        if (islower((unsigned char)*s))
            return true;
    return false;
}

/* ---- JSON-LD ---- */

/* The kinds of schema.org item that are the page's own writing: an
 * article, a post, a report. */
static bool
article_type(const char *t)
{
    static const char *const kinds[] = {"Article", "Posting", "Report", "APIReference", NULL};
    if (!t)
        return false;
    for (size_t i = 0; kinds[i]; i++)
        if (strstr(t, kinds[i]))
            return true;
    return false;
}

/* An episode of a podcast or a radio show, whose page is its notes and
 * whose authors are its hosts: the page's item only when no article is
 * (ld_find_episode). A TVEpisode's "author" is the show's screenwriter,
 * no writer of the page. */
static bool
episode_type(const char *t)
{
    return t && (strstr(t, "PodcastEpisode") || strstr(t, "RadioEpisode"));
}

static const char *
type_of(const jsonld_value *v)
{
    const jsonld_value *t = jsonld_get(v, "@type");
    if (!t)
        return NULL;
    if (t->type == JSONLD_STRING)
        return t->str;
    if (t->type == JSONLD_ARRAY)
        for (const jsonld_value *e = t->first; e; e = e->next)
            if (e->type == JSONLD_STRING && (article_type(e->str) || episode_type(e->str)))
                return e->str;
    return NULL;
}

/* Is one of v's @type words the kind named ("Series", "WebPage")? */
static bool
has_type(const jsonld_value *v, const char *kind)
{
    const jsonld_value *t = v && v->type == JSONLD_OBJECT ? jsonld_get(v, "@type") : NULL;
    if (t && t->type == JSONLD_STRING)
        return strstr(t->str, kind) != NULL;
    if (t && t->type == JSONLD_ARRAY)
        for (const jsonld_value *e = t->first; e; e = e->next)
            if (e->type == JSONLD_STRING && strstr(e->str, kind))
                return true;
    return false;
}

static bool
schema_context(const jsonld_value *v)
{
    const jsonld_value *cx = jsonld_get(v, "@context");
    const char *s = NULL;
    if (cx && cx->type == JSONLD_STRING)
        s = cx->str;
    else if (cx && cx->type == JSONLD_OBJECT)
        s = jsonld_str(cx, "@vocab");
    return s && strstr(s, "schema.org");
}

typedef struct ldmeta {
    const char *title, *headline, *name, *desc, *site, *date;
    const char *creator, *created; /* schema.org creator, dateCreated */
    const char *authors[16];
    bool author_org[16]; /* authors[i] was given as an Organization */
    size_t n_authors;
    const jsonld_value *graph; /* the @graph the article came from, or NULL */
} ldmeta;

/* {"@id": "#/person/1"}: a reference to a node of the @graph (as WordPress
 * SEO plugins write authors and publishers); that node, or v itself. */
static const jsonld_value *
ld_resolve(const ldmeta *m, const jsonld_value *v)
{
    const char *id = v && v->type == JSONLD_OBJECT ? jsonld_str(v, "@id") : NULL;
    if (!id || !m->graph || jsonld_str(v, "name"))
        return v;
    for (const jsonld_value *e = m->graph->first; e; e = e->next) {
        const char *eid = e->type == JSONLD_OBJECT ? jsonld_str(e, "@id") : NULL;
        if (e != v && eid && strcmp(eid, id) == 0)
            return e;
    }
    return v;
}

static void
ld_author(ldmeta *m, const jsonld_value *au)
{
    au = ld_resolve(m, au);
    if (!au)
        return;
    if (au->type == JSONLD_STRING && m->n_authors < 16 && au->str[0]) {
        m->authors[m->n_authors++] = au->str;
    } else if (au->type == JSONLD_OBJECT) {
        const char *n = jsonld_str(au, "name");
        const char *t = jsonld_str(au, "@type");
        if (n && n[0] && m->n_authors < 16) {
            m->author_org[m->n_authors] = t && strcmp(t, "Organization") == 0;
            m->authors[m->n_authors++] = n;
        }
    } else if (au->type == JSONLD_ARRAY) {
        for (const jsonld_value *e = au->first; e; e = e->next)
            if (e->type == JSONLD_OBJECT || e->type == JSONLD_STRING)
                ld_author(m, e);
    }
}

static void
ld_take(ldmeta *m, const jsonld_value *o)
{
    m->name = jsonld_str(o, "name");
    m->headline = jsonld_str(o, "headline");
    ld_author(m, jsonld_get(o, "author"));
    m->desc = jsonld_str(o, "description");
    const jsonld_value *pub = ld_resolve(m, jsonld_get(o, "publisher"));
    if (pub)
        m->site = jsonld_str(pub, "name");
    /* An Organization "author" that is the publisher itself
     * ({"@type": "Organization", "name": "example.com"} on agency copy) names
     * no writer: the byline or the other sources may. */
    size_t kept = 0;
    for (size_t i = 0; i < m->n_authors; i++)
        if (!(m->author_org[i] && m->site && strcasecmp(m->authors[i], m->site) == 0)) {
            m->author_org[kept] = m->author_org[i];
            m->authors[kept++] = m->authors[i];
        }
    m->n_authors = kept;
    m->date = jsonld_str(o, "datePublished");
    /* schema.org's wider words, which some pages write instead of author
     * and datePublished: the last resort (rd_html_meta_finish) */
    const jsonld_value *cr = ld_resolve(m, jsonld_get(o, "creator"));
    if (cr && cr->type == JSONLD_STRING)
        m->creator = cr->str;
    else if (cr && cr->type == JSONLD_OBJECT)
        m->creator = jsonld_str(cr, "name");
    m->created = jsonld_str(o, "dateCreated");
}

static bool
ld_find(ldmeta *m, const jsonld_value *v)
{
    if (!v)
        return false;
    if (v->type == JSONLD_ARRAY) {
        for (const jsonld_value *e = v->first; e; e = e->next)
            if (e->type == JSONLD_OBJECT && article_type(type_of(e))) {
                v = e;
                break;
            }
        if (v->type == JSONLD_ARRAY)
            return false;
    }
    if (v->type != JSONLD_OBJECT || !schema_context(v))
        return false;
    if (!type_of(v)) {
        const jsonld_value *g = jsonld_get(v, "@graph");
        if (!g || g->type != JSONLD_ARRAY)
            return false;
        const jsonld_value *found = NULL;
        for (const jsonld_value *e = g->first; e; e = e->next)
            if (e->type == JSONLD_OBJECT && article_type(type_of(e))) {
                found = e;
                break;
            }
        if (!found)
            return false;
        v = found;
        m->graph = g;
    }
    if (!article_type(type_of(v)))
        return false;
    ld_take(m, v);
    return true;
}

/* Does the script describe a WebPage (alone, in an array or a graph)?
 * Beside an episode in another script (a player's), the page is not
 * the episode's own. */
static bool
ld_has_webpage(const jsonld_value *v)
{
    if (!v)
        return false;
    if (v->type == JSONLD_OBJECT && has_type(v, "WebPage"))
        return true;
    const jsonld_value *list = v->type == JSONLD_ARRAY    ? v
                               : v->type == JSONLD_OBJECT ? jsonld_get(v, "@graph")
                                                          : NULL;
    for (const jsonld_value *e = list && list->type == JSONLD_ARRAY ? list->first : NULL; e;
         e = e->next)
        if (e->type == JSONLD_OBJECT && has_type(e, "WebPage"))
            return true;
    return false;
}

/* The episode a script describes as the page's item: the only episode
 * in it with no series beside it (a show's archive lists its series and
 * many episodes), or the one the WebPage names its mainEntity (*named).
 * *count is raised by the episodes seen, or by one for the one named,
 * so that a page with two scripts of episodes takes neither. */
static bool
ld_find_episode(ldmeta *m, const jsonld_value *v, size_t *count, bool *named)
{
    if (!v)
        return false;
    const jsonld_value *list = NULL, *one = NULL;
    if (v->type == JSONLD_ARRAY)
        list = v;
    else if (v->type == JSONLD_OBJECT && schema_context(v) && !type_of(v) && !has_type(v, "Series"))
        list = jsonld_get(v, "@graph");
    else if (v->type == JSONLD_OBJECT && schema_context(v) && episode_type(type_of(v)))
        one = v;
    if (list && list->type != JSONLD_ARRAY)
        return false;
    size_t eps = 0;
    bool series = false;
    const char *main_id = NULL;
    for (const jsonld_value *e = list ? list->first : NULL; e; e = e->next) {
        if (e->type != JSONLD_OBJECT)
            continue;
        if (list == v && !schema_context(e))
            continue;
        series |= has_type(e, "Series");
        if (episode_type(type_of(e)) && !eps++)
            one = e;
        const jsonld_value *me = has_type(e, "WebPage") ? jsonld_get(e, "mainEntity") : NULL;
        if (me && me->type == JSONLD_OBJECT && jsonld_str(me, "@id"))
            main_id = jsonld_str(me, "@id");
    }
    if (list && main_id) {
        one = NULL;
        for (const jsonld_value *e = list->first; e; e = e->next) {
            const char *id = e->type == JSONLD_OBJECT ? jsonld_str(e, "@id") : NULL;
            if (id && strcmp(id, main_id) == 0 && episode_type(type_of(e)))
                one = e;
        }
    } else if (list && (eps != 1 || series)) {
        one = NULL;
    }
    *named = list && main_id && one;
    *count += *named ? 1 : list ? eps : one != NULL;
    if (!one || *count > 1)
        return false;
    if (list && list != v)
        m->graph = list;
    ld_take(m, one);
    return true;
}

/* ---- dates ---- */

static int
month_of(const char *s)
{
    /* The word must be the English name or a start of it ("Mar",
     * "March", "Sept"): "Mardi" (Tuesday in French) or "martes" is no
     * March. Other languages' names are month_foreign's. */
    static const char *const names[] = {"january",   "february", "march",    "april",
                                        "may",       "june",     "july",     "august",
                                        "september", "october",  "november", "december"};
    size_t w = 0;
    while (isalpha((unsigned char)s[w]))
        w++;
    for (int i = 0; i < 12; i++)
        if (w >= 3 && w <= strlen(names[i]) && strncasecmp(s, names[i], w) == 0)
            return i + 1;
    return 0;
}

/* A month named in German, French, Spanish, Italian or Portuguese whose
 * first three letters are not the English name's ("März", "décembre",
 * "octubre", "maggio"): its number, and its length in bytes in *len. The
 * whole word must match, so "mais" or "Maine" are no month. */
static int
month_foreign(const char *s, size_t *len)
{
    static const struct {
        const char *name;
        int mo;
    } names[] = {
        {"m\xc3\xa4rz", 3},      {"mai", 5},          {"oktober", 10},      {"dezember", 12},
        {"f\xc3\xa9vrier", 2},   {"fevrier", 2},      {"mars", 3},          {"avril", 4},
        {"ao\xc3\xbbt", 8},      {"aout", 8},         {"d\xc3\xa9" "cembre", 12},
        {"decembre", 12},          {"enero", 1},        {"abril", 4},         {"agosto", 8},
        {"diciembre", 12},         {"gennaio", 1},      {"maggio", 5},        {"giugno", 6},
        {"luglio", 7},             {"settembre", 9},    {"ottobre", 10},      {"dicembre", 12},
        {"fevereiro", 2},          {"mar\xc3\xa7o", 3}, {"maio", 5},         {"junho", 6},
        {"julho", 7},              {"setembro", 9},     {"outubro", 10},      {"dezembro", 12},
        /* names that begin as the English one does but go on otherwise */
        {"janvier", 1},            {"juin", 6},         {"juillet", 7},       {"septembre", 9},
        {"octobre", 10},           {"novembre", 11},    {"juni", 6},          {"juli", 7},
        {"febrero", 2},            {"marzo", 3},        {"mayo", 5},          {"junio", 6},
        {"julio", 7},              {"septiembre", 9},   {"octubre", 10},      {"noviembre", 11},
        {"febbraio", 2},           {"aprile", 4},       {"janeiro", 1},       {"novembro", 11},
        {"januari", 1},            {"februari", 2},     {"maart", 3},         {"augustus", 8},
    };
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        size_t n = strlen(names[i].name);
        if (strncasecmp(s, names[i].name, n) != 0)
            continue;
        unsigned char after = (unsigned char)s[n];
        if (isalpha(after) || after >= 0x80)
            continue;
        /* strncasecmp folds ASCII only: "MÄRZ" is not matched, "März" is */
        *len = n;
        return names[i].mo;
    }
    return 0;
}

/* The number at p (at most `max` digits, none before it) and what follows
 * it past spaces, or NULL. */
static const char *
cjk_num(const char *s, const char *p, size_t max, long *v)
{
    if (!isdigit((unsigned char)*p) || (p > s && isdigit((unsigned char)p[-1])))
        return NULL;
    char *e;
    *v = strtol(p, &e, 10);
    if ((size_t)(e - p) > max)
        return NULL;
    while (*e == ' ')
        e++;
    return e;
}

/* p past the unit u (UTF-8) and the spaces after it, or NULL. */
static const char *
cjk_unit(const char *p, const char *u)
{
    size_t n = strlen(u);
    if (!p || strncmp(p, u, n) != 0)
        return NULL;
    p += n;
    while (*p == ' ')
        p++;
    return p;
}

static const char *
cjk_date(arena *a, const char *s)
{
    static const char *const units[][3] = {
        {"\xe5\xb9\xb4", "\xe6\x9c\x88", "\xe6\x97\xa5"}, /* 年 月 日 */
        {"\xeb\x85\x84", "\xec\x9b\x94", "\xec\x9d\xbc"}, /* 년 월 일 */
    };
    for (const char *p = s; *p; p++) {
        long y, mo, d;
        const char *q = cjk_num(s, p, 4, &y);
        if (!q || y < 1000)
            continue;
        for (size_t k = 0; k < 2; k++) {
            const char *r = cjk_unit(q, units[k][0]);
            r = r ? cjk_num(s, r, 2, &mo) : NULL;
            r = cjk_unit(r, units[k][1]);
            r = r ? cjk_num(s, r, 2, &d) : NULL;
            if (cjk_unit(r, units[k][2]) && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
                return arena_printf(a, "%04ld-%02ld-%02ld", y, mo, d);
        }
    }
    return NULL;
}

/* An Arabic month's name at p (the Egyptian names from the Latin months,
 * or the Levantine ones): its number, its length in bytes in *len. */
static int
month_arabic(const char *p, size_t *len)
{
    static const struct {
        const char *name;
        int mo;
    } names[] = {
        {"\xd9\x8a\xd9\x86\xd8\xa7\xd9\x8a\xd8\xb1", 1},          /* يناير */
        {"\xd9\x81\xd8\xa8\xd8\xb1\xd8\xa7\xd9\x8a\xd8\xb1", 2},  /* فبراير */
        {"\xd9\x85\xd8\xa7\xd8\xb1\xd8\xb3", 3},                  /* مارس */
        {"\xd8\xa3\xd8\xa8\xd8\xb1\xd9\x8a\xd9\x84", 4},          /* أبريل */
        {"\xd8\xa7\xd8\xa8\xd8\xb1\xd9\x8a\xd9\x84", 4},          /* ابريل */
        {"\xd9\x85\xd8\xa7\xd9\x8a\xd9\x88", 5},                  /* مايو */
        {"\xd9\x8a\xd9\x88\xd9\x86\xd9\x8a\xd9\x88", 6},          /* يونيو */
        {"\xd9\x8a\xd9\x88\xd9\x84\xd9\x8a\xd9\x88", 7},          /* يوليو */
        {"\xd8\xa3\xd8\xba\xd8\xb3\xd8\xb7\xd8\xb3", 8},          /* أغسطس */
        {"\xd8\xa7\xd8\xba\xd8\xb3\xd8\xb7\xd8\xb3", 8},          /* اغسطس */
        {"\xd8\xb3\xd8\xa8\xd8\xaa\xd9\x85\xd8\xa8\xd8\xb1", 9},  /* سبتمبر */
        {"\xd8\xa3\xd9\x83\xd8\xaa\xd9\x88\xd8\xa8\xd8\xb1", 10}, /* أكتوبر */
        {"\xd8\xa7\xd9\x83\xd8\xaa\xd9\x88\xd8\xa8\xd8\xb1", 10}, /* اكتوبر */
        {"\xd9\x86\xd9\x88\xd9\x81\xd9\x85\xd8\xa8\xd8\xb1", 11}, /* نوفمبر */
        {"\xd8\xaf\xd9\x8a\xd8\xb3\xd9\x85\xd8\xa8\xd8\xb1", 12}, /* ديسمبر */
        {"\xd9\x83\xd8\xa7\xd9\x86\xd9\x88\xd9\x86\x20\xd8\xa7\xd9\x84\xd8\xab\xd8\xa7\xd9\x86\xd9"
         "\x8a",
         1},                                                     /* كانون الثاني */
        {"\xd8\xb4\xd8\xa8\xd8\xa7\xd8\xb7", 2},                 /* شباط */
        {"\xd8\xa2\xd8\xb0\xd8\xa7\xd8\xb1", 3},                 /* آذار */
        {"\xd9\x86\xd9\x8a\xd8\xb3\xd8\xa7\xd9\x86", 4},         /* نيسان */
        {"\xd8\xa3\xd9\x8a\xd8\xa7\xd8\xb1", 5},                 /* أيار */
        {"\xd8\xad\xd8\xb2\xd9\x8a\xd8\xb1\xd8\xa7\xd9\x86", 6}, /* حزيران */
        {"\xd8\xaa\xd9\x85\xd9\x88\xd8\xb2", 7},                 /* تموز */
        {"\xd8\xa2\xd8\xa8", 8},                                 /* آب */
        {"\xd8\xa3\xd9\x8a\xd9\x84\xd9\x88\xd9\x84", 9},         /* أيلول */
        {"\xd8\xaa\xd8\xb4\xd8\xb1\xd9\x8a\xd9\x86\x20\xd8\xa7\xd9\x84\xd8\xa3\xd9\x88\xd9\x84",
         10}, /* تشرين الأول */
        {"\xd8\xaa\xd8\xb4\xd8\xb1\xd9\x8a\xd9\x86\x20\xd8\xa7\xd9\x84\xd8\xab\xd8\xa7\xd9\x86\xd9"
         "\x8a",
         11}, /* تشرين الثاني */
        {"\xd9\x83\xd8\xa7\xd9\x86\xd9\x88\xd9\x86\x20\xd8\xa7\xd9\x84\xd8\xa3\xd9\x88\xd9\x84",
         12}, /* كانون الأول */
    };
    for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
        size_t n = strlen(names[i].name);
        if (strncmp(p, names[i].name, n) == 0) {
            *len = n;
            return names[i].mo;
        }
    }
    return 0;
}

/* "28 آب/اغسطس 2013", "3 مارس 2020": day, month (or two names for it
 * joined by a slash) and year, as Arabic pages print dates. */
static const char *
arabic_date(arena *a, const char *s)
{
    for (const char *p = s; *p; p++) {
        if (!isdigit((unsigned char)*p) || (p > s && isdigit((unsigned char)p[-1])))
            continue;
        char *e;
        long d = strtol(p, &e, 10);
        if (e - p > 2 || *e != ' ')
            continue;
        while (*e == ' ')
            e++;
        size_t ml = 0;
        int mo = month_arabic(e, &ml);
        if (!mo)
            continue;
        const char *q = e + ml;
        if (*q == '/') {
            size_t ml2 = 0;
            if (month_arabic(q + 1, &ml2) == mo)
                q += 1 + ml2;
        }
        while (*q == ' ')
            q++;
        long y = strtol(q, &e, 10);
        if (e - q == 4 && !isdigit((unsigned char)*e) && d >= 1 && d <= 31 && y >= 1000)
            return arena_printf(a, "%04ld-%02d-%02ld", y, mo, d);
    }
    return NULL;
}

/* A number of 1 to `max` digits at *p, then a dot and a space; *p moves
 * past them. -1 when that is not what follows. */
static long
dotted_part(const char **p, int max)
{
    const char *q = *p;
    long v = 0;
    int n = 0;
    while (isdigit((unsigned char)*q) && n <= max) {
        v = v * 10 + (*q++ - '0');
        n++;
    }
    if (n == 0 || n > max || q[0] != '.' || (q[1] != ' ' && q[1] != '\0'))
        return -1;
    *p = q + 1 + (q[1] == ' ');
    return v;
}

/* "2023. 2. 5." - year first, every part closed by a dot and a space (a
 * version number "1.2.3" has no spaces). */
static const char *
dotted_year_first(arena *a, const char *s)
{
    for (const char *p = s; *p; p++) {
        if (!isdigit((unsigned char)*p) ||
            (p > s && (isdigit((unsigned char)p[-1]) || p[-1] == '.')))
            continue;
        const char *q = p;
        long y = dotted_part(&q, 4), mo = y >= 1000 ? dotted_part(&q, 2) : -1;
        long d = mo >= 1 && mo <= 12 ? dotted_part(&q, 2) : -1;
        if (d >= 1 && d <= 31 && q - p >= 11)
            return arena_printf(a, "%04ld-%02ld-%02ld", y, mo, d);
    }
    return NULL;
}

/* One run of 1 to `max` digits at *pp then a slash (or, for the last
 * part, no slash and no digit after it); -1 when the text is otherwise. */
static long
slash_part(const char **pp, int max, bool last)
{
    const char *p = *pp;
    int k = 0;
    long v = 0;
    while (isdigit((unsigned char)p[k]) && k <= max)
        v = v * 10 + (p[k++] - '0');
    if (k == 0 || k > max)
        return -1;
    if (last ? (p[k] == '/' || isdigit((unsigned char)p[k])) : p[k] != '/')
        return -1;
    *pp = p + k + (last ? 0 : 1);
    return v;
}

/* "18/03/2019", "3/18/2019", "2019/03/18": a day written with slashes.
 * The year first (as Japan and China print it) is year, month, day. The
 * year last is read only when it cannot be misread: a first part above
 * 12 is the day (Europe), a second part above 12 is the day (the United
 * States); "03/04/2019" could be either and gives nothing. A part of a
 * longer path ("/2017/03/05/" in an address, "1/2/3/2019") is no date. */
static const char *
slash_date(arena *a, const char *s)
{
    for (const char *p = s; *p; p++) {
        if (!isdigit((unsigned char)*p) ||
            (p > s && (isdigit((unsigned char)p[-1]) || p[-1] == '/')))
            continue;
        const char *q = p;
        long y, mo, d;
        long first = slash_part(&q, 4, false);
        if (first >= 1000) {
            y = first;
            mo = slash_part(&q, 2, false);
            d = mo >= 0 ? slash_part(&q, 2, true) : -1;
        } else {
            long second = first >= 0 ? slash_part(&q, 2, false) : -1;
            y = second >= 0 ? slash_part(&q, 4, true) : -1;
            if (y < 1000 || (first <= 12 && second <= 12 && first != second))
                continue;
            d = first > 12 ? first : second;
            mo = first > 12 ? second : first;
        }
        if (y >= 1000 && mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
            return arena_printf(a, "%04ld-%02ld-%02ld", y, mo, d);
    }
    return NULL;
}

const char *
rd_html_date(arena *a, const char *s)
{
    if (!s)
        return NULL;
    size_t n = strlen(s);
    for (size_t i = 0; i + 10 <= n; i++) {
        const char *p = s + i;
        if (isdigit((unsigned char)p[0]) && isdigit((unsigned char)p[1]) &&
            isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3]) && p[4] == '-' &&
            isdigit((unsigned char)p[5]) && isdigit((unsigned char)p[6]) && p[7] == '-' &&
            isdigit((unsigned char)p[8]) && isdigit((unsigned char)p[9]) &&
            (i == 0 || !isdigit((unsigned char)p[-1]))) {
            int mo = (p[5] - '0') * 10 + (p[6] - '0'), d = (p[8] - '0') * 10 + (p[9] - '0');
            if (mo >= 1 && mo <= 12 && d >= 1 && d <= 31)
                return arena_strndup(a, p, 10);
        }
    }
    /* "21.05.2020", "3.6.2019": day, month and year between dots, as
     * Europe writes dates (a version number or an address has no
     * four-digit part last, or goes on with another dot). */
    for (size_t i = 0; i < n; i++) {
        const char *p = s + i;
        if (!isdigit((unsigned char)*p) || (i && (isdigit((unsigned char)p[-1]) || p[-1] == '.')))
            continue;
        char *e;
        long d = strtol(p, &e, 10), mo, y;
        if (e - p > 2 || *e != '.' || !isdigit((unsigned char)e[1]))
            continue;
        const char *m = e + 1;
        mo = strtol(m, &e, 10);
        if (e - m > 2 || *e != '.' || !isdigit((unsigned char)e[1]))
            continue;
        const char *yp = e + 1;
        y = strtol(yp, &e, 10);
        if (e - yp != 4 || (*e == '.' && isdigit((unsigned char)e[1])) || isdigit((unsigned char)*e))
            continue;
        if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12 && y >= 1000)
            return arena_printf(a, "%04ld-%02ld-%02ld", y, mo, d);
    }
    /* "2023. 2. 5. 11:40": year, month and day, each followed by a dot
     * and a space, as Korean pages print them */
    const char *ymd = dotted_year_first(a, s);
    if (ymd)
        return ymd;
    const char *sl = slash_date(a, s);
    if (sl)
        return sl;
    /* "2018年6月18日", "2018년 6월 18일": year, month and day each followed
     * by its CJK unit, as Chinese, Japanese and Korean pages print dates */
    const char *cjk = cjk_date(a, s);
    if (cjk)
        return cjk;
    const char *ar = arabic_date(a, s);
    if (ar)
        return ar;
    /* "March 25, 2015", "25 March 2015" */
    for (size_t i = 0; i < n; i++) {
        if (!isalpha((unsigned char)s[i]) || (i && isalpha((unsigned char)s[i - 1])))
            continue;
        size_t flen = 0;
        int mo = month_of(s + i);
        if (!mo)
            mo = month_foreign(s + i, &flen);
        if (!mo)
            continue;
        size_t j = i + flen;
        while (j < n && isalpha((unsigned char)s[j]))
            j++;
        if (j < n && s[j] == '.')
            j++;
        int day = 0, year = 0;
        const char *q = s + j;
        while (*q == ' ')
            q++;
        if (strncmp(q, "de ", 3) == 0) /* "octubre de 2012" */
            q += 3;
        if (isdigit((unsigned char)*q)) {
            day = (int)strtol(q, (char **)&q, 10);
            if (day >= 1000) { /* "1 June 2019 at 08:34": the year follows */
                year = day;
                day = 0;
            } else {
                while (*q == ',' || *q == ' ' || (*q >= 'a' && *q <= 'z'))
                    q++;
                if (isdigit((unsigned char)*q))
                    year = (int)strtol(q, NULL, 10);
            }
        }
        if ((!year || !day) && i > 0) { /* day before the month */
            size_t k = i;
            while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == '.'))
                k--;
            if (k >= 3 && strncmp(s + k - 3, " de", 3) == 0) /* "28 de octubre" */
                k -= 3;
            while (k > 0 && s[k - 1] == ' ')
                k--;
            size_t e = k;
            while (k > 0 && isdigit((unsigned char)s[k - 1]))
                k--;
            if (e > k && e - k <= 2) {
                day = (int)strtol(s + k, NULL, 10);
                q = s + j;
                while (*q == ' ' || *q == ',')
                    q++;
                if (strncmp(q, "de ", 3) == 0)
                    q += 3;
                if (isdigit((unsigned char)*q))
                    year = (int)strtol(q, NULL, 10);
            }
        }
        if (year >= 1000 && year <= 9999 && day >= 1 && day <= 31)
            return arena_printf(a, "%04d-%02d-%02d", year, mo, day);
    }
    return NULL;
}

/* ---- when the page was saved ---- */

/* True when s holds `w` in any ASCII case. */
static bool
has_word(const char *s, const char *w)
{
    size_t n = strlen(w);
    for (; *s; s++)
        if (strncasecmp(s, w, n) == 0)
            return true;
    return false;
}

/* The value after "key:" on a line of a SingleFile comment, squashed. */
static const char *
comment_field(arena *a, const char *text, const char *key)
{
    size_t kl = strlen(key);
    for (const char *p = text; *p;) {
        while (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
            p++;
        const char *e = p + strcspn(p, "\n");
        if ((size_t)(e - p) > kl && strncasecmp(p, key, kl) == 0)
            return rd_html_squash(a, p + kl, (size_t)(e - p) - kl);
        p = e;
    }
    return NULL;
}

/* SingleFile writes its comment near the top (first in <html>, or before
 * it); the parser never sees comments (parse.c drops them), so the raw
 * bytes are searched: the first comments of the first 64 KB only. */
static void
singlefile_comment(arena *a, const char *raw, size_t len, const char **url, const char **date)
{
    if (!raw)
        return;
    if (len > 65536)
        len = 65536;
    size_t i = 0;
    for (int seen = 0; seen < 8 && i + 4 <= len; i++) {
        if (raw[i] != '<' || memcmp(raw + i, "<!--", 4) != 0)
            continue;
        seen++;
        size_t j = i + 4;
        while (j + 3 <= len && memcmp(raw + j, "-->", 3) != 0)
            j++;
        if (j + 3 > len)
            return;
        const char *t = arena_strndup(a, raw + i + 4, j - i - 4);
        if (has_word(t, "saved with SingleFile")) {
            *url = comment_field(a, t, "url:");
            *date = comment_field(a, t, "saved date:");
            return;
        }
        i = j + 2;
    }
}

/* ---- bylines ---- */

static bool
is_weekday(const char *w, size_t n)
{
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday",
                                       "friday", "saturday", "sunday", NULL};
    for (size_t i = 0; days[i]; i++)
        if (strlen(days[i]) == n && strncasecmp(w, days[i], n) == 0)
            return true;
    return false;
}

/* Words in the n bytes at s. */
static size_t
count_words_n(const char *s, size_t n)
{
    size_t w = 0;
    bool in = false;
    for (size_t i = 0; i < n; i++) {
        bool sp = s[i] == ' ';
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

const char *
rd_html_byline_name(arena *a, const char *s)
{
    char *t = rd_html_squash(a, s, strlen(s));
    static const char *const pre[] = {"written by ", "posted by ", "by: ", "by ", "par ",
                                      "von ", "por ", "di ", NULL};
    for (size_t i = 0; pre[i]; i++) {
        size_t n = strlen(pre[i]);
        if (strncasecmp(t, pre[i], n) == 0) {
            t += n;
            break;
        }
    }
    /* "October 14, 2009 | Jane Roe": an archive's line sets the day
     * before the name, the bar between them (unspaced when each is an
     * element of its own); the name follows the bar. Only a day alone
     * stands before it ("Jane Roe, October 14, 2009 | Politics" names
     * Jane Roe as before), and only a person's name after it: "October
     * 14, 2009 | Politics" or "| 5 Comments" is a dateline, no byline. */
    for (char *bar = strchr(t, '|'); bar && bar > t; bar = strchr(bar + 1, '|')) {
        char *day = arena_strndup(a, t, (size_t)(bar - t));
        if (!rd_html_date_alone(day))
            break;
        char *after = bar + 1;
        while (*after == ' ')
            after++;
        if (rd_html_name_head(a, after)) {
            t = after;
            break;
        }
    }
    /* "Name • 8h", "Name | May 3", "Name 1:39 PM ET": the name only. But
     * "Politik · Jane Roe, Joe Park": one word before the bar is the
     * section, and the names follow it. */
    static const char *const seps[] = {" \xE2\x80\xA2", " |", " \xC2\xB7", " \xE2\x80\x94 ", NULL};
    for (size_t i = 0; seps[i]; i++) {
        char *sp = strstr(t, seps[i]);
        if (!sp || sp <= t)
            continue;
        char *after = sp + strlen(seps[i]);
        while (*after == ' ')
            after++;
        char *end = after;
        while (*end && !(end[0] == ' ' && (end[1] == '|' || (unsigned char)end[1] == 0xE2 ||
                                            (unsigned char)end[1] == 0xC2)))
            end++;
        size_t aw = count_words_n(after, (size_t)(end - after));
        bool section = !strchr(t, ' ') || (size_t)(strchr(t, ' ') - t) >= (size_t)(sp - t);
        if (section && aw >= 2 && aw <= 8 && isupper((unsigned char)after[0]) &&
            !rd_html_date(a, arena_strndup(a, after, (size_t)(end - after)))) {
            *end = '\0';
            t = after;
            continue;
        }
        *sp = '\0';
    }
    for (char *p = t; *p; p++) {
        /* a date may follow a name in Chinese or Japanese with no space
           ("谢若含2017-03-01 14:27") */
        if (p > t && p[-1] != ' ' && !((unsigned char)p[-1] >= 0x80 && isdigit((unsigned char)*p)))
            continue;
        bool time = isdigit((unsigned char)p[0]) &&
                    (p[1] == ':' || (isdigit((unsigned char)p[1]) && p[2] == ':'));
        size_t w = 0;
        while (isalpha((unsigned char)p[w]))
            w++;
        const char *after = p + w + (p[w] == '.');
        bool date = w >= 3 && w <= 9 && month_of(p) && after[0] == ' ' &&
                    isdigit((unsigned char)after[1]) && rd_html_date(a, p) != NULL;
        bool numeric = isdigit((unsigned char)p[0]) && rd_html_date(a, p) != NULL;
        /* "Monday, February 29, 2016" */
        bool weekday = w >= 6 && w <= 9 && strncasecmp(p + w - 3, "day", 3) == 0 &&
                       is_weekday(p, w) && rd_html_date(a, p + w) != NULL;
        if (time || date || numeric || weekday) {
            *p = '\0';
            break;
        }
    }
    size_t len = strlen(t);
    while (len && (t[len - 1] == ',' || t[len - 1] == '|' || t[len - 1] == ' ' || t[len - 1] == '-'))
        t[--len] = '\0';
    /* "Jane Roe in Science on [date]": the word that led to the date and
     * the section go; the name is what comes before " in ". */
    static const char *const lead[] = {" on", " at", " am", " le", NULL};
    for (size_t i = 0; lead[i]; i++) {
        size_t ln = strlen(lead[i]);
        if (len > ln && strcmp(t + len - ln, lead[i]) == 0) {
            len -= ln;
            t[len] = '\0';
            char *in = strstr(t, " in ");
            if (in && in > t && isupper((unsigned char)in[4]) &&
                count_words_n(in + 4, strlen(in + 4)) <= 3) {
                *in = '\0';
                len = (size_t)(in - t);
            }
            break;
        }
    }
    /* What is left of "Sunday, Feb 1" or "Last updated: May 3" is no name. */
    static const char *const days[] = {"monday", "tuesday", "wednesday", "thursday", "friday",
                                       "saturday", "sunday", "updated", "published", "posted",
                                       "on", "at", NULL};
    for (size_t i = 0; days[i]; i++)
        if (strcasecmp(t, days[i]) == 0)
            return "";
    if (len && t[len - 1] == ':')
        return "";
    return t;
}

/* ---- visible author labels ---- */

/* Words for comparison: lower case, apostrophes dropped (straight or
 * curly), other ASCII punctuation made a space. */
static char *
title_key(arena *a, const char *s)
{
    size_t n = strlen(s);
    char *k = arena_alloc(a, n + 1);
    size_t j = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char ch = (unsigned char)s[i];
        if (ch == '\'')
            continue;
        if (ch == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
            ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99)) {
            i += 2;
            continue;
        }
        k[j++] = ch >= 0x80 || isalnum(ch) ? (char)tolower(ch) : ' ';
    }
    k[j] = '\0';
    return rd_html_squash(a, k, j);
}

/* The text after label `lab` at p and its colon ("Author : Jane"), past
 * the spaces on either side of the colon; NULL when p holds no such label.
 * fold: compare without case. */
static const char *
after_label(const char *p, const char *lab, bool fold)
{
    size_t ln = strlen(lab);
    if ((fold ? strncasecmp(p, lab, ln) : strncmp(p, lab, ln)) != 0)
        return NULL;
    const char *q = p + ln;
    while (*q == ' ')
        q++;
    /* the full-width colon of Japanese and Chinese labels ("著者：") */
    if (strncmp(q, "\xef\xbc\x9a", 3) == 0)
        q += 2;
    else if (*q != ':')
        return NULL;
    q++;
    while (*q == ' ')
        q++;
    return q;
}

/* "Author: Jane Doe", "Author : Aleph1", "Auteur : Jean Roe", "Autorin:
 * Eva Roe", a mail archive's "From: Jane Roe <jane@example.org>" in a
 * short element (a credit line, not a sentence): the name after the
 * label, one to four words each starting with a capital or a digit; else
 * NULL. */
static const char *
label_name(arena *a, const char *t)
{
    /* "著者" and "作者": "author" in Japanese and in Chinese */
    static const char *const labels[] = {"Authors",
                                         "Author",
                                         "Autorin",
                                         "Autor",
                                         "Auteure",
                                         "Auteur",
                                         "Autore",
                                         "\xe8\x91\x97\xe8\x80\x85",
                                         "\xe4\xbd\x9c\xe8\x80\x85",
                                         NULL};
    for (const char *p = t; *p; p++) {
        if (p > t && (isalnum((unsigned char)p[-1]) || (unsigned char)p[-1] >= 0x80))
            continue;
        const char *q = NULL;
        for (size_t i = 0; labels[i] && !q; i++)
            if (strncmp(p, labels[i], strlen(labels[i])) == 0)
                q = after_label(p, labels[i], false);
        if (!q && strncmp(p, "From", 4) == 0 && (q = after_label(p, "From", false)) != NULL) {
            /* A mail archive's "From: Jane Roe <jane@example.org>": the
             * name before the address; without an address "From:" is no
             * credit ("From: Wikipedia"). */
            const char *lt = strstr(q, " <");
            if (!lt)
                lt = strstr(q, " (");
            if (!lt || !strchr(lt, '@'))
                return NULL;
            q = arena_strndup(a, q, (size_t)(lt - q));
        }
        if (!q)
            continue;
        char *name = rd_html_squash(a, q, strlen(q));
        size_t len = strlen(name);
        while (len && strchr(" ,;|", name[len - 1]))
            name[--len] = '\0';
        size_t w = words(name);
        if (w < 1 || w > 4)
            return NULL;
        for (const char *r = name; *r; r++) {
            bool start = r == name || r[-1] == ' ';
            if (start && !isupper((unsigned char)*r) && !isdigit((unsigned char)*r) &&
                (unsigned char)*r < 0x80)
                return NULL;
            if (strchr(":;!?()[]", *r))
                return NULL;
        }
        return name;
    }
    return NULL;
}

/* Labelled credits and dates are read from the first short element of the
 * page (under LABEL_TEXT_MAX characters of text) whose text reads as the
 * label, in document order. Only elements around a text node holding one
 * of the label's words can: for each such text node, its short ancestors
 * are tried from the outermost in, which is the document order of the
 * elements that hold it. Measuring every element of the page instead cost
 * a walk of each subtree, quadratic in the page's depth. */
#define LABEL_TEXT_MAX 160

typedef const char *(*label_reader)(arena *a, const char *text);

static bool
text_has_word(const xmlNode *e, const char *const *words)
{
    for (const xmlNode *t = e->children; t; t = t->next) {
        if (t->type != XML_TEXT_NODE || !t->content)
            continue;
        for (size_t i = 0; words[i]; i++)
            if (rd_html_has_ci((const char *)t->content, words[i]))
                return true;
    }
    return false;
}

/* A label set in its own element and no colon after it, as in a list of
 * facts ("<li><strong>Author</strong> Jane Roe</li>"): read as "Author:
 * Jane Roe". The label is the element's first child, one or two words. */
static const char *
read_set_label(arena *a, xmlNode *e, label_reader read)
{
    xmlNode *lab = e->children;
    while (lab && lab->type == XML_TEXT_NODE &&
           (!lab->content || !rd_html_squash(a, (const char *)lab->content,
                                             strlen((const char *)lab->content))[0]))
        lab = lab->next;
    if (!lab || lab->type != XML_ELEMENT_NODE || !lab->next ||
        !(rd_html_is(lab, "strong") || rd_html_is(lab, "b") || rd_html_is(lab, "dt") ||
          rd_html_is(lab, "th") || rd_html_is(lab, "label") || rd_html_is(lab, "span")))
        return NULL;
    char *lt = rd_html_text_dup(a, lab);
    lt = rd_html_squash(a, lt, strlen(lt));
    size_t ll = strlen(lt);
    if (!ll || ll > 24 || strchr(lt, ':') || words(lt) > 2)
        return NULL;
    buf b;
    buf_init(&b, 0);
    buf_adds(&b, lt);
    buf_adds(&b, ": ");
    for (xmlNode *n = lab->next; n; n = n->next) {
        char *t = rd_html_text_dup(a, n);
        buf_adds(&b, t);
    }
    const char *r = read(a, rd_html_squash(a, b.data ? b.data : "", b.len));
    buf_cleanup(&b);
    return r;
}

static const char *
find_labelled(arena *a, xmlNode *root, const char *const *words, label_reader read)
{
    for (xmlNode *n = root; n;) {
        if (rd_html_is(n, "head") || rd_html_is(n, "script") || rd_html_is(n, "style")) {
            n = rd_html_next(n, root, false);
            continue;
        }
        if (text_has_word(n, words) && rd_html_text_len_max(n, LABEL_TEXT_MAX) < LABEL_TEXT_MAX) {
            xmlNode *chain[64];
            size_t k = 0;
            for (xmlNode *e = n; e && e->type == XML_ELEMENT_NODE && k < 64; e = e->parent) {
                if (e != n && rd_html_text_len_max(e, LABEL_TEXT_MAX) >= LABEL_TEXT_MAX)
                    break;
                chain[k++] = e;
                if (e == root)
                    break;
            }
            while (k) {
                xmlNode *e = chain[--k];
                char *t = rd_html_text_dup(a, e);
                const char *r = read(a, rd_html_squash(a, t, strlen(t)));
                if (!r)
                    r = read_set_label(a, e, read);
                if (r)
                    return r;
            }
        }
        n = rd_html_next(n, root, true);
    }
    return NULL;
}

/* The words that start an author label, in any case. */
static const char *const credit_words[] = {
    "author", "autor", "auteur", "from", "\xe8\x91\x97\xe8\x80\x85", "\xe4\xbd\x9c\xe8\x80\x85",
    NULL};

static const char *
find_label_credit(arena *a, xmlNode *root)
{
    return find_labelled(a, root, credit_words, label_name);
}

/* "Release date : 1996-11-08", "Date: March 3, 2017", "Datum: 3. März
 * 2017", "Posted July 11, 2019.", "First Posted : November 19, 2018" (a
 * record updated since, whose first day is its date) in a short element:
 * the date after the label. The label must start the element's text or follow a separator,
 * so "up to date: ..." in a sentence does not count. */
static const char *const date_labels[] = {"release date",
                                          "publication date",
                                          "first published",
                                          "first posted",
                                          "published",
                                          "posted on",
                                          "posted",
                                          "date",
                                          "datum",
                                          "fecha",
                                          "data",
                                          NULL};
static const char *const date_words[] = {"date", "published", "posted", "datum", "fecha",
                                         "data", NULL};

static const char *
label_date(arena *a, const char *t)
{
    /* "Posted" takes no colon; it opens the line */
    static const char *const posted[] = {"posted on ", "posted ", NULL};
    for (size_t i = 0; posted[i]; i++) {
        size_t n = strlen(posted[i]);
        const char *q = t + n;
        if (strncasecmp(t, posted[i], n) != 0 ||
            (!isdigit((unsigned char)*q) && !isupper((unsigned char)*q)))
            continue;
        const char *d = rd_html_date(a, q);
        if (d)
            return d;
    }
    for (const char *p = t; *p; p++) {
        if (p > t && !(p[-1] == ' ' && (p == t + 1 || strchr("|:;", p[-2]) ||
                                        (unsigned char)p[-2] >= 0x80)))
            continue;
        for (size_t i = 0; date_labels[i]; i++) {
            const char *q = after_label(p, date_labels[i], true);
            if (!q)
                continue;
            /* the date must come first after the label */
            if (!isdigit((unsigned char)*q) && !isupper((unsigned char)*q))
                continue;
            const char *d = rd_html_date(a, q);
            if (d)
                return d;
        }
    }
    return NULL;
}

static const char *
find_label_date(arena *a, xmlNode *root)
{
    return find_labelled(a, root, date_words, label_date);
}

/* The h1 that is the headline when none is the title: the page's one
 * h1 with words, or of several (the logo's, a "Top Articles" box's) the
 * one that holds most of the title's words (half of them or more). */
#define HEAD_H1_SIMILAR 0.5

static xmlNode *
headline_h1(arena *a, xmlNode *root, const char *title)
{
    xmlNode *one = NULL, *best = NULL;
    size_t count = 0;
    double best_sim = HEAD_H1_SIMILAR;
    for (xmlNode *n = root; n; n = rd_html_next(n, root, true)) {
        if (!rd_html_is(n, "h1") || !rd_html_has_text(n))
            continue;
        count++;
        one = n;
        char *t = rd_html_text_dup(a, n);
        double sim = rd_html_similarity(rd_html_squash(a, t, strlen(t)), title);
        if (sim >= best_sim) {
            best_sim = sim;
            best = n;
        }
    }
    return count == 1 ? one : best;
}

/* "17.7.11": day, month and a year of two digits, the whole text of an
 * element its class calls a date ("<h2 class=date-header>17.7.11</h2>"
 * over a post). Alone in running text such a string may be a version
 * number; the class says it is a day. Years 70 to 99 are the 1900s. */
static const char *
short_year_date(arena *a, const xmlNode *n, const char *t)
{
    char lc[256];
    rd_html_class_id(n, lc, sizeof(lc));
    if (!strstr(lc, "date"))
        return NULL;
    char *e;
    long d = strtol(t, &e, 10);
    if (e == t || e - t > 2 || *e != '.')
        return NULL;
    const char *m = e + 1;
    long mo = strtol(m, &e, 10);
    if (e == m || e - m > 2 || *e != '.')
        return NULL;
    const char *yp = e + 1;
    long y = strtol(yp, &e, 10);
    if (e - yp != 2 || *e || !isdigit((unsigned char)*t) || !isdigit((unsigned char)*m) ||
        !isdigit((unsigned char)*yp))
        return NULL;
    if (d < 1 || d > 31 || mo < 1 || mo > 12)
        return NULL;
    return arena_printf(a, "%04ld-%02ld-%02ld", y < 70 ? 2000 + y : 1900 + y, mo, d);
}

/* A date in the two elements just before `at`; *any is set when there
 * is an element before it, *stop when a long one ends the search. */
static const char *
date_above(arena *a, const xmlNode *at, bool *any, bool *stop)
{
    int before = 0;
    for (xmlNode *n = at->prev; n && before < 2; n = n->prev) {
        if (n->type != XML_ELEMENT_NODE)
            continue;
        before++;
        *any = true;
        size_t len = rd_html_text_len_max(n, 160);
        if (len > 160) {
            *stop = true;
            return NULL;
        }
        char *t = rd_html_text_dup(a, n);
        t = rd_html_squash(a, t, strlen(t));
        /* A longer line of facts set apart by bars ("Tuesday 24 January
         * 2017 | Posted at 12:02 | Comments (85)"): its first part. */
        if (len > 60) {
            char *bar = strstr(t, " | ");
            if (!bar) {
                *stop = true;
                return NULL;
            }
            *bar = '\0';
        }
        const char *d = t[0] ? rd_html_date(a, t) : NULL;
        if (!d)
            d = short_year_date(a, n, t);
        if (d)
            return d;
    }
    return NULL;
}

/* An element that says it is the article's summary: itemprop=description
 * (schema.org's word for it), or a class of the words news pages use for
 * the lines under the headline. */
static bool
standfirst(const xmlNode *n)
{
    const char *ip = rd_html_attr(n, "itemprop");
    if (ip && strcmp(ip, "description") == 0)
        return true;
    char lc[256];
    rd_html_class_id(n, lc, sizeof(lc));
    return strstr(lc, "standfirst") || strstr(lc, "teaser");
}

/* Does n hold one block of text at most (a standfirst), not several
 * paragraphs (a paywall's teaser of the story, a post's body)? */
static bool
one_block(const xmlNode *n)
{
    size_t blocks = 0;
    for (const xmlNode *k = rd_html_next((xmlNode *)n, n, true); k;
         k = rd_html_next((xmlNode *)k, n, true))
        blocks += rd_html_is(k, "p") || rd_html_is(k, "li") || rd_html_is_heading(k);
    return blocks <= 1;
}

/* The date printed in the short lines under the headline, before the
 * text: "2022-02-13 23:37", "来源：太原晚报 2021-11-25 16:26:07", "January
 * 13, 2020 at 08:45 AM | categories: ...". The headline is the first
 * element whose text is the title (an h1, or a styled div on pages
 * without one; the <title> may hold the site's name beside it). A line counts when it is short (60 bytes) or starts with
 * the date; the search ends at the first block of prose. */
static const char *
find_title_date(arena *a, xmlNode *root, const char *title, const char **line)
{
    if (!title || !title[0])
        return NULL;
    const char *tk = title_key(a, title);
    size_t tl = strlen(title);
    xmlNode *head = NULL;
    for (xmlNode *n = root; n && !head;) {
        if (rd_html_is(n, "head") || rd_html_is(n, "script") || rd_html_is(n, "style")) {
            n = rd_html_next(n, root, false);
            continue;
        }
        if (n->type == XML_ELEMENT_NODE && rd_html_text_len(n) <= tl + 16) {
            char *t = rd_html_text_dup(a, n);
            const char *hk = t[0] ? title_key(a, t) : "";
            size_t hl = strlen(hk), kl = strlen(tk);
            /* the title itself, or the title with the site's name beside it */
            if (hl && (strcmp(hk, tk) == 0 ||
                       (hl * 2 >= kl && hl < kl &&
                        (strncmp(tk, hk, hl) == 0 || strcmp(tk + kl - hl, hk) == 0))))
                head = n;
        }
        n = rd_html_next(n, root, true);
    }
    /* A <title> written apart from the headline ("7 Places to Find ..."
     * over the h1 "7 Unexpected Places You Could Find ..."): the page's
     * one h1 is the headline. */
    if (!head)
        head = headline_h1(a, root, title);
    if (!head)
        return NULL;
    /* The day printed just above the headline, in an element beside it
     * ("<p class=newsdatum>Donnerstag, 31. Mai 2012</p><h2>..."). A
     * headline that opens its own box ("<div id=date>...</div><div
     * id=title><h1>") has it beside the box: the search climbs while
     * nothing stands before it. */
    const xmlNode *at = head;
    /* a part of the heading ("<h1><small>Series:</small><big>Headline")
     * stands for the heading */
    for (const xmlNode *p = head->parent; p && p->type == XML_ELEMENT_NODE && p != root;
         p = p->parent)
        if (rd_html_is_heading(p))
            at = p;
    for (int up = 0; up < 4 && at && at != root; up++, at = at->parent) {
        bool any = false, stop = false;
        const char *d = date_above(a, at, &any, &stop);
        if (d)
            return d;
        if (any || stop)
            break;
    }
    int seen = 0;
    bool past_standfirst = false;
    for (xmlNode *n = rd_html_next(head, root, false); n && seen < 40;) {
        if (n->type != XML_ELEMENT_NODE || rd_html_is(n, "script") || rd_html_is(n, "style")) {
            n = rd_html_next(n, root, n->type != XML_ELEMENT_NODE);
            continue;
        }
        /* a picture's caption dates the picture, not the article */
        if (rd_html_is(n, "figure") || rd_html_is(n, "figcaption")) {
            n = rd_html_next(n, root, false);
            continue;
        }
        seen++;
        /* the standfirst right under the headline ("<div
           itemprop=description class=teaser>Frankfurt (dpa) - ...")
           belongs to the head: the date may be printed under it, alone on
           its line (a heading or a longer line past it is the text's: a
           paywall's teaser is the story's start) */
        size_t len = rd_html_text_len(n);
        if (seen == 1 && len < 1200 && standfirst(n) && one_block(n)) {
            past_standfirst = true;
            n = rd_html_next(n, root, false);
            continue;
        }
        if (past_standfirst && len >= 6 && (len > 40 || rd_html_is_heading(n))) {
            if (len >= 100)
                return NULL;
            n = rd_html_next(n, root, false);
            continue;
        }
        if (len >= 100) {
            bool container = false;
            for (xmlNode *ch = n->children; ch && !container; ch = ch->next)
                container = ch->type == XML_ELEMENT_NODE && rd_html_text_len(ch) >= 100;
            /* a list of short items is no prose: the credits of three
               authors, each with its "Follow" and "More from" links */
            if (!container && !rd_html_is(n, "ul") && !rd_html_is(n, "ol"))
                return NULL; /* prose: the head is over */
            n = rd_html_next(n, root, true);
            continue;
        }
        if (len >= 6) {
            char *t = rd_html_text_dup(a, n);
            t = rd_html_squash(a, t, strlen(t));
            /* a long line: its first 30 characters (not bytes: an Arabic
             * or a Chinese date is twice or three times as many) */
            size_t cut = 0;
            for (size_t ch = 0; t[cut] && ch < 30; ch++)
                do
                    cut++;
                while (((unsigned char)t[cut] & 0xC0) == 0x80);
            const char *d =
                strlen(t) <= 60 ? rd_html_date(a, t) : rd_html_date(a, arena_strndup(a, t, cut));
            if (d) {
                *line = t;
                return d;
            }
        }
        n = rd_html_next(n, root, false);
    }
    return NULL;
}

/* A declared author that is the site itself ("ACCU Members" on ACCU's
 * site, "Site News" on "Site News | Headline"): some word of three letters
 * or more of it is in the site's name or in the <title>'s site part. */
static bool
names_site(arena *a, const char *by, const char *site, const char *site_part)
{
    const char *bk = title_key(a, by);
    const char *hay[2] = {site ? title_key(a, site) : NULL,
                          site_part ? title_key(a, site_part) : NULL};
    for (const char *w = bk; *w;) {
        size_t n = strcspn(w, " ");
        for (int h = 0; n >= 3 && h < 2; h++) {
            if (!hay[h])
                continue;
            for (const char *p = hay[h]; (p = strstr(p, arena_strndup(a, w, n))) != NULL; p++)
                if ((p == hay[h] || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
                    return true;
        }
        w += n;
        while (*w == ' ')
            w++;
    }
    return false;
}

/* The owner a personal site names in its title ("Jane Roe's Digital
 * Home | Post"): two or three capitalised words before "'s" in the
 * <title>'s site part, when the page's copyright line names the same
 * person ("Copyright (c) 2012- Jane Roe"). A shop or a magazine with a
 * possessive name ("Tom's Hardware") has one word there, and its
 * copyright names a company. */
static const char *
site_owner(arena *a, const char *site_part, const char *raw, size_t raw_len)
{
    if (!site_part || !raw)
        return NULL;
    const char *pos = strstr(site_part, "'s ");
    const char *curly = strstr(site_part, "\xe2\x80\x99s ");
    if (curly && (!pos || curly < pos))
        pos = curly;
    if (!pos)
        return NULL;
    /* back over the capitalised words before it */
    const char *start = pos;
    size_t words = 0;
    while (start > site_part && words < 4) {
        const char *w = start;
        while (w > site_part && w[-1] == ' ')
            w--;
        const char *e = w;
        while (w > site_part && isalpha((unsigned char)w[-1]))
            w--;
        if (w == e || !isupper((unsigned char)*w))
            break;
        start = w;
        words++;
    }
    if (words < 2 || words > 3)
        return NULL;
    char *name = arena_strndup(a, start, (size_t)(pos - start));
    size_t nl = strlen(name);
    for (size_t i = 0; i + nl <= raw_len; i++) {
        if (raw[i] != name[0] || memcmp(raw + i, name, nl) != 0)
            continue;
        size_t back = i < 40 ? i : 40;
        char *before = arena_strndup(a, raw + i - back, back);
        if (strstr(before, "opyright") || strstr(before, "\xc2\xa9") || strstr(before, "&copy;"))
            return name;
    }
    return NULL;
}

/* Inside the page's navigation: a menu that shows other posts with
 * their days ("<nav>... <time itemprop=datePublished>"), whose dates are
 * not this page's. */
static bool
in_nav(const xmlNode *n)
{
    for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
        const char *role = rd_html_attr(p, "role");
        if (rd_html_is(p, "nav") || (role && strcasecmp(role, "navigation") == 0))
            return true;
    }
    return false;
}

/* Inside a picture's frame: a photo story dates each picture in its
 * caption ("<figcaption><time>21 Feb 2020</time>. La Esperanza"), the
 * day it was taken, not the day the story was published. */
static bool
in_figure(const xmlNode *n)
{
    for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent)
        if (rd_html_is(p, "figure") || rd_html_is(p, "figcaption"))
            return true;
    return false;
}

static const char *title_last_part(arena *a, const char *te);

/* A forum or aggregator prints a post's age ("1 day ago", "3 hours
 * ago") and keeps the day in the element's title ("<span class=age
 * title='2023-07-21T18:04:01'>1 day ago</span>"), for the pointer to show.
 * The first such element is the post's, the ones after it its replies'. */
static const char *
ago_title_date(arena *a, const xmlNode *n)
{
    const char *ti = rd_html_attr(n, "title");
    if (!ti || strlen(ti) < 10 || !isdigit((unsigned char)ti[0]) || ti[4] != '-' ||
        rd_html_text_len_max(n, 40) >= 40)
        return NULL;
    char *t = rd_html_text_dup(a, n);
    t = rd_html_squash(a, t, strlen(t));
    static const char *const units[] = {"second", "minute", "hour", "day", "week", "month",
                                        "year", NULL};
    char *e;
    long v = strtol(t, &e, 10);
    if (e == t || v < 1 || *e != ' ')
        return NULL;
    e++;
    bool unit = false;
    for (size_t i = 0; units[i] && !unit; i++) {
        size_t k = strlen(units[i]);
        if (strncmp(e, units[i], k) == 0) {
            e += k;
            unit = true;
        }
    }
    if (!unit)
        return NULL;
    if (*e == 's')
        e++;
    return strcmp(e, " ago") == 0 ? rd_html_date(a, ti) : NULL;
}

/* A <time> printing the post's age ("4 hours ago") with no datetime
 * keeps the day in an attribute of its own for scripts ("<time
 * data-published='2016-12-09 09:13:00Z'>"): the first data- attribute
 * that reads as a full date, written year first. */
static const char *
time_data_date(arena *a, const xmlNode *n)
{
    for (const xmlAttr *at = n->properties; at; at = at->next) {
        if (strncmp((const char *)at->name, "data-", 5) != 0 || !at->children ||
            !at->children->content)
            continue;
        const char *v = (const char *)at->children->content;
        if (strlen(v) >= 10 && isdigit((unsigned char)v[0]) && isdigit((unsigned char)v[3]) &&
            v[4] == '-' && rd_html_date(a, v))
            return v;
    }
    return NULL;
}

void
rd_html_meta(rd_html_ctx *c, xmlDocPtr xd)
{
    arena *a = c->scratch;
    doc_meta *m = c->meta;
    xmlNode *root = xmlDocGetRootElement(xd);
    metamap mm = {0};
    ldmeta ld = {0};
    bool have_ld = false;
    /* an episode: the page's item when no article is */
    ldmeta ep = {0};
    size_t n_eps = 0;
    bool have_ep = false, ep_named = false;
    /* a sign that the page is an article, whatever episode a player's
       script describes: og:type=article, a microdata Article, a JSON-LD
       WebPage of its own */
    bool article_sign = false;
    const char *title_el = NULL, *canonical = NULL, *base_href = NULL, *time_dt = NULL;
    const char *ago_dt = NULL; /* the first "3 hours ago" with its date in a title */
    const char *item_dt = NULL; /* first itemprop=datePublished element's machine date */
    const char *named_dt = NULL; /* first meta named for the day of publication */

    const char *lang = rd_html_attr(root, "lang");
    if (!lang || !lang[0])
        lang = rd_html_attr(root, "xml:lang");
    if (lang && lang[0])
        m->language = rd_html_squash(c->a, lang, strlen(lang));

    /* Some page savers rewrite every content= as value= ("<meta
     * name=author value=...>"); the value is the same. A page whose
     * other metas say content= wrote its value= by a slip of its
     * template (a blog theme's "<meta name=author value='Theme Maker'>"),
     * which no browser reads either. */
    bool saver_values = true;
    for (xmlNode *n = root; n && saver_values; n = rd_html_next(n, root, true)) {
        const char *v = rd_html_is(n, "meta") ? rd_html_attr(n, "content") : NULL;
        saver_values = !v || !v[0] || rd_html_attr(n, "http-equiv");
    }

    for (xmlNode *n = root; n; n = rd_html_next(n, root, true)) {
        if (rd_html_is(n, "meta")) {
            const char *content = rd_html_attr(n, "content");
            if ((!content || !content[0]) && saver_values)
                content = rd_html_attr(n, "value");
            if (!content || !content[0])
                continue;
            const char *prop = rd_html_attr(n, "property");
            const char *name = rd_html_attr(n, "name");
            if (prop && strcasecmp(prop, "og:type") == 0 && strcasecmp(content, "article") == 0)
                article_sign = true;
            char key[128];
            bool matched = false;
            if (prop && property_key(prop, key, sizeof(key))) {
                mm_set(a, &mm, key, rd_html_squash(a, content, strlen(content)));
                matched = true;
            }
            /* name="article:published_time": a property's key put in
             * name=, as many templates do, still names the property. */
            if (!matched && name &&
                (name_key(name, key, sizeof(key)) || property_key(name, key, sizeof(key))))
                mm_set(a, &mm, key, rd_html_squash(a, content, strlen(content)));
            else if (!matched && name && !named_dt && pub_date_name(name) &&
                     rd_html_date(a, content))
                named_dt = rd_html_squash(a, content, strlen(content));
            else if (!matched && name &&
                     (strcasecmp(name, "savepage-date") == 0 ||
                      strcasecmp(name, "savepage-url") == 0)) {
                norm_key(name, key, sizeof(key));
                mm_set(a, &mm, key, rd_html_squash(a, content, strlen(content)));
            }
            const char *ip = rd_html_attr(n, "itemprop");
            if (ip && strcmp(ip, "datePublished") == 0 && !in_review(n))
                mm_set(a, &mm, "itemprop:datepublished", content);
            if (ip && strcmp(ip, "author") == 0 && !c->item_author && !is_url(content))
                c->item_author = arena_strdup(c->a, rd_html_squash(a, content, strlen(content)));
            continue;
        }
        const char *itype = n->type == XML_ELEMENT_NODE ? rd_html_attr(n, "itemtype") : NULL;
        if (itype && (strstr(itype, "Article") || strstr(itype, "BlogPosting")))
            article_sign = true;
        if (!item_dt && n->type == XML_ELEMENT_NODE && !in_nav(n)) {
            /* Microdata on any element: <p itemprop="datePublished"
             * datetime="...">, <span itemprop=... content="...">. */
            const char *ip = rd_html_attr(n, "itemprop");
            if (ip && strcmp(ip, "datePublished") == 0 && !in_review(n)) {
                const char *dt = rd_html_attr(n, "datetime");
                if (!dt || !dt[0])
                    dt = rd_html_attr(n, "content");
                /* Without a machine date, the words the page prints
                 * ("<div itemprop=datePublished><span>Apr 6</span>
                 * <span>2020</span>"), when they read as a date. */
                if ((!dt || !dt[0]) && rd_html_text_len_max(n, 80) < 80) {
                    char *t = rd_html_text_dup(a, n);
                    t = rd_html_squash(a, t, strlen(t));
                    if (rd_html_date(a, t))
                        dt = t;
                }
                if (dt && dt[0])
                    item_dt = dt;
            }
            /* The microformats' "abbr pattern" (hAtom, h-entry): <abbr
             * class="published" title="2019-09-11T12:30:39Z">, the
             * machine date in the title, words for people inside. */
            static const char *const pub[] = {"=published", "=dt-published", NULL};
            char lc[256];
            const char *ti = rd_html_attr(n, "title");
            if (!item_dt && rd_html_is(n, "abbr") && ti && ti[0]) {
                rd_html_class_id(n, lc, sizeof(lc));
                if (rd_html_match(lc, pub) && rd_html_date(a, ti))
                    item_dt = ti;
            }
        }
        if (!ago_dt && !in_nav(n) && n->type == XML_ELEMENT_NODE && rd_html_attr(n, "title"))
            ago_dt = ago_title_date(a, n);
        if (rd_html_is(n, "time") && !time_dt && !in_nav(n) && !in_figure(n)) {
            const char *dt = rd_html_attr(n, "datetime");
            /* <time>April 15, 2019 6:18am</time>: without the attribute
             * the element's text is its date, when it reads as one */
            if ((!dt || !dt[0]) && rd_html_text_len_max(n, 80) < 80) {
                char *t = rd_html_text_dup(a, n);
                t = rd_html_squash(a, t, strlen(t));
                if (rd_html_date(a, t))
                    dt = t;
            }
            if (!dt || !dt[0])
                dt = time_data_date(a, n);
            if (dt && dt[0])
                time_dt = dt;
        } else if (rd_html_is(n, "title") && !title_el) {
            title_el = rd_html_text_dup(a, n);
        } else if (rd_html_is(n, "link")) {
            const char *rel = rd_html_attr(n, "rel");
            const char *href = rd_html_attr(n, "href");
            if (rel && href && strcasecmp(rel, "canonical") == 0 && !canonical)
                canonical = href;
        } else if (rd_html_is(n, "base") && !base_href) {
            base_href = rd_html_attr(n, "href");
        } else if (rd_html_is(n, "script")) {
            const char *type = rd_html_attr(n, "type");
            if (!have_ld && type && strcasecmp(type, "application/ld+json") == 0) {
                xmlChar *txt = xmlNodeGetContent(n);
                if (txt) {
                    jsonld_value *v = jsonld_parse(a, (const char *)txt, strlen((char *)txt));
                    ldmeta tmp = {0};
                    if (ld_find(&tmp, v)) {
                        ld = tmp;
                        have_ld = true;
                    } else {
                        ldmeta etmp = {0};
                        bool named = false;
                        if (ld_find_episode(&etmp, v, &n_eps, &named)) {
                            ep = etmp;
                            have_ep = true;
                            ep_named = named;
                        } else if (ld_has_webpage(v)) {
                            article_sign = true;
                        }
                    }
                    xmlFree(txt);
                }
            }
        }
    }

    if (!have_ld && have_ep && n_eps == 1 && (ep_named || !article_sign)) {
        ld = ep;
    }
    const char *doc_title = page_title(c, root, title_el ? title_el : "");
    /* JSON-LD name vs headline: the one that matches the page title. */
    const char *ld_title = NULL;
    if (ld.name && ld.headline && strcmp(ld.name, ld.headline) != 0) {
        bool nm = rd_html_similarity(ld.name, doc_title) > 0.75;
        bool hm = rd_html_similarity(ld.headline, doc_title) > 0.75;
        ld_title = hm && !nm ? ld.headline : ld.name;
    } else {
        ld_title = ld.name ? ld.name : ld.headline;
    }
    static const char *const title_keys[] = {"dc:title", "dcterm:title", "og:title",
                                             "weibo:article:title", "weibo:webpage:title",
                                             "title", "twitter:title", "parsely-title", NULL};
    const char *title = ld_title && ld_title[0] ? ld_title : NULL;
    const char *title_from = NULL; /* the meta tag the title came from */
    for (size_t i = 0; !title && title_keys[i]; i++)
        if ((title = mm_get(&mm, title_keys[i])) != NULL)
            title_from = title_keys[i];
    if (!title || !title[0]) {
        title = seo_title_to_h1(a, root, title_el, doc_title);
        /* the site's name beside the headline, as its home link shows it;
           a title the page declares (og:title, "Headline | eHow") stays
           whole, as in Readability */
        title =
            rd_html_home_named_h1(a, root, title, canonical ? canonical : mm_get(&mm, "og:url"));
    } else if (title != ld_title) {
        /* "» Headline | Blog": the declared title copies a <title> whose
         * theme left the name before the separator empty; the lone
         * separator is no part of the headline. */
        title = drop_lead_sep(a, title);
        /* A declared title that is the page's one h1 with the site's name
         * and the day after it ("Headline | DW | 21.05.2020"): the h1.
         * With the site's name alone the declared title stays whole, as in
         * Readability. */
        size_t nh1 = 0;
        bool eq = false;
        const char *one = h1_text(a, root, &nh1, NULL, &eq);
        const char *sq = rd_html_squash(a, title, strlen(title));
        const char *h1 = one ? trim_dup(a, one, strlen(one)) : NULL;
        const char *last;
        if (nh1 == 1 && h1 && title_is_h1_plus_site(a, sq, h1) &&
            strncmp(sq, h1, strlen(h1)) == 0) {
            const char *bar = strrchr(sq + strlen(h1), '|');
            if (bar && rd_html_date(a, trim_dup(a, bar + 1, strlen(bar + 1))))
                title = h1;
            /* ... or with the site's host name ("atg 1700 - Pastebin.com"):
             * a name no headline ends with */
            else if (host_name_after(sq + strlen(h1)))
                title = h1;
            /* ... or with a label and then the host name ("Headline -
             * Full Text View - Example.org"): the last part names the
             * site, so what stands between is the site's too */
            else if ((last = title_last_part(a, sq + strlen(h1))) != NULL && host_name_after(last))
                title = h1;
        }
        /* A declared title sharing next to no word with the page's one h1
         * while the <title> is that h1 and the site's name ("Schrödinger's
         * Hack" over <title> and h1 "Hacking, Cryptography, and ..."): a
         * headline written for sharing; the page's own title is the h1. */
        if (title != h1 && nh1 == 1 && h1 && title_el && headline_words(h1) >= 3 &&
            rd_html_similarity(sq, h1) < 0.3 && rd_html_similarity(h1, sq) < 0.3) {
            const char *te = rd_html_squash(a, title_el, strlen(title_el));
            if (title_is_h1_plus_site(a, te, h1))
                title = h1;
        }
        /* An og:title worded apart from the page's one h1 ("Why the Ferry
         * Is Not the Problem" over the h1 "Old Bridge Closes to Cars as
         * Ferry Takes Up the Load", a few words in common) while the
         * page's title for Twitter is that h1, alone or with the site's
         * name, and its <title> is the h1 but for a word or two: three of
         * the page's own titles agree on the headline against one written
         * for sharing. With a <title> of its own words too (a third
         * headline), the og:title stays, as in Readability; so does one
         * that is the h1 and the site's name, like it in most words. So
         * does one the page shows as a line of its own (a heading, a
         * paragraph: an episode's title under the show's name in the h1),
         * and one under an h1 that is the site's banner (a blog's name in
         * the h1 and in the <title> and Twitter title): there the h1
         * agrees with the others because all of them name the site. */
        if (title_from && strcmp(title_from, "og:title") == 0 && title != h1 && nh1 == 1 && h1 &&
            title_el && headline_words(h1) >= 3 && rd_html_similarity(sq, h1) < SHARE_TITLE_APART &&
            rd_html_similarity(h1, sq) < SHARE_TITLE_APART) {
            const char *tw = unescape_entities(a, mm_get(&mm, "twitter:title"));
            tw = tw ? rd_html_squash(a, tw, strlen(tw)) : NULL;
            tw = tw ? trim_dup(a, tw, strlen(tw)) : NULL;
            const char *whole = rd_html_squash(a, title_el, strlen(title_el));
            whole = trim_dup(a, whole, strlen(whole));
            const char *te = title_less_site(a, whole);
            bool te_h1 = rd_html_similarity(te, h1) >= SHARE_TITLE_SAME &&
                         rd_html_similarity(h1, te) >= SHARE_TITLE_SAME;
            if (tw && te_h1 && (strcmp(tw, h1) == 0 || title_is_h1_plus_site(a, tw, h1)) &&
                !h1_is_banner(c, root, whole, h1) &&
                !page_line_is(a, root, trim_dup(a, sq, strlen(sq))))
                title = h1;
        }
        /* A declared title that leaves out words of the headline ("Clinton:
         * Hack Stems From Grudge" over the h1 "Hillary Clinton: ... Hack
         * Stems From Longtime Grudge", "Houston Cougars hire ..." over
         * "Breaking: Houston hires ...") while the <title> is the page's
         * one h1, alone or with the site's name: a short form written for
         * sharing, and the page's own title is the h1. A declared title
         * that only spells the headline otherwise ("Dropbox's ATF - ..."
         * for "Dropbox ATF: ...") keeps all its words and stays, and so
         * does one of other words (the site's own name and motto, as
         * Readability keeps it). */
        /* The declared title's words are compared without its site's
         * part: "Post | Blog's name" under a banner h1 that is the blog's
         * name shares words only with that part. It stays when it is the
         * headline less a kicker or label, and beside a headline set in
         * capitals, which the declared title writes properly. */
        const char *named = title != h1 && title_el ? h1_named_by_title(a, root, title_el) : NULL;
        if (!named && title != h1)
            named = h1_named_by_feed(a, root);
        const char *own = named ? title_less_site(a, sq) : NULL;
        if (named && headline_words(named) >= SHARE_TITLE_H1_MIN_WORDS &&
            rd_html_words_missing(sq, named) >= SHARE_TITLE_DROPPED &&
            rd_html_similarity(named, sq) >= SHARE_TITLE_SIMILAR &&
            rd_html_similarity(named, own) >= SHARE_TITLE_SIMILAR &&
            !headline_after_label(a, named, sq) && !headline_after_label(a, named, own) &&
            (has_lower(named) || !has_lower(sq)))
            title = named;
    }
    title = unescape_entities(a, title);
    title = label_to_h1(a, root, title);
    if (title && title[0])
        m->title = rd_html_squash(c->a, title, strlen(title));

    /* Authors, and the byline they make: the names the page declares,
     * joined with commas as Readability does. */
    const char *names[16];
    size_t nn = 0;
    for (size_t i = 0; i < ld.n_authors && nn < 16; i++) {
        const char *nm = rd_html_squash(a, ld.authors[i], strlen(ld.authors[i]));
        nm = rd_html_name_less_role(c->a, nm);
        if (nm[0] && !is_url(nm))
            names[nn++] = nm;
    }
    if (nn) {
        m->byline = doc_names_join(c->a, names, nn, ", ");
    } else {
        static const char *const by_keys[] = {"dc:creator", "dcterm:creator", "author",
                                              "parsely-author", "article:author", NULL};
        for (size_t i = 0; by_keys[i] && !m->byline; i++) {
            const char *by = catalog_name(a, unescape_entities(a, mm_get(&mm, by_keys[i])));
            by = rd_html_desk_credit(a, by); /* "Politics desk - example.com": "" */
            /* the theme's maker, named in the footer's "Theme by" alone */
            if (by && by[0] && rd_html_theme_credit(a, root, by))
                by = NULL;
            if (by && by[0] && !is_url(by)) {
                m->byline = arena_strdup(c->a, by);
                nn = rd_html_split_names(a, rd_html_byline_name(a, by), names, 16);
            }
        }
    }
    for (size_t i = 0; i < nn; i++)
        doc_meta_add_author(c->a, m, names[i], NULL);
    if (ld.creator && ld.creator[0] && !is_url(ld.creator))
        c->ld_creator = rd_html_squash(c->a, ld.creator, strlen(ld.creator));
    if (ld.created && ld.created[0])
        c->ld_created = arena_strdup(c->a, ld.created);

    static const char *const desc_keys[] = {"dc:description", "dcterm:description",
                                            "og:description", "weibo:article:description",
                                            "weibo:webpage:description", "description",
                                            "twitter:description", NULL};
    const char *desc = ld.desc;
    for (size_t i = 0; !desc && desc_keys[i]; i++)
        desc = mm_get(&mm, desc_keys[i]);
    desc = unescape_entities(a, desc);
    if (desc && desc[0])
        m->description = rd_html_squash(c->a, desc, strlen(desc));

    const char *site = unescape_entities(a, ld.site ? ld.site : mm_get(&mm, "og:site_name"));
    if (site && site[0])
        m->site = rd_html_squash(c->a, site, strlen(site));

    /* The <title> beside the article's title is the site's name. */
    if (title_el && m->title) {
        const char *te = rd_html_squash(a, title_el, strlen(title_el));
        const char *at = strstr(te, m->title);
        if (at && strlen(te) > strlen(m->title))
            c->site_part = arena_strdup(c->a, at == te ? te + strlen(m->title)
                                                       : arena_strndup(a, te, (size_t)(at - te)));
    }
    if (title_el)
        c->title_tail = title_last_part(c->a, rd_html_squash(a, title_el, strlen(title_el)));
    const char *owner = site_owner(a, c->site_part, c->raw, c->raw_len);
    c->site_owner = owner ? arena_strdup(c->a, owner) : NULL;
    const char *tline = NULL;
    const char *tdate = find_title_date(a, root, m->title, &tline);
    c->title_date = tdate ? arena_strdup(c->a, tdate) : NULL;
    const char *ldate = find_label_date(a, root);
    c->label_date = ldate ? arena_strdup(c->a, ldate) : NULL;
    const char *label = find_label_credit(a, root);
    const char *dcredit = rd_html_date_line_credit(a, root, tline);
    c->date_credit = dcredit ? arena_strdup(c->a, dcredit) : NULL;
    c->label_credit = label ? arena_strdup(c->a, label) : NULL;
    if (m->byline) {
        const char *bk = title_key(a, m->byline);
        c->byline_is_site = (m->site && strcmp(bk, title_key(a, m->site)) == 0) ||
                            (c->site_part && strcmp(bk, title_key(a, c->site_part)) == 0);
    }
    /* A declared author that is the site ("ACCU Members") gives way to
     * the name the page prints after "Author:". */
    if (m->byline && c->label_credit && strcmp(m->byline, c->label_credit) != 0 &&
        names_site(a, m->byline, m->site, c->site_part)) {
        m->byline = c->label_credit;
        m->authors = NULL;
        m->author_roles = NULL;
        m->n_authors = 0;
        doc_meta_add_author(c->a, m, c->label_credit, NULL);
    }

    const char *date = ld.date;
    if (!date)
        date = mm_get(&mm, "article:published_time");
    if (!date)
        date = mm_get(&mm, "parsely-pub-date");
    if (!date)
        date = mm_get(&mm, "itemprop:datepublished");
    if (!date)
        date = item_dt;
    if (!date)
        date = mm_get(&mm, "dc:date");
    if (!date)
        date = mm_get(&mm, "date");
    if (!date)
        date = time_dt; /* the page's first <time datetime> */
    if (!date)
        date = ago_dt;
    if (!date)
        date = rd_html_class_date(a, root); /* "<li class=meta__date>19.07.2022" */
    m->date = rd_html_date(c->a, date);
    /* "<meta name=article_date_original ...>" waits for every printed
       date (byline, "Published:" line, dateline; rd_html_meta_finish):
       some engines fill "pubdate" with the day of the last edit */
    c->named_date = named_dt;

    const char *saved_url = NULL, *saved_date = NULL;
    singlefile_comment(a, c->raw, c->raw_len, &saved_url, &saved_date);
    if (!saved_date)
        saved_date = mm_get(&mm, "savepage-date");
    if (!saved_url)
        saved_url = mm_get(&mm, "savepage-url");
    if (c->archive && !saved_date)
        saved_date = c->archive->date;
    if (c->archive && !saved_url)
        saved_url = c->archive->saved_from;
    m->retrieved = rd_html_date(c->a, saved_date);

    const char *src = canonical;
    if (!src || !is_url(src))
        src = mm_get(&mm, "og:url");
    if (!src || !is_url(src))
        src = saved_url;
    if (src && is_url(src))
        m->source = arena_strdup(c->a, src);

    /* Links resolve against <base href> (itself resolved against the source). */
    c->base = m->source;
    if (base_href && base_href[0] && !rd_html_url_unsafe(base_href)) {
        const char *b = rd_html_resolve(c, base_href);
        if (b && (is_url(b) || !c->base))
            c->base = b;
    }
}

/* Two or four digits at p, exactly, ending at a '/': one part of a
 * path. */
static long
path_number(const char *p, size_t digits)
{
    long v = 0;
    for (size_t i = 0; i < digits; i++) {
        if (!isdigit((unsigned char)p[i]))
            return -1;
        v = v * 10 + (p[i] - '0');
    }
    return p[digits] == '/' ? v : -1;
}

/* Blog engines put the day a post went up in its address
 * (".../2017/03/05/the-post/"): year, month and day as three parts of
 * the path. */
static const char *
url_date(arena *a, const char *url)
{
    const char *p = url ? strstr(url, "://") : NULL;
    if (!p)
        return NULL;
    p = strchr(p + 3, '/');
    /* the path only: a query or fragment is not where the post lives */
    size_t end = strcspn(url, "?#");
    static const int mdays[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (; p && *p && (size_t)(p - url) < end; p = strchr(p + 1, '/')) {
        if ((size_t)(p - url) + 11 > end)
            break; /* "/yyyy/mm/dd" runs past the path */
        long y = path_number(p + 1, 4);
        long mo = y >= 1990 && y <= 2100 ? path_number(p + 6, 2) : -1;
        long d = mo >= 1 && mo <= 12 ? path_number(p + 9, 2) : -1;
        bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
        if (d >= 1 && d <= mdays[mo - 1] - (mo == 2 && !leap))
            return arena_printf(a, "%04ld-%02ld-%02ld", y, mo, d);
    }
    return NULL;
}

/* The <title>'s last part after a separator with spaces around it
 * ("Headline - ITmedia PC USER": "ITmedia PC USER"), NULL without one. */
static const char *
title_last_part(arena *a, const char *te)
{
    const char *last = NULL;
    for (const char *p = te; *p; p++) {
        size_t k;
        if (*p == ' ' && (k = rd_html_title_sep_at(p + 1)) != 0 && p[1 + k] == ' ')
            last = p + 1 + k + 1;
    }
    return last && last[0] ? arena_strdup(a, last) : NULL;
}

/* A credit's name that is the publisher, not a person ("[Jane Roe，
 * ITmedia]" on "... - ITmedia PC USER", "Jane Roe, Harbour Post"): every
 * word of it is a word of the site's name. */
static bool
all_words_in(arena *a, const char *name, const char *site)
{
    if (!site || !site[0])
        return false;
    const char *nk = title_key(a, name), *sk = title_key(a, site);
    size_t seen = 0;
    for (const char *w = nk; *w;) {
        size_t n = strcspn(w, " ");
        bool in = false;
        for (const char *p = sk; n && (p = strstr(p, arena_strndup(a, w, n))) != NULL; p++)
            if ((p == sk || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0')) {
                in = true;
                break;
            }
        if (n && !in)
            return false;
        seen += n > 0;
        w += n;
        while (*w == ' ')
            w++;
    }
    return seen > 0;
}

static bool
name_is_site(rd_html_ctx *c, const char *name)
{
    arena *a = c->scratch;
    return all_words_in(a, name, c->meta->site) || all_words_in(a, name, c->site_part) ||
           all_words_in(a, name, c->title_tail);
}

/* A name with a company's legal form ("Example Media Inc.", "Foo GmbH",
 * "株式会社インプレス"): the publisher, not a writer. */
static bool
names_company(arena *a, const char *name)
{
    static const char *const forms[] = {"inc",  "corp", "corporation", "ltd",     "llc",
                                        "gmbh", "plc",  "limited",     "company", NULL};
    static const char *const cjk_forms[] = {"\xE6\xA0\xAA\xE5\xBC\x8F\xE4\xBC\x9A\xE7\xA4\xBE",
                                            "\xE6\x9C\x89\xE9\x99\x90\xE4\xBC\x9A\xE7\xA4\xBE",
                                            NULL}; /* 株式会社, 有限会社 */
    for (size_t i = 0; cjk_forms[i]; i++)
        if (strstr(name, cjk_forms[i]))
            return true;
    const char *k = title_key(a, name);
    for (size_t i = 0; forms[i]; i++) {
        size_t n = strlen(forms[i]);
        for (const char *w = strstr(k, forms[i]); w; w = strstr(w + 1, forms[i]))
            if ((w == k || w[-1] == ' ') && (w[n] == ' ' || !w[n]))
                return true;
    }
    return false;
}

void
rd_html_meta_finish(rd_html_ctx *c)
{
    doc_meta *m = c->meta;
    /* A declared author that is a company gives way to the writer the
     * story's header prints. */
    if (m->byline && c->byline && c->byline[0] && c->n_byline_names && !c->label_credit &&
        names_company(c->scratch, m->byline) && !names_company(c->scratch, c->byline)) {
        m->byline = NULL;
        m->authors = NULL;
        m->author_roles = NULL;
        m->n_authors = 0;
    }
    /* A declared author that is the site's name, all of it ("elmundo.es"
     * on "... | elmundo.es"), gives way to the byline the page prints. */
    if (m->byline && c->byline_is_site && c->byline && c->byline[0] && c->n_byline_names &&
        !c->label_credit) {
        m->byline = NULL;
        m->authors = NULL;
        m->author_roles = NULL;
        m->n_authors = 0;
    }
    if (!m->byline && c->byline && c->byline[0]) {
        m->byline = c->byline;
        if (!m->date && c->byline_raw)
            m->date = rd_html_date(c->a, c->byline_raw);
        for (size_t i = 0; i < c->n_byline_names; i++)
            if (c->n_byline_names < 2 || !name_is_site(c, c->byline_names[i]))
                doc_meta_add_author(c->a, m, c->byline_names[i], c->byline_roles[i]);
    } else if (c->byline && c->byline[0] && !m->n_contribs) {
        /* the declared author won, but the printed credit still names
           the translator ("By A. Translated from the Norwegian by B") */
        for (size_t i = 0; i < c->n_byline_names; i++)
            if (doc_role_code(c->byline_roles[i]))
                doc_meta_add_author(c->a, m, c->byline_names[i], c->byline_roles[i]);
    }
    if (!m->date && c->head_date)
        m->date = rd_html_date(c->a, c->head_date);
    if (!m->date && c->title_date)
        m->date = c->title_date;
    if (!m->date && c->label_date)
        m->date = rd_html_date(c->a, c->label_date);
    if (!m->date && c->named_date)
        m->date = rd_html_date(c->a, c->named_date);
    /* No credit anywhere else: the name after a visible "Author:". */
    if (!m->byline && c->label_credit) {
        m->byline = c->label_credit;
        doc_meta_add_author(c->a, m, c->label_credit, NULL);
    }
    /* Nor that: the name a microdata <meta itemprop="author"> gives
     * (Readability reads only name= and property=, so this comes last). */
    if (!m->byline && c->item_author && c->item_author[0]) {
        m->byline = c->item_author;
        doc_meta_add_author(c->a, m, c->item_author, NULL);
    }
    /* Last, the JSON-LD's creator and dateCreated: the words of a page
     * that declares no author and no publication date. */
    if (!m->byline && c->ld_creator) {
        m->byline = c->ld_creator;
        doc_meta_add_author(c->a, m, c->ld_creator, NULL);
    }
    if (!m->date && c->ld_created)
        m->date = rd_html_date(c->a, c->ld_created);
    /* Still none (a page that prints the day without its year, "Mar
     * 05", or not at all, and declares nothing): the day its own
     * address holds. */
    if (!m->date)
        m->date = url_date(c->a, m->source);
    /* Nothing at all: the person a personal site is named after. */
    if (!m->byline && c->site_owner) {
        m->byline = c->site_owner;
        doc_meta_add_author(c->a, m, c->site_owner, NULL);
    }
    /* Least sure of all: the name after the date under the headline
     * ("11.09.2011, 16:20 von jroe"), which any credit printed or
     * declared elsewhere outranks. */
    if (!m->byline && c->date_credit) {
        m->byline = c->date_credit;
        doc_meta_add_author(c->a, m, c->date_credit, NULL);
    }
}
