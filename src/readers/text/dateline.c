/*
 * dateline.c - the date in the dateline that opens a press release or a
 * wire story when the page's header gives none: "RIVERTON, Ore. (March
 * 18, 2024) — The library ...", "WASHINGTON, March 18, 2024 /PRNewswire/
 * -- ...", "Berlin, 18. März 2024 – Die ...".
 *
 * A dateline is a place (one to five capitalised words with a comma
 * after them), the date, and a dash, all at the start of the text's
 * first paragraph. The comma after the place is what tells it from a
 * sentence that opens with a date ("On March 18, 2024 — the day ...").
 */
#include <string.h>

#include "text_int.h"

#define DATELINE_MAX 120 /* bytes before the dash */

/* The dash that closes the dateline: " — ", " – ", " -- ", " - " after
 * the date, or a wire's tag "/PRNewswire/". Its offset, or 0. */
static size_t
dateline_dash(const char *s, size_t len, size_t from)
{
    static const char *const dashes[] = {
        " \xe2\x80\x94 ", " \xe2\x80\x93 ", " -- ", " - ", "\xe2\x80\x94", " /"};
    size_t end = len < DATELINE_MAX ? len : DATELINE_MAX;
    for (size_t i = from; i < end; i++)
        for (size_t k = 0; k < sizeof dashes / sizeof *dashes; k++) {
            size_t n = strlen(dashes[k]);
            if (i + n <= len && !memcmp(s + i, dashes[k], n))
                return i;
        }
    return 0;
}

/* The place before the date: one to five capitalised words holding a
 * comma ("RIVERTON, Ore.", "WASHINGTON,", "NEW YORK, NY"), then nothing
 * but a space, "(" or a dash before the date. */
static bool
dateline_place(const char *s, size_t len)
{
    for (;;) {
        while (len && (s[len - 1] == ' ' || s[len - 1] == '(' || s[len - 1] == '-'))
            len--;
        if (len >= 3 &&
            (!memcmp(s + len - 3, "\xe2\x80\x94", 3) || !memcmp(s + len - 3, "\xe2\x80\x93", 3)))
            len -= 3;
        else
            break;
    }
    if (len < 3 || !memchr(s, ',', len))
        return false;
    /* "Last Saturday, June 1, 2024 - we ...": a time, not a place */
    static const char *const when[] = {"Last ",    "On ",     "This ",     "Next ",    "Every ",
                                       "Monday",   "Tuesday", "Wednesday", "Thursday", "Friday",
                                       "Saturday", "Sunday",  "Yesterday", "Today"};
    for (size_t k = 0; k < sizeof when / sizeof *when; k++)
        if (len >= strlen(when[k]) && !strncmp(s, when[k], strlen(when[k])))
            return false;
    size_t words = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == ' ' || (i > 0 && s[i - 1] != ' '))
            continue;
        unsigned char c = (unsigned char)s[i];
        if (c < 0x80 && !(c >= 'A' && c <= 'Z'))
            return false;
        words++;
    }
    return words >= 1 && words <= 5;
}

const char *
rd_text_dateline_date(arena *a, const rd_text_lines *L, size_t body, const char *lang)
{
    size_t i = body;
    while (i < L->n && (L->v[i].kind == RD_TEXT_BLANK || L->v[i].role == RD_TEXT_DROP))
        i++;
    if (i >= L->n || L->v[i].kind != RD_TEXT_PLAIN || !rd_text_line_is_prose(&L->v[i]))
        return NULL;
    const char *s = L->v[i].s;
    size_t len = L->v[i].len;
    rd_text_date dt;
    size_t head = len < DATELINE_MAX ? len : DATELINE_MAX;
    if (!rd_text_date_find(s, head, lang, &dt) || dt.day == 0 || dt.start == 0)
        return NULL;
    size_t after = dt.end;
    while (after < len && (s[after] == ')' || s[after] == ','))
        after++;
    /* a wire's name in brackets after the date: "(AFP) - " */
    if (after + 2 < len && s[after] == ' ' && s[after + 1] == '(') {
        const char *close = memchr(s + after, ')', len - after);
        if (close && close - (s + after) < 24)
            after = (size_t)(close - s) + 1;
    }
    size_t dash = dateline_dash(s, len, after);
    if (dash != after || !dateline_place(s, dt.start))
        return NULL;
    /* A wire's dateline: the place in capitals ("RIVERTON, Ore."), the
     * date in brackets or a wire's tag after it. A place in title case
     * ("Berlin, 18. März 2024 –") only with a year of this century: a
     * story may open on an old date ("Boston, March 10, 1876 - ..."). */
    bool caps = s[0] >= 'A' && s[0] <= 'Z' && s[1] >= 'A' && s[1] <= 'Z';
    bool marked = (dt.start > 0 && s[dt.start - 1] == '(') || s[dash + 1] == '/';
    if (!caps && !marked && dt.year < 2000)
        return NULL;
    return rd_text_date_format(a, &dt);
}
