/*
 * test_html_recipe.c - a food blog's recipe card (recipe_card.c): its
 * headings stay though classed as "header"s, its buttons, rating and call
 * for a verdict go, and links that only look like them stay in prose.
 */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "page_check.h"
#include "read_page.h"

static const char story[] =
    "<p>This stew is the one the harbour cooks make when the boats come in late and everyone "
    "is cold. It needs only what the market has left at the end of the day.</p>"
    "<p>The fish goes in at the very end, so it stays in big pieces, and a squeeze of lemon "
    "makes the whole pot taste bright on a grey evening.</p>";

/* A heading of the article whose text is t? */
static bool
has_heading(const doc_node *n, const char *t)
{
    for (const doc_node *k = n->first_child; k; k = k->next) {
        if (k->type == DOC_HEADING && k->first_child && k->first_child->type == DOC_TEXT &&
            k->first_child->len == strlen(t) && !memcmp(k->first_child->text, t, strlen(t)))
            return true;
        if (has_heading(k, t))
            return true;
    }
    return false;
}

/* A card in the shape of the common plugins: its parts' headings classed
 * "header" (on the heading, or on a box around it), its buttons and
 * rating. */
TEST(card_keeps_its_headings_and_loses_its_buttons)
{
    static const char *const cards[] = {
        /* headings classed so themselves */
        "<div class='wprm-recipe-container'><div class='wprm-recipe'>"
        "<div class='wprm-recipe-rating'><span>\xe2\x98\x85\xe2\x98\x85</span> 5 from 23 "
        "votes</div>"
        "<a href='/print/1' class='wprm-recipe-print'>Print Recipe</a> "
        "<a href='#' class='wprm-recipe-pin'>Pin Recipe</a>"
        "<div class='wprm-recipe-ingredients-container'><h3 class='wprm-recipe-header'>"
        "Ingredients</h3><ul class='wprm-recipe-ingredients'><li>1 onion, chopped</li>"
        "<li>4 cups fish stock</li></ul></div>"
        "<div class='wprm-recipe-instructions-container'><h3 class='wprm-recipe-header'>"
        "Instructions</h3><ul class='wprm-recipe-instructions'><li>Cook the onion until "
        "soft.</li><li>Pour in the stock and simmer.</li></ul></div>"
        "<div class='wprm-call-to-action'>Tried this recipe? Let us know how it was!</div>"
        "</div></div>",
        /* a box classed "header" around each heading; buttons in a row */
        "<div class='tasty-recipes'><div class='tasty-recipes-rating'>4.8 from 12 reviews</div>"
        "<div class='tasty-recipes-buttons'><a class='button' href='/p'>Print</a> | "
        "<a class='button' href='#'>Save</a></div>"
        "<div class='tasty-recipes-ingredients'><div class='tasty-recipes-ingredients-header'>"
        "<h3>Ingredients</h3></div><ul><li>1 onion, chopped</li><li>4 cups fish stock</li>"
        "</ul></div><div class='tasty-recipes-instructions'>"
        "<div class='tasty-recipes-instructions-header'><h3>Instructions</h3></div>"
        "<ol><li>Cook the onion until soft.</li><li>Pour in the stock and simmer.</li></ol>"
        "</div></div>",
        /* schema.org microdata */
        "<div itemscope itemtype='https://schema.org/Recipe'>"
        "<h3 class='recipe-header'>Ingredients</h3><ul><li itemprop='recipeIngredient'>1 "
        "onion, chopped</li><li itemprop='recipeIngredient'>4 cups fish stock</li></ul>"
        "<h3 class='recipe-header'>Instructions</h3><ol itemprop='recipeInstructions'>"
        "<li>Cook the onion until soft.</li><li>Pour in the stock and simmer.</li></ol>"
        "<p><a class='print-link' href='/print'>Print</a> | <a class='save' href='#'>Save</a>"
        "</p></div>",
    };
    static const char *const keep[] = {"1 onion, chopped", "Pour in the stock", NULL};
    static const char *const gone[] = {"Print",      "Pin Recipe", "votes", "reviews",
                                       "Tried this", "Save",       "|",     NULL};
    for (size_t i = 0; i < sizeof cards / sizeof *cards; i++) {
        char html[8192];
        snprintf(html, sizeof html,
                 "<html><head><title>Harbour Fish Stew</title></head><body><article>"
                 "<h1>Harbour Fish Stew</h1><div class='entry-content'>%s%s</div></article>"
                 "</body></html>",
                 story, cards[i]);
        page p = from(html);
        char name[32];
        snprintf(name, sizeof name, "card %zu", i);
        test_current = name;
        INT_EQ(p.rc, 0);
        OK(has_heading(p.art, "Ingredients"));
        OK(has_heading(p.art, "Instructions"));
        check(&p, keep, gone);
        drop(&p);
    }
}

/* Words that look like the buttons but stand in sentences stay, and a
 * box named for recipes without ingredients and steps is no card. */
TEST(button_words_in_prose_and_cards_without_lists_stay)
{
    const char *html =
        "<html><head><title>Harbour Fish Stew</title></head><body><article>"
        "<h1>Harbour Fish Stew</h1><div class='entry-content'>"
        "<p>This stew is the one the harbour cooks make when the boats come in late. To keep "
        "it, you can <a href='/p'>print recipe</a> cards from the box below.</p>"
        "<div class='recipe-box'><p>The cooks never measure: you <a class='save' href='#'>save"
        "</a> what is left of the fish for the next day and the stock for the day after "
        "that.</p><p>Rate the stew by how quickly the pot is empty, the cooks say, and they "
        "are rarely wrong about it.</p></div>"
        "<div class='recipe-list'><h3 class='section-header'>More recipes</h3>"
        "<ul><li><a href='/a'>Rye bread</a></li><li><a href='/b'>Fish pie</a></li></ul></div>"
        "</div></article></body></html>";
    page p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const keep[] = {"you can print recipe cards", "you save what is left", NULL};
    check(&p, keep, NULL);
    /* (not a card: its "header" heading goes as before) */
    OK(!has_heading(p.art, "More recipes"));
    drop(&p);
}

/* A how-to's list naming the buttons stays; a post filed under recipes
 * is no card, so its story's lines that speak of the recipe stay. */
TEST(button_names_and_a_post_filed_under_recipes_stay)
{
    const char *html =
        "<html><head><title>Lemon drizzle cake</title></head><body>"
        "<article class='post category-recipes'><h1>Lemon drizzle cake</h1>"
        "<p>This is the cake I bake more than any other: for birthdays, for new neighbours, "
        "for the days when nothing else is going right. It keeps for a week in a tin.</p>"
        "<p>Made this recipe for my sister's wedding: gone in ten minutes.</p>"
        "<p class='rating-note'>I tested this 14 times before I was happy with it.</p>"
        "<p>Most recipe sites have two buttons at the top of the card, and I use both:</p>"
        "<ul><li><a href='/guide/x'>Print recipe</a></li><li><a href='/guide/y'>Save "
        "recipe</a></li></ul>"
        "<div class='wprm-recipe'><h3>Ingredients</h3><ul><li class='wprm-recipe-ingredient'>"
        "225 g butter</li><li class='wprm-recipe-ingredient'>4 eggs</li></ul><h3>Instructions"
        "</h3><ol><li class='wprm-recipe-instruction'>Beat the butter until pale.</li>"
        "<li class='wprm-recipe-instruction'>Add the eggs one at a time.</li></ol></div>"
        "</article></body></html>";
    page p = from(html);
    INT_EQ(p.rc, 0);
    static const char *const keep[] = {"Made this recipe for my sister",
                                       "I tested this 14",
                                       "Print recipe",
                                       "Save recipe",
                                       "4 eggs",
                                       NULL};
    check(&p, keep, NULL);
    drop(&p);
}

int
main(void)
{
    RUN(card_keeps_its_headings_and_loses_its_buttons);
    RUN(button_words_in_prose_and_cards_without_lists_stay);
    RUN(button_names_and_a_post_filed_under_recipes_stay);
    return test_report();
}
