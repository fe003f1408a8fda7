/* Unit tests of src/base: arena, buf, utf8, diag, fs, b64. */
#include "base/arena.h"
#include "base/b64.h"
#include "base/buf.h"
#include "base/diag.h"
#include "base/fs.h"
#include "base/utf8.h"
#include "harness.h"

TEST(arena_basics)
{
    arena *a = arena_new();
    char *s = arena_strdup(a, "hello");
    STR_EQ(s, "hello");
    STR_EQ(arena_printf(a, "%d-%s", 42, "x"), "42-x");
    /* Many small and some huge allocations; all zeroed and distinct. */
    char *prev = NULL;
    for (int i = 0; i < 10000; i++) {
        char *p = arena_alloc(a, 24);
        OK(p != prev && p[0] == 0 && p[23] == 0);
        prev = p;
    }
    char *big = arena_alloc(a, 5u * 1024 * 1024);
    OK(big[0] == 0 && big[5 * 1024 * 1024 - 1] == 0);
    char *r = arena_alloc(a, 8);
    memcpy(r, "abcdefg", 8);
    r = arena_realloc(a, r, 8, 100000);
    STR_EQ(r, "abcdefg");
    OK(arena_used(a) > 5u * 1024 * 1024);
    arena_reset(a);
    INT_EQ(arena_used(a), 0);
    STR_EQ(arena_strndup(a, "abcdef", 3), "abc");
    arena_free(a);
}

TEST(buf_cap)
{
    buf b;
    buf_init(&b, 10);
    INT_EQ(buf_adds(&b, "12345"), 0);
    INT_EQ(buf_adds(&b, "678901"), -1); /* would pass the cap: refused whole */
    STR_EQ(b.data, "12345");
    INT_EQ(buf_printf(&b, "%d", 42), 0);
    STR_EQ(b.data, "1234542");
    buf_cleanup(&b);
    buf_init(&b, 0);
    buf_add_json(&b, "a\"b\\\n\x01", 6);
    STR_EQ(b.data, "\"a\\\"b\\\\\\n\\u0001\"");
    buf_cleanup(&b);
}

TEST(utf8_decode_rules)
{
    uint32_t cp;
    INT_EQ(utf8_decode("\xc3\xa9", 2, &cp), 2);
    INT_EQ(cp, 0xe9);
    INT_EQ(utf8_decode("\xe1\xbb\x85", 3, &cp), 3); /* ễ */
    INT_EQ(cp, 0x1ec5);
    INT_EQ(utf8_decode("\xc0\xaf", 2, &cp), 0);     /* overlong */
    INT_EQ(utf8_decode("\xed\xa0\x80", 3, &cp), 0); /* surrogate */
    INT_EQ(utf8_decode("\xe1\xbb", 2, &cp), 0);     /* truncated */
    char out[4];
    INT_EQ(utf8_encode(0x1f600, out), 4);
    OK(memcmp(out, "\xf0\x9f\x98\x80", 4) == 0);
    size_t bad = 99;
    OK(utf8_valid("caf\xc3\xa9", 5, &bad));
    OK(!utf8_valid("caf\xe9!", 5, &bad));
    INT_EQ(bad, 3);
    INT_EQ(utf8_length("caf\xc3\xa9", 5), 4);
}

TEST(utf8_conversion)
{
    arena *a = arena_new();
    char *out;
    size_t len, bad;
    INT_EQ(utf8_from_bytes(a, "\xef\xbb\xbfok\r\nyes\r", 11, &out, &len, &bad), UTF8_SRC_UTF8);
    STR_EQ(out, "ok\nyes\n");
    INT_EQ(utf8_from_bytes(a, "caf\xe9 \x93hi\x94", 9, &out, &len, &bad), UTF8_SRC_CP1252);
    STR_EQ(out, "caf\xc3\xa9 \xe2\x80\x9chi\xe2\x80\x9d");
    INT_EQ(bad, 3);
    /* Mixed: valid sequences survive, the stray byte is Windows-1252. */
    INT_EQ(utf8_from_bytes(a, "\xc3\xa9\xe9", 3, &out, &len, &bad), UTF8_SRC_CP1252);
    STR_EQ(out, "\xc3\xa9\xc3\xa9");
    INT_EQ(utf8_from_bytes(a, "\xff\xfeh\0i\0", 6, &out, &len, &bad), UTF8_SRC_UTF16LE);
    STR_EQ(out, "hi");
    INT_EQ(utf8_from_bytes(a, "\xfe\xff\0h\0\xe9", 6, &out, &len, &bad), UTF8_SRC_UTF16BE);
    STR_EQ(out, "h\xc3\xa9");
    INT_EQ(utf8_from_bytes(a, "text\0more", 9, &out, &len, &bad), UTF8_SRC_BINARY);
    INT_EQ(bad, 4);
    OK(out == NULL);
    arena_free(a);
}

TEST(utf8_nuls)
{
    arena *a = arena_new();
    utf8_nul_fix r;
    /* No NUL, no BOM: the input itself, uncopied. */
    const char *plain = "plain text";
    utf8_fix_nuls(a, plain, 10, &r);
    OK(r.text == plain && r.len == 10 && !r.utf16 && !r.nuls && !r.binary);
    /* A zero-filled tail: NULs on both sides of the pairs, dropped. */
    utf8_fix_nuls(a, "ab\ncd\0\0\0\0\0\0", 11, &r);
    OK(!r.utf16 && !r.binary);
    INT_EQ(r.nuls, 6);
    INT_EQ(r.first_nul, 5);
    OK(r.len == 5 && memcmp(r.text, "ab\ncd", 5) == 0);
    /* UTF-16 without a BOM, both ways, odd length (the last byte lost). */
    utf8_fix_nuls(a, "h\0i\0 \0t\0h\0e\0r\0e\0!", 17, &r);
    INT_EQ(r.utf16, 'L');
    OK(!r.bom && !r.nuls);
    STR_EQ(r.text, "hi there");
    utf8_fix_nuls(a, "\0h\0i\0 \0t\0h\0e\0r\0e", 16, &r);
    INT_EQ(r.utf16, 'B');
    STR_EQ(r.text, "hi there");
    /* With a BOM, even short; a NUL character in it is dropped. */
    utf8_fix_nuls(a, "\xff\xfeh\0\0\0i\0", 8, &r);
    OK(r.utf16 == 'L' && r.bom);
    INT_EQ(r.nuls, 1);
    STR_EQ(r.text, "hi");
    /* Too few NULs to say UTF-16: stray bytes, dropped. */
    utf8_fix_nuls(a, "ab\0cdefgh", 9, &r);
    OK(!r.utf16 && !r.binary);
    INT_EQ(r.nuls, 1);
    /* NULs among other control bytes: binary, at the first NUL. */
    utf8_fix_nuls(a, "PNG\r\n\x1a\n\0\0\0\rIHDR\x01\x02\x03", 18, &r);
    OK(r.binary);
    INT_EQ(r.binary_at, 7);
    arena_free(a);
}

TEST(diag_format_and_sort)
{
    arena *a = arena_new();
    diag_list d;
    diag_init(&d, a);
    diag_warn(&d, "b.yaml", 3, 1, "later");
    diag_error(&d, "a.yaml", 12, 7, "article not found: %s", "articles/foo.md");
    diag_note(&d, NULL, 0, 0, "general");
    INT_EQ(d.errors, 1);
    INT_EQ(d.warnings, 1);
    diag_sort(&d);
    STR_EQ(diag_format(a, &d.items[0]), "sheaf: note: general");
    STR_EQ(diag_format(a, &d.items[1]),
           "a.yaml:12:7: error: article not found: articles/foo.md");
    STR_EQ(diag_format(a, &d.items[2]), "b.yaml:3:1: warning: later");
    /* the same words at the same place, said by two stages, print once;
       other words there, or the same words elsewhere, stay */
    diag_warn(&d, "b.yaml", 3, 1, "other");
    diag_warn(&d, "b.yaml", 3, 1, "later");
    diag_warn(&d, "b.yaml", 3, 2, "later");
    diag_error(&d, "b.yaml", 3, 1, "later");
    diag_sort(&d);
    INT_EQ(d.count, 6);
    INT_EQ(d.warnings, 3);
    INT_EQ(d.errors, 2);
    STR_EQ(diag_format(a, &d.items[3]), "b.yaml:3:1: warning: other");
    STR_EQ(diag_format(a, &d.items[4]), "b.yaml:3:1: error: later");
    STR_EQ(diag_format(a, &d.items[5]), "b.yaml:3:2: warning: later");
    /* a stage run twice (a page set again) forgets its second say */
    diag_mark m = diag_here(&d);
    diag_warn(&d, "c.md", 1, 1, "again");
    diag_error(&d, "c.md", 2, 1, "again");
    INT_EQ(d.count, 8);
    diag_rewind(&d, m);
    INT_EQ(d.count, 6);
    INT_EQ(d.warnings, 3);
    INT_EQ(d.errors, 2);
    diag_cleanup(&d);
    arena_free(a);
}

TEST(fs_paths)
{
    arena *a = arena_new();
    STR_EQ(fs_dirname(a, "a/b/c.txt"), "a/b");
    STR_EQ(fs_dirname(a, "c.txt"), ".");
    STR_EQ(fs_basename("a/b/c.txt"), "c.txt");
    STR_EQ(fs_extension("a/b.x/c.tar.gz"), "gz");
    STR_EQ(fs_extension("a/.hidden"), "");
    STR_EQ(fs_join(a, "a/", "b"), "a/b");
    STR_EQ(fs_join(a, ".", "b"), "b");
    STR_EQ(fs_join(a, "a", "/abs"), "/abs");
    /* relative URLs as file paths: escapes decoded, query and fragment
       dropped, an encoded NUL left as written, a cut escape kept */
    STR_EQ(fs_url_path(a, "my%20photo.jpg?w=200#top"), "my photo.jpg");
    STR_EQ(fs_url_path(a, "img/caf%C3%A9.png"), "img/caf\xC3\xA9.png");
    STR_EQ(fs_url_path(a, "a.png%00.jpg"), "a.png%00.jpg");
    STR_EQ(fs_url_path(a, "100%25"), "100%");
    STR_EQ(fs_url_path(a, "x%2"), "x%2");
    STR_EQ(fs_url_path(a, "#only"), "");
    OK(fs_is_inside("/tmp", "/tmp/x/../y"));
    OK(!fs_is_inside("/tmp", "/tmp/../etc/passwd"));
    OK(!fs_is_inside("/tmp/ab", "/tmp/abc"));
    arena_free(a);
}

TEST(cp_width)
{
    INT_EQ(utf8_cp_width('a'), 1);
    INT_EQ(utf8_cp_width(0xE9), 1);    /* é */
    INT_EQ(utf8_cp_width(0x6771), 2);  /* 東 */
    INT_EQ(utf8_cp_width(0x30B9), 2);  /* ス */
    INT_EQ(utf8_cp_width(0xAE40), 2);  /* 김 */
    INT_EQ(utf8_cp_width(0xFF21), 2);  /* fullwidth A */
    INT_EQ(utf8_cp_width(0x3000), 2);  /* ideographic space */
    INT_EQ(utf8_cp_width(0x200B), 0);
    INT_EQ(utf8_cp_width(0x0301), 0);  /* combining acute */
    INT_EQ(utf8_cp_width(0x1F600), 2); /* 😀 */
    INT_EQ(utf8_cp_width(0x0416), 1);  /* Ж */
}

TEST(base64)
{
    unsigned char out[64];
    size_t n = b64_decode("aGVsbG8gd29ybGQ=", 16, out);
    INT_EQ(n, 11);
    OK(n == 11 && memcmp(out, "hello world", 11) == 0);
    /* white space skipped, URL-safe letters, no padding */
    n = b64_decode("  +/-_\n AA", 10, out);
    INT_EQ(n, 4);
    OK(n == 4 && out[0] == 0xFB && out[1] == 0xFF && out[2] == 0xBF && out[3] == 0);
    OK(b64_decode("ab*d", 4, out) == SIZE_MAX);
    INT_EQ(b64_decode("", 0, out), 0);
    const char *d;
    size_t dn;
    INT_EQ(b64_data_uri("data:image/gif;base64,R0lG", &d, &dn), 0);
    STR_EQ(d, "R0lG");
    INT_EQ(dn, 4);
    INT_EQ(b64_data_uri("DATA:image/png;BASE64,", &d, &dn), 0);
    INT_EQ(dn, 0);
    OK(b64_data_uri("data:image/svg+xml,<svg/>", &d, &dn) == -1);
    OK(b64_data_uri("images/a.png", &d, &dn) == -1);
    OK(b64_data_uri("data:,base64", &d, &dn) == -1);
    /* encoding: each padding length, and back */
    char enc[32];
    INT_EQ(b64_encode((const unsigned char *)"hello world", 11, enc), 16);
    STR_EQ(enc, "aGVsbG8gd29ybGQ=");
    b64_encode((const unsigned char *)"ab", 2, enc);
    STR_EQ(enc, "YWI=");
    b64_encode((const unsigned char *)"abc", 3, enc);
    STR_EQ(enc, "YWJj");
    INT_EQ(b64_encode((const unsigned char *)"", 0, enc), 0);
    const unsigned char bin[] = {0xFB, 0xFF, 0xBF, 0x00, 0x80};
    b64_encode(bin, sizeof bin, enc);
    n = b64_decode(enc, strlen(enc), out);
    OK(n == sizeof bin && memcmp(out, bin, sizeof bin) == 0);
}

int
main(void)
{
    RUN(arena_basics);
    RUN(buf_cap);
    RUN(utf8_decode_rules);
    RUN(utf8_conversion);
    RUN(utf8_nuls);
    RUN(diag_format_and_sort);
    RUN(fs_paths);
    RUN(cp_width);
    RUN(base64);
    return test_report();
}
