/*
 * date_iso.c - a date written out ("March 5, 2024", "5 mars 2024",
 * "2024-03-05") as YYYY-MM-DD, for the other readers: the text reader's
 * date finder, on a value that holds a date (a day's name or a clock time
 * around it is passed over).
 */
#include "../reader.h"
#include "text_int.h"

const char *
rd_date_iso(arena *a, const char *s, size_t len, const char *lang)
{
    rd_text_date dt;
    if (!rd_text_date_find(s, len, lang, &dt))
        return NULL;
    return rd_text_date_format(a, &dt);
}
