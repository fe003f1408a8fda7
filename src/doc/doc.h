/*
 * doc.h - the document tree every reader produces and every writer reads.
 *
 * collection > parts > articles > blocks > inlines (cmark's node shape,
 * pandoc's content). Every node and string lives in the build's arena, so
 * nodes are unlinked, never freed. Every node remembers its source position.
 */
#ifndef SHEAF_DOC_H
#define SHEAF_DOC_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "../base/arena.h"
#include "../base/buf.h"

typedef struct doc_pos {
    const char *file; /* input file, NULL when generated */
    uint32_t line, col;
} doc_pos;

typedef enum doc_type {
    /* containers of articles */
    DOC_COLLECTION,
    DOC_PART,
    DOC_ARTICLE,
    /* blocks */
    DOC_HEADING, /* as.heading.level 1-6; 1 is reserved for the article title */
    DOC_PARA,
    DOC_QUOTE,
    DOC_LIST, /* children are DOC_ITEM */
    DOC_ITEM,
    DOC_CODE_BLOCK, /* text = code, as.code.info = language */
    DOC_RULE,
    DOC_FIGURE,   /* children: one DOC_IMAGE (or more), optional DOC_CAPTION; for a
                     picture not embedded, a DOC_EMPH stand-in instead of the image:
                     its alt text (flagged DOC_F_ALT) or a label the page gave it */
    DOC_CAPTION,  /* inlines */
    DOC_TABLE,    /* children are DOC_ROW */
    DOC_ROW,      /* flags DOC_F_HEADER for header rows */
    DOC_CELL,     /* inlines; as.cell.align, as.cell.colspan/rowspan */
    DOC_NOTE_DEF, /* footnote body (blocks); as.note.label */
    DOC_DEFS,     /* definition list: groups of one or more DOC_TERM, then one or
                     more DOC_DEF (the HTML reader makes only that shape) */
    DOC_TERM,     /* inlines: a term defined */
    DOC_DEF,      /* blocks: its definition */
    /* inlines */
    DOC_TEXT,
    DOC_EMPH,
    DOC_STRONG,
    DOC_CODE,     /* text = code span */
    DOC_LINK,     /* as.link */
    DOC_IMAGE,    /* as.link.href = src; children = alt text inlines */
    DOC_BREAK,    /* hard line break */
    DOC_NOTE_REF, /* as.note.label; as.note.target = the DOC_NOTE_DEF */
    DOC_SUB,
    DOC_SUP,
    DOC_STRIKE,
    DOC_TYPE_COUNT
} doc_type;

enum {
    DOC_F_TIGHT = 1u << 0,       /* DOC_LIST: tight (no paragraph spacing) */
    DOC_F_HEADER = 1u << 1,      /* DOC_ROW / DOC_CELL: header */
    DOC_F_SMARTENED = 1u << 2,   /* typography pass already ran */
    DOC_F_NOSMART = 1u << 3,     /* never touch this text (URLs, code) */
    DOC_F_ALT = 1u << 4,         /* inline standing in for an image (its alt text): shown, but
                                    not body text for inspect --text, as innerText skips alt */
    DOC_F_MATH = 1u << 5,        /* inline set from a formula (MathML): inspect --text parts
                                    its tokens with spaces, as a browser's text of it does */
    DOC_F_MATH_HIDDEN = 1u << 6, /* ... whose MathML the page hid behind a picture of it:
                                  shown, but not in inspect --text, as innerText skips it */
    DOC_F_PAGE_MARK = 1u << 7,   /* DOC_NOTE_DEF: its label is the saved page's own mark ("17",
                                    "n 5"), which both writers print in place of a number */
    DOC_F_CENTER = 1u << 8,      /* DOC_PARA: a display line the source centred (an epigraph, a
                                    dedication, "THE END"): both writers centre its lines */
    DOC_F_OUTLINE = 1u << 9,     /* DOC_HEADING: a book's part nested in another (a scene
                                    under its act): listed with the sections (doc_heading_listed) */
    DOC_F_VERSE = 1u << 10,      /* DOC_PARA: lines a reader knows are verse (a stanza, a speech
                                    in verse): a group of lines however long or few its lines
                                    (doc_para_is_line_group) */
    DOC_F_TASK = 1u << 11,       /* DOC_ITEM: a task of a task list (a box before it, not a
                                    bullet: "- [ ] item", <input type=checkbox>) */
    DOC_F_DONE = 1u << 12,       /* DOC_ITEM with DOC_F_TASK: its box is ticked */
};

typedef enum doc_align { DOC_ALIGN_NONE, DOC_ALIGN_LEFT, DOC_ALIGN_CENTER, DOC_ALIGN_RIGHT } doc_align;

/** Article metadata: what a reader found, then what the manifest overrode. */
typedef struct doc_meta {
    const char *title, *subtitle;
    const char **authors;       /* NULL-terminated, may be NULL */
    const char **author_roles;  /* parallel to authors; entries may be NULL */
    size_t n_authors;
    /* People the article credits who did not write it: a translator, an
       editor, an illustrator... (doc_meta_add_author puts them here).
       Roles are MARC relator codes, as doc_role_code gives them. */
    const char **contribs;
    const char **contrib_roles; /* parallel to contribs, never NULL */
    size_t n_contribs;
    const char *byline;         /* the credit line as printed ("By Jane Doe"), or NULL */
    const char *date;           /* "YYYY-MM-DD", "YYYY-MM", "YYYY" or NULL */
    const char *retrieved;      /* when the page was saved or read: same forms as date */
    const char *language;       /* BCP 47, NULL = the collection's */
    bool language_guessed;      /* language was guessed from the script (doc_lang_settle) */
    bool language_settled;      /* doc_lang_settle ran: language is the answer, not asked again */
    const char *source;         /* original URL */
    const char *site;           /* site name */
    const char *description;    /* dek / summary */
    const char *format;         /* "text", "html", "mhtml", "webarchive", "markdown" */
    const char *path;           /* the input file */
    const char **dropped;       /* chrome lines the reader dropped */
    size_t n_dropped;
} doc_meta;

typedef struct doc_node doc_node;
struct doc_node {
    doc_type type;
    uint32_t flags;
    doc_node *parent, *first_child, *last_child, *prev, *next;
    doc_pos pos;
    const char *id;    /* set by transform/ids; NULL until then */
    const char *text;  /* DOC_TEXT, DOC_CODE, DOC_CODE_BLOCK: UTF-8, NUL-terminated */
    size_t len;
    union {
        struct { int level; } heading;
        struct { bool ordered; int start; char delim; } list;
        struct { const char *href, *title; } link; /* DOC_LINK, DOC_IMAGE */
        struct { const char *info; } code;
        struct {
            doc_align align;
            uint16_t colspan, rowspan; /* columns / rows the cell spans; 0 = 1 */
        } cell;
        struct { const char *label; doc_node *target; } note;
        struct { doc_meta *meta; } article;
        struct {
            const char *title;
            const char *intro_path;
            doc_node *intro; /* the intro read (an article outside the tree), or NULL */
        } part;
    } as;
};

/** The whole book. */
typedef struct doc {
    arena *arena;
    doc_node *root; /* DOC_COLLECTION */
} doc;

/** A new detached node, zeroed, at `pos`. */
doc_node *doc_node_new(arena *a, doc_type type, doc_pos pos);

/** A DOC_TEXT node holding a copy of s[0..len). */
doc_node *doc_text_new(arena *a, const char *s, size_t len, doc_pos pos);

/** Tree edits. `child` must be detached (use doc_unlink first). */
void doc_append(doc_node *parent, doc_node *child);
void doc_prepend(doc_node *parent, doc_node *child);
void doc_insert_before(doc_node *sibling, doc_node *node);
void doc_insert_after(doc_node *sibling, doc_node *node);
void doc_unlink(doc_node *node);
/** Replace node by its children (a link that leads nowhere becomes its words). */
void doc_unwrap(doc_node *node);

/** Append a text run to parent, merging with a trailing DOC_TEXT child. */
void doc_append_text(arena *a, doc_node *parent, const char *s, size_t len, doc_pos pos);

/** Name of a type ("paragraph", "heading", ...), as used in dumps. */
const char *doc_type_name(doc_type t);

/** True for block-level types (including containers). */
bool doc_is_block(doc_type t);

/** The article's metadata (allocates an empty one on first use). */
doc_meta *doc_article_meta(arena *a, doc_node *article);

/** Add an author (with optional role) to meta; someone with a
 *  contributor's role (doc_role_code) goes to the contributors. */
void doc_meta_add_author(arena *a, doc_meta *m, const char *name, const char *role);

/** Add a contributor with a MARC relator code ("trl") to meta. */
void doc_meta_add_contrib(arena *a, doc_meta *m, const char *name, const char *code);

/** Record a dropped chrome line. */
void doc_meta_add_dropped(arena *a, doc_meta *m, const char *line);

/**
 * An ISO date ("2024-11-18", "2024-11") as the language writes it
 * ("18 November 2024", "18 novembre 2024"); other forms and languages
 * without a table are returned as they are. NULL lang means English.
 */
const char *doc_date_display(arena *a, const char *date, const char *lang);

/** A real date as YYYY-MM-DD, YYYY-MM or YYYY (a month of 1 to 12, a day
 *  its month has); false for NULL. */
bool doc_date_valid(const char *s);

/** The UTC day of a timestamp as YYYY-MM-DD (a book's date when its
 *  manifest gives none), or NULL for t <= 0. */
const char *doc_date_of_time(arena *a, time_t t);

/** "A", "A and B", "A, B and C" in the arena; `and_word` is the final
 *  separator with its spaces (NULL = " and "). NULL for an empty list. */
const char *doc_names_join(arena *a, const char *const *names, size_t n, const char *and_word);

/** The words a book adds itself, in one language (labels.c); the EPUB and
 *  the PDF writer share them. Prefixes end in their space. */
typedef struct doc_labels {
    const char *lang;
    const char *contents, *sources, *cover, *title_page, *start, *landmarks, *notes;
    const char *links;     /* heading of a printed article's link list */
    const char *edited_by; /* prefix: "Edited by " + names */
    const char *cover_of;  /* prefix: "Cover of " + title */
    const char *and_;      /* between the last two names: " and " */
    const char *no_source;
    const char *retrieved; /* prefix: "Retrieved " + a date */
    const char *untitled;  /* an article or book without a title */
    const char *article_one, *article_many; /* "1 article", "12 articles" */
    const char *image;     /* prefix: "Image: " + the alt text of a picture not embedded */
    /* prefixes of an article's contributors: "Translated by " + names */
    const char *translated_by, *illustrated_by, *photos_by, *reviewed_by;
    /* what a task's box says to a screen reader: ticked, not ticked */
    const char *task_done, *task_open;
} doc_labels;

/**
 * Contributor roles (roles.c). A reader records a role as a MARC relator
 * code when the page credits someone for other work than the writing
 * ("Translated by", Gutenberg's "Translator:"); a job title ("Staff
 * Writer") stays a role of an author. doc_role_code gives the code when
 * the role is a contributor's ("trl", "edt", "ill", "pht", "rev"), NULL
 * when it is an author's.
 */
const char *doc_role_code(const char *role);

/** The article's credit lines other than its authors, one per role in a
 *  fixed order ("Translated by A and B", "Illustrated by C"); returns how
 *  many were stored in *lines (arena, NULL when none). */
size_t doc_contrib_lines(arena *a, const doc_meta *m, const doc_labels *L, const char ***lines);

/** Labels for a BCP 47 tag (English when the language is not known). */
const doc_labels *doc_labels_for(const char *lang);

/** True for a BCP 47 tag of a language written right to left (Arabic,
 *  Hebrew, Persian, Urdu, ...; lang.c): the EPUB's dir="rtl" and the PDF's
 *  paragraph direction both come from it. False for NULL. */
bool doc_lang_rtl(const char *lang);

/** The same language for typesetting: the same primary subtag ("en",
 *  "en-GB"), or for Chinese the same tag ("zh-TW" is not "zh-CN"). Two
 *  NULLs are the same. */
bool doc_lang_same(const char *a, const char *b);

/** The language an article is plainly written in, from the script of its
 *  title and first few thousand characters (lang.c): "ja", "zh", "ko",
 *  "he", "ar", "fa", "ur", "el", "th"; for Latin letters, the language
 *  its words plainly are (doc_lang_by_words), or "und" in a book whose
 *  language (book_lang) is written in another script; NULL when the
 *  letters are few or mixed, when neither script nor words tell, or when
 *  the answer is the book's own language. */
const char *doc_lang_guess(const doc_node *art, const char *book_lang);

/** The language a text in Latin letters is plainly in, by its commonest
 *  words (lang_words.c): "en", "de", "fr", "es", "it", "pt" or "nl"; NULL
 *  when the text is short or no language is well ahead. */
const char *doc_lang_by_words(const char *s, size_t len);

/** The language an article is set in: the one it names, unless it names
 *  none or the book's while its letters are plainly of another script
 *  (doc_lang_guess); then the guess, else the book's. A language named
 *  that is not the book's always stands. */
const char *doc_article_lang(const doc_node *art, const char *book_lang);

/** Give an article its language once (the build does, before the
 *  typography pass): doc_article_lang into meta->language, with
 *  meta->language_guessed set when it was a guess. Returns it. */
const char *doc_lang_settle(doc_node *art, const char *book_lang);

/** Which way a text runs by its first strong letter (UAX #9's rule P2,
 *  which the PDF's paragraphs follow): 1 right to left, 0 left to right,
 *  -1 when it has none. */
int doc_text_dir(const char *s, size_t len);

/** The same for a block's own inline text (nested blocks are skipped). */
int doc_block_dir(const doc_node *block);

/** "12 articles": how many articles the tree under root holds, in the
 *  labels' language (a cover or title page says it when it names nobody). */
const char *doc_articles_phrase(arena *a, const doc_labels *L, const doc_node *root);

/** What a figure's stand-in for a picture not embedded (see DOC_FIGURE)
 *  shows, in the arena: "[Image: alt text]", or "[label]" for a label
 *  the page wrote; NULL when it has no text. NULL L means English. */
const char *doc_standin_text(arena *a, const doc_node *standin, const doc_labels *L);

/** A book line holds about 65-75 characters; a line of text this wide or
 *  less (in en widths) is short (linegroup.c). */
#define DOC_LINE_SHORT 60

/** Is c a wide (East Asian) character, two en widths on a line? */
bool doc_wide_char(uint32_t c);

/** The width of s in en widths: one a character, two a wide one. */
size_t doc_ens(const char *s, size_t len);

/** A paragraph of three or more lines ended by hard breaks, mostly
 *  short (verse, an address, a list typed as lines): set like verse, one
 *  line per line, not as justified prose (linegroup.c). */
bool doc_para_is_line_group(const doc_node *para);

/** The length of a list marker typed at the start of a group's line, with
 *  the space after it ("+ ", "- ", "* ", "\u2022 ", "\u2013 ", "12. ",
 *  "b) "), else 0: the line is a list item, its turnovers hang under the
 *  text after the marker (linegroup.c). */
size_t doc_line_marker(const char *s, size_t len);

/** Clear DOC_F_CENTER from an article's paragraphs when one of them has
 *  a line longer than two of a book's (DOC_LINE_SHORT) or most of them are
 *  centred: the page centred its text for its design, not to set display
 *  lines apart (linegroup.c). */
void doc_para_center_settle(doc_node *article);

/** Does a contents cut at `depth` (1 articles, 2 their h2 sections, 3
 *  adds h3, ...) list heading h? A book's nested part (DOC_F_OUTLINE: a
 *  scene under its act) is listed whenever sections are: a play's
 *  contents without its scenes, a book's without its chapters, would
 *  not find them (listed.c). */
bool doc_heading_listed(const doc_node *h, int depth);

/** How many of an article's headings (its own, not a note's) a contents
 *  cut at `depth` lists (doc_heading_listed). */
size_t doc_sections_listed(const doc_node *article, int depth);

/** A printed contents lists an article's sections only when it has a few
 *  (1 to DOC_CONTENTS_MAX_SECTIONS): more are a web page's subheads, which
 *  would bury the articles in pages of contents (listed.c). */
#define DOC_CONTENTS_MAX_SECTIONS 6
bool doc_contents_lists_sections(const doc_node *article, int depth);

/** A paragraph of nothing but bold words, short and not a sentence, over
 *  a paragraph, list, quotation, table or code block: a minor heading,
 *  set as the least heading by both writers (label.c). */
bool doc_para_is_label(const doc_node *para);

/** A list item of more than a paragraph of text (a heading, a figure,
 *  table or code block, or two blocks; a nested list does not count),
 *  and a list with such an item: set with its items apart like paragraphs
 *  (looseness.c). */
bool doc_item_is_loose(const doc_node *item);
bool doc_list_is_loose(const doc_node *list);

/** Where a note reference stands in a run of references side by side:
 *  the run's first, its last (a lone reference is both), and whether the
 *  run follows a digit, so is bracketed (noterun.c). */
enum { DOC_NOTE_RUN_FIRST = 1, DOC_NOTE_RUN_LAST = 2, DOC_NOTE_RUN_BRACKET = 4 };
unsigned doc_note_run(const doc_node *ref);

/* ---- walking ---- */

typedef enum doc_event { DOC_EV_NONE, DOC_EV_ENTER, DOC_EV_EXIT } doc_event;

/** Non-recursive iterator (cmark's): ENTER and EXIT events, safe on deep trees. */
typedef struct doc_iter {
    doc_node *root, *cur;
    doc_event ev;
} doc_iter;

void doc_iter_init(doc_iter *it, doc_node *root);
/** Next event; DOC_EV_NONE when done. Leaf nodes get ENTER and EXIT too. */
doc_event doc_iter_next(doc_iter *it, doc_node **node);
/** After an ENTER, skip the node's children (next event is its EXIT). */
void doc_iter_skip(doc_iter *it);

/** Plain text of an inline subtree (text, code, alt), appended to b. */
void doc_inline_text(const doc_node *node, buf *b);

/** Plain text of a subtree in the arena. */
char *doc_text_of(arena *a, const doc_node *node);

/** Count words (runs of letters/digits) in a subtree's text. */
size_t doc_word_count(const doc_node *node);

/** A DOC_TEXT of nothing but spaces, tabs and line ends (what a page's
 *  markup leaves between elements). */
bool doc_blank_text(const doc_node *node);

/**
 * Debug-build invariant check: parent/child/sibling links agree, blocks do
 * not sit inside inlines, a task's flags sit on a list item (a ticked box
 * on a task). Returns NULL when sound, else a description.
 */
const char *doc_check(const doc_node *root);

/* ---- dumping (dump.c) ---- */

/** Indented S-expression-like tree dump, one node a line (tests, inspect). */
void doc_dump(const doc_node *root, buf *out);

/** Body as plain text: blocks separated by a blank line (inspect --text). */
void doc_dump_text(const doc_node *article, buf *out);

#endif
