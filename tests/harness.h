/*
 * harness.h - the unit-test harness (cmark's api_test, Redis's testhelp).
 *
 *     TEST(name) { OK(cond); INT_EQ(a, b); STR_EQ(a, b); }
 *     int main(void) { RUN(name); return test_report(); }
 *
 * Prints each failure with file:line and closes with "N passed, N failed",
 * the line CI reads. Exit status is non-zero when anything failed.
 */
#ifndef SHEAF_TEST_HARNESS_H
#define SHEAF_TEST_HARNESS_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int test_passed, test_failed;
static const char *test_current = "";

#define TEST(name) static void name(void)

#define RUN(name)                                                                    \
    do {                                                                             \
        test_current = #name;                                                        \
        name();                                                                      \
    } while (0)

#define TEST_FAIL_(fmt, ...)                                                         \
    do {                                                                             \
        test_failed++;                                                               \
        fprintf(stderr, "%s:%d: %s: " fmt "\n", __FILE__, __LINE__, test_current,     \
                __VA_ARGS__);                                                        \
    } while (0)

#define OK(cond)                                                                     \
    do {                                                                             \
        if (cond)                                                                    \
            test_passed++;                                                           \
        else                                                                         \
            TEST_FAIL_("check failed: %s", #cond);                                   \
    } while (0)

#define INT_EQ(a, b)                                                                 \
    do {                                                                             \
        long long a_ = (long long)(a), b_ = (long long)(b);                          \
        if (a_ == b_)                                                                \
            test_passed++;                                                           \
        else                                                                         \
            TEST_FAIL_("%s == %lld, expected %s == %lld", #a, a_, #b, b_);           \
    } while (0)

#define STR_EQ(a, b)                                                                 \
    do {                                                                             \
        const char *a_ = (a), *b_ = (b);                                             \
        if (a_ && b_ && strcmp(a_, b_) == 0)                                         \
            test_passed++;                                                           \
        else                                                                         \
            TEST_FAIL_("%s is \"%s\", expected \"%s\"", #a, a_ ? a_ : "(null)",       \
                       b_ ? b_ : "(null)");                                          \
    } while (0)

/* True when some diagnostic's message contains `needle`. */
#define HAS_DIAG(list, needle) test_has_diag_(&(list), (needle))

#ifdef SHEAF_DIAG_H
static inline int
test_has_diag_(const diag_list *d, const char *needle)
{
    for (size_t i = 0; i < d->count; i++)
        if (strstr(d->items[i].message, needle))
            return 1;
    return 0;
}
#endif

static int
test_report(void)
{
    printf("%d passed, %d failed\n", test_passed, test_failed);
    return test_failed ? 1 : 0;
}

#endif
