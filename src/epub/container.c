/*
 * container.c - the OCF zip, built in memory with libzip.
 *
 * `mimetype` goes first and stored (readers sniff it at a fixed offset),
 * then META-INF/container.xml, the package document and the items in book
 * order, all deflated. Every entry gets the build's timestamp (in UTC),
 * never the clock, so the archive's bytes depend on the inputs only, not
 * on when or in which time zone the book was built. The archive is
 * built in a memory source and handed back as bytes; the caller writes it
 * atomically.
 */
#include "epub_int.h"

#include <string.h>
#include <time.h>
#include <zip.h>

static const char container_xml[] =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">\n"
    "  <rootfiles>\n"
    "    <rootfile full-path=\"EPUB/package.opf\" media-type=\"application/oebps-package+xml\"/>\n"
    "  </rootfiles>\n"
    "</container>\n";

/* The zip (MS-DOS) date and time of t, in UTC: libzip's own conversion
 * uses local time, which would make the bytes depend on the machine's
 * time zone. Zip times have two-second resolution and start in 1980. */
static void
dos_time(time_t t, zip_uint16_t *dtime, zip_uint16_t *ddate)
{
    struct tm tm;
    gmtime_r(&t, &tm);
    if (tm.tm_year < 80) {
        tm.tm_year = 80;
        tm.tm_mon = 0;
        tm.tm_mday = 1;
        tm.tm_hour = tm.tm_min = tm.tm_sec = 0;
    }
    if (tm.tm_year > 207)
        tm.tm_year = 207;
    *dtime = (zip_uint16_t)(tm.tm_hour << 11 | tm.tm_min << 5 | tm.tm_sec / 2);
    *ddate = (zip_uint16_t)((tm.tm_year - 80) << 9 | (tm.tm_mon + 1) << 5 | tm.tm_mday);
}

static int
set_time(epub_book *bk, zip_t *za, zip_uint64_t idx)
{
    zip_uint16_t dtime, ddate;
    dos_time(bk->timestamp, &dtime, &ddate);
    return zip_file_set_dostime(za, idx, dtime, ddate, 0);
}

static int
add_entry(epub_book *bk, zip_t *za, const char *name, const char *data, size_t len, bool store)
{
    zip_source_t *src = zip_source_buffer(za, data, len, 0);
    if (!src)
        goto fail;
    zip_int64_t idx = zip_file_add(za, name, src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (idx < 0) {
        zip_source_free(src);
        goto fail;
    }
    /* Level 6: libzip's default is 9, which costs twice the time for a
     * file a percent or two smaller on text like ours. */
    if (zip_set_file_compression(za, (zip_uint64_t)idx, store ? ZIP_CM_STORE : ZIP_CM_DEFLATE,
                                 store ? 0 : 6) < 0 ||
        set_time(bk, za, (zip_uint64_t)idx) < 0)
        goto fail;
    return 0;
fail:
    diag_error(bk->d, bk->m->path, 0, 0, "cannot add %s to the EPUB: %s", name,
               zip_strerror(za));
    return -1;
}

int
epub_zip(epub_book *bk, const char *opf, size_t opf_len, buf *out)
{
    zip_error_t err;
    zip_error_init(&err);
    zip_source_t *mem = zip_source_buffer_create(NULL, 0, 0, &err);
    zip_t *za = NULL;
    int rc = -1;
    if (!mem)
        goto zip_fail;
    /* Keep the memory source alive past zip_close so we can read it back. */
    zip_source_keep(mem);
    za = zip_open_from_source(mem, ZIP_TRUNCATE, &err);
    if (!za)
        goto zip_fail;
    if (add_entry(bk, za, "mimetype", "application/epub+zip", 20, true) < 0 ||
        add_entry(bk, za, "META-INF/container.xml", container_xml, sizeof(container_xml) - 1,
                  false) < 0 ||
        add_entry(bk, za, "EPUB/package.opf", opf, opf_len, false) < 0)
        goto cleanup;
    for (epub_item *it = bk->first; it; it = it->next) {
        const char *name = arena_printf(bk->a, "EPUB/%s", it->href);
        if (add_entry(bk, za, name, it->data, it->len, false) < 0)
            goto cleanup;
    }
    if (zip_close(za) < 0) {
        diag_error(bk->d, bk->m->path, 0, 0, "cannot write the EPUB archive: %s",
                   zip_strerror(za));
        zip_discard(za);
        za = NULL;
        goto cleanup;
    }
    za = NULL;
    zip_stat_t st;
    if (zip_source_stat(mem, &st) < 0 || zip_source_open(mem) < 0)
        goto src_fail;
    char chunk[65536];
    zip_int64_t n;
    while ((n = zip_source_read(mem, chunk, sizeof(chunk))) > 0)
        buf_add(out, chunk, (size_t)n);
    zip_source_close(mem);
    if (n < 0)
        goto src_fail;
    rc = 0;
    goto cleanup;
src_fail:
    diag_error(bk->d, bk->m->path, 0, 0, "cannot read back the EPUB archive: %s",
               zip_error_strerror(zip_source_error(mem)));
    goto cleanup;
zip_fail:
    diag_error(bk->d, bk->m->path, 0, 0, "cannot create the EPUB archive: %s",
               zip_error_strerror(&err));
cleanup:
    if (za)
        zip_discard(za);
    if (mem)
        zip_source_free(mem);
    zip_error_fini(&err);
    return rc;
}
