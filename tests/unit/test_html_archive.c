/*
 * test_html_archive.c - web archives (.mhtml): a page a browser saved as
 * one file is read as the page it holds, its pictures taken from the
 * archive, its source and saved date from the archive's headers; a
 * broken archive gets a clear diagnostic at its line.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <plist/plist.h>

#include "harness.h"
#include "read_page.h"
#include "readers/reader.h"

/* A 60x40 two-colour PNG in base64, as an archive's picture part
 * carries it (lines of 76). */
#define TINY_PNG_B64                                                                               \
    "iVBORw0KGgoAAAANSUhEUgAAADwAAAAoAQMAAACYdQu8AAAABGdBTUEAALGPC/xhBQAAACBjSFJN\n"               \
    "AAB6JgAAgIQAAPoAAACA6AAAdTAAAOpgAAA6mAAAF3CculE8AAAABlBMVEUiqnf///8jwiTyAAAA\n"               \
    "AWJLR0QB/wIt3gAAAAd0SU1FB+oMARcsEDuo1h8AAAANSURBVBjTY2AYBfQAAAFoAAHZthW0AAAA\n"               \
    "JXRFWHRkYXRlOmNyZWF0ZQAyMDI2LTEyLTAxVDIzOjQ0OjE2KzAwOjAwizreawAAACV0RVh0ZGF0\n"               \
    "ZTptb2RpZnkAMjAyNi0xMi0wMVQyMzo0NDoxNiswMDowMPpnZtcAAAAASUVORK5CYII=\n"

static size_t
count(const page *p, const char *needle)
{
    size_t n = 0;
    for (const char *s = p->tree; (s = strstr(s, needle)) != NULL; s++)
        n++;
    return n;
}

static const diag *
find(const page *p, const char *needle)
{
    for (size_t i = 0; i < p->d.count; i++)
        if (strstr(p->d.items[i].message, needle))
            return &p->d.items[i];
    return NULL;
}

/* The fixture, written as Chrome writes one: a quoted-printable page and
 * its pictures in base64, named by the absolute URL the page uses, by a
 * URL relative to the page, and by cid:; a style sheet; an advertisement
 * the archive does not hold. */
TEST(chrome_archive)
{
    page p = page_file("tests/fixtures/html/archive.mhtml", NULL);
    INT_EQ(p.rc, 0);
    const doc_meta *m = p.art ? doc_article_meta(p.a, p.art) : NULL;
    OK(m != NULL);
    if (m) {
        STR_EQ(m->format, "mhtml");
        STR_EQ(m->title, "The River\xe2\x80\x99s Long Winter");
        STR_EQ(m->source, "https://valley.example/2026/11/rivers-long-winter");
        STR_EQ(m->retrieved, "2026-11-24");
    }
    /* quoted-printable undone: soft breaks joined, =E2=80=99 a character */
    OK(strstr(p.text, "the mill\xe2\x80\x99s wheel stood still") != NULL);
    OK(strstr(p.text, "=3D") == NULL && strstr(p.text, "=\n") == NULL);
    INT_EQ(count(&p, "image href=\"data:image/jpeg;base64,"), 1);
    INT_EQ(count(&p, "image href=\"data:image/png;base64,"), 2);
    OK(strstr(p.tree, "text \"Volunteer badge\"") != NULL);
    /* the advertisement is not in the archive: its alt text, and the
       warning at the archive file's line of its <img> */
    OK(strstr(p.tree, "emph\n      text \"An advertisement\"") != NULL);
    const diag *g = find(&p, "remote images are not fetched");
    OK(g && g->line == 50);
    INT_EQ(p.d.count, 1);
    drop(&p);
}

/* One message, one page: no multipart, no pictures; a header folded over
 * two lines; LF line ends. */
TEST(single_page_message)
{
    static const char msg[] =
        "MIME-Version: 1.0\nSubject: A note\nContent-Type: text/html;\n charset=\"utf-8\"\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        "<html><head><title>A short note</title></head><body><article><h1>A short note</h1>=\n"
        "<p>The ferry runs every twenty minutes until the end of the month, and the caf=C3=\n"
        "=A9 on the pier stays open late on Fridays.</p><p>Tickets are sold on board; t=\n"
        "he first crossing leaves at seven.</p></article></body></html>\n";
    page p = page_bytes("note.mht", msg, sizeof msg - 1, NULL);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "the caf\xc3\xa9 on the pier") != NULL);
    OK(strstr(p.text, "Tickets are sold on board; the first crossing") != NULL);
    INT_EQ(p.d.count, 0);
    drop(&p);
}

/* A file named otherwise is known by its first line. */
TEST(detected_by_content)
{
    static const char chrome[] = "From: <Saved by Blink>\r\nMIME-Version: 1.0\r\n";
    STR_EQ(reader_detect_format("page.dat", chrome, sizeof chrome - 1), "mhtml");
    STR_EQ(reader_detect_format("page", "MIME-Version: 1.0\n", 18), "mhtml");
    STR_EQ(reader_detect_format("page.MHTML", "", 0), "mhtml");
    STR_EQ(reader_detect_format("page.mht", "", 0), "mhtml");
    /* a saved mail: by its extension, or by a header block that says
       MIME-Version below its other headers */
    STR_EQ(reader_detect_format("letter.EML", "", 0), "mhtml");
    static const char mail[] = "Return-Path: <a@x.example>\r\nReceived: from x.example\r\n"
                               "\tby y.example; Tue, 24 Nov 2026\r\nFrom: A <a@x.example>\r\n"
                               "MIME-Version: 1.0\r\n\r\nbody";
    STR_EQ(reader_detect_format("letter", mail, sizeof mail - 1), "mhtml");
    /* copied text with labels on its first lines is no message */
    static const char text[] = "Title: Notes\nAuthor: A\n\nMIME-Version: 1.0 of the notes.\n";
    STR_EQ(reader_detect_format("notes", text, sizeof text - 1), "text");
    static const char prose[] = "From: the valley\nMIME-Version: 1\n";
    STR_EQ(reader_detect_format("notes", prose, sizeof prose - 1), "mhtml");
}

/* Broken archives: each gets one clear error at its line (or a warning
 * when the page can still be read), never a crash or a half-read page. */
TEST(broken_archives)
{
    /* no boundary: the parts cannot be told apart */
    static const char nob[] = "MIME-Version: 1.0\nDate: Tue, 24 Nov 2026 09:15:02 -0000\n"
                              "Content-Type: multipart/related; type=\"text/html\"\n\nbody\n";
    page p = page_bytes("a.mhtml", nob, sizeof nob - 1, NULL);
    INT_EQ(p.rc, -1);
    const diag *g = find(&p, "without a boundary");
    OK(g && g->severity == DIAG_ERROR && g->line == 3);
    drop(&p);

    /* parts, but none of them a page */
    static const char nopage[] =
        "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=\"b\"\n\n"
        "--b\nContent-Type: text/css\n\nbody { color: red }\n"
        "--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0K\n--b--\n";
    p = page_bytes("b.mhtml", nopage, sizeof nopage - 1, NULL);
    INT_EQ(p.rc, -1);
    OK(find(&p, "holds no HTML page (2 parts)") != NULL);
    drop(&p);

    /* a MIME message that is no archive */
    static const char mail[] =
        "MIME-Version: 1.0\nContent-Type: application/octet-stream\n\nHello.\n";
    p = page_bytes("c.mhtml", mail, sizeof mail - 1, NULL);
    INT_EQ(p.rc, -1);
    g = find(&p, "not a web archive");
    OK(g && g->line == 2);
    drop(&p);

    /* cut short in a picture: the page is read, with a warning */
    static const char cut[] =
        "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n"
        "--b\nContent-Type: text/html\nContent-Location: https://x.example/a\n\n"
        "<html><body><article><h1>Cut short</h1><p>The road to the pass reopened on Monday "
        "after a week of snow, and the first buses were full by nine.</p><p>More snow is "
        "forecast for the weekend, the weather service says.</p>"
        "<img src=\"p.png\" alt=\"The pass\"></article></body></html>\n"
        "--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n"
        "Content-Location: https://x.example/p.png\n\niVBORw0KGgoAAAANSUhE";
    p = page_bytes("d.mhtml", cut, sizeof cut - 1, NULL);
    INT_EQ(p.rc, 0);
    OK(find(&p, "web archive cut short") != NULL);
    OK(strstr(p.text, "the first buses were full by nine") != NULL);
    /* the picture cut short is no picture: its alt text stays */
    OK(strstr(p.tree, "image href") == NULL && strstr(p.tree, "The pass") != NULL);
    drop(&p);

    /* the page's part is not base64 though it says so */
    static const char bad64[] =
        "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n"
        "--b\nContent-Type: text/html\nContent-Transfer-Encoding: base64\n\n<html>!!</html>\n"
        "--b--\n";
    p = page_bytes("e.mhtml", bad64, sizeof bad64 - 1, NULL);
    INT_EQ(p.rc, -1);
    g = find(&p, "not valid base64");
    OK(g && g->line == 5); /* the part's first header */
    drop(&p);
}

/* A picture of a kind the books do not take (an SVG, which may script)
 * is not taken from the archive: the alt text stands in. */
TEST(archive_svg_not_taken)
{
    static const char msg[] =
        "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n"
        "--b\nContent-Type: text/html\nContent-Location: https://x.example/a\n\n"
        "<html><body><article><h1>Maps</h1><p>The new cycle lanes run from the station to "
        "the harbour, along the old tram line, and open in the spring.</p>"
        "<p><img src=\"map.svg\" alt=\"The lanes on a map\"></p><p>Work starts next week and "
        "will close the harbour road at night.</p></article></body></html>\n"
        "--b\nContent-Type: image/svg+xml\nContent-Location: https://x.example/map.svg\n\n"
        "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>\n--b--\n";
    page p = page_bytes("f.mhtml", msg, sizeof msg - 1, NULL);
    INT_EQ(p.rc, 0);
    OK(strstr(p.tree, "image href") == NULL);
    OK(strstr(p.tree, "The lanes on a map") != NULL);
    OK(strstr(p.tree, "alert") == NULL);
    drop(&p);
}

/* One picture a page names many times is one string, decoded once: a
 * small archive of one big photograph named by thousands of <img> must
 * not hold (or check) the photograph thousands of times. */
TEST(archive_picture_shared)
{
    static const char msg[] =
        "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n"
        "--b\nContent-Type: text/html\nContent-Location: https://x.example/a/page\n\n"
        "<html><body><article><h1>Levels</h1><p>The gauge at the lock was read each morning "
        "through the winter, and the readings drawn as a chart.</p>"
        "<p><img src=\"chart.png\" alt=\"One\"></p><p>The same chart again, as the "
        "council printed it in its own report.</p><p><img src=\"chart.png\" alt=\"Two\">"
        "</p><p><img src=\"https://x.example/a/chart.png\" alt=\"Three\"></p>"
        "</article></body></html>\n"
        "--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n"
        "Content-Location: https://x.example/a/chart.png\n\n" TINY_PNG_B64 "--b--\n";
    page p = page_bytes("s.mhtml", msg, sizeof msg - 1, NULL);
    INT_EQ(p.rc, 0);
    const char *hrefs[4] = {NULL};
    size_t k = 0;
    doc_iter it;
    doc_node *x;
    doc_event ev;
    doc_iter_init(&it, p.art);
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && x->type == DOC_IMAGE && k < 4)
            hrefs[k++] = x->as.link.href;
    INT_EQ(k, 3);
    OK(hrefs[0] && strncmp(hrefs[0], "data:image/png;base64,", 22) == 0);
    OK(hrefs[0] == hrefs[1] && hrefs[1] == hrefs[2]);
    drop(&p);
}

/* The page's charset is in its part's Content-Type, as a server sends
 * it; a page saved from a windows-1251 site declares none of its own:
 * its letters are read in that charset, not taken for Windows-1252. */
TEST(archive_part_charset)
{
    static const char msg[] =
        "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n"
        "--b\nContent-Type: text/html; charset=\"windows-1251\"\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "Content-Location: https://x.example/news\n\n"
        "<html><head><title>=CD=EE=E2=EE=F1=F2=E8</title></head><body><article>"
        "<h1>=CD=EE=E2=EE=F1=F2=E8</h1><p>=CC=EE=F1=F2 =EE=F2=EA=F0=FB=F2 =EF=EE=F1=EB=E5 "
        "=F0=E5=EC=EE=ED=F2=E0, and the ferry runs again from the north pier every hour.</p>"
        "<p>The timetable is posted at the station and on the council's site.</p>"
        "</article></body></html>\n--b--\n";
    page p = page_bytes("c.mhtml", msg, sizeof msg - 1, NULL);
    INT_EQ(p.rc, 0);
    /* "Мост открыт после ремонта" */
    OK(strstr(p.text, "\xd0\x9c\xd0\xbe\xd1\x81\xd1\x82 \xd0\xbe\xd1\x82\xd0\xba\xd1\x80"
                      "\xd1\x8b\xd1\x82") != NULL);
    OK(find(&p, "no usable charset declared") == NULL);
    drop(&p);
}

/* The archive names a picture by its URL escaped ("my%20chart.png",
 * "caf%C3%A9.png", "%c3%a9" in lower case too), as browsers write it; the
 * page names it raw ("my chart.png", "caf\xc3\xa9.png"): the same picture. */
TEST(archive_escaped_locations)
{
    static const char msg[] =
        "MIME-Version: 1.0\nContent-Type: multipart/related; boundary=b\n\n"
        "--b\nContent-Type: text/html; charset=utf-8\n"
        "Content-Location: https://x.example/a/page.html\n\n"
        "<html><body><article><h1>Levels</h1><p>The gauge at the lock was read each morning "
        "through the winter, and the readings drawn as a chart.</p>"
        "<p><img src=\"my chart.png\" alt=\"One\"></p><p>The caf\xc3\xa9 by the lock kept "
        "its own chart on the wall.</p><p><img src=\"caf\xc3\xa9.png\" alt=\"Two\"></p>"
        "<p><img src=\"../r%C3%A9sum%C3%A9.png\" alt=\"Three\"></p>"
        "</article></body></html>\n"
        "--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n"
        "Content-Location: https://x.example/a/my%20chart.png\n\n" TINY_PNG_B64
        "--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n"
        "Content-Location: https://x.example/a/caf%C3%A9.png\n\n" TINY_PNG_B64
        "--b\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n"
        "Content-Location: https://x.example/r%c3%a9sum%c3%a9.png\n\n" TINY_PNG_B64 "--b--\n";
    page p = page_bytes("e.mhtml", msg, sizeof msg - 1, NULL);
    INT_EQ(p.rc, 0);
    INT_EQ(count(&p, "image href=\"data:image/png;base64,"), 3);
    OK(find(&p, "remote images are not fetched") == NULL);
    drop(&p);
}

/* A message whose page sits in a multipart inside the message (a saved
 * mail's "multipart/alternative" of text and HTML, inside the
 * "multipart/related" that holds its pictures), with pictures named by
 * locations relative to the Content-Base of the multipart around them;
 * diagnostics still at the file's lines. */
TEST(archive_nested_parts)
{
    static const char msg[] =
        "MIME-Version: 1.0\nSubject: Notes from the lock\n"
        "Content-Type: multipart/related; boundary=outer\n"
        "Content-Base: https://x.example/letters/\n\n"
        "--outer\nContent-Type: multipart/alternative; boundary=\"inner\"\n\n"
        "--inner\nContent-Type: text/plain; charset=utf-8\n\n"
        "Plain words that are not the page.\n"
        "--inner\nContent-Type: text/html; charset=utf-8\n"
        "Content-Transfer-Encoding: quoted-printable\n\n"
        "<html><body><article><h1>Notes from the lock</h1><p>The keeper writes each w=\n"
        "eek about the water, the boats and the weather on the towpath.</p>\n"
        "<p><img src=\"https://x.example/letters/pics/gauge.png\" alt=\"Gauge\"></p>\n"
        "<p><img src=\"pics/level.png\" alt=\"Level\"></p>\n"
        "<p><img src=\"https://elsewhere.example/ad.png\" alt=\"Ad\"></p>\n"
        "<p>Next week: the new gates.</p></article></body></html>\n"
        "--inner--\n"
        "--outer\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n"
        "Content-Location: pics/gauge.png\n\n" TINY_PNG_B64
        "--outer\nContent-Type: multipart/related; boundary=deeper\n"
        "Content-Location: https://x.example/letters/\n\n"
        "--deeper\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n"
        "Content-Location: pics/level.png\n\n" TINY_PNG_B64 "--deeper--\n"
        "--outer--\n";
    page p = page_bytes("letter.eml.mht", msg, sizeof msg - 1, NULL);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "The keeper writes each week about the water") != NULL);
    OK(strstr(p.text, "Plain words") == NULL);
    INT_EQ(count(&p, "image href=\"data:image/png;base64,"), 2);
    const diag *g = find(&p, "remote images are not fetched");
    OK(g && g->line == 21);
    drop(&p);
}

/* A multipart inside the message that names its own location is the
 * base of its parts, not the message's base around it. */
TEST(archive_nested_own_base)
{
    static const char msg[] =
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/related; boundary=outer\n"
        "Content-Base: https://x.example/letters/\n\n"
        "--outer\nContent-Type: text/html; charset=utf-8\n\n"
        "<html><body><article><h1>Notes from the lock</h1><p>The keeper writes each "
        "week about the water, the boats and the weather on the towpath.</p>\n"
        "<p><img src=\"https://y.example/gauges/level.png\" alt=\"Level\"></p>\n"
        "<p>Next week: the new gates.</p></article></body></html>\n"
        "--outer\nContent-Type: multipart/related; boundary=deeper\n"
        "Content-Location: https://y.example/gauges/\n\n"
        "--deeper\nContent-Type: image/png\nContent-Transfer-Encoding: base64\n"
        "Content-Location: level.png\n\n" TINY_PNG_B64 "--deeper--\n"
        "--outer--\n";
    page p = page_bytes("gauges.mht", msg, sizeof msg - 1, NULL);
    INT_EQ(p.rc, 0);
    INT_EQ(count(&p, "image href=\"data:image/png;base64,"), 1);
    OK(find(&p, "remote images are not fetched") == NULL);
    drop(&p);
}

/* A newsletter saved from a mail program (.eml): its page names no
 * title, author or date, so the message's Subject (encoded words in two
 * charsets), the sender's name and the Date give them; the Date is when
 * it was sent, not when a page was saved. */
TEST(saved_mail)
{
    static const char msg[] =
        "Return-Path: <keeper@x.example>\n"
        "From: =?ISO-8859-1?Q?Ren=E9e_?= =?UTF-8?B?T+KAmUJyaWVu?= <keeper@x.example>\n"
        "Subject: =?UTF-8?Q?Notes_from_the_lock=2C_week_12_=E2=80=94?=\n"
        " =?ISO-8859-1?Q?_caf=E9_edition?=\n"
        "Date: Tue, 24 Nov 2026 08:00:00 +0000\n"
        "MIME-Version: 1.0\n"
        "Content-Type: multipart/alternative; boundary=\"zz\"\n\n"
        "--zz\nContent-Type: text/plain; charset=utf-8\n\nPlain words.\n"
        "--zz\nContent-Type: text/html; charset=utf-8\n\n"
        "<html><body><div><p><a href=\"https://x.example/w12\">View this email in your "
        "browser</a></p><p>The keeper writes each week about the water, the boats and the "
        "weather on the towpath, and this week about the gates to be replaced in spring.</p>"
        "<p>The gates were last replaced in 1987; the timber came from the same wood as the "
        "first ones, and the carpenter's grandson will fit the new ones.</p>"
        "<p>Several of you asked how to stop the weekly letter now that the boating season is "
        "over and the lock is quiet; there is no need to unsubscribe, as the letter rests "
        "itself from December to March and starts again with the first boats of the spring.</p>"
        "<p>You are receiving this email because you signed up at the lock.</p>"
        "<p><a href=\"https://x.example/u\">Unsubscribe</a> | <a href=\"https://x.example/p\">"
        "Update your preferences</a></p></div></body></html>\n"
        "--zz--\n";
    page p = page_bytes("letter.eml", msg, sizeof msg - 1, NULL);
    INT_EQ(p.rc, 0);
    const doc_meta *m = p.art ? doc_article_meta(p.a, p.art) : NULL;
    OK(m != NULL);
    if (m) {
        STR_EQ(m->format, "mhtml");
        STR_EQ(m->title, "Notes from the lock, week 12 \xe2\x80\x94 caf\xc3\xa9 edition");
        INT_EQ(m->n_authors, 1);
        if (m->n_authors)
            STR_EQ(m->authors[0], "Ren\xc3\xa9\x65 O\xe2\x80\x99\x42rien");
        STR_EQ(m->date, "2026-11-24");
        OK(m->retrieved == NULL);
    }
    OK(strstr(p.text, "The keeper writes each week") != NULL);
    OK(strstr(p.text, "Plain words") == NULL);
    /* the list's furniture goes; a letter's own words about it stay */
    OK(strstr(p.text, "View this email") == NULL);
    OK(strstr(p.text, "You are receiving") == NULL);
    OK(strstr(p.text, "Update your preferences") == NULL);
    OK(strstr(p.text, "no need to unsubscribe") != NULL);
    OK(strstr(p.text, "carpenter") != NULL);
    drop(&p);
}

/* The first paragraph of the article, or NULL. */
static const doc_node *
first_para(const page *p)
{
    doc_iter it;
    doc_node *x;
    doc_event ev;
    doc_iter_init(&it, p->art);
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && x->type == DOC_PARA)
            return x;
    return NULL;
}

/* A mail sent as plain text alone: its text is read as a letter, titled
 * by its subject and signed by its sender; the subject repeated on its
 * first line, its signature and its list's footer go; its closing stays
 * though a copied page's "Thanks for reading" would be chrome. */
TEST(plain_text_mail)
{
    static const char msg[] =
        "Return-Path: <jane@x.example>\n"
        "From: =?iso-8859-1?q?Jane_M=FCller?= <jane@x.example>\n"
        "Subject: The garden on Elm Street\n"
        "Date: Tue, 3 Mar 2026 09:15:00 +0100\n"
        "List-Id: Corner Notes <notes.x.example>\n"
        "MIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=iso-8859-1; format=flowed\n"
        "Content-Transfer-Encoding: quoted-printable\n"
        "\n"
        "The garden on Elm Street\n"
        "\n"
        "Hi friends,\n"
        "\n"
        "This week I want to talk about the garden we planted on the corner of Elm\n"
        "Street, and what the caf=E9 owners made of it when the first tomatoes came\n"
        "in. It was not what any of us expected, and I think the story is worth\n"
        "telling in full.\n"
        "\n"
        "The plot had been empty for eleven years. Nobody owned it, or rather the\n"
        "city did, which in practice meant nobody did. We asked anyway.\n"
        "\n"
        "Thanks for reading,\n"
        "Jane\n"
        "\n"
        "-- \n"
        "You are receiving this because you subscribed to Corner Notes.\n"
        "Unsubscribe: https://x.example/unsub?id=3D123\n";
    page p = page_bytes("garden.eml", msg, sizeof msg - 1, NULL);
    INT_EQ(p.rc, 0);
    INT_EQ(p.d.count, 0);
    const doc_meta *m = p.art ? doc_article_meta(p.a, p.art) : NULL;
    OK(m != NULL);
    if (m) {
        STR_EQ(m->title, "The garden on Elm Street");
        INT_EQ(m->n_authors, 1);
        if (m->n_authors)
            STR_EQ(m->authors[0], "Jane M\xc3\xbcller");
        STR_EQ(m->date, "2026-03-03");
    }
    /* the letter opens with its greeting, the subject's line gone */
    const doc_node *first = first_para(&p);
    char *t = first ? doc_text_of(p.a, (doc_node *)first) : NULL;
    STR_EQ(t, "Hi friends,");
    OK(first && first->pos.line == 12); /* a line of the mail file */
    OK(strstr(p.text, "Elm Street, and what the caf\xc3\xa9 owners made of it") != NULL);
    OK(strstr(p.text, "We asked anyway.") != NULL);
    /* the closing is one paragraph of two lines */
    OK(strstr(p.tree,
              "paragraph\n    text \"Thanks for reading,\"\n    break\n    text \"Jane\"") != NULL);
    OK(strstr(p.text, "You are receiving") == NULL);
    OK(strstr(p.text, "Unsubscribe") == NULL);
    drop(&p);
}

/* A plain-text mail with an attachment and a list's footer under a rule:
 * the attached text is not the letter, the footer goes, the quoted lines
 * are a quote; an unknown charset is read as UTF-8 with a warning at the
 * part's line. */
TEST(plain_text_mail_with_attachment)
{
    static const char msg[] = "From: Ana Pereira <ana@x.example>\n"
                              "Subject: =?utf-8?q?Reading_group=3A_Thursday=E2=80=99s_session?=\n"
                              "Date: Wed, 4 Mar 2026 18:02:11 +0000\n"
                              "MIME-Version: 1.0\n"
                              "Content-Type: multipart/mixed; boundary=\"XYZ\"\n"
                              "\n"
                              "--XYZ\n"
                              "Content-Type: text/plain; name=\"notes.txt\"\n"
                              "Content-Disposition: attachment; filename=\"notes.txt\"\n"
                              "\n"
                              "Attached notes that are not the letter.\n"
                              "--XYZ\n"
                              "Content-Type: text/plain; charset=x-no-such-charset\n"
                              "\n"
                              "Dear colleagues,\n"
                              "\n"
                              "The reading group meets again on Thursday at four, in room 214 as\n"
                              "before. We will discuss the second half of the essay on \xc3\x9c"
                              "berwachung and\n"
                              "the two responses that were circulated last week.\n"
                              "\n"
                              "> Could we also look at the appendix?\n"
                              "\n"
                              "Yes, if time allows.\n"
                              "\n"
                              "Best,\n"
                              "Ana\n"
                              "_______________________________________________\n"
                              "Reading-group mailing list\n"
                              "reading-group@lists.x.example\n"
                              "https://lists.x.example/mailman/listinfo/reading-group\n"
                              "--XYZ--\n";
    page p = page_bytes("group.eml", msg, sizeof msg - 1, NULL);
    INT_EQ(p.rc, 0);
    const doc_meta *m = p.art ? doc_article_meta(p.a, p.art) : NULL;
    if (m)
        STR_EQ(m->title, "Reading group: Thursday\xe2\x80\x99s session");
    const diag *g = find(&p, "x-no-such-charset");
    OK(g && g->severity == DIAG_WARNING && g->line == 13);
    OK(strstr(p.text, "Attached notes") == NULL);
    OK(strstr(p.text, "the essay on \xc3\x9c"
                      "berwachung and the two responses") != NULL);
    OK(strstr(p.tree, "blockquote") != NULL);
    OK(strstr(p.text, "Best,") != NULL && strstr(p.text, "Ana") != NULL);
    OK(strstr(p.text, "mailing list") == NULL);
    OK(strstr(p.text, "listinfo") == NULL);
    drop(&p);

    /* a footer's line under a closing is no name: the closing stays, the
       line goes */
    static const char foot[] =
        "From: A B <a@x.example>\nSubject: Notes\nList-Id: <l.x.example>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain\n\nThe meeting is on Monday at six in the hall, and everyone "
        "is welcome.\n\nSee you next week,\nUnsubscribe here\n";
    p = page_bytes("foot.eml", foot, sizeof foot - 1, NULL);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "See you next week,") != NULL);
    OK(strstr(p.text, "Unsubscribe") == NULL);
    drop(&p);

    /* a charset that writes a syllable of several characters in one byte
       (TSCII) is converted whole */
    static const char tscii[] = "From: A B <a@x.example>\nSubject: S\nMIME-Version: 1.0\n"
                                "Content-Type: text/plain; charset=TSCII\n\n"
                                "\x82\x82\x82\x82\x82\x82\x82\x82 \x82\x82\x82\x82\n";
    p = page_bytes("tscii.eml", tscii, sizeof tscii - 1, NULL);
    INT_EQ(p.rc, 0);
    INT_EQ(p.d.count, 0);
    OK(strstr(p.text, "\xe0\xae\xb8\xe0\xaf\x8d\xe0\xae\xb0\xe0\xaf\x80\xe0\xae\xb8") != NULL);
    drop(&p);

    /* its text in bytes that are no text */
    static const char bin[] = "From: A <a@x.example>\nSubject: S\nMIME-Version: 1.0\n"
                              "Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n"
                              "AAECAwQFBgcICQoLDA0ODxAREhM=\n";
    p = page_bytes("bin.eml", bin, sizeof bin - 1, NULL);
    INT_EQ(p.rc, -1);
    g = find(&p, "binary data");
    OK(g && g->severity == DIAG_ERROR && g->line == 7);
    drop(&p);
}

/* A mail whose title comes from its Subject. */
static page
mail_with_subject(const char *subject)
{
    static char msg[1024];
    snprintf(msg, sizeof msg,
             "From: Lock Keeper <keeper@x.example>\nSubject: %s\nMIME-Version: 1.0\n"
             "Content-Type: text/html; charset=utf-8\n\n"
             "<html><body><p>The keeper writes each week about the water, the boats "
             "and the weather on the towpath.</p></body></html>\n",
             subject);
    return page_bytes("letter.eml", msg, strlen(msg), NULL);
}

static void
subject_is(const char *subject, const char *title)
{
    page p = mail_with_subject(subject);
    INT_EQ(p.rc, 0);
    const doc_meta *m = p.art ? doc_article_meta(p.a, p.art) : NULL;
    OK(m != NULL);
    if (m)
        STR_EQ(m->title, title);
    drop(&p);
}

/* The paragraph of the article whose text starts with `start`, or NULL. */
static const doc_node *
para_starting(const page *p, const char *start, char **text)
{
    doc_iter it;
    doc_node *x;
    doc_event ev;
    doc_iter_init(&it, p->art);
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && x->type == DOC_PARA) {
            char *t = doc_text_of(p->a, x);
            if (t && strncmp(t, start, strlen(start)) == 0) {
                *text = t;
                return x;
            }
        }
    *text = NULL;
    return NULL;
}

/* A mail sent as format=flowed (RFC 3676): a line ending in a space runs
 * on into the next, within one quote depth; with delsp=yes that space
 * goes (the writer added it to the text's own, or split a word); a stuffed space at a line's start
 * goes; the signature separator is no soft break. Short lines that end sentences, which the
 * hard-wrap joiner would keep apart, make one paragraph, and each paragraph is placed at the file
 * line it starts on. */
TEST(flowed_mail)
{
    static const char msg[] =
        "From: Tom Hale <tom@x.example>\r\n"
        "Subject: The museum trip\r\n"
        "Date: Mon, 9 Mar 2026 07:30:00 +0000\r\n"
        "MIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8; format=flowed; delsp=yes\r\n"
        "\r\n"
        "Dear parents,\r\n"                             /* 7 */
        "\r\n"                                          /* 8 */
        "The bus leaves at eight.  \r\n"                /* 9 */
        "Please be on time.  \r\n"                      /* 10 */
        "We will be back by three in the after \r\n"    /* 11 */
        "noon.\r\n"                                     /* 12 */
        "\r\n"                                          /* 13 */
        "> Will there be a guide? Our class went  \r\n" /* 14 */
        "> last year and loved  \r\n"                   /* 15 */
        ">> not this \r\n"                              /* 16 */
        "> it.\r\n"                                     /* 17 */
        "\r\n"                                          /* 18 */
        "Yes, a guide from the museum meets  \r\n"      /* 19 */
        "us at the door.  \r\n"                         /* 20 */
        " From there we walk to the river.\r\n"         /* 21 */
        "\r\n"                                          /* 22 */
        "Best,\r\n"                                     /* 23 */
        "Tom\r\n"                                       /* 24 */
        "-- \r\n"                                       /* 25 */
        "Tom Hale, Class 4B \r\n"                       /* 26 */
        "Room 12\r\n";                                  /* 27 */
    page p = page_bytes("trip.eml", msg, sizeof msg - 1, NULL);
    INT_EQ(p.rc, 0);
    INT_EQ(p.d.count, 0);
    char *t;
    const doc_node *x = para_starting(&p, "The bus", &t);
    STR_EQ(t, "The bus leaves at eight. Please be on time. We will be back by three in the "
              "afternoon.");
    OK(x && x->pos.line == 9);
    /* a quote's lines join within their depth; a deeper line breaks it */
    OK(strstr(p.text, "Will there be a guide? Our class went last year and loved") != NULL);
    OK(strstr(p.text, "loved not") == NULL);
    OK(strstr(p.tree, "blockquote") != NULL);
    x = para_starting(&p, "Yes, a guide", &t);
    STR_EQ(t, "Yes, a guide from the museum meets us at the door. From there we walk to the "
              "river.");
    OK(x && x->pos.line == 19);
    OK(strstr(p.text, "Best,") != NULL && strstr(p.text, "Tom") != NULL);
    OK(strstr(p.text, "Class 4B") == NULL);
    drop(&p);

    /* without delsp=yes the space stays between the words it parted */
    static const char plain[] = "From: A B <a@x.example>\nSubject: S\nMIME-Version: 1.0\n"
                                "Content-Type: text/plain; format=flowed\n\n"
                                "One line \nand the next.\n\nA second paragraph.\n";
    p = page_bytes("plain.eml", plain, sizeof plain - 1, NULL);
    INT_EQ(p.rc, 0);
    x = para_starting(&p, "One", &t);
    STR_EQ(t, "One line and the next.");
    x = para_starting(&p, "A second", &t);
    OK(x && x->pos.line == 9);
    drop(&p);
}

/* An encoded word ends at the first "?=" after its encoding (its text
 * holds no "?"): one left open is text as written, and does not swallow
 * the words after it. A charset that writes one byte as several
 * characters (TSCII) is decoded whole. */
TEST(mail_header_words)
{
    subject_is("=?UTF-8?Q?open and then =?UTF-8?Q?caf=C3=A9?=",
               "=?UTF-8?Q?open and then caf\xc3\xa9");
    subject_is("=?TSCII?Q?=82?=", "\xe0\xae\xb8\xe0\xaf\x8d\xe0\xae\xb0\xe0\xaf\x80");
    /* what is not UTF-8 (a word mislabelled, a header written in raw
       8-bit) is read as Windows-1252, its curly quotes and dashes too; a
       control character or an unassigned byte is a space: the title goes
       into XML and JSON as it is */
    subject_is("=?UTF-8?Q?caf=E9?= na\xefve=?UTF-8?Q?_a=01b?=",
               "caf\xc3\xa9 na\xc3\xafve a b");
    subject_is("\x93"
               "Don\x92t\x94 \x96 caf\xe9\x81s",
               "\xe2\x80\x9c"
               "Don\xe2\x80\x99t\xe2\x80\x9d \xe2\x80\x93 caf\xc3\xa9 s");
}

/* A short personal mail is all near its ends: its words about
 * unsubscribing are its own unless it was sent to a list (a
 * List-Unsubscribe header, or a link at its ends that says so). */
TEST(personal_mail_kept)
{
    static const char head[] = "From: Dana Rivera <dana@x.example>\nSubject: Leaving the club\n"
                               "Date: Tue, 24 Nov 2026 08:00:00 +0000\nMIME-Version: 1.0\n";
    static const char body[] =
        "Content-Type: text/html; charset=utf-8\n\n"
        "<html><body><p>Hi Sam,</p><p>I have decided to unsubscribe from the club "
        "letter after the move, since I will row in Leeds from January.</p>"
        "<p>Could you read online the minutes of the last meeting for me?</p>"
        "<p>Dana</p></body></html>\n";
    char msg[1024];
    snprintf(msg, sizeof msg, "%s%s", head, body);
    page p = page_bytes("letter.eml", msg, strlen(msg), NULL);
    INT_EQ(p.rc, 0);
    OK(p.text && strstr(p.text, "decided to unsubscribe") != NULL);
    OK(p.text && strstr(p.text, "read online the minutes") != NULL);
    drop(&p);
    snprintf(msg, sizeof msg, "%sList-Unsubscribe: <https://x.example/u>\n%s", head, body);
    p = page_bytes("letter.eml", msg, strlen(msg), NULL);
    INT_EQ(p.rc, 0);
    OK(p.text && strstr(p.text, "decided to unsubscribe") == NULL);
    OK(p.text && strstr(p.text, "Hi Sam") != NULL);
    drop(&p);
}

/* Safari's archive of the same page (a binary property list written for
 * the test): read as the page, its three pictures from the archive, no
 * line numbers (a property list has none). */
TEST(safari_archive)
{
    page p = page_file("tests/fixtures/html/archive.webarchive", NULL);
    INT_EQ(p.rc, 0);
    const doc_meta *m = p.art ? doc_article_meta(p.a, p.art) : NULL;
    if (m) {
        STR_EQ(m->format, "webarchive");
        STR_EQ(m->title, "The River\xe2\x80\x99s Long Winter");
        STR_EQ(m->source, "https://valley.example/2026/11/rivers-long-winter");
    }
    OK(strstr(p.text, "the mill\xe2\x80\x99s wheel stood still") != NULL);
    INT_EQ(count(&p, "image href=\"data:image/jpeg;base64,"), 1);
    INT_EQ(count(&p, "image href=\"data:image/png;base64,"), 2);
    const diag *g = find(&p, "remote images are not fetched");
    OK(g && g->line == 0);
    INT_EQ(p.d.count, 1);
    drop(&p);
}

/* A property list written by libplist: binary, or XML. */
static char *
plist_bytes(arena *a, plist_t root, bool xml, uint32_t *len)
{
    char *out = NULL;
    if (xml)
        plist_to_xml(root, &out, len);
    else
        plist_to_bin(root, &out, len);
    char *copy = arena_alloc(a, *len + 1);
    memcpy(copy, out, *len);
    free(out);
    plist_free(root);
    return copy;
}

/* An archive of the page `html` (MIME type `mime`) at `url`. */
static plist_t
archive_of(const char *mime, const char *html, const char *url)
{
    plist_t main = plist_new_dict();
    plist_dict_set_item(main, "WebResourceData", plist_new_data(html, strlen(html)));
    plist_dict_set_item(main, "WebResourceMIMEType", plist_new_string(mime));
    plist_dict_set_item(main, "WebResourceURL", plist_new_string(url));
    plist_t root = plist_new_dict();
    plist_dict_set_item(root, "WebMainResource", main);
    return root;
}

static const char tram_page[] =
    "<html><head><title>Trams return</title></head><body><article><h1>Trams return</h1>"
    "<p>The trams are back on the hill line after two years of track work, running every ten "
    "minutes on weekdays and every quarter hour at weekends.</p><p>The first car left the "
    "depot at six, carrying a brass band and most of the town council.</p></article></body>"
    "</html>";

TEST(safari_archive_forms_and_faults)
{
    /* an old archive in XML, named .webarchive */
    page p = page_start();
    uint32_t n = 0;
    char *b = plist_bytes(p.a, archive_of("text/html", tram_page, "https://t.example/a"), true, &n);
    page_read_bytes(&p, "old.webarchive", b, n, NULL);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "carrying a brass band") != NULL);
    drop(&p);
    /* binary, named otherwise: known by its magic */
    p = page_start();
    b = plist_bytes(p.a, archive_of("text/html", tram_page, "https://t.example/a"), false, &n);
    STR_EQ(reader_detect_format("saved.dat", b, n), "webarchive");
    page_read_bytes(&p, "saved.dat", b, n, NULL);
    INT_EQ(p.rc, 0);
    drop(&p);
    /* its main resource is a picture, not a page */
    p = page_start();
    b = plist_bytes(p.a, archive_of("image/png", "\x89PNG", "https://t.example/p.png"), false, &n);
    page_read_bytes(&p, "pic.webarchive", b, n, NULL);
    INT_EQ(p.rc, -1);
    OK(find(&p, "holds no HTML page (its main resource is image/png)") != NULL);
    drop(&p);
    /* damaged: the magic, then garbage; and a list of another kind */
    static const char junk[] = "bplist00\x01\x02\x03 not a property list at all, truly";
    p = page_bytes("junk.webarchive", junk, sizeof junk - 1, NULL);
    INT_EQ(p.rc, -1);
    OK(find(&p, "not a readable web archive") != NULL);
    drop(&p);
    p = page_start();
    b = plist_bytes(p.a, plist_new_array(), false, &n);
    page_read_bytes(&p, "list.webarchive", b, n, NULL);
    INT_EQ(p.rc, -1);
    OK(find(&p, "not a readable web archive") != NULL);
    drop(&p);
    /* a windows-1251 page without a <meta charset>: Safari names its
       charset in WebResourceTextEncodingName */
    p = page_start();
    plist_t root = archive_of("text/html",
                              "<html><body><article><h1>\xcd\xee\xe2\xee\xf1\xf2\xe8</h1>"
                              "<p>\xcc\xee\xf1\xf2 \xee\xf2\xea\xf0\xfb\xf2, and the tram "
                              "runs over the bridge again from Monday, every ten minutes.</p>"
                              "</article></body></html>",
                              "https://t.example/b");
    plist_dict_set_item(plist_dict_get_item(root, "WebMainResource"),
                        "WebResourceTextEncodingName", plist_new_string("windows-1251"));
    b = plist_bytes(p.a, root, false, &n);
    page_read_bytes(&p, "ru.webarchive", b, n, NULL);
    INT_EQ(p.rc, 0);
    OK(strstr(p.text, "\xd0\x9c\xd0\xbe\xd1\x81\xd1\x82 \xd0\xbe\xd1\x82\xd0\xba") != NULL);
    drop(&p);
    /* cut short: half of a good one */
    p = page_start();
    b = plist_bytes(p.a, archive_of("text/html", tram_page, "https://t.example/a"), false, &n);
    page_read_bytes(&p, "cut.webarchive", b, n / 2, NULL);
    INT_EQ(p.rc, -1);
    OK(find(&p, "not a readable web archive") != NULL);
    drop(&p);
}

/* A property list nested a hundred thousand deep (arrays in arrays,
 * binary or XML) is refused as damaged; libplist, which reads nesting by
 * recursion, never sees it (it overflowed the stack). */
TEST(safari_archive_too_deep)
{
    enum { N = 200000 };
    /* binary: object i is an array holding object i + 1; 4-byte refs
       and offsets; the last is an empty array */
    size_t len = 8 + (size_t)N * 5 + (size_t)N * 4 + 32, at = 8;
    unsigned char *b = calloc(1, len);
    memcpy(b, "bplist00", 8);
    size_t table = 8 + (size_t)N * 5 - 4;
    for (uint32_t i = 0; i < N; i++) {
        uint32_t o = (uint32_t)at;
        unsigned char *e = b + table + (size_t)i * 4;
        e[0] = (unsigned char)(o >> 24), e[1] = (unsigned char)(o >> 16);
        e[2] = (unsigned char)(o >> 8), e[3] = (unsigned char)o;
        if (i + 1 < N) {
            uint32_t r = i + 1;
            b[at] = 0xA1;
            b[at + 1] = (unsigned char)(r >> 24), b[at + 2] = (unsigned char)(r >> 16);
            b[at + 3] = (unsigned char)(r >> 8), b[at + 4] = (unsigned char)r;
            at += 5;
        } else {
            b[at++] = 0xA0;
        }
    }
    len = table + (size_t)N * 4 + 32;
    unsigned char *t = b + len - 32;
    t[6] = 4, t[7] = 4;
    t[8 + 5] = (unsigned char)(N >> 16), t[8 + 6] = (unsigned char)(N >> 8), t[8 + 7] = (unsigned char)N;
    t[24 + 4] = (unsigned char)(table >> 24), t[24 + 5] = (unsigned char)(table >> 16);
    t[24 + 6] = (unsigned char)(table >> 8), t[24 + 7] = (unsigned char)table;
    page p = page_bytes("deep.webarchive", (const char *)b, len, NULL);
    INT_EQ(p.rc, -1);
    OK(find(&p, "not a readable web archive") != NULL);
    drop(&p);
    free(b);
    /* XML */
    buf x;
    buf_init(&x, 0);
    buf_adds(&x, "<?xml version=\"1.0\"?><plist version=\"1.0\">");
    for (int i = 0; i < N; i++)
        buf_adds(&x, "<array>");
    for (int i = 0; i < N; i++)
        buf_adds(&x, "</array>");
    buf_adds(&x, "</plist>");
    p = page_bytes("deep.webarchive", x.data, x.len, NULL);
    INT_EQ(p.rc, -1);
    OK(find(&p, "not a readable web archive") != NULL);
    drop(&p);
    buf_cleanup(&x);
}

int
main(void)
{
    RUN(chrome_archive);
    RUN(single_page_message);
    RUN(detected_by_content);
    RUN(broken_archives);
    RUN(archive_svg_not_taken);
    RUN(archive_picture_shared);
    RUN(archive_part_charset);
    RUN(archive_escaped_locations);
    RUN(archive_nested_parts);
    RUN(archive_nested_own_base);
    RUN(saved_mail);
    RUN(plain_text_mail);
    RUN(plain_text_mail_with_attachment);
    RUN(flowed_mail);
    RUN(mail_header_words);
    RUN(personal_mail_kept);
    RUN(safari_archive);
    RUN(safari_archive_forms_and_faults);
    RUN(safari_archive_too_deep);
    return test_report();
}
