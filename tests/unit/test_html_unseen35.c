/*
 * test_html_unseen35.c - rules found on a thirty-fifth set of pages the
 * reader was not tuned on (a newsletter on a hosted blog engine, a
 * WordPress blog with comments, a university's news release, a
 * government agency's press release, a local paper on a paywalled CMS,
 * a help centre's article, a podcast's episode page and a magazine's
 * long read): each test builds a small page showing one case, with the
 * metadata or text that must come out and the chrome that must not.
 */
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "page_check.h"
#include "read_page.h"

/* The story's free preview, and the rest a subscriber reads. */
static const char preview[] =
    "<p>The county elections board will vote next month on whether to merge two of its "
    "smallest rural precincts, a change officials say would save money each election.</p>"
    "<p>Under the proposal, voters in the creek precinct would cast ballots at the fire hall, "
    "about nineteen miles away by county road, and the old hall would close for elections.</p>"
    "<p>The hall has served as a polling place for more than fifty years, and several of the "
    "people who work the polls there have done so for most of that time.</p>"
    "<p>Officials said the change would not take effect until after the November election, in "
    "time for the spring vote, and that every voter would be sent a letter.</p>";
/* (the preview alone is long enough to be taken for the story) */
static const char rest[] =
    "<p>The elections director said the two precincts together had fewer than seven hundred "
    "registered voters, and that fewer than three hundred voted in person last time.</p>"
    "<p>Residents who spoke at a work session last week said the savings were small set "
    "against the cost to voters who would have to drive most of a morning.</p>"
    "<p>One board member said he would vote against the merger, since saving a little money "
    "was not worth losing a couple of hundred voters at the next election.</p>"
    "<p>The board will take public comment at its meeting next month in the courthouse annex, "
    "and written comments can be sent to the elections office until then.</p>";

/* A site's menu: with it the page is read as a saved page, the article
 * taken out of it. */
static const char nav[] = "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>";

/* A paywalled story set in a block named for whom it is ("subscriber-
 * only", "subscribers-content"): the story's text, which stays. A block
 * named for the act of subscribing ("subscribe-box"), or for a pitch to
 * subscribers ("subscriber-login", "subscriber-promo"), still goes. */
TEST(subscriber_block_is_text)
{
    static const char *const classes[] = {"subscriber-only", "subscribers-only",
                                          "article-subscriber-content", "subscriber_premium"};
    for (size_t i = 0; i < sizeof(classes) / sizeof(classes[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>County weighs closing polling places</title></head>"
                 "<body class='subscriber-only'>%s<div class='main-content'><h1>County weighs "
                 "closing polling places</h1><div class='asset-content'><div "
                 "class='story-preview'>%s</div><div class='%s'>%s</div></div></div>"
                 "</body></html>",
                 nav, preview, classes[i], rest);
        page p = from(html);
        test_current = classes[i];
        INT_EQ(p.rc, 0);
        OK(strstr(p.text, "The county elections board will vote") != NULL);
        OK(strstr(p.text, "The elections director said") != NULL);
        OK(strstr(p.text, "The board will take public comment") != NULL);
        drop(&p);
    }
    /* negative: a box named for subscribing, inside the story */
    static const char *const pitches[] = {"subscribe-box",
                                          "subscribe",
                                          "article-subscribe-cta",
                                          "subscriber-login",
                                          "subscriber-promo",
                                          "subscriber-wall",
                                          "subscriber-offer",
                                          "subscribers-login-prompt",
                                          "subscriber-exclusive-badge",
                                          "subscriber-only-cta"};
    for (size_t i = 0; i < sizeof(pitches) / sizeof(pitches[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>County weighs closing polling places</title></head>"
                 "<body>%s<div class='main-content'><h1>County weighs closing polling places"
                 "</h1>%s<div class='%s'><p>Only one dollar for your first month of local "
                 "reporting, sports and obituaries, delivered by the people who live here.</p>"
                 "</div>%s</div></body></html>",
                 nav, preview, pitches[i], rest);
        page p = from(html);
        test_current = pitches[i];
        INT_EQ(p.rc, 0);
        OK(strstr(p.text, "The elections director said") != NULL);
        OK(strstr(p.text, "Only one dollar for your first month") == NULL);
        drop(&p);
    }
}

/* A university's news release on Drupal: every field printed without
 * its label is classed "field--label-hidden", the picture's and its
 * caption's as much as the body's. The label is what is hidden, not the
 * field: the caption under the picture stays. A block whose class says
 * it is hidden itself ("hidden-caption", "is-hidden") still weighs as
 * chrome and goes. The picture's credit field ("field--name-field-credit")
 * goes as other photo credits do; a long block so named is text. */
static const char drupal_body[] =
    "<p>A slow landslide on the north coast travelled three times as fast during wet "
    "winters as during dry ones, according to a study that used twenty years of radar "
    "images taken from orbit.</p>"
    "<p>The landslide, which carries a stretch of farmland and a footpath toward the sea, "
    "moves only a few centimetres in a typical year, but much more in the wettest ones.</p>"
    "<p>The team compared that record with rainfall and groundwater measurements from a "
    "borehole near the site, and found the ground sped up two months after the water "
    "rose.</p>"
    "<p>Climate projections suggest that winters will become wetter, so slow landslides "
    "could move faster more often, bringing forward the day when paths must move.</p>"
    "<p>The study was funded by a research council and carried out with the county council, "
    "which manages the footpath along the top of the cliffs.</p>";

static page
drupal_page(const char *hero_cls, const char *credit, const char *after)
{
    static char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Landslide speeds up in wet winters</title></head><body>%s"
             "<main role='main'><div class='region region-content'><div "
             "id='block-eastmoor-content' class='block "
             "block-system block-system-main-block'><article class='node "
             "node--type-news-article'><h1>Landslide speeds up in wet winters</h1><div "
             "class='node__content'><div class='%s'><article class='media "
             "media--type-image'><div class='field field--name-field-media-image "
             "field--label-hidden field__item'><img src='c.jpg' alt=''></div><div class='field "
             "field--name-field-caption field--label-hidden field__item'>The clay cliffs, where "
             "the ground has moved four metres since 2004.</div>%s</article></div><div "
             "class='text-formatted field field--name-body field--label-hidden field__item'>%s"
             "</div>%s</div></article></div></div></main></body></html>",
             nav, hero_cls, credit, drupal_body, after);
    return from(html);
}

TEST(drupal_label_hidden_field)
{
    static const struct {
        const char *cls;
        bool kept;
    } cases[] = {
        {"field field--name-field-hero-image field--label-hidden field__item", true},
        {"field field-name-field-image field-type-image field-label-hidden", true},
        /* negative: the block itself hidden */
        {"field hidden-caption", false},
        {"field is-hidden", false},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        page p = drupal_page(cases[i].cls, "", "");
        test_current = cases[i].cls;
        INT_EQ(p.rc, 0);
        OK((strstr(p.text, "The clay cliffs, where the ground") != NULL) == cases[i].kept);
        OK(strstr(p.text, "Climate projections suggest") != NULL);
        drop(&p);
    }
}

TEST(drupal_credit_field)
{
    static const char hero[] = "field field--name-field-hero-image field--label-hidden";
    page p = drupal_page(hero,
                         "<div class='field field--name-field-credit "
                         "field--label-hidden field__item'>Photo: Eastmoor University / "
                         "Sam Okafor</div>",
                         "");
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "The clay cliffs, where the ground") != NULL);
    OK(strstr(p.text, "Sam Okafor") == NULL);
    drop(&p);
    /* negative: a long block so named is a paragraph of the page */
    p = drupal_page(hero,
                    "<div class='field field--name-field-credits field__item'>The "
                    "radar images were lent by two space agencies, and the borehole "
                    "records by the county's water board, who kept them for thirty "
                    "years.</div>",
                    "");
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "kept them for thirty years") != NULL);
    drop(&p);
    /* negative: other fields whose names start so, short as a credit */
    static const struct {
        const char *cls, *text;
    } others[] = {
        {"field field--name-field-credits field--label-above", "Directed by Ana Ruiz. 127 min."},
        {"field field--name-field-credit-line field--label-hidden",
         "Additional reporting by Tom Hale."},
    };
    for (size_t i = 0; i < sizeof(others) / sizeof(others[0]); i++) {
        char after[256];
        snprintf(after, sizeof(after), "<div class='%s'>%s</div>", others[i].cls, others[i].text);
        p = drupal_page(hero, "", after);
        test_current = others[i].cls;
        INT_EQ(p.rc, 0);
        OK(strstr(p.text, others[i].text) != NULL);
        drop(&p);
    }
}

/* A podcast's episode page describes itself as a PodcastEpisode in
 * JSON-LD, with its hosts as authors and its day: the page's own item,
 * as an article's is. A show's home page, typed PodcastSeries, is no one
 * episode: its hosts are not taken for an author from it. Nor is a
 * TVEpisode's author, the show's screenwriter. */
TEST(podcast_episode_jsonld)
{
    static const struct {
        const char *type;
        bool taken;
    } cases[] = {
        {"PodcastEpisode", true},
        {"RadioEpisode", true},
        /* negative: a TV show's writer is not the page's */
        {"TVEpisode", false},
        {"[\"PodcastEpisode\", \"CreativeWork\"]", true},
        /* negative: the show, not an episode */
        {"PodcastSeries", false},
        {"CreativeWorkSeries", false},
    };
    static const char notes[] =
        "<p>Our guest spent three winters in county archives reading the logbooks kept by "
        "lighthouse keepers along the coast, and has been turning their notes into a record of "
        "storms that the weather stations of the time missed.</p>"
        "<p>We talk about how she learned to read a dozen keepers' handwriting, the great storm "
        "that three stations describe in very different words, and why a complaint about lamp "
        "oil can tell you the temperature.</p>";
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        const char *t = cases[i].type;
        char type[128], html[4096];
        snprintf(type, sizeof(type), t[0] == '[' ? "%s" : "\"%s\"", t);
        snprintf(html, sizeof(html),
                 "<html><head><title>Episode 87: The keepers' logbooks</title>"
                 "<script type='application/ld+json'>{\"@context\":\"https://schema.org\","
                 "\"@type\":%s,\"name\":\"Episode 87: The keepers' logbooks\","
                 "\"datePublished\":\"2025-04-02\",\"author\":[{\"@type\":\"Person\","
                 "\"name\":\"Colm Brady\"},{\"@type\":\"Person\",\"name\":\"Nell Ashby\"}]}"
                 "</script></head><body>%s<main><h1>The keepers' logbooks</h1><div "
                 "class='episode-notes'>%s</div></main></body></html>",
                 type, nav, notes);
        page p = from(html);
        test_current = cases[i].type;
        INT_EQ(p.rc, 0);
        const doc_meta *m = meta(&p);
        OK(m != NULL);
        if (m && cases[i].taken) {
            INT_EQ((int)m->n_authors, 2);
            if (m->n_authors == 2) {
                STR_EQ(m->authors[0], "Colm Brady");
                STR_EQ(m->authors[1], "Nell Ashby");
            }
        } else if (m) {
            INT_EQ((int)m->n_authors, 0);
        }
        OK(strstr(p.text, "lighthouse keepers along the coast") != NULL);
        drop(&p);
    }
}

/* An episode beside other items: taken only as the page's sole episode
 * with no series beside it. An article anywhere on the page wins; a
 * show's archive (its series and many episodes) is no one episode. */
TEST(podcast_episode_among_items)
{
    static const char ep1[] = "{\"@type\":\"PodcastEpisode\",\"name\":\"Episode 86: Salt "
                              "marsh\",\"author\":{\"@type\":\"Person\",\"name\":\"Ravi "
                              "Iyer\"}}";
    static const char ep2[] = "{\"@type\":\"PodcastEpisode\",\"name\":\"Episode 85: "
                              "Gulls\",\"author\":{\"@type\":\"Person\",\"name\":\"Nell "
                              "Ashby\"}}";
    static const char series[] = "{\"@type\":\"PodcastSeries\",\"name\":\"Coastwise\"}";
    static const char article[] = "{\"@type\":\"NewsArticle\",\"headline\":\"Keepers' logs "
                                  "help climate research\",\"author\":{\"@type\":\"Person\","
                                  "\"name\":\"Dana Quist\"}}";
    char graph_pos[512], graph_arch[1024], graph_art[1024], arr_series[512], two[1024];
    snprintf(graph_pos, sizeof(graph_pos),
             "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\","
             "\"name\":\"Coastwise\"},%s]}",
             ep1);
    snprintf(graph_arch, sizeof(graph_arch),
             "{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebPage\","
             "\"name\":\"Coastwise\"},%s,%s,%s]}",
             series, ep1, ep2);
    snprintf(graph_art, sizeof(graph_art),
             "{\"@context\":\"https://schema.org\",\"@graph\":[%s,%s]}", ep1, article);
    snprintf(arr_series, sizeof(arr_series),
             "[{\"@context\":\"https://schema.org\",\"@type\":\"PodcastSeries\",\"name\":"
             "\"Coastwise\"},{\"@context\":\"https://schema.org\",%s]",
             ep1 + 1);
    snprintf(two, sizeof(two),
             "{\"@context\":\"https://schema.org\",%s</script><script "
             "type='application/ld+json'>{\"@context\":\"https://schema.org\",%s",
             ep1 + 1, article + 1);
    static const char *const names[] = {"graph of a page and its episode", "show's archive",
                                        "episode then article", "series and episode",
                                        "two scripts"};
    const char *const lds[] = {graph_pos, graph_arch, graph_art, arr_series, two};
    /* the author taken, or NULL for none from JSON-LD */
    static const char *const want[] = {"Ravi Iyer", NULL, "Dana Quist", NULL, "Dana Quist"};
    for (size_t i = 0; i < sizeof(lds) / sizeof(lds[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>Coastwise</title><script "
                 "type='application/ld+json'>%s</script></head><body>%s<main><h1>Coastwise</h1>"
                 "%s%s</main></body></html>",
                 lds[i], nav, preview, rest);
        page p = from(html);
        test_current = names[i];
        INT_EQ(p.rc, 0);
        const doc_meta *m = meta(&p);
        OK(m != NULL);
        if (m && want[i]) {
            OK(m->n_authors == 1 && strcmp(m->authors[0], want[i]) == 0);
        } else if (m) {
            INT_EQ((int)m->n_authors, 0);
            OK(!m->title || !strstr(m->title, "Episode"));
        }
        drop(&p);
    }
}

/* A local paper's CMS credits its staff with the name in capitals and
 * the job after it ("JESS PARDO Staff Writer"), in its JSON-LD and in
 * the byline over the story: the author is the name. A name not in
 * capitals before the job ("Jess Pardo Staff Writer") says not where the
 * name ends and stays whole, as do capitals with no job after them. */
TEST(caps_name_then_job)
{
    static const struct {
        const char *credit, *author;
    } cases[] = {
        {"JESS PARDO Staff Writer", "JESS PARDO"},
        {"AUDREY McAVOY Senior Reporter", "AUDREY McAVOY"},
        {"TOM R. LEE Staff", "TOM R. LEE"},
        {"J.R. SMITH Correspondent", "J.R. SMITH"},
        /* negative: one word that may be a surname or a suffix, no job */
        {"JOHN SMITH Senior", "JOHN SMITH Senior"},
        {"MARY ANNE Head", "MARY ANNE Head"},
        {"JOHN SMITH Lead", "JOHN SMITH Lead"},
        {"ANA WEST Fellow", "ANA WEST Fellow"},
        /* negative: where the name ends is not known */
        {"Jess Pardo Staff Writer", "Jess Pardo Staff Writer"},
        /* negative: no job after the capitals */
        {"JESS PARDO Millbrook", "JESS PARDO Millbrook"},
        {"JESS PARDO", "JESS PARDO"},
        /* negative: a job in capitals is read as part of the name */
        {"JESS PARDO STAFF WRITER", "JESS PARDO STAFF WRITER"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        for (int ld = 0; ld < 2; ld++) {
            char head[512], html[4096];
            if (ld)
                snprintf(head, sizeof(head),
                         "<script type='application/ld+json'>{\"@context\":"
                         "\"http://schema.org\",\"@type\":\"NewsArticle\",\"headline\":"
                         "\"County weighs closing polling places\",\"author\":[{\"@type\":"
                         "\"Person\",\"name\":\"%s\"}]}</script>",
                         cases[i].credit);
            else
                head[0] = '\0';
            snprintf(html, sizeof(html),
                     "<html><head><title>County weighs closing polling places</title>%s</head>"
                     "<body>%s<article><h1>County weighs closing polling places</h1><div "
                     "class='meta'><span class='tnt-byline'>By %s</span></div>%s%s</article>"
                     "</body></html>",
                     head, nav, cases[i].credit, preview, rest);
            page p = from(html);
            test_current = cases[i].credit;
            INT_EQ(p.rc, 0);
            const doc_meta *m = meta(&p);
            OK(m && m->n_authors == 1);
            if (m && m->n_authors == 1)
                STR_EQ(m->authors[0], cases[i].author);
            drop(&p);
        }
    }
    /* the JSON-LD credit with the byline's word in capitals too */
    char html[4096];
    snprintf(html, sizeof(html),
             "<html><head><title>County weighs closing polling places</title><script "
             "type='application/ld+json'>{\"@context\":\"http://schema.org\",\"@type\":"
             "\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"BY JANE DOE "
             "Staff Writer\"}]}</script></head><body>%s<article><h1>County weighs closing "
             "polling places</h1>%s%s</article></body></html>",
             nav, preview, rest);
    page p = from(html);
    test_current = "BY JANE DOE Staff Writer";
    const doc_meta *m = meta(&p);
    OK(m && m->n_authors == 1);
    if (m && m->n_authors == 1)
        STR_EQ(m->authors[0], "JANE DOE");
    drop(&p);
}

/* A magazine's long read sets sentences of the story again in large
 * type between its paragraphs: a pull quote, classed so, a blockquote
 * or a box holding one. The sentence is in the text already and would
 * print twice: the quote goes. A quote so classed that repeats nothing
 * is set large in its own right and stays; so does a plain blockquote
 * of the same words (a quotation the text then discusses), and a box so
 * classed that holds no blockquote. */
TEST(pull_quote_repeating_text)
{
    static const struct {
        const char *block;
        bool gone;
    } cases[] = {
        {"<figure class='wp-block-pullquote'><blockquote><p>\u201cBetter a bridge than "
         "nothing.\u201d</p><cite>Walter Penhale</cite></blockquote></figure>",
         true},
        {"<blockquote class='pullquote'>It is about the water, and you learn where it wants "
         "to take you.</blockquote>",
         true},
        {"<div class='c-pull-quote'><blockquote><p>Better a bridge than nothing.</p>"
         "</blockquote></div>",
         true},
        /* negative: a pull quote of words the text does not have */
        {"<blockquote class='pullquote'><p>Nobody rows for ever, and nobody should.</p>"
         "</blockquote>",
         false},
        /* negative: a plain quotation of the same words */
        {"<blockquote><p>Better a bridge than nothing.</p></blockquote>", false},
        /* negative: a box so classed with no blockquote */
        {"<div class='pullquote'><p>Better a bridge than nothing.</p></div>", false},
    };
    static const char story[] =
        "<p>Walter has rowed across the estuary something like ninety thousand times, six "
        "days a week for forty years, a dozen crossings a day in summer.</p>"
        "<p>\u201cPeople think rowing is about your arms,\u201d he told me. \u201cIt is about "
        "the water, and you learn where it wants to take you.\u201d</p>"
        "<p>In September a new footbridge will open a mile upstream, and the council has "
        "written to say that his small retainer will stop at the end of the year.</p>"
        "<p>He is careful not to say the bridge is a bad idea. \u201cI won\u2019t be doing this "
        "for ever. Better a bridge than nothing.\u201d But he has not been to look at it.</p>";
    static const char tail[] =
        "<p>On my last morning a nurse rang the bell at ten past seven, on her way to an "
        "early shift at the hospital across the water, as she has for eleven years.</p>";
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><meta charset='utf-8'><title>The last ferryman</title></head>"
                 "<body>%s<article><h1>The last ferryman</h1><div class='entry-content'>%s%s%s"
                 "</div></article></body></html>",
                 nav, story, cases[i].block, tail);
        page p = from(html);
        test_current = cases[i].block;
        INT_EQ(p.rc, 0);
        const char *first = strstr(p.text, "Better a bridge than nothing");
        const char *first_water = strstr(p.text, "where it wants to take you");
        bool twice = (first && strstr(first + 1, "Better a bridge than nothing")) ||
                     (first_water && strstr(first_water + 1, "where it wants to take you"));
        bool extra = strstr(p.text, "Nobody rows for ever") != NULL;
        OK((twice || extra) == !cases[i].gone);
        OK(first != NULL);
        OK(strstr(p.text, "On my last morning") != NULL);
        drop(&p);
    }
}

/* A pull quote goes only when sentences of the text make most of its
 * words, matched as whole words: one sentence of the text among words
 * of its own, a sentence that is a start of the text's words ("to look"
 * before "to lookout"), a verse whose first line the text quotes, or a
 * quote printed twice (for wide and narrow screens) that the text does
 * not have, all stay. A quote repeating a list item goes. */
TEST(pull_quote_adding_words)
{
    static const char story[] =
        "<p>Walter has rowed across the estuary something like ninety thousand times, six "
        "days a week for forty years, a dozen crossings a day in summer.</p>"
        "<p>He is careful about the bridge. It is about the water. He has not been to "
        "lookout point since the council put up the fence there in May.</p>"
        "<p>His mother taught him a song that begins: the tide comes in at evening light. "
        "He hums it on the slack water, when the boat drifts and he rests the oars.</p>"
        "<ul><li>He keeps a tally of crossings in an old school exercise book.</li>"
        "<li>The council will close the ferry steps at the end of the year.</li></ul>"
        "<p>On my last morning a nurse rang the bell at ten past seven, on her way to an "
        "early shift at the hospital across the water.</p>";
    static const struct {
        const char *block, *words;
        bool gone;
    } cases[] = {
        {"<blockquote class='pullquote'><p>He keeps a tally of crossings in an old school "
         "exercise book.</p></blockquote>",
         "He keeps a tally of crossings in an old school exercise book", true},
        /* negative: one repeated sentence among more words of its own */
        {"<blockquote class='pullquote'><p>It is about the water. But the river owes me "
         "nothing, and I owe it forty years of mornings and a good pair of hands.</p>"
         "</blockquote>",
         "But the river owes me nothing", false},
        /* negative: the text's words start so, but go on */
        {"<blockquote class='pullquote'><p>He has not been to look.</p></blockquote>",
         "He has not been to look.", false},
        /* negative: the verse whose first line the text quotes */
        {"<blockquote class='pullquote'><p>The tide comes in at evening light.<br>The gulls "
         "go home across the bay.<br>My father rows the last boat out.<br>And sings the "
         "herring on their way.</p></blockquote>",
         "My father rows the last boat out", false},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[8192];
        snprintf(html, sizeof(html),
                 "<html><head><meta charset='utf-8'><title>The last ferryman</title></head>"
                 "<body>%s<article><h1>The last ferryman</h1><div class='entry-content'>%s%s"
                 "</div></article></body></html>",
                 nav, cases[i].block, story);
        page p = from(html);
        test_current = cases[i].words;
        INT_EQ(p.rc, 0);
        const char *at = strstr(p.text, cases[i].words);
        bool twice = at && strstr(at + 1, cases[i].words);
        OK(at != NULL);
        OK(!twice || !cases[i].gone);
        OK(strstr(p.text, "On my last morning") != NULL);
        drop(&p);
    }
    /* negative: the same quote twice, which the text does not have */
    char html[8192];
    static const char twin[] =
        "<blockquote class='pullquote'><p>Nobody rows for ever, and nobody should.</p>"
        "</blockquote>";
    snprintf(html, sizeof(html),
             "<html><head><meta charset='utf-8'><title>The last ferryman</title></head>"
             "<body>%s<article><h1>The last ferryman</h1><div class='entry-content'>%s%s%s"
             "</div></article></body></html>",
             nav, twin, story, twin);
    page p = from(html);
    test_current = "twin pull quotes";
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Nobody rows for ever") != NULL);
    drop(&p);
}

/* A story with a podcast player: the player's script describes its
 * episode, but the page shows it is an article (og:type=article, a
 * microdata NewsArticle, a JSON-LD WebPage of its own): the episode's
 * title, host and day are not the story's. A WebPage naming the episode
 * its mainEntity makes that episode the page's, among others in the
 * graph. A page with no sign of an article still takes its episode. */
TEST(episode_beside_article)
{
    static const char player[] =
        "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":"
        "\"PodcastEpisode\",\"name\":\"Listen: Harbour Talk ep. 12\",\"author\":{\"@type\":"
        "\"Person\",\"name\":\"Colm Brady\"},\"datePublished\":\"2024-01-05\"}</script>";
    static const char main_entity[] =
        "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":"
        "[{\"@type\":\"WebPage\",\"@id\":\"https://ex.org/ep12\",\"mainEntity\":{\"@id\":"
        "\"https://ex.org/ep12#ep\"}},{\"@type\":\"PodcastEpisode\",\"@id\":"
        "\"https://ex.org/ep11#ep\",\"name\":\"Episode 11: Fog\"},{\"@type\":"
        "\"PodcastEpisode\",\"@id\":\"https://ex.org/ep12#ep\",\"name\":\"Listen: Harbour "
        "Talk ep. 12\",\"author\":{\"@type\":\"Person\",\"name\":\"Colm Brady\"}}]}</script>";
    static const struct {
        const char *name, *head, *item;
        bool taken;
    } cases[] = {
        {"og:type article", "<meta property='og:type' content='article'>", "", false},
        {"microdata article", "", " itemscope itemtype='https://schema.org/NewsArticle'", false},
        {"JSON-LD WebPage",
         "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@type\":"
         "\"WebPage\",\"name\":\"The last ferryman\"}</script>",
         "", false},
        {"WebPage names the episode", main_entity, "", true},
        /* negative: no sign of an article */
        {"og:type website", "<meta property='og:type' content='website'>", "", true},
        {"microdata person", "", " itemscope itemtype='https://schema.org/Person'", true},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[8192];
        snprintf(html, sizeof(html),
                 "<html><head><title>The last ferryman</title>%s%s</head><body>%s<article%s>"
                 "<h1>The last ferryman</h1>%s%s</article></body></html>",
                 cases[i].head, cases[i].head == main_entity ? "" : player, nav, cases[i].item,
                 preview, rest);
        page p = from(html);
        test_current = cases[i].name;
        INT_EQ(p.rc, 0);
        const doc_meta *m = meta(&p);
        OK(m != NULL);
        if (!m) {
            drop(&p);
            continue;
        }
        bool ep_title = m->title && strstr(m->title, "Harbour Talk");
        bool ep_author = m->n_authors == 1 && strcmp(m->authors[0], "Colm Brady") == 0;
        OK(ep_title == cases[i].taken);
        OK(ep_author == cases[i].taken);
        OK(strstr(p.text, "The county elections board") != NULL);
        drop(&p);
    }
}

/* "JOHN SMITH, Editor": the comma or semicolon parting the name from
 * the job goes with the job. */
TEST(caps_name_comma_job)
{
    static const struct {
        const char *credit, *author;
    } cases[] = {
        {"JOHN SMITH, Editor", "JOHN SMITH"},
        {"JOHN SMITH; Staff Writer", "JOHN SMITH"},
        /* negative: no job after the comma */
        {"SMITH, JOHN", "SMITH, JOHN"},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char html[4096];
        snprintf(html, sizeof(html),
                 "<html><head><title>County weighs closing polling places</title><script "
                 "type='application/ld+json'>{\"@context\":\"http://schema.org\",\"@type\":"
                 "\"NewsArticle\",\"author\":[{\"@type\":\"Person\",\"name\":\"%s\"}]}</script>"
                 "</head><body>%s<article><h1>County weighs closing polling places</h1>%s%s"
                 "</article></body></html>",
                 cases[i].credit, nav, preview, rest);
        page p = from(html);
        test_current = cases[i].credit;
        const doc_meta *m = meta(&p);
        OK(m && m->n_authors == 1);
        if (m && m->n_authors == 1)
            STR_EQ(m->authors[0], cases[i].author);
        drop(&p);
    }
}

/* A Drupal credit field holding a sentence ("Additional reporting by
 * ...") is the story's line and stays; a few words with no full stop
 * are a picture's credit and go, wherever the field is. */
TEST(drupal_credit_field_sentence)
{
    static const char hero[] = "field field--name-field-hero-image field--label-hidden";
    static const struct {
        const char *text;
        bool kept;
    } cases[] = {
        {"Additional reporting by Tom Hale and Priya Nair in Exeter.", true},
        {"Tom Hale contributed reporting from the coast path.", true},
        /* negative: a credit, initials and all */
        {"Photo: Eastmoor University / Sam Okafor", false},
        {"Photo: J. R. Okafor / U.S. Navy", false},
    };
    for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        char after[512];
        snprintf(after, sizeof(after),
                 "<div class='field field--name-field-credit field--label-hidden "
                 "field__item'>%s</div>",
                 cases[i].text);
        page p = drupal_page(hero, "", after);
        test_current = cases[i].text;
        INT_EQ(p.rc, 0);
        OK((strstr(p.text, cases[i].text) != NULL) == cases[i].kept);
        OK(strstr(p.text, "Climate projections suggest") != NULL);
        drop(&p);
    }
}

/* Each sentence of a pull quote is looked up in the whole text, so the
 * quotes weighed are bounded: one of more than 80 words, which no page
 * sets large, stays even when it repeats the text; one of fewer goes.
 * Short paragraphs before the quote fill the text's buffer to the byte
 * (run under valgrind or ASan, this wrote past it). */
TEST(pull_quote_bounds)
{
    static const char para[] =
        "The ferry has crossed the estuary every day for forty years, in fog and in gales, "
        "and the steps on either side are worn hollow by the boots of those who used it. ";
    for (int reps = 1; reps <= 6; reps += 5) {
        char body[4096] = "", quote[4096] = "";
        for (int k = 0; k < reps; k++) {
            strcat(body, para);
            strcat(quote, para);
        }
        char html[16384];
        snprintf(html, sizeof(html),
                 "<html><head><meta charset='utf-8'><title>The last ferryman</title></head>"
                 "<body>%s<article><h1>The last ferryman</h1><div class='entry-content'>"
                 "<p>abcde</p><p>fghij</p><p>%s</p>%s<blockquote class='pullquote'><p>%s</p>"
                 "</blockquote><p>On my last morning a nurse rang the bell at ten past seven, "
                 "on her way to an early shift at the hospital across the water.</p></div>"
                 "</article></body></html>",
                 nav, body, preview, quote);
        page p = from(html);
        test_current = reps == 1 ? "short quote" : "quote of more than 80 words";
        INT_EQ(p.rc, 0);
        const char *at = strstr(p.text, "worn hollow by the boots");
        size_t n = 0;
        for (; at; at = strstr(at + 1, "worn hollow by the boots"))
            n++;
        INT_EQ((int)n, reps == 1 ? 1 : 2 * reps);
        drop(&p);
    }
}

int
main(void)
{
    RUN(subscriber_block_is_text);
    RUN(drupal_label_hidden_field);
    RUN(drupal_credit_field);
    RUN(podcast_episode_jsonld);
    RUN(podcast_episode_among_items);
    RUN(caps_name_then_job);
    RUN(pull_quote_repeating_text);
    RUN(pull_quote_adding_words);
    RUN(episode_beside_article);
    RUN(caps_name_comma_job);
    RUN(drupal_credit_field_sentence);
    RUN(pull_quote_bounds);
    return test_report();
}
