/*
 * lang.c - facts about a language that both writers need from its BCP 47
 * tag. For now one: whether it is written right to left, which sets the
 * EPUB's dir="rtl" and page progression and the PDF's paragraph direction.
 * One list, so the two outputs of a book never disagree. Matching is on
 * the primary language subtag ("fa-IR" is Persian), case-insensitively.
 */
#include "doc.h"

#include <string.h>
#include <strings.h>

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
