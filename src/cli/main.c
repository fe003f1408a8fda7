/*
 * main.c - the sheaf command: argv -> build stages -> printed diagnostics ->
 * exit status. The only file that prints (curl's tool/lib split).
 *
 * Exit status: 0 done (warnings allowed), 1 a collection or article had
 * errors, 2 bad usage.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "../base/buf.h"
#include "../base/fs.h"
#include "../build/build.h"
#include "../doc/json.h"
#include "../transform/smart.h"
#include "../transform/tidy.h"
#include "../readers/reader.h"
#include "../style/style.h"
#include "cli.h"

#ifndef SHEAF_VERSION
#define SHEAF_VERSION "0.0.0"
#endif

static const char usage_text[] =
    "usage: sheaf build PATH... [-o DIR] [--format epub,pdf] [--paper P] [--style S]\n"
    "                           [--handouts] [--allow-outside] [--keep-going] [--jobs N]\n"
    "                           [--quiet] [--verbose]\n"
    "       sheaf check PATH...       validate manifests and parse every article\n"
    "       sheaf new NAME            start collections/NAME with a commented manifest\n"
    "       sheaf inspect [--json|--text|--tree] [--typeset] FILE\n"
    "                                 how one article parses\n"
    "       sheaf --help | --version\n";

static const char help_text[] =
    "sheaf turns a collection of articles (saved web pages, Markdown, plain text)\n"
    "into a reading packet: an EPUB 3 and a typeset PDF, from one manifest.\n"
    "\n"
    "Commands:\n"
    "  build PATH...     build each collection (a folder or its collection.yaml)\n"
    "  check PATH...     validate manifests and parse every article; writes nothing\n"
    "  new NAME          create collections/NAME/collection.yaml and articles/\n"
    "  inspect FILE      show how one article parses: metadata, outline, warnings\n"
    "\n"
    "Options:\n"
    "  -o, --output DIR  output folder (default: out)\n"
    "  --format LIST     epub, pdf or epub,pdf (default)\n"
    "  --paper P         letter, a4, a5, or WxH with in/mm/cm/pt (e.g. 6x9in)\n"
    "  --style S         a style name (classic, handout, large-print) or a folder\n"
    "  --handouts        also one PDF per article in DIR/NAME-handouts/, named\n"
    "                    NN-title.pdf in book order (needs the pdf format; the\n"
    "                    folder is replaced whole on each build)\n"
    "  --allow-outside   let article paths leave the collection folder\n"
    "  --keep-going      write outputs even when articles had errors\n"
    "  -j, --jobs N      threads for reading articles, writing the EPUB's pages and\n"
    "                    typesetting handouts (default: one per CPU; the output is\n"
    "                    the same for any N)\n"
    "  -q, --quiet       print errors only\n"
    "  -v, --verbose     print progress even when not on a terminal\n"
    "  --json            inspect: one JSON object\n"
    "  --text            inspect: the article body as plain text\n"
    "  --tree            inspect: the document tree\n"
    "  --typeset         inspect: after the typography pass (curly quotes, dashes,\n"
    "                    spaces), as the book will print it; without it, as parsed\n"
    "  -h, --help        this text\n"
    "  --version         the version\n"
    "\n"
    "Exit status: 0 done (warnings allowed), 1 errors in a collection, 2 bad usage.\n";

static int
usage_error(const char *fmt, const char *arg)
{
    fprintf(stderr, "sheaf: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n%stry 'sheaf --help'\n", usage_text);
    return CLI_EXIT_USAGE;
}

static void
print_help(void)
{
    fputs(usage_text, stdout);
    fputs("\n", stdout);
    fputs(help_text, stdout);
    fputs("\nSee sheaf(1) for the manifest format and every option.\n", stdout);
}

static bool
use_color(void)
{
    const char *nc = getenv("NO_COLOR");
    return isatty(2) && !(nc && nc[0]) && getenv("TERM") && strcmp(getenv("TERM"), "dumb");
}

/* Print diagnostics (errors only when quiet) and a summary line. */
static void
print_diags(diag_list *d, bool quiet)
{
    diag_sort(d);
    if (quiet) {
        diag_list only;
        diag_init(&only, d->arena);
        for (size_t i = 0; i < d->count; i++)
            if (d->items[i].severity == DIAG_ERROR)
                diag_report(&only, DIAG_ERROR, d->items[i].file, d->items[i].line,
                            d->items[i].col, "%s", d->items[i].message);
        diag_print(&only, stderr, use_color());
        diag_cleanup(&only);
        return;
    }
    diag_print(d, stderr, use_color());
}

typedef struct cli_opts {
    build_options build;
    const char *inspect_mode; /* "human", "json", "text", "tree" */
    bool typeset;             /* inspect after the typography pass */
    const char **paths;
    size_t n_paths;
    bool help; /* -h/--help after the command */
} cli_opts;

/* Parse options common to all commands. Returns -1 on a usage error. */
static int
parse_args(int argc, char **argv, cli_opts *o)
{
    o->paths = calloc((size_t)argc + 1, sizeof(char *));
    if (!o->paths)
        return -1;
    bool only_paths = false;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        if (only_paths || a[0] != '-' || strcmp(a, "-") == 0) {
            o->paths[o->n_paths++] = a;
            continue;
        }
        const char *val = NULL;
        const char *eq = strchr(a, '=');
        char name[64];
        size_t nlen = eq ? (size_t)(eq - a) : strlen(a);
        /* A short option takes its value glued on, as getopt does: "-j4",
         * "-oout". Only "--name=value" splits at '=', since a path given to
         * -o may hold one. */
        if (a[1] != '-' && a[1] && a[2] && strchr("oj", a[1])) {
            nlen = 2;
            val = a + 2;
            eq = NULL;
        } else if (a[1] != '-') {
            eq = NULL;
            nlen = strlen(a);
        }
        if (nlen >= sizeof(name)) {
            usage_error("unknown option: %s", a);
            return -1;
        }
        memcpy(name, a, nlen);
        name[nlen] = '\0';
        if (eq)
            val = eq + 1;
#define NEEDS_VALUE()                                                                \
    do {                                                                             \
        if (!val) {                                                                  \
            if (i + 1 >= argc) {                                                     \
                usage_error("option %s needs a value", name);                        \
                return -1;                                                           \
            }                                                                        \
            val = argv[++i];                                                         \
        }                                                                            \
    } while (0)
        if (strcmp(name, "--") == 0) {
            only_paths = true;
        } else if (strcmp(name, "-h") == 0 || strcmp(name, "--help") == 0) {
            o->help = true;
        } else if (strcmp(name, "-o") == 0 || strcmp(name, "--output") == 0) {
            NEEDS_VALUE();
            o->build.out_dir = val;
        } else if (strcmp(name, "--format") == 0) {
            NEEDS_VALUE();
            o->build.formats = val;
        } else if (strcmp(name, "--paper") == 0) {
            NEEDS_VALUE();
            double w, h;
            if (manifest_paper_size(val, &w, &h) < 0) {
                usage_error("unknown paper: %s (letter, a4, a5, or WxH like 6x9in)", val);
                return -1;
            }
            o->build.paper = val;
        } else if (strcmp(name, "--style") == 0) {
            NEEDS_VALUE();
            o->build.style = val;
        } else if (strcmp(name, "--allow-outside") == 0) {
            o->build.allow_outside = true;
        } else if (strcmp(name, "--keep-going") == 0) {
            o->build.keep_going = true;
        } else if (strcmp(name, "--handouts") == 0) {
            o->build.handouts = true;
        } else if (strcmp(name, "-j") == 0 || strcmp(name, "--jobs") == 0) {
            NEEDS_VALUE();
            char *end;
            errno = 0;
            long n = strtol(val, &end, 10);
            if (!val[0] || *end || errno || n < 1 || n > 1024) {
                usage_error("--jobs needs a number of threads from 1 to 1024, not '%s'", val);
                return -1;
            }
            o->build.jobs = (unsigned)n;
        } else if (strcmp(name, "-q") == 0 || strcmp(name, "--quiet") == 0) {
            o->build.quiet = true;
        } else if (strcmp(name, "-v") == 0 || strcmp(name, "--verbose") == 0) {
            o->build.verbose = true;
        } else if (strcmp(name, "--json") == 0) {
            o->inspect_mode = "json";
        } else if (strcmp(name, "--text") == 0) {
            o->inspect_mode = "text";
        } else if (strcmp(name, "--tree") == 0) {
            o->inspect_mode = "tree";
        } else if (strcmp(name, "--typeset") == 0) {
            o->typeset = true;
        } else {
            usage_error("unknown option: %s", a);
            return -1;
        }
#undef NEEDS_VALUE
    }
    if (o->build.formats) {
        /* Validate the list now: a typo is a usage error, not a build error. */
        const char *p = o->build.formats;
        while (*p) {
            const char *c = strchr(p, ',');
            size_t n = c ? (size_t)(c - p) : strlen(p);
            if (!((n == 4 && strncmp(p, "epub", 4) == 0) || (n == 3 && strncmp(p, "pdf", 3) == 0))) {
                usage_error("unknown format in --format %s (use epub, pdf or epub,pdf)",
                            o->build.formats);
                return -1;
            }
            p += n + (c ? 1 : 0);
        }
        if (o->build.handouts && !strstr(o->build.formats, "pdf")) {
            usage_error("--handouts makes one PDF per article; --format %s has no pdf",
                        o->build.formats);
            return -1;
        }
    }
    return 0;
}

/* `sheaf check` validates the style too, since build_load does not load
 * it: a misspelt style name or a bad style.yaml is reported by check, not
 * first by build. The name comes from --style, else the manifest. */
static void
check_style(build *b, const build_options *opt)
{
    const manifest *m = b->manifest;
    const char *name = opt->style ? opt->style : m->style;
    style *st;
    if (opt->style)
        style_load(b->arena, &b->diags, name, ".", NULL, 0, 0, &st);
    else
        style_load(b->arena, &b->diags, name, m->dir, m->path, m->style_pos.line,
                   m->style_pos.col, &st);
}

/* Progress: on a terminal one line redrawn in place (a bar for long
 * builds); with --verbose, one line per step that stays (pipes too). */
typedef struct progress_state {
    bool tty, verbose;
    bool drawn; /* a redrawn line is on screen and must be cleared */
} progress_state;

static void
progress_clear(progress_state *ps)
{
    if (ps->drawn) {
        fputs("\r\033[K", stderr);
        ps->drawn = false;
    }
}

static void
progress_cb(void *ud, const char *stage, const char *item, size_t done, size_t total)
{
    progress_state *ps = ud;
    if (ps->verbose) {
        progress_clear(ps);
        if (total > 1)
            fprintf(stderr, "  %s [%zu/%zu] %s\n", stage, done + 1, total, item);
        else
            fprintf(stderr, "  %s %s\n", stage, item);
        return;
    }
    if (!ps->tty)
        return;
    char bar[24] = "";
    if (total >= 20) {
        size_t fill = (done * 20) / total;
        for (size_t i = 0; i < 20; i++)
            bar[i] = i < fill ? '#' : '.';
        bar[20] = '\0';
    }
    fprintf(stderr, "\r\033[K%s%s%s%s %.60s", bar[0] ? "[" : "", bar, bar[0] ? "] " : "",
            stage, item);
    ps->drawn = true;
}

/* `sheaf check` and `sheaf build`: one collection after another. */
static int
cmd_collections(cli_opts *o, bool write)
{
    if (o->n_paths == 0)
        return usage_error("%s needs at least one collection folder or manifest",
                           write ? "build" : "check");
    bool progress = !o->build.quiet && (o->build.verbose || isatty(2));
    progress_state ps = {isatty(2) != 0, o->build.verbose && !o->build.quiet, false};
    if (progress) {
        o->build.progress = progress_cb;
        o->build.progress_ud = &ps;
    }
    int status = CLI_EXIT_OK;
    for (size_t i = 0; i < o->n_paths; i++) {
        build b;
        build_init(&b, &o->build);
        int rc = build_load(&b, o->paths[i]);
        if (!write && b.manifest)
            check_style(&b, &o->build);
        if (write && (rc == 0 || o->build.keep_going) && b.doc.root)
            rc = build_write(&b) < 0 ? -1 : rc;
        progress_clear(&ps);
        print_diags(&b.diags, o->build.quiet);
        if (rc < 0 || b.diags.errors) {
            status = CLI_EXIT_ERRORS;
            if (!o->build.quiet)
                fprintf(stderr, "%s: %zu error%s, %zu warning%s%s\n", o->paths[i],
                        b.diags.errors, b.diags.errors == 1 ? "" : "s", b.diags.warnings,
                        b.diags.warnings == 1 ? "" : "s", write ? "; nothing written" : "");
        } else if (progress || !write) {
            if (!o->build.quiet)
                fprintf(write ? stderr : stdout, "%s: %zu article%s ok%s\n",
                        b.manifest_path ? b.manifest_path : o->paths[i],
                        b.manifest ? b.manifest->n_articles : 0,
                        b.manifest && b.manifest->n_articles == 1 ? "" : "s",
                        b.diags.warnings ? " (with warnings)" : "");
            for (size_t k = 0; progress && k < b.n_outputs; k++)
                fprintf(stderr, "  wrote %s\n", b.outputs[k]);
            /* a class set can be long: one line on a terminal, every file
               with --verbose */
            if (progress && b.handouts_dir && !ps.verbose)
                fprintf(stderr, "  wrote %s/ (%zu handout%s)\n", b.handouts_dir, b.n_handouts,
                        b.n_handouts == 1 ? "" : "s");
            for (size_t k = 0; progress && b.handouts_dir && ps.verbose && k < b.n_handouts; k++)
                fprintf(stderr, "  wrote %s\n", b.handouts[k]);
        }
        build_cleanup(&b);
    }
    return status;
}

static void
print_human(const doc_node *art, const diag_list *d)
{
    const doc_meta *m = art->as.article.meta;
    printf("file:      %s\n", m->path ? m->path : "");
    printf("format:    %s\n", m->format ? m->format : "");
    printf("title:     %s\n", m->title ? m->title : "(none)");
    if (m->subtitle)
        printf("subtitle:  %s\n", m->subtitle);
    for (size_t i = 0; i < m->n_authors; i++)
        printf("author:    %s%s%s%s\n", m->authors[i],
               m->author_roles && m->author_roles[i] ? " (" : "",
               m->author_roles && m->author_roles[i] ? m->author_roles[i] : "",
               m->author_roles && m->author_roles[i] ? ")" : "");
    for (size_t i = 0; i < m->n_contribs; i++)
        printf("credit:    %s (%s)\n", m->contribs[i], m->contrib_roles[i]);
    if (m->byline)
        printf("byline:    %s\n", m->byline);
    printf("date:      %s\n", m->date ? m->date : "(none)");
    if (m->retrieved)
        printf("retrieved: %s\n", m->retrieved);
    if (m->language)
        printf("language:  %s%s\n", m->language,
               m->language_guessed ? " (guessed from its text)" : "");
    if (m->source)
        printf("source:    %s\n", m->source);
    if (m->site)
        printf("site:      %s\n", m->site);
    size_t counts[DOC_TYPE_COUNT] = {0};
    doc_iter it;
    doc_node *n;
    doc_event ev;
    bool outline = false;
    doc_iter_init(&it, (doc_node *)art);
    while ((ev = doc_iter_next(&it, &n)) != DOC_EV_NONE) {
        if (ev != DOC_EV_ENTER)
            continue;
        counts[n->type]++;
        if (n->type == DOC_HEADING) {
            if (!outline)
                printf("outline:\n");
            outline = true;
            buf t;
            buf_init(&t, 0);
            doc_inline_text(n, &t);
            printf("  %*s%s  (line %u)\n", 2 * (n->as.heading.level - 2 > 0 ? n->as.heading.level - 2 : 0),
                   "", t.data ? t.data : "", n->pos.line);
            buf_cleanup(&t);
        }
    }
    printf("blocks:    %zu paragraphs, %zu headings, %zu quotes, %zu lists, %zu code, "
           "%zu figures, %zu tables\n",
           counts[DOC_PARA], counts[DOC_HEADING], counts[DOC_QUOTE], counts[DOC_LIST],
           counts[DOC_CODE_BLOCK], counts[DOC_FIGURE], counts[DOC_TABLE]);
    printf("words:     %zu\n", doc_word_count(art));
    if (m->n_dropped) {
        printf("dropped:   %zu line%s of site chrome\n", m->n_dropped, m->n_dropped == 1 ? "" : "s");
        for (size_t i = 0; i < m->n_dropped; i++)
            printf("  - %s\n", m->dropped[i]);
    }
    if (d->warnings)
        printf("warnings:  %zu (below)\n", d->warnings);
}

static int
cmd_inspect(cli_opts *o)
{
    if (o->n_paths != 1)
        return usage_error("%s", "inspect needs exactly one article file");
    const char *mode = o->inspect_mode ? o->inspect_mode : "human";
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    doc_node *art = NULL;
    reader_options ro = {.extract = -1};
    int rc = reader_read(a, &d, o->paths[0], &ro, &art);
    /* the language a build would give it with no book to go by: the one
       it names, else the one its letters plainly say (doc/lang.c) */
    if (art)
        doc_lang_settle(art, NULL);
    /* As parsed, the source's characters, unless asked: a title or byline
     * checked against the page must not come back with its quotes, dashes
     * and spaces rewritten by the typography pass. */
    if (art && o->typeset) {
        tf_tidy_article(a, art);
        tf_smart_article(a, art, NULL);
    }
    buf out;
    buf_init(&out, 0);
    if (art) {
        if (strcmp(mode, "json") == 0)
            doc_article_json(art, &d, &out);
        else if (strcmp(mode, "text") == 0)
            doc_dump_text(art, &out);
        else if (strcmp(mode, "tree") == 0)
            doc_dump(art, &out);
    }
    if (out.len)
        fwrite(out.data, 1, out.len, stdout);
    else if (art && strcmp(mode, "human") == 0)
        print_human(art, &d);
    fflush(stdout);
    buf_cleanup(&out);
    /* JSON carries the warnings itself; errors always reach stderr. */
    if (strcmp(mode, "json") != 0 || d.errors)
        print_diags(&d, strcmp(mode, "json") == 0 || o->build.quiet);
    int status = (rc < 0 || d.errors) ? CLI_EXIT_ERRORS : CLI_EXIT_OK;
    diag_cleanup(&d);
    arena_free(a);
    return status;
}

int
main(int argc, char **argv)
{
    /* stderr is unbuffered by default: printing 10,000 diagnostics with
     * their carets then cost a million write calls. A line at a time keeps
     * messages prompt and ordered. */
    static char errbuf[BUFSIZ];
    setvbuf(stderr, errbuf, _IOLBF, sizeof(errbuf));
    if (argc < 2) {
        fputs(usage_text, stderr);
        return CLI_EXIT_USAGE;
    }
    const char *cmd = argv[1];
    if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0 || strcmp(cmd, "help") == 0) {
        print_help();
        return CLI_EXIT_OK;
    }
    if (strcmp(cmd, "--version") == 0 || strcmp(cmd, "version") == 0) {
        printf("sheaf %s\n", SHEAF_VERSION);
        return CLI_EXIT_OK;
    }
    cli_opts o;
    memset(&o, 0, sizeof(o));
    o.build.out_dir = "out";
    bool known = strcmp(cmd, "build") == 0 || strcmp(cmd, "check") == 0 ||
                 strcmp(cmd, "inspect") == 0 || strcmp(cmd, "new") == 0;
    if (!known)
        return usage_error(cmd[0] == '-' ? "unknown option: %s" : "unknown command: %s", cmd);
    if (parse_args(argc - 2, argv + 2, &o) < 0) {
        free(o.paths);
        return CLI_EXIT_USAGE;
    }
    int status;
    if (o.help) {
        print_help();
        status = CLI_EXIT_OK;
    } else if (strcmp(cmd, "build") == 0)
        status = cmd_collections(&o, true);
    else if (strcmp(cmd, "check") == 0)
        status = cmd_collections(&o, false);
    else if (strcmp(cmd, "inspect") == 0)
        status = cmd_inspect(&o);
    else
        status = cli_new(o.n_paths == 1 ? o.paths[0] : NULL);
    free(o.paths);
    return status;
}
