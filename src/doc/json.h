/*
 * json.h - the `sheaf inspect --json` view of one article.
 */
#ifndef SHEAF_DOC_JSON_H
#define SHEAF_DOC_JSON_H

#include "../base/diag.h"
#include "doc.h"

/**
 * Append one JSON object: file, format, title, subtitle, authors,
 * author_roles (author -> role, for authors with one), date,
 * language, language_guessed (true when the language was guessed from
 * the script of the text: doc_lang_settle), source, site, description, outline (section headings with level,
 * text, line), blocks (counts by kind), words, dropped (chrome lines the
 * reader dropped) and warnings (formatted diagnostics from `diags`).
 */
void doc_article_json(const doc_node *article, const diag_list *diags, buf *out);

#endif
