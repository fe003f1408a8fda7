/* Unit tests of the plain-text reader as a whole (reader_read_bytes). */
#include <string.h>

#include "base/arena.h"
#include "base/buf.h"
#include "base/diag.h"
#include "doc/doc.h"
#include "harness.h"
#include "readers/reader.h"

static arena *A;
static diag_list D;

static doc_node *
read_text(const char *s, const char *lang)
{
    reader_options o = {"text", -1, lang, NULL, 0, 0};
    doc_node *art = NULL;
    diag_cleanup(&D);
    diag_init(&D, A);
    int rc = reader_read_bytes(A, &D, "t.txt", s, strlen(s), &o, &art);
    OK(rc == 0);
    OK(art != NULL);
    const char *why = doc_check(art);
    if (why)
        fprintf(stderr, "doc_check: %s\n", why);
    OK(why == NULL);
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

static const char *
body_text(const doc_node *art)
{
    buf b;
    buf_init(&b, 0);
    doc_dump_text(art, &b);
    char *s = arena_strdup(A, b.data ? b.data : "");
    buf_cleanup(&b);
    return s;
}

static doc_meta *
meta(doc_node *art)
{
    return art->as.article.meta;
}

TEST(tree_of_a_small_article)
{
    doc_node *art = read_text("Skip to content\n"
                              "A Small Title\n"
                              "\n"
                              "By Jo Ann Lee, Staff Writer\n"
                              "\n"
                              "First paragraph, which is a sentence.\n"
                              "\n"
                              "Section One\n"
                              "\n"
                              "- one\n"
                              "- two\n"
                              "\n"
                              "> quoted\n"
                              "> on two lines\n"
                              "\n"
                              "Last words.\n",
                              NULL);
    STR_EQ(dump(art), "article title=\"A Small Title\"\n"
                      "  paragraph\n"
                      "    text \"First paragraph, which is a sentence.\"\n"
                      "  heading level=2\n"
                      "    text \"Section One\"\n"
                      "  list bullet tight\n"
                      "    item\n"
                      "      paragraph\n"
                      "        text \"one\"\n"
                      "    item\n"
                      "      paragraph\n"
                      "        text \"two\"\n"
                      "  blockquote\n"
                      "    paragraph\n"
                      "      text \"quoted on two lines\"\n"
                      "  paragraph\n"
                      "    text \"Last words.\"\n");
    doc_meta *m = meta(art);
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "Jo Ann Lee");
    STR_EQ(m->author_roles[0], "Staff Writer");
    INT_EQ(m->n_dropped, 1);
    STR_EQ(m->dropped[0], "Skip to content");
    /* Source positions: the heading is on line 8, the list item on 10. */
    doc_node *h = art->first_child->next;
    INT_EQ(h->type, DOC_HEADING);
    INT_EQ(h->pos.line, 8);
    INT_EQ(h->next->first_child->pos.line, 10);
    STR_EQ(h->pos.file, "t.txt");
}

TEST(language_orders_ambiguous_dates)
{
    const char *s = "Title Here\n\n05/06/2022\n\nA paragraph of the body, long enough.\n";
    STR_EQ(meta(read_text(s, NULL))->date, "2022-05-06");
    STR_EQ(meta(read_text(s, "en-US"))->date, "2022-05-06");
    STR_EQ(meta(read_text(s, "en-GB"))->date, "2022-06-05");
    STR_EQ(meta(read_text(s, "de"))->date, "2022-06-05");
    /* Unambiguous dates do not depend on it. */
    STR_EQ(meta(read_text("Title Here\n\n2022-05-06\n\nBody text here.\n", "de"))->date,
           "2022-05-06");
}

TEST(lists_ordered_and_loose)
{
    doc_node *art = read_text("Title\n\nIntro line:\n\n3) third\n\n4) fourth\nrunning on\n\n"
                              "After the list.\n",
                              NULL);
    doc_node *list = art->first_child->next;
    INT_EQ(list->type, DOC_LIST);
    OK(list->as.list.ordered);
    INT_EQ(list->as.list.start, 3);
    INT_EQ(list->as.list.delim, ')');
    OK(!(list->flags & DOC_F_TIGHT));
    STR_EQ(doc_text_of(A, list->last_child), "fourth running on");
    INT_EQ(list->next->type, DOC_PARA);
}

TEST(headings_need_company)
{
    /* Three short lines in a row are verse; a short last line is a paragraph. */
    doc_node *art = read_text("Title\n\nThe body begins with a sentence.\n\nRoses are red\n"
                              "Violets are blue\nSugar is sweet\n\nA sentence again.\n\n"
                              "The End\n",
                              NULL);
    size_t headings = 0, paras = 0;
    for (doc_node *n = art->first_child; n; n = n->next) {
        headings += n->type == DOC_HEADING;
        paras += n->type == DOC_PARA;
    }
    INT_EQ(headings, 0);
    INT_EQ(paras, 6);
}

TEST(hard_wrapped_with_heading)
{
    const char *s = "Title\n"
                    "\n"
                    "This is a paragraph that was wrapped at about sixty columns by\n"
                    "some editor, so its lines must be joined back together into\n"
                    "one paragraph again.\n"
                    "The Next Part\n"
                    "And here the next part begins, also wrapped at sixty columns\n"
                    "and running on for a while before it stops.\n";
    doc_node *art = read_text(s, NULL);
    STR_EQ(body_text(art), "This is a paragraph that was wrapped at about sixty columns by some "
                           "editor, so its lines must be joined back together into one "
                           "paragraph again.\n\nThe Next Part\n\nAnd here the next part "
                           "begins, also wrapped at sixty columns and running on for a while "
                           "before it stops.\n");
    INT_EQ(art->first_child->next->type, DOC_HEADING);
}

/* A wrapper breaks a line at a word's hyphen or at a dash set close: the
 * lines join there with no space ("waistcoat-pocket", "rabbit--hole",
 * "said\xe2\x80\x94and"); a dash with a space before it keeps its spaces. */
TEST(hard_wrapped_at_a_hyphen)
{
    const char *s = "Title\n"
                    "\n"
                    "The rabbit took a watch out of its waistcoat-\n"
                    "pocket and looked at it, then ran on, and she followed it down a rabbit--\n"
                    "hole under the hedge, through nineteenth-\n"
                    "and twentieth-century roots, thinking of nothing\xe2\x80\x94\n"
                    "not even of the way back. It was a long way down -\n"
                    "longer than she had thought a hole could go.\n";
    doc_node *art = read_text(s, NULL);
    STR_EQ(body_text(art), "The rabbit took a watch out of its waistcoat-pocket and looked at "
                           "it, then ran on, and she followed it down a rabbit--hole under the "
                           "hedge, through nineteenth- and twentieth-century roots, thinking of "
                           "nothing\xe2\x80\x94not even of the way back. It "
                           "was a long way down - longer than she had thought a hole could "
                           "go.\n");
}

/* A question alone on its line may head a section ("What is it for?"),
 * but not one in quotation marks: that is someone speaking. */
TEST(quoted_question_is_speech)
{
    const char *s = "Title\n\n"
                    "She stood at the door for a long while before she spoke to him at all.\n\n"
                    "\xe2\x80\x9cWhere did it go?\xe2\x80\x9d\n\n"
                    "He did not answer her, and went on cleaning the glass of the lamp.\n\n"
                    "What is a lamp for?\n\n"
                    "A lamp is for the boats, and the boats were all home already.\n";
    const char *t = dump(read_text(s, NULL));
    OK(strstr(t, "paragraph\n    text \"\xe2\x80\x9cWhere did it go?") != NULL);
    OK(strstr(t, "heading level=2\n    text \"What is a lamp for?\"") != NULL);
}

/* A licence or a manual as plain text: hard-wrapped at 70 columns, a
 * centred heading, numbered section titles ending in a full stop. A
 * centred "TERMS AND CONDITIONS" is a heading, not a footer link; a
 * wrapped line that
 * opens with a chrome word ("copyright ...") or with a number ("7. This
 * ...") goes on with the sentence above; "2. Using the Tool." over prose
 * is a section heading. */
TEST(hard_wrapped_document)
{
    const char *s = "The Lending Terms\n"
                    "\n"
                    "  The tool library on Mill Road lends ladders, drills and sewing\n"
                    "machines to anyone who lives in the ward.  These are its terms.\n"
                    "\n"
                    "                        TERMS AND CONDITIONS\n"
                    "\n"
                    "  1. Scope.\n"
                    "\n"
                    "  These terms cover every tool the library lends, for the whole of\n"
                    "the loan period.  Each borrower signs them once, at the desk, and\n"
                    "keeps a copy for as long as the card is valid.\n"
                    "\n"
                    "  2. Using the Tool.\n"
                    "\n"
                    "  A borrower may use a tool for any lawful purpose during the term of\n"
                    "copyright on the manual that comes with it, and must return the manual\n"
                    "with the tool.  Repairs follow the rules set out under section\n"
                    "7.  This rule does not limit what the borrower may do at home, and\n"
                    "it does not oblige anyone to repair anything.\n"
                    "\n"
                    "  3. Returns.\n"
                    "\n"
                    "  Tools come back clean, with every part that left with them, on or\n"
                    "before the date printed on the slip, or the next day the desk opens.\n";
    doc_node *art = read_text(s, NULL);
    const char *t = body_text(art);
    OK(strstr(t, "during the term of copyright on the manual that comes with it") != NULL);
    OK(strstr(t, "under section 7. This rule does not limit") != NULL);
    int headings = 0, lists = 0;
    for (const doc_node *n = art->first_child; n; n = n->next) {
        headings += n->type == DOC_HEADING;
        lists += n->type == DOC_LIST;
    }
    INT_EQ(headings, 4);
    INT_EQ(lists, 0);
    OK(strstr(dump(art), "heading level=2\n    text \"TERMS AND CONDITIONS\"") != NULL);
    OK(strstr(dump(art), "heading level=2\n    text \"2. Using the Tool.\"") != NULL);
    INT_EQ(meta(art)->n_dropped, 0);
}

/* Text wrapped at a fixed width with no title over it: its first line,
 * which ends no sentence but runs on into a capitalised word ("Elm" over
 * "Street"), is the paragraph's, not a title; a title over such text is
 * still found. */
TEST(hard_wrapped_untitled)
{
    const char *s = "This week I want to talk about the garden we planted on the corner of Elm\n"
                    "Street, and what the neighbours made of it when the first tomatoes came\n"
                    "in. It was not what any of us expected, and I think the story is worth\n"
                    "telling in full.\n"
                    "\n"
                    "The plot had been empty for eleven years. Nobody owned it, or rather the\n"
                    "city did, which in practice meant nobody did. We asked anyway.\n";
    doc_node *art = read_text(s, NULL);
    OK(meta(art)->title == NULL);
    OK(strstr(body_text(art), "This week I want to talk about the garden we planted on the "
                              "corner of Elm Street, and what") != NULL);
    INT_EQ(meta(art)->n_dropped, 0);
    char *titled = arena_printf(A, "The Garden on Elm Street\n\n%s", s);
    art = read_text(titled, NULL);
    STR_EQ(meta(art)->title, "The Garden on Elm Street");
    OK(strstr(body_text(art), "This week I want to talk") != NULL);
}

/* A document's own copyright notice, over a hard-wrapped paragraph under
 * the title, is content (a site's footer line stands alone). */
TEST(document_copyright_notice_is_content)
{
    const char *s = "                         THE MILL ROAD LENDING TERMS\n"
                    "                           Version 2, 4 March 2019\n"
                    "\n"
                    " Copyright (C) 2019 Mill Road Tool Library <https://example.org/>\n"
                    " Anyone may copy and hand out this document, but changing it is\n"
                    " not allowed.\n"
                    "\n"
                    "  1. Scope.\n"
                    "\n"
                    "  These terms cover every tool the library lends, for the whole of\n"
                    "the loan period.  Each borrower signs them once, at the desk, and\n"
                    "keeps a copy for as long as the card is valid, which is two years.\n";
    doc_node *art = read_text(s, NULL);
    STR_EQ(meta(art)->title, "THE MILL ROAD LENDING TERMS");
    OK(meta(art)->subtitle == NULL);
    INT_EQ(meta(art)->n_dropped, 0);
    OK(strstr(body_text(art), "Copyright (C) 2019 Mill Road Tool Library") != NULL);
}

/* "1. Scope." right under the title, over the first paragraph, is the
 * first section's heading, not a list of the header's furniture. */
TEST(numbered_section_under_title)
{
    const char *s = "THE MILL ROAD LENDING TERMS\n"
                    "\n"
                    "1. Scope.\n"
                    "\n"
                    "These terms cover every tool the library lends, for the whole of\n"
                    "the loan period.  Each borrower signs them once, at the desk, and\n"
                    "keeps a copy for as long as the card is valid, which is two years.\n"
                    "\n"
                    "2. Returns.\n"
                    "\n"
                    "Tools come back clean, with every part that left with them, on or\n"
                    "before the date printed on the slip, or the next day the desk opens.\n";
    doc_node *art = read_text(s, NULL);
    STR_EQ(meta(art)->title, "THE MILL ROAD LENDING TERMS");
    INT_EQ(meta(art)->n_dropped, 0);
    OK(strstr(dump(art), "heading level=2\n    text \"1. Scope.\"") != NULL);
}

/* One line running past the wrapper's width (a long address) does not
 * widen it: a full line ending a sentence mid-paragraph still runs on. */
TEST(wrap_width_ignores_one_long_line)
{
    const char *s = "The Mill Road Lending Terms\n"
                    "\n"
                    "  Last of all, every borrower is asked to treat the tools with care.\n"
                    "Drills that come back blunt are sharpened by volunteers on Sundays,\n"
                    "and the library would rather they spent that time on other work.\n"
                    "  These terms cover every tool the library lends, for the whole of\n"
                    "the loan period.  Each borrower signs them once, at the desk, and\n"
                    "keeps a copy for as long as the card is valid, which is two years.\n"
                    "  Tools come back clean, with every part that left with them, on or\n"
                    "before the date printed on the slip, or the next day the desk opens\n"
                    "(see https://example.org/lending/terms/returns-and-repairs-of-tools/ for more).\n";
    doc_node *art = read_text(s, NULL);
    OK(strstr(body_text(art), "with care. Drills that come back") != NULL);
    int paras = 0;
    for (const doc_node *n = art->first_child; n; n = n->next)
        paras += n->type == DOC_PARA;
    INT_EQ(paras, 3);
}

TEST(end_boxes_cut_only_near_the_end)
{
    /* "Related articles" early in the body drops only itself. */
    doc_node *art = read_text("Title\n\nA first paragraph that is long enough to count.\n\n"
                              "Related articles\n\nA second paragraph, also long enough, and a "
                              "third sentence to give it weight.\n\nMore text follows here, "
                              "and it goes on.\n",
                              NULL);
    INT_EQ(meta(art)->n_dropped, 1);
    size_t paras = 0;
    for (doc_node *n = art->first_child; n; n = n->next)
        paras += n->type == DOC_PARA;
    INT_EQ(paras, 3);
    /* At the end it drops what follows too. */
    art = read_text("Title\n\nA first paragraph that is long enough to count.\n\nA second "
                    "paragraph, also long enough.\n\nRelated articles\nOne Headline Here\n"
                    "Another Headline, With a Comma, That Runs On\n",
                    NULL);
    INT_EQ(meta(art)->n_dropped, 3);
}

TEST(quote_depth_is_bounded)
{
    char s[200];
    memset(s, '>', 60);
    strcpy(s + 60, " deep\n");
    doc_node *art = read_text(s, NULL);
    int depth = 0;
    for (doc_node *n = art->first_child; n && n->type == DOC_QUOTE; n = n->first_child)
        depth++;
    OK(depth >= 1 && depth <= 8);
}

TEST(encodings)
{
    reader_options o = {"text", -1, NULL, NULL, 0, 0};
    doc_node *art;
    diag_cleanup(&D);
    diag_init(&D, A);
    const char cp[] = "Caf\xe9\n\nIt was na\xefve.\n";
    OK(reader_read_bytes(A, &D, "c.txt", cp, sizeof cp - 1, &o, &art) == 0);
    STR_EQ(meta(art)->title, "Caf\xc3\xa9");
    OK(HAS_DIAG(D, "Windows-1252"));
    INT_EQ(D.errors, 0);

    diag_cleanup(&D);
    diag_init(&D, A);
    const char u16[] = "\xff\xfeH\0i\0\n\0\n\0O\0k\0.\0\n\0";
    OK(reader_read_bytes(A, &D, "u.txt", u16, sizeof u16 - 1, &o, &art) == 0);
    STR_EQ(meta(art)->title, "Hi");
    OK(HAS_DIAG(D, "UTF-16"));

    diag_cleanup(&D);
    diag_init(&D, A);
    const char bom[] = "\xef\xbb\xbfTitle\n\nText.\n";
    OK(reader_read_bytes(A, &D, "b.txt", bom, sizeof bom - 1, &o, &art) == 0);
    STR_EQ(meta(art)->title, "Title");
    INT_EQ(D.count, 0);

    diag_cleanup(&D);
    diag_init(&D, A);
    /* A stray NUL (no other control bytes): dropped, one warning at its
     * line, the text around it kept. */
    const char nul[] = "Title\n\nab\0cd\0\n";
    OK(reader_read_bytes(A, &D, "n.txt", nul, sizeof nul - 1, &o, &art) == 0);
    INT_EQ(D.errors, 0);
    INT_EQ(D.warnings, 1);
    STR_EQ(D.items[0].file, "n.txt");
    INT_EQ(D.items[0].line, 3);
    OK(HAS_DIAG(D, "2 NUL bytes dropped"));
    OK(strstr(body_text(art), "abcd") != NULL);

    /* NULs amid other control bytes: binary, an error at the first NUL. */
    diag_cleanup(&D);
    diag_init(&D, A);
    const char bin[] = "Title\n\nab\0\1\2cd\n";
    OK(reader_read_bytes(A, &D, "n.txt", bin, sizeof bin - 1, &o, &art) == -1);
    INT_EQ(D.errors, 1);
    STR_EQ(D.items[0].file, "n.txt");
    INT_EQ(D.items[0].line, 3);

    /* UTF-16 without a byte-order mark, either way round: converted. */
    static const char *const u16s[2] = {"T\0i\0t\0l\0e\0\n\0\n\0\xe9\0t\0\xe9\0.\0\n\0",
                                        "\0T\0i\0t\0l\0e\0\n\0\n\0\xe9\0t\0\xe9\0.\0\n"};
    for (int k = 0; k < 2; k++) {
        diag_cleanup(&D);
        diag_init(&D, A);
        OK(reader_read_bytes(A, &D, "u.txt", u16s[k], 24, &o, &art) == 0);
        STR_EQ(meta(art)->title, "Title");
        OK(HAS_DIAG(D, "UTF-16 (no byte-order mark)"));
        OK(strstr(body_text(art), "\xc3\xa9t\xc3\xa9.") != NULL);
    }
}

/* A translator's credit under the title, in English or another
 * language, before or after the byline: the translator is credited, not
 * taken for an author or the title, and the line leaves the text. */
TEST(translator_credit)
{
    doc_node *art = read_text("The Night Ferry\n\nBy Mira Olsen\n"
                              "Translated from the Norwegian by Jon Berg.\n\n"
                              "The ferry left the harbour at midnight, as it had every night for "
                              "thirty years, and the town watched its lights go out.\n\n"
                              "Nobody on the quay could remember a night it had not sailed, "
                              "though the old men argued about the winter of the storm.\n",
                              "en");
    doc_meta *m = meta(art);
    STR_EQ(m->title, "The Night Ferry");
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "Mira Olsen");
    INT_EQ(m->n_contribs, 1);
    STR_EQ(m->contribs[0], "Jon Berg");
    STR_EQ(m->contrib_roles[0], "trl");
    OK(strstr(body_text(art), "Translated") == NULL);

    art = read_text("The Night Ferry\n\nTranslated by Jon Berg and Ann Lee\nBy Mira Olsen\n"
                    "March 3, 2021\n\n"
                    "The ferry left the harbour at midnight, as it had every night for thirty "
                    "years, and the town watched its lights go out.\n",
                    "en");
    m = meta(art);
    STR_EQ(m->title, "The Night Ferry");
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "Mira Olsen");
    INT_EQ(m->n_contribs, 2);
    STR_EQ(m->contribs[1], "Ann Lee");
    STR_EQ(m->date, "2021-03-03");

    art = read_text("Der Nachtf\xC3\xA4hrmann\n\nVon Mira Olsen\nAus dem Norwegischen von Jon "
                    "Berg\n\nDie F\xC3\xA4hre verlie\xC3\x9F den Hafen um Mitternacht, wie sie "
                    "es seit drei\xC3\x9Fig Jahren jede Nacht getan hatte.\n",
                    "de");
    m = meta(art);
    INT_EQ(m->n_authors, 1);
    INT_EQ(m->n_contribs, 1);
    STR_EQ(m->contribs[0], "Jon Berg");

    /* a role in brackets after the translator, and an illustrator's
       credit after the translator's: both credited */
    art = read_text("The Night Ferry\n\nBy Knut Hamsun\nTranslated by Ana Ruiz (Editor)\n"
                    "Illustrated by Bo Lind\n\n"
                    "The ferry left the harbour at midnight, as it had every night for thirty "
                    "years, and the town watched its lights go out.\n",
                    "en");
    m = meta(art);
    STR_EQ(m->title, "The Night Ferry");
    INT_EQ(m->n_contribs, 2);
    STR_EQ(m->contribs[0], "Ana Ruiz");
    STR_EQ(m->contrib_roles[1], "ill");

    /* "Aus dem Leben von A" is a subtitle: no language before "von" */
    art = read_text("Erinnerungen\n\nAus dem Leben von Anna Schmidt\n\nDas Boot fuhr "
                    "fr\xC3\xBCh am Morgen hinaus, bevor die anderen aufgewacht waren, und das "
                    "Wasser lag still.\n",
                    "de");
    INT_EQ(meta(art)->n_contribs, 0);

    /* a shouted line in copied text is no heading ("PREFACE." is, in a
       Gutenberg book: test_text_gutenberg) */
    art = read_text("Notes from the meeting\n\nWe met on Tuesday and went through the list "
                    "of things that need doing before the fair.\n\nI AM NOT KIDDING.\n\n"
                    "The tents arrive on Friday and someone has to be there to sign.\n",
                    "en");
    OK(strstr(dump(art), "heading") == NULL);

    /* a sentence that opens like a credit is prose */
    art = read_text("The Night Ferry\n\nBy Mira Olsen\n\n"
                    "Translated by hand from old letters, the story of the ferry reached us "
                    "in pieces, and the town kept each one.\n",
                    "en");
    m = meta(art);
    INT_EQ(m->n_contribs, 0);
    OK(strstr(body_text(art), "Translated by hand") != NULL);
}

TEST(front_matter_block)
{
    doc_node *art = read_text("---\n"
                              "title: A Library Card\n"
                              "author: Ana Lima and Joe Park\n"
                              "source: https://example.org/card\n"
                              "retrieved: 24 November 2026\n"
                              "date: '2026-03-02'\n"
                              "colour: red\n"
                              "accessed: soon\n"
                              "---\n"
                              "\n"
                              "The first paragraph of the copied text, long enough to read like "
                              "prose, with a full stop.\n",
                              NULL);
    doc_meta *m = meta(art);
    STR_EQ(m->title, "A Library Card");
    INT_EQ(m->n_authors, 2);
    if (m->n_authors == 2)
        STR_EQ(m->authors[1], "Joe Park");
    STR_EQ(m->source, "https://example.org/card");
    STR_EQ(m->retrieved, "2026-11-24");
    STR_EQ(m->date, "2026-03-02");
    const char *b = body_text(art);
    OK(strstr(b, "The first paragraph") == b); /* the block is not body text */
    OK(strstr(b, "retrieved") == NULL);
    /* Positions count the block's lines; bad keys and dates are pointed at. */
    OK(art->first_child && art->first_child->pos.line == 11);
    int seen = 0;
    for (size_t i = 0; i < D.count; i++) {
        const diag *g = &D.items[i];
        if (strstr(g->message, "unknown front matter key 'colour'") && g->line == 7 && g->col == 1)
            seen |= 1;
        if (strstr(g->message, "accessed 'soon' is not a date") && g->line == 8 && g->col == 11)
            seen |= 2;
    }
    INT_EQ(seen, 3);

    /* A dash line over prose, or a block with no known key, is text. */
    art = read_text("---\nNot: a front matter\n---\n\nBody words here, as prose goes on.\n",
                    NULL);
    OK(meta(art)->retrieved == NULL);
    OK(meta(art)->title && strcmp(meta(art)->title, "Not: a front matter") == 0);
    art = read_text("---\nretrieved: 2026-11-24\nno colon on this line\n---\n\nBody.\n", NULL);
    OK(meta(art)->retrieved == NULL);
    /* Unclosed: not a block. */
    art = read_text("---\nretrieved: 2026-11-24\n\nBody words.\n", NULL);
    OK(meta(art)->retrieved == NULL);
}

/* Text of the article's first paragraph. */
static const char *
first_para(doc_node *art)
{
    for (doc_node *n = art->first_child; n; n = n->next)
        if (n->type == DOC_PARA && n->first_child && n->first_child->type == DOC_TEXT)
            return n->first_child->text;
    return "";
}

static int
count(const doc_node *art, doc_type t)
{
    int k = 0;
    for (const doc_node *n = art->first_child; n; n = n->next)
        k += n->type == t;
    return k;
}

TEST(select_all_header)
{
    /* Menus of any shape above; the header is read up from the text: the
     * bare name between title and dek is the author, the caption over its
     * credit and the relative time are the page's. */
    doc_node *art = read_text("Home\nNews\nOpinion\nThe Example - Back to homepage\nOpinion\n"
                              "Benches Are Infrastructure. Treat Them Like It\n"
                              "Ana Lima\n"
                              "Cities remove them to move people on, and everyone loses\n"
                              "Tue 4 Jun 2024 09.00 BST\n"
                              "Share\n"
                              "A bench by the harbour where two old men sit most mornings.\n"
                              "Photograph: Joe Park/The Example\n"
                              "Every city has a bench war, though few admit to fighting one. It "
                              "starts with a complaint and ends with a bolt cutter.\n"
                              "The benches do not come back.\n"
                              "Ana Lima is a writer on cities\n"
                              "Most viewed\n",
                              NULL);
    doc_meta *m = meta(art);
    STR_EQ(m->title, "Benches Are Infrastructure. Treat Them Like It");
    STR_EQ(m->subtitle, "Cities remove them to move people on, and everyone loses");
    STR_EQ(m->date, "2024-06-04");
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "Ana Lima");
    OK(!strncmp(first_para(art), "Every city has", 14));
    INT_EQ(count(art, DOC_PARA), 2); /* the bio line under the text went with the chrome */
    /* A bio-shaped sentence early in the text stays. */
    art = read_text("Field Notes\nBy Ana Lima\nMay 3, 2022\n"
                    "Ana Lima is a walker, and this is what she saw on the longest walk of "
                    "her life, which took her along the whole coast.\n"
                    "The coast was longer than the maps said, and the weather was worse than "
                    "the forecast, but the walk went on all the same.\n",
                    NULL);
    INT_EQ(count(art, DOC_PARA), 2);
    /* "Name in City" under the dek, a relative time over the date. */
    m = meta(read_text("World\nEurope\nFloods close dozens of schools\n"
                       "Heavy rain has burst the banks of rivers for the second time this year\n"
                       "Jane Smith in Vienna\nUpdated 2 hours ago\nThu 16 May 2024 09.12 CEST\n"
                       "Dozens of schools were closed on Thursday after heavy rain caused rivers "
                       "to burst their banks across the region.\n",
                       NULL));
    STR_EQ(m->title, "Floods close dozens of schools");
    STR_EQ(m->date, "2024-05-16");
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "Jane Smith");
    /* A short sentence under the title (or under the byline) with no
     * header after it opens the text; it is no dek. */
    art = read_text("Menu\nThe Long Walk Home\nIt took us three days.\n"
                    "We walked from the coast to the city along the old road, sleeping in "
                    "barns and once in a bus shelter.\n",
                    NULL);
    OK(meta(art)->subtitle == NULL);
    STR_EQ(first_para(art), "It took us three days.");
    art = read_text("Why We Walk\nBy Sam Ortiz | April 2, 2023\nIt was late.\n"
                    "We had been walking since the morning, and the town was still two hours "
                    "away, past the quarry.\n",
                    NULL);
    OK(meta(art)->subtitle == NULL);
    STR_EQ(first_para(art), "It was late.");
    /* Buttons under the date line are the header's, short as they are. */
    m = meta(read_text("Sign in\nClimate\nWhy a small town planted 10,000 trees\n"
                       "Residents say the shade has changed how they use their streets\n"
                       "By Maya Chen\n"
                       "Updated May 3, 2024 at 5:00 p.m. EDT|Published May 3, 2024 at 11:00 a.m. "
                       "EDT\nListen\nGift Article\nShare\n"
                       "The first trees went in on a cold Saturday in March, when forty "
                       "volunteers planted two hundred saplings.\n",
                       NULL));
    STR_EQ(m->title, "Why a small town planted 10,000 trees");
    STR_EQ(m->subtitle, "Residents say the shade has changed how they use their streets");
    STR_EQ(m->date, "2024-05-03");
    /* "Posted on DATE by NAME". */
    m = meta(read_text("Menu\nHome\nAbout\nSaving Seeds\nPosted on March 3, 2021 by Joe Park\n"
                       "Every autumn I save seeds from the best tomatoes on the plot, and "
                       "every spring a neighbour asks me how.\n",
                       NULL));
    STR_EQ(m->title, "Saving Seeds");
    STR_EQ(m->date, "2021-03-03");
    INT_EQ(m->n_authors, 1);
    STR_EQ(m->authors[0], "Joe Park");
    /* Encyclopedia copies: edit links and reference markers go. */
    art = read_text("Alder Bridge\n"
                    "The Alder Bridge is a footbridge over the river.[1] It opened in 1911.[2][3]\n"
                    "History[edit]\n"
                    "It was built for the mill workers, who crossed it twice a day.[4]\n",
                    NULL);
    STR_EQ(first_para(art), "The Alder Bridge is a footbridge over the river. It opened in 1911.");
    OK(art->first_child->next && art->first_child->next->type == DOC_HEADING);
}

TEST(titles)
{
    /* A long question is a title; two sentences are not. */
    doc_meta *m = meta(read_text("Why Do So Many Cities Still Remove Benches From Their Parks?\n\n"
                                 "Benches are cheap, and this is the first paragraph of it.\n",
                                 NULL));
    STR_EQ(m->title, "Why Do So Many Cities Still Remove Benches From Their Parks?");
    m = meta(read_text("It rained all week in the valley. We stayed in and read books\n\n"
                       "The river rose and fell again, as it does every spring here.\n",
                       NULL));
    OK(m->title == NULL);
    /* A dek with nothing after it is the body. */
    doc_node *art = read_text("Test Case 1\n\nTest Case 2\n", NULL);
    STR_EQ(meta(art)->title, "Test Case 1");
    OK(meta(art)->subtitle == NULL);
    OK(art->first_child && art->first_child->type == DOC_PARA);
}

TEST(nbsp_and_zero_width_lines_are_blank)
{
    doc_node *art = read_text("Title\n\nOne paragraph here.\n\xc2\xa0\xe2\x80\x8b \n"
                              "Another paragraph here.\n",
                              NULL);
    size_t paras = 0;
    for (doc_node *n = art->first_child; n; n = n->next)
        paras += n->type == DOC_PARA;
    INT_EQ(paras, 2);
}

int
main(void)
{
    A = arena_new();
    diag_init(&D, A);
    RUN(tree_of_a_small_article);
    RUN(hard_wrapped_at_a_hyphen);
    RUN(quoted_question_is_speech);
    RUN(language_orders_ambiguous_dates);
    RUN(lists_ordered_and_loose);
    RUN(headings_need_company);
    RUN(hard_wrapped_with_heading);
    RUN(hard_wrapped_document);
    RUN(hard_wrapped_untitled);
    RUN(document_copyright_notice_is_content);
    RUN(numbered_section_under_title);
    RUN(wrap_width_ignores_one_long_line);
    RUN(end_boxes_cut_only_near_the_end);
    RUN(quote_depth_is_bounded);
    RUN(encodings);
    RUN(titles);
    RUN(select_all_header);
    RUN(front_matter_block);
    RUN(translator_credit);
    RUN(nbsp_and_zero_width_lines_are_blank);
    diag_cleanup(&D);
    arena_free(A);
    return test_report();
}
