/*
 * svg.c - SVG drawings through librsvg and cairo (see svg.h).
 *
 * librsvg keeps its own limits on a hostile file (element count, nesting,
 * references followed), and the caller bounds the pixels drawn, so a
 * drawing costs at most the raster it is printed at.
 */
#include "svg.h"

#include <cairo.h>
#include <errno.h>
#include <librsvg/rsvg.h>
#include <math.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "../../base/arena.h"
#include "../../base/fs.h"
#include "dlfn.h"

/* A drawing declaring more than this on its long side (in CSS pixels) is
 * taken at this size: it is printed no larger than the page anyway. */
#define SVG_MAX_NATURAL 20000.0

/* Filters (blurs, shadows, lighting) cost librsvg time in proportion to
 * the pixels they cover, each time one is applied: a drawing applying many
 * is drawn at fewer pixels, so that (applications x pixels) stays under
 * this, a few seconds at most. */
#define SVG_FILTER_BUDGET 3e7

/* librsvg lays a <text> element out in time growing with the square of its
 * length (one of 10 KB takes 5 s, of 25 KB 50 s) and all text in time
 * growing with its amount: a drawing past either budget (bytes squared
 * summed over its text elements, bytes in all) is refused. A diagram's
 * labels are a few dozen bytes each. */
#define SVG_TEXT_SQUARED_BUDGET 3e7
#define SVG_TEXT_BUDGET 400000.0

struct pdf_svg {
    RsvgHandle *h;
    size_t n_filters; /* places a filter is applied (an upper bound) */
};

/* Count "filter" names that are not the <filter> element itself: the
 * filter="url(#f)" attributes and filter: properties that apply one (and a
 * few harmless others, as filterUnits), so never fewer than are applied. */
static size_t
count_filter_uses(const unsigned char *data, size_t len)
{
    size_t n = 0;
    for (size_t i = 1; i + 6 <= len; i++)
        if (data[i] == 'f' && memcmp(data + i, "filter", 6) == 0 && data[i - 1] != '<' &&
            data[i - 1] != '/')
            n++;
    return n;
}

bool
pdf_svg_sniff(const unsigned char *head, size_t n)
{
    size_t i = 0;
    if (n >= 3 && head[0] == 0xEF && head[1] == 0xBB && head[2] == 0xBF)
        i = 3;
    while (i < n && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n'))
        i++;
    if (i >= n || head[i] != '<')
        return false;
    /* The root element comes after an XML declaration, comments and a
     * doctype; an HTML page with a drawing inside is not a drawing. */
    for (; i + 4 <= n; i++) {
        if (head[i] != '<')
            continue;
        if (memcmp(head + i, "<svg", 4) == 0)
            return i + 4 == n || strchr(" \t\r\n>/", head[i + 4]) != NULL;
        if (i + 5 <= n && strncasecmp((const char *)head + i, "<html", 5) == 0)
            return false;
    }
    return false;
}

/* ---- librsvg, loaded when the first drawing comes ----
 *
 * librsvg brings some thirty libraries (GLib, Pango, cairo, gdk-pixbuf):
 * linked in, they cost every run 10 ms of start-up, more than a ten-article
 * book takes to build. So it is opened with dlopen when a drawing is
 * first met, and its headers give only the types. */

static struct {
    RsvgHandle *(*new_from_data)(const guint8 *, gsize, GError **);
    void (*set_dpi)(RsvgHandle *, double);
    gboolean (*size_in_pixels)(RsvgHandle *, gdouble *, gdouble *);
    void (*dimensions)(RsvgHandle *, gboolean *, RsvgLength *, gboolean *, RsvgLength *,
                       gboolean *, RsvgRectangle *);
    gboolean (*render_document)(RsvgHandle *, cairo_t *, const RsvgRectangle *, GError **);
    void (*object_unref)(gpointer);
    void (*error_free)(GError *);
    cairo_surface_t *(*surface_create)(cairo_format_t, int, int);
    cairo_status_t (*surface_status)(cairo_surface_t *);
    void (*surface_destroy)(cairo_surface_t *);
    cairo_t *(*create)(cairo_surface_t *);
    void (*destroy)(cairo_t *);
    void (*surface_flush)(cairo_surface_t *);
    unsigned char *(*get_data)(cairo_surface_t *);
    int (*get_stride)(cairo_surface_t *);
} api;
static bool api_ok;
static pthread_once_t api_once = PTHREAD_ONCE_INIT;

#define LOAD(field, name) PDF_DLFN_LOAD(lib, api, field, name)

static void
load_api(void)
{
    /* the library and, through it, the ones it depends on (dlsym looks
       there too): GObject, GLib and cairo */
    void *lib = dlopen("librsvg-2.so.2", RTLD_NOW | RTLD_LOCAL);
    if (!lib)
        return;
    LOAD(new_from_data, "rsvg_handle_new_from_data");
    LOAD(set_dpi, "rsvg_handle_set_dpi");
    LOAD(size_in_pixels, "rsvg_handle_get_intrinsic_size_in_pixels");
    LOAD(dimensions, "rsvg_handle_get_intrinsic_dimensions");
    LOAD(render_document, "rsvg_handle_render_document");
    LOAD(object_unref, "g_object_unref");
    LOAD(error_free, "g_error_free");
    LOAD(surface_create, "cairo_image_surface_create");
    LOAD(surface_status, "cairo_surface_status");
    LOAD(surface_destroy, "cairo_surface_destroy");
    LOAD(create, "cairo_create");
    LOAD(destroy, "cairo_destroy");
    LOAD(surface_flush, "cairo_surface_flush");
    LOAD(get_data, "cairo_image_surface_get_data");
    LOAD(get_stride, "cairo_image_surface_get_stride");
    api_ok = true; /* the library stays loaded for the run */
}

static const unsigned char *
find(const unsigned char *p, const unsigned char *end, const char *s)
{
    size_t n = strlen(s);
    for (; p + n <= end; p++)
        if (*p == (unsigned char)s[0] && memcmp(p, s, n) == 0)
            return p;
    return NULL;
}

/* Does the drawing hold more text than librsvg lays out in a few seconds? */
static bool
too_much_text(const unsigned char *data, size_t len)
{
    const unsigned char *p = data, *end = data + len;
    double squared = 0, all = 0;
    while ((p = find(p, end, "<text")) != NULL) {
        p += 5;
        if (p < end && !strchr(" \t\r\n>", *p))
            continue; /* <textPath> and the like: inside a <text> anyway */
        const unsigned char *close = find(p, end, "</text");
        double n = (double)((close ? close : end) - p);
        squared += n * n;
        all += n;
        p = close ? close + 6 : end;
    }
    return squared > SVG_TEXT_SQUARED_BUDGET || all > SVG_TEXT_BUDGET;
}

static void
take_error(GError *err, const char *what, char *msg, size_t cap)
{
    snprintf(msg, cap, "%s%s%s", what, err ? ": " : "", err ? err->message : "");
    if (err)
        api.error_free(err);
    size_t n = strlen(msg); /* libxml2's messages end in a newline */
    while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
        msg[--n] = 0;
}

pdf_svg *
pdf_svg_open(const unsigned char *data, size_t len, double *w_px, double *h_px, char *msg,
             size_t cap)
{
    if (too_much_text(data, len)) {
        snprintf(msg, cap, "the SVG drawing holds more text than can be drawn in a few seconds");
        return NULL;
    }
    pthread_once(&api_once, load_api);
    if (!api_ok) {
        snprintf(msg, cap, "SVG drawings need librsvg (Debian's librsvg2-2), which cannot be loaded");
        return NULL;
    }
    GError *err = NULL;
    RsvgHandle *h = api.new_from_data(data, len, &err);
    if (!h) {
        take_error(err, "not a readable SVG drawing", msg, cap);
        return NULL;
    }
    api.set_dpi(h, 96); /* a CSS inch, as a browser draws it */
    double w = 0, hh = 0;
    if (!api.size_in_pixels(h, &w, &hh)) {
        /* width and height absent or in percent: the viewBox says the
           proportions, and its units are taken as pixels */
        gboolean has_w, has_h, has_vb;
        RsvgLength lw, lh;
        RsvgRectangle vb;
        api.dimensions(h, &has_w, &lw, &has_h, &lh, &has_vb, &vb);
        if (has_vb && vb.width > 0 && vb.height > 0)
            w = vb.width, hh = vb.height;
    }
    if (!(isfinite(w) && isfinite(hh) && w >= 1 && hh >= 1))
        w = 300, hh = 150; /* the size a browser gives a drawing that says none */
    double longest = w > hh ? w : hh;
    if (longest > SVG_MAX_NATURAL) {
        w = w * SVG_MAX_NATURAL / longest;
        hh = hh * SVG_MAX_NATURAL / longest;
        if (w < 1)
            w = 1;
        if (hh < 1)
            hh = 1;
    }
    pdf_svg *s = xmalloc(sizeof *s);
    s->h = h;
    s->n_filters = count_filter_uses(data, len);
    *w_px = w;
    *h_px = hh;
    return s;
}

static unsigned char *
draw_here(pdf_svg *s, int w, int h, char *msg, size_t cap)
{
    cairo_surface_t *surf = api.surface_create(CAIRO_FORMAT_ARGB32, w, h);
    if (api.surface_status(surf) != CAIRO_STATUS_SUCCESS) {
        api.surface_destroy(surf);
        snprintf(msg, cap, "no memory to draw the SVG at %d x %d", w, h);
        return NULL;
    }
    cairo_t *cr = api.create(surf);
    RsvgRectangle vp = {0, 0, w, h};
    GError *err = NULL;
    gboolean ok = api.render_document(s->h, cr, &vp, &err);
    api.destroy(cr);
    if (!ok) {
        api.surface_destroy(surf);
        take_error(err, "the SVG drawing cannot be drawn", msg, cap);
        return NULL;
    }
    api.surface_flush(surf);
    const unsigned char *src = api.get_data(surf);
    int stride = api.get_stride(surf);
    unsigned char *out = xmalloc((size_t)w * (size_t)h * 4);
    bool drawn = false;
    for (int y = 0; y < h; y++) {
        const uint32_t *row = (const uint32_t *)(const void *)(src + (size_t)y * (size_t)stride);
        unsigned char *o = out + (size_t)y * (size_t)w * 4;
        for (int x = 0; x < w; x++, o += 4) {
            /* cairo's pixels are native-endian ARGB with premultiplied
               colour: undo the premultiplication */
            uint32_t p = row[x];
            unsigned a = p >> 24;
            unsigned c[3] = {(p >> 16) & 255, (p >> 8) & 255, p & 255};
            for (int k = 0; k < 3; k++) {
                unsigned v = a ? (c[k] * 255 + a / 2) / a : 0;
                o[k] = (unsigned char)(v > 255 ? 255 : v);
            }
            o[3] = (unsigned char)a;
            drawn |= a != 0;
        }
    }
    api.surface_destroy(surf);
    if (!drawn) {
        /* nothing to print: an empty placeholder, or a drawing made only
           of pictures outside it, which are never loaded */
        free(out);
        snprintf(msg, cap, "the SVG drawing draws nothing");
        return NULL;
    }
    return out;
}

double
pdf_svg_max_pixels(const pdf_svg *s)
{
    return s->n_filters ? SVG_FILTER_BUDGET / (double)s->n_filters : INFINITY;
}

/* ---- drawing in a child process ---- */

/* What a drawing may cost. librsvg has limits of its own but not on all
 * work: a drawing can embed a picture (a data: URL, which it decodes) of
 * any size, apply a filter or lay out text many times over through <use>,
 * entities or style sheets, so the drawing is done in a child process
 * that is stopped past this time and (outside the sanitizers, which need
 * their own address space) this much memory more than the build had. */
#define SVG_DRAW_SECONDS 10
static unsigned draw_seconds = SVG_DRAW_SECONDS;
#define SVG_DRAW_MEMORY (1024.0 * 1024 * 1024)

/* A drawing no limit of librsvg's bounds costs the build its time limit;
 * a page may carry dozens of such drawings, and both writers draw each.
 * Past this many seconds spent in a run on drawings that ran out of time
 * or memory, no more drawings are tried: a hostile page costs the build
 * half a minute, not an hour. A drawing that is drawn costs nothing here. */
#define SVG_FAILED_BUDGET 30.0
static double failed_budget = SVG_FAILED_BUDGET;
static double failed_spent;
static pthread_mutex_t failed_lock = PTHREAD_MUTEX_INITIALIZER;

static double
now_seconds(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

#if defined(__SANITIZE_ADDRESS__)
#define SVG_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(memory_sanitizer)
#define SVG_SANITIZED 1
#endif
#endif

typedef struct child_head {
    int ok;
    char msg[240];
} child_head;

/* In the child: set the limits, draw, send the result, and leave without
 * running the parent's exit handlers. */
static void
child(pdf_svg *s, int w, int h, int fd)
{
    struct rlimit no_core = {0, 0};
    setrlimit(RLIMIT_CORE, &no_core);
    alarm(draw_seconds);
#ifndef SVG_SANITIZED
    long pages = 0;
    FILE *fp = fopen("/proc/self/statm", "r");
    if (fp) {
        if (fscanf(fp, "%ld", &pages) != 1)
            pages = 0;
        fclose(fp);
    }
    double have = (double)pages * (double)sysconf(_SC_PAGESIZE);
    struct rlimit mem = {(rlim_t)(have + SVG_DRAW_MEMORY), (rlim_t)(have + SVG_DRAW_MEMORY)};
    setrlimit(RLIMIT_AS, &mem);
#endif
    child_head head;
    memset(&head, 0, sizeof head);
    unsigned char *px = draw_here(s, w, h, head.msg, sizeof head.msg);
    head.ok = px != NULL;
    bool sent = fs_write_fd(fd, &head, sizeof head) == 0 &&
                (!px || fs_write_fd(fd, px, (size_t)w * (size_t)h * 4) == 0);
    _exit(sent ? 0 : 1);
}

void
pdf_svg_limit_seconds(unsigned seconds)
{
    draw_seconds = seconds ? seconds : SVG_DRAW_SECONDS;
}

void
pdf_svg_limit_budget(double seconds)
{
    pthread_mutex_lock(&failed_lock);
    failed_budget = seconds > 0 ? seconds : SVG_FAILED_BUDGET;
    failed_spent = 0;
    pthread_mutex_unlock(&failed_lock);
}

unsigned char *
pdf_svg_draw(pdf_svg *s, int w, int h, char *msg, size_t cap)
{
    pthread_mutex_lock(&failed_lock);
    double spent = failed_spent, budget = failed_budget;
    pthread_mutex_unlock(&failed_lock);
    if (spent >= budget) {
        snprintf(msg, cap,
                 "the SVG drawing was not tried: drawings that could not be drawn have taken "
                 "%.0f seconds of this run already",
                 spent);
        return NULL;
    }
    double start = now_seconds();
    int fd[2];
    if (pipe(fd) != 0) {
        snprintf(msg, cap, "cannot draw the SVG: %s", strerror(errno));
        return NULL;
    }
    fflush(NULL); /* nothing buffered is written twice */
    pid_t pid = fork();
    if (pid < 0) {
        close(fd[0]);
        close(fd[1]);
        snprintf(msg, cap, "cannot draw the SVG: %s", strerror(errno));
        return NULL;
    }
    if (pid == 0) {
        close(fd[0]);
        child(s, w, h, fd[1]);
    }
    close(fd[1]);
    child_head head;
    unsigned char *px = NULL;
    bool got = fs_read_fd(fd[0], &head, sizeof head) == (ssize_t)sizeof head;
    if (got && head.ok) {
        px = xmalloc((size_t)w * (size_t)h * 4);
        got = fs_read_fd(fd[0], px, (size_t)w * (size_t)h * 4) == (ssize_t)((size_t)w * (size_t)h * 4);
    }
    close(fd[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR)
        ;
    if (got && !head.ok) {
        head.msg[sizeof head.msg - 1] = 0;
        snprintf(msg, cap, "%s", head.msg);
    } else if (!got) {
        free(px);
        px = NULL;
        pthread_mutex_lock(&failed_lock);
        failed_spent += now_seconds() - start;
        pthread_mutex_unlock(&failed_lock);
        snprintf(msg, cap,
                 "the SVG drawing could not be drawn within %u seconds and %.0f MB of memory",
                 draw_seconds, SVG_DRAW_MEMORY / (1024 * 1024));
    }
    return px;
}

void
pdf_svg_close(pdf_svg *s)
{
    if (!s)
        return;
    api.object_unref(s->h);
    free(s);
}
