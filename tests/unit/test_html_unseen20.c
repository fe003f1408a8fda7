/*
 * test_html_unseen20.c - rules found on a twentieth set of pages the
 * reader was not tuned on (a French magazine's blog, a language's news
 * blog on a hosted blog engine, a French university's news page, a
 * broadcaster's culture story, a science blog, a company's tech blog, a
 * personal blog, a magazine's link blog): each test builds a small page
 * showing one case, with the text or metadata that must come out and the
 * chrome that must not.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "harness.h"
#include "page_check.h"
#include "read_page.h"
#include "readers/html/html_int.h"
#include "readers/reader.h"

static const char body[] =
    "<p>The council voted on Tuesday to close the old bridge to cars for the summer, "
    "after engineers found that two of its supports had worn far more than expected.</p>"
    "<p>Cyclists and people on foot will still be able to cross, and the ferry will run "
    "every twenty minutes until the repairs are done, the council said in a statement.</p>"
    "<p>The work is expected to cost a little over two million and to last until October, "
    "when the bridge should open again to all traffic.</p>";

static const char menu[] =
    "<div class='menu'><ul><li><a href='/a'>Home</a></li><li><a href='/b'>City</a></li>"
    "<li><a href='/c'>Culture</a></li><li><a href='/d'>Sports</a></li></ul></div>";

/* A "read also" box set in an inline quotation element made into a block
 * ("<q class=lire_aussi><div class=logo><a><img></a></div>Lire aussi
 * Jane Roe, « <a>Headline</a> », The Paper, juin 2018.</q>"): it opens
 * with its label and links to another piece, whose authors and paper it
 * names too. It goes; a quotation inside a sentence stays. */
TEST(also_box_in_block_q)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title></head><body>%s<div id='page'>"
             "<div class='texte'><h1>The bridge closes</h1>"
             "<q class='lire_aussi'><div class='logo'><a href='/58769'><img src='a.jpg'></a>"
             "</div>Lire aussi Jeanne Roux &amp; Paul Martin, «&nbsp;<a href='/58769'>Le pont "
             "et la ville</a>&nbsp;», <i>Le Courrier</i>, juin&nbsp;2018.</q>%s"
             "<p>The mayor said the town would <q>see also what the river allows</q> before "
             "it decides on a second bridge downstream of the old one.</p></div></div>"
             "</body></html>",
             menu, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "Lire aussi") == NULL);
    OK(strstr(p.text, "Le pont et la ville") == NULL);
    OK(strncmp(p.text, "The council voted on Tuesday", 28) == 0);
    OK(strstr(p.text, "see also what the river allows") != NULL);
    drop(&p);
}

/* A French byline marks the name with the word for "authors" ("par <span
 * class=auteurs>Jeanne Roux</span>, 21 juin 2018" in a box of
 * "dates_auteurs"): the name is the author, as "autor" is in German. */
TEST(byline_class_auteurs)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Le pont ferme</title></head><body>%s<div id='page'>"
             "<div class='cartouche'><h1>Le pont ferme</h1><div class='dates_auteurs'>par "
             "<span class='auteurs'>Jeanne Roux</span>, 21 juin 2018</div></div>"
             "<div class='texte'>%s</div></div></body></html>",
             menu, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "Jeanne Roux");
    drop(&p);
}

/* A blog theme writes its maker's name as "<meta name=author
 * value='Theme Maker'>" on a page whose other metas say content=: no
 * browser reads value=, and the name is not the post's author. (A page
 * saved with every content= rewritten as value= is still read.) */
TEST(meta_value_slip_not_author)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes</title>"
             "<meta content='The bridge closes' property='og:title'/>"
             "<meta name='author' value='Theme Maker'/></head><body>%s<div class='post'>"
             "<h1>The bridge closes</h1>%s</div></body></html>",
             menu, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 0);
    OK(meta(&p)->byline == NULL || strstr(meta(&p)->byline, "Theme Maker") == NULL);
    drop(&p);
}

/* A hosted blog prints its post's credit in the post's own footer
 * ("<div class=post-footer>Posted by <span class='post-author vcard'>
 * <span class=fn>Jane Roe</span></span> at 5:11 AM"), inside the hAtom
 * entry ("hentry"): that footer goes as chrome, and its author marked so
 * credits the post. Outside an entry so marked, a footer's names are
 * the page's, and are not searched. */
TEST(byline_in_entry_footer)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>Blog: The bridge closes</title></head><body>%s"
             "<div class='blog-posts'><div class='post hentry'><h3 class='post-title'>The "
             "bridge closes</h3><div class='post-body entry-content'>%s%s</div>"
             "<div class='post-footer'><div class='post-footer-line'><span class='post-author "
             "vcard'>Posted by <span class='fn'>Jane Roe</span></span> at <a href='/p/1'>5:11 "
             "AM</a></div></div></div></div></body></html>",
             menu, body, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 1);
    if (meta(&p)->n_authors == 1)
        STR_EQ(meta(&p)->authors[0], "Jane Roe");
    OK(strstr(p.text, "Posted by") == NULL);
    drop(&p);

    snprintf(html, sizeof(html),
             "<html><head><title>Blog: The bridge closes</title></head><body>%s"
             "<div class='blog-posts'><div class='post'><h3 class='post-title'>The "
             "bridge closes</h3><div class='post-body'>%s%s</div>"
             "<div class='post-footer'><div class='post-footer-line'><span class='post-author "
             "vcard'>Posted by <span class='fn'>Jane Roe</span></span> at <a href='/p/1'>5:11 "
             "AM</a></div></div></div></div></body></html>",
             menu, body, body);
    p = page_html_file(html);
    INT_EQ(p.rc, 0);
    INT_EQ(meta(&p)->n_authors, 0);
    drop(&p);
}

/* The story's category set as a label over the headline in a box named
 * for it ("<div class=categorie>Université</div><h1>...</h1>"): a kicker,
 * not the story's first line, though the reader first turns the box into
 * the paragraph it holds. */
TEST(kicker_named_category)
{
    char html[8192];
    snprintf(html, sizeof(html),
             "<html><head><title>The bridge closes for the summer | Courier</title></head>"
             "<body>%s<div id='page'><div class='left_part'><div class='categorie'>Transport"
             "</div><h1><span>The bridge closes for the summer</span></h1>%s</div></div>"
             "</body></html>",
             menu, body);
    page p = page_html_file(html);
    INT_EQ(p.rc, 0);
    OK(strncmp(p.text, "The council voted on Tuesday", 28) == 0);
    OK(strstr(p.text, "Transport\n") == NULL);
    drop(&p);
}

int
main(void)
{
    RUN(also_box_in_block_q);
    RUN(byline_class_auteurs);
    RUN(meta_value_slip_not_author);
    RUN(byline_in_entry_footer);
    RUN(kicker_named_category);
    return test_report();
}
