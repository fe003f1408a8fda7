/*
 * byline.c - what a byline element says: the credit line as the page prints
 * it ("By Jane Doe and John Roe, March 3, 2021") and the names in it
 * ("Jane Doe", "John Roe").
 *
 * The element the walk found is often a container for the credit and the
 * date ("author-date", "c-byline"): when it holds a smaller byline element
 * and the rest of its text is only a date or a time, the credit is that
 * smaller element. Inside the credit, elements that name no one - a job
 * title or bio in its own element ("Games Editor"), avatars, follow and
 * share links - are left out, and a separator with only a time after it
 * ("Jane Doe • 8h") is cut. A descendant marked itemprop=name names the
 * author exactly and is the credit when there is one (as in Readability).
 *
 * The names come from the elements marked as names (itemprop=name), else
 * from author links (rel=author, or a link to an author page), else from the
 * credit's text: "By" and dates cut (rd_html_byline_name), "A and B" and
 * "A, B and C" split when every part reads as a full name, a job title after
 * a comma cut, a glued "@handle" dropped, a wire agency after the name
 * ("Associated Press") cut. Elements side by side in the credit are read
 * as separate words ("<span>BY</span><span>Jane Roe</span>").
 */
#include "html_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* ---- datelines ---- */

static bool
word_in(const char *w, size_t n, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strlen(list[i]) == n && strncasecmp(w, list[i], n) == 0)
            return true;
    return false;
}

/* One word of a date or time: "March", "Apr.", "21,", "3:46", "PM", "8h",
 * "ago", "Updated". */
static bool
date_word(const char *w, size_t n)
{
    static const char *const words[] = {
        "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
        "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
        "november", "dec", "december", "mon", "monday", "tue", "tues", "tuesday", "wed",
        "wednesday", "thu", "thur", "thurs", "thursday", "fri", "friday", "sat", "saturday",
        "sun", "sunday", "am", "pm", "a.m", "p.m", "utc", "gmt", "et", "est", "edt", "ct", "cst",
        "cdt", "mt", "mst", "mdt", "pt", "pst", "pdt", "bst", "cet", "cest", "ist", "updated",
        "published", "posted", "modified", "last", "on", "at", "ago", "today", "yesterday",
        "min", "mins", "minute", "minutes", "hour", "hours", "hr", "hrs", "day", "days", "week",
        "weeks", "month", "months", "year", "years", "read", "de", "le", "um", "uhr", NULL};
    if (n == 0)
        return true;
    if (isdigit((unsigned char)w[0])) {
        /* "2015", "3:46", "10h55", "8h", "1st": digits with few letters */
        size_t letters = 0;
        for (size_t i = 0; i < n; i++)
            letters += isalpha((unsigned char)w[i]) != 0;
        return letters <= 3;
    }
    return word_in(w, n, words);
}

/* Separators between the parts of a byline line. */
static size_t
sep_len(const char *p)
{
    static const char *const seps[] = {"\xE2\x80\xA2", "\xC2\xB7", "\xE2\x80\x94", "\xE2\x80\x93",
                                       "|", "-", ",", ":", ";", "/", "(", ")", "[", "]", NULL};
    for (size_t i = 0; seps[i]; i++) {
        size_t n = strlen(seps[i]);
        if (strncmp(p, seps[i], n) == 0)
            return n;
    }
    return 0;
}

/* True when s holds nothing but a date, a time and separators (or nothing). */
static bool
dateline_only(const char *s)
{
    const char *p = s;
    while (*p) {
        size_t k;
        if (isspace((unsigned char)*p)) {
            p++;
            continue;
        }
        if ((k = sep_len(p)) != 0) {
            p += k;
            continue;
        }
        const char *w = p;
        while (*p && !isspace((unsigned char)*p) && !sep_len(p))
            p++;
        size_t n = (size_t)(p - w);
        while (n && (w[n - 1] == '.' || w[n - 1] == ','))
            n--;
        if (!date_word(w, n))
            return false;
    }
    return true;
}

/* ---- the credit element and its text ---- */

/* Parts of a byline that name no one. */
static bool
not_credit(const xmlNode *n)
{
    static const char *const pats[] = {"title", "role", "job", "position", "bio", "desc",
                                       "avatar", "photo", "follow", "share", "social", NULL};
    if (rd_html_is(n, "img") || rd_html_is(n, "picture") || rd_html_is(n, "figure") ||
        rd_html_is(n, "svg"))
        return true;
    const char *ip = rd_html_attr(n, "itemprop");
    if (ip && (strstr(ip, "jobTitle") || strstr(ip, "description")))
        return true;
    char lc[256];
    rd_html_class_id(n, lc, sizeof(lc));
    return rd_html_match(lc, pats);
}

static xmlNode *
next_node(xmlNode *n, const xmlNode *root, bool descend)
{
    if (descend && n->type == XML_ELEMENT_NODE && n->children)
        return n->children;
    while (n && n != root) {
        if (n->next)
            return n->next;
        n = n->parent;
    }
    return NULL;
}

/* The text of root (white space collapsed), without the parts that name no
 * one when `skip` is set. */
static char *
credit_text(arena *a, xmlNode *root, bool skip)
{
    buf b;
    buf_init(&b, 0);
    for (xmlNode *n = root->children; n;) {
        bool descend = true;
        if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) {
            if (n->content)
                buf_adds(&b, (const char *)n->content);
        } else if (n->type == XML_ELEMENT_NODE) {
            if (skip && not_credit(n))
                descend = false;
            else if (rd_html_is(n, "br") || rd_html_is(n, "p") || rd_html_is(n, "div") ||
                     rd_html_is(n, "li"))
                buf_addc(&b, ' ');
            /* Two elements side by side are two labels styled apart
             * ("<span>BY</span><span>Jane Roe</span>"), not one word: a
             * name is not split across elements in a credit line. */
            else if (n->prev && n->prev->type == XML_ELEMENT_NODE && b.len &&
                     isalnum((unsigned char)b.data[b.len - 1]))
                buf_addc(&b, ' ');
        } else {
            descend = false;
        }
        n = next_node(n, root, descend);
    }
    char *t = rd_html_squash(a, b.data ? b.data : "", b.len);
    buf_cleanup(&b);
    return t;
}

/* The first element below n that is itself marked as a byline. */
static xmlNode *
inner_byline(xmlNode *n)
{
    char lc[1024];
    for (xmlNode *e = rd_html_next(n, n, true); e; e = rd_html_next(e, n, true)) {
        rd_html_class_id(e, lc, sizeof(lc));
        if (rd_html_byline_marked(e, lc) && rd_html_has_text(e))
            return e;
    }
    return NULL;
}

/* A container of the credit and the date: narrowed to the credit. */
static xmlNode *
credit_element(arena *a, xmlNode *n)
{
    for (int depth = 0; depth < 16; depth++) {
        xmlNode *d = inner_byline(n);
        if (!d)
            break;
        char *outer = rd_html_text_dup(a, n);
        char *inner = rd_html_text_dup(a, d);
        char *at = strstr(outer, inner);
        if (!at)
            break;
        char *rest = arena_printf(a, "%.*s %s", (int)(at - outer), outer, at + strlen(inner));
        if (!dateline_only(rest))
            break;
        n = d;
    }
    return n;
}

/* Separators and spaces trimmed from both ends, in place. */
static char *
trim_seps(char *t)
{
    for (;;) {
        size_t k;
        if (isspace((unsigned char)*t))
            t++;
        else if ((k = sep_len(t)) != 0 && t[k] != '\0' && t[0] != '(')
            t += k;
        else
            break;
    }
    size_t n = strlen(t);
    for (;;) {
        while (n && isspace((unsigned char)t[n - 1]))
            n--;
        size_t cut = 0;
        for (size_t k = 1; k <= 3 && k <= n && !cut; k++)
            if (sep_len(t + n - k) == k && t[n - k] != ')')
                cut = k;
        if (!cut)
            break;
        n -= cut;
    }
    t[n] = '\0';
    return t;
}

/* "Jane Doe • 8h", "Jane Doe | May 3, 2021": the part before a bullet or bar
 * when only a date or time follows it. */
static void
cut_time_tail(char *t)
{
    static const char *const bars[] = {" \xE2\x80\xA2", " \xC2\xB7", " |", NULL};
    for (size_t i = 0; bars[i]; i++) {
        char *p = strstr(t, bars[i]);
        if (p && p > t && dateline_only(p + strlen(bars[i]))) {
            *p = '\0';
            return;
        }
    }
}

bool
rd_html_date_alone(const char *s)
{
    return dateline_only(s) && strpbrk(s, "0123456789") != NULL;
}

/* "May 3, 2021 | Jane Doe", "8h • Jane Doe": the part after a bullet or
 * bar when only a date or time comes before it (an archive's line sets
 * the day first; "May 3, 2021 | 5 min read | Jane Doe" has two parts of
 * the kind) and a person's name follows it. What else follows a day
 * there is no credit ("May 3, 2021 | Politics", "| 5 Comments",
 * "| Leave a comment"), and the line stays as it was read. */
static char *
cut_date_head(arena *a, char *t)
{
    static const char *const bars[] = {" \xE2\x80\xA2", " \xC2\xB7", " |", NULL};
    for (size_t i = 0; bars[i]; i++)
        for (char *p = strstr(t, bars[i]); p && p > t; p = strstr(p + 1, bars[i])) {
            char c = *p;
            *p = '\0';
            bool date = rd_html_date_alone(t);
            *p = c;
            if (!date)
                break;
            char *after = p + strlen(bars[i]);
            while (*after == ' ')
                after++;
            if (rd_html_name_head(a, after))
                return after;
        }
    return t;
}

/* ---- names ---- */

static size_t
count_words(const char *s, size_t n)
{
    size_t w = 0;
    bool in = false;
    for (size_t i = 0; i < n; i++) {
        bool sp = isspace((unsigned char)s[i]);
        if (!sp && !in)
            w++;
        in = !sp;
    }
    return w;
}

/* A job title or affiliation after the name: "Jane Doe, Senior Editor". */
static bool
job_words(const char *s)
{
    static const char *const jobs[] = {
        "editor", "reporter", "correspondent", "writer", "staff", "contributor", "columnist",
        "director", "professor", "technologist", "officer", "manager", "president", "analyst",
        "fellow", "producer", "senior", "chief", "author", "journalist", "critic", "photographer",
        "researcher", "scientist", "founder", "head", "lead", "news", NULL};
    const char *p = s;
    while (*p) {
        while (*p && !isalpha((unsigned char)*p))
            p++;
        const char *w = p;
        while (isalpha((unsigned char)*p))
            p++;
        if (p > w && word_in(w, (size_t)(p - w), jobs))
            return true;
    }
    return false;
}

/* A word set in capitals: more capital letters than small ones
 * ("PARDO", "McAVOY", "R."). */
static bool
caps_word(const char *w, size_t n)
{
    size_t up = 0, low = 0;
    for (size_t i = 0; i < n; i++) {
        up += isupper((unsigned char)w[i]) != 0;
        low += islower((unsigned char)w[i]) != 0;
    }
    return up > low;
}

/* A job named by one word alone ("JOHN SMITH Writer"): a noun. A
 * modifier ("Senior", "Head", "Lead", "Chief") may be a surname, so it
 * counts only with a job after it ("Senior Writer"). */
static bool
noun_job(const char *w, size_t n)
{
    static const char *const nouns[] = {
        "writer",       "reporter", "editor", "correspondent", "columnist", "contributor",
        "photographer", "producer", "critic", "journalist",    "staff",     "photojournalist",
        "videographer", NULL};
    return word_in(w, n, nouns);
}

const char *
rd_html_name_less_role(arena *a, const char *s)
{
    /* the name: the words in capitals at the start, two at least */
    size_t names = 0, end = 0;
    const char *p = s;
    while (*p) {
        while (*p == ' ')
            p++;
        const char *w = p;
        while (*p && *p != ' ')
            p++;
        if (p == w || !caps_word(w, (size_t)(p - w)))
            break;
        names++;
        end = (size_t)(p - s);
    }
    /* "BY JANE DOE Staff Writer": the byline's word set in capitals too */
    bool by = strncmp(s, "BY ", 3) == 0;
    if (names < 2 + (size_t)by || !s[end])
        return s;
    /* the rest: in small letters, ending in a job ("Staff Writer") */
    const char *tail = s + end, *last = NULL;
    size_t words = 0;
    for (const char *q = tail; *q; q++)
        if (*q != ' ' && (q == tail || q[-1] == ' ')) {
            last = q;
            words++;
        }
    size_t ln = last ? strcspn(last, " ") : 0;
    if (!last || caps_word(last, ln) || !job_words(arena_strndup(a, last, ln)))
        return s;
    if (words == 1 && !noun_job(last, ln))
        return s;
    for (const char *q = tail; *q; q++)
        if (*q != ' ' && (q == tail || q[-1] == ' ') && caps_word(q, strcspn(q, " ")))
            return s;
    /* "JOHN SMITH, Editor": the comma parts the name from the job */
    while (end && (s[end - 1] == ',' || s[end - 1] == ';'))
        end--;
    return by ? arena_strndup(a, s + 3, end - 3) : arena_strndup(a, s, end);
}

/* The site's or the writer's social handle printed after the name as a
 * word of its own ("Jane Roe @newsdesk", "Jane Roe (@janeroe)"): a link
 * to an account, not part of the name. Every such word goes, so "A @a and
 * B @b" keeps both names. */
static void
drop_handles(char *t)
{
    char *o = t;
    for (char *p = t; *p;) {
        bool open = p[0] == '(' && p[1] == '@';
        if ((p[0] == '@' || open) && p > t && p[-1] == ' ') {
            char *q = p + 1 + open;
            while (isalnum((unsigned char)*q) || *q == '_' || *q == '.')
                q++;
            if (open && *q == ')')
                q++;
            if (q > p + 1 + open && (!*q || *q == ' ' || *q == ',')) {
                p = q;
                continue;
            }
        }
        *o++ = *p++;
    }
    *o = '\0';
}

/* One name tidied: "@handle" glued to it or after it and a job title
 * after a comma go. */
static const char *
tidy_name(arena *a, const char *s)
{
    char *t = (char *)rd_html_byline_name(a, s);
    if (!t[0])
        return "";
    drop_handles(t);
    t = rd_html_squash(a, t, strlen(t));
    char *at = strchr(t, '@');
    if (at && at > t && at[-1] != ' ')
        *at = '\0';
    else if (at == t)
        return "";
    char *comma = strchr(t, ',');
    if (comma && job_words(comma + 1))
        *comma = '\0';
    t = (char *)rd_html_name_less_role(a, t);
    /* A wire story's credit: "AUDREY McAVOY Associated Press" - the
     * agency after the name is where the reporter works, not a name. */
    static const char *const agencies[] = {"The Associated Press", "Associated Press",
                                           "Agence France-Presse", "Reuters", "AFP", "PA Media",
                                           "Bloomberg", "UPI", NULL};
    size_t tl = strlen(t);
    for (size_t i = 0; agencies[i]; i++) {
        size_t al = strlen(agencies[i]);
        if (tl > al + 1 && strcasecmp(t + tl - al, agencies[i]) == 0 &&
            strchr(" ,", t[tl - al - 1])) {
            char *cut = arena_strndup(a, t, tl - al - 1);
            if (count_words(cut, strlen(cut)) >= 2) {
                t = cut;
                break;
            }
        }
    }
    return trim_seps(t);
}

/* Link texts in bylines that are buttons, not names ("Follow", "View profile"). */
static bool
button_text(const char *s)
{
    static const char *const words[] = {"follow", "unfollow", "profile", "view", "more", "see",
                                        "all", "email", "contact", "subscribe", "posts", NULL};
    size_t n = 0;
    while (isalpha((unsigned char)s[n]))
        n++;
    return word_in(s, n, words);
}

static void
add_name(arena *a, const char **names, size_t *n, size_t cap, const char *name)
{
    if (!name || !name[0] || *n >= cap || button_text(name))
        return;
    for (size_t i = 0; i < *n; i++)
        if (strcasecmp(names[i], name) == 0)
            return;
    names[(*n)++] = arena_strdup(a, name);
}

/* A part that starts with a word in lower case, not a name's particle
 * ("Zone Justice et faits divers": "faits divers" is a desk's subject, so
 * the line is one credit, not two names). */
static bool
lower_start(const char *s, size_t n)
{
    static const char *const particles[] = {"de",  "da",  "di",  "du",  "del", "della", "der",
                                            "den", "van", "von", "la",  "le",  "al",    "el",
                                            "bin", "ibn", "dos", "das", "ten", "ter",   NULL};
    while (n && isspace((unsigned char)*s)) {
        s++;
        n--;
    }
    if (!n || !islower((unsigned char)*s))
        return false;
    size_t w = 0;
    while (w < n && isalpha((unsigned char)s[w]))
        w++;
    return !word_in(s, w, particles);
}

/* Split "A and B", "A, B and C", "A et B", "A & B": only when every part has
 * two words or more (a full name), so "Ortega y Gasset" or "Jong, Michiel
 * de" stay whole. */
size_t
rd_html_split_names(arena *a, const char *s, const char **out, size_t cap)
{
    /* the full-width and the ideographic comma last: Japanese and Chinese
       write names without spaces, so a part of one word is a name there */
    static const char *const joins[] = {" and ", " & ", " et ",  " und ",       " y ",
                                        " e ",   " og ", " och ", " en ",        ", ",
                                        "\xef\xbc\x8c", "\xe3\x80\x81", NULL};
    const size_t first_cjk = 10;
    const char *parts[16];
    size_t lens[16], np = 0;
    bool cjk[17] = {false};
    const char *p = s;
    while (*p && np < 16) {
        const char *best = NULL;
        size_t blen = 0, bi = 0;
        for (size_t i = 0; joins[i]; i++) {
            const char *q = strstr(p, joins[i]);
            if (q && (!best || q < best)) {
                best = q;
                blen = strlen(joins[i]);
                bi = i;
            }
        }
        if (!best)
            break;
        cjk[np + 1] = bi >= first_cjk;
        parts[np] = p;
        lens[np++] = (size_t)(best - p);
        p = best + blen;
    }
    bool split = np > 0 && np < 16;
    /* an English credit may join names written in lower case ("bell hooks
       and Cornel West"); elsewhere such a part is a desk's subject */
    bool english = strstr(s, " and ") || strstr(s, " & ");
    if (split) {
        parts[np] = p;
        lens[np++] = strlen(p);
        for (size_t i = 0; i < np && split; i++) {
            size_t w = count_words(parts[i], lens[i]);
            size_t least = cjk[i] || cjk[i + 1] ? 1 : 2;
            split = w >= least && w <= 5 && !job_words(arena_strndup(a, parts[i], lens[i])) &&
                    (english || !lower_start(parts[i], lens[i]));
        }
    }
    size_t n = 0;
    if (!split) {
        add_name(a, out, &n, cap, s);
        return n;
    }
    for (size_t i = 0; i < np; i++)
        add_name(a, out, &n, cap, rd_html_squash(a, parts[i], lens[i]));
    return n;
}

/* "Written by A Edited by B": the people after a role phrase, with that role. */
static const struct {
    const char *phrase, *role;
} role_phrases[] = {
    {" edited by ", "edt"},        {" illustrated by ", "ill"},
    {" illustrations by ", "ill"}, {" photographs by ", "pht"},
    {" photos by ", "pht"},        {" translated by ", "trl"},
    {" reviewed by ", "rev"},      {" translation by ", "trl"},
    {" translated from ", "trl"}, /* "... the Norwegian by ": see find_role */
};

static const char *
ci_find(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (; *hay; hay++)
        if (strncasecmp(hay, needle, n) == 0)
            return hay;
    return NULL;
}

static const char *
find_role(const char *s, const char **role, size_t *plen)
{
    const char *best = NULL;
    for (size_t i = 0; i < sizeof role_phrases / sizeof *role_phrases; i++) {
        const char *p = ci_find(s, role_phrases[i].phrase);
        if (!p || (best && p >= best))
            continue;
        size_t n = strlen(role_phrases[i].phrase);
        if (strcmp(role_phrases[i].phrase, " translated from ") == 0) {
            /* the language, in up to three words, then "by" */
            const char *by = ci_find(p + n, " by ");
            size_t words = 1;
            for (const char *q = p + n; by && q < by; q++)
                words += *q == ' ';
            if (!by || words > 3)
                continue;
            n = (size_t)(by + 4 - p);
        }
        best = p;
        *role = role_phrases[i].role;
        *plen = n;
    }
    return best;
}

/* The names in a credit line's text, each with its role (NULL: author). */
static size_t
names_from_text(arena *a, const char *credit, const char **names, const char **roles, size_t cap)
{
    size_t nn = 0;
    const char *role = NULL, *p = credit;
    while (*p && nn < cap) {
        const char *next_role = NULL;
        size_t plen = 0;
        const char *end = find_role(p, &next_role, &plen);
        char *part = arena_strndup(a, p, end ? (size_t)(end - p) : strlen(p));
        /* "By A. Translated by B.": the full stop ends the sentence,
           not an initial ("J.") or a title ("Ph.D.") */
        size_t pl = strlen(part);
        while (pl && isspace((unsigned char)part[pl - 1]))
            pl--;
        if (pl >= 4 && part[pl - 1] == '.' && islower((unsigned char)part[pl - 2]) &&
            islower((unsigned char)part[pl - 3]))
            part[pl - 1] = '\0';
        const char *split[16];
        size_t ns = rd_html_split_names(a, tidy_name(a, part), split, 16);
        for (size_t i = 0; i < ns; i++) {
            size_t before = nn;
            add_name(a, names, &nn, cap, tidy_name(a, split[i]));
            if (nn > before)
                roles[nn - 1] = role;
        }
        if (!end)
            break;
        role = next_role;
        p = end + plen;
    }
    return nn;
}

/* A link to the author's page ("/autor": the word in German, Spanish,
 * Italian, Polish, Latvian... "/autoren/", "/autors/"). */
static bool
author_link(const xmlNode *n)
{
    static const char *const paths[] = {
        "/author",   "/by/",         "/people/", "/profile", "/writer",
        "/staff/",   "/contributor", "/user/",   "/u/",      "/journalist",
        "/reporter", "/columnist",   "/autor",   "/auteur",  NULL};
    if (!rd_html_is(n, "a"))
        return false;
    const char *rel = rd_html_attr(n, "rel");
    if (rel && strstr(rel, "author"))
        return true;
    const char *href = rd_html_attr(n, "href");
    if (!href)
        return false;
    for (size_t i = 0; paths[i]; i++)
        if (strstr(href, paths[i]))
            return true;
    return false;
}

void
rd_html_byline_take(rd_html_ctx *c, xmlNode *n)
{
    arena *s = c->scratch;
    xmlNode *e = credit_element(s, n);
    xmlNode *named = NULL;
    for (xmlNode *d = rd_html_next(e, e, true); d; d = rd_html_next(d, e, true)) {
        const char *ip = rd_html_attr(d, "itemprop");
        if (ip && strstr(ip, "name") && rd_html_has_text(d)) {
            named = d;
            break;
        }
    }
    char *credit = credit_text(s, named ? named : e, true);
    if (!credit[0])
        credit = credit_text(s, named ? named : e, false);
    cut_time_tail(credit);
    credit = trim_seps(cut_date_head(s, credit));
    if (!credit[0])
        credit = rd_html_text_dup(s, n);
    c->byline = arena_strdup(c->a, credit);

    const char *names[16], *roles[16] = {0};
    size_t nn = 0;
    for (xmlNode *d = e; d && nn < 16; d = rd_html_next(d, e, true)) {
        const char *ip = rd_html_attr(d, "itemprop");
        if (ip && strstr(ip, "name") && rd_html_has_text(d))
            add_name(s, names, &nn, 16, tidy_name(s, credit_text(s, d, true)));
    }
    bool marked = nn > 0;
    for (xmlNode *d = e; !marked && d && nn < 16; d = rd_html_next(d, e, true))
        if (author_link(d))
            add_name(s, names, &nn, 16, tidy_name(s, credit_text(s, d, true)));
    /* A list of authors, each name in an element of its own marked as
       one and of one kind ("<span class='citation-author'>"): a name from
       each. Parts of other kinds ("By", then the name) are one credit. */
    size_t listed = 0;
    char lc[256], kind[128] = "", other[128];
    for (xmlNode *d = e->children; d && !nn; d = d->next) {
        if (d->type != XML_ELEMENT_NODE)
            continue;
        rd_html_class_id(d, lc, sizeof(lc));
        rd_html_first_class(d, other, sizeof(other));
        if (!listed)
            strcpy(kind, other);
        if (!rd_html_byline_marked(d, lc) || !other[0] || strcmp(kind, other) != 0) {
            listed = 0;
            break;
        }
        listed++;
    }
    for (xmlNode *d = e->children; listed >= 2 && d && nn < 16; d = d->next)
        if (d->type == XML_ELEMENT_NODE)
            add_name(s, names, &nn, 16, tidy_name(s, credit_text(s, d, true)));
    if (!nn)
        nn = names_from_text(s, credit, names, roles, 16);
    c->byline_names = arena_alloc(c->a, (nn ? nn : 1) * sizeof(*c->byline_names));
    c->byline_roles = arena_alloc(c->a, (nn ? nn : 1) * sizeof(*c->byline_roles));
    for (size_t i = 0; i < nn; i++) {
        c->byline_names[i] = arena_strdup(c->a, names[i]);
        c->byline_roles[i] = roles[i];
    }
    c->n_byline_names = nn;
}
