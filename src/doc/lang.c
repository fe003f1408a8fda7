/*
 * lang.c - facts about a language that both writers (and the typography
 * pass) need, so the two outputs of a book never disagree: whether a
 * BCP 47 tag is written right to left (the EPUB's dir="rtl" and page
 * progression, the PDF's paragraph direction), whether two tags name the
 * same language for typesetting, which way a block of text runs by its
 * first strong letter, and the language an article is in when it does not
 * say.
 *
 * An article says its language (the manifest, front matter, <html lang>)
 * or takes the book's. But a Markdown or text file seldom says (and a saved
 * page's own tag is sometimes wrong), and a Japanese or Arabic article in
 * an English packet would then be "en": smartened with English quotes, set
 * in a Latin face, hyphenated with English patterns and laid out left to
 * right. So for an article that names no language, or names the book's,
 * the letters of its title and first few thousand characters are counted
 * by script; when most are of one script that names its language well
 * enough (kana: Japanese, Hangul: Korean, Han alone: Chinese, Hebrew,
 * Arabic with its Persian and Urdu letters, Greek, Thai) and the book's
 * language is not written in it, that language is the article's. Latin
 * letters serve many languages: there the commonest words tell English,
 * German, French, Spanish, Italian, Portuguese and Dutch apart when they
 * plainly do (lang_words.c), and a German page in an English book is set
 * as German. A page in Latin letters in a book written in another script
 * is "und" (undetermined) rather than left in the book's language, right
 * to left or set in CJK faces. Cyrillic is never guessed. A language the
 * article names that is not the book's always stands, as does the book's
 * when the letters (and words) are of it.
 *
 * The build settles each article's language once (doc_lang_settle, before
 * the typography pass); the writers ask doc_article_lang, which gives the
 * same answer for a settled article and guesses for a tree built by hand.
 *
 * Matching is on the primary language subtag ("fa-IR" is Persian),
 * case-insensitively; Chinese keeps its region or script ("zh-TW"), which
 * chooses its glyphs.
 */
#include "doc.h"

#include <fribidi.h>
#include <string.h>
#include <strings.h>

#include "../base/utf8.h"

bool
doc_lang_rtl(const char *lang)
{
    static const char *const rtl[] = {"ar", "arc", "ckb", "dv", "fa", "he",
                                      "ps", "sd",  "ug",  "ur", "yi", NULL};
    if (!lang)
        return false;
    size_t n = strcspn(lang, "-_");
    for (size_t i = 0; rtl[i]; i++)
        if (strlen(rtl[i]) == n && strncasecmp(lang, rtl[i], n) == 0)
            return true;
    return false;
}

/* The primary language subtag, except for Chinese, whose script (and so
 * its glyphs) the rest says: "en-US" -> "en", "zh-TW" stays. */
static size_t
lang_key_len(const char *lang)
{
    size_t n = strcspn(lang, "-_");
    return n == 2 && strncasecmp(lang, "zh", 2) == 0 ? strlen(lang) : n;
}

bool
doc_lang_same(const char *a, const char *b)
{
    if (!a || !b)
        return !a == !b;
    size_t na = lang_key_len(a), nb = lang_key_len(b);
    return na == nb && strncasecmp(a, b, na) == 0;
}

/* ---- direction of a block ---- */

/* Which way the text runs by its first strong character (UAX #9's P2, the
 * rule the PDF's paragraphs follow): 1 right to left, 0 left to right, -1
 * none yet. */
static int
first_strong(const char *s, size_t len)
{
    for (size_t i = 0; i < len;) {
        uint32_t c;
        size_t k = utf8_decode(s + i, len - i, &c);
        if (k == 0) {
            i++;
            continue;
        }
        i += k;
        FriBidiCharType t = fribidi_get_bidi_type((FriBidiChar)c);
        if (t == FRIBIDI_TYPE_LTR)
            return 0;
        if (t == FRIBIDI_TYPE_RTL || t == FRIBIDI_TYPE_AL)
            return 1;
    }
    return -1;
}

int
doc_text_dir(const char *s, size_t len)
{
    return s ? first_strong(s, len) : -1;
}

int
doc_block_dir(const doc_node *block)
{
    if (!block)
        return -1;
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, (doc_node *)block);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || n == block)
            continue;
        if (doc_is_block(n->type)) {
            doc_iter_skip(&it); /* a nested block says its own direction */
            continue;
        }
        if ((n->type == DOC_TEXT || n->type == DOC_CODE) && n->text) {
            int d = first_strong(n->text, n->len);
            if (d >= 0)
                return d;
        }
    }
    return -1;
}

/* ---- the language an article is in ---- */

enum { S_OTHER, S_LATIN, S_HAN, S_KANA, S_HANGUL, S_HEBREW, S_ARABIC, S_GREEK, S_THAI,
       S_CYRILLIC, S_COUNT };

static int
script_of(uint32_t c)
{
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= 0xC0 && c <= 0x24F))
        return c == 0xD7 || c == 0xF7 ? S_OTHER : S_LATIN;
    if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0x31F0 && c <= 0x31FF) || (c >= 0xFF66 && c <= 0xFF9F))
        return S_KANA;
    if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0x20000 && c <= 0x2FFFF))
        return S_HAN;
    if ((c >= 0xAC00 && c <= 0xD7AF) || (c >= 0x1100 && c <= 0x11FF) || (c >= 0x3130 && c <= 0x318F))
        return S_HANGUL;
    if ((c >= 0x05D0 && c <= 0x05EA) || (c >= 0xFB1D && c <= 0xFB4F))
        return S_HEBREW;
    if ((c >= 0x0620 && c <= 0x064A) || (c >= 0x066E && c <= 0x06D3) || (c >= 0xFB50 && c <= 0xFDFF) ||
        (c >= 0xFE70 && c <= 0xFEFF))
        return S_ARABIC;
    if (c >= 0x0370 && c <= 0x03FF)
        return S_GREEK;
    if (c >= 0x0E01 && c <= 0x0E5B)
        return S_THAI;
    if (c >= 0x0400 && c <= 0x04FF)
        return S_CYRILLIC;
    return S_OTHER;
}

/* Cyrillic letters only some of its alphabets have: і ї є ґ (Ukrainian,
 * і also Belarusian and Kazakh), ў (Belarusian), ы э ё (Russian,
 * Belarusian), ъ (Bulgarian's commonest, rare in Russian), ђ ј љ њ ћ џ
 * (Serbian, Macedonian), ѓ ќ ѕ (Macedonian), and the letters of Tajik,
 * Kazakh, Kyrgyz and Mongolian. */
enum { CY_I, CY_UK, CY_SHORT_U, CY_RU, CY_HARD, CY_SR, CY_MK, CY_TG, CY_KK, CY_KY, CY_MN,
       CY_COUNT };

static int
cyrillic_mark(uint32_t c)
{
    if (c >= 0x0400 && c <= 0x040F)
        c += 0x50; /* capitals with marks */
    else if (c >= 0x0410 && c <= 0x042F)
        c += 0x20;
    else if (((c >= 0x0490 && c <= 0x04BF) || (c >= 0x04D0 && c <= 0x04FF)) && !(c & 1))
        c += 1; /* the extended letters come in pairs, capital first */
    switch (c) {
    case 0x0456: return CY_I;
    case 0x0457: case 0x0454: case 0x0490: case 0x0491: return CY_UK;
    case 0x045E: return CY_SHORT_U;
    case 0x044B: case 0x044D: case 0x0451: return CY_RU;
    case 0x044A: return CY_HARD;
    case 0x0452: case 0x0458: case 0x0459: case 0x045A: case 0x045B: case 0x045F: return CY_SR;
    case 0x0453: case 0x045C: case 0x0455: return CY_MK;
    case 0x04B7: case 0x04EF: case 0x04E3: return CY_TG; /* ҷ ӯ ӣ */
    case 0x04D9: case 0x04B1: case 0x049B: case 0x0493: return CY_KK; /* ә ұ қ ғ */
    case 0x04A3: return CY_KY; /* ң */
    case 0x04E9: case 0x04AF: return CY_MN; /* ө ү */
    default: return -1;
    }
}

/* Enough text to tell, little enough to cost nothing on a long article. */
#define LANG_SAMPLE 4096

typedef struct tally {
    size_t n[S_COUNT];
    size_t total, seen;   /* letters counted; bytes looked at */
    bool persian, urdu;   /* letters only those alphabets have */
    size_t cyr[CY_COUNT]; /* Cyrillic letters that tell its languages apart */
    char text[LANG_SAMPLE + 64]; /* the sample, for the word count */
    size_t text_len;
} tally;

static void
count(tally *t, const char *s, size_t len)
{
    /* the sample's words, each piece of text set apart from the last */
    size_t room = sizeof(t->text) - 1 - t->text_len;
    if (room > 1 && t->seen < LANG_SAMPLE) {
        size_t take = len < room - 1 ? len : room - 1;
        t->text[t->text_len++] = ' ';
        memcpy(t->text + t->text_len, s, take);
        t->text_len += take;
    }
    for (size_t i = 0; i < len && t->seen < LANG_SAMPLE;) {
        uint32_t c;
        size_t k = utf8_decode(s + i, len - i, &c);
        if (k == 0) {
            i++;
            continue;
        }
        i += k;
        t->seen += k;
        int sc = script_of(c);
        if (sc == S_OTHER)
            continue;
        t->n[sc]++;
        t->total++;
        if (c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF || c == 0x06CC)
            t->persian = true;
        if (c == 0x0679 || c == 0x0688 || c == 0x0691 || c == 0x06BA || c == 0x06BE || c == 0x06D2)
            t->urdu = true;
        int cy = sc == S_CYRILLIC ? cyrillic_mark(c) : -1;
        if (cy >= 0)
            t->cyr[cy]++;
    }
}

/* The script a language is written in: S_OTHER for no language at all,
 * S_LATIN for one not of ours (Latin, Cyrillic, ...). */
static int
script_of_lang(const char *lang)
{
    static const struct {
        const char *tag;
        int script;
    } known[] = {{"ja", S_KANA}, {"zh", S_HAN},    {"ko", S_HANGUL}, {"he", S_HEBREW},
                 {"yi", S_HEBREW}, {"ar", S_ARABIC}, {"fa", S_ARABIC}, {"ur", S_ARABIC},
                 {"ps", S_ARABIC}, {"ckb", S_ARABIC}, {"sd", S_ARABIC}, {"ug", S_ARABIC},
                 {"el", S_GREEK}, {"th", S_THAI}, {"ru", S_CYRILLIC}, {"uk", S_CYRILLIC},
                 {"be", S_CYRILLIC}, {"bg", S_CYRILLIC}, {"mk", S_CYRILLIC}, {"kk", S_CYRILLIC},
                 {"ky", S_CYRILLIC}, {"mn", S_CYRILLIC}, {"tg", S_CYRILLIC}};
    /* (Serbian is written in both alphabets: "sr" says nothing of which) */
    if (!lang || !lang[0])
        return S_OTHER;
    size_t n = strcspn(lang, "-_");
    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
        if (strlen(known[i].tag) == n && strncasecmp(lang, known[i].tag, n) == 0)
            return known[i].script;
    return S_LATIN;
}

/* Which language a Cyrillic text is in, by the letters its alphabet alone
 * has; NULL when none tells (Kazakh, Mongolian, a Bulgarian text without ъ
 * look like Russian to these letters). */
static const char *
cyrillic_lang(const tally *t)
{
    const size_t *c = t->cyr;
    if (c[CY_MK])
        return "mk";
    if (c[CY_SR])
        return "sr";
    /* the alphabets of Central Asia, by the letters each adds (Tajik's ҷ ӯ
       ӣ; Kazakh's ә ұ, with қ ғ it shares with Tajik; Kyrgyz's ң; ө ү
       alone, Mongolian's) */
    if (c[CY_TG])
        return "tg";
    if (c[CY_KK])
        return "kk";
    if (c[CY_KY])
        return "ky";
    if (c[CY_MN])
        return "mn";
    if (c[CY_SHORT_U])
        return "be";
    if (c[CY_UK] || (c[CY_I] && !c[CY_RU]))
        return "uk";
    if (!c[CY_RU] && c[CY_HARD] * 200 > t->n[S_CYRILLIC])
        return "bg"; /* ъ in one letter of 200 and no ы, э, ё */
    return c[CY_RU] ? "ru" : NULL;
}

const char *
doc_lang_guess(const doc_node *art, const char *book_lang)
{
    if (!art || art->type != DOC_ARTICLE)
        return NULL;
    tally t;
    memset(&t, 0, sizeof(t));
    const doc_meta *m = art->as.article.meta;
    if (m && m->title)
        count(&t, m->title, strlen(m->title));
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, (doc_node *)art);
    while (t.seen < LANG_SAMPLE && (ev = doc_iter_next(&it, &n)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && n->type == DOC_TEXT && n->text)
            count(&t, n->text, n->len);
    if (t.total < 8)
        return NULL;
    /* Japanese mixes kana and kanji: both count for it once kana shows. */
    size_t cjk = t.n[S_HAN] + t.n[S_KANA];
    int best = S_OTHER;
    size_t most = 0;
    for (int s = S_LATIN; s < S_COUNT; s++)
        if (t.n[s] > most)
            most = t.n[s], best = s;
    if ((best == S_HAN || best == S_KANA) && cjk * 2 > t.total)
        best = t.n[S_KANA] * 20 >= cjk ? S_KANA : S_HAN;
    else if (most * 2 <= t.total)
        return NULL;
    int book = script_of_lang(book_lang);
    /* Latin letters in a book of Latin letters (or none): the words say
       which language, when they plainly do (lang_words.c) */
    if (best == S_LATIN && (book == S_LATIN || book == S_OTHER)) {
        const char *w = doc_lang_by_words(t.text, t.text_len);
        return w && !doc_lang_same(w, book_lang) ? w : NULL;
    }
    if (best == S_CYRILLIC) { /* its letters tell which language, as words do Latin's */
        const char *l = cyrillic_lang(&t);
        /* none telling: the book's Cyrillic language stands; in a book in
           another script, Russian, the most written */
        if (!l)
            return book == S_CYRILLIC ? NULL : "ru";
        return doc_lang_same(l, book_lang) ? NULL : l;
    }
    if (best == book || (best == S_HAN && book == S_KANA))
        return NULL; /* the book's own script: its language stands */
    /* Latin letters in a book written in another script (an English
       article in an Arabic packet): which language is beyond telling, but
       not the book's, whose direction, faces and patterns would be wrong. */
    if (best == S_LATIN)
        return "und";
    switch (best) {
    case S_KANA: return "ja";
    case S_HAN: return "zh";
    case S_HANGUL: return "ko";
    case S_HEBREW: return "he";
    case S_ARABIC: return t.urdu ? "ur" : t.persian ? "fa" : "ar";
    case S_GREEK: return "el";
    case S_THAI: return "th";
    default: return NULL;
    }
}

/* The guess for an article whose language may be replaced (it names
 * none, or the book's: the build gives an article that names none the
 * book's, and a page of kana tagged "en" is mistagged, whoever tagged
 * it), else NULL. A language the letters do not contradict is never
 * replaced: the guess is NULL then. */
static const char *
replacement(const doc_node *art, const char *book_lang)
{
    const doc_meta *m = art->as.article.meta;
    const char *lang = m && m->language && m->language[0] ? m->language : NULL;
    return !lang || doc_lang_same(lang, book_lang) ? doc_lang_guess(art, book_lang) : NULL;
}

const char *
doc_article_lang(const doc_node *art, const char *book_lang)
{
    if (book_lang && !book_lang[0])
        book_lang = NULL;
    if (!art || art->type != DOC_ARTICLE)
        return book_lang;
    const doc_meta *m = art->as.article.meta;
    /* settled in the build: the same answer, without reading the text again
       (each writer asks once per article) */
    const char *guess = m && m->language_settled ? NULL : replacement(art, book_lang);
    if (guess)
        return guess;
    return m && m->language && m->language[0] ? m->language : book_lang;
}

const char *
doc_lang_settle(doc_node *art, const char *book_lang)
{
    if (book_lang && !book_lang[0])
        book_lang = NULL;
    if (!art || art->type != DOC_ARTICLE || !art->as.article.meta)
        return book_lang;
    doc_meta *m = art->as.article.meta;
    const char *guess = replacement(art, book_lang);
    if (guess) {
        m->language = guess;
        m->language_guessed = true;
    } else if (!m->language || !m->language[0]) {
        m->language = book_lang;
    }
    m->language_settled = true;
    return m->language;
}
