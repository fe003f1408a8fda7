/*
 * lang_words.c - which Latin-script language a text is in, from its
 * commonest words.
 *
 * A text copied from a web page, a Markdown file or a page tagged with a
 * template's "en-US" says nothing true about its language, and a German
 * article in an English packet would be hyphenated with English patterns
 * ("praktis-che") and smartened with English quotes. Letters alone cannot
 * tell German from French, but the short function words can: every
 * language's ten commonest words make a fifth to a third of its running
 * text, and they differ. The words of the sample are looked up in one
 * sorted table of such words for each language we hyphenate (and Dutch
 * and Portuguese, the next most common in reading packets); a word two
 * languages share ("de", "la", "die") counts half for each. A language is
 * named only when it is plainly ahead: enough hits, a tenth of the words,
 * twice the next language's score. Anything less (a short text, code,
 * two languages mixed) names none, and the article keeps the language it
 * would have had.
 */
#include "doc.h"

#include <stdlib.h>
#include <string.h>

#include "../base/utf8.h"

enum { W_EN = 1, W_DE = 2, W_FR = 4, W_ES = 8, W_IT = 16, W_PT = 32, W_NL = 64 };
static const char *const tags[] = {"en", "de", "fr", "es", "it", "pt", "nl"};
#define N_LANGS (sizeof(tags) / sizeof(tags[0]))

typedef struct word {
    const char *w;
    unsigned langs;
} word;

/* Sorted by strcmp (UTF-8 byte order), for bsearch. */
static const word words[] = {
    {"aan", W_NL},
    {"aber", W_DE},
    {"al", W_ES},
    {"alla", W_IT},
    {"an", W_EN},
    {"anche", W_IT},
    {"and", W_EN},
    {"ao", W_PT},
    {"are", W_EN},
    {"as", W_EN},
    {"at", W_EN},
    {"au", W_FR},
    {"auch", W_DE},
    {"auf", W_DE},
    {"aux", W_FR},
    {"avec", W_FR},
    {"be", W_EN},
    {"been", W_EN},
    {"bei", W_DE},
    {"bij", W_NL},
    {"but", W_EN},
    {"by", W_EN},
    {"ce", W_FR},
    {"cette", W_FR},
    {"che", W_IT},
    {"com", W_PT},
    {"come", W_IT},
    {"como", W_ES | W_PT},
    {"con", W_ES | W_IT},
    {"cuando", W_ES},
    {"da", W_IT | W_PT},
    {"dans", W_FR},
    {"das", W_DE | W_PT},
    {"dat", W_NL},
    {"de", W_FR | W_ES | W_PT | W_NL},
    {"degli", W_IT},
    {"dei", W_IT},
    {"del", W_ES | W_IT},
    {"della", W_IT},
    {"delle", W_IT},
    {"dem", W_DE},
    {"den", W_DE},
    {"der", W_DE},
    {"des", W_DE | W_FR},
    {"deze", W_NL},
    {"di", W_IT},
    {"die", W_DE | W_NL},
    {"dit", W_NL},
    {"do", W_PT},
    {"dos", W_PT},
    {"du", W_FR},
    {"e", W_IT | W_PT},
    {"een", W_NL},
    {"ein", W_DE},
    {"eine", W_DE},
    {"einen", W_DE},
    {"einer", W_DE},
    {"el", W_ES},
    {"ele", W_PT},
    {"elle", W_FR},
    {"em", W_PT},
    {"en", W_FR | W_ES | W_NL},
    {"entre", W_ES},
    {"er", W_NL},
    {"es", W_DE | W_ES},
    {"essere", W_IT},
    {"est", W_FR},
    {"esta", W_ES},
    {"este", W_ES},
    {"está", W_ES},
    {"et", W_FR},
    {"foi", W_PT},
    {"for", W_EN},
    {"from", W_EN},
    {"fue", W_ES},
    {"für", W_DE},
    {"gli", W_IT},
    {"ha", W_IT},
    {"has", W_EN},
    {"have", W_EN},
    {"hay", W_ES},
    {"he", W_EN},
    {"het", W_NL},
    {"il", W_FR | W_IT},
    {"im", W_DE},
    {"in", W_IT},
    {"is", W_EN | W_NL},
    {"ist", W_DE},
    {"it", W_EN},
    {"its", W_EN},
    {"kan", W_NL},
    {"la", W_FR | W_ES | W_IT},
    {"las", W_ES},
    {"le", W_FR | W_IT},
    {"les", W_FR},
    {"lo", W_ES},
    {"los", W_ES},
    {"ma", W_IT},
    {"maar", W_NL},
    {"mais", W_FR | W_PT},
    {"mas", W_PT},
    {"met", W_NL},
    {"mit", W_DE},
    {"muy", W_ES},
    {"más", W_ES},
    {"na", W_PT},
    {"naar", W_NL},
    {"nach", W_DE},
    {"ne", W_FR},
    {"nel", W_IT},
    {"nella", W_IT},
    {"nicht", W_DE},
    {"niet", W_NL},
    {"no", W_ES | W_PT},
    {"noch", W_DE},
    {"nog", W_NL},
    {"non", W_IT},
    {"not", W_EN},
    {"nous", W_FR},
    {"nur", W_DE},
    {"não", W_PT},
    {"o", W_PT},
    {"oder", W_DE},
    {"of", W_EN},
    {"om", W_NL},
    {"on", W_EN},
    {"ont", W_FR},
    {"ook", W_NL},
    {"op", W_NL},
    {"or", W_EN},
    {"os", W_PT},
    {"par", W_FR},
    {"para", W_ES | W_PT},
    {"pas", W_FR},
    {"pela", W_PT},
    {"pelo", W_PT},
    {"per", W_IT},
    {"pero", W_ES},
    {"più", W_IT},
    {"plus", W_FR},
    {"por", W_ES | W_PT},
    {"pour", W_FR},
    {"que", W_FR | W_ES | W_PT},
    {"questo", W_IT},
    {"qui", W_FR},
    {"se", W_FR | W_ES | W_PT},
    {"she", W_EN},
    {"si", W_IT},
    {"sich", W_DE},
    {"sie", W_DE},
    {"sind", W_DE},
    {"son", W_ES},
    {"sono", W_IT},
    {"sont", W_FR},
    {"su", W_ES},
    {"sur", W_FR},
    {"sus", W_ES},
    {"são", W_PT},
    {"también", W_ES},
    {"também", W_PT},
    {"te", W_NL},
    {"that", W_EN},
    {"the", W_EN},
    {"their", W_EN},
    {"there", W_EN},
    {"they", W_EN},
    {"this", W_EN},
    {"to", W_EN},
    {"um", W_PT},
    {"uma", W_PT},
    {"un", W_FR | W_ES | W_IT},
    {"una", W_ES | W_IT},
    {"und", W_DE},
    {"une", W_FR},
    {"van", W_NL},
    {"von", W_DE},
    {"voor", W_NL},
    {"vous", W_FR},
    {"was", W_EN},
    {"we", W_EN},
    {"werden", W_DE},
    {"were", W_EN},
    {"which", W_EN},
    {"wie", W_DE},
    {"will", W_EN},
    {"wird", W_DE},
    {"with", W_EN},
    {"worden", W_NL},
    {"wordt", W_NL},
    {"would", W_EN},
    {"wurde", W_DE},
    {"y", W_ES},
    {"you", W_EN},
    {"zijn", W_NL},
    {"zo", W_NL},
    {"zu", W_DE},
    {"è", W_IT},
    {"é", W_PT},
    {"été", W_FR},
    {"über", W_DE},
};

/* Too few hits to judge by (a caption, a list of names). */
#define MIN_HITS 12.0

static int
cmp_word(const void *key, const void *el)
{
    return strcmp((const char *)key, ((const word *)el)->w);
}

static void
score_word(const char *w, double score[N_LANGS], double *hits)
{
    const word *e = bsearch(w, words, sizeof(words) / sizeof(words[0]), sizeof(words[0]), cmp_word);
    if (!e)
        return;
    unsigned n = 0;
    for (size_t i = 0; i < N_LANGS; i++)
        n += (e->langs >> i) & 1u;
    for (size_t i = 0; i < N_LANGS; i++)
        if ((e->langs >> i) & 1u)
            score[i] += 1.0 / n;
    *hits += 1.0;
}

/* A letter of a Latin-script word: ASCII letters and Latin-1/Extended-A/B
 * letters (not the signs x and /). Uppercase comes back lowercased, for
 * the letters the table's words use. */
static bool
word_letter(uint32_t c, uint32_t *lower)
{
    if (c >= 'A' && c <= 'Z') {
        *lower = c + 32;
        return true;
    }
    if ((c >= 'a' && c <= 'z') || (c >= 0xDF && c <= 0x24F && c != 0xF7)) {
        *lower = c;
        return true;
    }
    if (c >= 0xC0 && c <= 0xDE && c != 0xD7) {
        *lower = c + 32;
        return true;
    }
    return false;
}

const char *
doc_lang_by_words(const char *s, size_t len)
{
    double score[N_LANGS] = {0}, hits = 0;
    size_t nwords = 0;
    char w[16];
    size_t wl = 0;
    bool over = false; /* the word is longer than any in the table */
    for (size_t i = 0; i <= len;) {
        uint32_t c = 0, lc;
        size_t k = 1;
        if (i < len) {
            k = utf8_decode(s + i, len - i, &c);
            if (k == 0)
                k = 1, c = 0;
        }
        if (i < len && word_letter(c, &lc)) {
            char enc[4];
            size_t el = utf8_encode(lc, enc);
            if (wl + el < sizeof w)
                memcpy(w + wl, enc, el), wl += el;
            else
                over = true;
        } else if (wl || over) {
            w[wl] = '\0';
            nwords++;
            if (!over)
                score_word(w, score, &hits);
            wl = 0;
            over = false;
        }
        i += k;
    }
    size_t best = 0;
    for (size_t i = 1; i < N_LANGS; i++)
        if (score[i] > score[best])
            best = i;
    double second = 0;
    for (size_t i = 0; i < N_LANGS; i++)
        if (i != best && score[i] > second)
            second = score[i];
    if (score[best] < MIN_HITS || hits * 10 < (double)nwords ||
        score[best] < 2 * second)
        return NULL;
    return tags[best];
}
