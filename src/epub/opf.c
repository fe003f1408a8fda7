/*
 * opf.c - the package document (package.opf): Dublin Core metadata, the
 * accessibility metadata of EPUB Accessibility 1.1, the manifest of every
 * item, and the spine in reading order.
 *
 * The identifier is the manifest's, else a name-based UUID from a hash of
 * the title and article list (so rebuilding keeps it, and a different
 * collection gets a different one). All dates derive from the build's
 * timestamp, never the clock.
 */
#include "epub_int.h"

#include "../transform/ids.h"

#include <stdio.h>
#include <string.h>

/* FNV-1a, 64 bits, from a given basis: two bases give 128 bits of UUID. */
static uint64_t
fnv(uint64_t h, const char *s)
{
    for (; s && *s; s++)
        h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return (h ^ 0xFF) * 1099511628211ULL; /* separator, so "ab"+"c" != "a"+"bc" */
}

const char *
epub_identifier(arena *a, const manifest *m)
{
    if (m->identifier && m->identifier[0])
        return m->identifier;
    uint64_t h1 = 14695981039346656037ULL, h2 = 0x84222325CBF29CE4ULL;
    h1 = fnv(h1, m->title);
    h2 = fnv(h2, m->title);
    for (size_t i = 0; i < m->n_articles; i++) {
        h1 = fnv(h1, m->articles[i].path);
        h2 = fnv(h2, m->articles[i].path);
    }
    unsigned char u[16];
    for (int i = 0; i < 8; i++) {
        u[i] = (unsigned char)(h1 >> (56 - 8 * i));
        u[8 + i] = (unsigned char)(h2 >> (56 - 8 * i));
    }
    u[6] = (unsigned char)((u[6] & 0x0F) | 0x80); /* version 8: custom (RFC 9562) */
    u[8] = (unsigned char)((u[8] & 0x3F) | 0x80); /* RFC 4122 variant */
    return arena_printf(a,
                        "urn:uuid:%02x%02x%02x%02x-%02x%02x-%02x%02x-%02x%02x-"
                        "%02x%02x%02x%02x%02x%02x",
                        u[0], u[1], u[2], u[3], u[4], u[5], u[6], u[7], u[8], u[9], u[10],
                        u[11], u[12], u[13], u[14], u[15]);
}

static void
meta_prop(epub_xw *x, const char *property, const char *value, const char *refines,
          const char *scheme)
{
    epub_xw_start(x, "meta");
    if (refines)
        epub_xw_attr(x, "refines", refines);
    epub_xw_attr(x, "property", property);
    if (scheme)
        epub_xw_attr(x, "scheme", scheme);
    epub_xw_text(x, value, strlen(value));
    epub_xw_end(x);
    epub_xw_nl(x);
}

static void
dc(epub_xw *x, const char *name, const char *id, const char *value)
{
    if (!value || !value[0])
        return;
    epub_xw_start(x, name);
    if (id)
        epub_xw_attr(x, "id", id);
    epub_xw_text(x, value, strlen(value));
    epub_xw_end(x);
    epub_xw_nl(x);
}

/* A person with a MARC relator role; ids are "<prefix>-<n>" with one
 * prefix per list, so they never clash however long the lists are. */
static void
person(epub_book *bk, epub_xw *x, const char *elem, const char *name, const char *role,
       const char *prefix, int n)
{
    const char *id = arena_printf(bk->a, "%s-%d", prefix, n);
    dc(x, elem, id, name);
    meta_prop(x, "role", role, arena_printf(bk->a, "#%s", id), "marc:relators");
}

/* Article authors, each once, in book order, then each article's
 * translators and the like with their roles: the book's contributors
 * (editors and book authors are already creators). */
static void
contributors(epub_book *bk, epub_xw *x)
{
    tf_idset seen;
    tf_idset_init(&seen, bk->a);
    for (size_t k = 0; k < bk->m->n_editors; k++)
        tf_idset_take(&seen, bk->m->editors[k]);
    for (size_t k = 0; k < bk->m->n_authors; k++)
        tf_idset_take(&seen, bk->m->authors[k]);
    int count = 0;
    doc_iter it;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&it, bk->doc->root);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER || n->type != DOC_ARTICLE)
            continue;
        doc_iter_skip(&it);
        const doc_meta *m = n->as.article.meta;
        for (size_t i = 0; m && i < m->n_authors; i++) {
            const char *name = m->authors[i];
            if (!name || !name[0] || tf_idset_has(&seen, name))
                continue;
            tf_idset_take(&seen, name);
            person(bk, x, "dc:contributor", name, "aut", "ctb", ++count);
        }
        /* a translator or illustrator with the role, each role of a
           person once */
        for (size_t i = 0; m && i < m->n_contribs; i++) {
            const char *name = m->contribs[i];
            const char *key = arena_printf(bk->a, "%s\x1F%s", m->contrib_roles[i], name);
            if (!name || !name[0] || tf_idset_has(&seen, key))
                continue;
            tf_idset_take(&seen, key);
            person(bk, x, "dc:contributor", name, m->contrib_roles[i], "ctb", ++count);
        }
    }
}

const char *
epub_opf_write(epub_book *bk, size_t *len)
{
    const manifest *m = bk->m;
    epub_xw x;
    epub_xw_begin(&x, bk->a);
    epub_xw_start(&x, "package");
    epub_xw_attr(&x, "xmlns", "http://www.idpf.org/2007/opf");
    epub_xw_attr(&x, "version", "3.0");
    epub_xw_attr(&x, "unique-identifier", "bookid");
    epub_xw_attr(&x, "xml:lang", bk->language);
    epub_xw_nl(&x);

    epub_xw_start(&x, "metadata");
    epub_xw_attr(&x, "xmlns:dc", "http://purl.org/dc/elements/1.1/");
    epub_xw_nl(&x);
    dc(&x, "dc:identifier", "bookid", bk->identifier);
    dc(&x, "dc:title", "book-title", m->title);
    meta_prop(&x, "title-type", "main", "#book-title", NULL);
    if (m->subtitle && m->subtitle[0]) {
        dc(&x, "dc:title", "book-subtitle", m->subtitle);
        meta_prop(&x, "title-type", "subtitle", "#book-subtitle", NULL);
    }
    dc(&x, "dc:language", NULL, bk->language);
    for (size_t i = 0; i < m->n_authors; i++)
        person(bk, &x, "dc:creator", m->authors[i], "aut", "aut", (int)i + 1);
    for (size_t i = 0; i < m->n_editors; i++)
        person(bk, &x, "dc:creator", m->editors[i], "edt", "edt", (int)i + 1);
    contributors(bk, &x);

    struct tm tm;
    gmtime_r(&bk->timestamp, &tm);
    char stamp[32], day[16];
    strftime(stamp, sizeof(stamp), "%Y-%m-%dT%H:%M:%SZ", &tm);
    strftime(day, sizeof(day), "%Y-%m-%d", &tm);
    /* dc:date takes W3CDTF: YYYY, YYYY-MM or YYYY-MM-DD */
    dc(&x, "dc:date", NULL, doc_date_valid(m->date) ? m->date : day);
    dc(&x, "dc:publisher", NULL, m->publisher);
    dc(&x, "dc:rights", NULL, m->rights);
    dc(&x, "dc:description", NULL, m->description);
    meta_prop(&x, "dcterms:modified", stamp, NULL, NULL);
    if (m->series && m->series[0]) {
        epub_xw_start(&x, "meta");
        epub_xw_attr(&x, "property", "belongs-to-collection");
        epub_xw_attr(&x, "id", "series");
        epub_xw_text(&x, m->series, strlen(m->series));
        epub_xw_end(&x);
        epub_xw_nl(&x);
        meta_prop(&x, "collection-type", "series", "#series", NULL);
    }

    /* Accessibility (EPUB Accessibility 1.1 discoverability). */
    meta_prop(&x, "schema:accessMode", "textual", NULL, NULL);
    if (bk->any_images || bk->cover_image)
        meta_prop(&x, "schema:accessMode", "visual", NULL, NULL);
    meta_prop(&x, "schema:accessModeSufficient", "textual", NULL, NULL);
    meta_prop(&x, "schema:accessibilityFeature", "tableOfContents", NULL, NULL);
    meta_prop(&x, "schema:accessibilityFeature", "readingOrder", NULL, NULL);
    meta_prop(&x, "schema:accessibilityFeature", "structuralNavigation", NULL, NULL);
    if (bk->any_images && bk->all_alt)
        meta_prop(&x, "schema:accessibilityFeature", "alternativeText", NULL, NULL);
    if (bk->n_marks) {
        /* Page markers and a page-list, and the edition they come from:
           dc:source, as EPUB 3.2 has it. (Accessibility 1.1's
           a11y:pageBreakSource is not in epubcheck 4.2.6's vocabulary:
           it reports OPF-027 even with the prefix declared.) */
        const char *src = bk->opt->page_source && bk->opt->page_source[0]
                              ? bk->opt->page_source
                              : arena_printf(bk->a, "%s (print edition)", m->title);
        meta_prop(&x, "schema:accessibilityFeature", "pageBreakMarkers", NULL, NULL);
        meta_prop(&x, "schema:accessibilityFeature", "printPageNumbers", NULL, NULL);
        meta_prop(&x, "schema:accessibilityFeature", "pageNavigation", NULL, NULL);
        dc(&x, "dc:source", NULL, src);
    }
    meta_prop(&x, "schema:accessibilityHazard", "none", NULL, NULL);
    meta_prop(&x, "schema:accessibilitySummary",
              bk->any_images
                  ? (bk->all_alt ? "Reflowable text with a navigable table of contents, headings "
                                   "that mark each article's sections and a logical reading "
                                   "order. Every image has a text alternative. No known hazards."
                                 : "Reflowable text with a navigable table of contents, headings "
                                   "that mark each article's sections and a logical reading "
                                   "order. Some images lack a text alternative because their "
                                   "sources gave none. No known hazards.")
                  : "Reflowable text with a navigable table of contents, headings that mark "
                    "each article's sections and a logical reading order. No known hazards.",
              NULL, NULL);
    if (bk->cover_image) {
        /* EPUB 2 reading systems find the cover through this. */
        epub_xw_start(&x, "meta");
        epub_xw_attr(&x, "name", "cover");
        epub_xw_attr(&x, "content", bk->cover_image->id);
        epub_xw_end(&x);
        epub_xw_nl(&x);
    }
    epub_xw_end(&x); /* metadata */
    epub_xw_nl(&x);

    epub_xw_start(&x, "manifest");
    epub_xw_nl(&x);
    for (epub_item *it = bk->first; it; it = it->next) {
        epub_xw_start(&x, "item");
        epub_xw_attr(&x, "id", it->id);
        epub_xw_attr(&x, "href", it->href);
        epub_xw_attr(&x, "media-type", it->media_type);
        if (it->properties)
            epub_xw_attr(&x, "properties", it->properties);
        epub_xw_end(&x);
        epub_xw_nl(&x);
    }
    epub_xw_end(&x);
    epub_xw_nl(&x);

    epub_xw_start(&x, "spine");
    epub_xw_attr(&x, "toc", "ncx");
    if (doc_lang_rtl(bk->language))
        epub_xw_attr(&x, "page-progression-direction", "rtl");
    epub_xw_nl(&x);
    for (epub_item *it = bk->first; it; it = it->next) {
        if (!it->spine)
            continue;
        epub_xw_start(&x, "itemref");
        epub_xw_attr(&x, "idref", it->id);
        epub_xw_end(&x);
        epub_xw_nl(&x);
    }
    epub_xw_end(&x);
    epub_xw_nl(&x);
    epub_xw_end(&x); /* package */
    epub_xw_nl(&x);
    return epub_xw_finish(&x, len);
}
