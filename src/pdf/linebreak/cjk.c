/*
 * cjk.c - where Chinese, Japanese and Korean text may break: a small
 * subset of UAX #14 (Unicode line breaking) with strict Japanese kinsoku
 * (JIS X 4051, W3C "Requirements for Japanese Text Layout" §3.1; clreq).
 *
 * Chinese and Japanese text has no spaces: a line may end between any two
 * ideographs, kana or fullwidth forms (UAX #14 class ID), and between such
 * a character and Latin text or Hangul, but never before closing
 * punctuation, small kana, the prolonged sound mark, iteration marks,
 * ! ? , . : ; or an ellipsis (classes CL, CP, NS, CJ taken as NS as in
 * CSS's line-break: strict, EX, IS, IN, PO), and never after opening
 * brackets or a currency sign (OP, PR). Curly quotes count as brackets,
 * as clreq and JLREQ set them (“ ‘ open, ” ’ close), which is what UAX #14
 * 15.1's LB19a does between East Asian characters. Combining marks and
 * variation selectors (CM) cling to the character before them.
 *
 * Korean puts spaces between words, and breaks there: UAX #14 would also
 * allow a break between any two Hangul syllables (H2, H3), but the W3C's
 * "Requirements for Hangul Text Layout" describes breaking at word
 * (eojeol) boundaries as the usual practice, and it keeps a Korean name in
 * a Latin sentence whole; Hangul here is like a Latin letter (CSS's
 * word-break: keep-all).
 *
 * Only pairs with a CJK ("wide") character on at least one side are
 * judged here: between two others the caller's Latin rules stand, so text
 * without CJK characters breaks exactly as before. The table lists the
 * characters these rules name, in code point order, as ranges with their
 * class; it is searched by bisection. libunibreak was not used: Debian's
 * 1.1 implements UAX #14 of Unicode 6, whose LB19 forbids a break on
 * either side of “ ” (Chinese quotes every quotation with them), and it
 * would judge every pair of the paragraph when only pairs touching a CJK
 * character are wanted.
 */
#include "lb.h"

typedef struct cls_range {
    uint32_t lo, hi;
    unsigned char cls;  /* lb_cjk_cls */
    unsigned char wide; /* a CJK character */
} cls_range;

enum { I = LB_CJK_ID, O = LB_CJK_OP, C = LB_CJK_CL, S = LB_CJK_NS,
       P = LB_CJK_PR, G = LB_CJK_GL, M = LB_CJK_CM };

static const cls_range TABLE[] = {
    /* Latin-1 and general punctuation met beside CJK text (not wide) */
    {'!', '!', S, 0}, {'"', '"', G, 0}, {'$', '$', P, 0}, {'%', '%', S, 0},
    {'\'', '\'', G, 0}, {'(', '(', O, 0}, {')', ')', C, 0}, {'+', '+', P, 0},
    {',', '/', S, 0}, /* , - . / : IS, HY, IS, SY */
    {':', ';', S, 0}, {'?', '?', S, 0}, {'[', '[', O, 0}, {'\\', '\\', P, 0},
    {']', ']', C, 0}, {'{', '{', O, 0}, {'}', '}', C, 0},
    {0xA2, 0xA2, S, 0}, {0xA3, 0xA3, P, 0}, {0xA5, 0xA5, P, 0}, {0xAB, 0xAB, G, 0},
    {0xAD, 0xAD, G, 0}, /* soft hyphen: left to the hyphenation rules */
    {0xB0, 0xB0, S, 0}, {0xB1, 0xB1, P, 0}, {0xBB, 0xBB, G, 0},
    {0x0300, 0x036F, M, 0}, {0x1AB0, 0x1AFF, M, 0}, {0x1DC0, 0x1DFF, M, 0},
    {0x200C, 0x200C, M, 0}, {0x200D, 0x200D, G, 0},
    {0x2018, 0x2018, O, 0}, {0x2019, 0x2019, C, 0}, {0x201C, 0x201C, O, 0},
    {0x201D, 0x201D, C, 0}, {0x2024, 0x2026, S, 0}, {0x2030, 0x2037, S, 0},
    {0x203C, 0x203D, S, 0}, {0x2047, 0x2049, S, 0}, {0x2060, 0x2060, G, 0},
    {0x20A0, 0x20CF, P, 0}, {0x20D0, 0x20FF, M, 0}, {0x2103, 0x2103, S, 0},
    {0x2109, 0x2109, S, 0}, {0x2116, 0x2116, P, 0},
    /* CJK radicals, Kangxi radicals, ideographic description */
    {0x2E80, 0x2FFF, I, 1},
    /* CJK symbols and punctuation */
    {0x3001, 0x3002, C, 1}, {0x3003, 0x3004, I, 1}, {0x3005, 0x3005, S, 1},
    {0x3006, 0x3007, I, 1}, {0x3008, 0x3008, O, 1}, {0x3009, 0x3009, C, 1},
    {0x300A, 0x300A, O, 1}, {0x300B, 0x300B, C, 1}, {0x300C, 0x300C, O, 1},
    {0x300D, 0x300D, C, 1}, {0x300E, 0x300E, O, 1}, {0x300F, 0x300F, C, 1},
    {0x3010, 0x3010, O, 1}, {0x3011, 0x3011, C, 1}, {0x3012, 0x3013, I, 1},
    {0x3014, 0x3014, O, 1}, {0x3015, 0x3015, C, 1}, {0x3016, 0x3016, O, 1},
    {0x3017, 0x3017, C, 1}, {0x3018, 0x3018, O, 1}, {0x3019, 0x3019, C, 1},
    {0x301A, 0x301A, O, 1}, {0x301B, 0x301B, C, 1}, {0x301C, 0x301C, S, 1},
    {0x301D, 0x301D, O, 1}, {0x301E, 0x301F, C, 1}, {0x3020, 0x3029, I, 1},
    {0x302A, 0x302F, M, 1}, {0x3030, 0x303A, I, 1}, {0x303B, 0x303C, S, 1},
    {0x303D, 0x303F, I, 1},
    /* hiragana: small kana (CJ) and iteration marks are nonstarters */
    {0x3041, 0x3041, S, 1}, {0x3042, 0x3042, I, 1}, {0x3043, 0x3043, S, 1},
    {0x3044, 0x3044, I, 1}, {0x3045, 0x3045, S, 1}, {0x3046, 0x3046, I, 1},
    {0x3047, 0x3047, S, 1}, {0x3048, 0x3048, I, 1}, {0x3049, 0x3049, S, 1},
    {0x304A, 0x3062, I, 1}, {0x3063, 0x3063, S, 1}, {0x3064, 0x3082, I, 1},
    {0x3083, 0x3083, S, 1}, {0x3084, 0x3084, I, 1}, {0x3085, 0x3085, S, 1},
    {0x3086, 0x3086, I, 1}, {0x3087, 0x3087, S, 1}, {0x3088, 0x308D, I, 1},
    {0x308E, 0x308E, S, 1}, {0x308F, 0x3094, I, 1}, {0x3095, 0x3096, S, 1},
    {0x3099, 0x309A, M, 1}, {0x309B, 0x309E, S, 1}, {0x309F, 0x309F, I, 1},
    /* katakana: likewise, with the middle dot and prolonged sound mark */
    {0x30A0, 0x30A1, S, 1}, {0x30A2, 0x30A2, I, 1}, {0x30A3, 0x30A3, S, 1},
    {0x30A4, 0x30A4, I, 1}, {0x30A5, 0x30A5, S, 1}, {0x30A6, 0x30A6, I, 1},
    {0x30A7, 0x30A7, S, 1}, {0x30A8, 0x30A8, I, 1}, {0x30A9, 0x30A9, S, 1},
    {0x30AA, 0x30C2, I, 1}, {0x30C3, 0x30C3, S, 1}, {0x30C4, 0x30E2, I, 1},
    {0x30E3, 0x30E3, S, 1}, {0x30E4, 0x30E4, I, 1}, {0x30E5, 0x30E5, S, 1},
    {0x30E6, 0x30E6, I, 1}, {0x30E7, 0x30E7, S, 1}, {0x30E8, 0x30ED, I, 1},
    {0x30EE, 0x30EE, S, 1}, {0x30EF, 0x30F4, I, 1}, {0x30F5, 0x30F6, S, 1},
    {0x30F7, 0x30FA, I, 1}, {0x30FB, 0x30FE, S, 1}, {0x30FF, 0x30FF, I, 1},
    /* bopomofo; kanbun, bopomofo extended, strokes; small katakana */
    {0x3100, 0x312F, I, 1}, {0x3190, 0x31EF, I, 1}, {0x31F0, 0x31FF, S, 1},
    /* enclosed and compatibility forms, ideographs (ext. A and the main
       block), Yi, compatibility ideographs */
    {0x3200, 0x4DBF, I, 1}, {0x4E00, 0x9FFF, I, 1}, {0xA000, 0xA4CF, I, 1},
    {0xF900, 0xFAFF, I, 1},
    /* vertical forms */
    {0xFE10, 0xFE10, S, 1}, {0xFE11, 0xFE12, C, 1}, {0xFE13, 0xFE16, S, 1},
    {0xFE17, 0xFE17, O, 1}, {0xFE18, 0xFE18, C, 1}, {0xFE19, 0xFE19, S, 1},
    /* CJK compatibility forms: presentation forms of brackets */
    {0xFE30, 0xFE34, I, 1}, {0xFE35, 0xFE35, O, 1}, {0xFE36, 0xFE36, C, 1},
    {0xFE37, 0xFE37, O, 1}, {0xFE38, 0xFE38, C, 1}, {0xFE39, 0xFE39, O, 1},
    {0xFE3A, 0xFE3A, C, 1}, {0xFE3B, 0xFE3B, O, 1}, {0xFE3C, 0xFE3C, C, 1},
    {0xFE3D, 0xFE3D, O, 1}, {0xFE3E, 0xFE3E, C, 1}, {0xFE3F, 0xFE3F, O, 1},
    {0xFE40, 0xFE40, C, 1}, {0xFE41, 0xFE41, O, 1}, {0xFE42, 0xFE42, C, 1},
    {0xFE43, 0xFE43, O, 1}, {0xFE44, 0xFE44, C, 1}, {0xFE45, 0xFE46, I, 1},
    {0xFE47, 0xFE47, O, 1}, {0xFE48, 0xFE48, C, 1}, {0xFE49, 0xFE4F, I, 1},
    /* small form variants */
    {0xFE50, 0xFE50, C, 1}, {0xFE51, 0xFE51, I, 1}, {0xFE52, 0xFE52, C, 1},
    {0xFE54, 0xFE57, S, 1}, {0xFE58, 0xFE58, I, 1}, {0xFE59, 0xFE59, O, 1},
    {0xFE5A, 0xFE5A, C, 1}, {0xFE5B, 0xFE5B, O, 1}, {0xFE5C, 0xFE5C, C, 1},
    {0xFE5D, 0xFE5D, O, 1}, {0xFE5E, 0xFE5E, C, 1}, {0xFE5F, 0xFE68, I, 1},
    {0xFE69, 0xFE69, P, 1}, {0xFE6A, 0xFE6A, S, 1}, {0xFE6B, 0xFE6B, I, 1},
    /* fullwidth and halfwidth forms */
    {0xFF01, 0xFF01, S, 1}, {0xFF02, 0xFF03, I, 1}, {0xFF04, 0xFF04, P, 1},
    {0xFF05, 0xFF05, S, 1}, {0xFF06, 0xFF07, I, 1}, {0xFF08, 0xFF08, O, 1},
    {0xFF09, 0xFF09, C, 1}, {0xFF0A, 0xFF0B, I, 1}, {0xFF0C, 0xFF0C, C, 1},
    {0xFF0D, 0xFF0D, I, 1}, {0xFF0E, 0xFF0E, C, 1}, {0xFF0F, 0xFF19, I, 1},
    {0xFF1A, 0xFF1B, S, 1}, {0xFF1C, 0xFF1E, I, 1}, {0xFF1F, 0xFF1F, S, 1},
    {0xFF20, 0xFF3A, I, 1}, {0xFF3B, 0xFF3B, O, 1}, {0xFF3C, 0xFF3C, I, 1},
    {0xFF3D, 0xFF3D, C, 1}, {0xFF3E, 0xFF5A, I, 1}, {0xFF5B, 0xFF5B, O, 1},
    {0xFF5C, 0xFF5C, I, 1}, {0xFF5D, 0xFF5D, C, 1}, {0xFF5E, 0xFF5E, I, 1},
    {0xFF5F, 0xFF5F, O, 1}, {0xFF60, 0xFF61, C, 1}, {0xFF62, 0xFF62, O, 1},
    {0xFF63, 0xFF64, C, 1}, {0xFF65, 0xFF65, S, 1}, {0xFF66, 0xFF66, I, 1},
    {0xFF67, 0xFF70, S, 1}, {0xFF71, 0xFF9D, I, 1}, {0xFF9E, 0xFF9F, S, 1},
    {0xFFE0, 0xFFE0, S, 1}, {0xFFE1, 0xFFE1, P, 1},
    {0xFFE2, 0xFFE4, I, 1}, {0xFFE5, 0xFFE6, P, 1},
    /* kana supplement and extensions; ideographs of planes 2 and 3 */
    {0x1B000, 0x1B16F, I, 1}, {0x20000, 0x3FFFD, I, 1},
};

#define N_TABLE (sizeof TABLE / sizeof *TABLE)

static const cls_range *
find(uint32_t c)
{
    size_t lo = 0, hi = N_TABLE;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (c < TABLE[mid].lo)
            hi = mid;
        else if (c > TABLE[mid].hi)
            lo = mid + 1;
        else
            return &TABLE[mid];
    }
    return NULL;
}

lb_cjk_cls
lb_cjk_class(uint32_t c)
{
    const cls_range *r = find(c);
    return r ? (lb_cjk_cls)r->cls : LB_CJK_NONE;
}

bool
lb_cjk_wide(uint32_t c)
{
    if (c < 0x2E80)
        return false;
    const cls_range *r = find(c);
    return r && r->wide;
}

bool
lb_cjk_break(uint32_t a, uint32_t b)
{
    if (!lb_cjk_wide(a) && !lb_cjk_wide(b))
        return false;
    lb_cjk_cls ca = lb_cjk_class(a), cb = lb_cjk_class(b);
    if (ca == LB_CJK_OP || ca == LB_CJK_PR || ca == LB_CJK_GL || ca == LB_CJK_CM)
        return false;
    if (cb == LB_CJK_CL || cb == LB_CJK_NS || cb == LB_CJK_GL || cb == LB_CJK_CM)
        return false;
    return true;
}
