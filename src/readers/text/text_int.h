/*
 * text_int.h - the plain-text reader's internal interface (src/readers/text
 * only; never included from another folder).
 *
 * The reader works in passes over an array of measured lines:
 *   gutenberg.c keeps a Project Gutenberg book without its license;
 *   lines.c    splits the text, enforces the line and word caps, measures
 *              each line (code points, words, markers, final punctuation);
 *   chrome.c   recognises site chrome (skip links, share bars, cookie
 *              notices, copyright footers, menus, breadcrumbs);
 *   boxes.c    marks the chrome lines that only their neighbours give away
 *              (a box closed by "View All", a report button's question);
 *   dates.c    finds dates in the common written forms;
 *   bylines.c  reads author lines ("By A and B", "Authors: A, Role", ...);
 *   page.c     finds the article's region inside a whole copied page;
 *   header.c   decides which lines before the body are chrome, title,
 *              subtitle, byline and date, and which lines after it are chrome;
 *   cited.c    keeps a paper's references, keyed to the text's citations;
 *   toc.c      drops a table of contents and marks the headings it lists;
 *   grid.c     finds drawn tables and column-aligned lines, which keep
 *              their lines (a preformatted block, or a table);
 *   blocks.c   turns the body lines into headings, paragraphs, lists, quotes.
 */
#ifndef SHEAF_RD_TEXT_INT_H
#define SHEAF_RD_TEXT_INT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../../base/arena.h"
#include "../../base/diag.h"
#include "../../doc/doc.h"

/* Caps that keep memory and time bounded on hostile input. */
#define RD_TEXT_MAX_LINE (256u * 1024u) /* bytes in one line */
#define RD_TEXT_MAX_WORD (16u * 1024u)  /* bytes in one run of non-space */
#define RD_TEXT_MAX_LINES 2000000u      /* lines in one article */
#define RD_TEXT_MAX_QUOTE_DEPTH 8       /* nested "> > >" levels read as quotes */

/** What a line looks like on its own. */
typedef enum rd_text_kind {
    RD_TEXT_BLANK,
    RD_TEXT_PLAIN,
    RD_TEXT_BULLET,  /* "- x", "* x", "+ x", "• x" */
    RD_TEXT_ORDERED, /* "1. x", "2) x" */
    RD_TEXT_QUOTE,   /* "> x" */
    RD_TEXT_RULE,    /* "***", "* * *", "---", "___", "===" (delim = the mark) */
    RD_TEXT_HASH,    /* "## Heading" (ordinal = the number of #) */
} rd_text_kind;

/** What the header/trailer pass decided a line is. */
typedef enum rd_text_role {
    RD_TEXT_CONTENT, /* body */
    RD_TEXT_DROP,    /* site chrome, recorded in meta->dropped */
    RD_TEXT_META,    /* consumed as title, subtitle, byline or date */
} rd_text_role;

enum {
    RD_TEXT_F_SENTENCE = 1u << 0,  /* ends with . ! ? … (maybe inside quotes) */
    RD_TEXT_F_SOFTEND = 1u << 1,   /* ends with , ; : or a dash */
    RD_TEXT_F_QUESTION = 1u << 2,  /* ends with ? or ! (RD_TEXT_F_SENTENCE is set too) */
    RD_TEXT_F_TOC = 1u << 3,       /* names an entry of the page's table of contents */
    RD_TEXT_F_PRE = 1u << 4,       /* in a preformatted block: a drawn table, aligned columns */
    RD_TEXT_F_TABLE = 1u << 5,     /* in a table with a header row and even columns */
    RD_TEXT_F_OPEN = 1u << 6,      /* the first line of such a block */
    RD_TEXT_F_CODE = 1u << 7,      /* ... which is a program listing (grid.c) */
    RD_TEXT_F_VERSE = 1u << 8,     /* a line of verse: its lines are kept as lines */
    RD_TEXT_F_SPEAKER = 1u << 9,   /* a play's speaker over the speech ("ROMEO.") */
    RD_TEXT_F_SPEECH = 1u << 10,   /* a line opening a play's speech ("Samp. Gregory, on ...") */
    RD_TEXT_F_SPOKEN = 1u << 11,   /* a further line of that speech, indented deeper */
    RD_TEXT_F_TURNOVER = 1u << 12, /* verse's long line run on below, set deeper */
    RD_TEXT_F_ITEM = 1u << 13,     /* a list's item by its place (a recipe's step): no heading */
    RD_TEXT_F_TAGGED = 1u << 14,   /* a sentence and a writer's tag ("... said. (dpa)"): prose */
    RD_TEXT_F_BADGE = 1u << 15,    /* a date and a story's kind over a headline (header.c) */
};

typedef struct rd_text_line {
    const char *raw; /* the line as it came, indentation and all */
    uint32_t raw_len; /* bytes of raw, without the newline */
    const char *s;   /* first byte after indentation and marker */
    uint32_t len;    /* bytes of s, trailing space trimmed */
    uint32_t lineno; /* 1-based */
    uint32_t cps;    /* code points in s */
    uint32_t ordinal;       /* RD_TEXT_ORDERED: the number */
    uint16_t indent;        /* leading columns before any marker */
    uint16_t words;         /* runs of non-space in s (saturating) */
    uint16_t first_word;    /* code points of the first word of s */
    uint8_t kind;           /* rd_text_kind */
    uint16_t flags;         /* RD_TEXT_F_* */
    uint8_t role;           /* rd_text_role */
    uint8_t chrome;         /* rd_text_chrome, | RD_TEXT_CRUMB for a breadcrumb trail */
    char delim;             /* RD_TEXT_ORDERED: '.' or ')'; BULLET: the marker's first byte */
} rd_text_line;

typedef struct rd_text_lines {
    rd_text_line *v;
    size_t n;
    bool wrapped;   /* the text is hard-wrapped at a fixed width (a mail, a text file) */
    uint32_t width; /* ... at this many characters (its longest line up to 100) */
    bool keep_marks; /* bracketed marks ("[1]") cite the text's own notes: kept */
    bool book;       /* a book (Project Gutenberg's): its speech is never a heading */
    size_t page_n;   /* lines from v on to the copied page's end (0: n): the page around
                        the article's region, read only as evidence (an author's box) */
} rd_text_lines;

/* ---- lines.c ---- */

/**
 * Split NUL-terminated UTF-8 text into measured lines (in `a`). Returns 0, or
 * -1 after recording an error naming the cap a line or word passed.
 */
int rd_text_lines_split(arena *a, diag_list *d, const char *path, const char *text,
                        size_t len, rd_text_lines *out);

/** Measure s[0..len) into *ln (kind, marker, words, punctuation). */
void rd_text_line_measure(rd_text_line *ln, const char *s, size_t len, uint16_t indent);

/** True when the line reads like running prose rather than a label. */
bool rd_text_line_is_prose(const rd_text_line *ln);

/** True for a short line with no sentence punctuation (a heading's shape). */
bool rd_text_line_is_heading_like(const rd_text_line *ln);

/** True for a book's part alone on its line: a keyword ("CHAPTER", "Book",
 * "ACT", "Scene", "STAVE") and a roman, arabic or spelled number, a full
 * stop or none, and maybe a title after a mark ("CHAPTER XII. THE TRIAL"). */
bool rd_text_line_is_chapter(const rd_text_line *ln);

/** True when the line holds a letter (not just "·", "|" or a count like "14"). */
bool rd_text_line_has_letter(const rd_text_line *ln);

/** The length of the first of list[0..n) that stands at s[i] (before
 *  s[len]), or 0: separators and joiners read by several rules. */
size_t rd_text_one_of_at(const char *s, size_t len, size_t i, const char *const *list, size_t n);

/** Whether the line, without its closing colon, is one of the labels
 *  list[0..n) (lower case), in any case: "Ingredients:", "Author". */
bool rd_text_line_is_label_of(const rd_text_line *ln, const char *const *list, size_t n);

/** True for a short label such as a menu entry ("About Us", "Donate"). */
bool rd_text_line_is_link_like(const rd_text_line *ln);

/** True when the line holds a letter of a script written without spaces
 * between words: kana, CJK ideographs, hangul (whose words are spaced, but
 * short). */
bool rd_text_line_has_cjk(const rd_text_line *ln);

/** True for a line opening with a copyright mark: "Copyright (C) 2019
 * ...", "(c) 2019 ...", "\xc2\xa9 2019 ...". */
bool rd_text_line_is_copyright(const rd_text_line *ln);

/** True for a comments' count alone: "3 Comments", "1 Kommentar". */
bool rd_text_comment_count(const rd_text_line *ln);

/* ---- chrome.c ---- */

typedef enum rd_text_chrome {
    RD_TEXT_CHROME_NONE,
    RD_TEXT_CHROME_LINE, /* drop this line */
    RD_TEXT_CHROME_CUT,  /* drop this line and what follows ("Related articles") */
    RD_TEXT_CHROME_END,  /* ... wherever it stands after some text ("There are 12 comments") */
} rd_text_chrome;

#define RD_TEXT_CRUMB 0x10

/** Whether a line (its text, markers excluded) is known site chrome. */
rd_text_chrome rd_text_chrome_kind(const char *s, size_t len);

/** True for a comment's head: a commenter's name or handle (one to three
 * words) with the comment's age and its buttons, "jdoe 1 day ago | next",
 * or "Jane Doe \xe2\x80\xa2 3 years ago". */
bool rd_text_comment_head(const char *s, size_t len);

/** True for a blog engine's head over a reader's comment: a name and
 * "said..." ("Anonymous said...", "Anonym hat gesagt..."), or "says:". */
bool rd_text_said_head(const char *s, size_t len);

/** A slide counter opening s ("3/50", "3 / 50", "3 of 50"; 1 <= k <= n,
 * n >= 3): the bytes it takes, else 0. */
size_t rd_text_slide_counter(const char *s, size_t len, unsigned *k, unsigned *n);

/** True for a label of the site's picks ending with the verb: "Editors
 * recommend", "We recommend". */
bool rd_text_is_picks_label(const char *s, size_t len);

/** True for a comment form's label alone: "Add a comment", "\303\211crire
 *  un commentaire". */
bool rd_text_is_comment_form(const char *s, size_t len);

/** True for one of the page's buttons worded as a command alone on its
 * line ("Email this article", "Artikel empfehlen:"). Two or more run
 * together are chrome anywhere; one alone may be a list's item or a
 * help page's heading, and is chrome only glued to other chrome. */
bool rd_text_is_page_action(const char *s, size_t len);

/** True for "Home › News › Politics" and "Home / Blog / Post" trails. */
bool rd_text_is_breadcrumb(const char *s, size_t len);

/* ---- boxes.c ---- */

/** Mark as chrome the lines of boxes that only their neighbours give
 * away: a label's box of headlines closed by "View All", a report
 * button's question. Runs after the split, before the header pass. */
void rd_text_boxes_mark(rd_text_lines *L);
/** Whether line i is a "Yes" or "No" button under a question, over at
 *  most one other: a poll or a feedback widget ("Was this step
 *  helpful?"), or a how-to's own question, never a menu's entry. */
bool rd_text_answer_under_question(const rd_text_lines *L, size_t i);

/* ---- dates.c ---- */

/** Where a date was found. */
typedef struct rd_text_date {
    int year, month, day; /* day 0 = month only; month 0 = year only */
    size_t start, end;    /* byte span of the date in the input */
    bool whole;           /* the input is a date phrase and nothing else */
} rd_text_date;

/**
 * Find the first date in s[0..len). Ambiguous numeric dates (05/06/2022)
 * take the order usual for `lang` (NULL = "en": month first). Returns true
 * and fills *out when a valid date was found.
 */
bool rd_text_date_find(const char *s, size_t len, const char *lang, rd_text_date *out);

/**
 * True for a date's label without the date, or with only a clock time:
 * "Published", "Last updated", "Updated 5:12 a.m. ET", "Aktualisiert",
 * a clock time alone ("1:39 PM ET"), or a day and month without the year
 * ("March 18 at 12:22 PM").
 */
bool rd_text_date_label(const char *s, size_t len);

/** Format as "YYYY-MM-DD" (or "YYYY-MM", "YYYY") in the arena. */
char *rd_text_date_format(arena *a, const rd_text_date *dt);

/* ---- post_label.c ---- */

/** The bytes before a previous or next post's label glued to a headline
 *  ("Harbour Wall Is FinishedNext article"): a headline of two to fifteen
 *  words, no sentence in it, ending in a letter, a digit or a closing
 *  mark right before the label; 0 for any other line. */
size_t rd_text_glued_post_label(const char *s, size_t len);

/** Mark such lines chrome where they stand as links do, or cut the label
 *  off a byline, a date or a headline over them. `fixed`: the text is
 *  set in fixed columns (no such links there). */
void rd_text_glued_post_lines(rd_text_line *v, size_t count, bool fixed);

/** Shorten a measured line to ln->s[0..len), measured anew, its chrome
 *  looked up again (lines.c). */
void rd_text_line_cut(rd_text_line *ln, size_t len);

/* ---- bylines.c ---- */

#define RD_TEXT_MAX_AUTHORS 16

typedef struct rd_text_byline {
    size_t n;
    const char *names[RD_TEXT_MAX_AUTHORS];
    const char *roles[RD_TEXT_MAX_AUTHORS];
    const char *date; /* a date written on the byline ("By A | May 3, 2022") */
} rd_text_byline;

/**
 * Read s[0..len) as a byline. `loose` also accepts lines without a "By" or
 * "Author:" lead ("A | Role") - only sensible right under the title.
 * Returns true and fills *out (strings in `a`).
 */
bool rd_text_byline_parse(arena *a, const char *s, size_t len, const char *lang, bool loose,
                          rd_text_byline *out);

/** The length of s without a button copied glued to the name after it:
 *  "Jane MarshContact Reporter", "Jane MarshFollow" (a small letter right
 *  before the button's capital), or spaced, a label of two words ("Jane
 *  Marsh Contact Reporter") (bylines.c). */
size_t rd_text_cut_glued_button(const char *s, size_t len);

/** After "von", "par" or "por", words of their languages' phrases too
 *  ("Par Avion", "Von Herzen", "Por Favor") in a text whose language is
 *  not known yet: is this name one? Two words or more, or one in
 *  capitals, an agency's ("Par AFP") (bylines.c). */
bool rd_text_lead_word_name(const char *name);

/**
 * Read s[0..len) as nothing but one to three names of two words or more
 * ("Jane Doe", "Ana Lima and Joe Park"), as sites print an author over the
 * date without a "By". Returns true and fills *out.
 */
bool rd_text_byline_names(arena *a, const char *s, size_t len, rd_text_byline *out);

/** Whether the NUL-terminated s looks like a person's name: two to four
 *  capitalised words (particles aside), none a common word that follows
 *  "By" in a heading ("By Popular Demand", "By Land and Sea"). */
bool rd_text_person_name(const char *s);

/** Read s[0..len) as a user's handle alone ("doumae", "jdoe_42"): one
 * lower-case word that is no common word after "by" nor a site's account
 * ("admin"). Only sensible after a lead such as "by". */
bool rd_text_byline_handle(arena *a, const char *s, size_t len, rd_text_byline *out);

/** True when s[0..len) holds a job word ("Writer", "News", "Director"). */
bool rd_text_has_job_word(const char *s, size_t len);

/* ---- front.c ---- */

/**
 * A "---" block of "key: value" lines at the very top (see front.c): the
 * values go into *fm, warnings to d. Returns the bytes the block takes (0
 * when there is none) and sets *lines to the newlines in them.
 */
size_t rd_text_front_matter(arena *a, diag_list *d, const char *path, const char *text,
                            size_t len, const char *lang, doc_meta *fm, uint32_t *lines);

/* ---- gutenberg.c ---- */

/**
 * A Project Gutenberg file (see gutenberg.c): when a "*** START OF THE
 * PROJECT GUTENBERG EBOOK ... ***" line (in older files, the end of the
 * license's "small print") stands in text[0..len), the header's title,
 * people, ebook page and original year go into *gm.
 * Returns the offset of the book's first byte (0 when there is no such
 * line), sets *lines to the lines before it and *book_len to the book's
 * bytes, up to its END line.
 */
size_t rd_text_gutenberg(arena *a, const char *text, size_t len, const char *lang, doc_meta *gm,
                         uint32_t *lines, size_t *book_len);

/** In a Gutenberg play, its list of persons ("DRAMATIS PERSONAE" and the
 * lines under it) that the header pass took with the title page opens
 * the body, the title repeated over the first act left out: returns the
 * new first body line (gutenberg_play.c). */
size_t rd_text_gutenberg_cast(rd_text_lines *L, size_t top, size_t body, const char *title);

/** In a Gutenberg book, the short line right above the first body line
 * that the header pass took for the title, when it names no word of the
 * book's title, is the first section's heading and opens the body:
 * returns the new first body line (gutenberg.c). */
size_t rd_text_gutenberg_first_title(rd_text_lines *L, size_t body, const doc_meta *gm);

/** In a Gutenberg play, speakers who share a name are numbered ("1.
 * Serv. Where's Potpan", "2. Serv. Ay"), which the line reader took for
 * a list's items: a numbered one-word speaker that comes twice or more
 * opens a speech again, a plain line (gutenberg_play.c). */
void rd_text_gutenberg_numbered_speakers(rd_text_lines *L, size_t top);

/** In a Gutenberg play, the first speech the header pass took for a
 * page's header ("KEEPER. Is the boat in?", short as a title is) opens
 * the body, when its speaker speaks again in the lines after it:
 * returns the new first body line (gutenberg_play.c). */
size_t rd_text_gutenberg_first_speech(rd_text_lines *L, size_t top, size_t body);

/** In a Gutenberg book, the part and chapter headings right above the
 * first body line (each alone between blank lines), which the header
 * pass took for a page's header, open the body: returns the new first
 * body line. */
size_t rd_text_gutenberg_parts(rd_text_lines *L, size_t body);

/** A line set in the middle of a fixed-width text: indented at least
 * min_indent columns, with about as much room after it as before it
 * within the text's width (gutenberg_book.c). */
bool rd_text_line_centred(const rd_text_lines *L, const rd_text_line *ln, uint16_t min_indent);

/** Is s (len bytes) a number alone, roman ("IV", up to 8 letters of
 *  IVXLC) or arabic (up to 3 digits), with or without a stop? Its value
 *  goes to *value when not NULL (gutenberg_book.c). */
bool rd_text_number_alone(const char *s, size_t len, unsigned *value);

/* ---- footnotes.c ---- */

/** A Gutenberg book's footnote, or the caption of a picture it has not
 * ("[Illustration: ...]"), read off its lines. */
typedef struct rd_text_note {
    bool picture;       /* an illustration's caption, not a note */
    const char *label;  /* its mark without brackets: "1", "A", "*" */
    uint32_t line;      /* the line it opens on */
    const char **paras; /* its paragraphs' text */
    size_t n_paras;
} rd_text_note;

typedef struct rd_text_notes {
    rd_text_note *v;
    size_t n, cap;
} rd_text_notes;

/** The footnotes of a Gutenberg book from line `body` on ("[Footnote 1:
 * ...]" blocks, "FOOTNOTES:" sections) and its illustrations' captions
 * into *out; their lines are marked consumed (RD_TEXT_META). */
void rd_text_gutenberg_footnotes(arena *a, rd_text_lines *L, size_t body, rd_text_notes *out);

/** The marks ("[1]") in the article's text become references to the
 * notes, which go to the article's end as DOC_NOTE_DEF; a note no mark
 * cites stays a paragraph where it stood, and an illustration is a
 * figure there, its caption standing in for the picture. */
void rd_text_gutenberg_cite(arena *a, doc_node *article, const rd_text_notes *fn, const char *path);

/* ---- gutenberg_notes.c ---- */

/** In a Gutenberg book, mark the transcriber's notes (bracketed, boxed,
 * or a section of their own) from line `body` on as dropped. */
void rd_text_gutenberg_notes(rd_text_lines *L, size_t body);

/** Does the line open with a transcriber's note's label? */
bool rd_text_gutenberg_note_line(const rd_text_line *ln);

/* ---- gutenberg_book.c ---- */

/** In a Gutenberg book, mark the indented blocks from line `body` on
 * whose lines end where verse ends, not where a wrapper would, as verse
 * (RD_TEXT_F_VERSE): the block pass keeps their lines. */
void rd_text_gutenberg_verse(rd_text_lines *L, size_t body);

/** In a Gutenberg book, the centred lines in [top, body) the header pass
 * took for a title or byline, or dropped, that name neither the book's
 * title nor an author (a dedication) are the book's again: returns the
 * new first body line. */
size_t rd_text_gutenberg_front(rd_text_lines *L, size_t top, size_t body, const doc_meta *gm);

/** Drop a printed contents without pages at the book's front, from line
 *  `top`: short entries the text prints again as its headings
 *  (gutenberg_toc.c). */
void rd_text_gutenberg_unpaged_contents(arena *a, rd_text_lines *L, size_t top);

/** Drop the book's printed title page (centred lines naming the title or
 *  an author of the header, *gm) from the lines after `body`; when the
 *  header named no author, the page's line of names under the title is
 *  the author, added to *meta. */
void rd_text_gutenberg_title_page(arena *a, rd_text_lines *L, size_t body, const doc_meta *gm,
                                  doc_meta *meta);

/** Drop the printed book's contents when its entries give the pages of
 *  that edition (from `body` on). */
void rd_text_gutenberg_contents(rd_text_lines *L, size_t body);

/** A line of capitals ending in a full stop, standing alone, is a
 *  heading ("PREFACE."). */
void rd_text_gutenberg_headings(rd_text_lines *L, size_t body);

/** Centred lines are no headings; a chapter's number and title lines
 *  are one; "_italics_", "=bold=". `width`: the lines' (L->width). */
void rd_text_gutenberg_inlines(arena *a, doc_node *article, uint32_t width);

/** A block's text, its inlines' (emphasis and all) as one string in the
 *  arena, *len its bytes (gutenberg_book.c). */
const char *rd_text_node_text(arena *a, const doc_node *n, size_t *len);

/** A book's part headings nested (an act's scenes, a part's chapters one
 *  level under it); a play's run-in speakers bold, its stage directions
 *  in italics (gutenberg_play.c). */
void rd_text_gutenberg_play(arena *a, doc_node *article);

/** Is s a play's stage direction: "Enter Romeo.", "Exeunt.", a line in
 *  brackets or parentheses (gutenberg_play.c)? */
bool rd_text_play_direction(const char *s, size_t len);

/** The length of a speaker's name and its stop opening s ("ROMEO. But
 *  soft", "Lady Cap. Nurse", "Helmer (calls out). Is"), or 0; *name_len
 *  gets the name's own length (gutenberg_play.c). */
size_t rd_text_play_speaker(const char *s, size_t len, size_t *name_len);

/** In a play whose speeches are lines opening with their speaker, with
 *  no blank line between them, flag those lines RD_TEXT_F_SPEECH (each
 *  opens a paragraph), their further lines RD_TEXT_F_SPOKEN, and a
 *  speech in verse RD_TEXT_F_VERSE (gutenberg_play.c). */
void rd_text_gutenberg_speeches(rd_text_lines *L, size_t body);

/* ---- page.c ---- */

/**
 * The article's region [*top, *bottom) inside a whole copied page: the
 * densest run of prose with the header above it (see page.c). The whole
 * text when nothing page-sized stands outside that run.
 */
void rd_text_page_region(arena *a, const rd_text_lines *L, const char *lang, size_t *top,
                         size_t *bottom);

/* ---- header.c ---- */

/**
 * Decide title, subtitle, byline, date and chrome at both ends; mark each
 * line's role and fill meta. Returns the index of the first body line.
 */
size_t rd_text_header(arena *a, rd_text_lines *L, const char *lang, doc_meta *meta);

/** Mark chrome after the end of the article (from `body` on); a byline
 * signed under the text fills meta's author and date if still empty. */
void rd_text_trailer(arena *a, rd_text_lines *L, size_t body, const char *lang,
                     doc_meta *meta);

/** When meta has no date: a labelled date ("Published: 3 March 2021")
 * among the first lines after the article's last line, in the whole
 * page's lines L (the side column a page's region left out). */
/**
 * The line after a recipe card (an "Ingredients" list, then the steps
 * under "Instructions", maybe "Notes") that starts within a few dozen
 * lines after `end`, the page region's end; `end` when none does
 * (recipe.c).
 */
size_t rd_text_recipe_end(const rd_text_lines *L, size_t end);

/**
 * Shape each recipe card in lines [from, to) as its page shows it: the
 * labels ("Ingredients", "Instructions", "Notes") headings, the
 * ingredients a list and the steps a numbered one; the card's copy of
 * the article's `title` (may be NULL) over them is dropped (recipe.c).
 */
void rd_text_recipe_shape(rd_text_lines *L, size_t from, size_t to, const char *title);

/**
 * Make the items of each list in [from, to) that was copied without its
 * bullets (a lead-in line ending in a colon over a run of short phrases,
 * one a line) bulleted list lines (lists.c).
 */
void rd_text_bare_lists(rd_text_lines *L, size_t from, size_t to);

/**
 * The date of the dateline that opens the text's first paragraph after
 * line `body` ("RIVERTON, Ore. (March 18, 2024) — ..."), as YYYY-MM-DD in
 * the arena, or NULL (dateline.c).
 */
const char *rd_text_dateline_date(arena *a, const rd_text_lines *L, size_t body, const char *lang);

void rd_text_trailer_date(arena *a, const rd_text_lines *L, size_t body, const char *lang,
                          doc_meta *meta);

/** Drop a widget copied into the body (from `body` on): a long run of
 * short lines, as a video player's controls. Runs after rd_text_toc. */
void rd_text_widgets(rd_text_lines *L, size_t body);

/* ---- cited.c ---- */

/** True when the entries under line i (a "References" heading) open with
 * bracketed keys the body's lines from `body` to i cite ("[Doe15]"): the
 * paper's own list of works, kept with the text. */
bool rd_text_cited_list(const rd_text_lines *L, size_t body, size_t i);

/* ---- toc.c ---- */

/**
 * Drop each table of contents ("Contents" over three or more short
 * entries) standing in the body (from `body` on), and flag the body lines
 * after it that name one of its entries with RD_TEXT_F_TOC.
 */
void rd_text_toc(arena *a, rd_text_lines *L, size_t body);

/** True when line i is an entry of a contents box (a "Contents" label
 * over three entries or more), or its label: the page's, never its title. */
bool rd_text_toc_entry(arena *a, const rd_text_lines *L, size_t i);

/* ---- grid.c ---- */

/**
 * Mark the lines in [from, to) that are no prose but a grid: a table
 * drawn with box-drawing characters or ASCII ("+---+", "| a | b |"), rows
 * of tab-separated cells, or lines whose words stand in columns parted by
 * two spaces or more. Each such block gets RD_TEXT_F_TABLE when it parses
 * as a table (tab rows, or a drawn table with one header row), else
 * RD_TEXT_F_PRE, and RD_TEXT_F_OPEN on its first line. Runs first, on
 * every line: the later passes read the flags (a row is no menu entry).
 */
void rd_text_grid_mark(rd_text_lines *L, size_t from, size_t to);

/**
 * Append the block that opens at v[i] (marked by rd_text_grid_mark) to
 * parent, as a DOC_CODE_BLOCK or a DOC_TABLE. Returns the line after it.
 */
size_t rd_text_grid_build(arena *a, const char *path, const rd_text_line *v, size_t i, size_t to,
                          doc_node *parent);

/* ---- blocks.c ---- */

/** Build the article's blocks from the CONTENT lines in [from, to). */
void rd_text_blocks(arena *a, const char *path, rd_text_lines *L, size_t from, size_t to,
                    doc_node *article);

/* The line tests the header, widget and trailer readings share (header.c,
 * header_dates.c, header_names.c, widgets.c, trailer.c). */

/* header.c */
bool rd_text_is_blank(const rd_text_line *ln);
size_t rd_text_next_nonblank(const rd_text_lines *L, size_t i);
bool rd_text_is_chrome(const rd_text_line *ln);
size_t rd_text_row_sep(const char *s, size_t len, size_t i);
bool rd_text_date_line(const rd_text_line *ln, const char *lang, rd_text_date *dt);
bool rd_text_byline_line(arena *a, const rd_text_line *ln, const char *lang, bool loose,
                         rd_text_byline *b);
void rd_text_take_byline(arena *a, doc_meta *meta, const rd_text_byline *b);
bool rd_text_has_sentence_break(const rd_text_line *ln);
bool rd_text_runs_on(const rd_text_lines *L, size_t i);
bool rd_text_starts_lower(const rd_text_line *ln);
bool rd_text_starts_ci(const rd_text_line *ln, const char *p);
bool rd_text_credited_caption(const rd_text_line *ln);
bool rd_text_is_caption(const rd_text_lines *L, size_t i);
bool rd_text_is_label(const rd_text_line *ln);
bool rd_text_is_field(const rd_text_line *ln);
bool rd_text_field_value(const rd_text_lines *L, size_t i);
size_t rd_text_sep_before(const char *s, size_t n);
bool rd_text_section_label_name(const char *name);
bool rd_text_printed_twice(const rd_text_lines *L, size_t i);
bool rd_text_same_lead_run(const rd_text_lines *L, size_t k);
bool rd_text_has_word_ci(const rd_text_line *ln, const char *s);
bool rd_text_has_digit(const rd_text_line *ln);

/* header_dates.c */
bool rd_text_name_then_date(arena *a, const rd_text_line *ln, const char *lang,
                            const rd_text_date *dt, rd_text_byline *b);
size_t rd_text_skip_clock(const char *s, size_t len, size_t i);
bool rd_text_date_and_clock(const rd_text_line *ln, const char *lang, rd_text_date *dt);
bool rd_text_name_then_count(arena *a, const rd_text_lines *L, size_t k, const char *lang,
                             rd_text_byline *b);
bool rd_text_cjk_name_prefix(const rd_text_line *ln, const char *lang, const rd_text_date *dt);
bool rd_text_cjk_name_date(arena *a, const rd_text_line *ln, const char *lang,
                           const rd_text_date *dt, rd_text_byline *b);
bool rd_text_meta_row(arena *a, const rd_text_line *ln, const char *lang, rd_text_date *dt,
                      rd_text_byline *b);
bool rd_text_date_by_line(arena *a, const rd_text_line *ln, const char *lang, rd_text_date *dt,
                          rd_text_byline *b);
bool rd_text_weekday_date_by(arena *a, const rd_text_line *ln, const char *lang);
bool rd_text_dated_line(const rd_text_line *ln, const char *lang, rd_text_date *dt);
bool rd_text_age_or_date(const char *s, size_t len);

/* header_names.c */
bool rd_text_name_over_age(const rd_text_lines *L, size_t i);
bool rd_text_bare_name(arena *a, const rd_text_lines *L, size_t i, rd_text_byline *b);
bool rd_text_name_over_follow(arena *a, const rd_text_lines *L, size_t i, rd_text_byline *b);
bool rd_text_role_line(arena *a, const rd_text_lines *L, size_t i, const char *lang,
                       const char **role);
bool rd_text_source_tagline(const rd_text_line *ln);
bool rd_text_split_byline(arena *a, const rd_text_lines *L, size_t i, const char *lang,
                          rd_text_byline *b);
bool rd_text_headline_over_name(arena *a, const rd_text_lines *L, size_t k, size_t body);
bool rd_text_furniture(arena *a, const rd_text_lines *L, size_t i, const char *lang);
bool rd_text_header_meta(arena *a, const rd_text_lines *L, size_t i, const char *lang);
bool rd_text_header_note(arena *a, const rd_text_lines *L, size_t i, const char *lang);

/* widgets.c */
bool rd_text_slider_end(const rd_text_lines *L, size_t from, size_t end);
bool rd_text_ends_with_colon(const rd_text_line *ln);
bool rd_text_unnamed_bio(arena *a, const rd_text_line *ln, rd_text_byline *b);
bool rd_text_bio_of(const rd_text_line *ln, const char *name);
bool rd_text_signed_over_bio(arena *a, const rd_text_lines *L, size_t i, const char *lang,
                             rd_text_byline *b);
bool rd_text_opens_after_box(arena *a, const rd_text_lines *L, size_t i, const char *lang,
                             const doc_meta *meta);
bool rd_text_prose_or_wrapped(const rd_text_lines *L, size_t j);
bool rd_text_long_paragraph(const rd_text_line *ln);
bool rd_text_recent_content(const rd_text_line *ln);
bool rd_text_inline_related(const rd_text_lines *L, size_t i);
bool rd_text_more_lead(const rd_text_line *ln);
void rd_text_drop_teasers(rd_text_lines *L, size_t body, size_t i);
size_t rd_text_teaser_list_top(const rd_text_lines *L, size_t body, size_t i);
bool rd_text_footer_byline(arena *a, const rd_text_line *ln, const char *lang, rd_text_byline *b);
bool rd_text_published_line(const rd_text_line *ln, const char *lang);

#endif
