/* Unit tests of the plain-text reader on Project Gutenberg's text files:
 * the license cut at the START and END lines, the header's fields, the
 * books' part and chapter lines as headings, and the title page's
 * repeated title and author. Every fixture is invented. */
#include <stdlib.h>
#include <string.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"
#include "readers/text/text_int.h"

static arena *A;
static diag_list D;

static doc_node *
read_text(const char *s)
{
    reader_options o = {"text", -1, NULL, NULL, 0, 0};
    doc_node *art = NULL;
    diag_cleanup(&D);
    diag_init(&D, A);
    int rc = reader_read_bytes(A, &D, "t.txt", s, strlen(s), &o, &art);
    OK(rc == 0);
    OK(art != NULL);
    OK(art && doc_check(art) == NULL);
    return art;
}

static const char *
dump(const doc_node *art)
{
    buf b;
    buf_init(&b, 0);
    doc_dump(art, &b);
    char *s = arena_strdup(A, b.data ? b.data : "");
    buf_cleanup(&b);
    return s;
}

static doc_meta *
meta(doc_node *art)
{
    return art->as.article.meta;
}

/* A header as the files print it, over `book`, and a footer. */
static const char *
gutenberg(const char *header, const char *start, const char *book, const char *end)
{
    return arena_printf(A,
                        "The Project Gutenberg eBook of The Lantern Keeper\n\n"
                        "This ebook is for the use of anyone anywhere in the United States and\n"
                        "most other parts of the world at no cost and with almost no "
                        "restrictions\nwhatsoever.\n\n"
                        "%s\n\n%s\n\n%s\n%s\n\n"
                        "Updated editions will replace the previous one--the old editions will\n"
                        "be renamed.\n\n"
                        "Section 1. General Terms of Use and Redistributing Project Gutenberg\n",
                        header, start, book, end);
}

static const char *const BOOK =
    "It was late in the autumn when the keeper climbed the stair for the\n"
    "last time, and the lamp burned low in its glass.\n\n"
    "He set down the oil can and looked out over the grey water, where the\n"
    "boats came home one by one.\n";

TEST(license_is_cut_at_start_and_end)
{
    /* The license around the book is no part of it; positions stay the
     * file's lines. */
    doc_node *art = read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                                        "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN "
                                        "KEEPER ***",
                                        BOOK,
                                        "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN "
                                        "KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "for the use of anyone") == NULL);
    OK(strstr(t, "START OF") == NULL);
    OK(strstr(t, "END OF") == NULL);
    OK(strstr(t, "Updated editions") == NULL);
    OK(strstr(t, "General Terms") == NULL);
    OK(strstr(t, "Title:") == NULL);
    doc_node *first = art->first_child;
    OK(first && first->type == DOC_PARA);
    if (first)
        INT_EQ(first->pos.line, 13);
    OK(strstr(t, "the boats came home") != NULL || strstr(t, "boats came home") != NULL);
    /* Older files: "THIS", "ETEXT", other asterisks and case, and an
     * "End of the Project Gutenberg EBook of ..." line over the END line. */
    art =
        read_text(gutenberg("Title: The Lantern Keeper",
                            "***START OF THIS PROJECT GUTENBERG ETEXT THE LANTERN KEEPER***", BOOK,
                            "End of the Project Gutenberg EBook of The Lantern Keeper, "
                            "by Ada Finch\n\n"
                            "*** end of this project gutenberg etext the lantern keeper ***"));
    t = dump(art);
    OK(strstr(t, "START OF") == NULL);
    OK(strstr(t, "End of the") == NULL);
    OK(strstr(t, "end of this") == NULL);
    OK(strstr(t, "Updated editions") == NULL);
    OK(strstr(t, "It was late in the autumn") != NULL);
    /* A text that only mentions the project keeps all its lines. */
    art = read_text("Reading Old Books Online\n\n"
                    "The project gutenberg started in 1971, and its START OF THE PROJECT "
                    "GUTENBERG EBOOK line marks where each book begins.\n\n"
                    "Teachers copy the chapters they need into a packet for the class.\n");
    t = dump(art);
    OK(strstr(t, "started in 1971") != NULL);
    OK(strstr(t, "Teachers copy") != NULL);
}

TEST(header_fields_are_the_metadata)
{
    doc_node *art =
        read_text(gutenberg("Title: The Lantern Keeper\n"
                            "       and Other Stories of the Coast\n\n"
                            "Author: Ada Finch and Tomas Reyes\n\n"
                            "Translator: Mira Olsen\n\n"
                            "Editor: Paul Grey\n\n"
                            "Release date: March 5, 2004 [eBook #98765]\n"
                            "                Most recently updated: June 1, 2021\n\n"
                            "Language: English\n\n"
                            "Original publication: Boston: Harbour Press, 1911",
                            "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***", BOOK,
                            "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    doc_meta *m = meta(art);
    STR_EQ(m->title, "The Lantern Keeper and Other Stories of the Coast");
    /* the translator and editor are credited apart from the authors */
    INT_EQ(m->n_authors, 2);
    if (m->n_authors == 2) {
        STR_EQ(m->authors[0], "Ada Finch");
        OK(m->author_roles[0] == NULL);
        STR_EQ(m->authors[1], "Tomas Reyes");
    }
    INT_EQ(m->n_contribs, 2);
    if (m->n_contribs == 2) {
        STR_EQ(m->contribs[0], "Mira Olsen");
        STR_EQ(m->contrib_roles[0], "trl");
        STR_EQ(m->contribs[1], "Paul Grey");
        STR_EQ(m->contrib_roles[1], "edt");
    }
    STR_EQ(m->source, "https://www.gutenberg.org/ebooks/98765");
    STR_EQ(m->language, "en"); /* "Language: English" */
    /* The original year, never the ebook's release date. */
    STR_EQ(m->date, "1911");
    /* Older headers: "[EBook #N]" on a posting date, "[Etext #N]"; and
     * with no original publication there is no date at all. */
    art = read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch\n\n"
                              "Posting Date: August 26, 2008 [EBook #4321]\n"
                              "Release Date: June, 1998",
                              "*** START OF THIS PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                              BOOK,
                              "*** END OF THIS PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    m = meta(art);
    STR_EQ(m->title, "The Lantern Keeper");
    STR_EQ(m->source, "https://www.gutenberg.org/ebooks/4321");
    OK(m->date == NULL);
    art =
        read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch\n\n"
                            "Release Date: May, 1996 [Etext #555]",
                            "*** START OF THE PROJECT GUTENBERG ETEXT THE LANTERN KEEPER ***", BOOK,
                            "*** END OF THE PROJECT GUTENBERG ETEXT THE LANTERN KEEPER ***"));
    STR_EQ(meta(art)->source, "https://www.gutenberg.org/ebooks/555");
    OK(meta(art)->date == NULL);
}

/* "Language:" gives the book's language (its first, when it names
 * several); a language the table does not know is left to the book. */
TEST(language_line)
{
    const char *const cases[][2] = {{"Language: French", "fr"},
                                    {"Language: German, English", "de"},
                                    {"Language: Klingon", NULL}};
    for (size_t i = 0; i < 3; i++) {
        doc_node *art = read_text(gutenberg(
            arena_printf(A, "Title: The Lantern Keeper\n\nAuthor: Ada Finch\n\n%s", cases[i][0]),
            "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***", BOOK,
            "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
        const char *got = meta(art)->language;
        if (cases[i][1])
            STR_EQ(got, cases[i][1]);
        else
            OK(got == NULL);
    }
}

TEST(chapter_lines_are_headings)
{
    /* A book's parts keep their full stop: keyword, number (roman,
     * arabic, spelled), maybe a title after a mark. Not in a Gutenberg
     * file either. */
    doc_node *art =
        read_text("The Lantern Keeper\n\n"
                  "CHAPTER I.\n\n"
                  "It was late in the autumn when the keeper climbed the stair for the\n"
                  "last time, and the lamp burned low in its glass.\n\n"
                  "CHAPTER XII. THE TRIAL\n\n"
                  "He set down the oil can and looked out over the grey water, where the\n"
                  "boats came home one by one.\n\n"
                  "STAVE ONE.\n\n"
                  "The wind rose in the night and the shutters beat against the wall\n"
                  "until morning.\n\n"
                  "Chapter 12 begins with a storm.\n\n"
                  "Part one of the plan was simple.\n\n"
                  "Act 3.\n\n"
                  "In the morning the boats were all gone from the harbour.\n");
    const char *t = dump(art);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER I.\"") != NULL);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER XII. THE TRIAL\"") != NULL);
    OK(strstr(t, "heading level=2\n    text \"STAVE ONE.\"") != NULL);
    OK(strstr(t, "heading level=2\n    text \"Act 3.\"") != NULL);
    /* The text's own sentences stay paragraphs. */
    OK(strstr(t, "paragraph\n    text \"Chapter 12 begins with a storm.\"") != NULL);
    OK(strstr(t, "paragraph\n    text \"Part one of the plan was simple.\"") != NULL);
    rd_text_line ln;
    static const char *const yes[] = {"CHAPTER I.",
                                      "Chapter 12",
                                      "BOOK II.",
                                      "PART ONE",
                                      "ACT III.",
                                      "SCENE 2.",
                                      "Chapter iv",
                                      "Part 2 - The Road",
                                      "FIRST ACT",
                                      "Second Part.",
                                      "BOOK THE FIRST",
                                      "BOOK THE FIRST--RECALLED TO LIFE",
                                      "CHAPTER I\xe2\x80\x94THE SEA",
                                      "ACT FIRST",
                                      "BOOK FIRST\xe2\x80\x94"
                                      "A JUST MAN",
                                      NULL};
    static const char *const no[] = {"Chapter 12 begins with a storm.",
                                     "chapter 1",
                                     "Book Club",
                                     "PART ONE OF TWO",
                                     "The Chapter I liked",
                                     "Act now.",
                                     "First Act of kindness",
                                     "Second Acts",
                                     "Book the tickets",
                                     "Book II--she said it at dinner--was the better",
                                     "Chapter 12--and so it went",
                                     NULL};
    for (size_t i = 0; yes[i]; i++) {
        rd_text_line_measure(&ln, yes[i], strlen(yes[i]), 0);
        if (!rd_text_line_is_chapter(&ln))
            fprintf(stderr, "  not taken for a chapter: %s\n", yes[i]);
        OK(rd_text_line_is_chapter(&ln));
    }
    for (size_t i = 0; no[i]; i++) {
        rd_text_line_measure(&ln, no[i], strlen(no[i]), 0);
        if (rd_text_line_is_chapter(&ln))
            fprintf(stderr, "  taken for a chapter: %s\n", no[i]);
        OK(!rd_text_line_is_chapter(&ln));
    }
}

TEST(first_chapter_above_the_text_is_kept)
{
    /* The part and chapter lines right above the first paragraph open
     * the book, the chapter a level under the part; a contents list's
     * entries are not the body. */
    doc_node *art =
        read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                            "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                            arena_printf(A,
                                         "Contents\n\n PART ONE\n PART TWO\n PART THREE\n\n\n"
                                         "PART ONE\n\nChapter 1\n\n\n%s\nChapter 2\n\n%s",
                                         BOOK, BOOK),
                            "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strncmp(t,
               "article title=\"The Lantern Keeper\"\n  heading level=2\n    text \"PART ONE\"\n"
               "  heading level=3\n    text \"Chapter 1\"\n  paragraph\n",
               113) == 0);
    OK(strstr(t, "PART TWO") == NULL);
    OK(strstr(t, "heading level=3\n    text \"Chapter 2\"") != NULL);
}

TEST(title_page_repeats_are_dropped)
{
    /* The book's title and "by" line over the text repeat the header. */
    doc_node *art = read_text(
        gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                  arena_printf(A, "THE LANTERN KEEPER\n\nby Ada Finch\n\n\nCHAPTER I.\n\n%s", BOOK),
                  "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    doc_meta *m = meta(art);
    STR_EQ(m->title, "The Lantern Keeper");
    OK(m->subtitle == NULL);
    INT_EQ(m->n_authors, 1);
    const char *t = dump(art);
    OK(strstr(t, "THE LANTERN KEEPER") == NULL);
    OK(strstr(t, "by Ada Finch") == NULL);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER I.\"") != NULL);
    /* A name the byline reader doubts ("Writer" is a job's word) left
     * the "by" line for a subtitle; the header named the author. */
    art = read_text(gutenberg(
        "Title: The Lantern Keeper\n\nAuthor: Jane Writer",
        "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
        arena_printf(A, "THE LANTERN KEEPER\n\nby Jane Writer\n\n\nCHAPTER I.\n\n%s", BOOK),
        "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    m = meta(art);
    OK(m->subtitle == NULL);
    INT_EQ(m->n_authors, 1);
    if (m->n_authors == 1)
        STR_EQ(m->authors[0], "Jane Writer");
    OK(strstr(dump(art), "by Jane Writer") == NULL);
}

TEST(front_heading_over_the_text_is_kept)
{
    /* "PREFACE" alone over the first paragraph heads the text, with or
     * without a title page above it; a publisher's line there does not. */
    static const char *const pages[] = {"THE LANTERN KEEPER\n\nby Ada Finch\n\n\n\n", ""};
    for (size_t i = 0; i < 2; i++) {
        doc_node *art = read_text(gutenberg(
            "Title: The Lantern Keeper\n\nAuthor: Ada Finch",
            "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
            arena_printf(A, "%sPREFACE\n\n\n%s\n\nCHAPTER I.\n\n%s", pages[i], BOOK, BOOK),
            "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
        const char *t = dump(art);
        OK(strstr(t, "article title=\"The Lantern Keeper\"\n  heading level=2\n    text "
                     "\"PREFACE\"\n  paragraph\n") == t);
        OK(meta(art)->subtitle == NULL);
        OK(strstr(t, "Ada Finch") == NULL);
    }
    doc_node *art = read_text(
        gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                  arena_printf(A, "THE LANTERN KEEPER\n\nLONDON: JOHN MURRAY, 1895\n\n\n%s", BOOK),
                  "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    OK(strstr(dump(art), "JOHN MURRAY") == NULL);
    /* A French book's "PRÉFACE" is as much a heading. */
    art = read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                              "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                              arena_printf(A,
                                           "PR\xc3\x89"
                                           "FACE\n\n\n%s",
                                           BOOK),
                              "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    OK(strstr(dump(art), "heading level=2\n    text \"PR\xc3\x89"
                         "FACE\"\n  paragraph") != NULL);
}

/* A printed title page, its lines centred with spaces, after a page of
 * front matter: dropped, as it says again what the book's opening says;
 * centred lines that name neither the title nor the author (a dedication)
 * stay, and so does a page four blank lines away. */
TEST(centred_title_page_is_dropped)
{
    doc_node *art = read_text(gutenberg(
        "Title: The Lantern Keeper\n\nAuthor: Ada Finch",
        "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
        arena_printf(
            A,
            "Transcriber's Note: the spelling of the original has been kept, and\n"
            "the printer's errors listed at the end of the book have been mended.\n\n\n\n\n"
            "                          HARBOUR BOOKS FOR SCHOOLS.\n\n\n\n\n"
            "                                  THE\n"
            "                            LANTERN KEEPER\n\n"
            "                                  BY\n"
            "                               ADA FINCH\n\n\n"
            "                       _WITH FOUR ILLUSTRATIONS_\n\n\n\n\n"
            "                        TO MY FATHER, WHO KEPT ONE\n\n\n\n\n"
            "CHAPTER I.\n\n%s",
            BOOK),
        "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "\"LANTERN KEEPER\"") == NULL);
    OK(strstr(t, "ADA FINCH") == NULL);
    OK(strstr(t, "WITH FOUR ILLUSTRATIONS") == NULL);
    OK(strstr(t, "TO MY FATHER") != NULL);
    OK(strstr(t, "HARBOUR BOOKS FOR SCHOOLS") != NULL);
    OK(strstr(t, "Transcriber's Note") == NULL);
    OK(strstr(t, "It was late in the autumn") != NULL);
}

/* "CHAPTER I." over its title in capitals is one heading, broken between
 * the two; a capitals line with a full stop ("PREFACE.") is a heading;
 * "_italics_" and "=bold=" are set so, and snake_case or "a = b" are not
 * marks. */
TEST(book_conventions)
{
    doc_node *art = read_text(
        gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                  "PREFACE.\n\n"
                  "These pages were written for the _Harbour Reader_ and printed there\n"
                  "first; the =Editor= kindly let them appear again, with a_b and x = y.\n\n\n"
                  "CHAPTER I.\n\n"
                  "THE KEEPER'S LAST NIGHT.\n\n"
                  "It was late in the autumn when the keeper climbed the stair for the\n"
                  "last time, and the lamp burned low in its glass.\n\n"
                  "CHAPTER II.\n\n"
                  "It was morning when the boats came home, one by one, over the grey\n"
                  "water of the bay.\n",
                  "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "heading level=2\n    text \"PREFACE.\"") != NULL);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER I.\"\n    break\n"
                 "    text \"THE KEEPER'S LAST NIGHT.\"") != NULL);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER II.\"\n  paragraph") != NULL);
    OK(strstr(t, "emph\n      text \"Harbour Reader\"") != NULL);
    OK(strstr(t, "strong\n      text \"Editor\"") != NULL);
    OK(strstr(t, "a_b and x = y") != NULL);
    OK(strstr(t, "_Harbour") == NULL);
}

/* The printed book's contents, its entries ending in that edition's
 * pages, is dropped up to the next page (four blank lines); the chapter
 * headings it lists stay headings of the text. A contents without page
 * numbers is left to the general contents reading. */
TEST(printed_contents_is_dropped)
{
    doc_node *art = read_text(
        gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                  arena_printf(A,
                               "CONTENTS.\n\n\n"
                               "  CHAPTER I.\n\n"
                               "  THE KEEPER'S LAST NIGHT.\n\n"
                               "                                                      PAGE\n"
                               "  The lamp burns low                                     1\n"
                               "  The boats come home                                    4\n\n\n"
                               "  CHAPTER II.\n\n"
                               "  The morning after, when the harbour master came\n"
                               "    down to the quay with the news                      9\n\n\n\n\n"
                               "CHAPTER I.\n\nTHE KEEPER'S LAST NIGHT.\n\n%s\n\nCHAPTER II.\n\n%s",
                               BOOK, BOOK),
                  "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "CONTENTS") == NULL);
    OK(strstr(t, "The lamp burns low") == NULL);
    OK(strstr(t, "harbour master") == NULL);
    OK(strstr(t, "PAGE") == NULL);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER I.\"\n    break\n") != NULL);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER II.\"") != NULL);
    OK(strstr(t, "It was late in the autumn") != NULL);
}

/* What the book rules leave alone: a poem indented as verse that names
 * its title; a centred chapter heading under the title page; the
 * chapter under a contents that ends without a page break; a rule drawn
 * with "-=-=-"; and "=_both_=" is bold italics. A capitals line with a
 * full stop is a heading in a book only (test_text has the web case). */
TEST(book_rules_leave_alone)
{
    doc_node *art = read_text(
        gutenberg("Title: The Raven\n\nAuthor: Edgar Allan Poe",
                  "*** START OF THE PROJECT GUTENBERG EBOOK THE RAVEN ***",
                  "THE RAVEN.\n\n"
                  "          Once upon a midnight dreary, while I pondered, weak and weary,\n"
                  "          Over many a quaint and curious volume of forgotten lore,\n"
                  "          Quoth the Raven, Nevermore, said the Raven by the door.\n\n"
                  "          And the Raven, never flitting, still is sitting, still is sitting\n"
                  "          On the pallid bust of Pallas just above my chamber door.\n",
                  "*** END OF THE PROJECT GUTENBERG EBOOK THE RAVEN ***"));
    const char *t = dump(art);
    OK(strstr(t, "Once upon a midnight dreary") != NULL);
    OK(strstr(t, "never flitting") != NULL);

    art = read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                              "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                              arena_printf(A,
                                           "                                  THE\n"
                                           "                            LANTERN KEEPER\n\n"
                                           "                                  BY\n"
                                           "                               ADA FINCH\n\n\n"
                                           "                              CHAPTER I.\n\n"
                                           "                        THE KEEPER'S LAST NIGHT.\n\n%s",
                                           BOOK),
                              "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    t = dump(art);
    OK(strstr(t, "ADA FINCH") == NULL);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER I.\"") != NULL);

    art = read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                              "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                              "CONTENTS\n\n"
                              "    I. The Keeper         1\n"
                              "   II. The Storm         14\n\n\n"
                              "CHAPTER I.\n\nTHE KEEPER.\n\n"
                              "\"Is it lit?\"\n\n\"It is.\"\n\n\"Then go to bed.\"\n\n"
                              "The wind went round and round the tower all night, and the keeper\n"
                              "listened to it from his bed under the stair.\n\n"
                              "-=-=-=-=-=-=-\n\n"
                              "He kept =_The Harbour Log_= on the shelf.\n",
                              "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    t = dump(art);
    OK(strstr(t, "The Storm") == NULL);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER I.\"") != NULL);
    OK(strstr(t, "Is it lit?") != NULL);
    OK(strstr(t, "Then go to bed.") != NULL);
    OK(strstr(t, "-=-=-=-=-=-=-") != NULL);
    OK(strstr(t, "strong\n      emph\n        text \"The Harbour Log\"") != NULL);

    /* centred display lines (a series' page) are no headings */
    art = read_text(
        gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                  arena_printf(A,
                               "%s\n\n                          SEA STORIES FOR SCHOOLS\n\n"
                               "                        EDITED BY THE HARBOUR SOCIETY\n\n%s",
                               BOOK, BOOK),
                  "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    t = dump(art);
    OK(strstr(t, "paragraph center\n    text \"SEA STORIES FOR SCHOOLS\"") != NULL);
    OK(strstr(t, "heading") == NULL);
}

TEST(centred_lines_are_display)
{
    /* A dedication and "THE END", centred in the file, stay centred; an
     * indented verse line and a quotation's indent are no display. */
    doc_node *art = read_text(gutenberg(
        "Title: The Lantern Keeper\n\nAuthor: Ada Finch",
        "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
        arena_printf(A,
                     "                        TO MY FATHER, WHO KEPT THE LIGHT\n\n\n\n"
                     "%s\n"
                     "    Far out the lamp burns low and still,\n"
                     "    And none who pass it know its name.\n\n"
                     "      The keeper said that the sea gives back what it takes, in its "
                     "own time.\n\n"
                     "                                THE END\n",
                     BOOK),
        "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "paragraph center\n    text \"TO MY FATHER, WHO KEPT THE LIGHT\"") != NULL);
    OK(strstr(t, "paragraph center\n    text \"THE END\"") != NULL);
    OK(strstr(t, "paragraph center\n    text \"Far out") == NULL);
    OK(strstr(t, "paragraph center\n    text \"The keeper said") == NULL);
    /* a book has no site footer: a short line after its last words is
       no footer's, and "THE END" stays (the old Alice ends so); the
       printed page's number after it goes */
    doc_node *end = read_text(
        gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                  arena_printf(A, "%s\n                                THE END\n\n3\n", BOOK),
                  "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    OK(strstr(dump(end), "paragraph center\n    text \"THE END\"") != NULL);
    OK(strstr(dump(end), "text \"3\"") == NULL);
    /* a closing year under the text is the text's */
    end = read_text(gutenberg(
        "Title: The Lantern Keeper\n\nAuthor: Ada Finch",
        "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
        arena_printf(A, "%s\nHe dated the last page with the year alone:\n\n1914\n", BOOK),
        "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    OK(strstr(dump(end), "text \"1914\"") != NULL);
    OK(strstr(t, "Far out the lamp") != NULL);
    OK(strstr(t, "The keeper said") != NULL);
}

TEST(transcriber_notes_are_dropped)
{
    /* The transcriber's notes are no part of the book, wherever they
     * stand: a section at the front, a bracketed note, a box, the list of
     * corrections at the end. */
    doc_node *art = read_text(gutenberg(
        "Title: The Lantern Keeper\n\nAuthor: Ada Finch",
        "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
        arena_printf(A,
                     "Transcriber's Notes: Italic text is enclosed in _underscores_.\n\n"
                     "Other notes will be found near the end of this ebook.\n\n\n\n"
                     "CHAPTER I.\n\n%s\n"
                     "[Transcriber's Note: the next page of the\noriginal is missing.]\n\n"
                     "The storm came in the night.\n\n"
                     "+-----------------------------------------------+\n"
                     "| TRANSCRIBER'S NOTE                            |\n"
                     "|                                               |\n"
                     "| The map that faced this page is not included. |\n"
                     "+-----------------------------------------------+\n\n"
                     "CHAPTER II.\n\n"
                     "Note: the keeper's log is kept in the harbour museum to this day.\n\n"
                     "The transcriber notes of the keeper were lost in the fire.\n\n"
                     "The lamp was never lit again.\n\n\n\n"
                     "TRANSCRIBER'S NOTES\n\n"
                     "Page 12: \"teh\" changed to \"the\".\n\n\n"
                     "Page 30: \"keper\" changed to \"keeper\".\n",
                     BOOK),
        "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "Transcriber") == NULL);
    OK(strstr(t, "TRANSCRIBER") == NULL);
    OK(strstr(t, "Italic text") == NULL);
    OK(strstr(t, "Other notes") == NULL);
    OK(strstr(t, "is missing") == NULL);
    OK(strstr(t, "map that faced") == NULL);
    OK(strstr(t, "+----") == NULL);
    OK(strstr(t, "changed to") == NULL);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER I.\"") != NULL);
    OK(strstr(t, "The storm came in the night.") != NULL);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER II.\"") != NULL);
    OK(strstr(t, "harbour museum") != NULL);
    OK(strstr(t, "The transcriber notes of the keeper") != NULL);
    OK(strstr(t, "The lamp was never lit again.") != NULL);
    OK(strstr(t, "It was late in the autumn") != NULL);

    /* the ebook's credit opening the text goes, and the title repeated
       under it is read as the repeat it is */
    art =
        read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                            "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                            arena_printf(A,
                                         "\n\nProduced by Jane Proof and the Online Distributed\n"
                                         "Proofreading Team at https://www.pgdp.net\n\n\n\n"
                                         "THE LANTERN KEEPER\n\n%s\n"
                                         "Produced by the keeper's son, the lamp was lit again.\n",
                                         BOOK),
                            "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    t = dump(art);
    OK(strstr(t, "Proofreading Team") == NULL);
    OK(strstr(t, "THE LANTERN KEEPER") == NULL);
    OK(strstr(t, "It was late in the autumn") != NULL);
    OK(strstr(t, "Produced by the keeper's son") != NULL); /* not the first paragraph */
}

TEST(small_print_license_is_cut)
{
    /* The oldest files: no START line, the license's small print ends
     * above the book, the first line names the work and its author. */
    doc_node *art = read_text(
        arena_printf(A,
                     "The Project Gutenberg Etext of The Lantern Keeper, by Ada Finch\n"
                     "#3 in our series by Ada Finch\n\n"
                     "Copyright laws are changing all over the world, be sure to check\n"
                     "the copyright laws for your country before posting these files!!\n\n"
                     "April, 1995  [Etext #222]\n\n"
                     "***START**THE SMALL PRINT!**FOR PUBLIC DOMAIN ETEXTS**START***\n"
                     "Why is this \"Small Print!\" statement here?  You know: lawyers.\n"
                     "They tell us you might sue us if there is something wrong with\n"
                     "your copy of this etext.\n\n"
                     "*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*\n\n\n\n"
                     "%s\n\n"
                     "End of the Project Gutenberg Etext of The Lantern Keeper, by Ada Finch\n",
                     BOOK));
    doc_meta *m = meta(art);
    STR_EQ(m->title, "The Lantern Keeper");
    OK(m->n_authors == 1 && m->authors && !strcmp(m->authors[0], "Ada Finch"));
    STR_EQ(m->source, "https://www.gutenberg.org/ebooks/222");
    const char *t = dump(art);
    OK(strstr(t, "lawyers") == NULL);
    OK(strstr(t, "SMALL PRINT") == NULL);
    OK(strstr(t, "Copyright laws") == NULL);
    OK(strstr(t, "End of the") == NULL);
    OK(strstr(t, "It was late in the autumn") != NULL);
    OK(strstr(t, "boats came home") != NULL);
}

/* The oldest files ("This is the Project Gutenberg Etext of ...") name
 * neither title nor author in a field: the first line names the title, the
 * centred title page the author; the first chapter's line and its title
 * over the text are the text's, not a byline. */
TEST(oldest_file_title_page)
{
    doc_node *art = read_text(
        arena_printf(A,
                     "***This is the Project Gutenberg Etext of The Lantern Keeper***\n"
                     "*This 2nd edition should be labeled lantern2.txt or lantern2.zip.\n\n"
                     "***START**THE SMALL PRINT!**FOR PUBLIC DOMAIN ETEXTS**START***\n"
                     "Why is this \"Small Print!\" statement here?  You know: lawyers.\n\n"
                     "*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*\n\n\n\n\n"
                     "                    THE LANTERN KEEPER OF GREY POINT\n\n"
                     "                              Ada Finch\n\n"
                     "                    THE HARBOUR LIGHTS EDITION 2.0\n\n\n\n\n"
                     "                              CHAPTER I\n\n"
                     "                          The Last Night\n\n\n"
                     "%s",
                     BOOK));
    doc_meta *m = meta(art);
    STR_EQ(m->title, "The Lantern Keeper");
    OK(m->n_authors == 1 && m->authors && !strcmp(m->authors[0], "Ada Finch"));
    const char *t = dump(art);
    OK(strstr(t, "EDITION 2.0") == NULL);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER I\"") != NULL);
    OK(strstr(t, "The Last Night") != NULL);
    OK(strstr(t, "It was late in the autumn") != NULL);
}

/* A centred chapter line over a centred title in small letters is one
 * heading; a sentence under a chapter line is the text's. */
TEST(centred_chapter_title_is_joined)
{
    doc_node *art =
        read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                            "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                            arena_printf(A,
                                         "%s\n\n\n"
                                         "                              CHAPTER II\n\n"
                                         "                          The Keeper's Answer\n\n\n"
                                         "%s\n\n\n"
                                         "                              CHAPTER III\n\n"
                                         "                          It rained all night.\n\n\n%s",
                                         BOOK, BOOK, BOOK),
                            "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER II\"\n    break\n"
                 "    text \"The Keeper's Answer\"") != NULL);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER III\"\n  paragraph") != NULL);
}

/* A chapter's word in another language ("Capítulo", "CHAPITRE",
 * "Kapitel") with a number or a spelled ordinal is a chapter line; one
 * wrapped with its title over two lines is one heading; a number alone
 * over a title in capitals, broken over two lines, is one heading too. */
TEST(chapters_in_other_languages_and_numbers_alone)
{
    doc_node *art = read_text(gutenberg(
        "Title: El guardián del faro\n\nAuthor: Ada Finch\n\nLanguage: Spanish",
        "*** START OF THE PROJECT GUTENBERG EBOOK EL GUARDIÁN DEL FARO ***",
        "Cap\xc3\xadtulo primero. Que trata de la noche en que el viejo guardi\xc3\xa1n\n"
        "subi\xc3\xb3 al faro\n\n"
        "Era tarde en el oto\xc3\xb1o cuando el guardi\xc3\xa1n subi\xc3\xb3 la escalera por "
        "\xc3\xba"
        "ltima\nvez, y la l\xc3\xa1mpara ard\xc3\xad"
        "a baja en su cristal.\n\n\n\n"
        "CHAPITRE II\n\n"
        "Il posa la burette et regarda la mer grise, o\xc3\xb9 les bateaux rentraient\n"
        "un par un.\n\n\n\n"
        "III\n\n"
        "THE KEEPER'S LONG WALK DOWN TO\n"
        "THE HARBOUR\n\n\n"
        "He set down the oil can and looked out over the grey water, where the\n"
        "boats came home one by one.\n",
        "*** END OF THE PROJECT GUTENBERG EBOOK EL GUARDIÁN DEL FARO ***"));
    const char *t = dump(art);
    OK(strstr(t, "heading level=2\n    text \"Cap\xc3\xadtulo primero. Que trata de la noche en "
                 "que el viejo guardi\xc3\xa1n subi\xc3\xb3 al faro\"") != NULL);
    OK(strstr(t, "heading level=2\n    text \"CHAPITRE II\"") != NULL);
    OK(strstr(t, "heading level=2\n    text \"III\"\n    break\n"
                 "    text \"THE KEEPER'S LONG WALK DOWN TO\"\n    text \" \"\n"
                 "    text \"THE HARBOUR\"") != NULL);
    OK(strstr(t, "Era tarde en el oto") != NULL);
}

/* A list of illustrations with the print edition's pages goes like the
 * contents, even under a long preface, and with its label drawn as a
 * picture ("[Illustration: List of Illustrations.]"). */
TEST(list_of_illustrations_is_dropped)
{
    buf pre;
    buf_init(&pre, 0);
    buf_adds(&pre, "PREFACE.\n\n");
    for (int i = 0; i < 120; i++)
        buf_adds(&pre, "The keeper's story was told to me by his daughter, who kept the\n"
                       "lamp after him and wrote down what he said of the sea.\n\n");
    doc_node *art = read_text(gutenberg(
        "Title: The Lantern Keeper\n\nAuthor: Ada Finch",
        "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
        arena_printf(A,
                     "%s\n\n\n"
                     "[Illustration: List of Illustrations.]\n\n\n"
                     "                                                     PAGE\n\n"
                     "Frontispiece                                            ii\n\n"
                     "The lamp at dusk                                         3\n\n"
                     "\"He looked out over the water\"                          17\n\n\n\n\n"
                     "CHAPTER I.\n\n%s",
                     arena_strndup(A, pre.data, pre.len), BOOK),
        "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    buf_cleanup(&pre);
    const char *t = dump(art);
    OK(strstr(t, "List of Illustrations") == NULL);
    OK(strstr(t, "The lamp at dusk") == NULL);
    OK(strstr(t, "looked out over the water") == NULL);
    OK(strstr(t, "PAGE") == NULL);
    OK(strstr(t, "wrote down what he said") != NULL);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER I.\"") != NULL);
    OK(strstr(t, "It was late in the autumn") != NULL);
}

/* A printed contents without pages, its entries the text's headings
 * again (in other capitals, one after its chapter's number), goes, under
 * its label to the end of its page (an entry the file's text no longer
 * has too); the headings stay, and so does a list of persons under it. */
TEST(unpaged_contents_is_dropped)
{
    doc_node *art =
        read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                            "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                            arena_printf(A,
                                         "A Tale of the Grey Point Light\n\n\n\n"
                                         "Contents\n\n"
                                         "THE OPENING.\n\n"
                                         "PART I\n"
                                         "The lamp burns low in the tower.\n"
                                         "The boats come home.\n\n\n"
                                         "PART II\n"
                                         "The harbour master brings the news.\n\n\n"
                                         "EPILOGUE\n"
                                         "The keeper's last letter.\n\n\n\n\n"
                                         "Persons of the Tale\n\n"
                                         "ADA, the keeper's daughter.\n"
                                         "TOM, a fisherman.\n\n\n\n"
                                         "THE OPENING\n\n%s\n\n"
                                         "PART I\n\n"
                                         "The Lamp Burns Low in the Tower\n\n%s\n\n"
                                         "Chapter 2. The boats come home\n\n%s\n\n"
                                         "PART II\n\n"
                                         "The harbour master brings the news\n\n%s",
                                         BOOK, BOOK, BOOK, BOOK),
                            "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "Contents") == NULL);
    OK(strstr(t, "THE OPENING.") == NULL);
    OK(strstr(t, "The lamp burns low in the tower.") == NULL);
    OK(strstr(t, "The Lamp Burns Low in the Tower") != NULL);
    OK(strstr(t, "Chapter 2. The boats come home") != NULL);
    OK(strstr(t, "The harbour master brings the news.") == NULL);
    OK(strstr(t, "text \"The harbour master brings the news\"") != NULL);
    OK(strstr(t, "The keeper's last letter.") == NULL); /* (to the label's page end) */
    OK(strstr(t, "TOM, a fisherman.") != NULL);
    OK(strstr(t, "It was late in the autumn") != NULL);
}

/* A chapter's line ending a picture's caption (a heading drawn as a
 * picture) is the chapter's heading under the picture; a caption that
 * only names a chapter in its words stays whole. */
TEST(chapter_in_a_caption_is_a_heading)
{
    doc_node *art = read_text(gutenberg(
        "Title: The Lantern Keeper\n\nAuthor: Ada Finch",
        "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
        arena_printf(A,
                     "%s\n\n\n[Illustration: ~THE LANTERN KEEPER~\n\n\n\nChapter I.]\n\n\n"
                     "%s\n\n[Illustration: The keeper reads chapter one to Ada.]\n\n%s",
                     BOOK, BOOK, BOOK),
        "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "figure\n    emph\n      text \"~THE LANTERN KEEPER~\"\n"
                 "  heading level=2\n    text \"Chapter I.\"") != NULL);
    OK(strstr(t, "text \"The keeper reads chapter one to Ada.\"") != NULL);
}

/* The note a reference cites: its first paragraph's text. */
static const char *
cited(const doc_node *ref)
{
    if (!ref || ref->type != DOC_NOTE_REF || !ref->as.note.target)
        return "";
    const doc_node *def = ref->as.note.target;
    return def->first_child ? doc_text_of(A, def->first_child) : "";
}

static const doc_node *
nth_ref(const doc_node *art, size_t n)
{
    doc_iter it;
    doc_node *x;
    doc_event ev;
    doc_iter_init(&it, (doc_node *)art);
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && x->type == DOC_NOTE_REF && n-- == 0)
            return x;
    return NULL;
}

TEST(footnotes_are_notes)
{
    /* "[Footnote 1: ...]" under its paragraph (of two paragraphs, its
     * bracket closing lines later), marks numbered again in the next
     * chapter, a "FOOTNOTES:" section, a mark set apart by a space, and a
     * note no mark cites, which stays text. */
    doc_node *art = read_text(
        gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                  "CHAPTER I.\n\n"
                  "It was late in the autumn[1] when the keeper climbed the stair for the\n"
                  "last time, and the lamp burned low in its _glass_.[2]\n\n"
                  "[Footnote 1: In the year 1851, by the keeper's own log.]\n\n"
                  "[Footnote 2: The glass was made in Birmingham [England] and\n"
                  "carried up the coast by cart.\n\n"
                  "It is in the museum now.]\n\n"
                  "CHAPTER II.\n\n"
                  "The boats came home [1] one by one, and the keeper counted them.\n\n"
                  "[Footnote 1: Eleven in all.]\n\n"
                  "[Footnote 3: A note the text never cites.]\n\n"
                  "He slept at last.[A]\n\n"
                  "FOOTNOTES:\n\n"
                  "[A] Not for long: the storm came in\n"
                  "before dawn.\n",
                  "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "Footnote") == NULL);
    OK(strstr(t, "FOOTNOTES") == NULL);
    OK(strstr(t, "[1]") == NULL && strstr(t, "[2]") == NULL && strstr(t, "[A]") == NULL);
    STR_EQ(cited(nth_ref(art, 0)), "In the year 1851, by the keeper's own log.");
    STR_EQ(cited(nth_ref(art, 1)),
           "The glass was made in Birmingham [England] and carried up the coast by cart.");
    const doc_node *r2 = nth_ref(art, 1);
    OK(r2 && r2->as.note.target && r2->as.note.target->first_child &&
       r2->as.note.target->first_child->next &&
       !strcmp(doc_text_of(A, r2->as.note.target->first_child->next), "It is in the museum now."));
    STR_EQ(cited(nth_ref(art, 2)), "Eleven in all.");
    STR_EQ(cited(nth_ref(art, 3)), "Not for long: the storm came in before dawn.");
    OK(nth_ref(art, 4) == NULL);
    /* numbered in the order of their marks, as both writers print them:
       the book's "1" twice and "A" are 1 to 4 */
    for (size_t i = 0; i < 4; i++) {
        const doc_node *r = nth_ref(art, i);
        OK(r && r->as.note.label && (size_t)atoi(r->as.note.label) == i + 1 && r->as.note.target &&
           r->as.note.target->as.note.label == r->as.note.label);
    }
    /* the marks sit where they stood, the space before one gone */
    OK(strstr(t, "text \"It was late in the autumn\"\n    note_ref") != NULL);
    OK(strstr(t, "text \"The boats came home\"\n    note_ref") != NULL);
    OK(strstr(t, "A note the text never cites.") != NULL);
    /* the book's markup reads inside and around notes */
    OK(strstr(t, "emph\n      text \"glass\"") != NULL);

    /* with no notes, a bracketed number is still a dropped citation mark,
       and "[1]" in a book without "[Footnote" blocks is left alone */
    art =
        read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                            "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***", BOOK,
                            "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    OK(nth_ref(art, 0) == NULL);
    /* an unclosed bracket is no note */
    art = read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                              "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                              "The lamp[1] burned.\n\n[Footnote 1: never closed\n\nThe end.\n",
                              "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    OK(nth_ref(art, 0) == NULL);
    OK(strstr(dump(art), "never closed") != NULL);
}

TEST(illustrations_are_figures)
{
    /* "[Illustration: caption]" is a figure whose caption stands in for
     * the picture; "[Illustration]" alone goes; one inside a sentence or
     * broken over paragraphs stays text. */
    doc_node *art = read_text(gutenberg(
        "Title: The Lantern Keeper\n\nAuthor: Ada Finch",
        "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
        arena_printf(A,
                     "%s\n[Illustration: THE KEEPER AT HIS\nLAMP.]\n\n"
                     "[Illustration]\n\n"
                     "He drew the lamp [Illustration: a lamp] on the wall of the tower.\n\n%s",
                     BOOK, BOOK),
        "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "figure\n    emph\n      text \"THE KEEPER AT HIS LAMP.\"") != NULL);
    OK(strstr(t, "[Illustration]") == NULL);
    OK(strstr(t, "He drew the lamp [Illustration: a lamp] on the wall") != NULL);
    doc_node *fig = art->first_child;
    while (fig && fig->type != DOC_FIGURE)
        fig = fig->next;
    OK(fig && fig->first_child && (fig->first_child->flags & DOC_F_ALT));
}

TEST(sidenotes_are_labels)
{
    /* A sidenote at a paragraph's start is a label over it (bold, its
     * stop gone, so doc_para_is_label reads it as one); one alone on its
     * lines too; one inside a paragraph stays. */
    doc_node *art = read_text(
        gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                  "[Sidenote: The tower.] The tower stood on the rock at the harbour mouth, and\n"
                  "had stood there for a hundred years.\n\n"
                  "[Sidenote: The lamp and\nits keeper.]\n\n"
                  "The lamp was trimmed at dusk, and the keeper [Sidenote: Oil.] carried the\n"
                  "oil up the stair himself.\n",
                  "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "paragraph\n    strong\n      text \"The tower\"\n"
                 "  paragraph\n    text \"The tower stood on the rock") != NULL);
    OK(strstr(t, "paragraph\n    strong\n      text \"The lamp and its keeper\"\n"
                 "  paragraph\n    text \"The lamp was trimmed") != NULL);
    OK(strstr(t, "the keeper [Sidenote: Oil.] carried") != NULL);
    doc_node *first = art->first_child;
    OK(first && doc_para_is_label(first));
}

/* An editor's notes set right under their paragraph, indented, each
 * opening with its mark (or flush, the mark in the paragraph above); an
 * indented block opening with a bracket that is no mark stays text. */
TEST(notes_under_their_paragraph)
{
    doc_node *art = read_text(
        gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                  "CHAPTER I.\n\n"
                  "It was late in the autumn when the keeper climbed the stair at\n"
                  "Twyford,[3] and the lamp burned low in its glass.[4]\n\n"
                  "    [3] A small village not far from the harbour, where the\n"
                  "    keeper was born.\n\n"
                  "[4] The glass came from Birmingham.\n\n"
                  "He set down the oil can and looked out over the grey water, where the\n"
                  "boats came home one by one.\n\n"
                  "    [sic] as the log has it, and as the keeper wrote it.\n",
                  "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    STR_EQ(cited(nth_ref(art, 0)),
           "A small village not far from the harbour, where the keeper was born.");
    STR_EQ(cited(nth_ref(art, 1)), "The glass came from Birmingham.");
    OK(nth_ref(art, 2) == NULL);
    OK(strstr(t, "[sic] as the log has it") != NULL);
}

/* An old file opens its quotations with a backquote ("`Never mind!'"):
 * an opening single quote. A backquote before no word stays. */
TEST(backquote_opens_a_quotation)
{
    doc_node *art = read_text(gutenberg(
        "Title: The Lantern Keeper\n\nAuthor: Ada Finch",
        "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
        arena_printf(A,
                     "%s\n`Never mind!' said the keeper. `Light the lamp.' And a ` alone. "
                     "``Go,'' he said.\n",
                     BOOK),
        "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    OK(strstr(dump(art),
              "\xe2\x80\x98Never mind!' said the keeper. \xe2\x80\x98Light the lamp.' And "
              "a ` alone. \xe2\x80\x9cGo,\xe2\x80\x9d he said.") != NULL);
}

/* A book's dialogue: a question or a cry alone on its line, in quotation
 * marks or not, is the story's, never a heading of its contents. */
TEST(dialogue_is_not_a_heading)
{
    doc_node *art = read_text(
        gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                  arena_printf(A,
                               "CHAPTER I.\n\n%s\n\xe2\x80\x9cWhat is his name?\xe2\x80\x9d\n\n"
                               "\xe2\x80\x9c"
                               "Bingley.\xe2\x80\x9d\n\nIs he married or single?\n\n"
                               "Down with the lamp and the keeper!\n\n%s",
                               BOOK, BOOK),
                  "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER I.\"") != NULL);
    OK(strstr(t, "paragraph\n    text \"\xe2\x80\x9cWhat is his name?\xe2\x80\x9d\"") != NULL);
    OK(strstr(t, "paragraph\n    text \"Is he married or single?\"") != NULL);
    OK(strstr(t, "paragraph\n    text \"Down with the lamp and the keeper!\"") != NULL);
    /* a title in capitals may ask */
    art = read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                              "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                              arena_printf(A, "%s\n\nWHO WAS THE STRANGER?\n\n\n%s", BOOK, BOOK),
                              "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    OK(strstr(dump(art), "heading level=2\n    text \"WHO WAS THE STRANGER?\"") != NULL);
}

/* A play's speaker ("BOY.") is a label over the speech. Verse set flush
 * left (a play's speech, a song) keeps its lines: every
 * line of it ends before the wrapper's width would have made it; a
 * speech in prose, wrapped full, runs on, and so does prose wrapped
 * narrower than the book (its lines full to their own width, opening in
 * lower case). */
TEST(flush_verse_keeps_its_lines)
{
    doc_node *art = read_text(
        gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                  "ACT I\n\nSCENE I. The lamp room.\n\n"
                  "KEEPER.\n"
                  "The lamp is lit, the tide is in,\n"
                  "The boats come home across the bay;\n"
                  "And I, who watch them all begin,\n"
                  "Must watch them end another day.\n\n"
                  "BOY.\n"
                  "I have been to the end of the harbour wall and back, and there is not\n"
                  "a single boat on the water yet, though the bell has rung twice.\n\n"
                  "    The keeper's log for that winter, which the harbour\n"
                  "    board kept, says nothing of the boy at all, though\n"
                  "    it names every boat that came in and every one that\n"
                  "    did not.\n\n"
                  "To be let by the keeper. One half of the lamp room he\n"
                  "now keeps. Ask at the harbour office.\n",
                  "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    /* a roman number over its chapter's first lines is no speaker */
    art = read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                              "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                              "IV.\nThe boats came home one by one, and the keeper counted\n"
                              "them as they passed the light.\n",
                              "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    OK(strstr(dump(art), "strong\n      text \"IV\"") == NULL);
    /* prose wrapped narrower than the book: a note, an old notice */
    OK(strstr(t, "the harbour board kept, says nothing of the boy at all, though it names") !=
       NULL);
    OK(strstr(t, "lamp room he now keeps.") != NULL);
    /* the speaker over the speech is a label (bold, no stop), the scene's
       title is not */
    OK(strstr(t, "paragraph\n    strong\n      text \"KEEPER\"") != NULL);
    OK(strstr(t,
              "paragraph\n    strong\n      text \"BOY\"\n  paragraph\n    text \"I have been") !=
       NULL);
    OK(strstr(t, "text \"The lamp is lit, the tide is in,\"\n    break\n    text \"The boats "
                 "come home across the bay;\"") != NULL);
    OK(strstr(t, "wall and back, and there is not a single boat on the water") != NULL);
}

/* A short title page set flush, with no publisher: the title, its
 * second line and "by" the author go; a book of poems opening so keeps
 * its first poem, whose lines are as short as a title page's. */
TEST(short_flush_title_page)
{
    doc_node *art = read_text(
        gutenberg("Title: The Lantern; Or, The Modern Keeper\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN ***",
                  arena_printf(A,
                               "\n\n\nThe Lantern;\n\nor, the Modern Keeper\n\nby Ada Finch\n\n\n"
                               "Letter 1\n\n%s",
                               BOOK),
                  "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN ***"));
    const char *t = dump(art);
    OK(strstr(t, "\"\n  heading level=2\n    text \"Letter 1\"") != NULL);
    OK(strstr(t, "text \"The Lantern;\"") == NULL);
    OK(strstr(t, "or, the Modern Keeper") == NULL);
    OK(strstr(t, "by Ada Finch") == NULL);
    art = read_text(gutenberg("Title: Sea Songs\n\nAuthor: Ada Finch",
                              "*** START OF THE PROJECT GUTENBERG EBOOK SEA SONGS ***",
                              "SEA SONGS\n\nby Ada Finch\n\n\nTHE LAMP\n\nThe lamp burns low,\n"
                              "The boats come home;\nI watch them still,\nThey end the day.\n",
                              "*** END OF THE PROJECT GUTENBERG EBOOK SEA SONGS ***"));
    t = dump(art);
    OK(strstr(t, "article title=\"Sea Songs\"\n  heading level=2\n    text \"THE LAMP\"\n  "
                 "paragraph\n    text \"The lamp burns low,\"") != NULL);
    OK(strstr(t, "by Ada Finch") == NULL);
    /* a hyphen parts the title's words: "SEA-LAMP;" names "Sea Lamp" */
    art = read_text(
        gutenberg("Title: Sea Lamp; Or, The Lighthouse\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK SEA LAMP ***",
                  arena_printf(A,
                               "\n\nSEA-LAMP;\n\nor, THE LIGHTHOUSE.\n\nBy Ada Finch\n\n\n"
                               "CHAPTER 1. The Stair.\n\n%s",
                               BOOK),
                  "*** END OF THE PROJECT GUTENBERG EBOOK SEA LAMP ***"));
    t = dump(art);
    OK(strstr(t, "\"\n  heading level=2\n    text \"CHAPTER 1. The Stair.\"") != NULL);
    OK(strstr(t, "SEA-LAMP") == NULL);
}

/* A book opening with pictures and a title page set flush left: the
 * pictures stay, the first one's caption whole over its several lines;
 * the title page's short lines (title, "_by_", publisher, year) go, as
 * the opening block prints the title and author. Short flush lines with
 * neither a "by" nor a year (a poem) stay. */
TEST(flush_title_page_is_dropped)
{
    doc_node *art =
        read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                            "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                            arena_printf(A,
                                         "\n\n[Illustration: THE KEEPER'S ARMS]\n\n"
                                         "[Illustration: The Keeper at the Lamp\n\n"
                                         "    \"He climbed the stair every night of his life,\n"
                                         "    and never once let the lamp go out.\"]\n\n\n\n"
                                         "THE\n\nLANTERN\n\nKEEPER\n\n\n"
                                         "WITH DRAWINGS\n_by_\nJ. MARSH\n\n"
                                         "[Illustration: Printer's Mark]\n\n"
                                         "_Harbourtown_\nGULL AND COMPANY\n1912\n\n"
                                         "Copyright, 1912,\n\nBY\nADA FINCH\n\n\n\n\n%s",
                                         BOOK),
                            "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strncmp(t,
               "article title=\"The Lantern Keeper\"\n  figure\n    emph\n      text \"THE "
               "KEEPER'S ARMS\"\n  figure\n    emph\n      text \"The Keeper at the Lamp",
               128) == 0);
    OK(strstr(t, "and never once let the lamp go out.") != NULL);
    OK(strstr(t, "Printer's Mark") != NULL);
    OK(strstr(t, "GULL AND COMPANY") == NULL);
    OK(strstr(t, "J. MARSH") == NULL);
    OK(strstr(t, "text \"LANTERN\"") == NULL);
    OK(strstr(t, "It was late in the autumn") != NULL);
    /* a poem's short lines, no "by", no year, stay */
    art = read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                              "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                              arena_printf(A,
                                           "THE LANTERN\n\nThe keeper climbs,\nThe lantern burns,\n"
                                           "The boats come in,\nThe tide returns.\n\n\n%s",
                                           BOOK),
                              "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    OK(strstr(dump(art), "The lantern burns,") != NULL);
}

/* A book of poems with no prose, so no wrapped line shows its width:
 * its stanzas are verse all the same, not paragraphs of a line each; the
 * first poem's title, right above it, is its heading, not the book's
 * title; a title page line naming the book's title still goes. */
TEST(poems_without_prose)
{
    const char *poems = "THE LAMP\n\nThe lamp burns low upon the sill,\n"
                        "The boats come home across the bay;\n"
                        "And I who watch them, watching still,\n"
                        "Must watch them end another day.\n\n"
                        "THE TIDE\n\nThe tide is in, the tide is out,\n"
                        "The gulls are crying on the wall;\nAnd what the sea is all about\n"
                        "I never knew, and never shall.\n";
    doc_node *art = read_text(gutenberg("Title: Sea Songs\n\nAuthor: Ada Finch",
                                        "*** START OF THE PROJECT GUTENBERG EBOOK SEA SONGS ***",
                                        arena_printf(A, "\n\n\n%s", poems),
                                        "*** END OF THE PROJECT GUTENBERG EBOOK SEA SONGS ***"));
    const char *t = dump(art);
    OK(strstr(t,
              "article title=\"Sea Songs\"\n  heading level=2\n    text \"THE LAMP\"\n"
              "  paragraph\n    text \"The lamp burns low upon the sill,\"\n    break\n") != NULL);
    OK(strstr(t, "heading level=2\n    text \"THE TIDE\"\n  paragraph\n    text \"The tide is "
                 "in, the tide is out,\"\n    break\n    text \"The gulls") != NULL);
    OK(strstr(t, "heading level=2\n    text \"And what") == NULL);
    art = read_text(gutenberg("Title: Sea Songs\n\nAuthor: Ada Finch",
                              "*** START OF THE PROJECT GUTENBERG EBOOK SEA SONGS ***",
                              arena_printf(A, "\n\nSEA SONGS\n\n\n%s", poems),
                              "*** END OF THE PROJECT GUTENBERG EBOOK SEA SONGS ***"));
    t = dump(art);
    OK(strstr(t, "text \"SEA SONGS\"") == NULL);
    OK(strstr(t, "text \"THE LAMP\"") != NULL);
    /* a title page's own lines over a novel's text are no heading */
    const char *own[] = {"ADA FINCH", "A NOVEL", "IN TWO VOLUMES", "TO MY MOTHER",
                         "Translated from the French"};
    for (size_t k = 0; k < sizeof own / sizeof own[0]; k++) {
        art = read_text(gutenberg("Title: Sea Songs\n\nAuthor: Ada Finch",
                                  "*** START OF THE PROJECT GUTENBERG EBOOK SEA SONGS ***",
                                  arena_printf(A, "SEA SONGS\n\n\n%s\n\n\n%s", own[k], BOOK),
                                  "*** END OF THE PROJECT GUTENBERG EBOOK SEA SONGS ***"));
        OK(strstr(dump(art), "heading") == NULL);
    }
}

/* Sonnets as Gutenberg sets them: lines of some 45 columns, set in two,
 * the closing couplet four, each under its number. The longest lines make
 * no wrapping width: verse opens its lines with capitals, so the book is
 * measured at 72 and the lines are verse; the couplet keeps its inset (en
 * spaces, a column each); the first number, which the header reads as a
 * page's count, is the first sonnet's heading like the others. */
TEST(sonnets_set_in)
{
    const char *sonnet = "  The harbour lamps are lit along the quay,\n"
                         "  And boats come home before the evening tide;\n"
                         "  The gulls have folded up the end of day,\n"
                         "  And I who watched them have no more to hide.\n"
                         "  The nets are mended and the keels are dry,\n"
                         "  The ropes lie coiled where children used to play,\n"
                         "  And every window holds a piece of sky\n"
                         "  That will not last until another day.\n"
                         "  So let the tide come in and let it go,\n"
                         "  The sea has made its promises before,\n"
                         "  And all the keepers of the light will know\n"
                         "  The sound of water breaking on the shore.\n"
                         "    So long as lamps are lit along the bay,\n"
                         "    So long the boats will find their homeward way.\n";
    doc_node *art = read_text(gutenberg(
        "Title: Harbour Sonnets\n\nAuthor: Ada Finch",
        "*** START OF THE PROJECT GUTENBERG EBOOK HARBOUR SONNETS ***",
        arena_printf(A,
                     "HARBOUR SONNETS\n\nby Ada Finch\n\n\n\n                    1\n\n%s\n"
                     "                    2\n\n%s\n                    3\n\n%s",
                     sonnet, sonnet, sonnet),
        "*** END OF THE PROJECT GUTENBERG EBOOK HARBOUR SONNETS ***"));
    const char *t = dump(art);
    OK(strstr(t, "article title=\"Harbour Sonnets\"\n  heading level=2\n    text \"1\"\n"
                 "  paragraph\n    text \"The harbour lamps are lit along the quay,\"\n"
                 "    break\n    text \"And boats come home") != NULL);
    OK(strstr(t, "    text \"The sound of water breaking on the shore.\"\n    break\n"
                 "    text \"\xe2\x80\x82\xe2\x80\x82So long as lamps are lit along the bay,\"\n"
                 "    break\n    text \"\xe2\x80\x82\xe2\x80\x82So long the boats") != NULL);
    OK(strstr(t, "heading level=2\n    text \"2\"") != NULL);
    OK(strstr(t, "heading level=2\n    text \"3\"") != NULL);
    /* prose wrapped as narrow runs on: its lines open in lower case */
    art = read_text(gutenberg("Title: Sea Songs\n\nAuthor: Ada Finch",
                              "*** START OF THE PROJECT GUTENBERG EBOOK SEA SONGS ***",
                              "It was late in the autumn when the keeper\n"
                              "climbed the stair for the last time, and the\n"
                              "lamp was already burning when he reached the\n"
                              "top. He sat down by the window and watched\n"
                              "the boats come in one by one across the bay,\n"
                              "as he had watched them every evening since he\n"
                              "was a boy and his father kept the light.\n\n"
                              "The wind rose in the night and the rain came\n"
                              "in from the sea, and by the morning the whole\n"
                              "of the harbour was white with the spray that\n"
                              "broke over the wall and ran down the steps.\n",
                              "*** END OF THE PROJECT GUTENBERG EBOOK SEA SONGS ***"));
    t = dump(art);
    OK(strstr(t, "break") == NULL);
    OK(strstr(t, "the keeper climbed the stair") != NULL);
}

/* Long lines of verse run on below, set deeper and in lower case, where
 * the page was too narrow for them ("... and their" / "    parents the
 * same,"): each pair is one line of the verse, and a stanza holding them
 * is verse still. */
TEST(verse_turnovers_run_on)
{
    const char *poem = "  I walk the harbour road at evening and I count the boats,\n"
                       "  The long ones home from the islands and the short ones from the nets\n"
                       "      across the bay,\n"
                       "  I hear the gulls above me, and the bell,\n"
                       "  And every window answers with a lamp.\n\n"
                       "  The keeper climbs the stair as he has climbed it forty years and more,\n"
                       "  I call to him, the wind takes up my words and carries them away from\n"
                       "      beyond the wall,\n"
                       "  He does not turn, he does not need to turn.\n";
    doc_node *art =
        read_text(gutenberg("Title: Sea Songs\n\nAuthor: Ada Finch",
                            "*** START OF THE PROJECT GUTENBERG EBOOK SEA SONGS ***",
                            arena_printf(A, "SEA SONGS\n\nby Ada Finch\n\n\n\n%s", poem),
                            "*** END OF THE PROJECT GUTENBERG EBOOK SEA SONGS ***"));
    const char *t = dump(art);
    OK(strstr(t, "    text \"The long ones home from the islands and the short ones from the "
                 "nets across the bay,\"\n    break\n    text \"I hear the gulls") != NULL);
    /* the stanza is verse whatever its lines' length: both writers set
       it as a group of lines, the long ones turning over */
    const doc_node *st = art->first_child;
    while (st && st->type != DOC_PARA)
        st = st->next;
    OK(st && (st->flags & DOC_F_VERSE) && doc_para_is_line_group(st));
    OK(strstr(t, "    text \"I call to him, the wind takes up my words and carries them away "
                 "from beyond the wall,\"\n    break\n    text \"He does not turn") != NULL);
    OK(strstr(t, "\xe2\x80\x82") == NULL);
}

/* A chapter's epigraph: lines of verse set in, closing on their source
 * far right ("GRAY.") or after a dash; the verse keeps its lines and the
 * source is its last, no line of it a heading. An exit far right under
 * verse is a line of its own under the verse. */
TEST(epigraph_with_its_source)
{
    doc_node *art = read_text(
        gutenberg("Title: Sea Songs\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK SEA SONGS ***",
                  arena_printf(A,
                               "%sCHAPTER II.\n\n        Full many a gem of purest ray serene\n"
                               "        The dark unfathomed caves of ocean bear.\n"
                               "                                        GRAY.\n\n%s"
                               "CHAPTER III.\n\n        The sea is calm tonight,\n"
                               "        The tide is full, the moon lies fair\n"
                               "        --Dover Beach.\n\n%s",
                               BOOK, BOOK, BOOK),
                  "*** END OF THE PROJECT GUTENBERG EBOOK SEA SONGS ***"));
    const char *t = dump(art);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER II.\"\n  paragraph\n    text \"Full many a "
                 "gem of purest ray serene\"\n    break\n    text \"The dark unfathomed caves of "
                 "ocean bear.\"\n    break\n    text \"GRAY.\"") != NULL);
    OK(strstr(t, "text \"The tide is full, the moon lies fair\"\n    break\n    text "
                 "\"--Dover Beach.\"") != NULL);
    OK(strstr(t, "heading level=2\n    text \"Full many") == NULL);
    art = read_text(gutenberg("Title: Sea Songs\n\nAuthor: Ada Finch",
                              "*** START OF THE PROJECT GUTENBERG EBOOK SEA SONGS ***",
                              arena_printf(A,
                                           "%sPROLOGUE\n\n    Two lamps, both alike in dignity,\n"
                                           "    Upon the wall where we lay our scene,\n"
                                           "    From ancient grudge break to new mutiny.\n"
                                           "                                        [Exit.]\n\n%s",
                                           BOOK, BOOK),
                              "*** END OF THE PROJECT GUTENBERG EBOOK SEA SONGS ***"));
    t = dump(art);
    OK(strstr(t, "text \"From ancient grudge break to new mutiny.\"\n  paragraph center\n    "
                 "text \"[Exit.]\"") != NULL);
    OK(strstr(t, "text \"Two lamps, both alike in dignity,\"\n    break\n") != NULL);
}

/* A novel in letters: the name signing a letter, under its closing
 * ("Your affectionate brother,") or right over the next letter's line,
 * is no heading. */
TEST(letter_signatures)
{
    doc_node *art = read_text(
        gutenberg("Title: Sea Letters\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK SEA LETTERS ***",
                  arena_printf(A,
                               "Letter 1\n\n%sYour affectionate brother,\n\nR. Walton\n\n\n"
                               "Letter 2\n\n%sR. Walton\n\n\nChapter 1\n\n%s",
                               BOOK, BOOK, BOOK),
                  "*** END OF THE PROJECT GUTENBERG EBOOK SEA LETTERS ***"));
    const char *t = dump(art);
    OK(strstr(t, "text \"Your affectionate brother,\"\n  paragraph\n    text \"R. Walton\"\n  "
                 "heading level=2\n    text \"Letter 2\"") != NULL);
    OK(strstr(t, "paragraph\n    text \"R. Walton\"\n  heading level=2\n    text \"Chapter "
                 "1\"") != NULL);
    OK(strstr(t, "heading level=2\n    text \"R. Walton") == NULL);
    /* a part's title in capitals over its first chapter heads it */
    art = read_text(gutenberg(
        "Title: Sea Letters\n\nAuthor: Ada Finch",
        "*** START OF THE PROJECT GUTENBERG EBOOK SEA LETTERS ***",
        arena_printf(A, "CHAPTER I\n\n%s\n\nIN THE NEW WORLD\n\nCHAPTER II\n\n%s", BOOK, BOOK),
        "*** END OF THE PROJECT GUTENBERG EBOOK SEA LETTERS ***"));
    OK(strstr(dump(art), "heading level=2\n    text \"IN THE NEW WORLD\"") != NULL);
}

/* Numbers alone over the prose, "I." and "II.", flush or centred, are
 * headings when they run on: a novel's chapters, one level under a
 * numbered story's title ("I. THE LAMP"), at the top level after a
 * preface; a number alone once is no heading. */
TEST(numbered_sections)
{
    doc_node *art = read_text(gutenberg(
        "Title: Sea Stories\n\nAuthor: Ada Finch",
        "*** START OF THE PROJECT GUTENBERG EBOOK SEA STORIES ***",
        arena_printf(A, "I. THE LAMP\n\n\nI.\n\n\n%s\nII.\n\n\n%s\n\nII. THE WALL\n\n\n%s", BOOK,
                     BOOK, BOOK),
        "*** END OF THE PROJECT GUTENBERG EBOOK SEA STORIES ***"));
    const char *t = dump(art);
    OK(strstr(t, "heading level=2\n    text \"I. THE LAMP\"\n  heading level=3\n    text "
                 "\"I.\"\n  paragraph") != NULL);
    OK(strstr(t, "heading level=3\n    text \"II.\"\n  paragraph") != NULL);
    OK(strstr(t, "heading level=2\n    text \"II. THE WALL\"") != NULL);
    art = read_text(
        gutenberg("Title: Sea Stories\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK SEA STORIES ***",
                  arena_printf(A,
                               "PREFACE\n\n%s\n                                   I\n\n\n%s\n"
                               "                                   II\n\n\n%s",
                               BOOK, BOOK, BOOK),
                  "*** END OF THE PROJECT GUTENBERG EBOOK SEA STORIES ***"));
    t = dump(art);
    OK(strstr(t, "heading level=2\n    text \"I\"\n  paragraph") != NULL);
    OK(strstr(t, "heading level=2\n    text \"II\"\n  paragraph") != NULL);
    art = read_text(gutenberg("Title: Sea Stories\n\nAuthor: Ada Finch",
                              "*** START OF THE PROJECT GUTENBERG EBOOK SEA STORIES ***",
                              arena_printf(A, "%s\nIV.\n\n%s", BOOK, BOOK),
                              "*** END OF THE PROJECT GUTENBERG EBOOK SEA STORIES ***"));
    OK(strstr(dump(art), "heading level=2\n    text \"IV.\"") == NULL);
}

/* A play as plays are printed: the scenes one level under their act;
 * stage directions in italics ("Enter Boy.", "[They go out.]"), a
 * direction the transcriber already set in italics left as it is. */
TEST(play_scenes_and_directions)
{
    doc_node *art =
        read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                            "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                            "ACT I\n\nSCENE I. The lamp room.\n\n Enter Keeper and Boy.\n\n"
                            "KEEPER.\nThe tide is in, and the boats are late.\n\n"
                            "BOY.\nI have been to the end of the wall and back.\n\n"
                            "KEEPER.\nThen go again, and call me when you see a light.\n\n"
                            "BOY.\nEnter, whoever you are, the keeper says.\n\n"
                            " [_Exit Boy._]\n\n"
                            "SCENE II. The harbour wall.\n\n"
                            "BOY.\nThere is a light on the water.\n\n"
                            "SAILOR.\nAnd a boat under it.\n\n"
                            " [They go out together.]\n\n"
                            "ACT II\n\nSCENE I. The lamp room.\n\n"
                            "KEEPER.\nThe lamp is lit.\n",
                            "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "heading level=2\n    text \"ACT I\"\n  heading level=3\n    text \"SCENE I. "
                 "The lamp room.\"") != NULL);
    OK(strstr(t, "heading level=3\n    text \"SCENE II. The harbour wall.\"") != NULL);
    OK(strstr(t, "heading level=2\n    text \"ACT II\"") != NULL);
    OK(strstr(t, "paragraph\n    emph\n      text \"Enter Keeper and Boy.\"") != NULL);
    OK(strstr(t, "paragraph\n    emph\n      text \"[They go out together.]\"") != NULL);
    OK(strstr(t, "paragraph\n    text \"[\"\n    emph\n      text \"Exit Boy.\"\n    text \"]\"") !=
       NULL);
    OK(strstr(t, "emph\n      text \"The tide is in") == NULL);
    OK(strstr(t, "paragraph\n    text \"Enter, whoever you are") != NULL);
    /* a book of chapters alone keeps them at one level; a book whose
       first heading is a chapter is not nested under a later part */
    art = read_text(gutenberg(
        "Title: The Lantern Keeper\n\nAuthor: Ada Finch",
        "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
        arena_printf(A, "CHAPTER I\n\n%s\nCHAPTER II\n\n%s\nPART II\n\n%s", BOOK, BOOK, BOOK),
        "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    t = dump(art);
    OK(strstr(t, "heading level=2\n    text \"CHAPTER II\"") != NULL);
    OK(strstr(t, "heading level=2\n    text \"PART II\"") != NULL);
    OK(strstr(t, "level=3") == NULL);
}

/* An old edition's play: each speech a line opening with its speaker's
 * name ("  Keep. The tide"), its further lines indented deeper, no blank
 * line between speeches. Each speech is a paragraph, its speaker bold;
 * three lines or more of verse keep their lines, prose runs on; a
 * direction set apart (centred, far right, or after a run of spaces on
 * the line) is in italics; a speaker who speaks once is one all the same
 * where the others open theirs. The act's line and the place under it
 * are one heading, the next scene one level under the act. */
/* In a play in verse (most of its speeches of three lines or more are
 * verse), a speech of two lines keeps its lines too; in a play of prose
 * speeches it runs on. */
TEST(two_line_speeches_of_a_verse_play)
{
    const char *verse = "  Keep. The lamp is lit, the tide is in,\n"
                        "    The boats come home across the bay;\n"
                        "    And I, who watch them all begin,\n"
                        "    Must watch them end another day.\n"
                        "  Boy. The wind is up, the rain is cold,\n"
                        "    The gulls have left the harbour wall;\n"
                        "    And all the nets are in the hold,\n"
                        "    And no one answers to my call.\n"
                        "  Keep. Then go and light the other lamp,\n"
                        "    The one that stands above the stair,\n"
                        "    And mind the steps, for they are damp,\n"
                        "    And call me if you see them there.\n"
                        "  Sail. A boat! A boat beyond the light!\n"
                        "  Boy. My lamp is lit, the tide is high,\n"
                        "    And still no sail upon the sea.\n"
                        "  Keep. Then we will wait, both you and I,\n"
                        "    And all the harbour waits with me.\n"
                        "  Sail. She will be in before the bell.\n";
    doc_node *art =
        read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                            "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                            arena_printf(A, "ACT I. Scene I.\nThe lamp room.\n\n%s", verse),
                            "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "text \" My lamp is lit, the tide is high,\"\n    break\n    text \"And still no "
                 "sail") != NULL);
    OK(strstr(t, "text \" Then we will wait, both you and I,\"\n    break\n    text \"And all the "
                 "harbour") != NULL);
}

TEST(old_play_speeches)
{
    doc_node *art = read_text(
        gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                  "ACT I. Scene I.\nThe lamp room.\n\n"
                  "Enter Keeper and Boy.\n\n"
                  "  Keep. The tide is in, and the boats are late again tonight.\n"
                  "  Boy. I have been to the end of the harbour wall and back, and there\n"
                  "    is not a single boat on the water yet.\n"
                  "  Keep. Then go again, and call me when you see a light.\n"
                  "  Boy. I will go, but the wind is cold.\n"
                  "  Keep. The lamp is lit, the tide is in,\n"
                  "    The boats come home across the bay;\n"
                  "    And I, who watch them all begin,\n"
                  "    Must watch them end another day.\n"
                  "  Sail. A boat! A boat under the light!\n"
                  "  Keep. Where away?                                  They look out.\n"
                  "  Boy. Off the point, and coming fast.\n"
                  "  Sail. She will be in before the bell.\n"
                  "  Pil. Make room there on the steps.\n"
                  "  K. Wife. Come in, the rain is on the wall.\n"
                  "                                                     Exeunt.\n\n"
                  "Scene II.\nThe harbour wall.\n\n"
                  "                    Enter Boy and Sailor.\n\n"
                  "  Boy. There is a light on the water.\n",
                  "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "heading level=2\n    text \"ACT I. Scene I.\"\n    break\n    text \"The lamp "
                 "room.\"") != NULL);
    OK(strstr(t, "heading level=3\n    text \"Scene II.\"") != NULL);
    OK(strstr(t, "paragraph\n    strong\n      text \"Keep.\"\n    text \" The tide is in, and the "
                 "boats are late again tonight.\"\n  paragraph\n") != NULL);
    OK(strstr(t, "text \" I have been to the end of the harbour wall and back, and there is not "
                 "a single boat") != NULL);
    OK(strstr(t, "text \" The lamp is lit, the tide is in,\"\n    break\n    text \"The boats come "
                 "home across the bay;\"") != NULL);
    OK(strstr(t,
              "text \" Where away?\"\n    text \" \"\n    emph\n      text \"They look out.\"") !=
       NULL);
    OK(strstr(t, "strong\n      text \"Pil.\"") != NULL);
    /* a name of two short parts, each with its stop */
    OK(strstr(t, "strong\n      text \"K. Wife.\"\n    text \" Come in,") != NULL);
    OK(strstr(t, "paragraph\n    emph\n      text \"Exeunt.\"") != NULL);
    OK(strstr(t, "emph\n      text \"Enter Boy and Sailor.\"") != NULL);
    OK(strstr(t, "emph\n      text \"Enter Keeper and Boy.\"") != NULL);
}

/* Speakers who share a name are numbered ("1. Serv."): speeches, not a
 * list's items; a numbered list in the same play's preface stays one. */
TEST(numbered_speakers)
{
    doc_node *art =
        read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                            "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                            "This text follows the first edition, with two changes:\n\n"
                            "1. Spelling. The spelling is made modern throughout the play.\n"
                            "2. Stops. The stops are the editor's where the edition has none.\n\n"
                            "ACT I. Scene I.\nThe lamp room.\n\n"
                            "  Keep. The tide is in, and the boats are late again tonight.\n"
                            "  1. Serv. I have been to the end of the harbour wall and back.\n"
                            "  Boy. There is not a single boat on the water yet.\n"
                            "  2. Serv. Nor any light upon the point.\n"
                            "  Keep. Then go again, and call me when you see a light.\n"
                            "  Boy. I will go, but the wind is cold.\n"
                            "  Sail. A boat! A boat under the light!\n"
                            "  1. Serv. Where away?\n"
                            "  Keep. Off the point, and coming fast.\n"
                            "  Sail. She will be in before the bell.\n"
                            "  Boy. Make room there on the steps.\n",
                            "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "paragraph\n    strong\n      text \"1. Serv.\"\n    text \" I have been to the "
                 "end") != NULL);
    OK(strstr(t, "strong\n      text \"2. Serv.\"\n    text \" Nor any light") != NULL);
    OK(strstr(t, "strong\n      text \"1. Serv.\"\n    text \" Where away?\"") != NULL);
    OK(strstr(t, "list ordered") != NULL);
    OK(strstr(t, "text \"Spelling. The spelling is made modern") != NULL);
}

/* A comedy typed on a typewriter: "FIRST ACT" over "SCENE" opens the
 * text, speakers run into their speeches in mixed case after two spaces
 * ("Lane.  Yes, sir."), a speech's lines run on under it however short
 * the line before, a direction in brackets inside a speech is in
 * italics, and the next act's line is a heading among short lines. */
TEST(typed_comedy)
{
    doc_node *art = read_text(gutenberg(
        "Title: The Lantern Keeper\n\nAuthor: Ada Finch",
        "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
        "This comedy was first played at the Theatre Royal in the spring of the year,\n"
        "and is printed here as it was then given, with the cuts restored.\n\n"
        "THE SCENES OF THE PLAY\n\nACT I.  The Lamp Room.\n\nACT II.  The Harbour Wall.\n\n"
        "TIME:  The Present.\n\n\n\n"
        "FIRST ACT\n\n\nSCENE\n\n\n"
        "The lamp room of a lighthouse.  A stair leads up to the lamp.\n\n"
        "[Keeper is trimming the wick.  Boy enters.]\n\n"
        "Keeper.  Did you hear the bell, Boy?\n\n"
        "Boy.  I didn't think it was for me, sir.\n\n"
        "Keeper.  And who else should it be for?\n"
        "There is nobody on the rock tonight but us.  I had a letter from my brother in\n"
        "London.  He is coming down by the boat.\n\n"
        "Boy.  Yes, sir.  [Hands him the oil can.]  Here it is.  [Bows.]\n\n"
        "Keeper.  Thank you.\n\n"
        "Sailor.  Is anyone there?\n\n"
        "Boy.  A sailor, sir.\n\n"
        "Sailor.  Only me.\n\n"
        "CURTAIN\n\n\nSECOND ACT\n\n\nSCENE\n\n\n"
        "The harbour wall at night.\n\n"
        "Keeper.  The lamp is lit.\n",
        "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "heading level=2\n    text \"FIRST ACT\"") != NULL);
    /* (a list of the acts with their titles is no row of headings) */
    OK(strstr(t, "paragraph\n    text \"ACT I.  The Lamp Room.\"") != NULL);
    OK(strstr(t, "heading level=2\n    text \"SECOND ACT\"") != NULL);
    OK(strstr(t, "paragraph\n    strong\n      text \"Keeper.\"\n    text \"  Did you hear the "
                 "bell, Boy?\"") != NULL);
    OK(strstr(
           t,
           "text \"  And who else should it be for? There is nobody on the rock tonight but us.  "
           "I had a letter from my brother in London.  He is coming down by the boat.\"") != NULL);
    OK(strstr(t, "text \"  Yes, sir.  [\"\n    emph\n      text \"Hands him the oil can.\"\n    "
                 "text \"]  Here it is.  [\"\n    emph\n      text \"Bows.\"") != NULL);
    OK(strstr(t, "paragraph\n    emph\n      text \"[Keeper is trimming the wick.  Boy "
                 "enters.]\"") != NULL);
}

/* A translation's play: a direction in parentheses between the name and
 * the speech ("Keeper (calls down the stair). Is"), the name bold, the
 * direction in italics; a direction in parentheses inside a speech,
 * opening with a capital and ending with a stop, in italics; a remark in
 * parentheses is said. A later edition's names in capitals with the
 * direction in brackets and no stop ("THE BOY [at the door] Yes"). */
TEST(directions_by_the_name)
{
    doc_node *art = read_text(gutenberg(
        "Title: The Lantern Keeper\n\nAuthor: Ada Finch",
        "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
        "ACT I\n\n(SCENE.--The lamp room of a lighthouse. A stair leads up to the lamp.)\n\n"
        "Keeper. Put the can down carefully, boy. Be sure the oil does not spill\n"
        "before the lamp is trimmed. (To the SAILOR, taking out his pipe.) How late?\n\n"
        "Sailor. Nine o'clock.\n\n"
        "Keeper. Then we have an hour. (The SAILOR nods, and goes out.) He is gone.\n\n"
        "Boy (calls down the stair). Is that the boat coming in at last?\n\n"
        "Keeper (busy with the wick). Yes, it is!\n\n"
        "Boy. Is it the one from the town?\n\n"
        "Keeper. It is the one (as I think) that brought the oil.\n\n"
        "Sailor (at the door). The boat is in.\n\n"
        "Boy. Then I will go down.\n",
        "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "paragraph\n    strong\n      text \"Boy\"\n    text \" (\"\n    emph\n      "
                 "text \"calls down the stair\"\n    text \"). Is that the boat coming in at "
                 "last?\"") != NULL);
    OK(strstr(t, "strong\n      text \"Keeper\"\n    text \" (\"\n    emph\n      text \"busy "
                 "with the wick\"") != NULL);
    OK(strstr(t, "text \" Put the can down carefully, boy. Be sure the oil does not spill before "
                 "the lamp is trimmed. (\"\n    emph\n      text \"To the SAILOR, taking out his "
                 "pipe.\"\n    text \") How late?\"") != NULL);
    OK(strstr(t, "emph\n      text \"The SAILOR nods, and goes out.\"") != NULL);
    OK(strstr(t, "text \" It is the one (as I think) that brought the oil.\"") != NULL);
    OK(strstr(t, "paragraph\n    emph\n      text \"(SCENE.--The lamp room") != NULL);
    art = read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                              "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                              "ACT I\n\nThe lamp room of a lighthouse at dusk.\n\n"
                              "THE KEEPER [at the lamp, trimming the wick] Is the boat in yet?\n\n"
                              "THE BOY [at the door] Not yet, sir. The wind is against her.\n\n"
                              "THE KEEPER. Then we wait.\n\n"
                              "THE BOY. I will watch from the wall.\n\n"
                              "THE SAILOR [coming in] She is round the point.\n\n"
                              "THE KEEPER [turning] At last.\n\n"
                              "THE SAILOR. And the oil with her.\n",
                              "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    t = dump(art);
    OK(strstr(t, "paragraph\n    strong\n      text \"THE KEEPER\"\n    text \" [\"\n    emph\n"
                 "      text \"at the lamp, trimming the wick\"\n    text \"] Is the boat in "
                 "yet?\"") != NULL);
    OK(strstr(t, "strong\n      text \"THE SAILOR.\"") != NULL);
}

/* A play that opens on its speeches: the first, as short as a title,
 * is the play's, not a title page's line, when its speaker speaks again;
 * a title page's "VOLUME I. The Lantern" is no speaker. */
TEST(play_opens_on_a_speech)
{
    const char *speeches = "KEEPER. Is the boat in?\n\nBOY. Not yet.\n\nKEEPER. Then wait.\n\n"
                           "BOY. I will.\n\nSAILOR. She is round the point.\n\n"
                           "KEEPER. At last.\n\nSAILOR. And the oil with her.\n";
    doc_node *art =
        read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                            "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                            arena_printf(A, "\n\n\n%s", speeches),
                            "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "article title=\"The Lantern Keeper\"\n  paragraph\n    strong\n      text "
                 "\"KEEPER.\"\n    text \" Is the boat in?\"") != NULL);
    art = read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                              "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                              arena_printf(A, "THE LANTERN KEEPER\n\nACT I\n\n%s", speeches),
                              "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    t = dump(art);
    OK(strstr(t, "heading level=2\n    text \"ACT I\"\n  paragraph\n    strong\n      text "
                 "\"KEEPER.\"\n    text \" Is the boat in?\"") != NULL);
    OK(strstr(t, "text \"THE LANTERN KEEPER\"") == NULL);
}

/* A play's list of persons, between its title page and the title
 * repeated over the first act, is the play's: kept under its heading,
 * the repeated title left out. */
TEST(play_keeps_its_persons)
{
    doc_node *art = read_text(gutenberg(
        "Title: A Lantern House\n\nAuthor: Ada Finch",
        "*** START OF THE PROJECT GUTENBERG EBOOK A LANTERN HOUSE ***",
        "\n\n\nA LANTERN HOUSE\n\nby Ada Finch\n\n\n\n\nDRAMATIS PERSONAE\n\n"
        "Keeper Hale.\nBoy, his son.\nA Sailor.\n\n[The action takes place in the lighthouse.]"
        "\n\n\n\n\nA LANTERN HOUSE\n\nACT I\n\n"
        "Keeper. Put the can down carefully, boy. Be sure the oil does not spill\n"
        "before the lamp is trimmed.\n\nSailor. Nine o'clock.\n\nKeeper. Then we have an "
        "hour.\n\nBoy (calls down the stair). Is that the boat?\n\nSailor. The boat is in.\n\n"
        "Boy. Then I will go down.\n",
        "*** END OF THE PROJECT GUTENBERG EBOOK A LANTERN HOUSE ***"));
    const char *t = dump(art);
    OK(strstr(t, "article title=\"A Lantern House\"\n  heading level=2\n    text \"DRAMATIS "
                 "PERSONAE\"\n  paragraph\n    text \"Keeper Hale.\"\n    break\n    text \"Boy, "
                 "his son.\"") != NULL);
    OK(strstr(t, "emph\n      text \"[The action takes place in the lighthouse.]\"\n  heading "
                 "level=2\n    text \"ACT I\"") != NULL);
    OK(strstr(t, "LANTERN HOUSE\"") == NULL);
    OK(strstr(t, "by Ada Finch") == NULL);
    /* entries set apart by blank lines are one group of lines too */
    art = read_text(gutenberg(
        "Title: A Lantern House\n\nAuthor: Ada Finch",
        "*** START OF THE PROJECT GUTENBERG EBOOK A LANTERN HOUSE ***",
        "\n\n\nA LANTERN HOUSE\n\nby Ada Finch\n\n\n\n\nDRAMATIS PERSONAE\n\n"
        "Keeper Hale.\n\nBoy, his son.\n\nA Sailor.\n\n\n\n\nACT I\n\n"
        "Keeper. Put the can down carefully, boy. Be sure the oil does not spill\n"
        "before the lamp is trimmed.\n\nSailor. Nine o'clock.\n\nKeeper. Then we have an "
        "hour.\n\nBoy (calls down the stair). Is that the boat?\n\nSailor. The boat is in.\n\n"
        "Boy. Then I will go down.\n",
        "*** END OF THE PROJECT GUTENBERG EBOOK A LANTERN HOUSE ***"));
    t = dump(art);
    OK(strstr(t, "PERSONAE\"\n  paragraph\n    text \"Keeper Hale.\"\n    break\n    text \"Boy, "
                 "his son.\"\n    break\n    text \"A Sailor.\"\n  heading") != NULL);
    /* a book of essays whose first is "Characters": its contents stay out,
       the essay's title over it is its heading */
    art = read_text(gutenberg(
        "Title: Essays\n\nAuthor: Ada Finch", "*** START OF THE PROJECT GUTENBERG EBOOK ESSAYS ***",
        arena_printf(A,
                     "ESSAYS\n\nCONTENTS\n\nCHARACTERS\nON LAMPS\nON WALLS\n\n\nCHARACTERS\n\n%s"
                     "ON LAMPS\n\n%s",
                     BOOK, BOOK),
        "*** END OF THE PROJECT GUTENBERG EBOOK ESSAYS ***"));
    t = dump(art);
    OK(strstr(t, "article title=\"Essays\"\n  heading level=2\n    text \"CHARACTERS\"\n  "
                 "paragraph") != NULL);
    OK(strstr(t, "ON WALLS") == NULL);
}

/* A novel is no play: paragraphs opening with a title ("Mr. Darcy") or
 * a word and a stop ("Yes. I will.") keep their words as they are. */
TEST(novel_is_no_play)
{
    const char *para = "The keeper climbed the stair for the last time, and the lamp burned\n"
                       "low in its glass while the boats came home one by one.\n\n";
    doc_node *art =
        read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                            "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                            arena_printf(A,
                                         "Mr. Finch came up the stair with the oil can.\n\n"
                                         "Yes. He would stay the night, he said.\n\n"
                                         "Mrs. Finch stayed below.\n\n"
                                         "Mr. Finch set down the can.\n\n"
                                         "Yes. The lamp would do.\n\n"
                                         "Dr. Hale came at nine.\n\n"
                                         "Dr. Hale looked at the glass.\n\n"
                                         "Mrs. Finch called up the stair.\n\n%s%s",
                                         para, para),
                            "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "strong") == NULL);
    OK(strstr(t, "emph") == NULL);
    OK(strstr(t, "text \"Mr. Finch came up the stair with the oil can.\"") != NULL);
    /* a diary's days open its entries, no one's speeches */
    buf b;
    buf_init(&b, 0);
    for (int k = 0; k < 4; k++)
        buf_adds(&b, "Monday. The wind rose.\n\nTuesday. The boats stayed in.\n\n"
                     "Wednesday. The lamp was lit early.\n\n");
    art = read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                              "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                              arena_strdup(A, b.data),
                              "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    OK(strstr(dump(art), "strong") == NULL);
    buf_clear(&b);
    /* a chapter's line over its first sentence is no titled part */
    art = read_text(
        gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                  arena_printf(A, "%sCHAPTER II\nThe storm came at night.\n\n%s", BOOK, BOOK),
                  "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    OK(strstr(dump(art), "heading level=2\n    text \"CHAPTER II\"\n    break") == NULL);
    /* a few labels in capitals over long prose ("NOTE.") make no cast */
    for (int k = 0; k < 3; k++)
        buf_adds(&b,
                 "NOTE.\nThe lamp was lit at dusk and put out at dawn, as the board ruled.\n\n");
    buf_adds(&b, "Enter the lamp room by the south door, and leave the oil outside.\n\n");
    for (int k = 0; k < 40; k++)
        buf_adds(&b, para);
    art = read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                              "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                              arena_strdup(A, b.data),
                              "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    buf_cleanup(&b);
    t = dump(art);
    OK(strstr(t, "strong\n      text \"NOTE\"") != NULL);
    OK(strstr(t, "paragraph\n    text \"Enter the lamp room by the south door") != NULL);
}

/* A text that opens its paragraphs with an indent: a flush line goes on
 * with the paragraph above, even after a line that stops short. */
TEST(indented_paragraphs_run_on)
{
    const char *para = "  The keeper climbed the stair for the last time, and the lamp\n"
                       "burned low in its glass while the boats came home one by one.\n\n";
    doc_node *art = read_text(
        gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                  arena_printf(A,
                               "%s%s%s"
                               "  `Never mind!' said the keeper, with an air of great relief.\n"
                               "`Light the next lamp.'  And he added to the boy, `Really, my\n"
                               "dear, you must climb the next stair yourself.'\n\n%s%s",
                               para, para, para, para, para),
                  "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    OK(strstr(dump(art),
              "with an air of great relief. \xe2\x80\x98Light the next lamp.'  And he added") !=
       NULL);
}

/* A preface set all in italics, its titles in roman ("_... the delight
 * of_ Emma _and the rest_"): spans of any length are emphasis. */
TEST(long_italics_are_emphasis)
{
    buf b;
    buf_init(&b, 0);
    buf_adds(&b, "_It was late in the autumn,\n");
    for (int k = 0; k < 24; k++) /* lines wrapped full, 1,600 bytes in all */
        buf_adds(&b, "the keeper climbed the stair and the lamp burned low in its glass,\n");
    buf_adds(&b, "as in the case of_ Emma, _and of the rest of them._\n\n");
    OK(b.len > 1000);
    const char *book = arena_printf(A, "%s%s", b.data, BOOK);
    buf_cleanup(&b);
    doc_node *art = read_text(gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                                        "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN "
                                        "KEEPER ***",
                                        book,
                                        "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN "
                                        "KEEPER ***"));
    const char *t = dump(art);
    OK(strchr(t, '_') == NULL);
    OK(strstr(t, "  paragraph\n    emph\n      text \"It was late in the autumn, the keeper") !=
       NULL);
    OK(strstr(t, "    text \" Emma, \"\n    emph\n      text \"and of the rest of them.\"") !=
       NULL);
}

/* The review's cases: none of these loses or misplaces the book's text. */
TEST(book_rules_keep_the_text)
{
    const char *start = "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***";
    const char *end = "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***";
    const char *head = "Title: The Lantern Keeper\n\nAuthor: Ada Finch";
    /* a line that merely starts with "note transcribed" is no label */
    doc_node *art = read_text(gutenberg(
        head, start,
        "CHAPTER I.\n\nThe clerk rose when we came in, and without a word he handed me the\n"
        "note transcribed from the old register, and I read it aloud.\n\n"
        "We sat late that night.\n\nIn the morning the carriage had gone.\n",
        end));
    const char *t = dump(art);
    OK(strstr(t, "note transcribed from the old register") != NULL);
    OK(strstr(t, "We sat late that night.") != NULL);
    OK(strstr(t, "the carriage had gone") != NULL);
    /* a transcriber's note of one paragraph in mid-book takes only that */
    art = read_text(gutenberg(
        head, start,
        "CHAPTER I.\n\nThe lamp was lit.\n\nTranscriber's note: a page is missing here.\n\n"
        "The keeper slept.\n\nThe storm came.\n\nCHAPTER II.\n\nMorning.\n",
        end));
    t = dump(art);
    OK(strstr(t, "a page is missing") == NULL);
    OK(strstr(t, "The keeper slept.") != NULL && strstr(t, "The storm came.") != NULL);
    /* a bracketed note closing in mid-line is left alone, and nothing after */
    art = read_text(
        gutenberg(head, start,
                  "The clerk wrote it down as\n[Transcriber's note: illegible.] and went on with "
                  "the list.\n\nWe sat late that night.[1]\n\n[Footnote 1: Until two.]\n",
                  end));
    t = dump(art);
    OK(strstr(t, "We sat late that night.") != NULL);
    OK(strstr(t, "went on with the list") != NULL);
    OK(nth_ref(art, 0) != NULL && !strcmp(cited(nth_ref(art, 0)), "Until two."));
    /* a note between two rules goes whole */
    art = read_text(gutenberg(head, start,
                              "-----------------------------------------------\n"
                              "Transcriber's Notes:\n"
                              "  Obvious errors have been silently corrected.\n"
                              "-----------------------------------------------\n\n"
                              "CHAPTER I.\n\nThe lamp was lit.\n",
                              end));
    t = dump(art);
    OK(strstr(t, "silently corrected") == NULL);
    OK(strstr(t, "The lamp was lit.") != NULL);
    /* a "FOOTNOTES:" section ends at the next page: the indented chapter
       under it is the book's */
    art = read_text(gutenberg(head, start,
                              "    It was late in the autumn[1] when the keeper climbed.\n\n"
                              "FOOTNOTES:\n\n[1] In the year 1851.\n\n\n\n"
                              "                              CHAPTER II.\n\n"
                              "    The second chapter begins here.\n",
                              end));
    t = dump(art);
    STR_EQ(cited(nth_ref(art, 0)), "In the year 1851.");
    OK(strstr(t, "paragraph\n    text \"The second chapter begins here.\"") != NULL);
    /* a mark whose note the book lost shifts no other pairing; a note no
       mark cites keeps its mark */
    art = read_text(gutenberg(head, start,
                              "CHAPTER I.\n\nUp the hill,[1] in the rain.\n\n"
                              "CHAPTER II.\n\nThe gate was open,[1] and dark.\n\n"
                              "[Footnote 1: Since the winter.]\n\n"
                              "CHAPTER III.\n\nIt was signed[1] by all.\n\n"
                              "[Footnote 1: Forty-one names.]\n\n"
                              "[Footnote 2: Nothing cites this.]\n",
                              end));
    t = dump(art);
    STR_EQ(cited(nth_ref(art, 0)), "Since the winter.");
    STR_EQ(cited(nth_ref(art, 1)), "Forty-one names.");
    OK(strstr(t, "Up the hill,[1] in the rain.") != NULL);
    OK(strstr(t, "[2] Nothing cites this.") != NULL);
    /* an illustration alone keeps no citation marks */
    art = read_text(
        gutenberg(head, start, "Up the stair[1] he went.\n\n[Illustration: THE STAIR.]\n", end));
    OK(strstr(dump(art), "[1]") == NULL);
    /* a title split over the title page's lines is no dedication */
    art = read_text(gutenberg(head, start,
                              "                            THE LANTERN\n"
                              "                                OF\n"
                              "                              KEEPER\n\n"
                              "                                BY\n"
                              "                             ADA FINCH\n\n\n\n"
                              "CHAPTER I.\n\nThe lamp was lit.\n",
                              end));
    t = dump(art);
    OK(strstr(t, "center") == NULL);
    OK(strstr(t, "\"OF\"") == NULL);
    /* a note under a section's rule takes no more than its paragraph */
    art = read_text(gutenberg(head, start,
                              "CHAPTER I.\n\nThe clerk rose.\n\n"
                              "       *       *       *       *       *\n"
                              "Transcriber's note: a line is missing here.\n\n"
                              "We sat late that night.\n\nCHAPTER II.\n\nThe second chapter.\n\n"
                              "-----------------------------------------------\n\nIts end.\n",
                              end));
    t = dump(art);
    OK(strstr(t, "a line is missing") == NULL);
    OK(strstr(t, "We sat late that night.") != NULL);
    OK(strstr(t, "CHAPTER II.") != NULL && strstr(t, "The second chapter.") != NULL);
    /* a chapter whose mark has no note takes no other chapter's */
    art = read_text(gutenberg(head, start,
                              "CHAPTER 1.\n\nOne.[1]\n\n[Footnote 1: Note one.]\n\n"
                              "CHAPTER 2.\n\nTwo.\n\n[Footnote 1: Note two.]\n\n"
                              "CHAPTER 3.\n\nThree.[1]\n\n[Footnote 1: Note three.]\n",
                              end));
    STR_EQ(cited(nth_ref(art, 0)), "Note one.");
    STR_EQ(cited(nth_ref(art, 1)), "Note three.");
    OK(strstr(dump(art), "[1] Note two.") != NULL);
    /* notes of a "FOOTNOTES:" section two blank lines apart */
    art = read_text(gutenberg(head, start,
                              "The clerk rose[1] when we came in.[2]\n\nFOOTNOTES:\n\n"
                              "[1] The first note.\n\n\n[2] The second note.\n\n\n\n"
                              "CHAPTER II.\n\nThe second chapter.\n",
                              end));
    STR_EQ(cited(nth_ref(art, 1)), "The second note.");
    /* a front note takes only the paragraphs about the transcription; a
       short note opening the last chapter takes its own paragraph */
    art = read_text(gutenberg(head, start,
                              "Transcriber's Note: the author's spelling has been kept.\n\n"
                              "This ebook keeps the original's italics.\n\n"
                              "One dollar and eighty-seven cents. That was all.\n\n"
                              "Three times Della counted it.\n",
                              end));
    t = dump(art);
    OK(strstr(t, "spelling has been kept") == NULL && strstr(t, "italics") == NULL);
    OK(strstr(t, "One dollar") != NULL && strstr(t, "Three times Della") != NULL);
    art = read_text(gutenberg(
        head, start,
        arena_printf(A,
                     "CHAPTER I.\n\n%s\n%s\nCHAPTER II.\n\nTranscriber's Note: page "
                     "missing.\n\nThe last chapter's paragraph, which the reader wants.\n\n"
                     "THE END\n",
                     BOOK, BOOK),
        end));
    t = dump(art);
    OK(strstr(t, "page missing") == NULL);
    OK(strstr(t, "which the reader wants") != NULL && strstr(t, "THE END") != NULL);
    /* a transcriber's note on the title page stays out */
    art = read_text(gutenberg(head, start,
                              "                           THE LANTERN KEEPER\n\n"
                              "                              By Ada Finch\n\n"
                              "                Transcriber's Note: obvious typos fixed.\n\n\n\n"
                              "CHAPTER I.\n\nThe lamp was lit.\n",
                              end));
    OK(strstr(dump(art), "typos fixed") == NULL);
    /* lines of verse sharing a left edge are not centred */
    art = read_text(gutenberg(head, start,
                              "He sang:\n\n"
                              "            Far out upon the water, where the gulls cry,\n"
                              "            The lantern burns beneath the sky;\n"
                              "            And none who pass it know its name,\n"
                              "            But every ship is glad the same.\n",
                              end));
    OK(strstr(dump(art), "center") == NULL);
}

TEST(small_print_needs_its_line)
{
    /* web text that mentions the small print is no old Gutenberg file */
    doc_node *art =
        read_text("Read Before You Sign\n\n"
                  "Consumer groups say most people never read a lease from start to\n"
                  "finish. \"You have to read every line,\" said Maria Lopez, who runs a\n"
                  "tenants' help line in Ohio. \"Read it right to the very\n"
                  "end of the small print, because that is where the fees hide.\"\n\n"
                  "Lopez says that renters who skip the fine print pay on average two\n"
                  "hundred dollars more a year in fees they never agreed to knowingly.\n");
    STR_EQ(meta(art)->title, "Read Before You Sign");
    OK(strstr(dump(art), "where the fees hide") != NULL);
}

TEST(verse_keeps_its_lines)
{
    /* An indented stanza is one paragraph of lines (a line group, set as
     * verse); an indented quotation of wrapped prose runs on as prose. */
    doc_node *art = read_text(
        gutenberg("Title: The Lantern Keeper\n\nAuthor: Ada Finch",
                  "*** START OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***",
                  "The keeper climbed the stair for the last time, and the lamp burned low\n"
                  "in its glass, and he said over to himself the old lines he had learned\n"
                  "as a boy, which ran like this in the copy his mother kept by the fire:\n\n"
                  "            Far out upon the water, where the gulls cry,\n"
                  "            The lantern burns beneath the sky;\n"
                  "            And none who pass it know its name,\n"
                  "            But every ship is glad the same.\n\n"
                  "And the harbour master wrote of him in the log that winter, in words the\n"
                  "keeper kept folded in his coat until the day he died:\n\n"
                  "    He has kept the light for thirty years without a single night's fault,\n"
                  "    and no ship under his lamp has come to harm in all that time, which is\n"
                  "    more than any keeper on this coast can say of himself.\n\n"
                  "He set down the oil can and looked out over the grey water, where the\n"
                  "boats came home one by one.\n",
                  "*** END OF THE PROJECT GUTENBERG EBOOK THE LANTERN KEEPER ***"));
    const char *t = dump(art);
    OK(strstr(t, "text \"Far out upon the water, where the gulls cry,\"\n    break\n"
                 "    text \"The lantern burns beneath the sky;\"\n    break\n") != NULL);
    const doc_node *verse = art->first_child ? art->first_child->next : NULL;
    OK(verse && doc_para_is_line_group(verse));
    OK(strstr(t, "text \"He has kept the light for thirty years without a single night's "
                 "fault, and no ship under his lamp") != NULL);
    OK(strstr(t, "center") == NULL);
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(license_is_cut_at_start_and_end);
    RUN(header_fields_are_the_metadata);
    RUN(language_line);
    RUN(chapter_lines_are_headings);
    RUN(first_chapter_above_the_text_is_kept);
    RUN(title_page_repeats_are_dropped);
    RUN(front_heading_over_the_text_is_kept);
    RUN(centred_title_page_is_dropped);
    RUN(book_conventions);
    RUN(printed_contents_is_dropped);
    RUN(book_rules_leave_alone);
    RUN(centred_lines_are_display);
    RUN(transcriber_notes_are_dropped);
    RUN(small_print_license_is_cut);
    RUN(oldest_file_title_page);
    RUN(centred_chapter_title_is_joined);
    RUN(chapters_in_other_languages_and_numbers_alone);
    RUN(list_of_illustrations_is_dropped);
    RUN(unpaged_contents_is_dropped);
    RUN(chapter_in_a_caption_is_a_heading);
    RUN(footnotes_are_notes);
    RUN(illustrations_are_figures);
    RUN(sidenotes_are_labels);
    RUN(book_rules_keep_the_text);
    RUN(small_print_needs_its_line);
    RUN(verse_keeps_its_lines);
    RUN(notes_under_their_paragraph);
    RUN(backquote_opens_a_quotation);
    RUN(dialogue_is_not_a_heading);
    RUN(flush_verse_keeps_its_lines);
    RUN(indented_paragraphs_run_on);
    RUN(flush_title_page_is_dropped);
    RUN(poems_without_prose);
    RUN(sonnets_set_in);
    RUN(verse_turnovers_run_on);
    RUN(epigraph_with_its_source);
    RUN(letter_signatures);
    RUN(short_flush_title_page);
    RUN(numbered_sections);
    RUN(play_scenes_and_directions);
    RUN(old_play_speeches);
    RUN(two_line_speeches_of_a_verse_play);
    RUN(numbered_speakers);
    RUN(typed_comedy);
    RUN(directions_by_the_name);
    RUN(play_opens_on_a_speech);
    RUN(play_keeps_its_persons);
    RUN(novel_is_no_play);
    RUN(long_italics_are_emphasis);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
