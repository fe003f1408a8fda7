/*
 * date_credit.c - the credit after the date on the line under the
 * headline ("11.09.2011, 16:20 von jroe", "March 3, 2021 by Jane Roe").
 *
 * The line is the one meta.c took the date from. A blog engine prints
 * the post's date and then its author; the same words ("by", "von",
 * "par", "por") also say how or where ("12 May 2020, by the river",
 * "por la tarde", "von der Messe"), so the words after them must look
 * like a name: two to four capitalised words (particles inside: "Ursula
 * von der Leyen"), or one login name ("jroe") that the site's own
 * addresses carry or that a "Posted ... by" line gives. The credit is
 * the last resort for the author (meta.c).
 */
#include "html_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

#include "base/utf8.h"

#define CREDIT_CHARS_MAX 40
#define CREDIT_WORDS_MAX 4
#define BEFORE_WORDS_MAX 6

/* Words that stand where a name would and are none: a role, a login
 * every site has ("admin"), a newsroom. */
static const char *const not_names[] = {
    "admin",     "administrator", "webmaster", "editor",    "editors",   "staff", "team",
    "desk",      "newsroom",      "reporter",  "writer",    "guest",     "user",  "author",
    "moderator", "anonymous",     "redaktion", "rédaction", "redacción", NULL};

/* Words of a site's sections and of the notes a dateline carries
 * ("October 14, 2009 | Local News", "| In Politics", "| Leave a
 * Comment"): capitalised as a name is, and in no person's name. */
static const char *const section_words[] = {
    "news",   "local",  "world",   "national", "politics", "business",   "opinion",  "sport",
    "sports", "arts",   "culture", "health",   "science",  "technology", "travel",   "weather",
    "video",  "photos", "podcast", "blog",     "comment",  "comments",   "category", "in",
    "filed",  "tagged", "under",   "leave",    "read",     NULL};

/* A name's particles: lower case inside it ("Anna von Mildenburg"). */
static const char *const particles[] = {"von", "van", "der",   "den", "de",  "da",  "di",
                                        "du",  "del", "della", "la",  "le",  "dos", "das",
                                        "ten", "ter", "zu",    "bin", "ibn", "al",  NULL};

/* Last words of the text before the credit that end a date line without
 * a digit: "... 08:45 AM by", "Posted by". */
static const char *const date_ends[] = {"am",  "pm",     "a.m.",    "p.m.",
                                        "uhr", "posted", "written", NULL};

/* Parts of a page's address that name an author's page
 * ("/author/jroe/"). */
static const char *const author_dirs[] = {"author", "authors", "autor",   "auteur", "user",
                                          "users",  "profile", "members", "people", NULL};

static bool
word_is(const char *w, size_t n, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        if (strlen(list[i]) == n && strncasecmp(w, list[i], n) == 0)
            return true;
    return false;
}

/* A letter in lower case that starts a word: ASCII, Latin-1 and Latin
 * Extended-A, Greek and Cyrillic. Letters of scripts without case do
 * not count as lower. */
static bool
lower_letter(const char *s)
{
    uint32_t cp = 0;
    if (!utf8_decode(s, strlen(s), &cp))
        return false;
    if (cp < 0x80)
        return islower((int)cp) != 0;
    if (cp >= 0xDF && cp <= 0xFF)
        return cp != 0xF7;
    if ((cp >= 0x100 && cp <= 0x137) || (cp >= 0x14A && cp <= 0x177))
        return cp & 1;
    if ((cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E))
        return !(cp & 1);
    if (cp == 0x138 || cp == 0x149 || cp == 0x17F)
        return true;
    return (cp >= 0x3AC && cp <= 0x3CE) || (cp >= 0x430 && cp <= 0x45F);
}

/* The first of " by ", " von ", " par ", " por " whose text before it
 * is a date, the marker's length in *len; NULL when none. */
static const char *
first_dated_marker(arena *a, const char *t, size_t *len)
{
    static const char *const by[] = {" by ", " von ", " par ", " por ", NULL};
    for (const char *p = t; *p; p++)
        for (size_t i = 0; by[i]; i++) {
            size_t bl = strlen(by[i]);
            if (strncasecmp(p, by[i], bl) != 0)
                continue;
            const char *before = arena_strndup(a, t, (size_t)(p - t));
            if (rd_html_word_count(before) <= BEFORE_WORDS_MAX && rd_html_date(a, before)) {
                *len = bl;
                return p;
            }
        }
    return NULL;
}

/* The date line ends right before the marker: its last word holds a
 * digit ("2021", "16:20") or closes a time or a "Posted" ("AM");
 * "Bericht von der Messe" has a word of its own there. */
static bool
ends_dated(const char *t, size_t n)
{
    /* the separators after the date: "12.05.2020 –", "Sunday, 12 May," */
    for (;;) {
        const unsigned char *e = (const unsigned char *)t + n;
        if (n && (e[-1] == ' ' || strchr(",|-:", e[-1])))
            n--;
        else if (n >= 2 && e[-2] == 0xC2 && e[-1] == 0xB7)
            n -= 2; /* · */
        else if (n >= 3 && e[-3] == 0xE2 && e[-2] == 0x80)
            n -= 3; /* – — • */
        else
            break;
    }
    size_t w = n;
    while (w && t[w - 1] != ' ')
        w--;
    for (size_t i = w; i < n; i++)
        if (isdigit((unsigned char)t[i]))
            return true;
    return word_is(t + w, n - w, date_ends);
}

/* The name's end: a separator or a word that starts what follows it
 * ("jroe in News", "Jane Roe · 5 min read", "Jane Roe, Paris"). */
static size_t
name_end(const char *s)
{
    static const char *const stops[] = {
        "\xC2\xB7", "\xE2\x80\xA2", "\xE2\x80\x93", "\xE2\x80\x94", " | ",  " - ",
        ",",        " (",           " in ",         " on ",         " at ", " um ",
        " am ",     " im ",         " le ",         " \xC3\xA0 ",   " en ", NULL};
    size_t end = strlen(s);
    for (size_t i = 0; stops[i]; i++) {
        const char *at = strstr(s, stops[i]);
        if (at && (size_t)(at - s) < end)
            end = (size_t)(at - s);
    }
    while (end && (s[end - 1] == ' ' || s[end - 1] == '.'))
        end--;
    return end;
}

/* One word that is a login: ASCII letters, digits, "._-", a letter
 * first. */
static bool
login_like(const char *w)
{
    if (!isalpha((unsigned char)*w))
        return false;
    for (const char *p = w; *p; p++)
        if (!isalnum((unsigned char)*p) && !strchr("._-", *p))
            return false;
    return true;
}

/* A <link> to the page's own site: its address, its feeds, the posts
 * beside it. */
static bool
own_rel(const char *rel)
{
    static const char *const own[] = {"canonical", "alternate", "shortlink", "prev",   "next",
                                      "home",      "pingback",  "edituri",   "author", NULL};
    for (size_t i = 0; own[i]; i++)
        if (rd_html_has_ci(rel, own[i]))
            return true;
    return false;
}

/* The site's own addresses carry the login: a part of the host name
 * in the page's <link>s ("<link rel=canonical href=http://jroe.example/
 * ...>"), or an author's page in any link ("/author/jroe/"). */
static bool
site_has_login(const xmlNode *root, const char *login)
{
    size_t ll = strlen(login);
    for (xmlNode *n = (xmlNode *)root; n; n = rd_html_next(n, root, true)) {
        bool is_link = rd_html_is(n, "link");
        if (!is_link && !rd_html_is(n, "a"))
            continue;
        const char *h = rd_html_attr(n, "href");
        const char *rel = rd_html_attr(n, "rel");
        if (!h)
            continue;
        const char *host = strstr(h, "//");
        /* the page's own addresses, not a stylesheet's or a font's server */
        if (is_link && host && rel && own_rel(rel)) {
            host += 2;
            size_t hn = strcspn(host, "/:?#");
            for (size_t i = 0; i < hn;) {
                size_t k = i;
                while (k < hn && host[k] != '.')
                    k++;
                if (k - i == ll && strncasecmp(host + i, login, ll) == 0)
                    return true;
                i = k + 1;
            }
        }
        for (const char *s = strchr(h, '/'); s; s = strchr(s + 1, '/')) {
            size_t sl = strcspn(s + 1, "/?#");
            if (!word_is(s + 1, sl, author_dirs) || s[1 + sl] != '/')
                continue;
            const char *next = s + 2 + sl;
            if (strncasecmp(next, login, ll) == 0 && (!next[ll] || strchr("/?#", next[ll])))
                return true;
        }
    }
    return false;
}

/* A word starts with a letter, not a quotation mark or a dash. */
static bool
letter_first(const char *s)
{
    uint32_t cp = 0;
    if (!utf8_decode(s, strlen(s), &cp))
        return false;
    if (cp < 0x80)
        return isalpha((int)cp) != 0;
    return !(cp <= 0xBF || cp == 0xD7 || cp == 0xF7 || (cp >= 0x2000 && cp <= 0x2BFF) ||
             (cp >= 0x3000 && cp <= 0x303F));
}

/* Two to four words, each capitalised or a particle inside the name. */
static bool
full_name(const char *name, size_t words)
{
    if (words < 2)
        return false;
    size_t i = 0;
    for (const char *w = name; *w; i++) {
        size_t wl = strcspn(w, " ");
        if (word_is(w, wl, not_names) || !letter_first(w))
            return false;
        bool lower = lower_letter(w);
        /* "d'Alembert" */
        if (lower && wl > 2 && w[1] == '\'' && !lower_letter(w + 2))
            lower = false;
        if (lower && (i == 0 || i + 1 == words || !word_is(w, wl, particles)))
            return false;
        w += wl;
        while (*w == ' ')
            w++;
    }
    return true;
}

/* ... and no digit or mark a name never holds ("Photo: Jane Roe",
 * "Election 2020"). */
static bool
full_name_chars(const char *name, size_t words)
{
    for (const char *p = name; *p; p++)
        if (isdigit((unsigned char)*p) || strchr(":;/()@&|", *p))
            return false;
    return full_name(name, words);
}

const char *
rd_html_date_line_credit(arena *a, const xmlNode *root, const char *line)
{
    size_t bl = 0;
    const char *at = line ? first_dated_marker(a, line, &bl) : NULL;
    if (!at || !ends_dated(line, (size_t)(at - line)))
        return NULL;
    const char *rest = at + bl;
    while (*rest == ' ')
        rest++;
    char *name = arena_strndup(a, rest, name_end(rest));
    size_t words = rd_html_word_count(name);
    if (!name[0] || words > CREDIT_WORDS_MAX || utf8_length(name, strlen(name)) > CREDIT_CHARS_MAX)
        return NULL;
    if (words == 1) {
        if (!login_like(name) || word_is(name, strlen(name), not_names))
            return NULL;
        size_t pl = strlen("posted");
        bool posted = strncasecmp(line, "posted", pl) == 0;
        return posted || site_has_login(root, name) ? name : NULL;
    }
    return full_name_chars(name, words) ? name : NULL;
}

const char *
rd_html_name_head(arena *a, const char *s)
{
    /* a bar set tight ("Jane Roe|5 Comments") ends the name as well */
    char *name = arena_strndup(a, s, strcspn(s, "|"));
    name[name_end(name)] = '\0';
    size_t words = rd_html_word_count(name);
    if (words > CREDIT_WORDS_MAX || utf8_length(name, strlen(name)) > CREDIT_CHARS_MAX)
        return NULL;
    for (const char *w = name; *w; w += strspn(w, " ")) {
        size_t wl = strcspn(w, " ");
        if (word_is(w, wl, section_words))
            return NULL;
        w += wl;
    }
    return full_name_chars(name, words) ? name : NULL;
}
