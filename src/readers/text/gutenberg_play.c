/*
 * gutenberg_play.c - a book's parts nested, and a play set as plays are
 * printed:
 *
 *   - the scenes of an act, the chapters of a part or a book, are one
 *     heading level under it ("ACT I" over "SCENE I. A public place."),
 *     as the printed contents lists them; a book of chapters alone, or of
 *     acts alone, keeps them all at one level;
 *   - a speaker run into the speech ("ROMEO. But soft! what light") is
 *     bold, as a speaker over the speech already is (gutenberg_book.c);
 *   - a stage direction ("Enter Romeo.", "[They fight.]") is in italics.
 *
 * A play is known by its speakers: three names or more, each opening
 * speeches again and again. A novel's paragraphs opening with a word and
 * a full stop ("Yes. I will.") do not come from a few names only.
 */
#include "text_int.h"

#include <ctype.h>
#include <string.h>
#include <strings.h>

/* Distinct speakers a play's reading keeps count of; a cast is smaller. */
#define RD_TEXT_PLAY_NAMES 64

/* The words for a book's parts, ranked: a volume holds books or parts,
 * which hold chapters; an act holds scenes. `play`: a play's part. */
typedef struct part_word {
    const char *key;
    int rank;
    bool play;
} part_word;

/* The part word s opens with, or NULL. */
static const part_word *
part_key(const char *s, size_t len)
{
    static const part_word words[] = {
        {"volume", 0, false},
        {"book", 1, false},
        {"part", 1, false},
        {"libro", 1, false},
        {"livre", 1, false},
        {"buch", 1, false},
        {"teil", 1, false},
        {"parte", 1, false},
        {"act", 1, true},
        {"acto", 1, true},
        {"acte", 1, true},
        {"akt", 1, true},
        {"atto", 1, true},
        {"chapter", 2, false},
        {"stave", 2, false},
        {"canto", 2, false},
        {"capitulo", 2, false},
        {"chapitre", 2, false},
        {"kapitel", 2, false},
        {"capitolo", 2, false},
        {"cap\xc3\xadtulo", 2, false},
        {"cap\xc3\x8dtulo", 2, false},
        {"scene", 2, true},
        {"escena", 2, true},
        {"sc\xc3\xa8ne", 2, true},
        {"sc\xc3\x88ne", 2, true},
        {"szene", 2, true},
        {"scena", 2, true},
    };
    size_t k = 0;
    while (k < len && (isalpha((unsigned char)s[k]) || (unsigned char)s[k] >= 0x80))
        k++;
    for (size_t i = 0; i < sizeof words / sizeof words[0]; i++)
        if (strlen(words[i].key) == k && !strncasecmp(s, words[i].key, k))
            return &words[i];
    return NULL;
}

/* The rank of a part heading's word; -1: not a part's heading. */
static int
part_rank(arena *a, const doc_node *n)
{
    if (n->type != DOC_HEADING)
        return -1;
    size_t len;
    const char *s = rd_text_node_text(a, n, &len);
    rd_text_line ln;
    rd_text_line_measure(&ln, s, len, 0);
    if (!rd_text_line_is_chapter(&ln))
        return -1;
    /* (the word opens the line, or follows its ordinal: "FIRST ACT") */
    const part_word *w = part_key(s, len);
    const char *sp = w ? NULL : memchr(s, ' ', len);
    if (sp)
        w = part_key(sp + 1, len - (size_t)(sp + 1 - s));
    return w ? w->rank : -1;
}

/* "ACT I. Scene I." over "Verona. A public place.": a play's part line
 * and the place under it, on the next line, which the block pass kept as
 * a paragraph of two lines: one heading, broken between. (A chapter's
 * line over its first sentence, "CHAPTER II" / "The storm came at
 * night.", is not one.) */
static void
titled_parts(doc_node *article)
{
    for (doc_node *n = article->first_child; n; n = n->next) {
        const doc_node *t = n->first_child, *br = t ? t->next : NULL, *title = br ? br->next : NULL;
        if (n->type != DOC_PARA || !title || title->next || t->type != DOC_TEXT ||
            br->type != DOC_BREAK || title->type != DOC_TEXT)
            continue;
        rd_text_line ln, tl;
        rd_text_line_measure(&ln, t->text, t->len, 0);
        rd_text_line_measure(&tl, title->text, title->len, 0);
        const part_word *w = part_key(t->text, t->len);
        if (rd_text_line_is_chapter(&ln) && w && w->play && tl.words >= 1 && tl.words <= 10 &&
            tl.cps <= 70 && !rd_text_line_is_chapter(&tl)) {
            n->type = DOC_HEADING;
            n->as.heading.level = 2;
            n->flags &= ~DOC_F_CENTER;
        }
    }
}

/* Part headings one level under the part that holds them. Only when the
 * book opens with its outermost kind: a book whose chapters come before
 * any part ("CHAPTER I" ... "PART II" of an appendix) is left as it is. */
static void
nest_parts(arena *a, doc_node *article)
{
    bool present[3] = {false, false, false};
    int first = -1;
    for (doc_node *n = article->first_child; n; n = n->next) {
        int r = n->type == DOC_HEADING && n->as.heading.level == 2 ? part_rank(a, n) : -1;
        if (r < 0)
            continue;
        present[r] = true;
        if (first < 0)
            first = r;
    }
    int level[3], next = 2, kinds = 0;
    for (int r = 0; r < 3; r++) {
        level[r] = present[r] ? next++ : 0;
        kinds += present[r];
    }
    if (kinds < 2 || first < 0 || level[first] != 2)
        return;
    for (doc_node *n = article->first_child; n; n = n->next) {
        int r = n->type == DOC_HEADING && n->as.heading.level == 2 ? part_rank(a, n) : -1;
        if (r >= 0 && level[r] > 2) {
            n->as.heading.level = level[r];
            n->flags |= DOC_F_OUTLINE;
        }
    }
}

/* Abbreviations that open a sentence with a stop ("Mr. Darcy", "St.
 * Paul's", "No. 4"): a name follows them, not a speech; and words that
 * open a sentence of their own ("Yes.", "Monday.", "Night.") are no one's
 * name. */
static bool
title_word(const char *s, size_t len)
{
    static const char *const words[] = {
        "mr", "mrs", "ms", "dr", "st", "mt", "messrs", "mme", "mlle", "mm", "jr", "sr", "rev",
        "capt", "col", "gen", "lt", "sgt", "prof", "hon", "no", "nos", "vol", "fig", "ch", "chap",
        "ep", "op", "art", "sec", "cf", "viz", "etc", "vs", "esq", "gov", "pres", "sen", "rep",
        "mgr", "fr", "bro",
        /* (a diary's days open its entries: "Monday. The wind rose") */
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
        "february", "march", "april", "may", "june", "july", "august", "september", "october",
        "november", "december", "night", "morning", "evening", "yes", "no", "oh", "ah", "well",
        "so", "then", "now", "here", "there", NULL};
    for (size_t k = 0; words[k]; k++)
        if (strlen(words[k]) == len && !strncasecmp(s, words[k], len))
            return true;
    return false;
}

/* "M. Wife. Thou shalt", "La. Cap. Evermore": an old edition's name of
 * two short parts, each with its stop (an initial or an abbreviation,
 * then an abbreviated word), or a number and a word ("1. Serv.").
 * Returns the speech's offset, or 0. */
static size_t
two_part_speaker(const char *s, size_t len, size_t *name_len)
{
    size_t i = 0;
    if (!len || !(isupper((unsigned char)s[0]) || isdigit((unsigned char)s[0])))
        return 0;
    /* (or a number: "1. Serv.", see rd_text_gutenberg_numbered_speakers) */
    while (i < len && i < 2 && isdigit((unsigned char)s[i]))
        i++;
    while (i < len && i < 4 && isalpha((unsigned char)s[i]) && !isdigit((unsigned char)s[0]))
        i++;
    if (i + 3 >= len || s[i] != '.' || s[i + 1] != ' ' || !isupper((unsigned char)s[i + 2]))
        return 0;
    size_t w = i + 2, j = w;
    while (j < len && j < w + 8 && isalpha((unsigned char)s[j]))
        j++;
    if (j - w < 2 || j >= len || s[j] != '.' || title_word(s + w, j - w))
        return 0;
    size_t after = j + 1;
    while (after < len && after < j + 4 && s[after] == ' ')
        after++;
    if (after == j + 1 || after >= len || s[after] == ' ')
        return 0;
    if (name_len)
        *name_len = j;
    return j + 1;
}

size_t
rd_text_play_speaker(const char *s, size_t len, size_t *name_len)
{
    size_t two = two_part_speaker(s, len, name_len);
    if (two)
        return two;
    /* "ROMEO. But soft!", "LADY CAPULET. What", "Samp. Gregory, on my
     * word", "Lady Cap. Nurse": one to four words, each opening with a
     * capital, the name's last ending in a stop before the speech; a
     * roman number ("IV. The") and a single letter ("A. Smith") are none.
     * A direction may stand between the name and the speech: "Helmer
     * (calls out from his room). Is that", and, with a name in capitals,
     * without the stop: "THE MOTHER [on her daughter's right] Not so". */
    size_t i = 0, letters = 0, words = 1, word_at = 0, name_end = 0;
    bool roman = true, in_word = false, lower = false;
    for (; i < len && s[i] != '.'; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == ' ') {
            if (in_word && i + 1 < len && (s[i + 1] == '(' || s[i + 1] == '[')) {
                name_end = i;
                break;
            }
            if (!in_word || ++words > 4)
                return 0;
            in_word = false;
            continue;
        }
        if (!in_word) {
            if (!(isupper(c) || (c >= 0xc3 && c <= 0xc5)))
                return 0; /* (a word opens with a capital, maybe an accented one) */
            in_word = true;
            word_at = i;
        }
        if (c == 0xe2 && i + 2 < len && (unsigned char)s[i + 1] == 0x80 &&
            (unsigned char)s[i + 2] == 0x99) {
            i += 2; /* CAPULET\xe2\x80\x99S */
            continue;
        }
        if (c >= 0x80) {
            if ((c & 0xe0) != 0xc0 || i + 1 >= len)
                return 0; /* (two-byte letters only: no marks, no CJK) */
            lower |= c != 0xc3 || (unsigned char)s[i + 1] >= 0x9f; /* (\xc3\x80-\x9e: À-Þ) */
            i++;
            letters++;
            continue;
        }
        if (!isalpha(c) && c != '\'' && c != '-')
            return 0;
        letters++;
        lower |= islower(c) != 0;
        roman &= strchr("IVXLC", c) != NULL;
    }
    size_t name = name_end ? name_end : i;
    if (name_end) {
        /* (the direction: one bracket, short, on the line) */
        char close = s[i + 1] == '(' ? ')' : ']';
        size_t j = i + 2;
        while (j < len && j < i + 160 && s[j] != close && !strchr("()[]\n", s[j]))
            j++;
        if (j >= len || s[j] != close || j == i + 2)
            return 0;
        if (j + 1 < len && s[j + 1] == '.')
            i = j + 1;
        else if (!lower)
            i = j;
        else
            return 0;
    }
    /* (a typewriter's two spaces may follow the stop: "Lane.  Yes, sir.") */
    size_t after = i + 1;
    while (after < len && after < i + 4 && s[after] == ' ')
        after++;
    if (i >= len || !in_word || after == i + 1 || after >= len || s[after] == ' ' || letters < 2 ||
        roman || title_word(s + word_at, name - word_at))
        return 0;
    if (name_len)
        *name_len = name;
    return i + 1;
}

/* "Enter Romeo.", "Exeunt.", "Re-enter Nurse.", or a paragraph in
 * brackets or parentheses ("[They fight.]", "(Aside.)"). */
bool
rd_text_play_direction(const char *s, size_t len)
{
    static const char *const opens[] = {"Enter",  "Re-enter", "Re-Enter", "Exit",
                                        "Exeunt", "Manet",    "Manent",   "Flourish",
                                        "Alarum", "Alarums",  "Sennet",   NULL};
    for (size_t k = 0; opens[k]; k++) {
        size_t n = strlen(opens[k]);
        if (len >= n && !memcmp(s, opens[k], n) && (len == n || !isalpha((unsigned char)s[n])))
            return true;
    }
    while (len && (s[len - 1] == '.' || s[len - 1] == ' '))
        len--;
    if (len < 3)
        return false;
    if (!((s[0] == '[' && s[len - 1] == ']') || (s[0] == '(' && s[len - 1] == ')')))
        return false;
    int depth = 0; /* one bracket round the whole: "[Aside.] Go." is a speech */
    for (size_t i = 0; i < len; i++) {
        depth += s[i] == '[' || s[i] == '(';
        depth -= s[i] == ']' || s[i] == ')';
        if (depth == 0 && i + 1 < len)
            return false;
    }
    return true;
}

typedef struct speakers {
    struct {
        const char *s;
        size_t len;
        unsigned count;
    } v[RD_TEXT_PLAY_NAMES];
    size_t n;
} speakers;

static void
count_speaker(speakers *sp, const char *s, size_t len)
{
    for (size_t i = 0; i < sp->n; i++)
        if (sp->v[i].len == len && !memcmp(sp->v[i].s, s, len)) {
            sp->v[i].count++;
            return;
        }
    if (sp->n < RD_TEXT_PLAY_NAMES) {
        sp->v[sp->n].s = s;
        sp->v[sp->n].len = len;
        sp->v[sp->n++].count = 1;
    }
}

/* A name that opens two speeches or more: a speaker, not a word that
 * happens to open one paragraph ("NOTE. The author"). */
static bool
known_speaker(const speakers *sp, const char *s, size_t len)
{
    for (size_t i = 0; i < sp->n; i++)
        if (sp->v[i].len == len && !memcmp(sp->v[i].s, s, len))
            return sp->v[i].count >= 2;
    return false;
}

/* "1. Serv. Where's Potpan": a list's item whose text opens with a
 * speaker's name of one word; *name gets the name's length (without the
 * number, which the line reader took for the item's). */
static bool
numbered_speaker(const rd_text_line *ln, size_t *name)
{
    if (ln->kind != RD_TEXT_ORDERED || ln->delim != '.' || ln->ordinal == 0 || ln->ordinal > 9 ||
        ln->indent > 8 || ln->s < ln->raw + 3 || ln->s[-1] != ' ' || ln->s[-2] != '.' ||
        !isdigit((unsigned char)ln->s[-3]))
        return false;
    size_t n = rd_text_play_speaker(ln->s, ln->len, name);
    return n && !memchr(ln->s, ' ', *name);
}

/* Is this a cast? Three names or more, each opening two speeches at
 * least, whose speeches are a fifth of `of` (the lines or paragraphs
 * they could have opened) at least: a novel's paragraphs opening with a
 * word and a stop ("Yes. I will.") are neither so few words nor so many. */
static bool
is_cast(const speakers *sp, size_t of)
{
    size_t names = 0, spoken = 0;
    for (size_t i = 0; i < sp->n; i++)
        if (sp->v[i].count >= 2) {
            names++;
            spoken += sp->v[i].count;
        }
    return names >= 3 && spoken >= 6 && 5 * spoken >= of;
}

void
rd_text_gutenberg_numbered_speakers(rd_text_lines *L, size_t top)
{
    /* (a play: three names or more open two speeches each, unnumbered) */
    speakers sp = {.n = 0}, numbered = {.n = 0};
    for (size_t i = top; i < L->n; i++) {
        const rd_text_line *ln = &L->v[i];
        size_t name;
        if (ln->kind == RD_TEXT_PLAIN && ln->indent <= 8 &&
            rd_text_play_speaker(ln->s, ln->len, &name))
            count_speaker(&sp, ln->s, name);
        else if (numbered_speaker(ln, &name))
            count_speaker(&numbered, ln->s, name);
    }
    if (!is_cast(&sp, 0) || numbered.n == 0)
        return;
    for (size_t i = top; i < L->n; i++) {
        rd_text_line *ln = &L->v[i];
        size_t name;
        if (!numbered_speaker(ln, &name) || !known_speaker(&numbered, ln->s, name))
            continue;
        const char *at = ln->raw;
        while (at < ln->s && !isdigit((unsigned char)*at))
            at++;
        uint32_t back = (uint32_t)(ln->s - at);
        ln->s = at;
        ln->len += back;
        ln->cps += back;
        ln->first_word = (uint16_t)(back - 1);
        if (ln->words < UINT16_MAX)
            ln->words++;
        ln->kind = RD_TEXT_PLAIN;
        ln->ordinal = 0;
        ln->delim = 0;
    }
}

size_t
rd_text_gutenberg_first_speech(rd_text_lines *L, size_t top, size_t body)
{
    for (size_t i = top; i < body; i++) {
        const rd_text_line *ln = &L->v[i];
        size_t name;
        /* (a contents' "CHAPTER I. The Sea" comes again over its chapter) */
        if (ln->kind != RD_TEXT_PLAIN || rd_text_line_is_chapter(ln) ||
            !rd_text_play_speaker(ln->s, ln->len, &name))
            continue;
        /* (a dialogue follows: this speaker and another open two lines
           each soon after, as a title page's "VOLUME I. The Lantern" and
           a contents' "LETTER I. To my Sister" do not) */
        speakers sp = {.n = 0};
        for (size_t j = i; j < L->n && j < i + 200; j++) {
            size_t nj;
            if (L->v[j].kind == RD_TEXT_PLAIN && !rd_text_line_is_chapter(&L->v[j]) &&
                rd_text_play_speaker(L->v[j].s, L->v[j].len, &nj))
                count_speaker(&sp, L->v[j].s, nj);
        }
        size_t others = 0;
        for (size_t k = 0; k < sp.n; k++)
            others += sp.v[k].count >= 2 && (sp.v[k].len != name || memcmp(sp.v[k].s, ln->s, name));
        if (!known_speaker(&sp, ln->s, name) || others == 0)
            continue;
        for (size_t j = i; j < body; j++)
            if (L->v[j].kind != RD_TEXT_BLANK)
                L->v[j].role = RD_TEXT_CONTENT;
        return i;
    }
    return body;
}

/* "DRAMATIS PERSONAE", "Characters.", "PERSONS OF THE PLAY": the
 * heading of a play's list of persons. */
static bool
cast_heading(const rd_text_line *ln)
{
    static const char *const names[] = {"dramatis personae",
                                        "dramatis person\xc3\xa6",
                                        "persons of the drama",
                                        "persons of the play",
                                        "persons represented",
                                        "the persons of the play",
                                        "characters",
                                        "the characters",
                                        "characters in the play",
                                        "cast of characters",
                                        "the cast",
                                        "personnages",
                                        "personen",
                                        "personajes",
                                        "personaggi",
                                        NULL};
    size_t len = ln->len;
    while (len && strchr(".: ", ln->s[len - 1]))
        len--;
    for (size_t k = 0; names[k]; k++)
        if (strlen(names[k]) == len && !strncasecmp(ln->s, names[k], len))
            return true;
    return false;
}

size_t
rd_text_gutenberg_cast(rd_text_lines *L, size_t top, size_t body, const char *title)
{
    size_t i = top;
    while (i < body && !(L->v[i].kind == RD_TEXT_PLAIN && cast_heading(&L->v[i]) &&
                         (i == 0 || L->v[i - 1].kind == RD_TEXT_BLANK)))
        i++;
    if (i >= body)
        return body;
    /* (a play follows: an act or a scene, or two speakers speaking twice;
       a book's contents may hold a chapter called "Characters") */
    bool play = false;
    speakers sp = {.n = 0};
    for (size_t j = body; j < L->n && j < body + 2000 && !play; j++) {
        const rd_text_line *ln = &L->v[j];
        const part_word *w;
        size_t name;
        if (ln->kind != RD_TEXT_PLAIN)
            continue;
        if (rd_text_line_is_chapter(ln) && (w = part_key(ln->s, ln->len)) != NULL && w->play)
            play = true;
        else if (rd_text_play_speaker(ln->s, ln->len, &name))
            count_speaker(&sp, ln->s, name);
    }
    size_t names = 0;
    for (size_t k = 0; k < sp.n; k++)
        names += sp.v[k].count >= 2;
    if (!play && names < 2)
        return body;
    for (size_t j = i; j < body; j++) {
        rd_text_line *ln = &L->v[j];
        /* (the title again over the first act is the title page's) */
        if (ln->kind == RD_TEXT_BLANK ||
            (title && strlen(title) == ln->len && !strncasecmp(title, ln->s, ln->len)))
            continue;
        ln->role = RD_TEXT_CONTENT;
    }
    return i;
}

/* Where the speech opening at line i ends (one past its last line), or
 * 0 when no speech opens there: a known speaker's line, or one at the
 * speakers' indent, and its further lines under it or a little deeper
 * (a line far to the right is a stage direction, "Exeunt."). */
static size_t
speech_end(const rd_text_lines *L, size_t i, const speakers *sp, size_t indent)
{
    const rd_text_line *ln = &L->v[i];
    size_t name = 0;
    size_t k = ln->kind == RD_TEXT_PLAIN && ln->role == RD_TEXT_CONTENT && ln->indent <= 8
                   ? rd_text_play_speaker(ln->s, ln->len, &name)
                   : 0;
    if (!k || (!known_speaker(sp, ln->s, name) && (ln->indent != indent || indent == 0)))
        return 0;
    size_t e = i + 1;
    while (e < L->n && L->v[e].kind == RD_TEXT_PLAIN && L->v[e].role == RD_TEXT_CONTENT &&
           L->v[e].indent >= ln->indent && L->v[e].indent <= ln->indent + 6 &&
           !rd_text_play_direction(L->v[e].s, L->v[e].len) &&
           !(k = rd_text_play_speaker(L->v[e].s, L->v[e].len, &name),
             k && (known_speaker(sp, L->v[e].s, name) || (L->v[e].indent == indent && indent > 0))))
        e++;
    return e;
}

void
rd_text_gutenberg_speeches(rd_text_lines *L, size_t body)
{
    /* An old edition's play sets each speech as a line opening with the
     * speaker ("  Samp. Gregory, on my word, we'll not carry coals."),
     * its further lines indented deeper, with no blank line between
     * speeches: each such line opens a paragraph, and the lines under it
     * go on with it, however short the line before ("What else should
     * bring one anywhere?"). A speech of three lines
     * or more whose further lines all open with a capital, every line but
     * the last ending where the next line's first word would have fitted,
     * is verse; a shorter one runs on, as a line broken under a run-in
     * speaker would read as a mistake, unless the play is in verse. */
    speakers sp = {.n = 0};
    size_t opens = 0; /* lines a speech could open: after a blank or less indented */
    for (size_t i = body; i < L->n; i++) {
        const rd_text_line *ln = &L->v[i];
        if (ln->kind != RD_TEXT_PLAIN || ln->role != RD_TEXT_CONTENT || ln->indent > 8)
            continue;
        size_t name, k = rd_text_play_speaker(ln->s, ln->len, &name);
        if (k) {
            count_speaker(&sp, ln->s, name);
            opens++;
        } else if (i == body || L->v[i - 1].kind == RD_TEXT_BLANK ||
                   L->v[i - 1].indent > ln->indent) {
            opens++;
        }
    }
    if (!is_cast(&sp, opens))
        return;
    /* (a name that speaks once, "Chor.", opens a speech where the others
       do: at their indent) */
    size_t at[9] = {0}, indent = 0;
    for (size_t i = body; i < L->n; i++) {
        const rd_text_line *ln = &L->v[i];
        size_t name = 0;
        size_t k = ln->kind == RD_TEXT_PLAIN && ln->role == RD_TEXT_CONTENT && ln->indent <= 8
                       ? rd_text_play_speaker(ln->s, ln->len, &name)
                       : 0;
        if (k && known_speaker(&sp, ln->s, name))
            at[ln->indent]++;
    }
    for (size_t k = 1; k < 9; k++)
        indent = at[k] > at[indent] ? k : indent;
    /* (a play in verse, most of its longer speeches verse, sets its
       two-line speeches in verse too: "Cap. My sword, I say! Old
       Montague is come" / "And flourishes his blade in spite of me.") */
    size_t verse3 = 0, prose3 = 0;
    for (int pass = 0; pass < 2; pass++) {
        size_t min_lines = pass == 1 && verse3 >= 3 && verse3 >= 2 * prose3 ? 2 : 3;
        for (size_t i = body; i < L->n;) {
            size_t e = speech_end(L, i, &sp, indent);
            if (!e) {
                i++;
                continue;
            }
            bool verse = e - i >= min_lines && L->width;
            for (size_t j = i; verse && j < e; j++) {
                if (j > i && !isupper((unsigned char)L->v[j].s[0]))
                    verse = false;
                if (j + 1 < e &&
                    L->v[j].indent + L->v[j].cps + 1 + L->v[j + 1].first_word > L->width)
                    verse = false;
            }
            if (pass == 0) {
                verse3 += verse;
                prose3 += e - i >= 3 && !verse;
                i = e;
                continue;
            }
            L->v[i].flags |= RD_TEXT_F_SPEECH;
            for (size_t j = i; j < e; j++) {
                /* (the verse pass read the run of speeches as one block) */
                L->v[j].flags &= (uint16_t)~RD_TEXT_F_VERSE;
                if (verse)
                    L->v[j].flags |= RD_TEXT_F_VERSE;
                if (j > i)
                    L->v[j].flags |= RD_TEXT_F_SPOKEN;
            }
            i = e;
        }
    }
}

/* A speaker over the speech: a paragraph of bold capitals alone. */
static bool
speaker_label(arena *a, const doc_node *n)
{
    if (n->type != DOC_PARA || !n->first_child || n->first_child != n->last_child ||
        n->first_child->type != DOC_STRONG)
        return false;
    size_t len;
    const char *s = rd_text_node_text(a, n, &len);
    bool upper = false;
    for (size_t i = 0; i < len; i++) {
        if (islower((unsigned char)s[i]))
            return false;
        upper |= isupper((unsigned char)s[i]) != 0;
    }
    return upper;
}

static bool
has_emphasis(const doc_node *n)
{
    for (const doc_node *k = n->first_child; k; k = k->next)
        if (k->type == DOC_EMPH || has_emphasis(k))
            return true;
    return false;
}

static void
wrap_in(arena *a, doc_node *n, doc_type type)
{
    doc_node *w = doc_node_new(a, type, n->pos);
    while (n->first_child) {
        doc_node *k = n->first_child;
        doc_unlink(k);
        doc_append(w, k);
    }
    doc_append(n, w);
}

/* "Have at thee, coward!                    They fight.": a direction set
 * far to the right on a line of the speech, after a run of spaces. */
static void
directions_in_line(arena *a, doc_node *para)
{
    for (doc_node *t = para->first_child; t; t = t->next) {
        if (t->type != DOC_TEXT || t->len < 8)
            continue;
        const char *gap = NULL;
        for (size_t i = 1; i + 6 < t->len && !gap; i++)
            if (!memcmp(t->text + i, "      ", 6) && t->text[i - 1] != ' ')
                gap = t->text + i;
        if (!gap)
            continue;
        const char *tail = gap, *end = t->text + t->len;
        while (tail < end && *tail == ' ')
            tail++;
        if (tail == end)
            continue;
        doc_node *head = doc_text_new(a, t->text, (size_t)(gap - t->text), t->pos);
        doc_node *em = doc_node_new(a, DOC_EMPH, t->pos);
        doc_append(em, doc_text_new(a, tail, (size_t)(end - tail), t->pos));
        doc_insert_before(t, head);
        doc_insert_before(t, doc_text_new(a, " ", 1, t->pos));
        doc_insert_before(t, em);
        doc_unlink(t);
        t = em;
    }
}

/* The next direction inside a speech: in brackets ("[Bows.]"), or in
 * parentheses when it reads as one, opening with a capital and ending
 * with a stop ("(To the PORTER, taking out her purse.)"); a remark in
 * parentheses ("(as I think)") is said. */
static const char *
next_direction(const char *s, size_t len, const char **close)
{
    const char *end = s + len;
    for (const char *p = s; p < end; p++) {
        if (*p != '[' && *p != '(')
            continue;
        const char *c = memchr(p, *p == '[' ? ']' : ')', (size_t)(end - p));
        if (!c || c - p < 2)
            continue;
        if (*p == '(' && !(isupper((unsigned char)p[1]) && strchr(".!?", c[-1])))
            continue;
        *close = c;
        return p;
    }
    return NULL;
}

/* "Lane.  Yes, sir.  [Hands them on a salver.]": a direction inside a
 * speech is in italics, its brackets upright, as a transcriber who marks
 * italics sets it ("[_Aside._]"). */
static void
directions_in_brackets(arena *a, doc_node *para)
{
    for (doc_node *t = para->first_child; t; t = t->next) {
        const char *close, *open;
        if (t->type != DOC_TEXT || !(open = next_direction(t->text, t->len, &close)))
            continue;
        const char *end = t->text + t->len;
        doc_node *em = doc_node_new(a, DOC_EMPH, t->pos);
        doc_append(em, doc_text_new(a, open + 1, (size_t)(close - open - 1), t->pos));
        doc_insert_before(t, doc_text_new(a, t->text, (size_t)(open - t->text) + 1, t->pos));
        doc_insert_before(t, em);
        doc_node *rest = doc_text_new(a, close, (size_t)(end - close), t->pos);
        doc_insert_before(t, rest);
        doc_unlink(t);
        t = em; /* (the loop goes on with the rest: "]", then any further direction) */
    }
}

static void
play(arena *a, doc_node *article)
{
    speakers sp = {.n = 0}, over = {.n = 0};
    size_t labels = 0, paras = 0, run_in = 0;
    for (doc_node *n = article->first_child; n; n = n->next) {
        if (n->type != DOC_PARA)
            continue;
        paras++;
        if (speaker_label(a, n)) {
            size_t len;
            const char *name = rd_text_node_text(a, n, &len);
            count_speaker(&over, name, len);
            labels++;
        }
        const doc_node *t = n->first_child;
        size_t name,
            k = t && t->type == DOC_TEXT ? rd_text_play_speaker(t->text, t->len, &name) : 0;
        if (k) {
            count_speaker(&sp, t->text, name);
            run_in++;
        }
    }
    bool runs_in = is_cast(&sp, paras);
    /* (speakers over their speeches: two names or more, each speaking
       twice, and a tenth of the paragraphs at least, as an essay's few
       bold headings in capitals are not) */
    size_t repeated = 0;
    for (size_t i = 0; i < over.n; i++)
        repeated += over.v[i].count >= 2;
    if ((repeated < 2 || 10 * labels < paras) && !runs_in)
        return;
    /* (a name that speaks once opens its speech where the others do: in
       their column) */
    size_t at[10] = {0};
    uint32_t col = 1;
    for (doc_node *n = article->first_child; n && runs_in; n = n->next) {
        const doc_node *t = n->first_child;
        size_t name = 0;
        size_t k = n->type == DOC_PARA && t && t->type == DOC_TEXT && n->pos.col <= 9
                       ? rd_text_play_speaker(t->text, t->len, &name)
                       : 0;
        if (k && known_speaker(&sp, t->text, name))
            at[n->pos.col]++;
    }
    for (uint32_t k = 2; k < 10; k++)
        col = at[k] > at[col] ? k : col;
    for (doc_node *n = article->first_child; n; n = n->next) {
        /* (a paragraph under a speaker is the speech: "Enter, whoever you
           are" is said, not done) */
        if (n->type != DOC_PARA || !n->first_child ||
            (n->prev && n->prev->type == DOC_PARA && speaker_label(a, n->prev)))
            continue;
        doc_node *t = n->first_child;
        size_t name = 0;
        size_t k = runs_in && t->type == DOC_TEXT && !(n->flags & DOC_F_CENTER)
                       ? rd_text_play_speaker(t->text, t->len, &name)
                       : 0;
        if (k && (known_speaker(&sp, t->text, name) || (n->pos.col == col && col > 1))) {
            /* (the transcriber's own italics are left as they are) */
            bool plain = !has_emphasis(n);
            /* (a direction between the name and the speech: "Helmer
               (calls out)." bold name, the direction in italics) */
            bool directed = name + 1 < k;
            doc_node *strong = doc_node_new(a, DOC_STRONG, t->pos);
            doc_append(strong, doc_text_new(a, t->text, directed ? name : k, t->pos));
            doc_insert_before(t, strong);
            size_t cut = k;
            if (directed) {
                const char *open = t->text + name + 1;
                const char *close = memchr(open, *open == '(' ? ')' : ']', k - name - 1);
                doc_insert_before(t, doc_text_new(a, t->text + name, 2, t->pos)); /* " (" */
                doc_node *em = doc_node_new(a, DOC_EMPH, t->pos);
                doc_append(em, doc_text_new(a, open + 1, (size_t)(close - open - 1), t->pos));
                doc_insert_before(t, em);
                cut = (size_t)(close - t->text);
            }
            t->text += cut;
            t->len -= cut;
            directions_in_line(a, n);
            if (plain)
                directions_in_brackets(a, n);
            continue;
        }
        /* (set apart from the speeches, centred or far to the right, a
           line of the play that is no speech is a direction: "They
           fight.", a scene's place; a line in capitals is a title) */
        size_t len;
        const char *s = rd_text_node_text(a, n, &len);
        rd_text_line ln;
        rd_text_line_measure(&ln, s, len, 0);
        bool lower = false;
        for (size_t i = 0; i < len && !lower; i++)
            lower = islower((unsigned char)s[i]) != 0;
        bool lines = false; /* (a song set in, of several lines, is sung) */
        for (const doc_node *k2 = n->first_child; k2 && !lines; k2 = k2->next)
            lines = k2->type == DOC_BREAK;
        bool apart =
            ((n->flags & DOC_F_CENTER) || n->pos.col >= 10) && lower && !lines && ln.words <= 40;
        if ((rd_text_play_direction(s, len) || apart) && !has_emphasis(n))
            wrap_in(a, n, DOC_EMPH);
    }
}

/* The list of persons under its heading ("Escalus, Prince of Verona." /
 * "Paris, a young Count, kinsman to the Prince."): a paragraph a line
 * made each entry, set indented one by one as prose. Three or more short
 * entries are one group of lines, set as a list of lines is (each line
 * turning over indented). */
static void
cast_list(arena *a, doc_node *article)
{
    for (doc_node *h = article->first_child; h; h = h->next) {
        if (h->type != DOC_HEADING)
            continue;
        size_t len;
        const char *s = rd_text_node_text(a, h, &len);
        rd_text_line ln;
        rd_text_line_measure(&ln, s, len, 0);
        if (!cast_heading(&ln))
            continue;
        size_t entries = 0;
        for (doc_node *n = h->next; n && n->type == DOC_PARA && !(n->flags & DOC_F_CENTER);
             n = n->next) {
            bool plain = true;
            for (const doc_node *k = n->first_child; k && plain; k = k->next)
                plain = k->type == DOC_TEXT || k->type == DOC_EMPH;
            rd_text_node_text(a, n, &len);
            if (!plain || len > 120)
                break;
            entries++;
        }
        if (entries < 3)
            continue;
        doc_node *first = h->next;
        for (size_t k = 1; k < entries; k++) {
            doc_node *n = first->next;
            doc_append(first, doc_node_new(a, DOC_BREAK, n->pos));
            while (n->first_child) {
                doc_node *c = n->first_child;
                doc_unlink(c);
                doc_append(first, c);
            }
            doc_unlink(n);
        }
    }
}

void
rd_text_gutenberg_play(arena *a, doc_node *article)
{
    titled_parts(article);
    nest_parts(a, article);
    play(a, article);
    cast_list(a, article);
}
