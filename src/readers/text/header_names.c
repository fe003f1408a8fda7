/*
 * header_names.c - names in a copied page's header: a bare author name and its
 * role line, label and value pairs, tag lines, initials signed, disclosure
 * notes, and the other furniture a header holds.
 */
#include "text_int.h"

#include <string.h>
#include <strings.h>

#include "../../base/buf.h"

/* Under the bare name at i stands when the post went up, with no name
 * of its own: a date without its year, a reading time or an age ("on
 * Mar 17", "11 min read", "2 hours ago"). The name is the author's, as
 * in "Jane Doe / 5 min read"; a title over "Posted on ... by Joe Park"
 * has its author under it. */
bool
rd_text_name_over_age(const rd_text_lines *L, size_t i)
{
    size_t j = rd_text_next_nonblank(L, i + 1);
    if (j >= L->n || L->v[j].kind != RD_TEXT_PLAIN || L->v[j].words > 8)
        return false;
    const rd_text_line *ln = &L->v[j];
    bool digit = false;
    for (uint32_t k = 0; k < ln->len && !digit; k++)
        digit = ln->s[k] >= '0' && ln->s[k] <= '9';
    return rd_text_date_label(ln->s, ln->len) ||
           ((ln->chrome & 0x0F) == RD_TEXT_CHROME_LINE && digit);
}

/* A bare author name: "Jane Doe" alone, unless the same line stands
 * elsewhere above (a title printed twice is a title), or
 * it stands over when the post went up (a name printed in the header and
 * again in a bar over the text). */
bool
rd_text_bare_name(arena *a, const rd_text_lines *L, size_t i, rd_text_byline *b)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 8)
        return false;
    /* "Jane Smith in Vienna": the name and where the story was filed. */
    size_t len = ln->len;
    for (size_t k = 1; k + 4 < ln->len; k++)
        if (!memcmp(ln->s + k, " in ", 4) && ln->s[k + 4] >= 'A' && ln->s[k + 4] <= 'Z') {
            len = k;
            break;
        }
    /* "Jane Smith, AP", "Jane Smith,TIME" (two spans glued by the copy):
     * the name and, after a comma, the paper or agency it was written
     * for, in capitals. */
    for (size_t k = 2; k + 2 < len; k++) {
        if (ln->s[k] != ',')
            continue;
        size_t st = k + 1 + (ln->s[k + 1] == ' '), caps = 0;
        bool only = st < len && ln->s[k - 1] != ' ';
        for (size_t q = st; q < len && only; q++) {
            caps += ln->s[q] >= 'A' && ln->s[q] <= 'Z';
            only = (ln->s[q] >= 'A' && ln->s[q] <= 'Z') || ln->s[q] == ' ' || ln->s[q] == '&';
        }
        if (only && caps >= 2)
            len = k;
        break;
    }
    /* "Jane Smith 1 day ago": the name and how long ago it was posted. */
    for (size_t k = 1; k + 1 < len; k++)
        if (ln->s[k] == ' ' && ln->s[k + 1] >= '0' && ln->s[k + 1] <= '9') {
            if (rd_text_chrome_kind(ln->s + k + 1, len - k - 1) == RD_TEXT_CHROME_LINE) {
                len = k;
                /* "Jane Smith - 4 hours ago": a dash before the age. */
                if (len > 2 && (ln->s[len - 1] == '-' || ln->s[len - 1] == '|') &&
                    ln->s[len - 2] == ' ')
                    len -= 2;
            }
            break;
        }
    /* "Jane Smith \xe2\x80\xa2 8h", "Jane Smith \xc2\xb7 2 hours ago", "Jane Smith - 4 hours
     * ago": the name, a dot or a dash and how long ago it was posted. */
    rd_text_date posted;
    bool dated = false;
    for (size_t k = 1; k + 4 < len; k++) {
        size_t sep = 0;
        if (ln->s[k] == ' ' && (ln->s[k + 1] == '|' || ln->s[k + 1] == '-') && ln->s[k + 2] == ' ')
            sep = 1;
        else if (ln->s[k] == ' ' && !memcmp(ln->s + k + 1, "\xc2\xb7 ", 3))
            sep = 2;
        else if (ln->s[k] == ' ' && !memcmp(ln->s + k + 1, "\xe2\x80\xa2 ", 4))
            sep = 3;
        if (!sep)
            continue;
        const char *tail = ln->s + k + sep + 2;
        size_t tail_len = len - k - sep - 2;
        if (rd_text_age_or_date(tail, tail_len)) {
            len = k;
            /* (a date there is when the post went up: "Jane Smith | June 3, 2019") */
            if (rd_text_date_find(tail, tail_len, NULL, &posted) && posted.whole &&
                posted.start == 0)
                dated = true;
        }
        break;
    }
    len = rd_text_cut_glued_button(ln->s, len);
    /* Names are spaced singly; "Home   About   Archive" is a menu. */
    for (size_t k = 0; k + 1 < len; k++)
        if ((ln->s[k] == ' ' && ln->s[k + 1] == ' ') || ln->s[k] == '\t')
            return false;
    if (!rd_text_byline_names(a, ln->s, len, b))
        return false;
    if (dated && !b->date)
        b->date = rd_text_date_format(a, &posted);
    for (size_t k = 0; k < i; k++)
        if (L->v[k].len == ln->len && memcmp(L->v[k].s, ln->s, ln->len) == 0)
            return rd_text_name_over_age(L, i);
    return true;
}

/* A bare name over a "Follow" button: the author's card, which some
 * sites set over the headline ("Jane Doe / Follow / Aug 8, 2016 /
 * Title"). A name alone over the headline may be the site's. */
bool
rd_text_name_over_follow(arena *a, const rd_text_lines *L, size_t i, rd_text_byline *b)
{
    size_t j = rd_text_next_nonblank(L, i + 1);
    return j < L->n && L->v[j].len == 6 && strncasecmp(L->v[j].s, "follow", 6) == 0 &&
           rd_text_bare_name(a, L, i, b);
}

/* Whether s[0..len) holds the bytes of w. */
static bool
span_has(const char *s, size_t len, const char *w)
{
    size_t n = strlen(w);
    for (size_t i = 0; n && i + n <= len; i++)
        if (!memcmp(s + i, w, n))
            return true;
    return false;
}

static bool split_byline_names(arena *a, const rd_text_lines *L, size_t i, const char *lang);

/* The role line under a bare name ("BBC News, Cornwall"), under a
 * byline of one ("By Jane Doe") or under the names of a split one
 * ("Author" over "Jane Doe" over "Associate Professor of Planning,
 * University of Riverton": the label is evidence enough for a longer
 * role); the role in *role. */
bool
rd_text_role_line(arena *a, const rd_text_lines *L, size_t i, const char *lang, const char **role)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 12 || (ln->flags & RD_TEXT_F_SENTENCE) || i == 0)
        return false;
    size_t p = i;
    while (p > 0 && rd_text_is_blank(&L->v[p - 1]))
        p--;
    if (p == 0)
        return false;
    rd_text_byline b;
    const rd_text_line *nm = &L->v[p - 1];
    bool labelled = split_byline_names(a, L, p - 1, lang);
    if (ln->words > 6 && !labelled)
        return false;
    bool bare = labelled || rd_text_bare_name(a, L, p - 1, &b);
    /* under a "By" line or a label, a job reads as one: "Science
       reporter, BBC News", "Professor of History at ...", "Contributor";
       not a subhead ("What the council decided", "Council members vote
       on Tuesday night") */
    if (!bare || labelled) {
        /* one word, or a job and then a named organisation after a
           comma, "at" or "of" ("reporter at the food bank" names none) */
        bool shaped = ln->words == 1;
        for (size_t k = 0; k + 3 < ln->len && !shaped; k++) {
            size_t w = ln->s[k] == ',' && ln->s[k + 1] == ' '                             ? k + 2
                       : !strncmp(ln->s + k, " at ", 4) || !strncmp(ln->s + k, " of ", 4) ? k + 4
                                                                                          : 0;
            for (size_t q = w; w && q < ln->len && !shaped; q++)
                shaped = (q == w || ln->s[q - 1] == ' ') && ln->s[q] >= 'A' && ln->s[q] <= 'Z';
        }
        static const char *const asks[] = {"what ", "why ", "how ", "who ", "when ", "where "};
        for (size_t k = 0; k < sizeof asks / sizeof *asks && shaped; k++)
            shaped = !rd_text_starts_ci(ln, asks[k]);
        if (!shaped)
            return false;
    }
    if (!bare && !(rd_text_starts_ci(nm, "by ") && rd_text_byline_line(a, nm, lang, false, &b) &&
                   b.n == 1 && !b.roles[0]))
        return false;
    if (!rd_text_has_job_word(ln->s, ln->len))
        return false;
    const char *probe =
        bare ? arena_printf(a, "%.*s | %.*s", (int)nm->len, nm->s, (int)ln->len, ln->s)
             : arena_printf(a, "%s | %.*s", b.names[0], (int)ln->len, ln->s);
    if (!rd_text_byline_parse(a, probe, strlen(probe), lang, true, &b) || b.n != 1 || !b.roles[0])
        return false;
    *role = arena_strndup(a, ln->s, ln->len);
    return true;
}

/* The value under a label line ("From:" over "Department for Transport"). */
static bool
label_value(const rd_text_lines *L, size_t i)
{
    size_t p = i;
    while (p > 0 && rd_text_is_blank(&L->v[p - 1]))
        p--;
    return p > 0 && rd_text_is_label(&L->v[p - 1]) && L->v[i].words <= 6 &&
           !(L->v[i].flags & RD_TEXT_F_SENTENCE);
}

/* "From: Herald Sun", "Source: Agencies": a one-word label and its short
 * value on one line. */
static bool
label_pair(const rd_text_line *ln)
{
    if (ln->kind != RD_TEXT_PLAIN || ln->words < 2 || ln->words > 4)
        return false;
    const char *sp = memchr(ln->s, ' ', ln->len);
    return sp && sp > ln->s + 1 && sp[-1] == ':';
}

/* A site's tagline naming where the page comes from: "From Example,
 * the free encyclopedia", "From the Vale Wiki, the local history wiki". */
bool
rd_text_source_tagline(const rd_text_line *ln)
{
    if (ln->kind != RD_TEXT_PLAIN || ln->words < 4 || ln->words > 8 ||
        (ln->flags & (RD_TEXT_F_SENTENCE | RD_TEXT_F_SOFTEND)) || !rd_text_starts_ci(ln, "from "))
        return false;
    const char *c = memchr(ln->s, ',', ln->len);
    return c && (size_t)(c - ln->s) + 6 < ln->len && !strncmp(c, ", the ", 6) &&
           memchr(ln->s, ' ', (size_t)(c - ln->s)) != NULL;
}

/* "By" alone on its line and the names on the next one ("por" over
 * "Ana Lima"), as a header sets the two in boxes of their own, maybe a
 * blank line apart: the byline the two lines make, read into *b. */
bool
rd_text_split_byline(arena *a, const rd_text_lines *L, size_t i, const char *lang,
                     rd_text_byline *b)
{
    /* the writer's label set over the names the same way ("Author" over
       "Jane Doe"): read as "By" */
    static const char *const labels[] = {"author",  "authors", "autor",     "autorin",
                                         "autoren", "auteur",  "auteurs",   "autore",
                                         "autora",  "autori",  "written by"};
    const rd_text_line *ln = &L->v[i];
    size_t j = rd_text_next_nonblank(L, i + 1);
    bool label = rd_text_line_is_label_of(ln, labels, sizeof labels / sizeof *labels);
    if (ln->kind != RD_TEXT_PLAIN || (!label && (ln->words != 1 || ln->len > 4)) || j >= L->n ||
        j > i + 2)
        return false;
    const rd_text_line *nx = &L->v[j];
    if (nx->kind != RD_TEXT_PLAIN || nx->words < 2 || nx->words > 8)
        return false;
    const char *probe =
        label ? arena_printf(a, "By %.*s", (int)nx->len, nx->s)
              : arena_printf(a, "%.*s %.*s", (int)ln->len, ln->s, (int)nx->len, nx->s);
    return rd_text_byline_parse(a, probe, strlen(probe), lang, false, b) && b->n > 0 && !b->date;
}

/* Line i holds the names under such a lone "By". */
static bool
split_byline_names(arena *a, const rd_text_lines *L, size_t i, const char *lang)
{
    rd_text_byline b;
    size_t p = i;
    while (p > 0 && i - p < 2 && rd_text_is_blank(&L->v[p - 1]))
        p--;
    return p > 0 && rd_text_split_byline(a, L, p - 1, lang, &b);
}

/* A label and its value on one line, unless the line stands again
 * nearby: "Evolve: Shared Mutable History" in the title bar, as the
 * heading and in the contents is a headline, not "Source: Agencies". */
static bool
label_pair_at(const rd_text_lines *L, size_t i)
{
    return label_pair(&L->v[i]) && !rd_text_printed_twice(L, i);
}

/* A short line ending with a comma. */
static bool
comma_tag(const rd_text_line *ln)
{
    return ln->kind == RD_TEXT_PLAIN && ln->words <= 3 && ln->len > 1 && ln->s[ln->len - 1] == ',';
}

/* A list of tags whose links the copy set one to a line, each but the
 * last closed by its comma ("python," / "testing," / "django"): as
 * header furniture as a row of buttons, and the last tag is no title.
 * Two lines at least, so a lone line with a comma stays what it is. */
static bool
tag_list_line(const rd_text_lines *L, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 3)
        return false;
    /* Two comma-ended lines at least in the run of short lines around
     * it: one ("Goodbye," / "Old Harbour") is a headline broken after
     * its comma. */
    size_t top = i, commas = 0;
    while (top > 0 && !rd_text_is_blank(&L->v[top - 1]) && L->v[top - 1].kind == RD_TEXT_PLAIN &&
           L->v[top - 1].words <= 3)
        top--;
    for (size_t k = top; k < L->n && !rd_text_is_blank(&L->v[k]) && L->v[k].kind == RD_TEXT_PLAIN &&
                         L->v[k].words <= 3 && commas < 2;
         k++)
        commas += comma_tag(&L->v[k]);
    if (commas < 2)
        return false;
    size_t j = rd_text_next_nonblank(L, i + 1);
    if (comma_tag(ln) && j < L->n && L->v[j].kind == RD_TEXT_PLAIN && L->v[j].words <= 3)
        return true;
    size_t p = i;
    while (p > 0 && rd_text_is_blank(&L->v[p - 1]))
        p--;
    return p > 0 && comma_tag(&L->v[p - 1]);
}

/* Line k is a headline right over its author's bare name, the name
 * right over the text at body ("Leader spotlight: Jane Doe" / "Ann
 * Park" / text): the date, the section and the name make the short
 * lines around it look like a run of links, but a menu's entry has no
 * author under it. */
bool
rd_text_headline_over_name(arena *a, const rd_text_lines *L, size_t k, size_t body)
{
    size_t n = rd_text_next_nonblank(L, k + 1);
    rd_text_byline b;
    /* A section's label may stand glued over it; under two entries or
     * more of a list (a series box, a menu) it is the list's last. */
    size_t glued = 0;
    for (size_t p = k; p > 0 && glued < 2 && !rd_text_is_blank(&L->v[p - 1]); p--)
        glued++;
    return L->v[k].words >= 3 && glued < 2 && n < body && rd_text_next_nonblank(L, n + 1) == body &&
           rd_text_bare_name(a, L, n, &b);
}

/* A small word alone on its line between an age and a date, as a header
 * sets each part of "2 months ago on June 12, 2026" in a box of its own:
 * the word joins the two, it is no title. */
static bool
date_joiner(const rd_text_lines *L, size_t i)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || ln->words != 1 || ln->len > 3 || !rd_text_starts_lower(ln) ||
        i == 0)
        return false;
    size_t p = i, n = rd_text_next_nonblank(L, i + 1);
    while (p > 0 && rd_text_is_blank(&L->v[p - 1]))
        p--;
    return p > 0 && n < L->n && rd_text_age_or_date(L->v[p - 1].s, L->v[p - 1].len) &&
           rd_text_age_or_date(L->v[n].s, L->v[n].len);
}

/* A number's word or a roman numeral ("one", "zwei", "ii", "xiv"):
 * a list's or a poem's counter, not a writer's initials. */
static bool
counter_word(const char *w, size_t n)
{
    static const char *const numbers[] = {
        "one",  "two", "six",  "ten",  "eins", "zwei", "drei", "vier", "acht", "neun",
        "zehn", "elf", "un",   "une",  "deux", "sept", "huit", "neuf", "dix",  "onze",
        "uno",  "dos", "tres", "seis", "ocho", "diez", "once", "tre",  "otto", "nove"};
    for (size_t i = 0; i < sizeof numbers / sizeof *numbers; i++)
        if (strlen(numbers[i]) == n && !memcmp(w, numbers[i], n))
            return true;
    for (size_t i = 0; i < n; i++)
        if (!strchr("ivxlcdm", w[i]))
            return false;
    return true;
}

/* An author's sign under the headline: a word of two to four small
 * letters alone on its line ("so", "jdr"), as papers sign short news
 * with the writer's initials. It is no title, nor the text. A small
 * word under a headline may as well open a poem ("so", "and") or
 * count a list's items ("one"): the sign needs the header's furniture
 * glued right under it, a button ("Artikel empfehlen:"), the date or
 * the byline. */
static bool
initials_sign(arena *a, const rd_text_lines *L, size_t i, const char *lang)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || ln->words != 1 || ln->len < 2 || ln->len > 4 || i == 0 ||
        i + 1 >= L->n)
        return false;
    for (uint32_t k = 0; k < ln->len; k++)
        if (ln->s[k] < 'a' || ln->s[k] > 'z')
            return false;
    if (counter_word(ln->s, ln->len))
        return false;
    const rd_text_line *t = &L->v[i - 1];
    const rd_text_line *u = &L->v[i + 1];
    if (t->kind != RD_TEXT_PLAIN || t->words < 3 || (t->flags & RD_TEXT_F_SENTENCE) ||
        rd_text_starts_lower(t))
        return false;
    /* (in text wrapped at a fixed width, a word that would not have fit on
       the line above is that line's last: "... two hours in the" / "air") */
    if (L->wrapped && t->indent + t->cps + 1 + ln->cps > L->width)
        return false;
    rd_text_date dt;
    rd_text_byline b;
    return rd_text_is_chrome(u) || rd_text_is_page_action(u->s, u->len) ||
           rd_text_date_line(u, lang, &dt) || rd_text_byline_line(a, u, lang, false, &b);
}

static bool disclosure_label(const rd_text_line *ln);

/* Lines of the header cluster that are neither title nor dek. */
bool
rd_text_furniture(arena *a, const rd_text_lines *L, size_t i, const char *lang)
{
    const rd_text_line *ln = &L->v[i];
    rd_text_date dt;
    rd_text_byline b;
    const char *role;
    return (ln->kind != RD_TEXT_PLAIN && ln->kind != RD_TEXT_HASH) || rd_text_is_chrome(ln) ||
           !rd_text_line_has_letter(ln) || rd_text_date_line(ln, lang, &dt) ||
           rd_text_dated_line(ln, lang, &dt) || rd_text_date_label(ln->s, ln->len) ||
           rd_text_byline_line(a, ln, lang, false, &b) ||
           rd_text_date_by_line(a, ln, lang, &dt, &b) || rd_text_is_caption(L, i) ||
           rd_text_credited_caption(ln) || disclosure_label(ln) ||
           rd_text_header_note(a, L, i, lang) || rd_text_is_field(ln) ||
           rd_text_field_value(L, i) || rd_text_is_label(ln) || label_pair_at(L, i) ||
           label_value(L, i) || rd_text_source_tagline(ln) ||
           rd_text_role_line(a, L, i, lang, &role) || rd_text_split_byline(a, L, i, lang, &b) ||
           split_byline_names(a, L, i, lang) || rd_text_same_lead_run(L, i) ||
           tag_list_line(L, i) || date_joiner(L, i) || initials_sign(a, L, i, lang);
}

/* A header line: a date, a byline or a bare name. */
bool
rd_text_header_meta(arena *a, const rd_text_lines *L, size_t i, const char *lang)
{
    const rd_text_line *ln = &L->v[i];
    rd_text_date dt;
    rd_text_byline b;
    return rd_text_date_line(ln, lang, &dt) || rd_text_byline_line(a, ln, lang, false, &b) ||
           rd_text_date_by_line(a, ln, lang, &dt, &b) || rd_text_bare_name(a, L, i, &b);
}

/* A label over a note about the author's ties, set between the byline
 * and the text ("Disclosure statement" over "Jane Doe receives funding
 * from ...", "Partners" over "The university provides funding ..."). */
static bool
disclosure_label(const rd_text_line *ln)
{
    static const char *const labels[] = {"disclosure statement",
                                         "disclosure",
                                         "disclosures",
                                         "conflict of interest",
                                         "conflicts of interest",
                                         "competing interests",
                                         "declaration of interests",
                                         "partners"};
    return rd_text_line_is_label_of(ln, labels, sizeof labels / sizeof *labels);
}

/* Line i is such a note: right under its label, of a paragraph's length
 * at most, with the header's byline, date or the author's role a few
 * lines over the label. */
static bool
disclosure_note(arena *a, const rd_text_lines *L, size_t i, const char *lang)
{
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 80 || disclosure_label(ln))
        return false;
    /* it reads as one: funding, a member's or a consultant's ties */
    static const char *const ties[] = {"fund",        "member of", "does not work for", "receives",
                                       "consult",     "shares in", "no relevant",       "declare",
                                       "affiliation", "partner"};
    bool tie = false;
    for (size_t k = 0; k < sizeof ties / sizeof *ties && !tie; k++)
        tie = span_has(ln->s, ln->len, ties[k]);
    if (!tie)
        return false;
    size_t p = i;
    while (p > 0 && rd_text_is_blank(&L->v[p - 1]))
        p--;
    if (p == 0 || !disclosure_label(&L->v[p - 1]))
        return false;
    size_t seen = 0;
    for (size_t q = p - 1; q > 0 && seen < 8;) {
        q--;
        if (rd_text_is_blank(&L->v[q]))
            continue;
        seen++;
        const char *role;
        if (rd_text_header_meta(a, L, q, lang) || rd_text_role_line(a, L, q, lang, &role) ||
            (disclosure_note(a, L, q, lang)))
            return true;
    }
    return false;
}

/* Line i is a word about the author right under the byline ("by Jane
 * Doe" over "Jane Doe is a historian at ..."), or a note under its
 * label (disclosure_note): the header's, never the text's first
 * paragraph. */
bool
rd_text_header_note(arena *a, const rd_text_lines *L, size_t i, const char *lang)
{
    if (disclosure_note(a, L, i, lang))
        return true;
    const rd_text_line *ln = &L->v[i];
    if (ln->kind != RD_TEXT_PLAIN || ln->words > 60)
        return false;
    size_t p = i;
    while (p > 0 && rd_text_is_blank(&L->v[p - 1]))
        p--;
    /* A contributor's tagline in the first person under the name and
     * role ("Jane Doe" / "Contributor" / "I write about ..."), past a
     * disclaimer between them. */
    static const char *const tags[] = {"I write about ", "I cover ", "I report on "};
    for (size_t k = 0; k < sizeof tags / sizeof *tags && ln->words <= 15; k++) {
        if (!rd_text_starts_ci(ln, tags[k]) || rd_text_has_sentence_break(ln))
            continue;
        /* a button or a disclaimer right beside it: a card's */
        size_t nx = rd_text_next_nonblank(L, i + 1);
        bool chrome_by = (p > 0 && rd_text_is_chrome(&L->v[p - 1])) ||
                         (nx < L->n && rd_text_is_chrome(&L->v[nx]));
        size_t q = p;
        while (q > 0 && (rd_text_is_blank(&L->v[q - 1]) || rd_text_is_chrome(&L->v[q - 1])))
            q--;
        const char *role;
        rd_text_byline nb;
        if (chrome_by && q > 0 &&
            (rd_text_role_line(a, L, q - 1, lang, &role) || rd_text_bare_name(a, L, q - 1, &nb)))
            return true;
    }
    rd_text_byline b;
    if (!(p > 0 && rd_text_byline_line(a, &L->v[p - 1], lang, false, &b) && b.n == 1 &&
          rd_text_bio_of(ln, b.names[0])))
        return false;
    /* a bio's own words: "Jane Doe is a historian", "... covers the
       coast"; not "Jane Doe was twelve when ..." nor "... is not the name
       I was born with" (a story in the first person) */
    const char *v = ln->s + strlen(b.names[0]);
    static const char *const bio[] = {" is a ", " is an ", " is the ", " writes ", " covers "};
    bool verb = false;
    for (size_t k = 0; k < sizeof bio / sizeof *bio && !verb; k++)
        verb = !strncmp(v, bio[k], strlen(bio[k]));
    static const char *const first[] = {" I ", " my ", " me ", " I'm ", " My "};
    for (size_t k = 0; k < sizeof first / sizeof *first && verb; k++)
        verb = !span_has(ln->s, ln->len, first[k]);
    size_t stops = 0;
    for (size_t k = 0; k + 1 < ln->len; k++)
        stops += (ln->s[k] == '.' || ln->s[k] == '!' || ln->s[k] == '?') && ln->s[k + 1] == ' ';
    return verb && stops <= 1;
}
