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
 * sorted table of such words for English, German, French, Spanish,
 * Italian, Portuguese, Dutch, Czech, Polish, Swedish, Danish and Norwegian
 * (Bokmål); a word n languages share ("de", "la", "die") counts 1/n for
 * each. Danish and Norwegian share most such words: the pair must be
 * plainly ahead of the rest, and then the one half again ahead of the
 * other on the words they do not share. Otherwise a language is
 * named only when it is plainly ahead: enough hits, a tenth of the words,
 * twice the next language's score. Anything less (a short text, code,
 * two languages mixed) names none, and the article keeps the language it
 * would have had.
 */
#include "doc.h"

#include <stdlib.h>
#include <string.h>

#include "../base/utf8.h"

enum { W_EN = 1, W_DE = 2, W_FR = 4, W_ES = 8, W_IT = 16, W_PT = 32, W_NL = 64, W_CS = 128,
       W_PL = 256, W_SV = 512, W_DA = 1024, W_NB = 2048 };
static const char *const tags[] = {"en", "de", "fr", "es", "it", "pt", "nl", "cs", "pl", "sv", "da", "nb"};
#define N_LANGS (sizeof(tags) / sizeof(tags[0]))
enum { L_DA = 10, L_NB = 11 }; /* their places in tags[] */

typedef struct word {
    const char *w;
    unsigned langs;
} word;

/* Sorted by strcmp (UTF-8 byte order), for bsearch. */
static const word words[] = {
    {"aan", W_NL},
    {"aber", W_DE},
    {"aby", W_CS},
    {"af", W_DA},
    {"al", W_ES},
    {"ale", W_CS | W_PL},
    {"alla", W_IT},
    {"an", W_EN},
    {"anche", W_IT},
    {"and", W_EN},
    {"ani", W_CS},
    {"ao", W_PT},
    {"are", W_EN},
    {"as", W_EN},
    {"at", W_EN | W_DA},
    {"att", W_SV},
    {"au", W_FR},
    {"auch", W_DE},
    {"auf", W_DE},
    {"aux", W_FR},
    {"av", W_SV | W_NB},
    {"avec", W_FR},
    {"bardzo", W_PL},
    {"be", W_EN},
    {"been", W_EN},
    {"bei", W_DE},
    {"bez", W_CS | W_PL},
    {"bij", W_NL},
    {"ble", W_NB},
    {"blev", W_SV | W_DA},
    {"bude", W_CS},
    {"budou", W_CS},
    {"but", W_EN},
    {"by", W_EN | W_CS | W_PL},
    {"byl", W_CS},
    {"byla", W_CS},
    {"bylo", W_CS},
    {"był", W_PL},
    {"była", W_PL},
    {"było", W_PL},
    {"ce", W_FR},
    {"cette", W_FR},
    {"che", W_IT},
    {"com", W_PT},
    {"come", W_IT},
    {"como", W_ES | W_PT},
    {"con", W_ES | W_IT},
    {"cuando", W_ES},
    {"czy", W_PL},
    {"da", W_IT | W_PT},
    {"dans", W_FR},
    {"das", W_DE | W_PT},
    {"dat", W_NL},
    {"de", W_FR | W_ES | W_PT | W_NL | W_SV | W_DA | W_NB},
    {"deg", W_NB},
    {"degli", W_IT},
    {"dei", W_IT},
    {"del", W_ES | W_IT},
    {"della", W_IT},
    {"delle", W_IT},
    {"dem", W_DE},
    {"den", W_DE | W_SV | W_DA | W_NB},
    {"der", W_DE | W_DA},
    {"des", W_DE | W_FR},
    {"det", W_SV | W_DA | W_NB},
    {"detta", W_SV},
    {"deze", W_NL},
    {"di", W_IT},
    {"die", W_DE | W_NL},
    {"dig", W_DA},
    {"dit", W_NL},
    {"dla", W_PL},
    {"do", W_PT | W_CS | W_PL},
    {"dos", W_PT},
    {"du", W_FR},
    {"e", W_IT | W_PT},
    {"een", W_NL},
    {"efter", W_SV | W_DA},
    {"ein", W_DE},
    {"eine", W_DE},
    {"einen", W_DE},
    {"einer", W_DE},
    {"el", W_ES},
    {"ele", W_PT},
    {"elle", W_FR},
    {"eller", W_SV | W_DA | W_NB},
    {"em", W_PT},
    {"en", W_FR | W_ES | W_NL | W_SV | W_DA | W_NB},
    {"entre", W_ES},
    {"er", W_NL | W_DA | W_NB},
    {"es", W_DE | W_ES},
    {"essere", W_IT},
    {"est", W_FR},
    {"esta", W_ES},
    {"este", W_ES},
    {"está", W_ES},
    {"et", W_FR | W_DA | W_NB},
    {"ett", W_SV},
    {"etter", W_NB},
    {"foi", W_PT},
    {"for", W_EN},
    {"fra", W_DA | W_NB},
    {"from", W_EN},
    {"från", W_SV},
    {"fue", W_ES},
    {"för", W_SV},
    {"für", W_DE},
    {"gdy", W_PL},
    {"gdzie", W_PL},
    {"gli", W_IT},
    {"ha", W_IT},
    {"hadde", W_NB},
    {"hade", W_SV},
    {"har", W_SV | W_DA | W_NB},
    {"has", W_EN},
    {"havde", W_DA},
    {"have", W_EN},
    {"hay", W_ES},
    {"he", W_EN},
    {"het", W_NL},
    {"hva", W_NB},
    {"hvad", W_DA},
    {"hvor", W_DA | W_NB},
    {"i", W_IT | W_CS | W_PL},
    {"ich", W_DE | W_PL},
    {"ikke", W_DA | W_NB},
    {"il", W_FR | W_IT},
    {"im", W_DE},
    {"in", W_IT},
    {"inte", W_SV},
    {"is", W_EN | W_NL},
    {"ist", W_DE},
    {"it", W_EN},
    {"its", W_EN},
    {"jag", W_SV},
    {"jak", W_CS | W_PL},
    {"jako", W_CS | W_PL},
    {"je", W_FR | W_NL | W_CS},
    {"jednak", W_PL},
    {"jeg", W_DA | W_NB},
    {"jego", W_PL},
    {"jeho", W_CS},
    {"jej", W_PL},
    {"jejich", W_CS},
    {"její", W_CS},
    {"jen", W_CS},
    {"jest", W_PL},
    {"jeszcze", W_PL},
    {"ještě", W_CS},
    {"jim", W_CS},
    {"jsem", W_CS},
    {"jsme", W_CS},
    {"jsou", W_CS},
    {"jste", W_CS},
    {"już", W_PL},
    {"ją", W_PL},
    {"k", W_CS},
    {"kan", W_NL | W_SV | W_DA | W_NB},
    {"kde", W_CS},
    {"když", W_CS},
    {"která", W_CS},
    {"které", W_CS},
    {"který", W_CS},
    {"która", W_PL},
    {"które", W_PL},
    {"który", W_PL},
    {"la", W_FR | W_ES | W_IT},
    {"las", W_ES},
    {"le", W_FR | W_IT},
    {"les", W_FR},
    {"lo", W_ES},
    {"los", W_ES},
    {"ma", W_IT},
    {"maar", W_NL},
    {"mais", W_FR | W_PT},
    {"mají", W_CS},
    {"mas", W_PT},
    {"med", W_SV | W_DA | W_NB},
    {"meg", W_NB},
    {"meget", W_DA},
    {"men", W_SV | W_DA | W_NB},
    {"met", W_NL},
    {"mezi", W_CS},
    {"mig", W_DA},
    {"mit", W_DE},
    {"może", W_PL},
    {"muy", W_ES},
    {"mye", W_NB},
    {"má", W_CS},
    {"más", W_ES},
    {"na", W_PT | W_CS | W_PL},
    {"naar", W_NL},
    {"nach", W_DE},
    {"ne", W_FR},
    {"nebo", W_CS},
    {"nel", W_IT},
    {"nella", W_IT},
    {"není", W_CS},
    {"než", W_CS},
    {"nicht", W_DE},
    {"nie", W_PL},
    {"niet", W_NL},
    {"niż", W_PL},
    {"no", W_ES | W_PT},
    {"noch", W_DE},
    {"noe", W_NB},
    {"nog", W_NL},
    {"noget", W_DA},
    {"non", W_IT},
    {"not", W_EN},
    {"nous", W_FR},
    {"nu", W_DA},
    {"nur", W_DE},
    {"não", W_PT},
    {"när", W_SV},
    {"nå", W_NB},
    {"o", W_PT | W_CS | W_PL},
    {"och", W_SV},
    {"också", W_SV},
    {"od", W_CS | W_PL},
    {"oder", W_DE},
    {"of", W_EN},
    {"og", W_DA | W_NB},
    {"også", W_DA | W_NB},
    {"om", W_NL | W_SV | W_DA | W_NB},
    {"on", W_EN},
    {"ont", W_FR},
    {"ook", W_NL},
    {"op", W_NL},
    {"or", W_EN},
    {"oraz", W_PL},
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
    {"po", W_CS | W_PL},
    {"pod", W_CS | W_PL},
    {"podle", W_CS},
    {"pokud", W_CS},
    {"por", W_ES | W_PT},
    {"pour", W_FR},
    {"pro", W_CS},
    {"proto", W_CS},
    {"protože", W_CS},
    {"przed", W_PL},
    {"przez", W_PL},
    {"przy", W_PL},
    {"på", W_SV | W_DA | W_NB},
    {"před", W_CS},
    {"při", W_CS},
    {"que", W_FR | W_ES | W_PT},
    {"questo", W_IT},
    {"qui", W_FR},
    {"s", W_CS},
    {"se", W_FR | W_ES | W_PT | W_CS | W_PL},
    {"seg", W_NB},
    {"she", W_EN},
    {"si", W_IT},
    {"sich", W_DE},
    {"sie", W_DE},
    {"sig", W_SV | W_DA},
    {"sind", W_DE},
    {"się", W_PL},
    {"ska", W_SV},
    {"sobie", W_PL},
    {"som", W_SV | W_DA | W_NB},
    {"son", W_ES},
    {"sono", W_IT},
    {"sont", W_FR},
    {"su", W_ES},
    {"sur", W_FR},
    {"sus", W_ES},
    {"são", W_PT},
    {"så", W_SV | W_DA | W_NB},
    {"są", W_PL},
    {"tak", W_CS | W_PL},
    {"také", W_CS},
    {"także", W_PL},
    {"tam", W_CS},
    {"también", W_ES},
    {"também", W_PT},
    {"te", W_NL},
    {"tedy", W_CS},
    {"tego", W_PL},
    {"też", W_PL},
    {"that", W_EN},
    {"the", W_EN},
    {"their", W_EN},
    {"there", W_EN},
    {"they", W_EN},
    {"this", W_EN},
    {"til", W_DA | W_NB},
    {"till", W_SV},
    {"to", W_EN | W_CS | W_PL},
    {"tylko", W_PL},
    {"tym", W_PL},
    {"um", W_PT},
    {"uma", W_PT},
    {"un", W_FR | W_ES | W_IT},
    {"una", W_ES | W_IT},
    {"und", W_DE},
    {"une", W_FR},
    {"už", W_CS},
    {"v", W_CS},
    {"van", W_NL},
    {"var", W_SV | W_DA | W_NB},
    {"ve", W_CS},
    {"vi", W_SV | W_DA | W_NB},
    {"vid", W_SV},
    {"von", W_DE},
    {"voor", W_NL},
    {"vous", W_FR},
    {"være", W_DA | W_NB},
    {"været", W_DA},
    {"vært", W_NB},
    {"však", W_CS},
    {"w", W_PL},
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
    {"z", W_CS | W_PL},
    {"ze", W_NL | W_CS},
    {"zijn", W_NL},
    {"zo", W_NL},
    {"zu", W_DE},
    {"är", W_SV},
    {"è", W_IT},
    {"é", W_PT},
    {"été", W_FR},
    {"über", W_DE},
    {"że", W_PL},
    {"żeby", W_PL},
    {"že", W_CS},
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
    if (c >= 0x100 && c <= 0x17F) {
        /* Latin Extended-A pairs: capitals even, but odd from U+0139 to
           U+0148 and from U+0179 (Ł, Ž, Ż...) */
        bool odd_upper = (c >= 0x139 && c <= 0x148) || c >= 0x179;
        bool paired = c != 0x130 && c != 0x131 && c != 0x138 && c != 0x149 && c != 0x178 &&
                      c != 0x17F;
        *lower = paired && (c & 1) == (odd_upper ? 1u : 0u) ? c + 1 : c;
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
    /* Danish and Norwegian, near one language in writing, are judged as a
       pair against the rest, and then one against the other by the words
       they do not share, which need not double the other's score */
    size_t sib = best == L_DA ? L_NB : best == L_NB ? L_DA : N_LANGS;
    double second = 0;
    for (size_t i = 0; i < N_LANGS; i++)
        if (i != best && i != sib && score[i] > second)
            second = score[i];
    double lead = score[best] + (sib < N_LANGS ? score[sib] : 0);
    if (score[best] < MIN_HITS || hits * 10 < (double)nwords || lead < 2 * second ||
        (sib < N_LANGS && score[best] < 1.5 * score[sib]))
        return NULL;
    return tags[best];
}
