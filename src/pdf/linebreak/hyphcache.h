/*
 * hyphcache.h - libhyphen dictionaries kept between builds (hyphcache.c).
 */
#ifndef SHEAF_PDF_HYPHCACHE_H
#define SHEAF_PDF_HYPHCACHE_H

#include <hyphen.h>

/**
 * hnj_hyphen_load(path), through the user's cache of built pattern
 * machines: read from it when a machine for this file (name, size, mtime)
 * is there, else loaded and written to it. NULL when the file cannot be
 * loaded. Free with hnj_hyphen_free.
 */
HyphenDict *lb_hyph_cache_load(const char *path);

#endif
