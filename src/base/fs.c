/*
 * fs.c - POSIX file helpers. Reads go through open+fstat so the file we
 * check is the file we read (no stat/open race), and O_NONBLOCK keeps a
 * FIFO named as an article from hanging the build.
 */
#include "fs.h"

#include <ctype.h>
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int
fs_read_file(arena *a, diag_list *d, const char *path, size_t max, char **data,
             size_t *len, const char *pos_file, uint32_t line, uint32_t col)
{
    const char *where = pos_file ? pos_file : path;
    uint32_t wl = pos_file ? line : 0, wc = pos_file ? col : 0;
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno == ENOENT)
            diag_error(d, where, wl, wc, "file not found: %s", path);
        else
            diag_error(d, where, wl, wc, "cannot open %s: %s", path, strerror(errno));
        return -1;
    }
    struct stat st;
    if (fstat(fd, &st) < 0) {
        diag_error(d, where, wl, wc, "cannot stat %s: %s", path, strerror(errno));
        close(fd);
        return -1;
    }
    if (S_ISDIR(st.st_mode)) {
        diag_error(d, where, wl, wc, "%s is a directory, not a file", path);
        close(fd);
        return -1;
    }
    if (!S_ISREG(st.st_mode)) {
        diag_error(d, where, wl, wc, "%s is not a regular file (FIFO, device or socket)",
                   path);
        close(fd);
        return -1;
    }
    if ((uint64_t)st.st_size > max) {
        diag_error(d, where, wl, wc, "%s is too large (%lld bytes; the limit is %zu MB)",
                   path, (long long)st.st_size, max / (1024 * 1024));
        close(fd);
        return -1;
    }
    size_t size = (size_t)st.st_size;
    char *p = arena_alloc(a, size + 1);
    ssize_t r = fs_read_fd(fd, p, size); /* a file that shrank gives what is there */
    if (r < 0) {
        diag_error(d, where, wl, wc, "cannot read %s: %s", path, strerror(errno));
        close(fd);
        return -1;
    }
    size_t got = (size_t)r;
    close(fd);
    p[got] = '\0';
    *data = p;
    *len = got;
    return 0;
}

char *
fs_dirname(arena *a, const char *path)
{
    const char *slash = strrchr(path, '/');
    if (!slash)
        return arena_strdup(a, ".");
    if (slash == path)
        return arena_strdup(a, "/");
    return arena_strndup(a, path, (size_t)(slash - path));
}

const char *
fs_basename(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

const char *
fs_extension(const char *path)
{
    const char *base = fs_basename(path);
    const char *dot = strrchr(base, '.');
    return (dot && dot != base) ? dot + 1 : "";
}

char *
fs_url_path(arena *a, const char *url)
{
    size_t len = strcspn(url, "?#");
    char *out = arena_alloc(a, len + 1);
    size_t n = 0;
    for (size_t i = 0; i < len; i++) {
        if (url[i] == '%' && i + 2 < len && isxdigit((unsigned char)url[i + 1]) &&
            isxdigit((unsigned char)url[i + 2]) && (url[i + 1] != '0' || url[i + 2] != '0')) {
            char hex[3] = {url[i + 1], url[i + 2], 0};
            out[n++] = (char)strtol(hex, NULL, 16);
            i += 2;
        } else {
            out[n++] = url[i];
        }
    }
    out[n] = '\0';
    return out;
}

char *
fs_join(arena *a, const char *dir, const char *rel)
{
    if (rel[0] == '/' || !dir || !dir[0] || strcmp(dir, ".") == 0)
        return arena_strdup(a, rel);
    size_t n = strlen(dir);
    return arena_printf(a, "%s%s%s", dir, dir[n - 1] == '/' ? "" : "/", rel);
}

bool
fs_is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

bool
fs_is_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

time_t
fs_mtime(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 ? st.st_mtime : 0;
}

/* Lexically normalise an absolute path: drop ".", "//", resolve "..". */
static void
normalize_abs(char *p)
{
    char *out = p, *in = p;
    while (*in) {
        while (*in == '/')
            in++;
        if (!*in)
            break;
        char *seg = in;
        while (*in && *in != '/')
            in++;
        size_t n = (size_t)(in - seg);
        if (n == 1 && seg[0] == '.')
            continue;
        if (n == 2 && seg[0] == '.' && seg[1] == '.') {
            while (out > p && *--out != '/')
                ;
            continue;
        }
        *out++ = '/';
        memmove(out, seg, n);
        out += n;
    }
    if (out == p)
        *out++ = '/';
    *out = '\0';
}

static char *
absolute(const char *path)
{
    char *r = realpath(path, NULL);
    if (r)
        return r;
    char cwd[PATH_MAX];
    if (path[0] != '/' && getcwd(cwd, sizeof(cwd))) {
        size_t n = strlen(cwd) + strlen(path) + 2;
        char *p = xmalloc(n);
        snprintf(p, n, "%s/%s", cwd, path);
        normalize_abs(p);
        return p;
    }
    char *p = xstrdup(path);
    normalize_abs(p);
    return p;
}

bool
fs_is_inside(const char *root, const char *path)
{
    char *r = absolute(root);
    char *p = absolute(path);
    size_t n = strlen(r);
    bool inside = strncmp(r, p, n) == 0 && (p[n] == '/' || p[n] == '\0' ||
                                            (n == 1 && r[0] == '/'));
    free(r);
    free(p);
    return inside;
}

int
fs_mkdirs(const char *path)
{
    char tmp[PATH_MAX];
    size_t n = strlen(path);
    if (n == 0 || n >= sizeof(tmp)) {
        errno = ENAMETOOLONG;
        return -1;
    }
    memcpy(tmp, path, n + 1);
    for (char *p = tmp + 1; *p; p++) {
        if (*p == '/') {
            *p = '\0';
            if (mkdir(tmp, 0777) < 0 && errno != EEXIST)
                return -1;
            *p = '/';
        }
    }
    if (mkdir(tmp, 0777) < 0 && errno != EEXIST)
        return -1;
    return fs_is_dir(tmp) ? 0 : -1;
}

char *
fs_temp_name(arena *a, const char *path)
{
    /* Beside the target so rename() stays on one file system. */
    return arena_printf(a, "%s.part%ld", path, (long)getpid());
}

int
fs_write_atomic(diag_list *d, const char *path, const void *data, size_t len)
{
    char tmp[PATH_MAX];
    if (snprintf(tmp, sizeof(tmp), "%s.part%ld", path, (long)getpid()) >= (int)sizeof(tmp)) {
        diag_error(d, path, 0, 0, "output path too long");
        return -1;
    }
    /* Same naming as fs_temp_name. */
    int fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
    if (fd < 0) {
        diag_error(d, path, 0, 0, "cannot write: %s", strerror(errno));
        return -1;
    }
    if (fs_write_fd(fd, data, len) < 0) {
        diag_error(d, path, 0, 0, "cannot write: %s", strerror(errno));
        close(fd);
        unlink(tmp);
        return -1;
    }
    if (fsync(fd) < 0 || close(fd) < 0) {
        diag_error(d, path, 0, 0, "cannot write: %s", strerror(errno));
        unlink(tmp);
        return -1;
    }
    if (rename(tmp, path) < 0) {
        diag_error(d, path, 0, 0, "cannot rename into place: %s", strerror(errno));
        unlink(tmp);
        return -1;
    }
    return 0;
}

ssize_t
fs_read_fd(int fd, void *p, size_t n)
{
    char *c = p;
    size_t got = 0;
    while (got < n) {
        ssize_t r = read(fd, c + got, n - got);
        if (r < 0 && errno == EINTR)
            continue;
        if (r < 0)
            return -1;
        if (r == 0)
            break;
        got += (size_t)r;
    }
    return (ssize_t)got;
}

int
fs_write_fd(int fd, const void *p, size_t n)
{
    const char *c = p;
    while (n) {
        ssize_t w = write(fd, c, n);
        if (w < 0 && errno == EINTR)
            continue;
        if (w <= 0)
            return -1;
        c += w, n -= (size_t)w;
    }
    return 0;
}
