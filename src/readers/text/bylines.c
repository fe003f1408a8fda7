/*
 * bylines.c - read author lines: "By A and B", "By A, B, and C",
 * "Authors: A, Role; B, Role", "Written by A", "A | Role",
 * "By A | May 31, 2022", "By A, Staff Writer".
 *
 * A lead ("By", "Written by", "Author:", ...) is cut, the line is split at
 * spaced separators (| · • — –) into segments, and the first segment into
 * parts at commas, semicolons, "and" and "&". Each part is a name (a few
 * capitalised words, name particles allowed, no digits) or a role (it holds
 * a job word such as "Director" or "Writer", or lower-case words); a role
 * attaches to the author before it. Later segments give a role, a date, or
 * reading-time noise. Without a lead (`loose`), the line must pair a name
 * with a role or date, as in "A | Role", before it is believed.
 */
#include "text_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

static const char *const leads[] = {
    "written by ", "words by ", "story by ", "reported by ", "posted by ", "text by ",
    "article by ", "interview by ", "by: ", "by ", "authors: ", "author: ", "authors ",
    "author ", "byline: ", "von ", "par ", "por ",
    /* Japanese and Chinese labels, with a full-width colon or an ASCII
     * one: 著者 (author), 作者 (author), 記者 (reporter). */
    "\xe8\x91\x97\xe8\x80\x85\xef\xbc\x9a", "\xe8\x91\x97\xe8\x80\x85:",
    "\xe4\xbd\x9c\xe8\x80\x85\xef\xbc\x9a", "\xe4\xbd\x9c\xe8\x80\x85:",
    "\xe8\xa8\x98\xe8\x80\x85\xef\xbc\x9a", "\xe8\xa8\x98\xe8\x80\x85:",
};

/* "An article by A": a lead naming the piece before its writer, as an
 * institution's news pages print it over the headline (en, de, fr, es).
 * Its last word also opens a phrase ("ein Artikel von gestern", "un
 * article de presse"), so a single word after it must read as a name,
 * and the line must end in a whole date ("Ein Artikel von A 06.05.2019"). */
static const char *const piece_leads[] = {
    "an article by ",
    "ein artikel von ",
    "ein beitrag von ",
    "artikel von ",
    "beitrag von ",
    "un article de ",
    "un article par ",
    "un art\xc3\xad"
    "culo de ",
    "un art\xc3\xad"
    "culo por ",
};

static const char *const particles[] = {
    "de", "da", "del", "della", "di", "van", "von", "der", "den", "la", "le", "du", "bin",
    "binti", "al", "el", "ibn", "ten", "ter", "dos", "das", "do", "y", "zu", "st.",
};

/* Words that make a part a role, not a name (lower case). */
static const char *const role_words[] = {
    "director", "writer", "editor", "reporter", "correspondent", "columnist", "contributor",
    "contributing", "staff", "senior", "junior", "chief", "lead", "head", "manager",
    "officer", "fellow", "chair", "chairman", "chairwoman", "chairperson", "president",
    "vice", "analyst", "professor", "lecturer", "researcher", "scientist", "student",
    "intern", "organizer", "organiser", "strategist", "specialist", "coordinator", "founder",
    "co-founder", "cofounder", "ceo", "cto", "coo", "cfo", "associate", "assistant",
    "advisor", "adviser", "consultant", "executive", "producer", "photographer", "designer",
    "engineer", "attorney", "lawyer", "author", "journalist", "blogger", "host", "member",
    "team", "ops", "operations", "program", "programs", "policy", "communications",
    "development", "board", "volunteer", "phd", "editorial", "desk", "contributors",
    "writers", "editors", "reporters", "staffer", "partner", "owner", "teacher", "pastor",
    "minister", "secretary", "treasurer", "historian", "curator", "librarian", "organizing",
    "campaign", "campaigns", "research", "education", "advocacy", "outreach", "community",
    "national", "regional", "deputy", "principal", "managing", "creative", "digital",
    "news", "opinion", "guest", "special", "former", "emeritus", "candidate", "graduate",
    /* Organisations a role names ("Technology Project", "Law Center"). */
    "project", "center", "centre", "institute", "university", "foundation", "department",
    "association", "society", "network", "union", "committee", "agency", "council",
    "laboratory", "college",
    /* Degrees after a name ("Jane Doe, MA"). */
    "ma", "md", "mph", "mba", "msc", "mfa", "rn", "jd", "dds",
};

/* Capitalised words that do not open a name. */
static const char *const not_names[] = {
    "the",
    "a",
    "an",
    "this",
    "that",
    "our",
    "my",
    "your",
    "their",
    "in",
    "on",
    "at",
    "for",
    "with",
    "from",
    "to",
    "it",
    "we",
    "i",
    "he",
    "she",
    "they",
    "and",
    "or",
    "but",
    "if",
    "when",
    "what",
    "how",
    "why",
    "every",
    "each",
    "some",
    "all",
    "staff",
    "updated",
    "published",
    "posted",
    "by",
    /* Buttons and labels of the page around a header ("More Options",
     * "View Comments", "Print Article"). */
    "more",
    "view",
    "show",
    "hide",
    "print",
    "read",
    "share",
    "sign",
    "log",
    "next",
    "previous",
    "back",
    "go",
    "click",
    "follow",
    "subscribe",
    "load",
    "resize",
    "open",
    "close",
    "skip",
    "see",
    "watch",
    "listen",
    "download",
    "save",
    "edit",
    "enter",
    "rss", /* "RSS Jane Doe": the feed of the author's posts */
    /* Words that open place names, as a dateline over the text names
     * the city ("S\xc3\xa3o Paulo", "New Delhi", "Los Angeles"). */
    "s\xc3\xa3o",
    "san",
    "santa",
    "santo",
    "los",
    "las",
    "new",
    "saint",
    "sankt",
    "porto",
    "port",
    "fort",
    "rio",
    "buenos",
    "hong",
    "tel",
    "abu",
    "kuala",
    "cape",
    "mount",
    "lake",
    /* Days and times a sentence opens with "By" ("By Tuesday, a storm
     * had come"; "By Then", "By Noon" as a headline capitalises them). */
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "then",
    "now",
    "noon",
    "midnight",
    "tonight",
    "tomorrow",
    "yesterday",
    "contrast",
    "comparison",
};

static bool
word_in(const char *w, size_t n, const char *const *list, size_t count)
{
    char low[32];
    if (n == 0 || n >= sizeof low)
        return false;
    for (size_t i = 0; i < n; i++)
        low[i] = (char)(w[i] >= 'A' && w[i] <= 'Z' ? w[i] + 32 : w[i]);
    low[n] = '\0';
    /* Ignore a trailing comma or period ("Director," "Jr."). */
    while (n > 1 && (low[n - 1] == ',' || low[n - 1] == '.'))
        low[--n] = '\0';
    for (size_t i = 0; i < count; i++)
        if (list[i][0] == low[0] && !strcmp(low, list[i]))
            return true;
    return false;
}

#define IN(w, n, list) word_in((w), (n), (list), sizeof(list) / sizeof *(list))

static void
trim(const char **s, size_t *len)
{
    while (*len && ((*s)[0] == ' ' || (*s)[0] == '\t'))
        (*s)++, (*len)--;
    while (*len && ((*s)[*len - 1] == ' ' || (*s)[*len - 1] == '\t'))
        (*len)--;
}

/* Calls fn on each space-separated word; stops when fn returns false. */
typedef bool (*word_fn)(const char *w, size_t n, void *ud);

static bool
each_word(const char *s, size_t len, word_fn fn, void *ud)
{
    size_t i = 0;
    while (i < len) {
        while (i < len && s[i] == ' ')
            i++;
        size_t st = i;
        while (i < len && s[i] != ' ')
            i++;
        if (i > st && !fn(s + st, i - st, ud))
            return false;
    }
    return true;
}

typedef struct name_scan {
    int words, capitals;
    bool first;
    bool latin, cjk; /* some word (not in brackets) is Latin; some is CJK */
    bool in_brackets;
} name_scan;

static bool
name_word(const char *w, size_t n, void *ud)
{
    name_scan *ns = ud;
    /* A parenthesised form of the name ("김민준 (Kim Min-jun)") is part of it. */
    bool bracketed = ns->in_brackets;
    if (n > 1 && w[0] == '(')
        w++, n--, bracketed = ns->in_brackets = true;
    if (n > 1 && w[n - 1] == ')')
        n--, ns->in_brackets = false;
    ns->words++;
    if (IN(w, n, role_words))
        return false;
    if (ns->first && IN(w, n, not_names))
        return false;
    ns->first = false;
    bool latin = false, cjk = false;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)w[i];
        if (c >= '0' && c <= '9')
            return false;
        latin = latin || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
        cjk = cjk || c >= 0xE3; /* lead byte of U+3000 and up: kana, han, hangul */
        /* "ChromeのNever-Slow": Latin and CJK letters in one word are a
         * product's name in a CJK headline, never a person's name. */
        if (latin && cjk)
            return false;
        if (c < 0x80 && !((c | 0x20) >= 'a' && (c | 0x20) <= 'z') && c != '.' && c != '-' &&
            c != '\'')
            return false;
    }
    /* A name is written in one script: "いいね Print ブックマーク" is a
     * row of buttons, not a person (a Latin form in brackets aside). */
    if (!bracketed) {
        ns->latin = ns->latin || latin;
        ns->cjk = ns->cjk || cjk;
        if (ns->latin && ns->cjk)
            return false;
    }
    unsigned char c0 = (unsigned char)w[0];
    if ((c0 >= 'A' && c0 <= 'Z') || c0 >= 0x80) {
        ns->capitals++;
        return true;
    }
    return IN(w, n, particles);
}

static bool
is_name(const char *s, size_t len)
{
    if (len == 0 || len > 60)
        return false;
    name_scan ns = {0, 0, true, false, false, false};
    if (!each_word(s, len, name_word, &ns))
        return false;
    return ns.words >= 1 && ns.words <= 6 && ns.capitals >= 1;
}

static bool
role_word(const char *w, size_t n, void *ud)
{
    (void)ud;
    if (IN(w, n, role_words))
        return false; /* found: stop */
    unsigned char c0 = (unsigned char)w[0];
    if (c0 >= 'a' && c0 <= 'z' && !IN(w, n, particles))
        return false;
    return true;
}

static bool
job_word(const char *w, size_t n, void *ud)
{
    (void)ud;
    return !IN(w, n, role_words);
}

/* Holds a job word ("Writer", "Director"), not just lower-case words. */
static bool
has_job_word(const char *s)
{
    return !each_word(s, strlen(s), job_word, NULL);
}

bool
rd_text_has_job_word(const char *s, size_t len)
{
    return !each_word(s, len, job_word, NULL);
}

static bool
is_role(const char *s, size_t len)
{
    if (len == 0 || len > 100)
        return false;
    /* "The Guardian", "the Center for X" read as an affiliation. */
    if (len > 4 && !strncasecmp(s, "the ", 4))
        return true;
    return !each_word(s, len, role_word, NULL);
}

/* A spaced separator at s[i] (" | ", " · ", " • ", " — ", " – "); its length. */
static size_t
segment_sep(const char *s, size_t len, size_t i)
{
    if (i == 0 || s[i - 1] != ' ')
        return 0;
    size_t k = 0;
    if (s[i] == '|')
        k = 1;
    else if (i + 1 < len && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xB7)
        k = 2;
    else if (i + 2 < len && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x80 &&
             ((unsigned char)s[i + 2] == 0xA2 || (unsigned char)s[i + 2] == 0x94 ||
              (unsigned char)s[i + 2] == 0x93))
        k = 3;
    if (k && i + k < len && s[i + k] != ' ')
        return 0;
    return k;
}

static void
add_role(arena *a, rd_text_byline *b, const char *s, size_t len)
{
    if (!b->n)
        return;
    const char *old = b->roles[b->n - 1];
    b->roles[b->n - 1] =
        old ? arena_printf(a, "%s, %.*s", old, (int)len, s) : arena_strndup(a, s, len);
}

/* Cut a date written at the end of a segment ("Jane Doe, May 3, 2022"). */
static size_t
cut_date(const char *s, size_t len, const char *lang, rd_text_byline *b, arena *a)
{
    rd_text_date dt;
    if (!rd_text_date_find(s, len, lang, &dt) || dt.start == 0) {
        /* A date without its year after the name ("Jane Doe March 18 at
         * 12:22 PM"): the name is what stands before it. */
        for (size_t i = 1; i + 1 < len; i++)
            if (s[i] == ' ' && ((s[i + 1] >= 'A' && s[i + 1] <= 'Z') || (s[i + 1] >= '0' && s[i + 1] <= '9')) &&
                rd_text_date_label(s + i + 1, len - i - 1)) {
                size_t n = i;
                while (n && (s[n - 1] == ' ' || s[n - 1] == ','))
                    n--;
                if (n >= 3 && !strncasecmp(s + n - 3, " at", 3))
                    n -= 3; /* "Posted by Jane Doe at 12:55 AM" */
                return n;
            }
        return len;
    }
    /* Only filler may follow the date. */
    rd_text_date rest;
    if (!rd_text_date_find(s + dt.start, len - dt.start, lang, &rest) || !rest.whole)
        return len;
    if (!b->date)
        b->date = rd_text_date_format(a, &dt);
    size_t n = dt.start;
    for (;;) {
        while (n && (s[n - 1] == ' ' || s[n - 1] == ',' || s[n - 1] == '-'))
            n--;
        /* "on", and the words French, German, Spanish, Italian and Dutch
         * set before a day: "Par Jean Dupont le 8 janvier 2017". */
        if (n >= 3 && (!strncasecmp(s + n - 3, " on", 3) || !strncmp(s + n - 3, " le", 3) ||
                       !strncmp(s + n - 3, " am", 3) || !strncmp(s + n - 3, " el", 3) ||
                       !strncmp(s + n - 3, " il", 3) || !strncmp(s + n - 3, " op", 3)))
            n -= 3;
        else if (n >= 10 && !strncasecmp(s + n - 10, " published", 10))
            n -= 10;
        else if (n >= 8 && !strncasecmp(s + n - 8, " updated", 8))
            n -= 8;
        else
            break;
    }
    return n;
}

/* Units of a relative age ("2 hours ago"). */
static const char *const age_units[] = {"sec", "secs", "second", "seconds", "min", "mins",
                                        "minute", "minutes", "hour", "hours", "hr", "hrs",
                                        "day", "days", "week", "weeks", "month", "months",
                                        "year", "years"};

/* Cut a relative age ending the segment: "Jane Doe 2 hours ago" and
 * "jdoe 1 day ago" (a comment's or a submission's age, as forums and
 * link aggregators print it) leave the name. Returns the new length. */
static size_t
cut_age(const char *s, size_t len)
{
    if (len < 9 || strncmp(s + len - 4, " ago", 4) != 0)
        return len;
    size_t e = len - 4, u = e;
    while (u > 0 && s[u - 1] != ' ')
        u--;
    if (u < 2 || !IN(s + u, e - u, age_units))
        return len;
    /* The count before the unit: digits, or "a" / "an". */
    size_t c = u - 1, d = c;
    while (d > 0 && s[d - 1] >= '0' && s[d - 1] <= '9')
        d--;
    if (d == c) {
        if (c >= 2 && (s[c - 1] | 0x20) == 'a' && s[c - 2] == ' ')
            d = c - 1;
        else if (c >= 3 && !strncasecmp(s + c - 2, "an", 2) && s[c - 3] == ' ')
            d = c - 2;
        else
            return len;
    }
    if (d == 0 || s[d - 1] != ' ')
        return len;
    while (d > 0 && s[d - 1] == ' ')
        d--;
    return d;
}

/* A score before the lead, as link aggregators print a submission's
 * line: "225 points by jdoe 1 day ago". Returns its length with the
 * space after it, else 0. */
static size_t
score_before_lead(const char *s, size_t len)
{
    size_t i = 0;
    while (i < len && s[i] >= '0' && s[i] <= '9')
        i++;
    if (i == 0)
        return 0;
    if (i + 8 <= len && !strncmp(s + i, " points ", 8))
        return i + 8;
    if (i + 7 <= len && !strncmp(s + i, " point ", 7))
        return i + 7;
    return 0;
}

/* Words that follow "by" without naming anyone ("by default", "sort by
 * date"), and the accounts a site posts under that are nobody's name
 * ("by admin"). */
static const char *const not_handles[] = {
    "admin",        "administrator", "editor",     "editors",    "staff",       "guest",
    "webmaster",    "root",          "user",       "anonymous",  "unknown",     "default",
    "email",        "mail",          "phone",      "hand",       "design",      "far",
    "now",          "then",          "day",        "night",      "chance",      "accident",
    "car",          "train",         "bus",        "air",        "sea",         "road",
    "law",          "nature",        "definition", "itself",     "us",          "them",
    "me",           "him",           "her",        "you",        "it",          "all",
    "others",       "someone",       "everyone",   "anyone",     "date",        "name",
    "category",     "tag",           "author",     "popularity", "relevance",   "price",
    "newest",       "oldest",        "rating",     "request",    "appointment", "invitation",
    "subscription", "post",          "mistake",    "way",        "demand",      "land",
    "ferry",        "boat",          "foot",       "ship",       "plane",       "rail",
    "numbers",
};

/* A user's handle standing for the name after a lead ("by doumae",
 * "posted by jdoe_42"), as forums, blogs and link aggregators print it:
 * one word of 3 to 30 lower-case letters, digits, "_", "-" or ".",
 * opening with a letter. */
static bool
is_handle(const char *s, size_t len)
{
    if (len < 3 || len > 30 || s[0] < 'a' || s[0] > 'z' || IN(s, len, not_handles))
        return false;
    for (size_t i = 0; i < len; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-' ||
              c == '.'))
            return false;
    }
    return s[len - 1] != '.';
}

bool
rd_text_byline_handle(arena *a, const char *s, size_t len, rd_text_byline *out)
{
    memset(out, 0, sizeof(*out));
    trim(&s, &len);
    if (!is_handle(s, len))
        return false;
    out->names[0] = arena_strndup(a, s, len);
    out->n = 1;
    return true;
}

/* One lower-case word after the name's segment: a button of the row
 * ("hide", "past", "favorite"), no role. */
static bool
is_button_seg(const char *s, size_t len)
{
    if (len == 0 || len > 16 || IN(s, len, role_words))
        return false;
    for (size_t i = 0; i < len; i++)
        if (s[i] < 'a' || s[i] > 'z')
            return false;
    return true;
}

/* The line without its social handles: "Jane Doe @jdoe", "Jane
 * Doe@jdoe" and "Follow @jdoe" leave "Jane Doe". A word that opens in
 * lower case before its "@" is an address and goes whole. */
static const char *
drop_handles(arena *a, const char *s, size_t *len)
{
    char *out = arena_alloc(a, *len + 1);
    size_t n = 0, i = 0;
    while (i < *len) {
        size_t st = i;
        while (i < *len && s[i] != ' ')
            i++;
        size_t wl = i - st;
        const char *at = memchr(s + st, '@', wl);
        while (i < *len && s[i] == ' ')
            i++;
        if (at) {
            if (at > s + st && s[st] >= 'A' && s[st] <= 'Z')
                wl = (size_t)(at - (s + st));
            else
                wl = 0;
            /* ... and the separator glued between the name and the
             * handle ("Jane Doe\xe2\x80\xa2@jdoe", "Jane Doe|@jdoe"). */
            static const char *const seps[] = {"\xe2\x80\xa2", "\xc2\xb7", "|", "/"};
            for (size_t k = 0; k < sizeof seps / sizeof *seps; k++) {
                size_t sl = strlen(seps[k]);
                if (wl > sl && !memcmp(s + st + wl - sl, seps[k], sl))
                    wl -= sl, k = (size_t)-1;
                /* ... or spaced, a word of its own ("Jane Doe / @jdoe") */
                else if (!wl && n > sl && out[n - sl - 1] == ' ' &&
                         !memcmp(out + n - sl, seps[k], sl))
                    n -= sl + 1, k = (size_t)-1;
            }
        } else if (wl == 6 && !strncasecmp(s + st, "follow", 6) && i < *len && s[i] == '@') {
            wl = 0;
        }
        if (!wl)
            continue;
        if (n)
            out[n++] = ' ';
        memcpy(out + n, s + st, wl);
        n += wl;
    }
    out[n] = '\0';
    *len = n;
    return out;
}

size_t
rd_text_cut_glued_button(const char *s, size_t len)
{
    static const char *const glued[] = {"Contact Reporter", "Contact Author", "Contact", "Follow",
                                        "Email"};
    for (size_t g = 0; g < sizeof glued / sizeof *glued; g++) {
        size_t gl = strlen(glued[g]);
        if (len <= gl + 3 || memcmp(s + len - gl, glued[g], gl) != 0)
            continue;
        char before = s[len - gl - 1];
        if (before >= 'a' && before <= 'z')
            return len - gl;
        /* (spaced, only the two-word labels: "Jane Email" may be a name) */
        if (before == ' ' && strchr(glued[g], ' '))
            return len - gl - 1;
    }
    return len;
}

/* The length of " et ", " und ", " y " or " e " at s[e], else 0. */
static size_t
conj_at(const char *s, size_t len, size_t e)
{
    static const char *const conj[] = {" et ", " und ", " y ", " e "};
    return rd_text_one_of_at(s, len, e, conj, sizeof conj / sizeof *conj);
}

/* A web address standing as a byline's part: one word with a dot
 * between its letters and two to four lower-case letters after the
 * last dot ("Phys.org", "Salon.com"). After a name and a comma it is
 * the site the story was written for, not a second author. */
static bool
is_web_address(const char *s, size_t len)
{
    if (len < 5 || memchr(s, ' ', len))
        return false;
    size_t dot = len;
    while (dot > 0 && s[dot - 1] != '.')
        dot--;
    if (dot < 2 || len - dot < 2 || len - dot > 4 ||
        !((s[dot - 2] | 0x20) >= 'a' && (s[dot - 2] | 0x20) <= 'z'))
        return false;
    for (size_t i = dot; i < len; i++)
        if (s[i] < 'a' || s[i] > 'z')
            return false;
    return true;
}

/* A suffix of the name before it: "Jr.", "Sr", "III". With `degree`,
 * a degree too ("PhD", "M.D."), which reads on as the name's role. */
static bool
name_suffix(const char *p, size_t pl, bool degree)
{
    static const char *const sfx[] = {"Jr", "Jr.", "Sr",    "Sr.", "II",  "III",
                                      "IV", "PhD", "Ph.D.", "MD",  "M.D."};
    for (size_t i = 0; i < sizeof sfx / sizeof *sfx; i++)
        if (strlen(sfx[i]) == pl && !memcmp(p, sfx[i], pl))
            return degree || i < 7;
    return false;
}

/* Split the name list into authors and roles. */
static bool
read_names(arena *a, const char *s, size_t len, rd_text_byline *b)
{
    size_t i = 0;
    bool comma = false;    /* this part follows a plain comma */
    bool next_and = false; /* the next part follows "and" or "&" */
    bool anded = false;    /* a part so far followed "and" or "&" */
    while (i <= len) {
        /* Find the end of this part. */
        size_t st = i, e = i, next = len + 1;
        bool next_comma = false;
        bool at_and = next_and;
        next_and = false;
        for (; e < len; e++) {
            if (s[e] == ',' || s[e] == ';') {
                next = e + 1;
                next_comma = s[e] == ',';
                break;
            }
            if (s[e] == ' ' && e + 5 <= len && !strncasecmp(s + e, " and ", 5)) {
                next = e + 5;
                next_and = true;
                break;
            }
            if (s[e] == ' ' && e + 3 <= len && !strncmp(s + e, " & ", 3)) {
                next = e + 3;
                next_and = true;
                break;
            }
            /* "and" in French, German, Spanish, Portuguese and Italian. */
            size_t jl = conj_at(s, len, e);
            if (jl) {
                next = e + jl;
                next_and = true;
                break;
            }
        }
        const char *p = s + st;
        size_t pl = e - st;
        trim(&p, &pl);
        bool and_before = at_and;
        if (pl >= 4 && !strncasecmp(p, "and ", 4)) /* "A, B, and C" */
            p += 4, pl -= 4, comma = false, and_before = true;
        trim(&p, &pl);
        i = next;
        bool after_comma = comma;
        comma = next_comma;
        if (!pl) {
            next_and |= at_and; /* ", and X": the "and" is the next part's */
            continue;
        }
        /* After a role, a part that only a comma parts from it goes on
         * with the role ("A, Senior Officer, Coastal Access Project"); a
         * second author comes after "and", "&" or ";". */
        if (after_comma && b->n && b->roles[b->n - 1] && p[0] >= 'A' && p[0] <= 'Z') {
            add_role(a, b, p, pl);
            continue;
        }
        /* "Jane Doe, Harbour.org": the site, the name's role. */
        if (after_comma && b->n && is_web_address(p, pl)) {
            add_role(a, b, p, pl);
            continue;
        }
        /* "Martin Luther King, Jr": the suffix is the name's own. */
        if (after_comma && b->n && !b->roles[b->n - 1] && name_suffix(p, pl, false)) {
            b->names[b->n - 1] = arena_printf(a, "%s, %.*s", b->names[b->n - 1], (int)pl, p);
            continue;
        }
        /* "A and B, CNN": one word closing the list after a comma, under
         * names of two words and more, is the outlet or the place the
         * writers file from, not a writer; the one writer's role, but no
         * role of the last of several. In "A, B, Cher", with no "and"
         * before, the word is a third writer's name; a degree is no outlet. */
        if (after_comma && !and_before && b->n && next > len && !memchr(p, ' ', pl) &&
            strchr(b->names[0], ' ') && p[0] >= 'A' && p[0] <= 'Z' && (b->n == 1 || anded) &&
            !name_suffix(p, pl, true)) {
            if (b->n == 1)
                add_role(a, b, p, pl);
            continue;
        }
        anded |= and_before;
        /* "Jane Doe (photography)": the name, and its role in brackets. */
        const char *paren = NULL;
        if (pl > 4 && p[pl - 1] == ')') {
            const char *o = memchr(p, '(', pl);
            if (o && o > p + 1 && o[-1] == ' ' && o[1] >= 'a' && o[1] <= 'z' &&
                is_name(p, (size_t)(o - p - 1)))
                paren = o;
        }
        if (paren) {
            if (b->n == RD_TEXT_MAX_AUTHORS)
                return false;
            b->names[b->n] = arena_strndup(a, p, (size_t)(paren - p - 1));
            b->roles[b->n] = arena_strndup(a, paren + 1, (size_t)(p + pl - paren - 2));
            b->n++;
        } else if (is_name(p, pl)) {
            if (b->n == RD_TEXT_MAX_AUTHORS)
                return false;
            b->names[b->n] = arena_strndup(a, p, pl);
            b->roles[b->n] = NULL;
            b->n++;
        } else if (b->n && (is_role(p, pl) || (p[0] >= 'A' && p[0] <= 'Z'))) {
            /* "Role, Project, and Law Center" keeps its "and". */
            if (b->roles[b->n - 1] && and_before) {
                const char *r = arena_printf(a, "and %.*s", (int)pl, p);
                p = r, pl = strlen(r);
            }
            add_role(a, b, p, pl);
        } else {
            return false;
        }
    }
    return b->n > 0;
}

/* "5 min read", "12 comments": reading-time and counter noise. */
static bool
is_counter_seg(const char *s, size_t len)
{
    if (len >= 24 || s[0] < '0' || s[0] > '9')
        return false;
    char low[24];
    for (size_t i = 0; i < len; i++)
        low[i] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] + 32 : s[i]);
    low[len] = '\0';
    return strstr(low, "min") || strstr(low, "comment");
}

/* "By Jane Doe, a deputy editor of the Coast Weekly. She has covered ...":
 * after the lead, a name of two to four words, a comma and a line about
 * the author opened by "a" or "an". Returns the name's length (len when
 * there is no such line) and the line's first sentence in *bio. */
static size_t
cut_bio(const char *s, size_t len, const char **bio, size_t *bio_len)
{
    const char *c = memchr(s, ',', len);
    if (!c)
        return len;
    size_t at = (size_t)(c - s), words = 1;
    for (size_t i = 0; i < at; i++)
        words += s[i] == ' ';
    size_t k = at + 1;
    if (words < 2 || words > 4 || !(s[0] >= 'A' && s[0] <= 'Z') ||
        (strncmp(s + k, " a ", 3) != 0 && strncmp(s + k, " an ", 4) != 0))
        return len;
    k++;
    size_t e = k;
    while (e < len && !(s[e] == '.' && (e + 1 == len || s[e + 1] == ' ')))
        e++;
    *bio = s + k;
    *bio_len = e - k;
    return at;
}

/* "By Harbour Post Staff", "BY TMZ STAFF", "By Harbour Media News
 * Desk": a desk signs for the newsroom, its name (one to three words,
 * written like a name, no job word) and "Staff" or "Desk". Believed only
 * after a lead, where nothing but an author stands; alone on a line,
 * "Faculty Staff" is a menu's entry. */
static bool
desk_name(arena *a, const char *s, size_t len, rd_text_byline *b)
{
    trim(&s, &len);
    size_t n;
    if (len >= 7 && strncasecmp(s + len - 6, " staff", 6) == 0)
        n = len - 6;
    else if (len >= 11 && strncasecmp(s + len - 10, " news desk", 10) == 0)
        n = len - 10; /* "News" is a job's word elsewhere ("News Editor") */
    else if (len >= 6 && strncasecmp(s + len - 5, " desk", 5) == 0)
        n = len - 5;
    else
        return false;
    size_t words = 1;
    for (size_t i = 0; i < n; i++)
        words += s[i] == ' ';
    if (words > 3 || !is_name(s, n) || memchr(s, ',', n))
        return false;
    b->names[0] = arena_strndup(a, s, len);
    b->roles[0] = NULL;
    b->n = 1;
    return true;
}

bool
rd_text_lead_word_name(const char *name)
{
    if (strchr(name, ' '))
        return true;
    bool letter = false;
    for (; *name; name++) {
        if (islower((unsigned char)*name))
            return false;
        letter |= isupper((unsigned char)*name) != 0;
    }
    return letter;
}

static bool
parse_segments(arena *a, const char *s, size_t len, const char *lang, bool loose,
               rd_text_byline *out)
{
    memset(out, 0, sizeof(*out));
    trim(&s, &len);
    if (len < 2 || len > 240)
        return false;
    /* A mark set before the lead as decoration ("// By A", "- by A"). */
    size_t deco = 0;
    while (deco < len && deco < 4 && (s[deco] == '/' || s[deco] == '-' || s[deco] == '*' ||
                                      s[deco] == '~' || s[deco] == '#'))
        deco++;
    bool lead = false, foreign = false, piece = false;
    size_t score = score_before_lead(s, len);
    if (score) {
        s += score, len -= score;
        deco = 0;
    }
    for (int pass = 0; pass < 2 && !lead; pass++) {
        size_t off = pass ? deco : 0;
        if (pass && (!deco || deco >= len || s[deco] != ' '))
            break;
        if (pass)
            off++;
        for (size_t i = 0; i < sizeof leads / sizeof *leads; i++) {
            size_t n = strlen(leads[i]);
            if (len > off + n && !strncasecmp(s + off, leads[i], n)) {
                s += off + n, len -= off + n;
                lead = true;
                foreign = !strcmp(leads[i], "von ") || !strcmp(leads[i], "par ") ||
                          !strcmp(leads[i], "por ");
                break;
            }
        }
        for (size_t i = 0; i < sizeof piece_leads / sizeof *piece_leads && !lead; i++) {
            size_t n = strlen(piece_leads[i]);
            if (len > off + n && !strncasecmp(s + off, piece_leads[i], n)) {
                s += off + n, len -= off + n;
                lead = foreign = piece = true;
            }
        }
    }
    if ((!lead && !loose) || (score && !lead))
        return false;
    trim(&s, &len);
    if (memchr(s, '@', len)) {
        s = drop_handles(a, s, &len);
        trim(&s, &len);
    }
    const char *bio = NULL;
    size_t bio_len = 0;
    if (lead) {
        len = rd_text_cut_glued_button(s, len);
        trim(&s, &len);
        len = cut_bio(s, len, &bio, &bio_len);
    }
    /* Split into segments at spaced separators. */
    size_t i = 0, seg = 0, roles_before = 0;
    bool extra = false; /* a role or date came from a later segment */
    while (i <= len) {
        size_t st = i, k = 0;
        while (i < len && (k = segment_sep(s, len, i)) == 0)
            i++;
        const char *p = s + st;
        size_t pl = i - st;
        trim(&p, &pl);
        i += k ? k : 1;
        if (!pl) {
            if (seg == 0)
                return false;
            continue;
        }
        if (seg++ == 0) {
            pl = cut_date(p, pl, lang, out, a);
            pl = cut_age(p, pl);
            if (!read_names(a, p, pl, out) &&
                !(lead && (rd_text_byline_handle(a, p, pl, out) || desk_name(a, p, pl, out))))
                return false;
            for (size_t j = 0; j < out->n; j++)
                roles_before += out->roles[j] != NULL;
            continue;
        }
        rd_text_date dt;
        if (rd_text_date_find(p, pl, lang, &dt) && dt.whole) {
            if (!out->date)
                out->date = rd_text_date_format(a, &dt);
            extra = true;
        } else if (is_counter_seg(p, pl) || (lead && is_button_seg(p, pl))) {
            continue;
        } else if (out->n && (is_role(p, pl) || !loose)) {
            add_role(a, out, p, pl);
            extra = true;
        } else {
            return false;
        }
    }
    if (out->n == 0)
        return false;
    /* The phrase also runs on in body text ("An article by A / in the
     * Times argued ...") and in headlines, and a clause after a comma is
     * as often the sentence as a role. Only the bare form is a byline:
     * names, then a whole date, and nothing else. */
    if (piece) {
        if (!out->date || bio)
            return false;
        for (size_t j = 0; j < out->n; j++)
            if (out->roles[j])
                return false;
    }
    if (foreign && out->n == 1 && !rd_text_lead_word_name(out->names[0]))
        return false;
    if (bio) {
        if (out->n != 1)
            return false;
        add_role(a, out, bio, bio_len);
    }
    if (!lead) {
        /* "A | Role" or "A, Role": one to three names with a role or date,
         * each name of at least two words. */
        if (out->n > 3 || (!extra && !roles_before && !out->date))
            return false;
        /* "A, Role" without a separator: the role must name a job, or a
         * sentence such as "Every January, a dozen people ..." would pass. */
        if (!extra)
            for (size_t j = 0; j < out->n; j++)
                if (out->roles[j] && !has_job_word(out->roles[j]))
                    return false;
        for (size_t j = 0; j < out->n; j++)
            if (!strchr(out->names[j], ' '))
                return false;
    }
    return true;
}

/* Words that may follow the name on a dated byline: the section ("in
 * News"), the day ("on", "le", "am"), the time ("at"). */
static const char *const tail_words[] = {"in", "on", "at", "le", "el", "am", "il", "em", "op"};

/* The first word of what follows the name at s[i]: a connector, a
 * separator ("/", "|", "-", "·", "—"), a handle or a number. */
static bool
tail_start(const char *s, size_t len, size_t i)
{
    unsigned char c = (unsigned char)s[i];
    size_t e = i;
    while (e < len && s[e] != ' ')
        e++;
    if (c == '/' || c == '|' || c == '-' || c == '@' || (c >= '0' && c <= '9'))
        return true;
    if (e - i <= 3 && (c == 0xC2 || c == 0xE2))
        return true; /* "·", "—", "–", "•" */
    return IN(s + i, e - i, tail_words);
}

/* "By Jane Doe in News on May 3, 2022 10:15 am", "By Jane Doe / May 3,
 * 2022 / Leave a comment", "By Jane Doe2022-05-03 22:33 UTC": after the
 * lead, a name of two to four words, then a section, separators or a
 * handle, and a date somewhere after it. The rest of the line is the
 * byline's furniture; the name and the date are kept. */
static bool
lead_name_dated(arena *a, const char *s, size_t len, const char *lang, rd_text_byline *out)
{
    memset(out, 0, sizeof(*out));
    trim(&s, &len);
    bool lead = false;
    for (size_t i = 0; i < sizeof leads / sizeof *leads && !lead; i++) {
        size_t n = strlen(leads[i]);
        if (len > n && !strncasecmp(s, leads[i], n)) {
            s += n, len -= n;
            lead = true;
        }
    }
    if (!lead || len > 160)
        return false;
    trim(&s, &len);
    /* The name ends at the first word that opens the tail, or at a digit
     * glued to a word (the copy lost the space before the date). */
    size_t e = 0, words = 0;
    while (e < len) {
        if (tail_start(s, len, e))
            break;
        size_t w = e;
        while (w < len && s[w] != ' ' && !(s[w] >= '0' && s[w] <= '9' && w > e))
            w++;
        words++;
        if (w < len && s[w] != ' ') {
            e = w;
            break;
        }
        e = w;
        while (e < len && s[e] == ' ')
            e++;
    }
    size_t n = e;
    while (n && (s[n - 1] == ' ' || s[n - 1] == ','))
        n--;
    rd_text_date dt;
    /* is_name: capitalised words (particles aside), no role word. */
    if (e >= len || words < 2 || words > 4 || !is_name(s, n) ||
        !rd_text_date_find(s + e, len - e, lang, &dt))
        return false;
    out->names[0] = arena_strndup(a, s, n);
    out->roles[0] = NULL;
    out->n = 1;
    out->date = rd_text_date_format(a, &dt);
    return true;
}

/* The Japanese credit line: 文 ("text") or 取材・文 ("reporting and
 * text"), a mark (● ／ / ・ ： : ＝ =), the name, and maybe the desk after
 * a slash: "文●オカモト／ASCII編集部", "文／山田太郎". The name is the
 * author and the desk its role. */
static bool
japanese_credit(arena *a, const char *s, size_t len, rd_text_byline *out)
{
    /* 取材・文, 文 */
    static const char *const credits[] = {"\xe5\x8f\x96\xe6\x9d\x90\xe3\x83\xbb\xe6\x96\x87",
                                          "\xe6\x96\x87"};
    static const char *const marks[] = {"\xe2\x97\x8f", "\xef\xbc\x8f", "/", "\xe3\x83\xbb",
                                        "\xef\xbc\x9a", ":", "\xef\xbc\x9d", "="};
    static const char *const slashes[] = {"\xef\xbc\x8f", "/"};
    memset(out, 0, sizeof(*out));
    trim(&s, &len);
    size_t at = 0;
    for (size_t i = 0; i < 2 && !at; i++)
        if (len > strlen(credits[i]) && !memcmp(s, credits[i], strlen(credits[i])))
            at = strlen(credits[i]);
    size_t mark = 0;
    for (size_t i = 0; at && i < sizeof marks / sizeof *marks && !mark; i++)
        if (len > at + strlen(marks[i]) && !memcmp(s + at, marks[i], strlen(marks[i])))
            mark = strlen(marks[i]);
    if (!mark || len > 120)
        return false;
    s += at + mark, len -= at + mark;
    size_t name = len, role = len;
    for (size_t i = 0; i < len && name == len; i++)
        for (size_t k = 0; k < 2; k++)
            if (!strncmp(s + i, slashes[k], strlen(slashes[k]))) {
                name = i, role = i + strlen(slashes[k]);
                break;
            }
    const char *n = s;
    size_t nl = name;
    trim(&n, &nl);
    if (!nl || !is_name(n, nl))
        return false;
    out->names[0] = arena_strndup(a, n, nl);
    out->n = 1;
    const char *r = s + role;
    size_t rl = len - role;
    trim(&r, &rl);
    if (rl)
        out->roles[0] = arena_strndup(a, r, rl);
    return true;
}

/* The credit in square brackets that Japanese magazines print under the
 * dek: "[田中宏昌，ITmedia]", "[Jane Doe, Harbour Weekly]": a name, a
 * comma (full-width or not) and the outlet of one to three words. The
 * name is the author, the outlet its role. */
static bool
bracketed_credit(arena *a, const char *s, size_t len, rd_text_byline *out)
{
    static const char *const opens[] = {"[", "\xef\xbc\xbb"}, *const closes[] = {"]", "\xef\xbc\xbd"};
    static const char *const commas[] = {"\xef\xbc\x8c", ",", "\xe3\x80\x81"};
    memset(out, 0, sizeof(*out));
    trim(&s, &len);
    size_t o = 0, c = 0;
    for (size_t i = 0; i < 2 && !o; i++)
        if (len > strlen(opens[i]) + strlen(closes[i]) && !memcmp(s, opens[i], strlen(opens[i])) &&
            !memcmp(s + len - strlen(closes[i]), closes[i], strlen(closes[i])))
            o = strlen(opens[i]), c = strlen(closes[i]);
    if (!o || len > 100)
        return false;
    s += o, len -= o + c;
    for (size_t i = 0; i < len; i++)
        for (size_t k = 0; k < sizeof commas / sizeof *commas; k++) {
            size_t cl = strlen(commas[k]);
            if (i + cl > len || memcmp(s + i, commas[k], cl) != 0)
                continue;
            const char *n = s, *r = s + i + cl;
            size_t nl = i, rl = len - i - cl, rw = 1;
            trim(&n, &nl);
            trim(&r, &rl);
            for (size_t j = 0; j < rl; j++) {
                rw += r[j] == ' ';
                if ((r[j] >= '0' && r[j] <= '9') || r[j] == ',')
                    return false;
            }
            if (!nl || !rl || rw > 3 || !is_name(n, nl))
                return false;
            out->names[0] = arena_strndup(a, n, nl);
            out->roles[0] = arena_strndup(a, r, rl);
            out->n = 1;
            return true;
        }
    return false;
}

/* A kicker and the authors on one line: "Politik \xc2\xb7 Jochen Bittner,
 * Tina Hildebrandt", "Opinion | Jane Doe and Joe Park". The section is a
 * word or two before the first spaced dot or bar; two names or more
 * after it (one name there may be a menu's entry, "News \xc2\xb7 Sports Desk"). */
static bool
section_then_names(arena *a, const char *s, size_t len, rd_text_byline *out)
{
    memset(out, 0, sizeof(*out));
    trim(&s, &len);
    size_t i = 1, k = 0;
    while (i < len && (k = segment_sep(s, len, i)) == 0)
        i++;
    if (i >= len || (k != 1 && k != 2)) /* "|" or "\xc2\xb7" */
        return false;
    size_t words = 0;
    for (size_t j = 0; j < i; j++)
        words += s[j] != ' ' && (j == 0 || s[j - 1] == ' ');
    if (words == 0 || words > 2)
        return false;
    return rd_text_byline_names(a, s + i + k, len - i - k, out) && out->n >= 2;
}

/* A translator's or illustrator's credit: "Translated by A",
 * "Translated from the Norwegian by A", "Aus dem Englischen von A",
 * "Traduit de l'anglais par A", "Illustrated by A". The lead, up to three
 * words between its two parts (German's first one a language's, ending
 * in "-ischen": "Aus dem Leben von A" is a subtitle), then the names,
 * each with the relator code; a role in brackets after a name is
 * dropped. */
static bool
translation_credit(arena *a, const char *s, size_t len, rd_text_byline *out)
{
    static const struct {
        const char *lead, *then; /* then: NULL when the names follow the lead */
        const char *code;
    } credit_leads[] = {
        {"translated by ", NULL, "trl"},
        {"translation by ", NULL, "trl"},
        {"english translation by ", NULL, "trl"},
        {"translated from the ", " by ", "trl"},
        {"translated from ", " by ", "trl"},
        {"illustrated by ", NULL, "ill"},
        {"illustrations by ", NULL, "ill"},
        {"\xC3\xBC"
         "bersetzt von ",
         NULL, "trl"},
        {"\xC3\x9C"
         "bersetzung: ",
         NULL, "trl"},
        {"aus dem ", " von ", "trl"},
        {"traduit par ", NULL, "trl"},
        {"traduction : ", NULL, "trl"},
        {"traduction\xC2\xA0: ", NULL, "trl"},
        {"traduit de l'", " par ", "trl"},
        {"traduit de l\xE2\x80\x99", " par ", "trl"},
        {"traduit du ", " par ", "trl"},
        {"traducido por ", NULL, "trl"},
        {"traducci\xC3\xB3n de ", NULL, "trl"},
        {"tradotto da ", NULL, "trl"},
        {"traduzione di ", NULL, "trl"},
        {"traduzido por ", NULL, "trl"},
        {"tradu\xC3\xA7\xC3\xA3o de ", NULL, "trl"},
        {"vertaald door ", NULL, "trl"},
        {"vertaald uit het ", " door ", "trl"},
    };
    memset(out, 0, sizeof(*out));
    trim(&s, &len);
    if (len > 160)
        return false;
    for (size_t i = 0; i < sizeof credit_leads / sizeof credit_leads[0]; i++) {
        size_t ll = strlen(credit_leads[i].lead);
        if (len <= ll || strncasecmp(s, credit_leads[i].lead, ll) != 0)
            continue;
        size_t at = ll;
        if (credit_leads[i].then) {
            /* "from the Norwegian", "aus dem Englischen (übersetzt)" */
            size_t tl = strlen(credit_leads[i].then), words = 1, k = ll;
            for (; k + tl <= len && words <= 3; k++) {
                if (strncasecmp(s + k, credit_leads[i].then, tl) == 0)
                    break;
                words += s[k] == ' ';
            }
            if (k + tl > len || words > 3)
                continue;
            if (credit_leads[i].lead[0] == 'a') {
                size_t w = ll;
                while (w < k && s[w] != ' ')
                    w++;
                if (w - ll < 7 || strncmp(s + w - 6, "ischen", 6) != 0)
                    continue;
            }
            at = k + tl;
        }
        size_t nl = len - at;
        if (nl > 3 && s[at + nl - 1] == '.' && s[at + nl - 2] >= 'a' && s[at + nl - 2] <= 'z')
            nl--; /* the sentence's stop, not an initial's */
        if (nl > 3 && s[at + nl - 1] == ')') {
            /* "A (Editor)": the role in brackets is not the credit's */
            const char *o = memchr(s + at, '(', nl);
            if (o && o > s + at + 1 && o[-1] == ' ')
                nl = (size_t)(o - 1 - (s + at));
        }
        rd_text_byline b;
        memset(&b, 0, sizeof b);
        if (!read_names(a, s + at, nl, &b) || b.n == 0)
            continue;
        for (size_t j = 0; j < b.n; j++)
            b.roles[j] = credit_leads[i].code;
        *out = b;
        return true;
    }
    return false;
}

/* Columns of a gap between two fields at s[i] (spaces, tabs, no-break
 * spaces), and in *end the byte after it. */
static size_t
gap_at(const char *s, size_t len, size_t i, size_t *end)
{
    size_t cols = 0;
    while (i < len) {
        if (s[i] == ' ' || s[i] == '\t')
            i++;
        else if (i + 1 < len && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0)
            i += 2;
        else
            break;
        cols++;
    }
    *end = i;
    return cols;
}

/* A row of fields copied from a table or a line of spans: the journal's
 * issue, then after a gap of two spaces or more the author's field
 * ("Review #131 - May 2016   Author: Jane Doe"). The label and its names
 * are the byline; what stands before the gap is another field's. Only a
 * label with its colon opens the field: a gap before "by" is as likely
 * a sentence's, set wide. */
static bool
field_byline(arena *a, const char *s, size_t len, const char *lang, rd_text_byline *out)
{
    static const char *const labels[] = {"author: ", "authors: ", "by: ", "byline: "};
    for (size_t i = 1; i + 8 < len; i++) {
        size_t e;
        if (s[i - 1] == ' ' || s[i - 1] == '\t' || gap_at(s, len, i, &e) < 2)
            continue;
        for (size_t k = 0; k < sizeof labels / sizeof *labels; k++) {
            size_t n = strlen(labels[k]);
            if (len - e > n && strncasecmp(s + e, labels[k], n) == 0)
                return parse_segments(a, s + e, len - e, lang, false, out);
        }
    }
    return false;
}

bool
rd_text_byline_parse(arena *a, const char *s, size_t len, const char *lang, bool loose,
                     rd_text_byline *out)
{
    if (translation_credit(a, s, len, out))
        return true;
    if (parse_segments(a, s, len, lang, loose, out))
        return true;
    if (field_byline(a, s, len, lang, out))
        return true;
    if (japanese_credit(a, s, len, out) || bracketed_credit(a, s, len, out))
        return true;
    if (section_then_names(a, s, len, out))
        return true;
    return lead_name_dated(a, s, len, lang, out);
}

/* Words of a name that are no particle: "Maria de la Cruz Lopez" has four. */
static size_t
name_core_words(const char *s)
{
    size_t n = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        const char *st = p;
        while (*p && *p != ' ')
            p++;
        if (p > st && !IN(st, (size_t)(p - st), particles))
            n++;
    }
    return n;
}

/* Whether each word of s holds a letter: "M'inscrire \xc2\xbb" (a button
 * with its arrow) is no name of two words. Bytes from 0xC3 on open
 * letters of Latin and other scripts. */
static bool
words_have_letters(const char *s)
{
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        bool letter = false;
        for (; *p && *p != ' '; p++)
            letter =
                letter || ((*p | 0x20) >= 'a' && (*p | 0x20) <= 'z') || (unsigned char)*p >= 0xC3;
        if (!letter && p > s && p[-1] != ' ')
            return false;
    }
    return true;
}

bool
rd_text_person_name(const char *s)
{
    size_t core = 0;
    for (const char *p = s; *p;) {
        while (*p == ' ')
            p++;
        const char *st = p;
        while (*p && *p != ' ')
            p++;
        size_t n = (size_t)(p - st);
        if (!n)
            break;
        if (IN(st, n, particles))
            continue;
        unsigned char c0 = (unsigned char)st[0];
        if (!((c0 >= 'A' && c0 <= 'Z') || c0 >= 0xC3) || IN(st, n, not_handles) ||
            IN(st, n, not_names))
            return false;
        core++;
    }
    return core >= 2 && core <= 4;
}

bool
rd_text_byline_names(arena *a, const char *s, size_t len, rd_text_byline *out)
{
    memset(out, 0, sizeof(*out));
    trim(&s, &len);
    if (len < 3 || len > 120 || !read_names(a, s, len, out) || out->n > 3)
        return false;
    /* A name has four words at most, its particles aside; a line of five
     * capitalised words or more is a headline ("Spot Problems Before They
     * Grow"), which only a "By" could make a name. */
    for (size_t j = 0; j < out->n; j++)
        if (out->roles[j] || !strchr(out->names[j], ' ') || name_core_words(out->names[j]) > 4 ||
            !words_have_letters(out->names[j]))
            return false;
    return true;
}
