/*
 * recipe.c - a recipe card under a food blog's post.
 *
 * A recipe blog sets the story first and the recipe after it, in a card:
 * the title again, buttons ("Print Recipe", "Pin Recipe"), times and
 * servings, an "Ingredients" label over one short line per ingredient,
 * an "Instructions" label over the steps, maybe "Notes". Ingredient lines
 * look like a menu's entries and the steps are short sentences, so the
 * page's prose region (page.c) ends with the story and leaves the recipe
 * out: the part the reader came for. When the two labels follow the
 * region's end past no more than the card's own head, each over lines of
 * its own (the ingredients measured, the steps each a sentence), the
 * region reaches over the card to the end of its steps (and notes).
 */
#include <string.h>
#include <strings.h>

#include "text_int.h"

#define RECIPE_REACH 8 /* lines between the region's end and the card's list */
#define STEP_PROSE_MIN 160 /* code points: a line longer is no step past twice the longest */

static bool
ingredients_label(const rd_text_line *ln)
{
    static const char *const labels[] = {"ingredients", "zutaten",
                                         "ingr\xc3\xa9"
                                         "dients",
                                         "ingredientes", "ingredienti"};
    return rd_text_line_is_label_of(ln, labels, sizeof labels / sizeof *labels);
}

static bool
steps_label(const rd_text_line *ln)
{
    static const char *const labels[] = {"instructions",
                                         "directions",
                                         "method",
                                         "steps",
                                         "preparation",
                                         "zubereitung",
                                         "pr\xc3\xa9paration",
                                         "preparaci\xc3\xb3n",
                                         "procedimiento",
                                         "preparazione"};
    return rd_text_line_is_label_of(ln, labels, sizeof labels / sizeof *labels);
}

static bool
notes_label(const rd_text_line *ln)
{
    static const char *const labels[] = {"notes", "recipe notes", "tips", "notizen",
                                         "notes du chef"};
    return rd_text_line_is_label_of(ln, labels, sizeof labels / sizeof *labels);
}

/* A line of the card's lists: text, no chrome, no question to the
 * reader ("Tried this recipe?") and no label of the page. */
static bool
card_line(const rd_text_line *ln)
{
    return ln->kind != RD_TEXT_BLANK && ln->kind != RD_TEXT_RULE && ln->chrome == 0 &&
           !(ln->flags & RD_TEXT_F_QUESTION) && rd_text_line_has_letter(ln);
}

/* "3 Responses", "12 Comments": a thread's count. */
static bool
comment_count(const rd_text_line *ln)
{
    static const char *const words[] = {"comment", "comments", "response", "responses",
                                        "reply",   "replies",  "review",   "reviews"};
    size_t k = 0;
    while (k < ln->len && ln->s[k] >= '0' && ln->s[k] <= '9')
        k++;
    if (!k || k + 1 >= ln->len || ln->s[k] != ' ')
        return false;
    size_t n = ln->len - k - 1;
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
        if (n == strlen(words[w]) && !strncasecmp(ln->s + k + 1, words[w], n))
            return true;
    return false;
}

/* An ingredient's line measures something: a digit or a fraction
 * ("1 onion, chopped", "½ cup milk"). */
static bool
measured(const rd_text_line *ln)
{
    for (size_t k = 0; k < ln->len; k++)
        if ((ln->s[k] >= '0' && ln->s[k] <= '9') ||
            ((unsigned char)ln->s[k] == 0xC2 && k + 1 < ln->len &&
             (unsigned char)ln->s[k + 1] >= 0xBC && (unsigned char)ln->s[k + 1] <= 0xBE) ||
            ((unsigned char)ln->s[k] == 0xE2 && k + 1 < ln->len &&
             (unsigned char)ln->s[k + 1] == 0x85))
            return true;
    return false;
}

/* The end of the list under label line i: the line after its last entry
 * (blank lines may part the entries). Steps (`sentences`) each end a
 * sentence: a name, a date or "Reviews" after them is the page's. */
static size_t
list_end(const rd_text_lines *L, size_t i, bool sentences, size_t *entries, size_t *measures)
{
    size_t end = i + 1, k = i + 1;
    *entries = *measures = 0;
    bool blank = false, tight = false; /* entries one under another: a blank line ends them */
    uint32_t longest = 0;
    for (; k < L->n; k++) {
        const rd_text_line *ln = &L->v[k];
        if (ln->kind == RD_TEXT_BLANK) {
            blank = true;
            if (tight)
                break;
            continue;
        }
        if (!card_line(ln) || ingredients_label(ln) || steps_label(ln) || notes_label(ln) ||
            (sentences && !(ln->flags & RD_TEXT_F_SENTENCE)))
            break;
        /* (a paragraph of the story after the steps: some sentences, far
           longer than any step) */
        if (sentences && *entries >= 2 && ln->cps > 2 * longest && ln->cps > STEP_PROSE_MIN)
            break;
        if (*entries == 1 && !blank)
            tight = true;
        blank = false;
        (*entries)++;
        *measures += measured(ln);
        if (ln->cps > longest)
            longest = ln->cps;
        end = k + 1;
    }
    return end;
}

/* The card whose "Ingredients" label is line ing: a list mostly
 * measured, then a steps label over two sentences or more, maybe notes.
 * Sets *steps to the steps' label and *last to the line after the card. */
static bool
card_at(const rd_text_lines *L, size_t ing, size_t *steps, size_t *last)
{
    size_t n_ing, n_steps, m_ing, m;
    size_t after = list_end(L, ing, false, &n_ing, &m_ing);
    /* (a shop's "Ingredients" lists no measures: "Water, glycerin, ...") */
    if (n_ing < 2 || 2 * m_ing < n_ing)
        return false;
    size_t s = after;
    while (s < L->n && L->v[s].kind == RD_TEXT_BLANK)
        s++;
    if (s >= L->n || !steps_label(&L->v[s]))
        return false;
    size_t e = list_end(L, s, true, &n_steps, &m);
    if (n_steps < 2)
        return false;
    size_t notes = e;
    while (notes < L->n && L->v[notes].kind == RD_TEXT_BLANK)
        notes++;
    size_t n_notes;
    if (notes < L->n && notes_label(&L->v[notes])) {
        size_t ne = list_end(L, notes, true, &n_notes, &m);
        if (n_notes)
            e = ne;
    }
    *steps = s;
    *last = e;
    return true;
}

size_t
rd_text_recipe_end(const rd_text_lines *L, size_t end)
{
    /* Only the card's own head stands between: its title again, its
       buttons, times and servings; no prose (a newsletter's pitch, an
       author's box) and no count of comments (a recipe a reader posted
       in the thread is the thread's). */
    size_t ing = L->n, seen = 0;
    for (size_t k = end; k < L->n && seen <= RECIPE_REACH && ing == L->n; k++) {
        const rd_text_line *ln = &L->v[k];
        if (ln->kind == RD_TEXT_BLANK || ln->chrome)
            continue;
        seen++;
        if (ingredients_label(ln))
            ing = k;
        else if (rd_text_line_is_prose(ln) || comment_count(ln))
            return end;
    }
    size_t steps, last;
    if (ing == L->n || !card_at(L, ing, &steps, &last))
        return end;
    /* The story may go on under the card ("We make them every Sunday."):
       its prose stays, up to the first line that is none (a thread's
       count, a name, a button). */
    for (size_t k = last; k < L->n; k++) {
        const rd_text_line *ln = &L->v[k];
        if (ln->kind == RD_TEXT_BLANK)
            continue;
        if (ln->chrome || !rd_text_line_is_prose(ln))
            break;
        last = k + 1;
    }
    return last > end ? last : end;
}

/* A label of the card as a heading ("Ingredients:" reads "Ingredients"). */
static void
label_heading(rd_text_line *ln)
{
    ln->kind = RD_TEXT_HASH;
    ln->ordinal = 2;
    if (ln->len > 1 && ln->s[ln->len - 1] == ':')
        ln->len--;
    while (ln->len > 1 && ln->s[ln->len - 1] == ' ')
        ln->len--;
}

/* The card's head repeats the article's title over its times and
 * servings: the title is the article's already. */
static void
drop_title_copy(rd_text_lines *L, size_t from, size_t ing, const char *title)
{
    size_t n = title ? strlen(title) : 0, seen = 0;
    for (size_t k = ing; n && k-- > from && seen < RECIPE_REACH;) {
        rd_text_line *ln = &L->v[k];
        if (ln->kind == RD_TEXT_BLANK || ln->role != RD_TEXT_CONTENT)
            continue;
        seen++;
        /* (the head has no prose: above it the story goes on, and a
           heading or a sentence there that says the title is its own) */
        if (rd_text_line_is_prose(ln) || comment_count(ln))
            return;
        if (ln->kind == RD_TEXT_PLAIN && ln->len == n && !strncasecmp(ln->s, title, n)) {
            ln->role = RD_TEXT_DROP;
            return;
        }
    }
}

void
rd_text_recipe_shape(rd_text_lines *L, size_t from, size_t to, const char *title)
{
    for (size_t k = from; k < to; k++) {
        size_t steps, last;
        if (L->v[k].role != RD_TEXT_CONTENT || !ingredients_label(&L->v[k]) ||
            !card_at(L, k, &steps, &last) || last > to)
            continue;
        /* The ingredients are a list; a line ending in a colon among them
           names a part ("For the sauce:") and stays a line of its own. */
        drop_title_copy(L, from, k, title);
        label_heading(&L->v[k]);
        for (size_t i = k + 1; i < steps; i++) {
            rd_text_line *ln = &L->v[i];
            if (ln->kind == RD_TEXT_PLAIN && ln->role == RD_TEXT_CONTENT &&
                ln->s[ln->len - 1] != ':') {
                ln->kind = RD_TEXT_BULLET;
                ln->delim = '-';
                ln->flags |= RD_TEXT_F_ITEM;
            }
        }
        /* The steps are numbered, as the card's list shows them, unless
           they came numbered or in some other shape. */
        size_t i = steps + 1;
        bool plain = true;
        for (; i < last && !(L->v[i].kind != RD_TEXT_BLANK && notes_label(&L->v[i])); i++)
            plain &= L->v[i].kind == RD_TEXT_PLAIN || L->v[i].kind == RD_TEXT_BLANK;
        size_t notes = i;
        uint32_t n = 0;
        for (i = steps + 1; i < notes; i++) {
            rd_text_line *ln = &L->v[i];
            if (ln->kind == RD_TEXT_BLANK)
                continue;
            if (plain) {
                ln->kind = RD_TEXT_ORDERED;
                ln->ordinal = ++n;
                ln->delim = '.';
            }
            ln->flags |= RD_TEXT_F_ITEM;
        }
        label_heading(&L->v[steps]);
        if (notes < last)
            label_heading(&L->v[notes]);
        k = last - 1;
    }
}
