/* Unit tests of the plain-text reader's grids (grid.c): drawn tables, tab
 * rows, column-aligned lines and listings kept as tables or preformatted
 * blocks, and the prose, lists, verse, addresses and menus that must not
 * be taken for them. */
#include <string.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"

static arena *A;
static diag_list D;

/* The article read from a title, an opening paragraph and then `body`. */
static doc_node *
read_body(const char *body)
{
    const char *s = arena_printf(A,
                                 "A Title For The Test\n\n"
                                 "An opening paragraph of prose that says what the article is "
                                 "about, in a sentence long enough to read as prose.\n\n%s",
                                 body);
    reader_options o = {"text", -1, NULL, NULL, 0, 0};
    doc_node *art = NULL;
    diag_cleanup(&D);
    diag_init(&D, A);
    OK(reader_read_bytes(A, &D, "t.txt", s, strlen(s), &o, &art) == 0);
    OK(art != NULL);
    OK(doc_check(art) == NULL);
    return art;
}

static int
count(const doc_node *art, doc_type t)
{
    int k = 0;
    for (const doc_node *n = art->first_child; n; n = n->next)
        k += n->type == t;
    return k;
}

static const doc_node *
first(const doc_node *art, doc_type t)
{
    for (const doc_node *n = art->first_child; n; n = n->next)
        if (n->type == t)
            return n;
    return NULL;
}

/* Text of cell c of row r ("" when empty, NULL when there is none). */
static const char *
cell(const doc_node *table, int r, int c)
{
    const doc_node *row = table ? table->first_child : NULL;
    for (int i = 0; row && i < r; i++)
        row = row->next;
    const doc_node *x = row ? row->first_child : NULL;
    for (int i = 0; x && i < c; i++)
        x = x->next;
    if (!x)
        return NULL;
    return x->first_child && x->first_child->type == DOC_TEXT ? x->first_child->text : "";
}

static int
rows(const doc_node *table)
{
    int n = 0;
    for (const doc_node *r = table ? table->first_child : NULL; r; r = r->next)
        n++;
    return n;
}

static bool
header(const doc_node *table)
{
    return table && table->first_child && (table->first_child->flags & DOC_F_HEADER);
}

static const char *
code(const doc_node *art)
{
    const doc_node *c = first(art, DOC_CODE_BLOCK);
    return c ? c->text : NULL;
}

TEST(box_drawing_tables)
{
    /* psql: a header over a rule, bars between the cells, a row count. */
    doc_node *art = read_body("    lower_bound    \xe2\x94\x82     upper_bound\n"
                              "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94"
                              "\xbc\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\n"
                              "1.2511263318488451 \xe2\x94\x82 7.4155403348178215\n"
                              "3.5 \xe2\x94\x82 4\n"
                              "(2 rows)\n\nThe range is one deviation wide.\n");
    const doc_node *t = first(art, DOC_TABLE);
    OK(t != NULL);
    OK(header(t));
    INT_EQ(rows(t), 3);
    STR_EQ(cell(t, 0, 0), "lower_bound");
    STR_EQ(cell(t, 0, 1), "upper_bound");
    STR_EQ(cell(t, 1, 1), "7.4155403348178215");
    STR_EQ(cell(t, 2, 0), "3.5");
    OK(cell(t, 0, 2) == NULL);
    /* The count under it stays a line of text. */
    OK(t->next && t->next->type == DOC_PARA);
    STR_EQ(t->next->first_child->text, "(2 rows)");
    /* One column: no bar at all, only the rule. */
    art = read_body("       avg\n"
                    "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\n"
                    "4.3333333333333333\n\nThe mean is about 4.33.\n");
    t = first(art, DOC_TABLE);
    OK(header(t));
    INT_EQ(rows(t), 2);
    STR_EQ(cell(t, 0, 0), "avg");
    STR_EQ(cell(t, 1, 0), "4.3333333333333333");
    /* Too wide for a page as a table: kept as drawn. */
    art = read_body("status_code \xe2\x94\x82         period         \xe2\x94\x82 entries \xe2\x94\x82"
                    "      mean_entries      \xe2\x94\x82     stddev_entries\n"
                    "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\xbc\xe2\x94\x80\n"
                    "        200 \xe2\x94\x82 2020-08-01 18:00:00+00 \xe2\x94\x82    4084 \xe2\x94\x82"
                    "  2759.9672131147540984 \xe2\x94\x82       699.59740725\n\n"
                    "The mean moves with the window.\n");
    INT_EQ(count(art, DOC_TABLE), 0);
    OK(code(art) && !strncmp(code(art), "status_code \xe2\x94\x82", 15));
    /* A framed box with no header rule: kept as drawn, not reflowed. */
    art = read_body("\xe2\x94\x8c\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x90\n"
                    "\xe2\x94\x82 a  \xe2\x94\x82\n"
                    "\xe2\x94\x82 bb \xe2\x94\x82\n"
                    "\xe2\x94\x94\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x98\n");
    INT_EQ(count(art, DOC_TABLE), 0);
    OK(code(art) != NULL);
    OK(code(art) && strstr(code(art), "\xe2\x94\x82 bb \xe2\x94\x82\n") != NULL);
    INT_EQ(count(art, DOC_PARA), 1);
}

TEST(ascii_tables)
{
    doc_node *art = read_body("Prices at the stall:\n"
                              "+------+-------+\n"
                              "| name | price |\n"
                              "+======+=======+\n"
                              "| tea  | 1.50  |\n"
                              "| cake | 2.75  |\n"
                              "+------+-------+\n");
    const doc_node *t = first(art, DOC_TABLE);
    OK(header(t));
    INT_EQ(rows(t), 3);
    STR_EQ(cell(t, 0, 1), "price");
    STR_EQ(cell(t, 2, 0), "cake");
    /* The line introducing it stays a paragraph. */
    INT_EQ(count(art, DOC_PARA), 2);
    /* Rules between the rows: a cell over two lines is one cell. */
    art = read_body("+------+------------+\n"
                    "| year | event      |\n"
                    "+------+------------+\n"
                    "| 1911 | the bridge |\n"
                    "|      | opened     |\n"
                    "+------+------------+\n"
                    "| 1950 | it closed  |\n"
                    "+------+------------+\n");
    t = first(art, DOC_TABLE);
    INT_EQ(rows(t), 3);
    STR_EQ(cell(t, 1, 1), "the bridge opened");
    STR_EQ(cell(t, 2, 0), "1950");
    /* A Markdown pipe table. */
    art = read_body("| Day | Open |\n|-----|:----:|\n| Mon | 9-5 |\n| Sat | 10-2 |\n");
    t = first(art, DOC_TABLE);
    OK(header(t));
    INT_EQ(rows(t), 3);
    STR_EQ(cell(t, 2, 1), "10-2");
    /* Rows of uneven cells: drawn, but no clean table; kept as it stands. */
    art = read_body("+---+---+\n| a | b |\n+---+---+\n| c |\n+---+---+\n");
    INT_EQ(count(art, DOC_TABLE), 0);
    STR_EQ(code(art), "+---+---+\n| a | b |\n+---+---+\n| c |\n+---+---+");
}

TEST(tab_rows)
{
    /* Labels over figures: a table with a header. */
    doc_node *art =
        read_body("Release\tDate\n4.2.3\tApril 2014\n4.3\tJuly 2014\n4.4\tJanuary 2015\n");
    const doc_node *t = first(art, DOC_TABLE);
    OK(header(t));
    INT_EQ(rows(t), 4);
    STR_EQ(cell(t, 3, 1), "January 2015");
    /* No header: still the table it was copied from. */
    art = read_body("Herbert\t63\t16.6%\nJuergen\t56\t14.7%\nArmin\t56\t14.7%\n");
    t = first(art, DOC_TABLE);
    OK(t && !header(t));
    STR_EQ(cell(t, 0, 2), "16.6%");
    /* An empty corner over labelled rows. */
    art = read_body("\tDraft\tReview\nLoad map\t\t\nSave map\t\t\n");
    t = first(art, DOC_TABLE);
    OK(header(t));
    STR_EQ(cell(t, 0, 0), "");
    STR_EQ(cell(t, 2, 0), "Save map");
    /* Two lines with a tab are no table. */
    art = read_body("Capital\tWellington\nLargest city\tAuckland\n");
    INT_EQ(count(art, DOC_TABLE), 0);
    /* A list whose markers are followed by tabs stays a list. */
    art = read_body("-\tapples\n-\tpears\n-\tplums\n\nThat is all the fruit there was.\n");
    INT_EQ(count(art, DOC_TABLE), 0);
    INT_EQ(count(art, DOC_LIST), 1);
}

TEST(aligned_columns)
{
    doc_node *art = read_body("Coffee          2.50\nCappuccino     12.00\nTea             1.75\n\n"
                              "Prices include tax.\n");
    STR_EQ(code(art), "Coffee          2.50\nCappuccino     12.00\nTea             1.75");
    OK(first(art, DOC_CODE_BLOCK)->flags & DOC_F_NOSMART);
    /* Command output: the indentation all lines share goes, the rest stays. */
    art = read_body("    NAME       STATUS    PORTS\n"
                    "    web        Up 2 h    80/tcp\n"
                    "    db         Up 2 h    5432/tcp\n");
    STR_EQ(code(art), "NAME       STATUS    PORTS\nweb        Up 2 h    80/tcp\n"
                      "db         Up 2 h    5432/tcp");
    /* A timetable right under a sentence, with no blank line between. */
    art = read_body("The buses leave at these times.\n"
                    "Mon  07:10  12:40  18:05\n"
                    "Tue  07:10  12:40  18:05\n"
                    "Sat  08:00  13:00\n");
    OK(code(art) != NULL);
    OK(code(art) && !strncmp(code(art), "Mon  07:10", 10));
    INT_EQ(count(art, DOC_PARA), 2);
}

TEST(wide_characters_in_columns)
{
    /* Columns aligned as a terminal draws them: a CJK character takes two
       columns, so the years stand in one column though the names before
       them hold 5, 11 and 6 characters. */
    doc_node *art = read_body("東京都庁舎    1991\n"
                              "Tokyo Tower   1958\n"
                              "スカイツリー  2012\n");
    OK(code(art) != NULL);
    OK(code(art) && strstr(code(art), "Tokyo Tower   1958") != NULL);
    INT_EQ(count(art, DOC_PARA), 1);
}

TEST(listings)
{
    doc_node *art = read_body("SELECT avg(n)\nFROM unnest(array[2, 3, 5]) AS n;\n\n"
                              "The mean is about 3.33.\n");
    STR_EQ(code(art), "SELECT avg(n)\nFROM unnest(array[2, 3, 5]) AS n;");
    INT_EQ(count(art, DOC_HEADING), 0); /* "SELECT" is no heading */
    /* Parts one blank line apart are one listing, indentation kept; the
     * heading right under it is not code. */
    art = read_body("function Cow(name) {\n  this.name = name;\n}\n\n"
                    "Cow.prototype = {\n  greets: function(t) {\n    return t;\n  }\n};\n"
                    "Testing it\n\nThe tests come next, in their own file.\n");
    STR_EQ(code(art), "function Cow(name) {\n  this.name = name;\n}\n\nCow.prototype = {\n"
                      "  greets: function(t) {\n    return t;\n  }\n};");
    INT_EQ(count(art, DOC_CODE_BLOCK), 1);
    const doc_node *h = first(art, DOC_HEADING);
    OK(h && h->first_child && !strcmp(h->first_child->text, "Testing it"));
    /* Markup. */
    art = read_body("<html>\n<body>\n  <script src=\"cow.js\" data-cover></script>\n</body>\n"
                    "</html>\n\nNotice the data-cover attribute.\n");
    OK(code(art) && !strncmp(code(art), "<html>\n<body>\n  <script", 23));
    /* Prose with brackets and a semicolon at a line's end is no code. */
    art = read_body("The ferry (the old one) left at noon;\nthe new one (a catamaran) waits\n"
                    "for the tide [see the timetable] and leaves at two.\n");
    INT_EQ(count(art, DOC_CODE_BLOCK), 0);
    art =
        read_body("Come live with me and be my love;\nAnd we will all the pleasures prove,\n"
                  "That valleys, groves, hills, and fields,\nWoods, or steepy mountain yields.\n");
    INT_EQ(count(art, DOC_CODE_BLOCK), 0);
    /* Short verse lines, one ending with a semicolon. */
    art = read_body("Rage, rage\nagainst the dying;\nof the light\n\nSo the poem goes.\n");
    INT_EQ(count(art, DOC_CODE_BLOCK), 0);
    /* A comment line may end a sentence. */
    art = read_body("-- Wrong!\nSELECT\n   count(*) AS entries\nFROM\n   server_log\n"
                    "ORDER BY period DESC\nLIMIT 20;\n\nThat query counts the wrong thing.\n");
    OK(code(art) && !strncmp(code(art), "-- Wrong!\nSELECT", 16));
    INT_EQ(count(art, DOC_HEADING), 0);
}

TEST(prose_is_no_grid)
{
    /* Two spaces after each sentence, even where they line up. */
    doc_node *art = read_body("The first line ends.  Then more words here and some more.\n"
                              "The next line ends.  Then more words here and some more.\n"
                              "A third line endsss.  Then more words here and some more.\n");
    INT_EQ(count(art, DOC_CODE_BLOCK) + count(art, DOC_TABLE), 0);
    /* Justified prose with wide gaps: long runs of words between them. */
    art = read_body("It was the best of  times and the worst of times it was the age  of\n"
                    "wisdom and it was the age of foolishness it was  the epoch of  belief\n"
                    "and it was the epoch of incredulity it was the season of  Light it\n");
    INT_EQ(count(art, DOC_CODE_BLOCK) + count(art, DOC_TABLE), 0);
    /* Verse, an address, a list and a menu. */
    art = read_body("The sea is calm tonight.\nThe tide is full, the moon lies fair\n"
                    "Upon the straits; on the French coast the light\nGleams and is gone.\n\n"
                    "Riverside Reading Circle\n12 Mill Road\nSpringfield, IL  62704\n\n"
                    "- tea     hot\n- cake    sweet\n- bread   plain\n\n"
                    "Home | About | Contact\n\nThe end of it all, for now.\n");
    INT_EQ(count(art, DOC_CODE_BLOCK) + count(art, DOC_TABLE), 0);
    INT_EQ(count(art, DOC_LIST), 1);
    /* Numbered lines with two spaces after the number. */
    art = read_body("1.  Introduction\n2.  Terminology\n3.  Storage model\n");
    INT_EQ(count(art, DOC_CODE_BLOCK) + count(art, DOC_TABLE), 0);
    /* A blog's archive menu: a marker, two spaces, an entry. */
    art = read_body("\xe2\x96\xba\xc2\xa0 2017 (11)\n\xe2\x96\xba\xc2\xa0 January (11)\n"
                    "\xe2\x96\xbc\xc2\xa0 2016 (136)\n\xe2\x96\xbc\xc2\xa0 December (17)\n\n"
                    "The archive ends here, as the blog does.\n");
    INT_EQ(count(art, DOC_CODE_BLOCK) + count(art, DOC_TABLE), 0);
    /* A heading underlined with box drawing, prose under it. */
    art = read_body("Introduction\n\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\n"
                    "The first words of the section, which is prose.\n");
    INT_EQ(count(art, DOC_CODE_BLOCK) + count(art, DOC_TABLE), 0);
    /* A lone line of box drawing is no table. */
    art = read_body(
        "\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\xe2\x94\x80\n\nAfter the line.\n");
    INT_EQ(count(art, DOC_CODE_BLOCK) + count(art, DOC_TABLE), 0);
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(box_drawing_tables);
    RUN(ascii_tables);
    RUN(tab_rows);
    RUN(aligned_columns);
    RUN(wide_characters_in_columns);
    RUN(listings);
    RUN(prose_is_no_grid);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
