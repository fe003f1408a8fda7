/*
 * css.c - the book's stylesheet, generated from the style (style.yaml).
 *
 * The same numbers drive the PDF, so the two outputs look like one book:
 * fonts by family name (with generic fallbacks; embedded only when the
 * style asks, see fonts.c), the
 * leading, alignment and hyphenation, paragraph indent or spacing, heading
 * scale, quote and code sizes. Sizes are relative (em, %), never absolute,
 * so a reader's own font size still wins. CSS is not markup, so plain
 * printf is the right tool here; only numbers and family names from the
 * style reach it, and names are sanitised to a quoted safe subset.
 *
 * E-readers paginate: what is wider than the screen is cut off, not
 * scrolled, and a scrolling box cannot be split between pages. So nothing
 * here scrolls; long words, addresses, code and table cells wrap instead
 * (tests/slow/epub_narrow.sh lays a book of wide things out 360 px wide).
 * Direction is left to markup (EPUB forbids direction and unicode-bidi in
 * its style sheets); right-to-left pages only mirror their indents, and
 * Chinese, Japanese and Korean pages get faces, leading and emphasis of
 * their own (css_cjk).
 */
#include "epub_int.h"

#include <stdio.h>
#include <string.h>
#include <strings.h>

/* A font family name as a CSS string: quotes, backslashes and controls
 * dropped so a style file cannot break out of the declaration. */
void
epub_css_string(buf *out, const char *s)
{
    buf_addc(out, '"');
    for (const char *p = s; *p; p++)
        if ((unsigned char)*p >= 0x20 && !strchr("\"\\;{}<>", *p))
            buf_addc(out, *p);
    buf_addc(out, '"');
}

static void
family(buf *out, const char *name, const char *generic)
{
    if (name && name[0]) {
        epub_css_string(out, name);
        buf_adds(out, ", ");
    }
    buf_adds(out, generic);
}

/* Right-to-left pages (html dir="rtl", from the article's language): lists
 * are indented from the right. (Direction itself is markup's business:
 * EPUB forbids direction and unicode-bidi in its style sheets, so code and
 * names in another script carry dir attributes, see epub_xw_dir.) */
static void
css_rtl(buf *out)
{
    buf_adds(out, "\n[dir=\"rtl\"] ul, [dir=\"rtl\"] ol { padding: 0 1.5em 0 0; }\n"
                  "[dir=\"rtl\"] ol.source-list li, [dir=\"rtl\"] li.toc-article "
                  "{ padding-left: 0; padding-right: 1.5em; }\n"
                  "[dir=\"rtl\"] ol.contents, [dir=\"rtl\"] ol.contents-sub, "
                  "[dir=\"rtl\"] ol.source-list { padding: 0; }\n"
                  "[dir=\"rtl\"] ol.contents-sub { margin: 0.3em 1.2em 0.8em 0; }\n"
                  "[dir=\"rtl\"] dd { margin: 0.1em 1.5em 0 0; }\n"
                  "[dir=\"rtl\"] li.task .box { margin: 0 -1.5em 0 0; }\n");
}

/* True when a family name says it is a sans serif. */
bool
epub_css_is_sans(const char *family)
{
    if (!family)
        return false;
    for (const char *p = family; *p; p++)
        if (strncasecmp(p, "sans", 4) == 0 || strncasecmp(p, "gothic", 6) == 0)
            return true;
    return false;
}

/*
 * Chinese, Japanese and Korean pages. The style's fonts seldom hold their
 * characters, and a reader left to fall back picks glyphs per character,
 * sometimes from a font of the wrong region (the same code point has
 * Japanese, Chinese and Korean forms): so a stack of the usual faces of
 * each language comes first, serif or sans as the style's body font is.
 * CJK text wants more leading than Latin, and has no italic: a slanted
 * ideograph is a distortion, so emphasis takes the emphasis marks those
 * languages use instead.
 */
static void
css_cjk(const style *s, buf *out)
{
    static const struct {
        const char *sel, *serif, *sans;
    } langs[] = {
        {":lang(ja)", "\"Hiragino Mincho ProN\", \"Yu Mincho\", \"YuMincho\", \"Noto Serif CJK JP\", "
                      "\"Source Han Serif JP\"",
         "\"Hiragino Sans\", \"Hiragino Kaku Gothic ProN\", \"Yu Gothic\", \"Noto Sans CJK JP\", "
         "\"Source Han Sans JP\""},
        {":lang(zh)", "\"Songti SC\", \"Noto Serif CJK SC\", \"Source Han Serif SC\"",
         "\"PingFang SC\", \"Noto Sans CJK SC\", \"Source Han Sans SC\""},
        /* after zh: traditional Chinese wins for the regions that write it */
        {":lang(zh-Hant), :lang(zh-TW), :lang(zh-HK), :lang(zh-MO)",
         "\"Songti TC\", \"Noto Serif CJK TC\", \"Source Han Serif TC\"",
         "\"PingFang TC\", \"Noto Sans CJK TC\", \"Source Han Sans TC\""},
        {":lang(ko)", "\"AppleMyungjo\", \"Noto Serif CJK KR\", \"Source Han Serif KR\", "
                      "\"Nanum Myeongjo\"",
         "\"Apple SD Gothic Neo\", \"Noto Sans CJK KR\", \"Source Han Sans KR\", "
         "\"Nanum Gothic\""},
    };
    double leading = s->leading > 1.7 ? s->leading : 1.7;
    buf_adds(out, "\n");
    for (size_t i = 0; i < sizeof(langs) / sizeof(langs[0]); i++) {
        bool sans = epub_css_is_sans(s->font_body);
        const char *sel = langs[i].sel;
        /* body and headings, where the style names its fonts, and a title
         * or name marked with its language on a page in another */
        for (const char *p = sel; *p;) {
            size_t n = strcspn(p, ",");
            buf_printf(out, "%s%.*s body, %.*s h1, %.*s h2, %.*s h3, %.*s h4, %.*s h5, %.*s h6, "
                            "body [lang]%.*s",
                       p == sel ? "" : ",\n", (int)n, p, (int)n, p, (int)n, p, (int)n, p, (int)n, p,
                       (int)n, p, (int)n, p, (int)n, p);
            p += n;
            while (*p == ',' || *p == ' ')
                p++;
        }
        buf_printf(out, " {\n  font-family: %s, ", sans ? langs[i].sans : langs[i].serif);
        family(out, s->font_body, sans ? "sans-serif" : "serif");
        buf_adds(out, ";\n}\n");
    }
    buf_printf(out,
               ":lang(ja) body, :lang(zh) body, :lang(ko) body { line-height: %.3g; }\n"
               ":lang(ja) em, :lang(zh) em, :lang(ko) em {\n  font-style: normal;\n"
               "  -webkit-text-emphasis-style: filled dot;\n  text-emphasis-style: filled dot;\n}\n"
               /* Chinese sets its marks under the text */
               ":lang(zh) em {\n  -webkit-text-emphasis-position: under right;\n"
               "  text-emphasis-position: under right;\n}\n",
               leading);
}

/* Paragraphs not indented though they follow a block: after a heading, a
 * block quote (the text it quoted from goes on) or a rule; and display
 * lines (title blocks, captions, notes), which are not running text. */
static const char *const after_no_indent[] = {
    "header + p", "h1 + p",         "h2 + p", "h3 + p",       "h4 + p", "h5 + p",
    "h6 + p",     "blockquote + p", "hr + p", "p.center + p", NULL};
static const char *const display_no_indent[] = {"header p",         ".titlepage p", "aside p",
                                                "figure p",         "li p",         ".sources p",
                                                ".contents-page p", "p.center",     NULL};

/* A selector list, each selector after `prefix` (NULL: none). */
static void
selectors(buf *out, const char *prefix, const char *const *list)
{
    for (size_t i = 0; list[i]; i++)
        buf_printf(out, "%s%s%s", i ? ", " : "", prefix ? prefix : "", list[i]);
}

void
epub_css(const style *s, buf *out)
{
    /* No colour of our own for the text: a reader's night or sepia mode
       sets it, and a dark grey kept on a black page cannot be read. Text
       set back (captions, datelines) is the reader's colour, lighter. */
    const char *muted = s->high_contrast ? "color: inherit" : "opacity: 0.75";
    buf_printf(out, "/* Generated by sheaf from the style '%s'. */\n\n",
               s->name ? s->name : "classic");
    buf_printf(out, "@namespace epub \"http://www.idpf.org/2007/ops\";\n\n");
    buf_adds(out, "body {\n  font-family: ");
    family(out, s->font_body, "serif");
    buf_printf(out, ";\n  line-height: %.3g;\n  margin: 0 5%%;\n", s->leading);
    /* A print size above the usual 12 pt (large print) makes the e-book's
     * text larger too, in proportion, relative to the reader's own size;
     * smaller print sizes leave the reader's size alone, since a screen is
     * read with bigger type than a page. */
    if (s->size > 12.0)
        buf_printf(out, "  font-size: %.0f%%;\n", s->size / 12.0 * 100.0);
    /* ragged: start, so a right-to-left page, or paragraph (dir="rtl" in
       a left-to-right page), is flush on the right as in print; left stays
       as the fallback for readers without start */
    buf_printf(out, "  text-align: %s;\n", s->justify ? "justify" : "left;\n  text-align: start");
    if (s->hyphenate)
        buf_adds(out, "  -webkit-hyphens: auto;\n  hyphens: auto;\n");
    /* A word or address longer than a phone's line breaks where it must
     * rather than run off the page (e-readers paginate: what overflows is
     * cut, not scrolled). */
    buf_adds(out, "  word-wrap: break-word;\n  overflow-wrap: break-word;\n");
    buf_adds(out, "  widows: 2;\n  orphans: 2;\n}\n\n");

    buf_adds(out, "h1, h2, h3, h4, h5, h6 {\n  font-family: ");
    family(out, s->font_heading, "serif");
    /* start, not left, so right-to-left pages set their headings on the
     * right (left stays as the fallback for readers without start);
     * balanced, so a long title does not leave one word on its last line */
    buf_adds(out, ";\n  text-align: left;\n  text-align: start;\n  -webkit-hyphens: manual;\n"
                  "  hyphens: manual;\n  line-height: 1.2;\n  font-weight: bold;\n"
                  "  page-break-after: avoid;\n  break-after: avoid;\n  text-wrap: balance;\n}\n");
    for (int i = 0; i < 6; i++) {
        double sc = s->heading_scale[i] > 0 ? s->heading_scale[i] : 1.0;
        double above = i == 0 ? 2.0 : 1.4;
        buf_printf(out, "h%d { font-size: %.3gem; margin: %.2gem 0 %.2gem; }\n", i + 1, sc,
                   above, i == 0 ? 0.4 : 0.5);
    }
    buf_adds(out, "h4, h5, h6 { font-style: italic; font-weight: normal; }\n\n");

    buf_printf(out, "p {\n  margin: %.3gem 0 0;\n  text-indent: 0;\n}\n", s->para_spacing);
    if (s->indent > 0) {
        /* as in print: a paragraph is indented unless it opens its block or
           the article (after the title block) or follows a heading, a block
           quote (the text it quoted from goes on) or a rule */
        buf_printf(out, "* + p { text-indent: %.3gem; }\n", s->indent);
        selectors(out, NULL, after_no_indent);
        buf_adds(out, " { text-indent: 0; }\n");
        /* Display lines (title blocks, captions, notes) are not running text. */
        selectors(out, NULL, display_no_indent);
        buf_adds(out, " { text-indent: 0; }\n");
        /* Chinese and Japanese stand on a grid of square characters: their
           indent is whole characters, two and one as their books set it.
           The language makes the rule stronger than those above, so they
           are said again for it (and blockquote's, below). */
        static const char *const cjk[] = {":lang(zh) ", ":lang(ja) "};
        buf_adds(out, ":lang(zh) * + p { text-indent: 2em; }\n"
                      ":lang(ja) * + p { text-indent: 1em; }\n");
        for (int i = 0; i < 2; i++) {
            selectors(out, cjk[i], after_no_indent);
            buf_adds(out, ",\n");
            selectors(out, cjk[i], display_no_indent);
            buf_printf(out, ",\n%sblockquote p + p { text-indent: 0; }\n", cjk[i]);
        }
        /* ... but a list item's later paragraphs are indented, as in print */
        buf_adds(out, ":lang(zh) li > p + p { text-indent: 2em; }\n"
                      ":lang(ja) li > p + p { text-indent: 1em; }\n");
    }
    buf_adds(out, "\n");

    /* A group of short lines (doc_para_is_line_group: verse, an address,
       a list typed as lines) is set as the PDF sets it: inset like a
       quotation, ragged, unhyphenated, at the text's own size. */
    buf_printf(out,
               "p.lines {\n  text-indent: 0;\n  text-align: left;\n  text-align: start;\n"
               "  margin: 0.5em %.3gem;\n  -webkit-hyphens: manual;\n  hyphens: manual;\n}\n"
               "p.lines .line { display: block; padding-left: 1em; text-indent: -1em; }\n"
               "[dir=\"rtl\"] p.lines .line, p.lines[dir=\"rtl\"] .line {\n"
               "  padding-left: 0;\n  padding-right: 1em;\n}\n",
               s->quote_indent);
    /* A line of a list typed as lines (a sign, or one to three digits or
       a letter, then a stop) hangs under the text after its marker, as in
       print: the marker sits flush against the text in a box as wide as
       the hang of the group's widest marker. */
    static const struct {
        const char *cls;
        double em;
    } hangs[] = {{"item", 1.4}, {"item2", 1.9}, {"item3", 2.4}};
    buf_adds(out, "p.lines .mark {\n  display: inline-block;\n  box-sizing: border-box;\n"
                  "  text-indent: 0;\n  text-align: right;\n  padding-right: 0.3em;\n}\n"
                  "[dir=\"rtl\"] p.lines .mark, p.lines[dir=\"rtl\"] .mark {\n"
                  "  text-align: left;\n  padding-right: 0;\n  padding-left: 0.3em;\n}\n");
    for (size_t i = 0; i < sizeof hangs / sizeof *hangs; i++)
        buf_printf(out,
                   "p.lines .line.%s { padding-left: %.2gem; text-indent: -%.2gem; }\n"
                   "[dir=\"rtl\"] p.lines .line.%s, p.lines[dir=\"rtl\"] .line.%s {\n"
                   "  padding-left: 0;\n  padding-right: %.2gem;\n}\n"
                   "p.lines .%s .mark { min-width: %.2gem; }\n",
                   hangs[i].cls, hangs[i].em, hangs[i].em, hangs[i].cls, hangs[i].cls, hangs[i].em,
                   hangs[i].cls, hangs[i].em);
    /* A display line the source centred (DOC_F_CENTER: an epigraph, a
       dedication) stands apart by half a line, whole words, as in print. */
    buf_printf(out,
               "p.center {\n  text-align: center;\n  margin-top: %.3gem;\n"
               "  -webkit-hyphens: manual;\n  hyphens: manual;\n}\n"
               "p.center + p.center { margin-top: %.3gem; }\n"
               "p.center + p:not(.center) { margin-top: %.3gem; }\n",
               s->para_spacing > 0.5 ? s->para_spacing : 0.5, s->para_spacing,
               s->para_spacing > 0.5 ? s->para_spacing : 0.5);
    /* A bold label over its text (doc_para_is_label) is the least heading,
       as in print: flush, half a line above, kept with its text, which
       starts flush under it. */
    buf_printf(out,
               "p.label {\n  text-indent: 0;\n  margin-top: 0.6em;\n  font-size: %.3gem;\n"
               "  page-break-after: avoid;\n  break-after: avoid;\n}\n"
               "p.label + p { text-indent: 0; }\n",
               s->heading_scale[3] > 1 ? s->heading_scale[3] : 1.0);
    buf_printf(out,
               "blockquote {\n  margin: 1em %.3gem;\n  font-size: %.3gem;\n}\n"
               "blockquote p + p { text-indent: 0; margin-top: 0.6em; }\n\n",
               s->quote_indent, s->quote_scale > 0 ? s->quote_scale : 1.0);
    buf_adds(out, "code, pre {\n  font-family: ");
    family(out, s->font_mono, "monospace");
    buf_printf(out, ";\n  font-size: %.3gem;\n}\n", s->code_scale > 0 ? s->code_scale : 0.9);
    /* Code is wrapped, never cut off or scrolled (a scrolling box cannot
     * be split between pages, and some readers then show nothing): a long
     * line goes on under its start, indented (each line is a span.line,
     * with a hanging indent), and a token too long for the line is broken.
     * Code, like an address, is never hyphenated: a hyphen would read as
     * part of it. */
    buf_adds(out,
             "pre {\n  white-space: pre-wrap;\n  word-wrap: break-word;\n  overflow-wrap: break-word;\n"
             "  text-align: left;\n  margin: 1em 0;\n  padding-left: 1em;\n}\n"
             "pre code { font-size: 1em; }\n"
             "pre .line { display: block; padding-left: 2em; text-indent: -2em; }\n"
             "code, pre, .url { -webkit-hyphens: none; hyphens: none; }\n\n"
             "ul, ol { margin: 0.6em 0; padding: 0 0 0 1.5em; }\n"
             "li { margin: 0.35em 0; }\nli p { text-indent: 0; }\n"
             /* a heading or paragraph opening an item, a quote or a cell
                sits on the item's first line, not a heading's space below */
             "li > :first-child, blockquote > :first-child { margin-top: 0; }\n\n"
             "hr { border: 0; text-align: center; margin: 1.5em 0; }\n"
             "hr::after { content: \"\\2042\"; }\n\n"
             "figure { margin: 1.2em 0; text-align: center; page-break-inside: avoid; }\n"
             /* no taller than the screen: a picture is never split or cut */
             "img { max-width: 100%; max-height: 95vh; height: auto; }\n"
             /* a small picture in a line (an icon, a formula) sits on its
                middle, not on the baseline, pushing the line apart */
             "p img, li img, td img, th img { vertical-align: middle; }\n"
             "p.picture { text-indent: 0; text-align: center; margin: 0.8em 0; }\n");
    /* A list of loose items (a heading, a figure, several paragraphs:
       xhtml.c marks it) reads as in print: the items stand apart as
       paragraphs do, and everything inside an item is closer than that;
       a heading in an item is a step smaller than in running text, and
       the item's first block starts on its marker's line, a figure
       beside the marker rather than centred away from it (a picture
       top-aligned, so the marker sits at its top as in print). */
    double lead = s->leading > 0 ? s->leading : 1.3;
    double gap = 0.75 * lead > s->para_spacing + 0.4 * lead ? 0.75 * lead
                                                            : s->para_spacing + 0.4 * lead;
    buf_printf(out, "ul.loose > li, ol.loose > li { margin: %.3gem 0; }\n", gap);
    /* A task's box is its marker (xhtml.c writes it at the item's start):
       no bullet, and the box hung where the bullet was, its text on the
       text edge of the other items. */
    buf_adds(out, "li.task { list-style: none; }\n"
                  "li.task .box { display: inline-block; width: 1.5em; margin: 0 0 0 -1.5em; "
                  "text-indent: 0; }\n");
    buf_adds(out, "li h2, li h3, li h4, li h5, li h6 { margin: 0.35em 0 0.15em; }\n");
    for (int i = 1; i < 6; i++) {
        double sc = s->heading_scale[i < 5 ? i + 1 : 5];
        buf_printf(out, "li h%d { font-size: %.3gem; }\n", i + 1, sc > 0 ? sc : 1.0);
    }
    buf_adds(out, "li figure { margin: 0.3em 0; text-align: left; }\n"
                  "li > figure:first-child > img:first-child { vertical-align: top; }\n"
                  "li pre, li blockquote, li table { margin-top: 0.5em; margin-bottom: 0.5em; }\n");
    /* A definition list as in print: each term bold on a line of its own,
       kept with its definition, which is indented under it; a definition's
       paragraphs as an item's. */
    buf_adds(out, "dl { margin: 0.8em 0; }\n"
                  "dt {\n  font-weight: bold;\n  margin-top: 0.5em;\n"
                  "  page-break-after: avoid;\n  break-after: avoid;\n}\n"
                  "dt:first-child, dt + dt { margin-top: 0; }\n"
                  "dd { margin: 0.1em 0 0 1.5em; }\n"
                  "dd p { text-indent: 0; }\n"
                  "dd > :first-child { margin-top: 0; }\n"
                  "dd pre, dd blockquote, dd table { margin-top: 0.5em; margin-bottom: 0.5em; }\n");
    if (s->indent > 0)
        buf_printf(out, "li > p + p, dd > p + p { text-indent: %.3gem; }\n", s->indent);
    buf_adds(out, "\n");
    buf_printf(out, "figcaption { font-size: 0.9em; %s; margin-top: 0.4em; }\n", muted);
    /* a table's or a listing's caption, as in print: italic, flush, kept
       with the block it stands over */
    buf_printf(out,
               "p.caption {\n  font-size: 0.9em;\n  font-style: italic;\n  text-indent: 0;\n"
               "  %s;\n  page-break-after: avoid;\n  break-after: avoid;\n}\n",
               muted);
    buf_printf(out, ".image-alt { font-style: italic; %s; }\n\n", muted);
    /* Tables fit the screen: cells wrap and hyphenate; a word longer than
     * its column breaks where it must (break-word), but no column is made
     * narrower than its longest word, which would break short words in
     * one column while another has room (anywhere lets the table narrow
     * that far). Wide ones (table.wide, five columns or more, or words
     * that side by side would pass a phone's width: xhtml.c) are set
     * smaller and may break anywhere. Not a scrolling box, for the reason
     * given at pre. */
    buf_printf(out,
               "table { border-collapse: collapse; margin: 1em 0; font-size: %.3gem; "
               "max-width: 100%%; border-top: 2px solid #666; border-bottom: 2px solid #666; }\n"
               "table.wide { font-size: %.3gem; }\n"
               "th, td { border-bottom: 1px solid #999; padding: 0.25em %.3gem; "
               "text-align: left; text-align: start; vertical-align: top; "
               /* word-wrap is overflow-wrap's old name: first, as the fallback */
               "word-wrap: break-word; overflow-wrap: break-word; "
               "-webkit-hyphens: auto; hyphens: auto; }\n"
               "table.wide th, table.wide td { padding: 0.2em %.3gem; overflow-wrap: anywhere; }\n"
               "td.num, th.num { white-space: nowrap; }\n"
               "th { font-weight: bold; border-bottom-width: 2px; }\n"
               ".align-left { text-align: left; }\n.align-center { text-align: center; }\n"
               ".align-right { text-align: right; }\n\n"
               "sup, sub { line-height: 0; font-size: 0.75em; }\n"
               "sup.noteref { white-space: nowrap; }\n"
               "sup.noteref a { text-decoration: none; }\n"
               "a { color: inherit; }\n\n",
               EPUB_TABLE_FONT, EPUB_TABLE_WIDE_FONT, EPUB_TABLE_PAD, EPUB_TABLE_WIDE_PAD);
    /* A wide table whose words fit whole in its box keeps them whole: the
     * page writer guesses the width they need (tablefit.c) and names it
     * (fit-N, N em); the query's em is the reader's own font size and its
     * width the column the table is set in. Readers without container
     * queries keep breaking anywhere, which never cuts a table off. */
    buf_adds(out, "div.table-fit { container-type: inline-size; }\n");
    for (int n = EPUB_TABLE_FIT_MIN; n <= EPUB_TABLE_FIT_MAX + EPUB_TABLE_FIT_STEP;
         n += EPUB_TABLE_FIT_STEP)
        buf_printf(out,
                   "@container (min-width: %dem) { table.fit-%d th, table.fit-%d td "
                   "{ overflow-wrap: break-word; } }\n",
                   n, n, n);
    buf_adds(out, "\n");

    /* Book pages. */
    buf_printf(out,
               "header.article-head { margin: 0 0 2em; text-align: left; text-align: start; }\n"
               "h1.article-title { margin-bottom: 0.3em; }\n"
               ".subtitle { font-style: italic; font-size: 1.1em; margin-top: 0; }\n"
               ".byline { font-variant: small-caps; letter-spacing: 0.03em; margin-top: 0.8em; }\n"
               ".credit { font-style: italic; font-size: 0.9em; margin-top: 0.2em; }\n"
               ".article-title + .credit, .subtitle + .credit { margin-top: 0.8em; }\n"
               ".dateline { font-size: 0.9em; %s; margin-top: 0.2em; }\n"
               ".dateline a { text-decoration: none; }\n\n",
               muted);
    buf_adds(out,
             "section.notes { margin-top: 2.5em; border-top: 1px solid #999; "
             "padding-top: 0.5em; font-size: 0.9em; }\n"
             "aside.footnote p { text-indent: 0; margin: 0.4em 0; }\n"
             ".note-number { font-weight: bold; text-decoration: none; }\n\n"
             ".cover { text-align: center; margin: 0; padding: 0; }\n"
             /* display lines: never hyphenated, their lines balanced (no
                last word alone under a long title) */
             ".titlepage p, .part-opener h1, .article-head p {\n"
             "  -webkit-hyphens: manual;\n  hyphens: manual;\n  text-wrap: balance;\n}\n"
             ".cover-image img { max-width: 100%; max-height: 100vh; }\n\n"
             ".titlepage { text-align: center; padding-top: 15%; }\n"
             ".titlepage p { text-indent: 0; }\n"
             "h1.book-title { font-size: 2.2em; margin: 0 0 0.4em; text-align: center; }\n"
             ".book-subtitle { font-size: 1.25em; font-style: italic; margin: 0 0 2em; }\n"
             ".book-editor { font-variant: small-caps; font-size: 1.1em; margin: 0 0 3em; }\n"
             ".book-publisher, .book-date { margin: 0.2em 0; }\n"
             ".book-description { margin: 3em 10% 0; font-style: italic; }\n"
             ".book-rights { margin: 2em 10% 0; font-size: 0.85em; }\n\n"
             ".part-opener { text-align: center; padding-top: 20%; }\n"
             "h1.part-title { font-size: 2em; text-align: center; margin-bottom: 1.5em; }\n"
             ".part-intro { text-align: left; text-align: start; margin: 0 5%; }\n\n"
             "ol.contents, ol.contents-sub, ol.source-list { list-style: none; margin: 1em 0; "
             "padding: 0; text-align: left; text-align: start; }\n"
             "ol.contents-sub { margin: 0.3em 0 0.8em 1.2em; }\n"
             "li.toc-part { margin-top: 1em; font-weight: bold; }\n"
             "li.toc-part li { font-weight: normal; }\n"
             "ol.contents a, .toc-sources a { text-decoration: none; }\n"
             ".toc-author { font-style: italic; }\n"
             ".nobr { white-space: nowrap; }\n"
             /* names and titles in lists come in any script: a face with
                no italic (Hangul, Han, Arabic, ...) stays upright rather
                than be slanted by the reader */
             ".toc-author, .source-title, cite { font-synthesis: weight; }\n"
             ".toc-author::before { content: \"\\2014\\00a0\"; }\n"
             /* entries of several lines hang, so each one stands out */
             "ol.source-list li { margin: 0 0 1em; padding-left: 1.5em; text-indent: -1.5em; }\n"
             "li.toc-article { padding-left: 1.5em; text-indent: -1.5em; }\n"
             ".source-title { font-style: italic; text-decoration: none; }\n"
             ".source-url { font-size: 0.85em; }\n"
             ".source-retrieved { font-size: 0.85em; }\n"
             "nav#toc ol { list-style: none; }\n");
    css_rtl(out);
    css_cjk(s, out);
}
