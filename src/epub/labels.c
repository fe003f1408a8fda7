/*
 * labels.c - the few words the book itself adds (Contents, Sources,
 * "Edited by", ...) in the book's language, falling back to English.
 * Matching is on the primary language subtag, so "de-CH" gets German.
 */
#include "epub_int.h"

#include <string.h>
#include <strings.h>

static const epub_labels table[] = {
    {"en", "Contents", "Sources", "Cover", "Title Page", "Start", "Landmarks", "Notes",
     "Edited by ", "Cover of ", " and ", "No online source given."},
    {"de", "Inhalt", "Quellen", "Umschlag", "Titelseite", "Anfang", "Orientierung",
     "Anmerkungen", "Herausgegeben von ", "Umschlag: ", " und ", "Keine Online-Quelle."},
    {"fr", "Table des mati\xC3\xA8res", "Sources", "Couverture", "Page de titre", "D\xC3\xA9" "but",
     "Rep\xC3\xA8res", "Notes", "Sous la direction de ", "Couverture : ", " et ",
     "Aucune source en ligne."},
    {"es", "\xC3\x8Dndice", "Fuentes", "Cubierta", "Portada", "Inicio", "Referencias", "Notas",
     "Edici\xC3\xB3n de ", "Cubierta de ", " y ", "Sin fuente en l\xC3\xADnea."},
    {"it", "Indice", "Fonti", "Copertina", "Frontespizio", "Inizio", "Punti di riferimento",
     "Note", "A cura di ", "Copertina di ", " e ", "Nessuna fonte online."},
    {"pt", "Sum\xC3\xA1rio", "Fontes", "Capa", "Folha de rosto", "In\xC3\xAD" "cio", "Marcos",
     "Notas", "Organiza\xC3\xA7\xC3\xA3o de ", "Capa de ", " e ", "Sem fonte online."},
    {"nl", "Inhoud", "Bronnen", "Omslag", "Titelpagina", "Begin", "Oriëntatie", "Noten",
     "Onder redactie van ", "Omslag van ", " en ", "Geen online bron."},
};

const epub_labels *
epub_labels_for(const char *lang)
{
    size_t n = lang ? strcspn(lang, "-_") : 0;
    for (size_t i = 0; i < sizeof(table) / sizeof(table[0]); i++)
        if (n == strlen(table[i].lang) && strncasecmp(lang, table[i].lang, n) == 0)
            return &table[i];
    return &table[0];
}
