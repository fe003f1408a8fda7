/*
 * lang.c - the language each article's page is tagged with.
 *
 * An article says its language (the manifest, front matter, <html lang>)
 * or takes the book's. But a Markdown or text file seldom says (and a
 * saved page's own tag is sometimes wrong), and a
 * Japanese or Arabic article in an English packet would then be tagged
 * "en": set in a Latin face with Latin fallbacks, hyphenated with English
 * patterns, and laid out left to right. So, for an article that names no
 * language, the letters of its title and first few thousand characters
 * are counted by script; when most are of one script that names its
 * language well enough (kana: Japanese, Hangul: Korean, Han alone:
 * Chinese, Hebrew, Arabic with its Persian and Urdu letters, Greek,
 * Thai) and the book's language is not written in it, that language is
 * the page's, in place of the book's (which an article that says nothing
 * has been given). Latin and Cyrillic scripts serve many languages, so they
 * are never guessed; but a page in Latin letters in a book written in
 * another script is tagged "und" (undetermined) rather than left in the
 * book's language, right to left or set in CJK faces.
 *
 * The guesses are made once, on the book's thread, before the pages are
 * rendered (epub_langs_prepare), and kept in a map from article to tag.
 */
#include "epub_int.h"

#include <string.h>
#include <strings.h>

#include "../base/utf8.h"

enum { S_OTHER, S_LATIN, S_HAN, S_KANA, S_HANGUL, S_HEBREW, S_ARABIC, S_GREEK, S_THAI,
       S_COUNT };

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
    return S_OTHER;
}

typedef struct tally {
    size_t n[S_COUNT];
    size_t total, seen;   /* letters counted; bytes looked at */
    bool persian, urdu;   /* letters only those alphabets have */
} tally;

/* Enough text to tell, little enough to cost nothing on a long article. */
#define LANG_SAMPLE 4096

static void
count(tally *t, const char *s, size_t len)
{
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
    }
}

/* The script a language is written in (S_OTHER: one we never guess). */
static int
script_of_lang(const char *lang)
{
    static const struct {
        const char *tag;
        int script;
    } known[] = {{"ja", S_KANA}, {"zh", S_HAN},    {"ko", S_HANGUL}, {"he", S_HEBREW},
                 {"yi", S_HEBREW}, {"ar", S_ARABIC}, {"fa", S_ARABIC}, {"ur", S_ARABIC},
                 {"ps", S_ARABIC}, {"ckb", S_ARABIC}, {"sd", S_ARABIC}, {"ug", S_ARABIC},
                 {"el", S_GREEK}, {"th", S_THAI}};
    if (!lang)
        return S_OTHER;
    size_t n = strcspn(lang, "-_");
    for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++)
        if (strlen(known[i].tag) == n && strncasecmp(lang, known[i].tag, n) == 0)
            return known[i].script;
    return S_LATIN; /* or Cyrillic, ...: not one of ours */
}

const char *
epub_guess_lang(const doc_node *art, const char *book_lang)
{
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
    if (best == book || (best == S_HAN && book == S_KANA))
        return NULL; /* the book's own script: its language stands */
    /* Latin letters in a book written in another script (an English
       article in an Arabic packet): which language is beyond telling, but
       not the book's, whose direction, faces and patterns would be wrong */
    if (best == S_LATIN)
        return book != S_LATIN ? "und" : NULL;
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

static size_t
lang_slot(const epub_book *bk, const doc_node *art)
{
    size_t mask = bk->lang_cap - 1;
    size_t i = ((size_t)((uintptr_t)art >> 4) * (size_t)2654435761u) & mask;
    while (bk->lang_keys[i] && bk->lang_keys[i] != art)
        i = (i + 1) & mask;
    return i;
}

void
epub_langs_prepare(epub_book *bk)
{
    size_t n = 0;
    doc_iter it;
    doc_node *node;
    doc_event ev;
    doc_iter_init(&it, bk->doc->root);
    while ((ev = doc_iter_next(&it, &node)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && node->type == DOC_ARTICLE) {
            n++;
            doc_iter_skip(&it);
        }
    bk->lang_cap = 16;
    while (bk->lang_cap < 2 * n)
        bk->lang_cap *= 2;
    bk->lang_keys = arena_alloc(bk->a, bk->lang_cap * sizeof(*bk->lang_keys));
    bk->lang_vals = arena_alloc(bk->a, bk->lang_cap * sizeof(*bk->lang_vals));
    memset(bk->lang_keys, 0, bk->lang_cap * sizeof(*bk->lang_keys));
    doc_iter_init(&it, bk->doc->root);
    while ((ev = doc_iter_next(&it, &node)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || node->type != DOC_ARTICLE)
            continue;
        doc_iter_skip(&it);
        const doc_meta *m = node->as.article.meta;
        /* An article that names no language has been given the book's
           (build.c), so one in the book's language is guessed at too: a
           page of kana tagged "en" is mistagged, whoever tagged it. */
        const char *lang = m && m->language && m->language[0] ? m->language : NULL;
        if (!lang || epub_lang_same(lang, bk->language)) {
            const char *guess = epub_guess_lang(node, bk->language);
            lang = guess ? guess : lang;
        }
        if (!lang)
            continue;
        size_t s = lang_slot(bk, node);
        bk->lang_keys[s] = node;
        bk->lang_vals[s] = lang;
    }
}

const char *
epub_article_lang(const epub_book *bk, const doc_node *art)
{
    if (art && bk->lang_cap) {
        size_t s = lang_slot(bk, art);
        if (bk->lang_keys[s])
            return bk->lang_vals[s];
    }
    return bk->language;
}
