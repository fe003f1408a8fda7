/*
 * fonts.c - optional font embedding: with `epub: { embed_fonts: true }` in
 * style.yaml the book carries the style's faces, so it looks the same on a
 * reader that lacks them. Off by default: readers have good fonts, and
 * every font is weight in the file.
 *
 * The faces are found exactly as the PDF finds them (pdf/fonts: fontconfig,
 * TrueType outlines only) and cut down with the same hb-subset call, to the
 * characters the book shows: every character of the written pages' text
 * (markup skipped), printable ASCII and the few characters the stylesheet
 * itself adds (the asterism of a rule, the dash before a contents author).
 * The body family gives regular, italic, bold and bold italic; a separate
 * heading family its bold and italic (the headings' forms); the mono face
 * is embedded only when the book has code, subset to the code's characters.
 * Faces that resolve to one file share it.
 *
 * Licences: a font whose OS/2 fsType forbids embedding in documents is
 * left out with a warning. The SIL Open Font Licence (Charis SIL) and the
 * DejaVu licence allow embedding subsets in documents; the subset keeps the
 * name table's copyright and licence records so the file names its terms.
 *
 * The files are font/ttf (EPUB 3.3 core media type, accepted by epubcheck)
 * under fonts/, declared by @font-face rules near the top of the stylesheet,
 * under the family names the rest of the CSS already uses. Nothing is
 * !important, so a reader's own font choice still wins.
 */
#include "epub_int.h"

#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "../base/utf8.h"
#include "../pdf/fonts/pdf_fonts.h"

#define CP_LIMIT 0x110000u

/* A set of code points: a bitmap over all of Unicode (136 KB). */
typedef struct cpset {
    unsigned char *bits;
    size_t n;
} cpset;

static void
cp_add(cpset *s, uint32_t cp)
{
    if (cp >= CP_LIMIT || (s->bits[cp >> 3] & (1u << (cp & 7))))
        return;
    s->bits[cp >> 3] |= (unsigned char)(1u << (cp & 7));
    s->n++;
}

static void
cp_add_text(cpset *s, const char *t, size_t len)
{
    for (size_t i = 0; i < len;) {
        uint32_t cp;
        size_t k = utf8_decode(t + i, len - i, &cp);
        if (k == 0) {
            i++;
            continue;
        }
        cp_add(s, cp);
        i += k;
    }
}

/* Text of an XHTML page outside its tags. Entities are ASCII, which the
 * set always holds. */
static void
cp_add_page(cpset *s, const char *x, size_t len)
{
    size_t i = 0;
    while (i < len) {
        const char *lt = memchr(x + i, '<', len - i);
        size_t stop = lt ? (size_t)(lt - x) : len;
        cp_add_text(s, x + i, stop - i);
        if (!lt)
            break;
        const char *gt = memchr(lt, '>', len - stop);
        i = gt ? (size_t)(gt - x) + 1 : len;
    }
}

static void
cp_add_base(cpset *s)
{
    for (uint32_t c = 0x20; c < 0x7F; c++)
        cp_add(s, c);
    /* What the stylesheet adds: U+2042 after <hr>, an em dash and a no-break
     * space before contents authors. */
    cp_add(s, 0x2042);
    cp_add(s, 0x2014);
    cp_add(s, 0xA0);
}

static uint32_t *
cp_list(arena *a, const cpset *s, size_t *n)
{
    uint32_t *v = arena_alloc(a, (s->n ? s->n : 1) * sizeof *v);
    size_t k = 0;
    for (uint32_t cp = 0; cp < CP_LIMIT && k < s->n; cp++)
        if (s->bits[cp >> 3] & (1u << (cp & 7)))
            v[k++] = cp;
    *n = k;
    return v;
}

/* "Charis SIL" -> "charis-sil": for file names. */
static const char *
file_slug(arena *a, const char *family)
{
    size_t n = strlen(family);
    char *o = arena_alloc(a, n + 2);
    size_t k = 0;
    for (size_t i = 0; i < n; i++) {
        char ch = family[i];
        if (ch >= 'A' && ch <= 'Z')
            o[k++] = (char)(ch - 'A' + 'a');
        else if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
            o[k++] = ch;
        else if (k && o[k - 1] != '-')
            o[k++] = '-';
    }
    while (k && o[k - 1] == '-')
        k--;
    if (!k)
        o[k++] = 'f';
    o[k] = '\0';
    return o;
}

typedef struct face_req {
    pdf_fonts *pf;
    pdf_face face;
    const char *family; /* as the CSS names it */
    const char *weight, *slant;
    const char *variant; /* for the file name */
    const cpset *chars;
} face_req;

/* The file already written for (pf, file), so faces sharing a file share it. */
typedef struct written {
    const pdf_fonts *pf;
    size_t file;
    const char *href;
} written;

static int
embed_faces(epub_book *bk, const face_req *req, size_t n_req, buf *rules)
{
    written done[16];
    size_t n_done = 0;
    buf sub;
    buf_init(&sub, 0);
    int rc = 0;
    const cpset *list_of = NULL;
    uint32_t *cps = NULL;
    size_t n_cps = 0;
    for (size_t r = 0; r < n_req && rc == 0; r++) {
        const face_req *q = &req[r];
        size_t file = pdf_fonts_face_file(q->pf, q->face);
        const char *href = NULL;
        for (size_t i = 0; i < n_done && !href; i++)
            if (done[i].pf == q->pf && done[i].file == file)
                href = done[i].href;
        if (!href) {
            if (!pdf_fonts_embeddable(q->pf, file)) {
                diag_warn(bk->d, NULL, 0, 0,
                          "font %s does not allow embedding; the EPUB names \"%s\" without it",
                          pdf_fonts_file_path(q->pf, file), q->family);
                continue;
            }
            if (q->chars != list_of) { /* faces come grouped by character set */
                cps = cp_list(bk->a, q->chars, &n_cps);
                list_of = q->chars;
            }
            if (pdf_fonts_subset_file(q->pf, file, cps, n_cps, &sub) < 0) {
                rc = -1;
                break;
            }
            const char *slug = file_slug(bk->a, q->family);
            href = arena_printf(bk->a, "fonts/%s-%s.ttf", slug, q->variant);
            char *data = arena_alloc(bk->a, sub.len);
            memcpy(data, sub.data, sub.len);
            epub_add_item(bk, href, arena_printf(bk->a, "font-%s-%s", slug, q->variant), "font/ttf",
                          data, sub.len, false);
            if (n_done < sizeof done / sizeof *done)
                done[n_done++] = (written){q->pf, file, href};
        }
        buf_adds(rules, "@font-face {\n  font-family: ");
        epub_css_string(rules, q->family);
        buf_printf(rules, ";\n  font-style: %s;\n  font-weight: %s;\n  src: url(\"%s\");\n}\n",
                   q->slant, q->weight, href);
    }
    buf_cleanup(&sub);
    return rc;
}

int
epub_fonts_embed(epub_book *bk, epub_item *css)
{
    const style *st = bk->st;
    cpset text = {calloc(CP_LIMIT / 8, 1), 0}, code = {calloc(CP_LIMIT / 8, 1), 0};
    if (!text.bits || !code.bits) {
        free(text.bits);
        free(code.bits);
        diag_error(bk->d, NULL, 0, 0, "out of memory collecting the book's characters");
        return -1;
    }
    cp_add_base(&text);
    for (const epub_item *it = bk->first; it; it = it->next)
        if (it->media_type && strcmp(it->media_type, "application/xhtml+xml") == 0)
            cp_add_page(&text, it->data, it->len);
    doc_iter iter;
    doc_node *n;
    doc_event ev;
    doc_iter_init(&iter, bk->doc->root);
    while ((ev = doc_iter_next(&iter, &n)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && (n->type == DOC_CODE || n->type == DOC_CODE_BLOCK) && n->text)
            cp_add_text(&code, n->text, n->len);
    bool any_code = code.n > 0;
    if (any_code)
        cp_add_base(&code);

    pdf_fonts *body = NULL, *head = NULL;
    int rc = pdf_fonts_new(bk->a, bk->d, st, &body);
    const char *body_family = st->font_body ? st->font_body : "Charis SIL";
    const char *mono_family = st->font_mono ? st->font_mono : "DejaVu Sans Mono";
    bool own_heading = st->font_heading && strcasecmp(st->font_heading, body_family) != 0;
    if (rc == 0 && own_heading) {
        style hs = *st;
        hs.font_body = st->font_heading;
        rc = pdf_fonts_new(bk->a, bk->d, &hs, &head);
    }
    buf rules;
    buf_init(&rules, 0);
    if (rc == 0) {
        face_req req[8];
        size_t k = 0;
        req[k++] =
            (face_req){body, PDF_FACE_REGULAR, body_family, "normal", "normal", "regular", &text};
        req[k++] =
            (face_req){body, PDF_FACE_ITALIC, body_family, "normal", "italic", "italic", &text};
        req[k++] = (face_req){body, PDF_FACE_BOLD, body_family, "bold", "normal", "bold", &text};
        req[k++] = (face_req){body,     PDF_FACE_BOLD_ITALIC, body_family, "bold",
                              "italic", "bold-italic",        &text};
        if (head) {
            req[k++] =
                (face_req){head, PDF_FACE_BOLD, st->font_heading, "bold", "normal", "bold", &text};
            req[k++] = (face_req){
                head, PDF_FACE_ITALIC, st->font_heading, "normal", "italic", "italic", &text};
        }
        if (any_code)
            req[k++] =
                (face_req){body, PDF_FACE_MONO, mono_family, "normal", "normal", "regular", &code};
        buf_adds(&rules, "/* Embedded fonts (style setting epub.embed_fonts), subset to the "
                         "book's characters. */\n");
        rc = embed_faces(bk, req, k, &rules);
    }
    if (rc == 0) {
        /* After the stylesheet's opening comment and @namespace: CSS wants
         * @namespace before every other rule. */
        size_t at = 0;
        const char *ns = strstr(css->data, "@namespace");
        if (ns) {
            const char *eol = strchr(ns, '\n');
            at = eol ? (size_t)(eol - css->data) + 1 : css->len;
        }
        buf out;
        buf_init(&out, 0);
        buf_add(&out, css->data, at);
        buf_adds(&out, "\n");
        buf_add(&out, rules.data, rules.len);
        buf_add(&out, css->data + at, css->len - at);
        css->len = out.len;
        css->data = arena_strndup(bk->a, out.data, out.len);
        buf_cleanup(&out);
    }
    buf_cleanup(&rules);
    pdf_fonts_free(head);
    pdf_fonts_free(body);
    free(text.bits);
    free(code.bits);
    return rc;
}
