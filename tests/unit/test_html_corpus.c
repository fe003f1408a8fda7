/*
 * test_html_corpus.c - every page of the shared extraction corpus through
 * the HTML reader in one process: each must give a sound tree (doc_check)
 * with text, and
 * the throughput (pages per second, the figure the issue targets) is
 * printed. Skipped (passes with a note) when ../shared is absent.
 */
#include <dirent.h>
#include <stdio.h>
#include <string.h>
#include <time.h>

#include "harness.h"
#include "readers/reader.h"

#define CORPUS "../shared/corpus/html/readability/pages"

int
main(void)
{
    DIR *dir = opendir(CORPUS);
    if (!dir) {
        printf("skipped: no corpus at %s\n", CORPUS);
        return test_report();
    }
    char *names[1024];
    size_t n = 0;
    struct dirent *e;
    while ((e = readdir(dir)) != NULL && n < 1024)
        if (e->d_name[0] != '.')
            names[n++] = strdup(e->d_name);
    closedir(dir);
    struct timespec t0, t1, c0, c1;
    clock_gettime(CLOCK_MONOTONIC, &t0);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c0);
    size_t pages = 0;
    for (size_t i = 0; i < n; i++) {
        char path[1024];
        snprintf(path, sizeof(path), "%s/%s/source.html", CORPUS, names[i]);
        arena *a = arena_new();
        diag_list d;
        diag_init(&d, a);
        doc_node *art = NULL;
        reader_options ro = {.extract = -1};
        int rc = reader_read(a, &d, path, &ro, &art);
        test_current = names[i];
        OK(rc == 0 && art && art->first_child);
        const char *bad = art ? doc_check(art) : NULL;
        if (bad)
            fprintf(stderr, "%s: %s\n", names[i], bad);
        OK(bad == NULL);
        pages++;
        diag_cleanup(&d);
        arena_free(a);
        free(names[i]);
    }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &c1);
    double secs = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
    double cpu = (double)(c1.tv_sec - c0.tv_sec) + (double)(c1.tv_nsec - c0.tv_nsec) / 1e9;
    /* CPU time is the steadier figure on a shared machine. */
    printf("%zu pages in %.3f s wall, %.3f s CPU: %.1f pages/second (%.1f per CPU second)\n",
           pages, secs, cpu, secs > 0 ? (double)pages / secs : 0, cpu > 0 ? (double)pages / cpu : 0);
    return test_report();
}
