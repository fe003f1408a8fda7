/*
 * labels.c - the few words a book adds itself (Contents, Sources,
 * "Edited by", "Retrieved", ...) in the book's language, falling back to
 * English. One table for both writers, so the EPUB and the PDF of a
 * collection say the same words. Matching is on the primary language
 * subtag, so "de-CH" gets German. doc_standin_text puts the label on the
 * stand-in of a picture that is not in the book ("[Image: alt text]"),
 * again one wording for both writers. Where a word has several usual
 * forms, the table has the one e-book readers show (Hebrew "תוכן העניינים").
 */
#include "doc.h"

#include <string.h>
#include <strings.h>

#include "../base/buf.h"

/* clang-format off */
static const doc_labels table[] = {
    {"en", "Contents", "Sources", "Cover", "Title Page", "Start", "Landmarks", "Notes", "Links",
     "Edited by ", "Cover of ", " and ", "No online source given.", "Retrieved ", "Untitled",
     "article", "articles", "Image: ",
     "Translated by ", "Illustrated by ", "Photographs by ", "Reviewed by ",
     "done", "to do"},
    {"de", "Inhalt", "Quellen", "Umschlag", "Titelseite", "Anfang", "Orientierung",
     "Anmerkungen", "Links", "Herausgegeben von ", "Umschlag: ", " und ",
     "Keine Online-Quelle.", "Abgerufen am ", "Ohne Titel", "Artikel", "Artikel", "Bild: ",
     "\xC3\x9C" "bersetzt von ", "Illustriert von ", "Fotos von ", "Gepr\xC3\xBC" "ft von ",
     "erledigt", "offen"},
    {"fr", "Table des mati\xC3\xA8res", "Sources", "Couverture", "Page de titre", "D\xC3\xA9" "but",
     "Rep\xC3\xA8res", "Notes", "Liens", "Sous la direction de ", "Couverture : ", " et ",
     "Aucune source en ligne.", "Consult\xC3\xA9 le ", "Sans titre", "article", "articles",
     "Image\xC2\xA0: ",
     "Traduit par ", "Illustr\xC3\xA9 par ", "Photographies de ", "Relu par ",
     "fait", "\xC3\xA0 faire"},
    {"es", "\xC3\x8Dndice", "Fuentes", "Cubierta", "Portada", "Inicio", "Referencias", "Notas",
     "Enlaces", "Edici\xC3\xB3n de ", "Cubierta de ", " y ", "Sin fuente en l\xC3\xADnea.",
     "Consultado el ", "Sin t\xC3\xADtulo", "art\xC3\xAD" "culo", "art\xC3\xAD" "culos",
     "Imagen: ",
     "Traducci\xC3\xB3n de ", "Ilustraciones de ", "Fotograf\xC3\xAD" "as de ", "Revisado por ",
     "hecho", "pendiente"},
    {"it", "Indice", "Fonti", "Copertina", "Frontespizio", "Inizio", "Punti di riferimento",
     "Note", "Link", "A cura di ", "Copertina di ", " e ", "Nessuna fonte online.",
     "Consultato il ", "Senza titolo", "articolo", "articoli", "Immagine: ",
     "Traduzione di ", "Illustrazioni di ", "Fotografie di ", "Revisione di ",
     "fatto", "da fare"},
    {"pt", "Sum\xC3\xA1rio", "Fontes", "Capa", "Folha de rosto", "In\xC3\xAD" "cio", "Marcos",
     "Notas", "Links", "Organiza\xC3\xA7\xC3\xA3o de ", "Capa de ", " e ", "Sem fonte online.",
     "Consultado em ", "Sem t\xC3\xADtulo", "artigo", "artigos", "Imagem: ",
     "Tradu\xC3\xA7\xC3\xA3o de ", "Ilustra\xC3\xA7\xC3\xB5" "es de ", "Fotografias de ", "Revis\xC3\xA3o de ",
     "feito", "pendente"},
    {"nl", "Inhoud", "Bronnen", "Omslag", "Titelpagina", "Begin", "Ori\xC3\xAB" "ntatie", "Noten",
     "Links", "Onder redactie van ", "Omslag van ", " en ", "Geen online bron.",
     "Geraadpleegd op ", "Zonder titel", "artikel", "artikelen", "Afbeelding: ",
     "Vertaald door ", "Ge\xC3\xAF" "llustreerd door ", "Foto\xE2\x80\x99s van ", "Gecontroleerd door ",
     "gedaan", "te doen"},
    /* Right-to-left languages, written out in UTF-8 so they can be read
       (an editor shows each string right to left). "and" is the prefix
       conjunction of Hebrew and Arabic, joined to the next name; Persian
       counts in the singular ("12 مقاله"). \u05BE is the Hebrew maqaf,
       \u200C the zero-width non-joiner Persian words need. */
    {"he", "תוכן העניינים", "מקורות", "כריכה", "עמוד השער", "התחלה", "ציוני דרך", "הערות",
     "קישורים", "בעריכת ", "כריכת ", " ו", "לא צוין מקור מקוון.", "אוחזר ב\u05BE", "ללא כותרת",
     "מאמר", "מאמרים", "תמונה: ",
     "תרגום: ", "איורים: ", "צילומים: ", "נבדק על ידי ",
     "בוצע", "לביצוע"},
    {"ar", "المحتويات", "المصادر", "الغلاف", "صفحة العنوان", "البداية", "معالم الكتاب", "ملاحظات",
     "روابط", "تحرير ", "غلاف ", " و", "لا يوجد مصدر على الإنترنت.", "اطلع عليه بتاريخ ",
     "بلا عنوان", "مقالة", "مقالات", "صورة: ",
     "ترجمة ", "رسوم ", "تصوير ", "مراجعة ",
     "منجز", "غير منجز"},
    {"fa", "فهرست مطالب", "منابع", "جلد", "صفحهٔ عنوان", "آغاز", "نشانه\u200Cها", "یادداشت\u200Cها",
     "پیوندها", "به کوشش ", "جلد ", " و ", "منبع برخطی ذکر نشده است.", "بازیابی\u200Cشده در ",
     "بی\u200Cعنوان", "مقاله", "مقاله", "تصویر: ",
     "ترجمهٔ ", "تصویرگر: ", "عکس: ", "بازبینی: ",
     "انجام\u200Cشده", "انجام\u200Cنشده"},
    {"ur", "فہرست", "ماخذ", "سرورق", "صفحۂ عنوان", "آغاز", "نشانات", "حواشی", "روابط",
     "مرتب: ", "سرورق: ", " اور ", "کوئی آن لائن ماخذ نہیں دیا گیا۔", "اخذ شدہ بتاریخ ",
     "بلا عنوان", "مضمون", "مضامین", "تصویر: ",
     "ترجمہ: ", "مصور: ", "تصاویر: ", "نظرثانی: ",
     "مکمل", "نامکمل"},
};
/* clang-format on */

const doc_labels *
doc_labels_for(const char *lang)
{
    size_t n = lang ? strcspn(lang, "-_") : 0;
    for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
        if (n == strlen(table[i].lang) && strncasecmp(lang, table[i].lang, n) == 0)
            return &table[i];
    return &table[0];
}

const char *
doc_articles_phrase(arena *a, const doc_labels *L, const doc_node *root)
{
    size_t n = 0;
    doc_iter it;
    doc_iter_init(&it, (doc_node *)root);
    doc_node *x;
    doc_event ev;
    while ((ev = doc_iter_next(&it, &x)) != DOC_EV_NONE)
        if (ev == DOC_EV_ENTER && x->type == DOC_ARTICLE) {
            n++;
            doc_iter_skip(&it); /* articles do not nest */
        }
    return arena_printf(a, "%zu %s", n, n == 1 ? L->article_one : L->article_many);
}

const char *
doc_standin_text(arena *a, const doc_node *standin, const doc_labels *L)
{
    if (!standin)
        return NULL;
    buf b;
    buf_init(&b, 0);
    doc_inline_text(standin, &b);
    const char *s = b.data ? b.data : "";
    size_t n = b.len;
    /* trimmed (no-break spaces too), and without the brackets some pages
       already put around it */
    for (int pass = 0; pass < 2; pass++) {
        for (;;) {
            if (n && (*s == ' ' || *s == '\n' || *s == '\t'))
                s++, n--;
            else if (n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0)
                s += 2, n -= 2;
            else
                break;
        }
        for (;;) {
            if (n && (s[n - 1] == ' ' || s[n - 1] == '\n' || s[n - 1] == '\t'))
                n--;
            else if (n >= 2 && (unsigned char)s[n - 2] == 0xC2 && (unsigned char)s[n - 1] == 0xA0)
                n -= 2;
            else
                break;
        }
        if (pass == 0 && n >= 2 && s[0] == '[' && s[n - 1] == ']')
            s++, n -= 2;
        else
            break;
    }
    const char *out = NULL;
    if (n) {
        if (!L)
            L = doc_labels_for("en");
        /* alt text says what the picture shows: "[Image: ...]"; a label
           the page wrote ("Photo"), or alt text that already starts with
           the word, says what it stands for */
        bool says = !(standin->flags & DOC_F_ALT);
        const char *const words[] = {L->image, table[0].image};
        for (size_t i = 0; i < 2 && !says; i++) {
            size_t w = strlen(words[i]);
            while (w && words[i][w - 1] == ' ')
                w--;
            says = n > w && strncasecmp(s, words[i], w) == 0;
        }
        out = says ? arena_printf(a, "[%.*s]", (int)n, s)
                   : arena_printf(a, "[%s%.*s]", L->image, (int)n, s);
    }
    buf_cleanup(&b);
    return out;
}
