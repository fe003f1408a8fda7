/*
 * fs.h - file system helpers: capped reads, path handling, containment
 * checks and atomic writes (temporary file + rename).
 */
#ifndef SHEAF_FS_H
#define SHEAF_FS_H

#include <stdbool.h>
#include <sys/types.h>
#include <stddef.h>
#include <stdint.h>
#include <time.h>

#include "arena.h"
#include "diag.h"

/** Largest input file we read: bigger files are refused with a diagnostic. */
#define FS_MAX_INPUT (64u * 1024u * 1024u)

/**
 * Read a whole regular file into the arena (NUL-terminated). Refuses
 * directories, FIFOs, devices and files over `max` bytes, recording an error
 * against `pos_file:line:col` (the manifest entry that named it, or the file
 * itself when pos_file is NULL). Returns 0 or -1.
 */
int fs_read_file(arena *a, diag_list *d, const char *path, size_t max, char **data,
                 size_t *len, const char *pos_file, uint32_t line, uint32_t col);

/** dirname/basename/extension, allocated in the arena ("." for no dir). */
char *fs_dirname(arena *a, const char *path);
const char *fs_basename(const char *path);
const char *fs_extension(const char *path); /* "" when none; no dot */

/**
 * The file path a relative URL names: %XX escapes decoded ("my%20photo.jpg"),
 * the query and fragment dropped. %00 stays as written: a NUL would cut the
 * path short and name another file.
 */
char *fs_url_path(arena *a, const char *url);

/** Join dir and rel; rel is returned as is when absolute. */
char *fs_join(arena *a, const char *dir, const char *rel);

/** True when `path` exists and is a directory / a regular file. */
bool fs_is_dir(const char *path);
bool fs_is_file(const char *path);

/** Modification time, or 0 when the file cannot be stat'ed. */
time_t fs_mtime(const char *path);

/**
 * True when `path` resolves (symlinks followed) to a place inside `root`.
 * A path that does not exist is judged by its lexical form.
 */
bool fs_is_inside(const char *root, const char *path);

/** mkdir -p. Returns 0 or -1 (errno set). */
int fs_mkdirs(const char *path);

/**
 * Write bytes atomically: to a temporary file beside `path`, fsync'd, then
 * renamed over it. On failure nothing at `path` changes and no temporary is
 * left. Returns 0, or -1 with an error recorded.
 */
int fs_write_atomic(diag_list *d, const char *path, const void *data, size_t len);

/** Read up to n bytes from fd, retrying after signals: returns the bytes
 *  read (fewer only at end of file), or -1 on an error (errno set). */
ssize_t fs_read_fd(int fd, void *p, size_t n);

/** Write all n bytes to fd, retrying after signals: 0, or -1 (errno set). */
int fs_write_fd(int fd, const void *p, size_t n);

/** A temporary name beside `path` (for writers that stream to a file). */
char *fs_temp_name(arena *a, const char *path);

#endif
