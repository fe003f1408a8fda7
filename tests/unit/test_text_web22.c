/* Unit tests of the plain-text reader on whole web pages copied with
 * select-all (twenty-second set): a German day's number opening a post's
 * meta row; the date and time of day under the title before a handle;
 * the row of date, time, author and comment count; a count of comments
 * under the text ending it; share buttons run together in German; a
 * link back to the start page; German tag labels; "weiter lesen". With
 * the review's negatives: a count over text that goes on, "3 Commentary",
 * "Back to Home" heading a section, quoted button names, a label opening a
 * sentence, a round-up's "Weiterlesen", places and sections before the
 * count, a timeline's entry under the title. Every fixture is invented. */
#include <string.h>

#include "base/arena.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

#include "text_web.h"

static bool
line_is(const char *s, rd_text_chrome kind)
{
    return rd_text_chrome_kind(s, strlen(s)) == kind;
}

static rd_text_kind
kind_of(const char *s)
{
    rd_text_line ln;
    rd_text_line_measure(&ln, s, strlen(s), 0);
    return ln.kind;
}

TEST(day_number_opening_a_meta_row_is_no_item)
{
    /* "24. März 2004 | Name": the day's number, not item 24. */
    OK(kind_of("24. M\xc3\xa4rz 2004 | Jana Hafner") == RD_TEXT_PLAIN);
    const char *s = arena_printf(A,
                                 "Hafen News\n\nDie neue Mauer steht\n\n"
                                 "24. M\xc3\xa4rz 2004 | Jana Hafner\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->date, "2004-03-24");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jana Hafner");
    /* Items that are no date stay items: no month, no year, or a day
     * that is not the item's number. */
    OK(kind_of("3. March of the penguins") == RD_TEXT_ORDERED);
    OK(kind_of("2. Mit dem Boot zur Mole fahren") == RD_TEXT_ORDERED);
    OK(kind_of("4. Mai bis Juni: Bauarbeiten") == RD_TEXT_ORDERED);
}

TEST(date_and_time_over_a_handle_date_the_post)
{
    /* Under the title, a date with its time and a user's handle. */
    const char *s = arena_printf(A,
                                 "Hafen News\n\nDie neue Mauer steht\n\n"
                                 "24. M\xc3\xa4rz 2004, 19:49 | hafenwart\n\n%s",
                                 body(3));
    doc_meta *m = read_meta(s);
    STR_EQ(m->date, "2004-03-24");
    OK(m->n_authors == 0);
    OK(!was_dropped(m, "The harbour wall was finished in the spring, two years after the storm "
                       "that broke the old one, and the boats came back within a week of the "
                       "last stone being set."));
    /* A sentence opening with the date and the hour is the text's. */
    s = arena_printf(A,
                     "Hafen News\n\nDie neue Mauer steht\n\n"
                     "24. M\xc3\xa4rz 2004, 19:49 Uhr: Der Sturm erreicht den Hafen, und die "
                     "Boote bleiben bis zum Morgen an der Mole.\n\n%s",
                     body(3));
    m = read_meta(s);
    OK(m->date == NULL);
    OK(!was_dropped(m, "24. M\xc3\xa4rz 2004, 19:49 Uhr: Der Sturm erreicht den Hafen, und die "
                       "Boote bleiben bis zum Morgen an der Mole."));
    /* A timeline's entry under the title, words after the bar that are
     * no handle: no date of the post, and the entry stays. */
    s = arena_printf(A,
                     "Magazin\n\nDie Nacht der Flut\n"
                     "3. Februar 1953, 04:10 Uhr | Der Deich bricht\n\n%s",
                     body(3));
    m = read_meta(s);
    OK(m->date == NULL);
    OK(!was_dropped(m, "3. Februar 1953, 04:10 Uhr | Der Deich bricht"));
    OK(kind_of("3. Februar 1953, 04:10 Uhr | Der Deich bricht") == RD_TEXT_ORDERED);
}

/* The row "date time name count" under the title, over s's body and a
 * box about the author under it when box is set. */
static doc_meta *
count_row(const char *row, const char *box)
{
    return read_meta(
        arena_printf(A, "Hafen\n\nDie neue Mauer steht\n%s\n\n%s%s", row, body(3), box ? box : ""));
}

TEST(date_time_author_and_comment_count_row)
{
    /* The name stands again over the box about the author. */
    doc_meta *m = count_row("19.6.2007 9:40 Uhr Jana Hafner 71 Kommentare",
                            "Jana Hafner E-Mail\nschreibt seit 2001 \xc3\xbc"
                            "ber den Hafen.\n");
    STR_EQ(m->date, "2007-06-19");
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jana Hafner");
    /* A lead names the author itself, and is no part of the name. */
    m = count_row("19.6.2007 9:40 Uhr Von Jana Hafner 71 Kommentare", NULL);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jana Hafner");
    m = count_row("19.6.2007 9:40 Uhr | Von Jana Hafner", NULL);
    OK(m->n_authors == 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jana Hafner");
    /* A place, a section or a name never seen again: the row dates the
     * post, and names no author. */
    static const char *const rows[] = {
        "19.6.2007 9:40 Uhr Altona Nord 3 Kommentare",
        "19.6.2007 9:40 Uhr Lokales Kiel 3 Kommentare",
        "June 19, 2007 9:40 am Local News 12 Comments",
        "19.6.2007 9:40 Uhr Jana Hafner 71 Kommentare",
    };
    for (size_t i = 0; i < sizeof rows / sizeof *rows; i++) {
        m = count_row(rows[i], NULL);
        STR_EQ(m->date, "2007-06-19");
        OK(m->n_authors == 0);
    }
    /* The place again in a menu under the text is no author's box. */
    m = count_row("19.6.2007 9:40 Uhr Altona Nord 3 Kommentare",
                  "Stadtteile\nAltona Nord\nEimsb\xc3\xbc"
                  "ttel\nOttensen\n");
    OK(m->n_authors == 0);
    /* ... nor is a heading inside the text, prose under it. */
    m = read_meta(arena_printf(A,
                               "Hafen\n\nDie neue Mauer steht\n"
                               "19.6.2007 9:40 Uhr Altona Nord 3 Kommentare\n\n%s"
                               "Altona Nord heute\n\n%s",
                               body(2), body(2)));
    OK(m->n_authors == 0);
    /* Without the count the words after the time may be a place. */
    m = count_row("19.6.2007 9:40 Uhr Berlin Hauptbahnhof", NULL);
    OK(m->n_authors == 0);
}

TEST(comment_count_under_the_text_ends_it)
{
    const char *s = arena_printf(A,
                                 "The Harbour Wall Is Finished\n\n%s71 Kommentare\n"
                                 "Neue Boote f\xc3\xbcr die Hafenfeuerwehr\n"
                                 "12 Kommentare Jana Hafner\n"
                                 "Der Deich wird erh\xc3\xb6ht\n"
                                 "5 Kommentare Ole Berg\n",
                                 body(4));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "Neue Boote f\xc3\xbcr die Hafenfeuerwehr"));
    OK(was_dropped(m, "Der Deich wird erh\xc3\xb6ht"));
    /* The count under the title, over the text, cuts nothing. */
    s = arena_printf(A, "The Harbour Wall Is Finished\n\n12 Comments\n\n%s", body(4));
    m = read_meta(s);
    OK(!was_dropped(m, "A festival is planned for the first weekend of the summer, with a "
                       "procession of boats and a supper on the quay for everyone who carried "
                       "sandbags during the storm."));
}

static const char *const update1 =
    "Update, May 2: Several readers asked about the ferry. It runs again from the new quay, "
    "twice an hour, and the old timetable holds for the weekends.";
static const char *const update2 =
    "Update, May 9: The council has published the final cost of the wall, which came in "
    "slightly under the budget agreed before the storm.";
static const char *const closing =
    "What do these posts have in common? All of them are about the harbour itself, a place "
    "almost every reader walks past on the way to work each morning.";

/* Text goes on, as much as came before it, under a count of comments:
 * a count under the byline, over an update, in a box of the most
 * discussed posts, or in a list the article makes. */
TEST(comment_count_over_more_text_cuts_nothing)
{
    /* Under a byline, a box of other stories' teasers over it. */
    doc_meta *m = read_meta(arena_printf(
        A,
        "Home\nNews\nTrending Now\nFerry strike may end this week\n"
        "The union and the operator met on Monday and both sides said the talks had gone "
        "better than expected, a spokesman said.\n"
        "Lighthouse keeper retires after forty years\n"
        "She climbed the hundred and twelve steps every evening, and says she will miss the "
        "view more than the work itself.\n"
        "New fish market opens on the quay\n"
        "Traders moved in on Saturday, and the first auction drew buyers from three towns "
        "along the coast before dawn.\n"
        "Council votes to widen the harbour road\n"
        "The work will start in autumn and close one lane for six months, which shop owners "
        "fear will keep visitors away.\n"
        "Help\nPrivacy\nThe Harbour Wall Is Finished\nJana Hafner\n"
        "Harbour Post, June 3, 2016\n11 Comments\n\n%s",
        body(2)));
    OK(!was_dropped(m, "Fishing families who had moored in the next bay for two winters said "
                       "the walk home had been the hardest part, and that the new wall looked "
                       "lower than the old one did."));
    m = read_meta(arena_printf(A, "The Harbour Wall Is Finished\n\n%s3 Comments\n\n%s\n\n%s\n",
                               body(2), update1, update2));
    OK(!was_dropped(m, update1));
    OK(!was_dropped(m, update2));
    m = read_meta(arena_printf(A, "The Harbour Wall Is Finished\n\n%s0 Comments\n\n%s\n\n%s\n",
                               body(3), update1, update2));
    OK(!was_dropped(m, update2));
    m = read_meta(arena_printf(A,
                               "The Harbour Wall Is Finished\n\n%sAm meisten kommentiert\n"
                               "Neue Boote f\xc3\xbcr die Hafenfeuerwehr\n40 Kommentare\n"
                               "Der Deich wird erh\xc3\xb6ht\n9 Kommentare\n\n%s\n\n%s\n",
                               body(2), update1, update2));
    OK(!was_dropped(m, update1));
    OK(!was_dropped(m, update2));
    m = read_meta(
        arena_printf(A,
                     "Our Most Discussed Posts\n\n%sWhy the ferry should run at night\n"
                     "140 Comments\nThe case for a second quay\n95 Comments\n\n%s\n\n%s\n",
                     body(2), closing, update1));
    OK(!was_dropped(m, "The case for a second quay"));
    OK(!was_dropped(m, closing));
}

TEST(count_of_comments_is_the_whole_word)
{
    static const struct {
        const char *s;
        bool count;
    } cases[] = {
        {"12 Comments", true},
        {"1 Comment", true},
        {"0 Comments", true},
        {"0 commentaire", true},
        {"5 Kommentare", true},
        {"2 comments:", true},
        {"3 comentarios", true},
        {"3 Commentary", false},
        {"5 Comment", false},
        {"1 Comments", false},
        {"2 Kommentarfunktionen", false},
    };
    for (size_t i = 0; i < sizeof cases / sizeof *cases; i++) {
        rd_text_line ln;
        rd_text_line_measure(&ln, cases[i].s, strlen(cases[i].s), 0);
        OK(rd_text_comment_count(&ln) == cases[i].count);
    }
    /* A numbered section headed "Commentary" is the text's. */
    doc_meta *m = read_meta(arena_printf(
        A, "The Harbour Ledger of 1820\n\n1 Sources\n\n%s3 Commentary\n\n%s", body(3),
        "The ledger shows that trade fell by a third in the year of the storm, and that the coal "
        "ships came back long before the grain ships did.\n"));
    OK(!was_dropped(m, "3 Commentary"));
}

TEST(german_share_buttons_run_together)
{
    OK(line_is("Teilen auf Facebook: 0Teilen auf Twitter: 0 WhatsApp Teilen\xe2\x80\xa6",
               RD_TEXT_CHROME_LINE));
    OK(line_is("Partager sur Facebook 3Partager sur Twitter", RD_TEXT_CHROME_LINE));
    /* A sentence saying so, the words apart, is the text's. */
    OK(line_is("Wir teilen auf Facebook und teilen auf Twitter die Bilder vom Hafenfest.",
               RD_TEXT_CHROME_NONE));
    /* The buttons' names quoted in a sentence: an opening sign or quote
     * glues nothing. */
    OK(line_is("\xc2\xbf"
               "Compartir en Facebook o compartir en X? Depende del barrio.",
               RD_TEXT_CHROME_NONE));
    OK(line_is("\xc2\xab"
               "Partager sur Facebook\xc2\xbb ou \xc2\xab"
               "partager sur X\xc2\xbb, "
               "voil\xc3\xa0 la question du port.",
               RD_TEXT_CHROME_NONE));
    OK(line_is("Soll man \xe2\x80\x9e"
               "teilen auf Facebook\xe2\x80\x9c oder \xe2\x80\x9e"
               "teilen auf X\xe2\x80\x9c w\xc3\xa4hlen?",
               RD_TEXT_CHROME_NONE));
}

TEST(link_back_to_the_start_page_is_chrome)
{
    OK(line_is("zur\xc3\xbc"
               "ck zur Startseite",
               RD_TEXT_CHROME_CUT));
    OK(line_is("Back to homepage", RD_TEXT_CHROME_CUT));
    const char *s = arena_printf(A,
                                 "Unser Verein\n\n%szur\xc3\xbc"
                                 "ck zur Startseite\n",
                                 body(3));
    doc_meta *m = read_meta(s);
    OK(was_dropped(m, "zur\xc3\xbc"
                      "ck zur Startseite"));
    /* "Back to Home" may head an essay's section, the text going on. */
    OK(line_is("Back to Home", RD_TEXT_CHROME_NONE));
    OK(line_is("Volver al inicio", RD_TEXT_CHROME_NONE));
    m = read_meta(arena_printf(A, "A Year Away\n\n%sBack to Home\n\n%s", body(3), body(1)));
    OK(!was_dropped(m, "Back to Home"));
    /* A sentence that goes on is the text's. */
    OK(line_is("Zur\xc3\xbc"
               "ck zur Startseite des Rundwegs geht es \xc3\xbc"
               "ber den Deich.",
               RD_TEXT_CHROME_NONE));
}

TEST(german_tag_labels_are_chrome)
{
    OK(line_is("Schlagworte: Schule, Bildung", RD_TEXT_CHROME_LINE));
    OK(line_is("Mots-cl\xc3\xa9s : port, digue", RD_TEXT_CHROME_LINE));
    /* The word in a sentence, without the label's colon, is the text's. */
    OK(line_is("Schlagworte wie Nachhaltigkeit pr\xc3\xa4gen die Debatte \xc3\xbc"
               "ber den Hafen seit Jahren.",
               RD_TEXT_CHROME_NONE));
    OK(line_is("Etiquetas: puerto, tormenta, muelle", RD_TEXT_CHROME_LINE));
    OK(line_is("Tags: harbour, storms", RD_TEXT_CHROME_LINE));
    /* The label opening a sentence: it ends as one, or runs on. */
    OK(line_is("Stichworte: Schreiben Sie jeden Abend auf, wie hoch das Wasser stand.",
               RD_TEXT_CHROME_NONE));
    OK(line_is("Mots-cl\xc3\xa9s : ceux que les marins r\xc3\xa9p\xc3\xa8tent, vent, "
               "mar\xc3\xa9"
               "e et brume.",
               RD_TEXT_CHROME_NONE));
    OK(line_is("Etiquetas: si compras pescado en el puerto, mira siempre las etiquetas.",
               RD_TEXT_CHROME_NONE));
    OK(line_is("Tags: when you buy rope at the harbour, read the tags before you pay.",
               RD_TEXT_CHROME_NONE));
}

TEST(read_more_in_german_is_a_button)
{
    OK(line_is("weiter lesen", RD_TEXT_CHROME_LINE));
    OK(line_is("Lire la suite", RD_TEXT_CHROME_LINE));
    OK(line_is("Wer weiter lesen will, findet den Bericht im Archiv.", RD_TEXT_CHROME_NONE));
}

/* A round-up's entries, each a heading, a paragraph and "Weiterlesen":
 * the article's own text; only the buttons go. */
TEST(round_up_under_german_read_more_stays)
{
    static const char *const paras[] = {
        "Der Weg folgt der alten Mole bis zum Leuchtturm und ist auch bei Wind gut zu gehen. "
        "Unterwegs laden zwei B\xc3\xa4nke zur Rast ein.",
        "Vom Bahnhof aus f\xc3\xbchrt der Pfad in einer Stunde auf die D\xc3\xbcne. Oben sieht "
        "man bei klarem Wetter bis zur Insel hin\xc3\xbc"
        "ber.",
        "Rund um den alten Hafen geht ein ruhiger Weg mit vielen Aussichtspunkten. Im Sommer "
        "kann man an mehreren Stellen baden.",
    };
    doc_meta *m = read_meta(
        arena_printf(A,
                     "Drei Wege an der K\xc3\xbcste\n\nVon Jana Hafner\n\n%s"
                     "Der Molenweg\n%s\nWeiterlesen\n\nDer D\xc3\xbcnenpfad\n%s\nWeiterlesen\n\n"
                     "Der Hafenrundweg\n%s\nWeiterlesen\n",
                     body(1), paras[0], paras[1], paras[2]));
    for (size_t i = 0; i < 3; i++)
        OK(!was_dropped(m, paras[i]));
    OK(!was_dropped(m, "Der D\xc3\xbcnenpfad"));
    OK(was_dropped(m, "Weiterlesen"));
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(day_number_opening_a_meta_row_is_no_item);
    RUN(date_and_time_over_a_handle_date_the_post);
    RUN(date_time_author_and_comment_count_row);
    RUN(comment_count_under_the_text_ends_it);
    RUN(comment_count_over_more_text_cuts_nothing);
    RUN(count_of_comments_is_the_whole_word);
    RUN(german_share_buttons_run_together);
    RUN(link_back_to_the_start_page_is_chrome);
    RUN(german_tag_labels_are_chrome);
    RUN(read_more_in_german_is_a_button);
    RUN(round_up_under_german_read_more_stays);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
