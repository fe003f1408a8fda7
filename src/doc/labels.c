/*
 * labels.c - the few words a book adds itself (Contents, Sources,
 * "Edited by", "Retrieved", ...) in the book's language, falling back to
 * English. One table for both writers, so the EPUB and the PDF of a
 * collection say the same words. Matching is on the primary language
 * subtag, so "de-CH" gets German.
 */
#include "doc.h"

#include <string.h>
#include <strings.h>

static const doc_labels table[] = {
    {"en", "Contents", "Sources", "Cover", "Title Page", "Start", "Landmarks", "Notes", "Links",
     "Edited by ", "Cover of ", " and ", "No online source given.", "Retrieved ", "Untitled", "article", "articles"},
    {"de", "Inhalt", "Quellen", "Umschlag", "Titelseite", "Anfang", "Orientierung",
     "Anmerkungen", "Links", "Herausgegeben von ", "Umschlag: ", " und ",
     "Keine Online-Quelle.", "Abgerufen am ", "Ohne Titel", "Artikel", "Artikel"},
    {"fr", "Table des mati\xC3\xA8res", "Sources", "Couverture", "Page de titre", "D\xC3\xA9" "but",
     "Rep\xC3\xA8res", "Notes", "Liens", "Sous la direction de ", "Couverture : ", " et ",
     "Aucune source en ligne.", "Consult\xC3\xA9 le ", "Sans titre", "article", "articles"},
    {"es", "\xC3\x8Dndice", "Fuentes", "Cubierta", "Portada", "Inicio", "Referencias", "Notas",
     "Enlaces", "Edici\xC3\xB3n de ", "Cubierta de ", " y ", "Sin fuente en l\xC3\xADnea.",
     "Consultado el ", "Sin t\xC3\xADtulo", "art\xC3\xAD" "culo", "art\xC3\xAD" "culos"},
    {"it", "Indice", "Fonti", "Copertina", "Frontespizio", "Inizio", "Punti di riferimento",
     "Note", "Link", "A cura di ", "Copertina di ", " e ", "Nessuna fonte online.",
     "Consultato il ", "Senza titolo", "articolo", "articoli"},
    {"pt", "Sum\xC3\xA1rio", "Fontes", "Capa", "Folha de rosto", "In\xC3\xAD" "cio", "Marcos",
     "Notas", "Links", "Organiza\xC3\xA7\xC3\xA3o de ", "Capa de ", " e ", "Sem fonte online.",
     "Consultado em ", "Sem t\xC3\xADtulo", "artigo", "artigos"},
    {"nl", "Inhoud", "Bronnen", "Omslag", "Titelpagina", "Begin", "Ori\xC3\xAB" "ntatie", "Noten",
     "Links", "Onder redactie van ", "Omslag van ", " en ", "Geen online bron.",
     "Geraadpleegd op ", "Zonder titel", "artikel", "artikelen"},
};

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
