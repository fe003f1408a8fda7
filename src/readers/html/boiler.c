/*
 * boiler.c - boilerplate that survives Readability's rules inside the
 * chosen container, removed by what it is rather than by its class: lists
 * of tag links (rel="tag", the microformat every blog engine writes), the
 * dateline before the text ("24.03.2004, 19:49 | Editor"; the date is
 * metadata already; with it a list of the date and the "by" whose name
 * went to the byline), photo credits ("© Jane Doe"), lists of teaser
 * cards (more stories: a heading that is one link, a short excerpt),
 * "back to" links after the text ("Back to the list", "Go to top of page"),
 * "read also" boxes, the "posted by" line a blog engine prints under each
 * post ("Submitted by jane on ...", "This entry was posted on ..."), and
 * headings left with nothing after them once their section went.
 * Before extraction (rd_html_drop_marked, from clean.c's preparation):
 * short blocks the page names as donation appeals, breadcrumbs or the
 * author's biography, or WordPress's post footer; copyright notices outside
 * the page footer; newsletter
 * sign-up boxes (rd_html_drop_signup_boxes).
 *
 * A tag list is found from its links: each link marked rel="tag" climbs to
 * the largest ancestor inside the article whose text is the tag links plus
 * at most a short label ("Tags:", "Filed under", separators). A tag link
 * inside a sentence never qualifies, since the sentence's own words exceed
 * the label allowance. The blocks are chosen first and removed after, so
 * no pointer into a freed subtree is followed.
 */
#include "html_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Longest dateline or credit line; longer text is a sentence. */
#define SHORT_LINE_MAX 60
/* A paragraph this long is prose: datelines come before the first one. */
#define PROSE_MIN 100
/* Words a tag list may hold besides its links ("Schlagworte: ", "Tags: "). */
#define TAG_LABEL_MAX 40

/* Remove the chosen blocks (none inside another) and free the list. */
static void
remove_all(rd_html_list *gone)
{
    for (size_t i = 0; i < gone->n; i++)
        rd_html_remove(gone->v[i]);
    rd_html_list_free(gone);
}

static bool
rel_has(const xmlNode *n, const char *tok)
{
    const char *rel = rd_html_attr(n, "rel");
    if (!rel)
        return false;
    size_t k = strlen(tok);
    for (const char *p = rel; (p = strstr(p, tok)) != NULL; p++) {
        bool start = p == rel || p[-1] == ' ';
        bool end = p[k] == '\0' || p[k] == ' ';
        if (start && end)
            return true;
    }
    return false;
}

/* Text length of n, the part of it inside rel=tag links, and their count. */
static size_t
tag_text(const xmlNode *n, size_t *in_tags, size_t *count)
{
    size_t t = 0;
    *count = 0;
    for (xmlNode *e = rd_html_next((xmlNode *)n, n, true); e;) {
        if (rd_html_is(e, "a") && rel_has(e, "tag")) {
            t += rd_html_text_len(e);
            (*count)++;
            e = rd_html_next(e, n, false);
            continue;
        }
        e = rd_html_next(e, n, true);
    }
    *in_tags = t;
    return rd_html_text_len(n);
}

static bool
is_tag_block(const xmlNode *n)
{
    size_t tags, count;
    size_t len = tag_text(n, &tags, &count);
    /* the label, and a separator between tags */
    return tags > 0 && len <= tags + TAG_LABEL_MAX + 3 * count;
}

static bool
inside(const xmlNode *n, const xmlNode *anc)
{
    for (const xmlNode *p = n->parent; p; p = p->parent)
        if (p == anc)
            return true;
    return false;
}

/* A paragraph inside n that is not one of a's ancestors: n holds text of
 * its own besides the tag links ("Successor", the one line of a comic
 * post, is within the label allowance but no label). */
static bool
holds_other_p(const xmlNode *n, const xmlNode *a)
{
    for (xmlNode *e = rd_html_next((xmlNode *)n, n, true); e; e = rd_html_next(e, n, true))
        if (rd_html_is(e, "p") && !inside(a, e) && rd_html_has_text(e))
            return true;
    return false;
}

static void
drop_tag_lists(xmlNode *art)
{
    rd_html_list links = {0}, blocks = {0};
    rd_html_collect(art, "a", &links);
    for (size_t i = 0; i < links.n; i++) {
        xmlNode *a = links.v[i];
        if (!rel_has(a, "tag"))
            continue;
        xmlNode *top = NULL;
        for (xmlNode *p = a->parent; p && p != art && p->type == XML_ELEMENT_NODE; p = p->parent) {
            if (!is_tag_block(p) || holds_other_p(p, a))
                break;
            top = p;
        }
        if (top)
            rd_html_list_push(&blocks, top);
    }
    /* Outermost blocks only: an inner one goes with its ancestor. */
    rd_html_list keep = {0};
    for (size_t i = 0; i < blocks.n; i++) {
        bool covered = false;
        for (size_t j = 0; j < blocks.n && !covered; j++)
            covered = blocks.v[j] != blocks.v[i] && inside(blocks.v[i], blocks.v[j]);
        for (size_t j = 0; j < keep.n && !covered; j++)
            covered = keep.v[j] == blocks.v[i];
        if (!covered)
            rd_html_list_push(&keep, blocks.v[i]);
    }
    for (size_t i = 0; i < keep.n; i++)
        rd_html_remove(keep.v[i]);
    rd_html_list_free(&keep);
    rd_html_list_free(&blocks);
    rd_html_list_free(&links);
}


/* A short line made mostly of a date and time: a 4-digit year and digits
 * for at least a third of its visible characters ("24. März 2004, 19:49 |
 * Editor", "11.09.2011, 16:20 by jo"). */
static bool
is_dateline(const char *t)
{
    size_t vis = 0, digits = 0;
    bool year = false;
    for (const char *p = t; *p; p++) {
        unsigned char ch = (unsigned char)*p;
        if (ch == ' ')
            continue;
        if ((ch & 0xC0) != 0x80)
            vis++;
        if (isdigit(ch)) {
            digits++;
            if ((p == t || !isdigit((unsigned char)p[-1])) && isdigit((unsigned char)p[1]) &&
                isdigit((unsigned char)p[2]) && isdigit((unsigned char)p[3]) &&
                !isdigit((unsigned char)p[4]) && (p[0] == '1' || p[0] == '2'))
                year = true;
        }
    }
    return year && vis && digits * 3 >= vis;
}

static bool
is_credit(const char *t)
{
    return strncmp(t, "\xc2\xa9", 2) == 0 || strncmp(t, "(c) ", 4) == 0 ||
           strncmp(t, "(C) ", 4) == 0;
}

/* What is left of a byline once the name went to the metadata: the
 * preposition alone ("by", "von", "par"), maybe with a colon. */
static bool
is_by_word(const char *t)
{
    static const char *const words[] = {"by", "von", "par", "por", "di", "door", "av", "af",
                                        "de", "written by", "posted by", "geschrieben von",
                                        NULL};
    char w[24];
    size_t k = 0;
    for (const char *p = t; *p && k + 1 < sizeof(w); p++)
        w[k++] = (char)tolower((unsigned char)*p);
    w[k] = '\0';
    while (k && (w[k - 1] == ':' || w[k - 1] == ' '))
        w[--k] = '\0';
    for (size_t i = 0; words[i]; i++)
        if (strcmp(w, words[i]) == 0)
            return true;
    return false;
}

/* True when s holds w in any ASCII case. */
static bool
strcasestr_ascii(const char *s, const char *w)
{
    size_t n = strlen(w);
    for (; *s; s++)
        if (strncasecmp(s, w, n) == 0)
            return true;
    return false;
}

/* "5 min read", "Lecture 4 min.", "Lesezeit: 3 Min.": the reading time, a
 * short line with a number, a minute word and a reading word ("Cook for 5
 * minutes" is no reading time). It goes wherever it stands. */
static bool
is_reading_time(const char *t)
{
    static const char *const mins[] = {"min", "minute", "minuten", "minutes", "minuti",
                                       "minutos", NULL};
    static const char *const reads[] = {"read", "lecture", "lese", "lettura", "lectura",
                                        "leitura", "leestijd", NULL};
    if (strlen(t) > 40)
        return false;
    bool reading = false;
    for (size_t i = 0; reads[i] && !reading; i++)
        reading = strcasestr_ascii(t, reads[i]);
    if (!reading)
        return false;
    bool num = false;
    for (const char *p = t; *p; p++) {
        if (isdigit((unsigned char)*p)) {
            num = true;
            continue;
        }
        if (!num || !isalpha((unsigned char)*p) || (p > t && isalpha((unsigned char)p[-1])))
            continue;
        size_t n = 0;
        while (isalpha((unsigned char)p[n]))
            n++;
        for (size_t i = 0; mins[i]; i++)
            if (n == strlen(mins[i]) && strncasecmp(p, mins[i], n) == 0)
                return true;
    }
    return false;
}

/* A line of the article's head: a date, or a date followed by the byline
 * preposition its name was taken from ("December 28, 2016 by"), or the
 * reading time. The first date found is kept: a page without a date in
 * its metadata has it here. */
static bool
is_head_line(rd_html_ctx *c, const char *t)
{
    if (is_by_word(t) || is_reading_time(t))
        return true;
    const char *sp = strrchr(t, ' ');
    const char *date = sp && is_by_word(sp + 1) ? arena_strndup(c->scratch, t, (size_t)(sp - t))
                                                : t;
    if (!is_dateline(date))
        return false;
    if (!c->head_date)
        c->head_date = arena_strdup(c->a, date);
    return true;
}

/* "by Jane Roe / January 19, 2017 / Leave a comment": a credit line of
 * plain text before the prose, the preposition, a name of one to four
 * capitalised words, a separator and a date after it. The name and the
 * date are kept for the metadata (when the page declares none). */
static bool
is_by_line(rd_html_ctx *c, const char *t)
{
    static const char *const bys[] = {"by ", "von ", "par ", "por ", "di ", "door ",
                                      "written by ", "posted by ", NULL};
    size_t bl = 0;
    for (size_t i = 0; bys[i] && !bl; i++)
        if (strncasecmp(t, bys[i], strlen(bys[i])) == 0)
            bl = strlen(bys[i]);
    if (!bl)
        return false;
    const char *name = t + bl;
    const char *sep = NULL;
    static const char *const seps[] = {" / ", " | ", " \xc2\xb7 ", " \xe2\x80\xa2 ", ", ",
                                       " - ", " \xe2\x80\x93 ", NULL};
    size_t sl = 0;
    for (size_t i = 0; seps[i]; i++) {
        const char *q = strstr(name, seps[i]);
        if (q && (!sep || q < sep)) {
            sep = q;
            sl = strlen(seps[i]);
        }
    }
    if (!sep || !rd_html_date(c->scratch, sep + sl))
        return false;
    size_t words = 0;
    for (const char *p = name; p < sep; p++) {
        bool start = p == name || p[-1] == ' ';
        if (!start || *p == ' ')
            continue;
        if (!isupper((unsigned char)*p) && (unsigned char)*p < 0x80)
            return false;
        words++;
    }
    if (words < 1 || words > 4)
        return false;
    if (!c->label_credit)
        c->label_credit = arena_strndup(c->a, name, (size_t)(sep - name));
    if (!c->head_date)
        c->head_date = arena_strdup(c->a, sep + sl);
    return true;
}

/* "Back to the ACNFP page", "Go to top of page", "Zurück zur Übersicht",
 * "Retour à la liste": a short line after the text, holding a link, that
 * leads back to where the reader came from. */
static bool
is_back_link(const xmlNode *n, const char *t)
{
    static const char *const leads[] = {
        "back to ", "go to top", "return to ", "top of page", "to the top",
        "zur\xc3\xbc" "ck zu", "nach oben", "retour \xc3\xa0 ", "retour au ", "retour aux ",
        "haut de page", "volver a", "regresar a", "torna a", "torna all", "tornare a", NULL};
    while (*t == ' ' || *t == '\n' || *t == '\t')
        t++;
    bool lead = false;
    for (size_t i = 0; leads[i] && !lead; i++)
        lead = strncasecmp(t, leads[i], strlen(leads[i])) == 0;
    if (!lead)
        return false;
    for (xmlNode *e = rd_html_next((xmlNode *)n, n, true); e; e = rd_html_next(e, n, true))
        if (rd_html_is(e, "a"))
            return true;
    return false;
}

/* Lines that go wherever they are (credits), and lines that go before the
 * first paragraph of prose (the dateline; a list of such lines, the post's
 * date and "by" in list items). Paragraphs and list items are read in
 * document order so "before the prose" means what the reader sees. */
static void
drop_lines(rd_html_ctx *c, xmlNode *art)
{
    rd_html_list gone = {0};
    bool prose = false;
    for (xmlNode *n = rd_html_next(art, art, true); n;) {
        bool p = rd_html_is(n, "p"), list = rd_html_is(n, "ul") || rd_html_is(n, "ol");
        if (!p && !list) {
            n = rd_html_next(n, art, true);
            continue;
        }
        size_t len = rd_html_text_len(n);
        if (p) {
            if (len >= PROSE_MIN)
                prose = true;
            if (len && len <= SHORT_LINE_MAX) {
                const char *t = rd_html_text_dup(c->scratch, n);
                if (is_credit(t) || is_reading_time(t) || (prose && is_back_link(n, t)) ||
                    (!prose && (is_head_line(c, t) || is_by_line(c, t))))
                    rd_html_list_push(&gone, n);
            }
            n = rd_html_next(n, art, false);
            continue;
        }
        /* A list before the prose whose items are all head lines. */
        bool head = !prose && len && len <= 2 * SHORT_LINE_MAX;
        size_t items = 0;
        for (xmlNode *li = n->children; head && li; li = li->next) {
            if (li->type != XML_ELEMENT_NODE)
                continue;
            if (!rd_html_is(li, "li")) {
                head = false;
                break;
            }
            const char *t = rd_html_text_dup(c->scratch, li);
            if (t[0] && !is_head_line(c, t))
                head = false;
            items++;
        }
        if (head && items) {
            rd_html_list_push(&gone, n);
            n = rd_html_next(n, art, false);
            continue;
        }
        n = rd_html_next(n, art, true);
    }
    /* Chosen blocks never nest: the walk skips the inside of each. */
    remove_all(&gone);
}

/* Blocks the page names for what they are and that Readability's class
 * patterns miss: calls for donations ("Our journalism depends on readers
 * like you. Give now"), breadcrumb trails ("You are here: Home / News /"
 * and the title; Readability knows only the plural "breadcrumbs"), and the
 * author's biography box at the end ("About Jane Doe: a professor in...").
 * Each is short; a long block of that name is left to the other rules.
 * They go before extraction, while their names are still on them: a div
 * holding only a line of text is later replaced by a bare paragraph. */
typedef struct marked_kind {
    const char *const *pats;
    size_t min_text, max_text;
} marked_kind;

static const char *const appeal_pats[] = {"donate", "donation", NULL};
static const char *const crumb_pats[] = {"breadcrumb", NULL};
static const char *const bio_pats[] = {"author-bio", "authorbio", "author_bio", "author-box",
                                       "authorbox", "author_box", "about-author",
                                       "about_author", "aboutauthor", "author-info",
                                       "author_info", "biographia", "bio-box", "biobox",
                                       "author-card", "author-profile", NULL};
/* A biography holds a sentence about the author; "author-info" with only a
 * name in it is the byline, which the metadata still needs. */
/* The footer WordPress's classic default themes print under each post
 * (Kubrick's "postmetadata", Twenty Ten's "entry-utility"): "This entry
 * was posted ... filed under ...", "Bookmark the permalink", the author's
 * blurb. */
static const char *const postfoot_pats[] = {"postmetadata", "entry-utility", NULL};
static const marked_kind marked[] = {
    {appeal_pats, 0, 300}, {crumb_pats, 0, 300}, {bio_pats, 100, 1000}, {postfoot_pats, 0, 1000}};

static bool
is_marked(const xmlNode *n)
{
    char lc[512];
    rd_html_class_id(n, lc, sizeof(lc));
    const char *it = rd_html_attr(n, "itemtype");
    const char *aria = rd_html_attr(n, "aria-label");
    size_t len = 0;
    bool len_known = false;
    for (size_t k = 0; k < sizeof(marked) / sizeof(marked[0]); k++) {
        bool hit = rd_html_match(lc, marked[k].pats);
        /* schema.org BreadcrumbList, aria-label="breadcrumb" */
        if (!hit && marked[k].pats == crumb_pats)
            hit = (it && strstr(it, "BreadcrumbList")) ||
                  (aria && strncasecmp(aria, "breadcrumb", 10) == 0);
        if (!hit)
            continue;
        if (!len_known) {
            len = rd_html_text_len(n);
            len_known = true;
        }
        if (len >= marked[k].min_text && len <= marked[k].max_text)
            return true;
    }
    return false;
}

/* Inside a page footer (an element, class or id of that name). */
static bool
in_footer(const xmlNode *n)
{
    char lc[512];
    for (const xmlNode *p = n->parent; p && p->type == XML_ELEMENT_NODE; p = p->parent) {
        rd_html_class_id(p, lc, sizeof(lc));
        if (rd_html_is(p, "footer") || strstr(lc, "footer"))
            return true;
    }
    return false;
}

/* A short block the page names a copyright notice ("article-copyright":
 * "Original content, no commercial reuse"), outside the page footer: it
 * sits under the article, where the sibling rules would keep it. The
 * footer's own line stays for the footer rules, which use it to tell a
 * footer from an article. Like the marked blocks, it goes before
 * extraction, while its class is on it. */
static void
drop_copyright_blocks(xmlNode *root)
{
    static const char *const pats[] = {"copyright", NULL};
    rd_html_list gone = {0};
    char lc[512];
    for (xmlNode *n = rd_html_next(root, root, true); n;) {
        rd_html_class_id(n, lc, sizeof(lc));
        if (n->type == XML_ELEMENT_NODE && rd_html_match(lc, pats) &&
            rd_html_text_len(n) <= 300 && !in_footer(n)) {
            rd_html_list_push(&gone, n);
            n = rd_html_next(n, root, false);
            continue;
        }
        n = rd_html_next(n, root, true);
    }
    remove_all(&gone);
}

void
rd_html_drop_marked(xmlNode *root)
{
    rd_html_list gone = {0};
    for (xmlNode *n = rd_html_next(root, root, true); n;) {
        if (n->type == XML_ELEMENT_NODE && is_marked(n)) {
            rd_html_list_push(&gone, n);
            n = rd_html_next(n, root, false);
            continue;
        }
        n = rd_html_next(n, root, true);
    }
    remove_all(&gone);
    drop_copyright_blocks(root);
}

/* A teaser's excerpt is a few lines; a section of the article is longer. */
#define CARD_TEXT_MAX 600
#define CARD_EXCERPT_MIN 20

static bool
is_heading(const xmlNode *n)
{
    const char *nm = (const char *)n->name;
    return n->type == XML_ELEMENT_NODE && nm[0] == 'h' && nm[1] >= '1' && nm[1] <= '6' &&
           !nm[2];
}

/* A teaser card: its first heading is a single link to another page (not
 * a #fragment), and it holds a short excerpt besides. List items are not
 * cards: a list of stories may be what the page is for (a section front). */
static bool
is_card(const xmlNode *n)
{
    if (n->type != XML_ELEMENT_NODE || is_heading(n) || rd_html_is(n, "li"))
        return false;
    size_t len = rd_html_text_len(n);
    if (!len || len > CARD_TEXT_MAX)
        return false;
    xmlNode *h = NULL;
    for (xmlNode *e = rd_html_next((xmlNode *)n, n, true); e && !h; e = rd_html_next(e, n, true))
        if (is_heading(e))
            h = e;
    /* Without a heading element, the headline is the first paragraph
     * with text (a div with a class such as "title" became one; the
     * thumbnail's link before it has none), and it must be one link. */
    for (xmlNode *e = rd_html_next((xmlNode *)n, n, true); e && !h; e = rd_html_next(e, n, true))
        if (rd_html_is(e, "p") && rd_html_text_len(e)) {
            h = e;
            if (rd_html_link_density(e) < 0.9)
                return false;
        }
    if (!h)
        return false;
    /* An excerpt (text outside headings and links), and no list inside:
     * a section's title bar or a list of stories is not one card. */
    size_t excerpt = 0;
    for (xmlNode *e = rd_html_next((xmlNode *)n, n, true); e;) {
        if (rd_html_is(e, "ul") || rd_html_is(e, "ol"))
            return false;
        if (is_heading(e) || e == h || rd_html_is(e, "a")) {
            e = rd_html_next(e, n, false);
            continue;
        }
        for (xmlNode *t = e->children; t; t = t->next)
            if (t->type == XML_TEXT_NODE)
                excerpt += rd_html_text_len(t);
        e = rd_html_next(e, n, true);
    }
    if (excerpt < CARD_EXCERPT_MIN)
        return false;
    size_t hlen = rd_html_text_len(h);
    if (!hlen)
        return false;
    for (xmlNode *e = rd_html_next(h, h, true); e; e = rd_html_next(e, h, true)) {
        if (!rd_html_is(e, "a"))
            continue;
        const char *href = rd_html_attr(e, "href");
        return href && href[0] && href[0] != '#' && rd_html_text_len(e) * 10 >= hlen * 9;
    }
    return false;
}

/* Blocks made of two or more teaser cards (which make up nearly all their
 * text): "more stories", "read next", whatever their class says. */
static void
drop_teaser_lists(xmlNode *art)
{
    rd_html_list gone = {0};
    for (xmlNode *n = rd_html_next(art, art, true); n;) {
        size_t cards = 0, card_text = 0;
        for (xmlNode *ch = n->children; ch; ch = ch->next)
            if (is_card(ch)) {
                cards++;
                card_text += rd_html_text_len(ch);
            }
        size_t len = cards >= 2 ? rd_html_text_len(n) : 0;
        if (cards >= 2 && card_text * 5 >= len * 4) {
            rd_html_list_push(&gone, n);
            n = rd_html_next(n, art, false);
            continue;
        }
        n = rd_html_next(n, art, true);
    }
    remove_all(&gone);
}

/* "Read also: <a headline>" boxes set between the paragraphs: a short
 * block of one to three links under a label that says so. The label words
 * are few and the same on every site of a language. */
static const char *const also_labels[] = {
    "read also", "read more", "see also", "also read", "related:", "lire aussi", "à lire",
    "voir aussi", "lesen sie auch", "mehr zum thema", "auch interessant", "lee también",
    "leia também", "leggi anche", NULL};
#define ALSO_TEXT_MAX 250

static bool
is_also_box(arena *a, const xmlNode *n)
{
    /* A paragraph saying "read more about it here" is the author's own
     * sentence; the boxes are divs and sections of their own. */
    if (!rd_html_is(n, "div") && !rd_html_is(n, "section") && !rd_html_is(n, "aside"))
        return false;
    size_t len = rd_html_text_len(n);
    if (!len || len > ALSO_TEXT_MAX)
        return false;
    size_t links = 0, link_text = 0;
    for (xmlNode *e = rd_html_next((xmlNode *)n, n, true); e; e = rd_html_next(e, n, true))
        if (rd_html_is(e, "a")) {
            links++;
            link_text += rd_html_text_len(e);
        }
    if (!links || links > 3 || link_text * 5 < len * 2)
        return false;
    /* the label: the block's text with the links' text left out */
    char *t = rd_html_text_dup(a, n);
    for (char *p = t; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    for (size_t i = 0; also_labels[i]; i++)
        if (strstr(t, also_labels[i]))
            return true;
    return false;
}

static void
drop_also_boxes(rd_html_ctx *c, xmlNode *art)
{
    rd_html_list gone = {0};
    for (xmlNode *n = rd_html_next(art, art, true); n;) {
        if (n->type == XML_ELEMENT_NODE && is_also_box(c->scratch, n)) {
            rd_html_list_push(&gone, n);
            n = rd_html_next(n, art, false);
            continue;
        }
        n = rd_html_next(n, art, true);
    }
    remove_all(&gone);
}

/* Newsletter sign-up boxes, in the article or beside it ("This article
 * appeared in our newsletter; subscribers can sign up by following this
 * link"): a block of its own, short, with a link or a form, whose words
 * name a newsletter and the act of signing up, in one of the languages
 * below. They go before extraction (rd_html_prepare): the later rules
 * would take the box's link paragraph and leave its title behind. */
static const char *const letter_words[] = {"newsletter", "lettre", "boletín", "nieuwsbrief",
                                           NULL};
static const char *const signup_words[] = {"subscribe", "sign up", "signup", "inscri",
                                           "abonn", "anmeld", "suscr", "iscriv", NULL};
#define SIGNUP_TEXT_MIN 60
#define SIGNUP_TEXT_MAX 600

static bool
has_word(const char *t, const char *const *words)
{
    for (size_t i = 0; words[i]; i++)
        if (strstr(t, words[i]))
            return true;
    return false;
}

static bool
is_signup_box(arena *a, const xmlNode *n)
{
    if (!rd_html_is(n, "div") && !rd_html_is(n, "section") && !rd_html_is(n, "aside"))
        return false;
    /* A bare "Sign up for our newsletter" link is left alone, as
     * Readability leaves it (the reference output keeps it). */
    size_t len = rd_html_text_len(n);
    if (len < SIGNUP_TEXT_MIN || len > SIGNUP_TEXT_MAX)
        return false;
    size_t links = 0, prose = 0;
    bool form = false;
    for (xmlNode *e = rd_html_next((xmlNode *)n, n, true); e; e = rd_html_next(e, n, true)) {
        links += rd_html_is(e, "a");
        form |= rd_html_is(e, "form") || rd_html_is(e, "input") || rd_html_is(e, "button");
        prose += rd_html_is(e, "p") && rd_html_text_len(e) >= PROSE_MIN;
    }
    if (!form && (!links || links > 3))
        return false;
    /* A box pitches in a sentence or two; a short post that mentions its
     * author's newsletter in its last lines has paragraphs of its own. */
    if (prose >= 2)
        return false;
    char *t = rd_html_text_dup(a, n);
    for (char *p = t; *p; p++)
        *p = (char)tolower((unsigned char)*p);
    return has_word(t, letter_words) && has_word(t, signup_words);
}

void
rd_html_drop_signup_boxes(rd_html_ctx *c, xmlNode *art)
{
    rd_html_list gone = {0};
    for (xmlNode *n = rd_html_next(art, art, true); n;) {
        if (n->type == XML_ELEMENT_NODE && is_signup_box(c->scratch, n)) {
            rd_html_list_push(&gone, n);
            n = rd_html_next(n, art, false);
            continue;
        }
        n = rd_html_next(n, art, true);
    }
    remove_all(&gone);
}

/* Lists of one-letter links: a wiki navbox's "v t e" (view, talk, edit
 * the template), or a row of page numbers. Every item is a link of at
 * most two characters; the list names nothing a reader needs. */
static bool
is_letter_links(const xmlNode *n)
{
    if (!rd_html_is(n, "ul") && !rd_html_is(n, "ol"))
        return false;
    size_t items = 0;
    for (xmlNode *li = n->children; li; li = li->next) {
        if (li->type != XML_ELEMENT_NODE)
            continue;
        if (!rd_html_is(li, "li"))
            return false;
        size_t len = rd_html_text_len(li), in_links = 0;
        for (xmlNode *e = rd_html_next(li, li, true); e; e = rd_html_next(e, li, true))
            if (rd_html_is(e, "a"))
                in_links += rd_html_text_len(e);
        if (!len || len > 2 || in_links < len)
            return false;
        items++;
    }
    return items >= 2;
}

static void
drop_letter_links(xmlNode *art)
{
    rd_html_list gone = {0};
    for (xmlNode *n = rd_html_next(art, art, true); n;) {
        if (is_letter_links(n)) {
            rd_html_list_push(&gone, n);
            n = rd_html_next(n, art, false);
            continue;
        }
        n = rd_html_next(n, art, true);
    }
    remove_all(&gone);
}

/* A heading with nothing after it: its section was chrome the rules
 * above removed ("Related topics" over a slider of links), and a title
 * over nothing is no part of the article. */
static xmlNode *
last_text(xmlNode *n)
{
    for (xmlNode *ch = n->last; ch; ch = ch->prev) {
        if (ch->type == XML_TEXT_NODE || ch->type == XML_CDATA_SECTION_NODE) {
            if (rd_html_text_len(ch))
                return ch;
        } else if (ch->type == XML_ELEMENT_NODE) {
            xmlNode *t = last_text(ch);
            if (t)
                return t;
        }
    }
    return NULL;
}

static void
drop_trailing_headings(xmlNode *art)
{
    for (int guard = 0; guard < 8; guard++) {
        xmlNode *t = last_text(art);
        xmlNode *h = NULL;
        for (xmlNode *p = t ? t->parent : NULL; p && p != art; p = p->parent)
            if (is_heading(p))
                h = p;
        if (!h)
            return;
        rd_html_remove(h);
    }
}

/* Teaser cards go before the conditional cleaning too: it takes a card's
 * one-link headline and its date line and leaves the bare excerpt, which
 * no longer reads as a card. */
void
rd_html_drop_teasers(xmlNode *art)
{
    drop_teaser_lists(art);
}

/* "Submitted by jane on Sun, 07/23/2017 - 18:55", "Gespeichert von rasos
 * am 24. Juli 2017 - 18:55", "Publié par Jean le 3 mai 2019", "This entry
 * was posted on Tuesday, September 3rd, 2013 at 12:53 pm and is filed
 * under ...": the line a blog or CMS prints with each post, its name and
 * date. The label must start the line; the text after the date is the
 * engine's boilerplate. Returns the name (maybe empty) and sets *date, or
 * NULL when t is no such line. */
static const char *
posted_line(arena *a, const char *t, const char **date)
{
    static const struct {
        const char *label, *at;
    } kinds[] = {
        {"submitted by ", " on "},      {"posted by ", " on "},
        {"gespeichert von ", " am "},   {"eingetragen von ", " am "},
        {"ver\xc3\xb6" "ffentlicht von ", " am "}, {"geschrieben von ", " am "},
        {"publi\xc3\xa9 par ", " le "}, {"post\xc3\xa9 par ", " le "},
        {"publicado por ", " el "},     {"pubblicato da ", " il "},
        {"this entry was posted ", NULL},
    };
    for (size_t i = 0; i < sizeof(kinds) / sizeof(kinds[0]); i++) {
        size_t ll = strlen(kinds[i].label);
        if (strncasecmp(t, kinds[i].label, ll) != 0)
            continue;
        const char *d = rd_html_date(a, t + ll);
        if (!d)
            return NULL;
        *date = d;
        if (!kinds[i].at)
            return "";
        const char *at = strstr(t + ll, kinds[i].at);
        if (!at)
            return NULL;
        const char *name = arena_strndup(a, t + ll, (size_t)(at - t - ll));
        size_t w = rd_html_word_count(name);
        return w >= 1 && w <= 4 ? name : NULL;
    }
    return NULL;
}

/* The posted lines after the article's first paragraph of prose go; the
 * first one's name and date are kept for the metadata, when the page
 * declares none. Before the prose such a line is the byline, which the
 * text keeps as Readability does ("Posted by kovarex, TOGos on 2019-02-15,
 * all posts"). */
static void
drop_posted_lines(rd_html_ctx *c, xmlNode *art)
{
    rd_html_list gone = {0};
    bool prose = false;
    for (xmlNode *n = rd_html_next(art, art, true); n;) {
        size_t len = n->type == XML_ELEMENT_NODE ? rd_html_text_len(n) : 0;
        if (rd_html_is(n, "p") && len >= PROSE_MIN)
            prose = true;
        if (prose && len && len <= 300) {
            char *t = rd_html_text_dup(c->scratch, n);
            t = rd_html_squash(c->scratch, t, strlen(t));
            const char *date = NULL;
            const char *name = posted_line(c->scratch, t, &date);
            if (name) {
                if (name[0] && !c->label_credit)
                    c->label_credit = arena_strdup(c->a, name);
                if (!c->head_date)
                    c->head_date = arena_strdup(c->a, date);
                rd_html_list_push(&gone, n);
                n = rd_html_next(n, art, false);
                continue;
            }
        }
        n = rd_html_next(n, art, true);
    }
    remove_all(&gone);
}

void
rd_html_drop_boilerplate(rd_html_ctx *c, xmlNode *art)
{
    drop_posted_lines(c, art);
    drop_tag_lists(art);
    drop_teaser_lists(art);
    drop_also_boxes(c, art);
    drop_letter_links(art);
    drop_lines(c, art);
    drop_trailing_headings(art);
}
