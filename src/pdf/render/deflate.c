/*
 * deflate.c - page content streams deflated, on a second thread while
 * layout goes on; each page alone, so the bytes do not depend on which
 * thread compressed it.
 */
#include "render_int.h"

/* Written into a page's content dictionary: its stream holds bytes we
 * compressed (libharu would drop a /Filter from a stream it does not filter). */
HPDF_STATUS
pdf_render_write_flate_filter(HPDF_Dict dict, HPDF_Stream stream)
{
    (void)dict;
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\n");
}

/* Page content is most of a book's bytes, and libharu deflates every
 * stream at zlib's default level 6, which was a fifth of the whole build's
 * time. Content operators compress nearly as well at level 1 in a third of
 * the time (measured: +12% file size, 100 articles), so a page written
 * in one piece is compressed here; one that libharu wrote into (images) is
 * left to libharu. */
/* Deflate data[0..len) into *zbuf (grown as needed) with the compressor
 * *zs; returns the length, 0 when it failed. One compressor serves many
 * pages (deflateReset gives the same bytes as a fresh deflateInit without
 * setting up its tables again). */
static size_t
deflate_bytes(z_stream *zs, bool *ready, unsigned char **zbuf, size_t *zcap, const char *data,
              size_t len)
{
    if (len >= UINT_MAX / 2)
        return 0;
    if (!*ready) {
        memset(zs, 0, sizeof *zs);
        if (deflateInit(zs, Z_BEST_SPEED) != Z_OK)
            return 0;
        *ready = true;
    } else if (deflateReset(zs) != Z_OK) {
        return 0;
    }
    uLong bound = deflateBound(zs, (uLong)len);
    if (bound > *zcap) {
        unsigned char *nb = realloc(*zbuf, bound);
        if (!nb)
            return 0;
        *zbuf = nb;
        *zcap = bound;
    }
    zs->next_in = (Bytef *)data;
    zs->avail_in = (uInt)len;
    zs->next_out = *zbuf;
    zs->avail_out = (uInt)bound;
    if (deflate(zs, Z_FINISH) != Z_STREAM_END)
        return 0;
    return bound - zs->avail_out;
}

size_t
pdf_render_deflate_content(render_ctx *c)
{
    return deflate_bytes(&c->zs, &c->zs_ready, &c->zbuf, &c->zcap, c->content.data, c->content.len);
}

/* Give a drawn page its content: deflated, or as it is when deflating
 * failed (libharu deflates it then). Takes `data` (heap). */
void
pdf_render_store_content(drawn_page *dp, z_stream *zs, bool *ready, unsigned char **zbuf,
                         size_t *zcap, char *data, size_t len)
{
    size_t zlen = len ? deflate_bytes(zs, ready, zbuf, zcap, data, len) : 0;
    if (zlen) {
        dp->bytes = xmalloc(zlen);
        memcpy(dp->bytes, *zbuf, zlen);
        dp->len = zlen;
        dp->compressed = true;
        free(data);
    } else {
        dp->bytes = (unsigned char *)data;
        dp->len = len;
        dp->compressed = false;
    }
}

/*
 * Deflating page content is a sixth of a book's build, and a page's bytes
 * do not depend on any other page: a second thread deflates drawn pages
 * while layout goes on. Each page is compressed alone, as before, so the
 * bytes are the same whichever thread does it. The queue is bounded, so
 * pages waiting hold little memory; pdf_render_end waits for the last one.
 * Without a thread (it could not start) pages are deflated in line.
 */
#define ZQ_MAX 32

typedef struct zjob {
    drawn_page *dp;
    char *data;
    size_t len;
    struct zjob *next;
} zjob;

struct zworker {
    pthread_mutex_t mtx;
    pthread_cond_t cnd; /* a job queued, room in the queue, or stop */
    pthread_t thr;
    zjob *head, *tail;
    size_t n;
    bool stop;
};

static void *
zworker_main(void *arg)
{
    zworker *w = arg;
    z_stream zs;
    bool ready = false;
    unsigned char *zbuf = NULL;
    size_t zcap = 0;
    for (;;) {
        pthread_mutex_lock(&w->mtx);
        while (!w->head && !w->stop)
            pthread_cond_wait(&w->cnd, &w->mtx);
        zjob *j = w->head;
        if (j) {
            w->head = j->next;
            if (!w->head)
                w->tail = NULL;
            w->n--;
            pthread_cond_broadcast(&w->cnd);
        }
        pthread_mutex_unlock(&w->mtx);
        if (!j)
            break; /* stopped and drained */
        pdf_render_store_content(j->dp, &zs, &ready, &zbuf, &zcap, j->data, j->len);
        free(j);
    }
    if (ready)
        deflateEnd(&zs);
    free(zbuf);
    return NULL;
}

/* The worker, started on the first page; NULL when it cannot start. */
zworker *
pdf_render_zworker_get(render_ctx *c)
{
    if (c->zw)
        return c->zw;
    zworker *w = xcalloc(1, sizeof *w);
    if (pthread_mutex_init(&w->mtx, NULL) != 0) {
        free(w);
        return NULL;
    }
    if (pthread_cond_init(&w->cnd, NULL) != 0) {
        pthread_mutex_destroy(&w->mtx);
        free(w);
        return NULL;
    }
    if (pthread_create(&w->thr, NULL, zworker_main, w) != 0) {
        pthread_cond_destroy(&w->cnd);
        pthread_mutex_destroy(&w->mtx);
        free(w);
        return NULL;
    }
    c->zw = w;
    return w;
}

void
pdf_render_zworker_push(zworker *w, drawn_page *dp, char *data, size_t len)
{
    zjob *j = xmalloc(sizeof *j);
    *j = (zjob){dp, data, len, NULL};
    pthread_mutex_lock(&w->mtx);
    while (w->n >= ZQ_MAX)
        pthread_cond_wait(&w->cnd, &w->mtx);
    if (w->tail)
        w->tail->next = j;
    else
        w->head = j;
    w->tail = j;
    w->n++;
    pthread_cond_broadcast(&w->cnd);
    pthread_mutex_unlock(&w->mtx);
}

/* Let the worker finish the queue, then end it. */
void
pdf_render_zworker_finish(render_ctx *c)
{
    zworker *w = c->zw;
    if (!w)
        return;
    pthread_mutex_lock(&w->mtx);
    w->stop = true;
    pthread_cond_broadcast(&w->cnd);
    pthread_mutex_unlock(&w->mtx);
    pthread_join(w->thr, NULL);
    pthread_cond_destroy(&w->cnd);
    pthread_mutex_destroy(&w->mtx);
    free(w);
    c->zw = NULL;
}
