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
 *
 * Deflating is most of the time the zip takes, and libzip does it with
 * zlib, one entry after another, inside zip_close. So the entries are
 * deflated here first, with libdeflate (a whole-buffer compressor some
 * five times faster than zlib's default level on our pages, for a file
 * 2% larger), on opt->jobs threads, each entry on its own so the bytes do
 * not depend on the number of threads, and handed to libzip through a
 * source that reports them as already deflated, with their size and CRC:
 * libzip then copies them into the archive as they are (it recompresses
 * only when a source's method differs from the entry's).
 */
#include "epub_int.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <libdeflate.h>
#include <zip.h>

#include "../base/par.h"

/* libdeflate's level 1. Measured on the pages of the 100-article bench
 * collection: level 1 deflates them in a third of the time level 6 takes
 * (and a fifth of zlib's level 6, which libzip used), to 434 kB against
 * 425 (zlib 6: 427). */
#define EPUB_DEFLATE_LEVEL 1

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

/* One file of the archive and, once deflated, its compressed bytes. */
typedef struct zentry {
    const char *name;
    const char *data;
    size_t len;
    bool store;          /* kept as it is (mimetype) */
    unsigned char *comp; /* raw deflate stream (malloc), NULL when stored */
    size_t comp_len;
    uint32_t crc;
    size_t pos;          /* read position while libzip copies it */
    bool failed;         /* the compressor could not be had */
} zentry;

typedef struct deflate_job {
    zentry *es;
    struct libdeflate_compressor *comp[PAR_MAX_JOBS]; /* per worker, made on first use */
} deflate_job;

/* Deflate entry i (par_for worker): raw deflate, as zip stores it. Writes
 * only entries[i] and the worker's own compressor slot. */
static void
deflate_entry(void *ud, size_t i, unsigned worker)
{
    deflate_job *job = ud;
    zentry *e = &job->es[i];
    if (e->store)
        return;
    if (!job->comp[worker])
        job->comp[worker] = libdeflate_alloc_compressor(EPUB_DEFLATE_LEVEL);
    struct libdeflate_compressor *c = job->comp[worker];
    if (!c) {
        e->failed = true;
        return;
    }
    size_t cap = libdeflate_deflate_compress_bound(c, e->len);
    e->comp = xmalloc(cap);
    /* Never 0: the bound always leaves room. */
    e->comp_len = libdeflate_deflate_compress(c, e->data, e->len, e->comp, cap);
    e->failed = e->comp_len == 0;
    e->crc = libdeflate_crc32(0, e->data, e->len);
}

/* A libzip source holding an entry deflated already: its stat gives the
 * method, both sizes and the CRC, so zip_close copies it unchanged. */
static zip_int64_t
deflated_source(void *ud, void *data, zip_uint64_t len, zip_source_cmd_t cmd)
{
    zentry *e = ud;
    switch (cmd) {
    case ZIP_SOURCE_OPEN:
        e->pos = 0;
        return 0;
    case ZIP_SOURCE_READ: {
        size_t n = e->comp_len - e->pos;
        if (n > len)
            n = (size_t)len;
        memcpy(data, e->comp + e->pos, n);
        e->pos += n;
        return (zip_int64_t)n;
    }
    case ZIP_SOURCE_CLOSE:
    case ZIP_SOURCE_FREE:
        return 0;
    case ZIP_SOURCE_STAT: {
        if (len < sizeof(zip_stat_t))
            return -1;
        zip_stat_t *st = data;
        zip_stat_init(st);
        st->valid = ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_CRC |
                    ZIP_STAT_ENCRYPTION_METHOD;
        st->size = e->len;
        st->comp_size = e->comp_len;
        st->comp_method = ZIP_CM_DEFLATE;
        st->crc = e->crc;
        st->encryption_method = ZIP_EM_NONE;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR: { /* never fails: no error to tell */
        zip_error_t none;
        zip_error_init(&none);
        zip_int64_t r = zip_error_to_data(&none, data, len);
        zip_error_fini(&none);
        return r;
    }
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT, ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE,
                                              -1);
    default:
        return -1;
    }
}

static int
add_entry(epub_book *bk, zip_t *za, zentry *e)
{
    zip_source_t *src = e->comp ? zip_source_function(za, deflated_source, e)
                                : zip_source_buffer(za, e->data, e->len, 0);
    if (!src)
        goto fail;
    zip_int64_t idx = zip_file_add(za, e->name, src, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (idx < 0) {
        zip_source_free(src);
        goto fail;
    }
    if (zip_set_file_compression(za, (zip_uint64_t)idx, e->comp ? ZIP_CM_DEFLATE : ZIP_CM_STORE,
                                 e->comp ? EPUB_DEFLATE_LEVEL : 0) < 0 ||
        set_time(bk, za, (zip_uint64_t)idx) < 0)
        goto fail;
    return 0;
fail:
    diag_error(bk->d, bk->m->path, 0, 0, "cannot add %s to the EPUB: %s", e->name,
               zip_strerror(za));
    return -1;
}

/* The archive's entries in order, deflated (in parallel) except mimetype. */
static zentry *
entries(epub_book *bk, const char *opf, size_t opf_len, size_t *count)
{
    size_t n = 3;
    for (epub_item *it = bk->first; it; it = it->next)
        n++;
    zentry *es = arena_alloc(bk->a, n * sizeof(*es));
    es[0] = (zentry){.name = "mimetype", .data = "application/epub+zip", .len = 20, .store = true};
    es[1] = (zentry){.name = "META-INF/container.xml", .data = container_xml,
                     .len = sizeof(container_xml) - 1};
    es[2] = (zentry){.name = "EPUB/package.opf", .data = opf, .len = opf_len};
    size_t k = 3;
    for (epub_item *it = bk->first; it; it = it->next)
        es[k++] = (zentry){.name = arena_printf(bk->a, "EPUB/%s", it->href), .data = it->data,
                           .len = it->len};
    for (size_t i = 0; i < n; i++)
        es[i].store = es[i].store || es[i].len == 0; /* nothing to deflate */
    deflate_job job = {.es = es};
    par_for(n, bk->opt->jobs, deflate_entry, NULL, &job);
    for (size_t w = 0; w < PAR_MAX_JOBS; w++)
        if (job.comp[w])
            libdeflate_free_compressor(job.comp[w]);
    *count = n;
    return es;
}

int
epub_zip(epub_book *bk, const char *opf, size_t opf_len, buf *out)
{
    zip_error_t err;
    zip_error_init(&err);
    size_t n_es;
    zentry *es = entries(bk, opf, opf_len, &n_es);
    zip_source_t *mem = NULL;
    zip_t *za = NULL;
    int rc = -1;
    for (size_t i = 0; i < n_es; i++)
        if (es[i].failed) {
            diag_error(bk->d, bk->m->path, 0, 0, "cannot compress %s for the EPUB (out of memory)",
                       es[i].name);
            goto cleanup;
        }
    mem = zip_source_buffer_create(NULL, 0, 0, &err);
    if (!mem)
        goto zip_fail;
    /* Keep the memory source alive past zip_close so we can read it back. */
    zip_source_keep(mem);
    za = zip_open_from_source(mem, ZIP_TRUNCATE, &err);
    if (!za)
        goto zip_fail;
    for (size_t i = 0; i < n_es; i++)
        if (add_entry(bk, za, &es[i]) < 0)
            goto cleanup;
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
    for (size_t i = 0; i < n_es; i++)
        free(es[i].comp);
    return rc;
}
