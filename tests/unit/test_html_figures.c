/*
 * test_html_figures.c - figures whose picture is not embedded (remote,
 * missing, lazily loaded): the HTML reader keeps them figures, with the
 * alt text (or the page's label) as the stand-in and the figcaption as
 * the caption; the stand-in's printed text (doc_standin_text) and what
 * inspect --text prints of them. Pages are built here and, for the whole
 * set, read from tests/fixtures/html/figures.html.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "base/b64.h"
#include "base/buf.h"
#include "harness.h"
#include "read_page.h"
#include "readers/reader.h"

/* A paragraph of some 230 characters: no caption is so long. */
#define LONG_LINE                                                                                  \
    "The committee met every Thursday through the winter to plan the garden, the tool "            \
    "library and the reading circle, and each meeting ran late because everyone had an opinion "   \
    "about the beds."

/* `body` inside a clean page (no extraction), so the tree is the body's. */
static page
html(const char *body)
{
    page p = page_start();
    char *src = arena_printf(p.a, "<html><head><title>T</title></head><body>%s</body></html>", body);
    reader_options ro = {.format = "html", .extract = 0};
    page_read_bytes(&p, "mem.html", src, strlen(src), &ro);
    return p;
}

static page
load(const char *path)
{
    reader_options ro = {.extract = -1};
    return page_file(path, &ro);
}

static page
markdown(const char *md)
{
    reader_options ro = {.format = "markdown"};
    return page_bytes("mem.md", md, strlen(md), &ro);
}

/* The n-th (0-based) child of the article of type t, or NULL. */
static doc_node *
nth(const page *p, doc_type t, int n)
{
    for (doc_node *k = p->art ? p->art->first_child : NULL; k; k = k->next)
        if (k->type == t && n-- == 0)
            return k;
    return NULL;
}

static size_t
count(const page *p, doc_type t)
{
    size_t n = 0;
    doc_iter it;
    doc_node *x;
    doc_event ev;
    doc_iter_init(&it, p->art);
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && x->type == t)
            n++;
    return n;
}

static const char *
text_of(const page *p, const doc_node *n)
{
    return n ? doc_text_of(p->a, n) : "(none)";
}

static doc_node *
caption_of(const doc_node *fig)
{
    for (doc_node *k = fig ? fig->first_child : NULL; k; k = k->next)
        if (k->type == DOC_CAPTION)
            return k;
    return NULL;
}

/* The figure's stand-in: its first child, an emphasis, or NULL. */
static doc_node *
standin_of(const doc_node *fig)
{
    doc_node *k = fig ? fig->first_child : NULL;
    return k && k->type == DOC_EMPH ? k : NULL;
}

static size_t
occurrences(const char *hay, const char *needle)
{
    size_t n = 0;
    for (const char *s = strstr(hay, needle); s; s = strstr(s + 1, needle))
        n++;
    return n;
}

TEST(remote_figure_keeps_stand_in_and_caption)
{
    page p = html("<p>Before the picture, a paragraph of text.</p>"
                  "<figure><img src='https://img.example.org/a.jpg' alt='A heron on a post'>"
                  "<figcaption>Herons came back to the lake in May.</figcaption></figure>"
                  "<p>After the picture, more text.</p>");
    INT_EQ(p.rc, 0);
    doc_node *fig = nth(&p, DOC_FIGURE, 0);
    OK(fig != NULL);
    doc_node *s = standin_of(fig);
    OK(s != NULL && (s->flags & DOC_F_ALT));
    STR_EQ(text_of(&p, s), "A heron on a post");
    STR_EQ(text_of(&p, caption_of(fig)), "Herons came back to the lake in May.");
    INT_EQ(count(&p, DOC_PARA), 2); /* the two body paragraphs only */
    INT_EQ(count(&p, DOC_IMAGE), 0);
    /* the caption is article text; the alt text is not */
    INT_EQ(occurrences(p.text, "Herons came back"), 1);
    OK(strstr(p.text, "A heron on a post") == NULL);
    STR_EQ(doc_standin_text(p.a, s, NULL), "[Image: A heron on a post]");
    STR_EQ(doc_standin_text(p.a, s, doc_labels_for("de-CH")), "[Bild: A heron on a post]");
    drop(&p);
}

TEST(picture_in_a_heading_is_set_under_it)
{
    /* A section's photograph placed inside its heading: the heading keeps
     * its words, the picture is the figure under it. An icon beside the
     * words, and a picture that is the whole heading, stay where they are. */
    page p = html("<h2>Why the Wall Matters <a href='https://img.example.org/w.jpg'>"
                  "<img src='https://img.example.org/w.jpg' alt='the harbour wall'></a></h2>"
                  "<p>" LONG_LINE "</p>"
                  "<h2>Tides <img src='https://img.example.org/i.png' alt='wave' width='16' "
                  "height='16'></h2><p>" LONG_LINE "</p>");
    doc_node *h = nth(&p, DOC_HEADING, 0);
    STR_EQ(text_of(&p, h), "Why the Wall Matters");
    OK(h && h->next && h->next->type == DOC_FIGURE);
    STR_EQ(text_of(&p, standin_of(h ? h->next : NULL)), "the harbour wall");
    OK(h && h->next && h->next->next && h->next->next->type == DOC_PARA);
    doc_node *h2 = nth(&p, DOC_HEADING, 1);
    OK(h2 && h2->next && h2->next->type == DOC_PARA);
    OK(strstr(text_of(&p, h2), "wave") != NULL);
    drop(&p);
}

TEST(alt_dropped_when_caption_repeats_it)
{
    /* the caption starts with the alt text, up to case and punctuation */
    page p = html("<figure><img src='http://x.example/o.jpg' alt='Orchid in foam oasis.'>"
                  "<figcaption>orchid in foam-oasis (Lucy Akins)</figcaption></figure>");
    doc_node *fig = nth(&p, DOC_FIGURE, 0);
    OK(fig != NULL);
    OK(standin_of(fig) == NULL);
    STR_EQ(text_of(&p, caption_of(fig)), "orchid in foam-oasis (Lucy Akins)");
    OK(fig && fig->first_child == caption_of(fig) && !caption_of(fig)->next);
    drop(&p);

    /* ... or holds it further on, with typographic quotes */
    p = html("<figure><img src='http://x.example/o.jpg' alt=\"Lucy's orchid\">"
             "<figcaption>Step 2: Lucy\xE2\x80\x99s orchid</figcaption></figure>");
    fig = nth(&p, DOC_FIGURE, 0);
    OK(fig != NULL && standin_of(fig) == NULL);
    drop(&p);

    /* a caption saying something else keeps the alt text */
    p = html("<figure><img src='http://x.example/o.jpg' alt='Graduation'>"
             "<figcaption>(Mike Watson Images)</figcaption></figure>");
    fig = nth(&p, DOC_FIGURE, 0);
    OK(standin_of(fig) != NULL);
    STR_EQ(text_of(&p, standin_of(fig)), "Graduation");
    drop(&p);
}

TEST(sibling_figcaption_is_the_caption)
{
    page p = html("<div><figure class='thumb'> <img src='http://x.example/v.jpg' alt='Various "
                  "foliage'> </figure>\n  <!-- credit -->\n <figcaption> Greens on the sill "
                  "(Lucy Akins) </figcaption></div><p>Step 3 text follows here.</p>");
    doc_node *fig = nth(&p, DOC_FIGURE, 0);
    OK(fig != NULL);
    STR_EQ(text_of(&p, standin_of(fig)), "Various foliage");
    STR_EQ(text_of(&p, caption_of(fig)), "Greens on the sill (Lucy Akins)");
    /* taken once: not set again as a paragraph */
    INT_EQ(occurrences(p.text, "Greens on the sill"), 1);
    INT_EQ(count(&p, DOC_PARA), 1);
    drop(&p);

    /* not when the figure has its own caption, nor across other content */
    p = html("<figure><img src='http://x.example/v.jpg' alt='One'><figcaption>Own</figcaption>"
             "</figure><figcaption>Stray</figcaption>"
             "<figure><img src='http://x.example/w.jpg' alt='Two'></figure><p>Words</p>"
             "<figcaption>Far</figcaption>");
    STR_EQ(text_of(&p, caption_of(nth(&p, DOC_FIGURE, 0))), "Own");
    OK(caption_of(nth(&p, DOC_FIGURE, 1)) == NULL);
    OK(strstr(p.text, "Stray") != NULL && strstr(p.text, "Far") != NULL);
    INT_EQ(count(&p, DOC_CAPTION), 1);
    drop(&p);
}

TEST(caption_class_after_a_picture_is_its_caption)
{
    /* a wiki thumbnail: linked picture, then a div whose class says
       caption (with an empty "enlarge" link inside) */
    page p = html("<div class='thumb'><div class='thumbinner'><a href='/f.jpg'><img "
                  "src='http://x.example/f.jpg' alt='A wide street'></a><div "
                  "class='thumbcaption'><div class='magnify'><a href='/f'></a></div>Walkers on "
                  "<a href='/q'>Queen Street</a> at noon</div></div></div>"
                  "<p>The census text follows here.</p>");
    doc_node *fig = nth(&p, DOC_FIGURE, 0);
    OK(fig != NULL);
    STR_EQ(text_of(&p, standin_of(fig)), "A wide street");
    STR_EQ(text_of(&p, caption_of(fig)), "Walkers on Queen Street at noon");
    INT_EQ(count(&p, DOC_PARA), 1);
    INT_EQ(occurrences(p.text, "Walkers on"), 1);
    drop(&p);

    /* a blog's captioned picture: wrapper div, picture, p.caption-text */
    p = html("<div class='wp-caption alignnone'><img src='http://x.example/g.jpg' alt='Garden'>"
             "<p class='wp-caption-text'>The garden in May</p></div><p>Body words.</p>");
    STR_EQ(text_of(&p, caption_of(nth(&p, DOC_FIGURE, 0))), "The garden in May");
    INT_EQ(count(&p, DOC_PARA), 1);
    drop(&p);

    /* not after text, not when the figure has one, not a block holding a
       picture (the next figure's wrapper) or a list */
    p = html("<p>Words first.</p><div class='caption'>Not a caption here</div>"
             "<figure><img src='http://x.example/a.jpg' alt='A'><figcaption>Own</figcaption>"
             "</figure><div class='image-caption'>Second line</div>"
             "<p><img src='http://x.example/b.jpg' alt='B'></p>"
             "<div class='caption-wrap'><img src='http://x.example/c.jpg' alt='C'></div>"
             "<p><img src='http://x.example/d.jpg' alt='D'></p>"
             "<ul class='captions'><li>one</li><li>two</li></ul>");
    INT_EQ(count(&p, DOC_CAPTION), 1);
    STR_EQ(text_of(&p, caption_of(nth(&p, DOC_FIGURE, 0))), "Own");
    OK(caption_of(nth(&p, DOC_FIGURE, 1)) == NULL);
    OK(caption_of(nth(&p, DOC_FIGURE, 2)) == NULL);
    INT_EQ(count(&p, DOC_LIST), 1);
    OK(strstr(p.text, "Not a caption here") && strstr(p.text, "Second line"));
    drop(&p);
}

TEST(text_boxed_with_a_picture_is_its_caption)
{
    /* a news page's picture box: linked picture, then one short line */
    page p = html("<p>The valley has a tradition as both innovator and iconoclast.</p>"
                  "<div class='picBox'> <a href='#'><img src='http://x.example/b.jpg' "
                  "alt='Wine in oak barrels'></a> <p>Oak barrels enhance the flavour</p> </div>"
                  "<p>Perhaps no variety of wine is shrouded in as much mystique.</p>");
    doc_node *fig = nth(&p, DOC_FIGURE, 0);
    OK(fig != NULL);
    STR_EQ(text_of(&p, standin_of(fig)), "Wine in oak barrels");
    STR_EQ(text_of(&p, caption_of(fig)), "Oak barrels enhance the flavour");
    INT_EQ(count(&p, DOC_PARA), 2);
    drop(&p);

    /* not when the box holds more text than the line (the article's
       paragraphs beside a picture), nor a long paragraph, nor text
       boxed after a picture with words of its own */
    p = html("<div><img src='http://x.example/a.jpg' alt='A'><p>First paragraph.</p>"
             "<p>Second paragraph.</p></div>"
             "<div><img src='http://x.example/c.jpg' alt='C'><p>" LONG_LINE "</p></div>"
             "<div><a href='/x'><img src='http://x.example/d.jpg' alt='D'> Gallery</a>"
             "<p>A line</p></div>");
    INT_EQ(count(&p, DOC_CAPTION), 0);
    INT_EQ(count(&p, DOC_PARA), 5); /* "D Gallery" is one */
    drop(&p);
}

TEST(lone_remote_image_is_a_figure_inline_is_not)
{
    page p = html("<p>Running text with <img src='http://x.example/i.png' alt='an icon'> inside "
                  "it.</p><p> <img src='http://x.example/chart.png' alt='Sales by year'> </p>"
                  "<p><a href='http://x.example/big.png'><img src='http://x.example/s.png' "
                  "alt='A map of the valley'></a></p>"
                  "<p><img src='http://x.example/me.png' alt='Jo Writer' width='48' "
                  "height='48'></p><ul><li><img src='http://x.example/li.png' alt='An item'>"
                  "</li></ul>");
    /* inline: today's emphasis inside the paragraph */
    doc_node *p0 = nth(&p, DOC_PARA, 0);
    OK(p0 && strstr(text_of(&p, p0), "Running text with an icon inside it.") != NULL);
    OK(p0 && p0->first_child && p0->first_child->next &&
       p0->first_child->next->type == DOC_EMPH &&
       (p0->first_child->next->flags & DOC_F_ALT));
    /* alone (or alone in a link): a figure with its stand-in */
    INT_EQ(count(&p, DOC_FIGURE), 2);
    STR_EQ(text_of(&p, standin_of(nth(&p, DOC_FIGURE, 0))), "Sales by year");
    STR_EQ(text_of(&p, standin_of(nth(&p, DOC_FIGURE, 1))), "A map of the valley");
    OK(standin_of(nth(&p, DOC_FIGURE, 0))->flags & DOC_F_ALT);
    /* an avatar-sized picture stays inline in its paragraph */
    OK(nth(&p, DOC_PARA, 1) && strcmp(text_of(&p, nth(&p, DOC_PARA, 1)), "Jo Writer") == 0);
    /* and a list item's only text stays by its marker */
    doc_node *list = nth(&p, DOC_LIST, 0);
    OK(list && list->first_child && list->first_child->first_child &&
       list->first_child->first_child->type == DOC_PARA);
    drop(&p);

    p = markdown("- ![An item](https://x.example/li.png)\n");
    INT_EQ(count(&p, DOC_FIGURE), 0);
    OK(strstr(p.text, "An item") != NULL);
    drop(&p);
}

TEST(junk_and_empty_figures_make_nothing)
{
    page p = html("<p>Text before.</p>"
                  "<figure><img src='http://x.example/IMG_1234.jpg' alt='IMG_1234.jpg'></figure>"
                  "<figure><img src='http://x.example/b.jpg' alt=''></figure>"
                  "<figure> </figure>"
                  "<p><img src='http://x.example/c.jpg' alt='c.png'></p>"
                  "<p>Text after.</p>");
    INT_EQ(count(&p, DOC_FIGURE), 0);
    INT_EQ(count(&p, DOC_PARA), 2);
    OK(strstr(p.tree, "IMG_1234") == NULL);
    drop(&p);
}

TEST(lost_picture_label_and_caption)
{
    /* a script-loaded picture: a screen-reader label and the caption */
    page p = html("<figure><div><span>Image</span><div data-lazy='1'></div></div>"
                  "<figcaption><span>Water mains break in winter.</span><span>Credit</span>"
                  "<span>A. Photographer</span></figcaption></figure>");
    doc_node *fig = nth(&p, DOC_FIGURE, 0);
    OK(fig != NULL);
    doc_node *s = standin_of(fig);
    OK(s != NULL && !(s->flags & DOC_F_ALT)); /* the page's own words */
    STR_EQ(text_of(&p, s), "Image");
    STR_EQ(doc_standin_text(p.a, s, NULL), "[Image]");
    OK(caption_of(fig) != NULL);
    INT_EQ(count(&p, DOC_PARA), 0);
    /* the label still counts as article text, before the caption */
    const char *l = strstr(p.text, "Image"), *c = strstr(p.text, "Water mains");
    OK(l && c && l < c);
    drop(&p);

    /* a figure of text stays text, its blocks blocks: a quotation, and a
       listing (Jekyll's <figure class="highlight">) keeping its lines; its
       caption a caption, where the page puts it */
    p = html("<figure><blockquote>Be yourself.</blockquote><figcaption>Oscar Wilde"
             "</figcaption></figure>"
             "<figure class='highlight'><figcaption>Listing 1</figcaption>"
             "<pre><code>int main() {\n  return 0;\n}</code></pre></figure>");
    INT_EQ(count(&p, DOC_FIGURE), 0);
    INT_EQ(count(&p, DOC_QUOTE), 1);
    INT_EQ(count(&p, DOC_CODE_BLOCK), 1);
    INT_EQ(count(&p, DOC_CAPTION), 2);
    doc_node *q = nth(&p, DOC_QUOTE, 0), *code = nth(&p, DOC_CODE_BLOCK, 0);
    OK(q && q->next && q->next->type == DOC_CAPTION &&
       !strcmp(text_of(&p, q->next), "Oscar Wilde"));
    OK(code && code->prev && code->prev->type == DOC_CAPTION &&
       !strcmp(text_of(&p, code->prev), "Listing 1"));
    OK(code && code->text && !strcmp(code->text, "int main() {\n  return 0;\n}"));
    drop(&p);
}

TEST(linked_picture_in_figure)
{
    page p = html("<p>Body text here.</p><figure><a href='http://x.example/big.jpg'>"
                  "<img src='http://x.example/s.jpg' alt='A big map'></a>"
                  "<figcaption>The map, 1900.</figcaption></figure>");
    doc_node *fig = nth(&p, DOC_FIGURE, 0);
    doc_node *s = standin_of(fig);
    OK(s && (s->flags & DOC_F_ALT) && s->first_child && s->first_child->type == DOC_TEXT);
    STR_EQ(text_of(&p, s), "A big map");
    STR_EQ(text_of(&p, caption_of(fig)), "The map, 1900.");
    INT_EQ(count(&p, DOC_LINK), 0);
    INT_EQ(count(&p, DOC_PARA), 1);
    drop(&p);
}

TEST(credit_without_figcaption_is_the_caption)
{
    page p = html("<figure><div><img src='http://x.example/t.jpg' alt='Supporters cheer'>"
                  "<div class='attribution'>JIM WATSON/AFP</div></div></figure>");
    doc_node *fig = nth(&p, DOC_FIGURE, 0);
    STR_EQ(text_of(&p, standin_of(fig)), "Supporters cheer");
    STR_EQ(text_of(&p, caption_of(fig)), "JIM WATSON/AFP");
    INT_EQ(count(&p, DOC_PARA), 0);
    drop(&p);
}

/* A credit in its own element right after the caption's last sentence
 * (set on a line of its own by the page's style) is not run into it; a
 * word split over two elements stays whole, and so does "3.5". */
TEST(credit_glued_to_caption)
{
    page p = html("<figure><img src='http://x.example/t.jpg' alt='A square'>"
                  "<figcaption><span>Crowds filled the square, hours later.</span>"
                  "<span class='caption__source'>Ezra Acayan / Getty Images</span>"
                  "</figcaption></figure>"
                  "<figure><img src='http://x.example/u.jpg' alt='A bridge'>"
                  "<figcaption><span>The bridge at 3.</span><span>5 km</span> from "
                  "<b>Ham</b><span>burg</span>.</figcaption></figure>");
    STR_EQ(text_of(&p, caption_of(nth(&p, DOC_FIGURE, 0))),
           "Crowds filled the square, hours later. Ezra Acayan / Getty Images");
    STR_EQ(text_of(&p, caption_of(nth(&p, DOC_FIGURE, 1))), "The bridge at 3.5 km from Hamburg.");
    drop(&p);
}

/* Alt text holding the caption's markup, escaped ("&lt;small&gt;Photo by
 * &lt;a ...&gt;"), is read as the words it shows; said again by the
 * caption, it goes. Alt text that merely holds "<" stays as written. */
TEST(alt_written_as_markup)
{
    page p = html("<figure><img src='http://x.example/t.png' alt='Can you spot the anomaly?"
                  "&lt;br&gt;&lt;small&gt;Photo by &lt;a href=&quot;https://x.example/p&quot;&gt;"
                  "Ana Gomez&lt;/a&gt;&lt;/small&gt;'><figcaption>A plot.</figcaption></figure>"
                  "<figure><img src='http://x.example/u.png' alt='x &lt; 3 and y &gt; 2'>"
                  "<figcaption>Bounds.</figcaption></figure>");
    STR_EQ(text_of(&p, standin_of(nth(&p, DOC_FIGURE, 0))),
           "Can you spot the anomaly? Photo by Ana Gomez");
    STR_EQ(text_of(&p, standin_of(nth(&p, DOC_FIGURE, 1))), "x < 3 and y > 2");
    drop(&p);
}

/* A remote picture whose alt text is its file name without the
 * extension stands in with nothing: the name is no description, and set
 * in the line it glued itself to the next word. Words that only look so
 * stay. */
TEST(file_name_alt_dropped)
{
    page p = html("<p><img src='http://x.example/0225-a-4.jpg' alt='0225-lupita-nyongo-getty-01'>"
                  "Lupita's dress was stolen from her hotel room.</p>"
                  "<p><img src='http://x.example/bar.jpg' alt='update_graphic_red_bar'>"
                  "12:00 PM PT -- The deputies were at the hotel.</p>"
                  "<p><img src='http://x.example/c.jpg' alt='IMG_2041'> A camera's name.</p>"
                  "<p><img src='http://x.example/d.jpg' alt='COVID-19'> A virus.</p>"
                  "<p><img src='http://x.example/e.jpg' alt='mother-in-law'> A relative.</p>"
                  "<p><img src='http://x.example/f.jpg' alt='A pearl dress, 2015'> A dress.</p>");
    OK(strstr(p.tree, "getty") == NULL);
    OK(strstr(p.tree, "update_graphic") == NULL);
    OK(strstr(p.tree, "IMG_2041") == NULL);
    OK(strstr(p.text, "Lupita's dress was stolen") != NULL);
    OK(strstr(p.tree, "\"COVID-19\"") != NULL);
    OK(strstr(p.tree, "\"mother-in-law\"") != NULL);
    OK(strstr(p.tree, "\"A pearl dress, 2015\"") != NULL);
    drop(&p);

    /* a file's type and size, as a CMS writes for a picture nobody
       described; a description that starts so stays */
    p = html("<p><img src='http://x.example/g.jpg' width='890' height='590' "
             "alt='JPEG - 172.1&#160;ko'></p><p><img src='http://x.example/h.png' alt='PNG, 45 "
             "KB'></p><p><img src='http://x.example/i.gif' alt='GIF \xe2\x80\x93 3 Mo'></p>"
             "<p><img src='http://x.example/j.png' alt='PNG 24 bit versus 8 bit banding'></p>"
             "<p><img src='http://x.example/k.png' alt='Jpeg 2000 block diagram'></p><p>Text.</p>");
    OK(strstr(p.tree, "172") == NULL);
    OK(strstr(p.tree, "45 KB") == NULL);
    OK(strstr(p.tree, "3 Mo") == NULL);
    OK(strstr(p.tree, "\"PNG 24 bit versus 8 bit banding\"") != NULL);
    OK(strstr(p.tree, "\"Jpeg 2000 block diagram\"") != NULL);
    INT_EQ(count(&p, DOC_FIGURE), 2);
    drop(&p);
}

/* How many warnings at `line` hold `words`. */
static size_t
warnings_at(const page *p, uint32_t line, const char *words)
{
    size_t n = 0;
    for (size_t i = 0; i < p->d.count; i++)
        n += p->d.items[i].line == line && strstr(p->d.items[i].message, words) != NULL;
    return n;
}

/* A placeholder pixel (a 1x1 GIF a lazy page shows until its script
 * loads the picture, named in data-srcset or nowhere) is no picture: the
 * alt text stands in, and a remote picture in data-srcset is reported
 * as one. A drawing written out in a src attribute
 * ("data:image/svg+xml,<svg ...>") leaves no markup as text. */
TEST(placeholder_pixel_and_markup_in_src)
{
    page p = html("<figure><img "
                  "src='data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=='"
                  " alt='A lighthouse at dusk'></figure><p>First paragraph of the story.</p>"
                  "<figure><img "
                  "src='data:image/gif;base64,R0lGODlhAQABAAAAACH5BAEKAAEALAAAAAABAAEAAAICTAEAOw=='"
                  " alt='The harbour' data-srcset='https://x.example/h-320.jpg 320w, "
                  "https://x.example/h-800.jpg 800w'></figure>"
                  "<p><img src=\"data:image/svg+xml;utf8,<svg xmlns='http://www.w3.org/2000/svg' "
                  "viewBox='0 0 24 24'><path d='M0 0h24v24z'/></svg>\" /> Second paragraph.</p>");
    INT_EQ(p.rc, 0);
    INT_EQ(count(&p, DOC_IMAGE), 0);
    STR_EQ(text_of(&p, standin_of(nth(&p, DOC_FIGURE, 0))), "A lighthouse at dusk");
    STR_EQ(text_of(&p, standin_of(nth(&p, DOC_FIGURE, 1))), "The harbour");
    OK(warnings_at(&p, 1, "remote images are not fetched") == 1);
    OK(strstr(p.text, "Second paragraph.") != NULL);
    OK(strstr(p.text, "/>") == NULL && strstr(p.text, "\"") == NULL);
    drop(&p);
}

TEST(missing_local_image_and_embedded_one)
{
    page p = html("<figure><img src='no-such-file.png' alt='A lost map'>"
                  "<figcaption>The valley in 1900.</figcaption></figure>");
    doc_node *fig = nth(&p, DOC_FIGURE, 0);
    OK(fig != NULL);
    STR_EQ(text_of(&p, standin_of(fig)), "A lost map");
    STR_EQ(text_of(&p, caption_of(fig)), "The valley in 1900.");
    drop(&p);
}

TEST(stand_in_text)
{
    arena *a = arena_new();
    doc_pos pos = {NULL, 0, 0};
    doc_node *em = doc_node_new(a, DOC_EMPH, pos);
    em->flags |= DOC_F_ALT;
    doc_append(em, doc_text_new(a, " [QGIS main interface] ", 23, pos));
    STR_EQ(doc_standin_text(a, em, NULL), "[Image: QGIS main interface]"); /* no [[..]] */
    STR_EQ(doc_standin_text(a, em, doc_labels_for("fr")),
           "[Image\xC2\xA0: QGIS main interface]");
    doc_node *said = doc_node_new(a, DOC_EMPH, pos);
    said->flags |= DOC_F_ALT;
    doc_append(said, doc_text_new(a, "image: A crisis", 15, pos));
    STR_EQ(doc_standin_text(a, said, doc_labels_for("de")), "[image: A crisis]");
    doc_node *label = doc_node_new(a, DOC_EMPH, pos);
    doc_append(label, doc_text_new(a, "Photo\xC2\xA0\xC2\xA0", 9, pos));
    STR_EQ(doc_standin_text(a, label, NULL), "[Photo]");
    doc_node *empty = doc_node_new(a, DOC_EMPH, pos);
    doc_append(empty, doc_text_new(a, " [ ] ", 5, pos));
    OK(doc_standin_text(a, empty, NULL) == NULL);
    OK(doc_standin_text(a, NULL, NULL) == NULL);
    /* every language has the label */
    const char *langs[] = {"en", "de", "fr", "es", "it", "pt", "nl", "xx", NULL};
    for (size_t i = 0; langs[i]; i++)
        OK(doc_labels_for(langs[i])->image && doc_labels_for(langs[i])->image[0]);
    arena_free(a);
}

TEST(markdown_lone_remote_image)
{
    /* as in HTML: alone in its paragraph, a figure (caption: the title) */
    page p = markdown("Text before it.\n\n"
                      "![A heron on a post](https://x.example/h.jpg \"Herons came back\")\n\n"
                      "![Sales by year](https://x.example/s.png \"Sales, by year.\")\n\n"
                      "![](https://x.example/e.png)\n\n"
                      "Inline ![a sun](https://x.example/sun.png) symbol.\n\n"
                      "![a lead](https://x.example/l.png) then words.\n");
    INT_EQ(p.rc, 0);
    INT_EQ(count(&p, DOC_FIGURE), 2);
    doc_node *f0 = nth(&p, DOC_FIGURE, 0);
    OK(standin_of(f0) && (standin_of(f0)->flags & DOC_F_ALT));
    STR_EQ(text_of(&p, standin_of(f0)), "A heron on a post");
    STR_EQ(text_of(&p, caption_of(f0)), "Herons came back");
    /* the title repeats the alt text: only the caption */
    doc_node *f1 = nth(&p, DOC_FIGURE, 1);
    OK(f1 && standin_of(f1) == NULL && caption_of(f1) != NULL);
    /* inline, or first of a longer paragraph: plain text as before */
    STR_EQ(text_of(&p, nth(&p, DOC_PARA, 1)), "Inline a sun symbol.");
    STR_EQ(text_of(&p, nth(&p, DOC_PARA, 2)), "a lead then words.");
    INT_EQ(count(&p, DOC_EMPH), 1);
    INT_EQ(count(&p, DOC_PARA), 3);
    drop(&p);
}

TEST(fixture_page)
{
    page p = load("tests/fixtures/html/figures.html");
    INT_EQ(p.rc, 0);
    INT_EQ(count(&p, DOC_FIGURE), 8); /* the reader keeps repeats (tf_tidy_article drops) */
    INT_EQ(count(&p, DOC_CAPTION), 6);
    /* the caption repeating the alt text: no stand-in */
    doc_node *f0 = nth(&p, DOC_FIGURE, 0);
    OK(f0 && standin_of(f0) == NULL);
    STR_EQ(text_of(&p, caption_of(f0)), "Orchid in foam oasis (Lucy Akins)");
    /* every caption once in the text, no alt text in it */
    INT_EQ(occurrences(p.text, "Orchid in foam oasis"), 1);
    INT_EQ(occurrences(p.text, "Greens on the windowsill"), 1);
    INT_EQ(occurrences(p.text, "The old mill in winter"), 1);
    OK(strstr(p.text, "A grey heron") == NULL);
    OK(strstr(p.text, "DSC_0042") == NULL && strstr(p.tree, "DSC_0042") == NULL);
    /* the inline picture keeps its place in its sentence */
    OK(strstr(p.tree, "text \"sun symbol\"") != NULL);
    drop(&p);
}

/* The first image under the article, or NULL. */
static doc_node *
first_image(const page *p)
{
    doc_iter it;
    doc_node *x;
    doc_event ev;
    doc_iter_init(&it, p->art);
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && x->type == DOC_IMAGE)
            return x;
    return NULL;
}

/* An inline drawing in the article is a picture: its source, read as
   XML (HTML's entities as characters, its namespace declared), without
   what may run or fetch, as a data: URI, with its label as alt text. The
   page's icons (in a link, aria-hidden, hidden, small, named so) and a
   chart only the page's style sheet paints are not. */
TEST(inline_drawing)
{
    page p = html(
        "<p>Before the chart, a paragraph.</p>"
        "<figure><svg viewBox='0 0 400 200' width='400' height='200' aria-label='Rain bars'>"
        "<rect width='400' height='200' fill='#fff'/><g fill='#0a0'><rect x='20' y='40' "
        "width='90' height='140' onclick='x()'/><rect x='150' y='90' width='90' height='90'/></g>"
        "<text x='60' y='196'>March&nbsp;&ndash; &amp; more</text><script>alert(1)</script>"
        "<foreignObject><p>html</p></foreignObject>"
        "<image href='http://example.com/t.png' width='1' height='1'/></svg>"
        "<figcaption>Rain.</figcaption></figure>"
        "<p>Share <a href='/s'><svg width='200' height='200' viewBox='0 0 24 24'><path d='M0 "
        "0h9z'/>"
        "<path d='M1 1h9z'/><path d='M2 2h9z'/></svg></a> "
        "<svg viewBox='0 0 512 512' aria-hidden='true'><path d='M0 0h9z'/><path d='M1 1h9z'/>"
        "<path d='M2 2h9z'/></svg><svg viewBox='0 0 512 512' hidden><path d='M0 0h9z'/>"
        "<path d='M1 1h9z'/><path d='M2 2h9z'/></svg><svg width='24' height='24'><path d='M0 "
        "0h9z'/>"
        "<path d='M1 1h9z'/><path d='M2 2h9z'/></svg><svg class='share-icon' viewBox='0 0 400 400'>"
        "<path d='M0 0h9z'/><path d='M1 1h9z'/><path d='M2 2h9z'/></svg>"
        "<svg viewBox='0 0 300 150' style='height:1em'><path d='M0 0h9z'/><path d='M1 1h9z'/>"
        "<path d='M2 2h9z'/></svg></p>"
        "<div><svg viewBox='0 0 300 150'><g class='axis'><path d='M0 0H300'/><path d='M0 0V150'/>"
        "<path class='line' d='M0 150L300 0'/></g></svg></div>"
        "<div><svg viewBox='0 0 300 150'><use href='#sprite-chart'/></svg></div>");
    INT_EQ(p.rc, 0);
    INT_EQ(count(&p, DOC_IMAGE), 1);
    doc_node *im = first_image(&p);
    OK(im && im->parent->type == DOC_FIGURE);
    if (im) {
        STR_EQ(doc_text_of(p.a, im), "Rain bars");
        const char *uri = im->as.link.href;
        static const char head[] = "data:image/svg+xml;base64,";
        OK(strncmp(uri, head, sizeof head - 1) == 0);
        const char *b64 = uri + sizeof head - 1;
        char *svg = arena_alloc(p.a, strlen(b64) / 4 * 3 + 4);
        size_t n = b64_decode(b64, strlen(b64), (unsigned char *)svg);
        OK(n != SIZE_MAX);
        svg[n == SIZE_MAX ? 0 : n] = '\0';
        OK(strstr(svg, "xmlns=\"http://www.w3.org/2000/svg\"") != NULL);
        OK(strstr(svg, "March\xc2\xa0\xe2\x80\x93 &amp; more") != NULL);
        OK(strstr(svg, "fill=\"#0a0\"") != NULL);
        const char *gone[] = {"script", "alert", "foreignObject", "onclick", "example.com", NULL};
        for (size_t i = 0; gone[i]; i++)
            OK(strstr(svg, gone[i]) == NULL);
    }
    drop(&p);
}

/* parse.c drops drawings' bodies: a self-closed <svg/> has none (the text
   after it stays), and a drawing nested in another ends with the outer. */
TEST(drawing_bodies_dropped_whole)
{
    page p = html("<p>One <svg width='9' height='9'/> two.</p><p>Three.</p>"
                  "<svg viewBox='0 0 9 9'><svg viewBox='0 0 9 9'><text>inner</text></svg>"
                  "<text>outer</text></svg><p>Four.</p>");
    INT_EQ(p.rc, 0);
    char *t = doc_text_of(p.a, p.art);
    OK(strstr(t, "two.") && strstr(t, "Three.") && strstr(t, "Four."));
    OK(!strstr(t, "inner") && !strstr(t, "outer"));
    drop(&p);
}

/* A drawing set straight among the blocks of an article, a quotation or
   a list item (not inside a paragraph, a <div> or a <figure>) is a
   picture too, as an <img> there is; an icon there is still not. */
#define CHART                                                                                      \
    "<svg viewBox='0 0 400 200' width='400' height='200' aria-label='Bars'>"                       \
    "<rect width='400' height='200' fill='#fff'/><rect x='20' y='40' width='90' height='140' "     \
    "fill='#0a0'/><rect x='150' y='90' width='90' height='90' fill='#0a0'/></svg>"
TEST(drawing_among_blocks)
{
    page p = html("<article><p>Before the chart.</p>" CHART "<p>Between.</p><blockquote>" CHART
                  "</blockquote><ul><li>One " CHART "</li><li>Two</li></ul>"
                  "<svg viewBox='0 0 512 512' aria-hidden='true'><path d='M0 0h9z'/>"
                  "<path d='M1 1h9z'/><path d='M2 2h9z'/></svg><p>After.</p></article>");
    INT_EQ(p.rc, 0);
    INT_EQ(count(&p, DOC_IMAGE), 3);
    char *t = doc_text_of(p.a, p.art);
    OK(strstr(t, "Before the chart.") && strstr(t, "Between.") && strstr(t, "After."));
    drop(&p);
}

/* A drawing of another svg's parts (MathJax's glyphs, an icon sheet's
   symbols: <use> aiming outside the drawing) draws nothing in the book:
   it is no picture, however big it is declared. */
TEST(drawing_of_borrowed_parts)
{
    page p = html("<svg style='display:none'><defs><path id='g1' d='M0 0L9 9'/>"
                  "<path id='g2' d='M0 0L9 0'/></defs></svg>"
                  "<p>Before the formula.</p><div><svg width='40ex' height='9ex' "
                  "viewBox='0 -2500 18000 4000'><g fill='currentColor'><use href='#g1'/>"
                  "<use href='#g2' x='600'/><use xlink:href='#g1' x='1200'/>"
                  "<use href='#g2' x='1800'/></g></svg></div><p>After.</p>");
    INT_EQ(p.rc, 0);
    INT_EQ(count(&p, DOC_IMAGE), 0);
    drop(&p);
}

/* A formula drawn as an svg with its MathML beside it (MathJax's output
   for screen readers): the MathML is the formula, set as text; its
   picture would print it twice. */
TEST(formula_drawing_beside_math)
{
    page p = html("<p>Before the formula.</p><div><span class='mjx'><svg width='40ex' height='9ex' "
                  "viewBox='0 -2500 18000 4000'><defs><path id='g1' d='M0 0L9 9'/></defs>"
                  "<g fill='currentColor'><use href='#g1'/><use href='#g1' x='600'/>"
                  "<use href='#g1' x='1200'/></g></svg><span class='assistive'><math "
                  "display='block'><mi>A</mi><mo>=</mo><mn>2</mn></math></span></span></div>"
                  "<p>After.</p>");
    INT_EQ(p.rc, 0);
    INT_EQ(count(&p, DOC_IMAGE), 0);
    char *t = doc_text_of(p.a, p.art);
    OK(strstr(t, "= 2") != NULL);
    drop(&p);
}

/* Raw HTML in Markdown is the author's: every drawing not hidden is
   meant, a small one in a sentence too; what was taken out of one, and
   one with no shape at all, get a warning at their line. */
TEST(markdown_drawings)
{
    page p = markdown("A dot <svg width='16' height='16'><circle cx='8' cy='8' r='7' "
                      "fill='green'/></svg> in a line.\n\n"
                      "<svg width='16' height='16' style='display:none'><circle cx='8' cy='8' "
                      "r='7'/></svg>\n\n"
                      "<svg width='90' height='40'><rect width='90' height='40' fill='red'/>"
                      "<script>alert(1)</script></svg>\n\n"
                      "<svg width='90' height='40'></svg>\n");
    INT_EQ(p.rc, 0);
    INT_EQ(count(&p, DOC_IMAGE), 2);
    doc_node *dot = first_image(&p);
    OK(dot && dot->parent->type == DOC_PARA && dot->prev && dot->next);
    INT_EQ(warnings_at(&p, 5, "removed"), 1);
    INT_EQ(warnings_at(&p, 7, "draws nothing"), 1);
    INT_EQ(p.d.warnings, 2);
    drop(&p);
}

/* A page of more drawings than a book takes: the first 64, and one
   warning at the first left out. */
TEST(drawings_capped)
{
    page p = page_start();
    buf b;
    buf_init(&b, 0);
    buf_adds(&b, "<html><head><title>T</title></head><body><p>Charts.</p>\n");
    for (int i = 0; i < 70; i++)
        buf_printf(&b,
                   "<svg width='200' height='100'><rect width='200' height='100' fill='#eee'/>"
                   "<circle cx='50' cy='50' r='%d' fill='red'/><circle cx='150' cy='50' "
                   "r='20' fill='blue'/></svg>\n",
                   10 + i % 30);
    buf_adds(&b, "</body></html>");
    reader_options ro = {.format = "html", .extract = 0};
    page_read_bytes(&p, "mem.html", b.data, b.len, &ro);
    buf_cleanup(&b);
    INT_EQ(p.rc, 0);
    INT_EQ(count(&p, DOC_IMAGE), 64);
    INT_EQ(warnings_at(&p, 66, "more than 64 inline drawings"), 1);
    INT_EQ(p.d.warnings, 1);
    drop(&p);
}

/* A '>' in a drawing's quoted attribute (its label) does not end its tag:
   the drawing keeps its label, and the page's text after it stays. */
TEST(drawing_label_holding_gt)
{
    page p = html("<p>Before the chart.</p><figure><svg aria-label='Sales > costs' "
                  "viewBox='0 0 400 200' width='400' height='200'><rect width='400' "
                  "height='200' fill='#fff'/><rect x='20' y='40' width='90' height='140' "
                  "fill='#0a0'/><rect x='150' y='90' width='90' height='90' fill='#a00'/></svg>"
                  "</figure><p>After the chart.</p>");
    INT_EQ(p.rc, 0);
    INT_EQ(count(&p, DOC_IMAGE), 1);
    doc_node *im = first_image(&p);
    STR_EQ(im ? doc_text_of(p.a, im) : "", "Sales > costs");
    char *t = doc_text_of(p.a, p.art);
    OK(strstr(t, "After the chart.") != NULL);
    drop(&p);
}

/* The drawing's source as XML text (the data: URI decoded), or "". */
static char *
drawing_xml(const page *p, const doc_node *im)
{
    static const char head[] = "data:image/svg+xml;base64,";
    const char *uri = im ? im->as.link.href : "";
    if (strncmp(uri, head, sizeof head - 1) != 0)
        return "";
    const char *b64 = uri + sizeof head - 1;
    char *svg = arena_alloc(p->a, strlen(b64) / 4 * 3 + 4);
    size_t n = b64_decode(b64, strlen(b64), (unsigned char *)svg);
    svg[n == SIZE_MAX ? 0 : n] = '\0';
    return svg;
}

/* A drawing is read as a browser reads it: names in any case (SVG's
   mixed-case ones restored), the namespace SVG whatever xmlns says, and
   its end past a commented-out or CDATA "</svg>". */
TEST(drawing_read_as_a_browser_does)
{
    page p = html("<p>Before.</p><div><SVG VIEWBOX='0 0 400 200' Width='400' height='200' "
                  "xmlns='http://www.w3.org/1999/xhtml'><DEFS><LINEARGRADIENT id='g'>"
                  "<STOP offset='0' stop-color='#0a0'/></LINEARGRADIENT></DEFS>"
                  "<RECT WIDTH='400' height='200' fill='url(#g)'/><Rect x='9' width='90' "
                  "height='140' fill='#a00'/><rect x='150' y='90' width='90' height='90'/></SVG>"
                  "</div><p>Middle.</p><div><svg viewBox='0 0 400 200' width='400' height='200'>"
                  "<!-- an older bar: <rect width='9' height='9'/></svg> -->"
                  "<style><![CDATA[ rect { stroke: #000 } /* not </svg> */ ]]></style>"
                  "<rect width='400' height='200' fill='#fff'/><rect x='20' width='90' "
                  "height='140' fill='#0a0'/><rect x='150' width='90' height='90' fill='#00a'/>"
                  "</svg></div><p>After.</p>");
    INT_EQ(p.rc, 0);
    INT_EQ(count(&p, DOC_IMAGE), 2);
    char *svg = drawing_xml(&p, first_image(&p));
    OK(strstr(svg, "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 400 200\"") != NULL);
    OK(strstr(svg, "<linearGradient id=\"g\"><stop ") != NULL);
    OK(strstr(svg, "<rect width=\"400\"") && strstr(svg, "<rect x=\"9\""));
    OK(strstr(svg, "xhtml") == NULL && strstr(svg, "RECT") == NULL);
    char *t = doc_text_of(p.a, p.art);
    OK(strstr(t, "Middle.") && strstr(t, "After."));
    OK(strstr(t, "-->") == NULL && strstr(t, "older bar") == NULL && strstr(t, "stroke") == NULL);
    drop(&p);
}

int
main(void)
{
    RUN(remote_figure_keeps_stand_in_and_caption);
    RUN(picture_in_a_heading_is_set_under_it);
    RUN(alt_dropped_when_caption_repeats_it);
    RUN(sibling_figcaption_is_the_caption);
    RUN(caption_class_after_a_picture_is_its_caption);
    RUN(text_boxed_with_a_picture_is_its_caption);
    RUN(lone_remote_image_is_a_figure_inline_is_not);
    RUN(junk_and_empty_figures_make_nothing);
    RUN(lost_picture_label_and_caption);
    RUN(linked_picture_in_figure);
    RUN(credit_without_figcaption_is_the_caption);
    RUN(credit_glued_to_caption);
    RUN(alt_written_as_markup);
    RUN(file_name_alt_dropped);
    RUN(placeholder_pixel_and_markup_in_src);
    RUN(missing_local_image_and_embedded_one);
    RUN(stand_in_text);
    RUN(fixture_page);
    RUN(markdown_lone_remote_image);
    RUN(inline_drawing);
    RUN(drawing_bodies_dropped_whole);
    RUN(drawing_among_blocks);
    RUN(drawing_of_borrowed_parts);
    RUN(formula_drawing_beside_math);
    RUN(markdown_drawings);
    RUN(drawings_capped);
    RUN(drawing_label_holding_gt);
    RUN(drawing_read_as_a_browser_does);
    return test_report();
}
