/*
 * test_html_gutenberg.c - a Project Gutenberg book saved as HTML, and the
 * rules it showed up that hold for any page: the ebook's header and
 * license are not the book (nor is the release date they print), a Dublin
 * Core creator in a library's form ("Austen, Jane, 1775-1817") is printed
 * as the name reads, a printed book's page numbers ("[Pg 12]") are not the
 * text, and notes set after the chapters in a block of their own are the
 * book's notes.
 */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "harness.h"
#include "read_page.h"
#include "readers/reader.h"

static const char chapter[] =
    "<div class='chapter'><h2><a id='chap0%d'></a>Chapter %d</h2>"
    "<p>It was on a dreary night of November that I beheld the accomplishment of my toils. "
    "With an anxiety that almost amounted to agony, I collected the instruments of life "
    "around me.<span class='pagenum'><a id='Page_%d'>[Pg %d]</a></span> It was already one "
    "in the morning; the rain pattered dismally against the panes, and my candle was nearly "
    "burnt out.</p>"
    "<p>By the glimmer of the half-extinguished light, I saw the dull yellow eye of the "
    "creature open;%s it breathed hard, and a convulsive motion agitated its limbs, and I "
    "rushed out of the room.</p></div>";

static page
read_html(const char *html)
{
    reader_options ro = {.format = "html", .extract = -1};
    return page_bytes("book.html", html, strlen(html), &ro);
}

TEST(ebook_page_is_the_book)
{
    char c1[2048], c2[2048], html[16384];
    snprintf(c1, sizeof c1, chapter, 1, 1, 3, 3,
             "<a id='FNanchor_1_1'></a><a href='#Footnote_1_1' class='fnanchor'>[1]</a>");
    snprintf(c2, sizeof c2, chapter, 2, 2, 9, 9, "");
    snprintf(html, sizeof html,
             "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
             "<title>The Lamp of Winter | Project Gutenberg</title>"
             "<meta name='dc.title' content='The Lamp of Winter'>"
             "<meta name='dc.creator' content='Whitcombe, Mary Ellen, 1797-1851'>"
             "<meta name='generator' content='Ebookmaker 0.12.30 by Project Gutenberg'></head>"
             "<body><section class='pg-boilerplate pgheader' id='pg-header' lang='en'>"
             "<h2 id='pg-header-heading'>The Project Gutenberg eBook of <span>The Lamp of "
             "Winter</span></h2><div>This ebook is for the use of anyone anywhere in the United "
             "States and most other parts of the world at no cost and with almost no restrictions "
             "whatsoever.</div><div class='container' id='pg-machine-header'><p><strong>Title"
             "</strong>: The Lamp of Winter</p><p><strong>Author</strong>: Mary Ellen Whitcombe</p>"
             "<p><strong>Release date</strong>: October 1, 1993 [eBook #99999]</p></div>"
             "<div id='pg-start-separator'><span>*** START OF THE PROJECT GUTENBERG EBOOK THE LAMP "
             "OF WINTER ***</span></div></section>"
             "<h1>The Lamp of Winter</h1><h2>by Mary Ellen Whitcombe</h2><hr>%s%s"
             "<div class='footnotes'><h3>FOOTNOTES:</h3><div class='footnote'><p>"
             "<a id='Footnote_1_1'></a><a href='#FNanchor_1_1'><span class='label'>[1]</span></a> "
             "The author's own note on the eye.</p></div></div>"
             "<section class='pg-boilerplate pgfooter' id='pg-footer'><div id='pg-end-separator'>"
             "<span>*** END OF THE PROJECT GUTENBERG EBOOK THE LAMP OF WINTER ***</span></div>"
             "<div>Updated editions will replace the previous one, the old editions will be "
             "renamed. Creating the works from print editions not protected by U.S. copyright law "
             "means that no one owns a United States copyright in these works.</div></section>"
             "</body></html>",
             c1, c2);
    page p = read_html(html);
    INT_EQ(p.rc, 0);
    const doc_meta *m = p.art ? p.art->as.article.meta : NULL;
    OK(m && m->title && !strcmp(m->title, "The Lamp of Winter"));
    OK(m && m->n_authors == 1 && !strcmp(m->authors[0], "Mary Ellen Whitcombe"));
    OK(m && m->date == NULL); /* the ebook's release is not the book's date */
    OK(strstr(p.text, "Project Gutenberg") == NULL);
    OK(strstr(p.text, "copyright") == NULL);
    OK(strstr(p.text, "[Pg") == NULL);
    OK(strstr(p.text, "by Mary Ellen Whitcombe") == NULL); /* the title page's credit */
    OK(strstr(p.text, "around me. It was already one") != NULL);
    OK(strstr(p.tree, "note_ref label=1") != NULL);
    OK(strstr(p.tree, "  note label=1\n") != NULL);
    OK(strstr(p.text, "The author's own note on the eye.") != NULL);
    OK(strstr(p.tree, "heading level=2\n    text \"Chapter 2\"") != NULL);
    drop(&p);
}

/* Older files set the header and the license in <pre>; a tutorial that
 * shows code looking for the START line keeps its code. */
TEST(older_ebook_and_a_tutorial)
{
    char c1[2048], html[16384];
    snprintf(c1, sizeof c1, chapter, 1, 1, 3, 3, "");
    snprintf(html, sizeof html,
             "<html><head><title>The Lamp of Winter, by Mary Ellen Whitcombe</title></head>"
             "<body><pre>\nThe Project Gutenberg EBook of The Lamp of Winter\n\n"
             "Release Date: October 1, 1993 [EBook #99999]\n\n"
             "*** START OF THIS PROJECT GUTENBERG EBOOK THE LAMP OF WINTER ***\n</pre>%s"
             "<pre>\nEnd of the Project Gutenberg EBook of The Lamp of Winter\n\n"
             "*** END OF THIS PROJECT GUTENBERG EBOOK THE LAMP OF WINTER ***\n\n"
             "Updated editions will replace the previous one.\n</pre></body></html>",
             c1);
    page p = read_html(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Gutenberg") == NULL);
    OK(strstr(p.text, "Updated editions") == NULL);
    OK(strstr(p.text, "It was on a dreary night") != NULL);
    drop(&p);

    snprintf(html, sizeof html,
             "<html><head><title>Cleaning a book's text</title></head><body><article>"
             "<h1>Cleaning a book's text</h1>"
             "<p>Every file from the archive opens with a license header, and the first thing "
             "a script must do is find where the book itself begins, which the header marks "
             "with a line of its own.</p>"
             "<pre><code>for line in lines:\n"
             "    if \"*** START OF THE PROJECT GUTENBERG EBOOK\" in line:\n"
             "        break\n</code></pre>"
             "<p>The loop stops at the marker, and everything after it is the book, up to the "
             "matching END line near the bottom of the file.</p></article></body></html>");
    p = read_html(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "START OF THE PROJECT GUTENBERG EBOOK") != NULL);
    drop(&p);

    /* a mirror's page holding the whole book in one <pre>: kept */
    snprintf(html, sizeof html,
             "<html><head><title>The Lamp of Winter</title></head><body><pre>\n"
             "Title: The Lamp of Winter\n\n"
             "*** START OF THE PROJECT GUTENBERG EBOOK THE LAMP OF WINTER ***\n\n"
             "CHAPTER I.\n\nIt was on a dreary night of November that I beheld the "
             "accomplishment\nof my toils, with an anxiety that almost amounted to agony.\n\n"
             "*** END OF THE PROJECT GUTENBERG EBOOK THE LAMP OF WINTER ***\n</pre></body></html>");
    p = read_html(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "dreary night of November") != NULL);
    drop(&p);
}

/* A creator in a catalogue's form is printed as the name reads; a list of
 * names is not one. */
TEST(catalogue_names)
{
    static const struct {
        const char *meta, *want;
    } cases[] = {
        {"Twain, Mark, 1835-1910", "Mark Twain"},
        {"Smith, John, b. 1950", "John Smith"},
        {"Shelley, Mary Wollstonecraft, 1797-1851", "Mary Wollstonecraft Shelley"},
        {"Jane Roe", "Jane Roe"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char c1[2048], html[8192];
        snprintf(c1, sizeof c1, chapter, 1, 1, 3, 3, "");
        snprintf(html, sizeof html,
                 "<html><head><title>The Lamp</title><meta name='dc.creator' content='%s'>"
                 "</head><body><article>%s</article></body></html>",
                 cases[i].meta, c1);
        page p = read_html(html);
        const doc_meta *m = p.art ? p.art->as.article.meta : NULL;
        OK(m && m->n_authors >= 1 && !strcmp(m->authors[0], cases[i].want));
        drop(&p);
    }
}

/* "By Jane Roe" under the title of a page taken whole: the credit. It
 * names the author when the page declares none, and goes; a credit naming
 * someone else than the declared author, or words that are no name, stay. */
TEST(credit_line_under_the_title)
{
    static const struct {
        const char *meta, *line, *author;
        bool kept;
    } cases[] = {
        {"", "<p>By Jane Roe</p>", "Jane Roe", false},
        {"", "<h2>by Jane Roe</h2>", "Jane Roe", false},
        {"<meta name='author' content='Jane Roe'>", "<h3>BY JANE ROE</h3>", "Jane Roe", false},
        {"<meta name='author' content='John Doe'>", "<p>By Jane Roe</p>", "John Doe", true},
        {"", "<p>By the river</p>", NULL, true},
        {"", "<h2>By Design</h2>", NULL, true},
        {"", "<p>By Train</p>", NULL, true},
        {"", "<h3>By All Means Necessary</h3>", NULL, true},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        char html[4096];
        snprintf(html, sizeof html,
                 "<html><head><title>The Lamp</title>%s</head><body><h1>The Lamp</h1>%s"
                 "<p>It was on a dreary night of November that I beheld the accomplishment of "
                 "my toils, with an anxiety that almost amounted to agony.</p><p>It was "
                 "already one in the morning; the rain pattered dismally against the panes, "
                 "and my candle was nearly burnt out.</p></body></html>",
                 cases[i].meta, cases[i].line);
        page p = read_html(html);
        const doc_meta *m = p.art ? p.art->as.article.meta : NULL;
        if (cases[i].author)
            OK(m && m->n_authors == 1 && !strcmp(m->authors[0], cases[i].author));
        else
            OK(m && m->n_authors == 0);
        bool kept = strstr(p.text, "By ") || strstr(p.text, "by ") || strstr(p.text, "BY ");
        OK(kept == cases[i].kept);
        drop(&p);
    }
}

/* A comment count beside the date ("12", linked to the thread) is no
 * note's mark: the thread does not join the article as its notes would. */
TEST(comment_count_is_no_note_mark)
{
    char c1[2048], html[8192];
    snprintf(c1, sizeof c1, chapter, 1, 1, 3, 3, "");
    snprintf(html, sizeof html,
             "<html><head><title>The Lamp</title></head><body><nav><a href='/'>Home</a> "
             "<a href='/about'>About</a></nav><div id='post'><div class='post-meta'>"
             "March 9, 2017 <a href='#responses'>12</a></div>%s</div>"
             "<div id='responses'><h3>12 Responses</h3><ol><li><p>Lovely post, thank you for "
             "writing it.</p></li><li><p>I read it twice and liked it more the second time."
             "</p></li></ol></div></body></html>",
             c1);
    page p = read_html(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "dreary night of November") != NULL);
    OK(strstr(p.text, "Lovely post") == NULL);
    drop(&p);
}

int
main(void)
{
    (void)page_file; /* every page here is built in memory */
    RUN(ebook_page_is_the_book);
    RUN(older_ebook_and_a_tutorial);
    RUN(catalogue_names);
    RUN(credit_line_under_the_title);
    RUN(comment_count_is_no_note_mark);
    return test_report();
}
