/*
 * disco-sandbox: the small native helper behind disco's engine.
 *
 * Node has no bindings for unshare, pivot_root, wait4 rusage or xattrs, and a shell pipeline of
 * util-linux tools would cost a process per step. This helper enters the sandbox once and then runs
 * every step of a dance on request, so a step costs about what its own bash costs.
 *
 *   disco-sandbox run   --root R --scratch S --share D --repo P --host H [--layer L] [--size BYTES]
 *   disco-sandbox merge UPPER ROOT [EXCLUDE...]
 *   disco-sandbox exec  ROOT LOG COMMAND
 *   disco-sandbox scan  DIR
 *   disco-sandbox save  SRC DST
 *
 * run takes --shell 1 for an interactive bash instead of the request loop, and --restore/--save DIR
 * to start from and keep a scratch between runs (disco shell, then disco diff).
 *
 * run: a supervisor process (private mount namespace, new UTS/IPC/net/PID namespaces) mounts a tmpfs
 * scratch, an overlay (lower: layer + the target root, read-only; upper: the scratch) and forks the
 * sandbox init, which builds /proc, /dev, /sys, /run, /tmp inside, pivots into the overlay, detaches
 * the old root and serves requests read line by line from stdin (tab-separated fields):
 *   X id script log out [K=V...]   run `bash script` (stdout to out, or log when out is "-")
 *   T id script log out dst [K=V...]  X for a template, then (after a clean exit) its output installed at dst
 *   I id src dst                   install the content of src at dst (templates)
 *   C id srcdir                    copy a module's files/ tree onto /
 *   S id [since]                   list the overlay's upper layer (entries changed since a ctime)
 *   K id                           end every process the steps left running (before the last scan)
 * Each answer ends with a line `D id status` (plus rusage fields for X) or `E id message`.
 * The supervisor keeps the scratch alive until fd 3 reaches EOF, so disco can read and merge it.
 *
 * merge: applies an overlay upper directory onto ROOT (chrooted): whiteouts delete, opaque
 * directories replace, modes, owners, xattrs, symlinks, hard links and times are kept.
 */
#define _GNU_SOURCE
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <net/if.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mount.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <sys/xattr.h>
#include <time.h>
#include <linux/audit.h>
#include <linux/capability.h>
#include <linux/openat2.h>
#include <sys/fanotify.h>
#include <linux/filter.h>
#include <linux/seccomp.h>
#include <stddef.h>
#include <unistd.h>

#define PATH_MAX_LEN 4096

/* Inside the sandbox: the native front of the read-only-capable shims (/run/disco/bin/<name> links
 * to it). It is native/disco-shim.c, built first and carried inside this binary by the assembler. */
#define SHIM_FRONT "/run/disco/lib/disco-shim"
#ifndef SHIM_FRONT_FILE
#error "build with -DSHIM_FRONT_FILE='\"path of the built disco-shim\"' (scripts/build.mjs does)"
#endif
__asm__(".section .rodata\n.balign 16\n.global shim_front_start\nshim_front_start:\n.incbin \"" SHIM_FRONT_FILE
        "\"\n.global shim_front_end\nshim_front_end:\n.previous\n");
extern const char shim_front_start[], shim_front_end[];

static void die(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  fputs("disco-sandbox: ", stderr);
  vfprintf(stderr, fmt, ap);
  if (errno) fprintf(stderr, ": %s", strerror(errno));
  fputc('\n', stderr);
  va_end(ap);
  exit(2);
}

static void xmount(const char *src, const char *dst, const char *type, unsigned long flags, const char *data) {
  if (mount(src, dst, type, flags, data) != 0) die("mount %s on %s", type ? type : src, dst);
}

static void bind_ro(const char *src, const char *dst, unsigned long extra) {
  xmount(src, dst, NULL, MS_BIND | MS_REC, NULL);
  xmount(NULL, dst, NULL, MS_BIND | MS_REMOUNT | MS_RDONLY | extra, NULL);
}

static int remove_tree(const char *path);

/* Opens path as a new, empty file of this process's own: whatever a step left at that path (a
 * symlink to /proc/1/mem, a FIFO no one writes) is removed first and never opened. */
static int open_fresh(const char *path) {
  if (unlink(path) != 0 && errno != ENOENT) return -1;
  return open(path, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
}

static void touch(const char *path) {
  int fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0644);
  if (fd >= 0) close(fd);
}

/* ---------- text escaping for the line protocol ---------- */

static void put_escaped(FILE *out, const char *s) {
  for (; *s; s++) {
    switch (*s) {
      case '\\': fputs("\\\\", out); break;
      case '\t': fputs("\\t", out); break;
      case '\n': fputs("\\n", out); break;
      case '\r': fputs("\\r", out); break;
      default: fputc(*s, out);
    }
  }
}

/* ---------- tree copy (files step) ---------- */

static int write_all(int fd, const char *buf, ssize_t len) {
  while (len > 0) {
    ssize_t n = write(fd, buf, len);
    if (n < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    buf += n;
    len -= n;
  }
  return 0;
}

static int copy_fd(int in, int out) {
  char buf[65536];
  ssize_t n;
  while ((n = read(in, buf, sizeof buf)) != 0) {
    if (n < 0) {
      if (errno == EINTR) continue;
      return -1;
    }
    if (write_all(out, buf, n) != 0) return -1;
  }
  return 0;
}

/* Creates the parents of path as root-owned 0755 directories when they are missing. */
static int make_parents(const char *path) {
  char buf[PATH_MAX_LEN];
  snprintf(buf, sizeof buf, "%s", path);
  char *slash = strrchr(buf, '/');
  if (!slash || slash == buf) return 0;
  *slash = 0;
  struct stat st;
  if (stat(buf, &st) == 0) return S_ISDIR(st.st_mode) ? 0 : (errno = ENOTDIR, -1);
  if (make_parents(buf) != 0) return -1;
  if (mkdir(buf, 0755) != 0 && errno != EEXIST) return -1;
  return 0;
}

/* Writes content into dst in place (keeping an existing file's mode and owner, as `>` would). */
static int install_content(int in, const char *dst, mode_t mode_if_new) {
  if (make_parents(dst) != 0) return -1;
  struct stat st;
  if (lstat(dst, &st) == 0 && !S_ISREG(st.st_mode)) {
    if (S_ISDIR(st.st_mode)) return errno = EISDIR, -1;
    if (unlink(dst) != 0) return -1;
  }
  int out = open(dst, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, mode_if_new);
  if (out < 0) return -1;
  int rc = copy_fd(in, out);
  int saved = errno;
  close(out);
  errno = saved;
  return rc;
}

/* Copies src (a directory) onto dst: new directories keep their mode, existing ones are left as
 * they are; files keep their mode and become root-owned; symlinks are copied as links. */
static int copy_tree(const char *src, const char *dst, char *err, size_t errlen) {
  DIR *dir = opendir(src);
  if (!dir) return snprintf(err, errlen, "%s: %s", src, strerror(errno)), -1;
  struct dirent *de;
  int rc = 0;
  while (rc == 0 && (de = readdir(dir))) {
    if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..") || !strcmp(de->d_name, ".gitkeep")) continue;
    char s[PATH_MAX_LEN], d[PATH_MAX_LEN];
    snprintf(s, sizeof s, "%s/%s", src, de->d_name);
    snprintf(d, sizeof d, "%s/%s", strcmp(dst, "/") ? dst : "", de->d_name);
    struct stat st, dt;
    if (lstat(s, &st) != 0) {
      rc = -1;
    } else if (S_ISDIR(st.st_mode)) {
      if (lstat(d, &dt) != 0) {
        if (mkdir(d, st.st_mode & 07777) != 0 || chmod(d, st.st_mode & 07777) != 0 || lchown(d, 0, 0) != 0) rc = -1;
      } else if (!S_ISDIR(dt.st_mode)) {
        errno = ENOTDIR;
        rc = -1;
      }
      if (rc == 0) rc = copy_tree(s, d, err, errlen);
      if (rc != 0 && !err[0]) snprintf(err, errlen, "%s: %s", d, strerror(errno));
      continue;
    } else if (S_ISLNK(st.st_mode)) {
      char target[PATH_MAX_LEN];
      ssize_t n = readlink(s, target, sizeof target - 1);
      if (n < 0) {
        rc = -1;
      } else {
        target[n] = 0;
        if (lstat(d, &dt) == 0 && S_ISDIR(dt.st_mode)) errno = EISDIR, rc = -1;
        else {
          unlink(d);
          if (symlink(target, d) != 0 || lchown(d, 0, 0) != 0) rc = -1;
        }
      }
    } else if (S_ISREG(st.st_mode)) {
      int in = open(s, O_RDONLY | O_CLOEXEC);
      if (in < 0) rc = -1;
      else {
        rc = install_content(in, d, st.st_mode & 07777);
        close(in);
        if (rc == 0 && (chmod(d, st.st_mode & 07777) != 0 || lchown(d, 0, 0) != 0)) rc = -1;
      }
    }
    if (rc != 0 && !err[0]) snprintf(err, errlen, "%s: %s", d, strerror(errno));
  }
  closedir(dir);
  return rc;
}

/* ---------- scan of the upper layer ---------- */

/* One entry: `name` in the directory `dirfd`, listed as `path` (relative to the upper layer). */
static void print_entry(FILE *out, int dirfd, const char *name, const char *path, const struct stat *st) {
  char type = S_ISREG(st->st_mode) ? 'f' : S_ISDIR(st->st_mode) ? 'd' : S_ISLNK(st->st_mode) ? 'l'
            : S_ISCHR(st->st_mode) ? 'c' : S_ISBLK(st->st_mode) ? 'b' : S_ISFIFO(st->st_mode) ? 'p' : 's';
  char proc[64 + PATH_MAX_LEN], link[PATH_MAX_LEN] = "", label[256] = "", opaque[8] = "";
  snprintf(proc, sizeof proc, "/proc/self/fd/%d/%s", dirfd, name);
  if (type == 'l') {
    ssize_t n = readlinkat(dirfd, name, link, sizeof link - 1);
    link[n > 0 ? n : 0] = 0;
  }
  ssize_t n = lgetxattr(proc, "security.selinux", label, sizeof label - 1);
  label[n > 0 ? n : 0] = 0;
  if (n > 0 && label[n - 1] == 0) label[n - 1] = 0;
  if (type == 'd') {
    n = lgetxattr(proc, "trusted.overlay.opaque", opaque, sizeof opaque - 1);
    opaque[n > 0 ? n : 0] = 0;
  }
  fputs("F\t", out);
  put_escaped(out, path);
  fprintf(out, "\t%c\t%o\t%u\t%u\t%lld\t%u:%u\t%lu\t%lu\t%lld.%09ld\t%d\t", type, st->st_mode & 07777, st->st_uid,
          st->st_gid, (long long)st->st_size, major(st->st_rdev), minor(st->st_rdev), (unsigned long)st->st_nlink,
          (unsigned long)st->st_ino, (long long)st->st_ctim.tv_sec, st->st_ctim.tv_nsec, opaque[0] == 'y');
  put_escaped(out, link);
  fputc('\t', out);
  put_escaped(out, label);
  fputc('\n', out);
}

/* Lists the directory `fd` (the upper layer's `rel`, "" for the layer itself; the fd is closed),
 * parents before children; with `since`, only entries whose ctime is not older (a module's
 * changes), though every directory is still walked. Each name is looked up in its own directory:
 * a dance scans the layer after every module, so the walk is kept to one lookup an entry. */
static void known_dir(int fd, const char *rel);

static void scan_dir(FILE *out, int fd, const char *rel, const struct timespec *since) {
  known_dir(fd, rel);
  DIR *dir = fdopendir(fd);
  if (!dir) return (void)close(fd);
  struct dirent *de;
  while ((de = readdir(dir))) {
    if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
    struct stat st;
    if (fstatat(dirfd(dir), de->d_name, &st, AT_SYMLINK_NOFOLLOW) != 0) continue;
    int fresh = !since || st.st_ctim.tv_sec > since->tv_sec ||
                (st.st_ctim.tv_sec == since->tv_sec && st.st_ctim.tv_nsec >= since->tv_nsec);
    if (!fresh && !S_ISDIR(st.st_mode)) continue;
    char path[PATH_MAX_LEN];
    snprintf(path, sizeof path, "%s%s%s", rel, rel[0] ? "/" : "", de->d_name);
    if (fresh) print_entry(out, dirfd(dir), de->d_name, path, &st);
    if (S_ISDIR(st.st_mode)) {
      int sub = openat(dirfd(dir), de->d_name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
      if (sub >= 0) scan_dir(out, sub, path, since);
    }
  }
  closedir(dir);
}

/* ---------- what a module changed: fanotify on the scratch ---------- */

/* After the first module, a module's listing holds what fanotify saw change on the upper layer's
 * filesystem (the scratch tmpfs) since the last listing, rather than a walk of the whole layer: its
 * cost follows the change, not the layer. An event names a directory by its file handle and the
 * entry by name; the handles of the layer's directories are learnt as listings walk them. A
 * directory created or moved in is walked whole. Without fanotify, or when its queue overflowed,
 * the listing walks the whole layer (entries newer than the last listing), as the first one does. */
static int fan_fd = -1; /* -1: not started yet; -2: not available */

struct dir_entry {
  unsigned char key[MAX_HANDLE_SZ + sizeof(int)];
  unsigned keylen;
  char *path;
};
static struct dir_entry *dirs;
static size_t dirs_len, dirs_cap;

static size_t dir_slot(const unsigned char *key, unsigned keylen) {
  size_t h = 1469598103934665603ULL;
  for (unsigned i = 0; i < keylen; i++) h = (h ^ key[i]) * 1099511628211ULL;
  size_t at = h & (dirs_cap - 1);
  while (dirs[at].path && (dirs[at].keylen != keylen || memcmp(dirs[at].key, key, keylen))) at = (at + 1) & (dirs_cap - 1);
  return at;
}

static unsigned dir_key(unsigned char *key, int type, const unsigned char *bytes, unsigned len) {
  if (len > MAX_HANDLE_SZ) return 0;
  memcpy(key, &type, sizeof type);
  memcpy(key + sizeof type, bytes, len);
  return sizeof type + len;
}

/* Remembers where the directory `fd` is in the layer (`rel`), by its file handle. */
static void known_dir(int fd, const char *rel) {
  if (fan_fd < 0) return;
  struct {
    struct file_handle fh;
    unsigned char bytes[MAX_HANDLE_SZ];
  } h = {.fh.handle_bytes = MAX_HANDLE_SZ};
  int mount_id;
  if (name_to_handle_at(fd, "", &h.fh, &mount_id, AT_EMPTY_PATH) != 0) return;
  if (2 * (dirs_len + 1) > dirs_cap) {
    struct dir_entry *old = dirs;
    size_t old_cap = dirs_cap;
    dirs_cap = dirs_cap ? dirs_cap * 2 : 1024;
    dirs = calloc(dirs_cap, sizeof *dirs);
    if (!dirs) die("out of memory");
    for (size_t i = 0; i < old_cap; i++)
      if (old[i].path) dirs[dir_slot(old[i].key, old[i].keylen)] = old[i];
    free(old);
  }
  unsigned char key[sizeof dirs->key];
  unsigned keylen = dir_key(key, h.fh.handle_type, h.fh.f_handle, h.fh.handle_bytes);
  if (!keylen) return;
  struct dir_entry *e = &dirs[dir_slot(key, keylen)];
  if (!e->path) {
    memcpy(e->key, key, keylen);
    e->keylen = keylen;
    dirs_len++;
  }
  free(e->path);
  e->path = strdup(rel);
}

static const char *dir_path(int type, const unsigned char *bytes, unsigned len) {
  unsigned char key[sizeof dirs->key];
  unsigned keylen = dir_key(key, type, bytes, len);
  if (!dirs || !keylen) return NULL;
  return dirs[dir_slot(key, keylen)].path;
}

static void fan_start(int layerfd) {
  fan_fd = fanotify_init(FAN_CLASS_NOTIF | FAN_REPORT_DFID_NAME | FAN_NONBLOCK | FAN_CLOEXEC, O_RDONLY | O_CLOEXEC);
  if (fan_fd < 0) return (void)(fan_fd = -2);
  if (fanotify_mark(fan_fd, FAN_MARK_ADD | FAN_MARK_FILESYSTEM,
                    FAN_MODIFY | FAN_ATTRIB | FAN_CREATE | FAN_DELETE | FAN_MOVED_FROM | FAN_MOVED_TO | FAN_ONDIR, layerfd, ".") != 0) {
    close(fan_fd);
    fan_fd = -2;
  }
}

/* Lists `path` (a name in a directory of the layer) as it is now, and all under it if `whole`. */
static void list_changed(FILE *out, int layerfd, const char *path, int whole) {
  const char *slash = strrchr(path, '/');
  char parent[PATH_MAX_LEN];
  snprintf(parent, sizeof parent, "%.*s", slash ? (int)(slash - path) : 0, path);
  const char *name = slash ? slash + 1 : path;
  /* Steps may have put a symlink where a directory was: no link is followed, nothing outside. */
  struct open_how how = {.flags = O_RDONLY | O_DIRECTORY | O_CLOEXEC, .resolve = RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS};
  int pfd = (int)syscall(SYS_openat2, layerfd, parent[0] ? parent : ".", &how, sizeof how);
  if (pfd < 0) return;
  struct stat st;
  if (fstatat(pfd, name, &st, AT_SYMLINK_NOFOLLOW) == 0) {
    print_entry(out, pfd, name, path, &st);
    int sub = whole && S_ISDIR(st.st_mode) ? openat(pfd, name, O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW) : -1;
    if (sub >= 0) scan_dir(out, sub, path, NULL);
  }
  close(pfd);
}

/* Lists what the queued events name; 0 when they cannot say it all (the queue overflowed). */
static int list_events(FILE *out, int layerfd) {
  static char buf[65536] __attribute__((aligned(8)));
  int complete = 1;
  for (;;) {
    ssize_t n = read(fan_fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return (n < 0 && errno == EAGAIN) ? complete : 0;
    for (struct fanotify_event_metadata *m = (void *)buf; FAN_EVENT_OK(m, n); m = FAN_EVENT_NEXT(m, n)) {
      if (m->mask & FAN_Q_OVERFLOW) complete = 0;
      struct fanotify_event_info_fid *fid = (void *)(m + 1);
      if (!complete || m->event_len < sizeof *m + sizeof *fid + sizeof(struct file_handle) ||
          fid->hdr.info_type != FAN_EVENT_INFO_TYPE_DFID_NAME)
        continue;
      struct file_handle *fh = (void *)fid->handle;
      /* A directory not seen yet is the overlay's work directory, or one new since the last
       * listing, which the event of its own creation (or move) lists whole. */
      const char *dir = dir_path(fh->handle_type, fh->f_handle, fh->handle_bytes);
      if (!dir) continue;
      const char *name = (const char *)fh->f_handle + fh->handle_bytes;
      char path[PATH_MAX_LEN];
      if (!strcmp(name, ".")) snprintf(path, sizeof path, "%s", dir);
      else snprintf(path, sizeof path, "%s%s%s", dir, dir[0] ? "/" : "", name);
      if (path[0]) list_changed(out, layerfd, path, (m->mask & (FAN_CREATE | FAN_MOVED_TO)) != 0);
    }
  }
}

/* Lists the upper layer `layerfd` (any fd of the directory, O_PATH included): with `since`, what
 * changed since the last listing; without, all of it. */
static void scan_layer(FILE *out, int layerfd, const struct timespec *since) {
  if (since && fan_fd >= 0 && list_events(out, layerfd)) return;
  /* Marked before the walk: what changes during it is in the next listing's events. */
  if (since && fan_fd == -1) fan_start(layerfd);
  int fd = openat(layerfd, ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd >= 0) scan_dir(out, fd, "", since);
}

/* ---------- raw copy of an upper layer (persistent shells) ---------- */

/* Hard links within a copied tree stay hard links: the first copy of an inode is linked again. */
static struct {
  dev_t dev;
  ino_t ino;
  char path[PATH_MAX_LEN];
} *raw_links;
static size_t raw_links_len, raw_links_cap;

static int raw_link_seen(const struct stat *st, const char *dst) {
  for (size_t i = 0; i < raw_links_len; i++) {
    if (raw_links[i].dev == st->st_dev && raw_links[i].ino == st->st_ino) return link(raw_links[i].path, dst) == 0;
  }
  if (raw_links_len == raw_links_cap) {
    raw_links_cap = raw_links_cap ? raw_links_cap * 2 : 64;
    raw_links = realloc(raw_links, raw_links_cap * sizeof *raw_links);
  }
  raw_links[raw_links_len].dev = st->st_dev;
  raw_links[raw_links_len].ino = st->st_ino;
  snprintf(raw_links[raw_links_len++].path, PATH_MAX_LEN, "%s", dst);
  return 0;
}

/* Copies a tree exactly: devices (whiteouts), owners, modes, times and every xattr, trusted.overlay.*
 * included, so a saved upper layer can be restored as it was. Runs in the supervisor (host paths). */
static int raw_copy(const char *src, const char *dst) {
  struct stat st;
  if (lstat(src, &st) != 0) return -1;
  int rc = 0;
  if (S_ISDIR(st.st_mode)) {
    if (mkdir(dst, 0700) != 0 && errno != EEXIST) return -1;
    DIR *dir = opendir(src);
    if (!dir) return -1;
    struct dirent *de;
    while (rc == 0 && (de = readdir(dir))) {
      if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
      char s2[PATH_MAX_LEN], d2[PATH_MAX_LEN];
      snprintf(s2, sizeof s2, "%s/%s", src, de->d_name);
      snprintf(d2, sizeof d2, "%s/%s", dst, de->d_name);
      rc = raw_copy(s2, d2);
    }
    closedir(dir);
  } else if (S_ISREG(st.st_mode) && st.st_nlink > 1 && raw_link_seen(&st, dst)) {
    return 0;
  } else if (S_ISREG(st.st_mode)) {
    int in = open(src, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    int out = in < 0 ? -1 : open(dst, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0600);
    rc = (in < 0 || out < 0) ? -1 : copy_fd(in, out);
    if (in >= 0) close(in);
    if (out >= 0) close(out);
  } else if (S_ISLNK(st.st_mode)) {
    char target[PATH_MAX_LEN];
    ssize_t n = readlink(src, target, sizeof target - 1);
    if (n < 0) return -1;
    target[n] = 0;
    rc = symlink(target, dst);
  } else {
    rc = mknod(dst, st.st_mode, st.st_rdev);
  }
  if (rc != 0) return rc;
  char names[8192], value[65536];
  ssize_t n = llistxattr(src, names, sizeof names);
  for (ssize_t i = 0; n > 0 && i < n; i += strlen(names + i) + 1) {
    ssize_t v = lgetxattr(src, names + i, value, sizeof value);
    if (v >= 0) lsetxattr(dst, names + i, value, v, 0);
  }
  if (lchown(dst, st.st_uid, st.st_gid) != 0) return -1;
  if (!S_ISLNK(st.st_mode) && chmod(dst, st.st_mode & 07777) != 0) return -1;
  struct timespec ts[2] = {st.st_atim, st.st_mtim};
  return utimensat(AT_FDCWD, dst, ts, AT_SYMLINK_NOFOLLOW);
}

/* ---------- the sandbox init: request loop ---------- */

static char **base_env;
static int base_env_len;

static void reap_orphans(void) {
  while (waitpid(-1, NULL, WNOHANG) > 0) {
  }
}

static double tv_sec(struct timeval tv) { return tv.tv_sec + tv.tv_usec / 1e6; }

/* Limits of every step: the tail of its output kept (bytes), its wall time (seconds, 0 = none), and
 * the largest file a template may print. Set by `run --output-cap/--step-timeout`. */
static size_t output_cap = 256 * 1024;
static double step_timeout;
static int oom_events_fd = -1, pids_events_fd = -1;

/* A counter from a cgroup events file (`oom_kill N` in memory.events or memory.oom_control,
 * `max N` in pids.events), -1 when unknown. */
static long cgroup_count(int fd, const char *key) {
  char buf[1024];
  if (fd < 0) return -1;
  ssize_t n = pread(fd, buf, sizeof buf - 1, 0);
  if (n <= 0) return -1;
  buf[n] = 0;
  char *p = strstr(buf, key);
  return p ? atol(p + strlen(key)) : -1;
}

static long oom_kills(void) { return cgroup_count(oom_events_fd, "oom_kill "); }
static long pids_refused(void) { return cgroup_count(pids_events_fd, "max "); }

/* Keeps the last `output_cap` bytes written to it, and how many were written in all. */
struct ring {
  char *buf;
  size_t start, len, total;
};

static void ring_put(struct ring *r, const char *data, size_t n) {
  r->total += n;
  if (n >= output_cap) {
    memcpy(r->buf, data + n - output_cap, output_cap);
    r->start = 0, r->len = output_cap;
    return;
  }
  for (size_t i = 0; i < n; i++) {
    size_t at = (r->start + r->len) % output_cap;
    r->buf[at] = data[i];
    if (r->len < output_cap) r->len++;
    else r->start = (r->start + 1) % output_cap;
  }
}

static void ring_write(struct ring *r, int fd) {
  if (r->total > r->len) dprintf(fd, "(output cut: the last %zu of %zu bytes)\n", r->len, r->total);
  size_t first = r->start + r->len > output_cap ? output_cap - r->start : r->len;
  if (write_all(fd, r->buf + r->start, first) == 0) write_all(fd, r->buf, r->len - first);
}

/* Answers to disco are written as steps end but sent in batches: a write that wakes disco costs
 * more than many a step's own bookkeeping. They go out before this process waits for a request,
 * before any request but a step's, and at most ANSWER_DELAY_MS after the oldest was written (a long
 * step does not hold back the answers of the short ones before it). */
#define ANSWER_DELAY_MS 20
static FILE *answers;
static int answers_pending;
static struct timespec answers_since;

static void answer_written(void) {
  if (answers_pending) return;
  answers_pending = 1;
  clock_gettime(CLOCK_MONOTONIC, &answers_since);
}

static void flush_answers(void) {
  if (!answers_pending) return;
  answers_pending = 0;
  fflush(answers);
}

/* Milliseconds until the pending answers are due (flushing them when they are), -1 for none. */
static int answers_due_ms(void) {
  if (!answers_pending) return -1;
  struct timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  double waited = (now.tv_sec - answers_since.tv_sec) * 1e3 + (now.tv_nsec - answers_since.tv_nsec) / 1e6;
  if (waited < ANSWER_DELAY_MS) return (int)(ANSWER_DELAY_MS - waited) + 1;
  flush_answers();
  return -1;
}

/* Reads the step's output until it exits (its pidfd turns readable) or its time is up. Background
 * processes it left holding the pipe do not keep the step running. Returns 1 on timeout. */
static int collect_output(int rd, int pidfd, struct ring *ring, const struct timespec *t0) {
  char buf[65536];
  /* poll ignores a negative fd: the pipe's slot goes to -1 once every writer has closed it. */
  struct pollfd fds[2] = {{rd, POLLIN, 0}, {pidfd, POLLIN, 0}};
  for (;;) {
    int wait_ms = -1;
    if (step_timeout > 0) {
      struct timespec now;
      clock_gettime(CLOCK_MONOTONIC, &now);
      double left = step_timeout - ((now.tv_sec - t0->tv_sec) + (now.tv_nsec - t0->tv_nsec) / 1e9);
      if (left <= 0) return 1;
      wait_ms = (int)(left * 1000) + 1;
    }
    int due = answers_due_ms();
    if (due >= 0 && (wait_ms < 0 || due < wait_ms)) wait_ms = due;
    int n = poll(fds, 2, wait_ms);
    if (n <= 0) continue;
    if (fds[0].revents) {
      ssize_t got = read(rd, buf, sizeof buf);
      if (got > 0) ring_put(ring, buf, got);
      else if (got == 0 || errno != EINTR) fds[0].fd = -1;
    }
    if (fds[1].revents) {
      ssize_t got;
      fcntl(rd, F_SETFL, O_NONBLOCK);
      while ((got = read(rd, buf, sizeof buf)) > 0) ring_put(ring, buf, got);
      return 0;
    }
  }
}

/* ---------- confinement of the steps ---------- */

/* The capabilities of a step's root (its bounding, permitted and effective sets), set by
 * drop_capabilities; once it has run, every process the init forks is a step. */
static uint64_t step_caps, init_caps;
static int confine_children;

static int set_caps(uint64_t effective, uint64_t permitted) {
  struct __user_cap_header_struct hdr = {_LINUX_CAPABILITY_VERSION_3, 0};
  struct __user_cap_data_struct data[2];
  memset(data, 0, sizeof data); /* inheritable: none */
  data[0].effective = (uint32_t)effective;
  data[1].effective = (uint32_t)(effective >> 32);
  data[0].permitted = (uint32_t)permitted;
  data[1].permitted = (uint32_t)(permitted >> 32);
  return (int)syscall(SYS_capset, &hdr, data);
}

#ifndef CLOSE_RANGE_CLOEXEC
#define CLOSE_RANGE_CLOEXEC (1U << 2)
#endif

/* First thing in every process the init forks: a step's capabilities only (the init's own are not
 * a step's between fork and exec either), and none of the init's descriptors beyond 0-2 (the line
 * protocol to disco, the supervisor's pipe) survive the exec. */
static void confine_step(void) {
  if (!confine_children) return;
  if (set_caps(step_caps, step_caps) != 0) _exit(126);
#ifdef SYS_close_range
  if (syscall(SYS_close_range, 3, ~0U, CLOSE_RANGE_CLOEXEC) == 0) return;
#endif
  for (int fd = 3; fd < 65536; fd++) fcntl(fd, F_SETFD, FD_CLOEXEC);
}

/* Runs bash with args in a new session (stdout to out_path, or with stderr to the output pipe when
 * "-"), waits for it with wait4 and prints `D id exit signal rusage… reason outbytes`: reason is
 * 0 (none), 1 (timed out), 2 (memory limit), 3 (process limit refused a fork). `chroot_to` moves the child into a root first. */
static int install_output(const char *src, const char *dst, char *err, size_t errlen);

static void run_bash(FILE *out, const char *id, char **args, const char *log, const char *out_path, char **extra_env,
                     int n_extra, const char *chroot_to, const char *install_to) {
  struct timespec t0, t1;
  int pipefd[2];
  if (pipe2(pipefd, O_CLOEXEC) != 0) pipefd[0] = pipefd[1] = -1;
  long oom_before = oom_kills(), pids_before = pids_refused();
  clock_gettime(CLOCK_MONOTONIC, &t0);
  pid_t pid = fork();
  if (pid == 0) {
    confine_step();
    setsid();
    signal(SIGPIPE, SIG_DFL);
    signal(SIGHUP, SIG_DFL);
    int in = open("/dev/null", O_RDONLY | O_CLOEXEC);
    int so = strcmp(out_path, "-") ? open_fresh(out_path) : pipefd[1];
    if (in < 0 || so < 0 || pipefd[1] < 0) _exit(126);
    if (strcmp(out_path, "-")) {
      struct rlimit fsize = {1UL << 30, 1UL << 30};
      setrlimit(RLIMIT_FSIZE, &fsize);
    }
    dup2(in, 0);
    dup2(so, 1);
    dup2(pipefd[1], 2);
    if (chroot_to && strcmp(chroot_to, "/") && chroot(chroot_to) != 0) _exit(126);
    if (chdir("/") != 0) _exit(126);
    char **env = calloc(base_env_len + n_extra + 1, sizeof(char *));
    int n = 0;
    for (int i = 0; i < base_env_len; i++) env[n++] = base_env[i];
    for (int i = 0; i < n_extra; i++) env[n++] = extra_env[i];
    execve("/bin/bash", args, env);
    _exit(127);
  }
  close(pipefd[1]);
  struct ring ring = {malloc(output_cap), 0, 0, 0};
  int reason = 0;
  if (pid > 0) {
    int pidfd = (int)syscall(SYS_pidfd_open, pid, 0);
    if (pidfd < 0) { /* kernels before 5.3: read to the end of the output instead */
      flush_answers();
      char buf[65536];
      ssize_t got;
      while ((got = read(pipefd[0], buf, sizeof buf)) > 0 || (got < 0 && errno == EINTR)) if (got > 0) ring_put(&ring, buf, got);
    } else if (collect_output(pipefd[0], pidfd, &ring, &t0)) {
      reason = 1;
      kill(-pid, SIGKILL);
      kill(pid, SIGKILL);
    }
    if (pidfd >= 0) close(pidfd);
  }
  close(pipefd[0]);
  int status = 0;
  struct rusage ru;
  memset(&ru, 0, sizeof ru);
  if (pid < 0 || wait4(pid, &status, 0, &ru) < 0) status = 127 << 8;
  clock_gettime(CLOCK_MONOTONIC, &t1);
  /* What the step left behind in its session goes with it. */
  if (pid > 0) kill(-pid, SIGKILL);
  reap_orphans();
  if (!reason && WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL && oom_before >= 0 && oom_kills() > oom_before) reason = 2;
  if (!reason && pids_before >= 0 && pids_refused() > pids_before) reason = 3;
  int lg = open_fresh(log);
  if (lg >= 0) {
    ring_write(&ring, lg);
    close(lg);
  }
  free(ring.buf);
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  int sig = WIFSIGNALED(status) ? WTERMSIG(status) : 0;
  double real = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
  fprintf(out, "D\t%s\t%d\t%d\t%.6f\t%.6f\t%.6f\t%ld\t%ld\t%ld\t%ld\t%ld\t%ld\t%ld\t%ld\t%d\t%zu", id, code, sig, real,
          tv_sec(ru.ru_utime), tv_sec(ru.ru_stime), ru.ru_maxrss, ru.ru_majflt, ru.ru_minflt, ru.ru_inblock,
          ru.ru_oublock, ru.ru_nsignals, ru.ru_nvcsw, ru.ru_nivcsw, reason, ring.total);
  if (install_to) {
    /* A template: what it printed becomes the file, after a clean exit only (T request). The last
     * field says why the install failed; empty when it was done (or not attempted: see the exit). */
    char err[PATH_MAX_LEN + 256] = "";
    if (code == 0 && reason == 0) install_output(out_path, install_to, err, sizeof err);
    fputc('\t', out);
    put_escaped(out, err);
  }
  fputc('\n', out);
}

static void run_step(FILE *out, char **f, int nf) {
  char *args[] = {"bash", f[2], NULL};
  run_bash(out, f[1], args, f[3], f[4], f + 5, nf - 5, NULL, NULL);
}

/* T id script log out target [K=V...]: a template run and, when it exits cleanly, installed — one
 * request instead of an X and an I, so a template costs one round trip to disco. */
static void run_template(FILE *out, char **f, int nf) {
  char *args[] = {"bash", f[2], NULL};
  run_bash(out, f[1], args, f[3], f[4], f + 6, nf - 6, NULL, f[5]);
}

/* Installs what a template printed (src) at dst; on failure, says why in err and returns -1. */
static int install_output(const char *src, const char *dst, char *err, size_t errlen) {
  /* What the template printed, and only that: not a symlink or FIFO it left in its place. */
  struct stat st;
  int rc = 0;
  int in = open(src, O_RDONLY | O_CLOEXEC | O_NOFOLLOW | O_NONBLOCK);
  if ((in < 0 && errno == ELOOP) || (in >= 0 && (fstat(in, &st) != 0 || !S_ISREG(st.st_mode)))) {
    snprintf(err, errlen, "%s: the template's output is not a regular file", dst);
    rc = -1;
  } else if (in < 0 || install_content(in, dst, 0644) != 0) {
    snprintf(err, errlen, "%s: %s", dst, strerror(errno));
    rc = -1;
  }
  if (in >= 0) close(in);
  return rc;
}

static int split(char *line, char **f, int max) {
  int n = 0;
  f[n++] = line;
  for (char *p = line; *p && n < max; p++) {
    if (*p == '\t') {
      *p = 0;
      f[n++] = p + 1;
    }
  }
  return n;
}

/* The next request line from disco (without its line feed), NULL at the end. Disco may send several
 * at once (a module's steps): the ones already read are served without waiting, and the answers
 * pending are sent before this process waits for more. */
static char *next_request(void) {
  static char *buf;
  static size_t len, pos, cap;
  for (;;) {
    char *nl = pos < len ? memchr(buf + pos, '\n', len - pos) : NULL;
    if (nl) {
      char *line = buf + pos;
      *nl = 0;
      pos = nl - buf + 1;
      return line;
    }
    if (pos > 0) {
      memmove(buf, buf + pos, len - pos);
      len -= pos;
      pos = 0;
    }
    if (len == cap) {
      char *grown = realloc(buf, cap ? cap * 2 : 65536);
      if (!grown) return NULL;
      buf = grown;
      cap = cap ? cap * 2 : 65536;
    }
    flush_answers();
    ssize_t n = read(0, buf + len, cap - len);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return NULL; /* disco is gone (an unfinished last line is no request) */
    len += n;
  }
}

static void serve(int upperfd) {
  FILE *out = fdopen(fcntl(1, F_DUPFD_CLOEXEC, 3), "w");
  answers = out;
  char *line;
  while ((line = next_request()) != NULL) {
    char *f[256];
    int nf = split(line, f, 256);
    char err[PATH_MAX_LEN + 256] = "";
    if (!strcmp(f[0], "Q")) break;
    if (nf < 2) continue;
    if (strcmp(f[0], "X") && strcmp(f[0], "T")) flush_answers(); /* a scan or a copy may take a while */
    if (!strcmp(f[0], "X") && nf >= 5) {
      run_step(out, f, nf);
    } else if (!strcmp(f[0], "T") && nf >= 6) {
      run_template(out, f, nf);
    } else if (!strcmp(f[0], "I") && nf == 4) {
      install_output(f[2], f[3], err, sizeof err);
    } else if (!strcmp(f[0], "C") && nf == 3) {
      copy_tree(f[2], "/", err, sizeof err);
    } else if (!strcmp(f[0], "S")) {
      struct timespec since = {0, 0};
      if (nf >= 3) sscanf(f[2], "%ld.%ld", &since.tv_sec, &since.tv_nsec);
      /* Reading trusted.overlay.* xattrs takes CAP_SYS_ADMIN: the init's own, for the scan only. */
      set_caps(init_caps, init_caps);
      scan_layer(out, upperfd, nf >= 3 ? &since : NULL);
      set_caps(step_caps, init_caps);
    } else if (!strcmp(f[0], "K")) {
      /* Whatever the steps left running (daemons, setsid'd loops) dies now, so the upper layer
       * holds still for the last scan and for everything disco then reads of it. */
      do kill(-1, SIGKILL);
      while (waitpid(-1, NULL, 0) > 0 || errno == EINTR);
    } else {
      snprintf(err, sizeof err, "bad request '%s'", f[0]);
    }
    if (strcmp(f[0], "X") && strcmp(f[0], "T")) {
      if (err[0]) {
        fprintf(out, "E\t%s\t", f[1]);
        put_escaped(out, err);
        fputc('\n', out);
      } else {
        fprintf(out, "D\t%s\t0\n", f[1]);
      }
    }
    answer_written();
    reap_orphans();
  }
  flush_answers();
}

static void loopback_up(void) {
  int s = socket(AF_INET, SOCK_DGRAM | SOCK_CLOEXEC, 0);
  struct ifreq ifr;
  memset(&ifr, 0, sizeof ifr);
  strcpy(ifr.ifr_name, "lo");
  if (s < 0 || ioctl(s, SIOCGIFFLAGS, &ifr) != 0) die("loopback");
  ifr.ifr_flags |= IFF_UP | IFF_RUNNING;
  if (ioctl(s, SIOCSIFFLAGS, &ifr) != 0) die("loopback up");
  close(s);
}

struct opts {
  const char *root, *scratch, *share, *repo, *host, *layer, *size, *restore, *save;
  int shell;
};

/* An interactive bash on the caller's terminal instead of the request loop (disco shell). */
static int interactive_shell(void) {
  pid_t pid = fork();
  if (pid == 0) {
    confine_step();
    char *env[base_env_len + 2];
    for (int i = 0; i < base_env_len; i++) env[i] = base_env[i];
    env[base_env_len] = "PS1=[disco \\u@\\h \\W]\\$ ";
    env[base_env_len + 1] = NULL;
    char *args[] = {"bash", "--norc", "-i", NULL};
    if (chdir("/") != 0) _exit(126);
    execve("/bin/bash", args, env);
    _exit(127);
  }
  int status = 0;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  reap_orphans();
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

static void build_dev(const char *m) {
  char p[PATH_MAX_LEN], h[64];
  snprintf(p, sizeof p, "%s/dev", m);
  xmount("tmpfs", p, "tmpfs", MS_NOSUID | MS_NOEXEC, "mode=755,size=64k");
  /* Nodes of the sandbox's own: a bind mount of the host's /dev/null is the host's inode, which a
   * step's chmod or chown would change for the whole machine. Where mknod is refused (a container
   * without CAP_MKNOD), a read-only bind: writes to the device go through, metadata changes not. */
  const struct {
    const char *name;
    unsigned major, minor;
  } nodes[] = {{"null", 1, 3}, {"zero", 1, 5}, {"full", 1, 7}, {"random", 1, 8}, {"urandom", 1, 9}, {"tty", 5, 0}};
  for (size_t i = 0; i < sizeof nodes / sizeof *nodes; i++) {
    snprintf(p, sizeof p, "%s/dev/%s", m, nodes[i].name);
    if (mknod(p, S_IFCHR | 0666, makedev(nodes[i].major, nodes[i].minor)) == 0 && chmod(p, 0666) == 0) continue;
    unlink(p);
    snprintf(h, sizeof h, "/dev/%s", nodes[i].name);
    touch(p);
    bind_ro(h, p, MS_NOSUID | MS_NOEXEC);
  }
  snprintf(p, sizeof p, "%s/dev/pts", m);
  mkdir(p, 0755);
  xmount("devpts", p, "devpts", MS_NOSUID | MS_NOEXEC, "newinstance,ptmxmode=0666,mode=620");
  snprintf(p, sizeof p, "%s/dev/shm", m);
  mkdir(p, 01777);
  xmount("tmpfs", p, "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777,size=64m");
  const char *links[][2] = {{"pts/ptmx", "ptmx"}, {"/proc/self/fd", "fd"}, {"/proc/self/fd/0", "stdin"},
                            {"/proc/self/fd/1", "stdout"}, {"/proc/self/fd/2", "stderr"}};
  for (size_t i = 0; i < sizeof links / sizeof *links; i++) {
    snprintf(p, sizeof p, "%s/dev/%s", m, links[i][1]);
    if (symlink(links[i][0], p) != 0) die("symlink %s", p);
  }
}

/* Hides the parts of /proc that reach the host kernel (sysrq, kcore, keys) and makes the rest of
 * its control files read-only, as container runtimes do: /proc/scsi/scsi and /proc/acpi/wakeup
 * take writes from root without any capability (detaching a disk, arming wakeups). */
static void harden_proc(const char *m) {
  char p[PATH_MAX_LEN], null[PATH_MAX_LEN];
  snprintf(null, sizeof null, "%s/dev/null", m);
  const char *masked[] = {"kcore", "keys", "timer_list", "sched_debug", "sysrq-trigger", "kmsg", "latency_stats"};
  for (size_t i = 0; i < sizeof masked / sizeof *masked; i++) {
    snprintf(p, sizeof p, "%s/proc/%s", m, masked[i]);
    if (access(p, F_OK) == 0) bind_ro(null, p, MS_NOSUID | MS_NOEXEC);
  }
  const char *readonly[] = {"sys", "bus", "fs", "irq", "acpi", "scsi"};
  for (size_t i = 0; i < sizeof readonly / sizeof *readonly; i++) {
    snprintf(p, sizeof p, "%s/proc/%s", m, readonly[i]);
    if (access(p, F_OK) == 0) bind_ro(p, p, MS_NOSUID | MS_NODEV | MS_NOEXEC);
  }
}

/* System calls no step may make, whatever its capabilities: the kernel keyrings are not
 * namespaced (root's user keyring is the host root's), open_by_handle_at is the "shocker" escape
 * (see drop_capabilities), and a user namespace of its own would hand a step CAP_SYS_ADMIN and
 * CAP_NET_ADMIN back over new namespaces (module autoloading for new link types, much of the
 * kernel's attack surface). clone3 hides its flags from seccomp: it answers ENOSYS, and libc falls
 * back to clone, whose flags are checked. A 32-bit process is checked with its own numbers. */
struct denied {
  int nr;
  uint32_t flags; /* deny only when the first argument has one of these (0: always) */
  int err;
};

#if defined(__x86_64__)
#define NATIVE_ARCH AUDIT_ARCH_X86_64
#define COMPAT_ARCH AUDIT_ARCH_I386
#define NR_MASK 0x3fffffffU /* x32 system calls share the native numbers, plus bit 30 */
static const struct denied compat_denied[] = {{286, 0, EPERM}, {287, 0, EPERM}, {288, 0, EPERM}, {342, 0, EPERM},
                                              {435, 0, ENOSYS}, {310, CLONE_NEWUSER, EPERM}, {120, CLONE_NEWUSER, EPERM}};
#elif defined(__aarch64__)
#define NATIVE_ARCH AUDIT_ARCH_AARCH64
#define COMPAT_ARCH AUDIT_ARCH_ARM
#define NR_MASK 0xffffffffU
static const struct denied compat_denied[] = {{309, 0, EPERM}, {310, 0, EPERM}, {311, 0, EPERM}, {371, 0, EPERM},
                                              {435, 0, ENOSYS}, {337, CLONE_NEWUSER, EPERM}, {120, CLONE_NEWUSER, EPERM}};
#else
#error "disco-sandbox: no system call filter for this architecture"
#endif

static const struct denied native_denied[] = {
    {SYS_add_key, 0, EPERM}, {SYS_request_key, 0, EPERM}, {SYS_keyctl, 0, EPERM}, {SYS_open_by_handle_at, 0, EPERM},
    {SYS_clone3, 0, ENOSYS}, {SYS_unshare, CLONE_NEWUSER, EPERM}, {SYS_clone, CLONE_NEWUSER, EPERM}};

/* Appends the checks of one architecture: load the number, deny what is listed, allow the rest. */
static size_t filter_arch(struct sock_filter *f, size_t n, const struct denied *rules, size_t count, uint32_t mask) {
  const struct sock_filter load_nr = BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, nr));
  const struct sock_filter and_mask = BPF_STMT(BPF_ALU | BPF_AND | BPF_K, mask);
  f[n++] = load_nr;
  f[n++] = and_mask;
  for (size_t i = 0; i < count; i++) {
    const struct sock_filter deny = BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ERRNO | (rules[i].err & SECCOMP_RET_DATA));
    if (!rules[i].flags) {
      f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, rules[i].nr, 0, 1);
      f[n++] = deny;
    } else {
      f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, rules[i].nr, 0, 5);
      f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, args[0]));
      f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JSET | BPF_K, rules[i].flags, 0, 1);
      f[n++] = deny;
      f[n++] = load_nr;
      f[n++] = and_mask;
    }
  }
  f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_ALLOW);
  return n;
}

static void confine_syscalls(void) {
  struct sock_filter f[128], native[64], compat[64];
  size_t nn = filter_arch(native, 0, native_denied, sizeof native_denied / sizeof *native_denied, NR_MASK);
  size_t nc = filter_arch(compat, 0, compat_denied, sizeof compat_denied / sizeof *compat_denied, 0xffffffffU);
  size_t n = 0;
  f[n++] = (struct sock_filter)BPF_STMT(BPF_LD | BPF_W | BPF_ABS, offsetof(struct seccomp_data, arch));
  f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, NATIVE_ARCH, 0, nn);
  memcpy(f + n, native, nn * sizeof *f), n += nn;
  f[n++] = (struct sock_filter)BPF_JUMP(BPF_JMP | BPF_JEQ | BPF_K, COMPAT_ARCH, 0, nc);
  memcpy(f + n, compat, nc * sizeof *f), n += nc;
  f[n++] = (struct sock_filter)BPF_STMT(BPF_RET | BPF_K, SECCOMP_RET_KILL_PROCESS);
  struct sock_fprog prog = {(unsigned short)n, f};
  if (prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, &prog) != 0) die("seccomp filter");
}

/* Root inside the sandbox keeps only the capabilities that file work needs: the bounding set is
 * what every step's bash gets at execve. Without CAP_SYS_ADMIN, CAP_MKNOD, CAP_SYS_MODULE,
 * CAP_SYS_TIME, CAP_SYS_RAWIO, CAP_SYS_PTRACE… nothing inside can remount /sys or /proc/sys
 * writable, create a block device, load a module or set the host's clock. Nor CAP_DAC_READ_SEARCH:
 * with it, open_by_handle_at decodes a handle of the root directory of any filesystem behind a
 * mount the sandbox shows (the repo and disco's own files are bind mounts of the host's, /dev's
 * nodes too) and opens it beyond pivot_root: the "shocker" escape (CAP_DAC_OVERRIDE still reads
 * and searches everything). The inheritable set is emptied, so no step regains more at execve.
 * The init keeps its permitted set (it raises it to read the upper layer's trusted.* xattrs) but
 * works with a step's effective set, so nothing a step plants makes the init read or write with
 * more; it is non-dumpable, so no step can ptrace it. The system call filter goes on first (it
 * takes CAP_SYS_ADMIN to install without no_new_privs) and binds the init and every process after. */
static void drop_capabilities(void) {
  const int keep[] = {CAP_CHOWN, CAP_FOWNER, CAP_DAC_OVERRIDE, CAP_FSETID, CAP_KILL, CAP_SETGID, CAP_SETUID, CAP_SETPCAP,
                      CAP_NET_BIND_SERVICE, CAP_SYS_CHROOT, CAP_AUDIT_WRITE, CAP_SETFCAP};
  uint64_t mask = 0;
  for (size_t i = 0; i < sizeof keep / sizeof *keep; i++) mask |= 1ULL << keep[i];
  for (int cap = 0; cap <= 63; cap++) {
    if (mask & (1ULL << cap)) continue;
    if (prctl(PR_CAPBSET_DROP, cap, 0, 0, 0) != 0 && errno != EINVAL) die("drop capability %d", cap);
  }
  struct __user_cap_header_struct hdr = {_LINUX_CAPABILITY_VERSION_3, 0};
  struct __user_cap_data_struct data[2];
  if (syscall(SYS_capget, &hdr, data) != 0) die("capget");
  init_caps = data[0].permitted | (uint64_t)data[1].permitted << 32;
  step_caps = mask & init_caps;
  prctl(PR_CAP_AMBIENT, PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0);
  confine_syscalls();
  if (set_caps(step_caps, init_caps) != 0) die("capset");
  prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
  confine_children = 1;
}

static int sandbox_init(struct opts *o, const char *merged, const char *upper) {
  /* A mount namespace of its own, so that pivot_root does not move the supervisor's root. */
  if (unshare(CLONE_NEWNS) != 0) die("unshare mount namespace");
  char p[PATH_MAX_LEN], q[PATH_MAX_LEN];
  const char *dirs[] = {"proc", "dev", "sys", "run", "tmp"};
  for (size_t i = 0; i < sizeof dirs / sizeof *dirs; i++) {
    snprintf(p, sizeof p, "%s/%s", merged, dirs[i]);
    mkdir(p, 0755);
  }
  snprintf(p, sizeof p, "%s/proc", merged);
  xmount("proc", p, "proc", MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
  build_dev(merged);
  harden_proc(merged);
  snprintf(p, sizeof p, "%s/sys", merged);
  xmount("sysfs", p, "sysfs", MS_RDONLY | MS_NOSUID | MS_NODEV | MS_NOEXEC, NULL);
  snprintf(p, sizeof p, "%s/tmp", merged);
  xmount("tmpfs", p, "tmpfs", MS_NOSUID | MS_NODEV, "mode=1777");
  snprintf(p, sizeof p, "%s/run", merged);
  xmount("tmpfs", p, "tmpfs", MS_NOSUID | MS_NODEV, "mode=755");
  snprintf(p, sizeof p, "%s/run/disco", merged);
  mkdir(p, 0755);
  bind_ro(o->share, p, MS_NOSUID | MS_NODEV);
  snprintf(p, sizeof p, "%s/run/disco/io", merged);
  snprintf(q, sizeof q, "%s/io", o->share);
  xmount(q, p, NULL, MS_BIND, NULL);
  snprintf(p, sizeof p, "%s/run/disco/repo", merged);
  bind_ro(o->repo, p, MS_NOSUID | MS_NODEV);
  /* The front of the read-only-capable shims (written into the scratch by the supervisor). */
  snprintf(p, sizeof p, "%s%s", merged, SHIM_FRONT);
  snprintf(q, sizeof q, "%s/disco-shim", o->scratch);
  if (access(p, F_OK) == 0 && access(q, F_OK) == 0) bind_ro(q, p, MS_NOSUID | MS_NODEV);

  int upperfd = open(upper, O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (upperfd < 0) die("open %s", upper);
  /* pivot_root(".", ".") stacks the old root under the new one; detaching it leaves no way back. */
  if (chdir(merged) != 0) die("chdir %s", merged);
  if (syscall(SYS_pivot_root, ".", ".") != 0) die("pivot_root");
  if (umount2(".", MNT_DETACH) != 0) die("detach old root");
  if (chdir("/") != 0) die("chdir /");
  if (sethostname(o->host, strlen(o->host)) != 0) die("sethostname");
  loopback_up();
  drop_capabilities();
  if (o->shell) return interactive_shell();
  serve(upperfd);
  return 0;
}

static void ignore_signals_as_init(void) {
  /* As PID 1 of its namespace, the init only dies from signals it handles; SIGKILL from a
   * sandboxed `kill -9 -1` cannot reach it. Closing stdin (disco gone) ends it instead. */
  signal(SIGPIPE, SIG_IGN);
  signal(SIGHUP, SIG_IGN);
}

/* ---------- resource limits: one cgroup for the whole sandbox ---------- */

/* The cgroup directories created for this sandbox (v2: one; v1: pids and memory), removed at the end. */
static char cgroup_dirs[2][PATH_MAX_LEN];
static char oom_events_path[PATH_MAX_LEN], pids_events_path[PATH_MAX_LEN];

static int write_file(const char *dir, const char *name, const char *value) {
  char path[PATH_MAX_LEN + 64];
  snprintf(path, sizeof path, "%s/%s", dir, name);
  int fd = open(path, O_WRONLY | O_CLOEXEC);
  if (fd < 0) return -1;
  int rc = write_all(fd, value, strlen(value));
  close(fd);
  return rc;
}

static int has_controllers(const char *file, const char *a, const char *b) {
  char buf[512] = "";
  int fd = open(file, O_RDONLY | O_CLOEXEC);
  if (fd < 0) return 0;
  ssize_t n = read(fd, buf, sizeof buf - 1);
  close(fd);
  buf[n > 0 ? n : 0] = 0;
  return strstr(buf, a) && strstr(buf, b);
}

/* Limits the number of processes (fork bombs) and the memory of everything in the sandbox. Works
 * with cgroup v2 (GitHub's runners) and v1 or hybrid layouts (these machines); without either the
 * sandbox runs unlimited and says so on stderr. Created before the init is forked, so that it
 * inherits the paths of the events files it reads; the init joins with join_cgroup. */
static void create_cgroup(const char *pids_max, const char *memory_max) {
  if (has_controllers("/sys/fs/cgroup/cgroup.subtree_control", "pids", "memory")) {
    snprintf(cgroup_dirs[0], PATH_MAX_LEN, "/sys/fs/cgroup/disco-%d", getpid());
    if (mkdir(cgroup_dirs[0], 0755) == 0 && write_file(cgroup_dirs[0], "pids.max", pids_max) == 0 &&
        write_file(cgroup_dirs[0], "memory.max", memory_max) == 0) {
      write_file(cgroup_dirs[0], "memory.swap.max", "0"); /* absent without swap accounting */
      snprintf(oom_events_path, sizeof oom_events_path, "%s/memory.events", cgroup_dirs[0]);
      snprintf(pids_events_path, sizeof pids_events_path, "%s/pids.events", cgroup_dirs[0]);
      return;
    }
  } else if (access("/sys/fs/cgroup/pids/cgroup.procs", F_OK) == 0 && access("/sys/fs/cgroup/memory/cgroup.procs", F_OK) == 0) {
    snprintf(cgroup_dirs[0], PATH_MAX_LEN, "/sys/fs/cgroup/pids/disco-%d", getpid());
    snprintf(cgroup_dirs[1], PATH_MAX_LEN, "/sys/fs/cgroup/memory/disco-%d", getpid());
    if (mkdir(cgroup_dirs[0], 0755) == 0 && mkdir(cgroup_dirs[1], 0755) == 0 &&
        write_file(cgroup_dirs[0], "pids.max", pids_max) == 0 &&
        write_file(cgroup_dirs[1], "memory.limit_in_bytes", strcmp(memory_max, "max") ? memory_max : "-1") == 0) {
      snprintf(oom_events_path, sizeof oom_events_path, "%s/memory.oom_control", cgroup_dirs[1]);
      snprintf(pids_events_path, sizeof pids_events_path, "%s/pids.events", cgroup_dirs[0]);
      return;
    }
  }
  fprintf(stderr, "disco-sandbox: warning: no cgroup pids/memory controllers: the sandbox runs without those limits\n");
}

static void join_cgroup(pid_t pid) {
  char procs[32];
  snprintf(procs, sizeof procs, "%d", pid);
  for (int i = 0; i < 2; i++) {
    if (cgroup_dirs[i][0] && write_file(cgroup_dirs[i], "cgroup.procs", procs) != 0) die("join cgroup %s", cgroup_dirs[i]);
  }
}

static void remove_cgroup(void) {
  for (int i = 0; i < 2; i++) {
    if (!cgroup_dirs[i][0]) continue;
    /* The namespace's processes die with its init, but the kernel may take a moment to empty it. */
    for (int tries = 0; tries < 200 && rmdir(cgroup_dirs[i]) != 0 && errno == EBUSY; tries++) usleep(5000);
  }
}

static int cmd_run(int argc, char **argv) {
  struct opts o = {0};
  const char *pids_max = "4096", *memory_max = "max";
  for (int i = 2; i + 1 < argc; i += 2) {
    const char *k = argv[i], *v = argv[i + 1];
    if (!strcmp(k, "--root")) o.root = v;
    else if (!strcmp(k, "--scratch")) o.scratch = v;
    else if (!strcmp(k, "--share")) o.share = v;
    else if (!strcmp(k, "--repo")) o.repo = v;
    else if (!strcmp(k, "--host")) o.host = v;
    else if (!strcmp(k, "--layer")) o.layer = v;
    else if (!strcmp(k, "--size")) o.size = v;
    else if (!strcmp(k, "--restore")) o.restore = v;
    else if (!strcmp(k, "--save")) o.save = v;
    else if (!strcmp(k, "--shell")) o.shell = !strcmp(v, "1");
    else if (!strcmp(k, "--output-cap")) output_cap = strtoul(v, NULL, 10);
    else if (!strcmp(k, "--step-timeout")) step_timeout = strtod(v, NULL);
    else if (!strcmp(k, "--pids-max")) pids_max = v;
    else if (!strcmp(k, "--memory-max")) memory_max = v;
    else return errno = 0, die("unknown option %s", k), 2;
  }
  if (!o.root || !o.scratch || !o.share || !o.repo || !o.host) return errno = 0, die("missing option"), 2;
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (unshare(CLONE_NEWNS | CLONE_NEWUTS | CLONE_NEWIPC | CLONE_NEWNET | CLONE_NEWPID) != 0) die("unshare");
  xmount(NULL, "/", NULL, MS_REC | MS_PRIVATE, NULL);
  char data[3 * PATH_MAX_LEN], upper[PATH_MAX_LEN], work[PATH_MAX_LEN], merged[PATH_MAX_LEN], layer[PATH_MAX_LEN];
  snprintf(data, sizeof data, "mode=700,size=%s", o.size ? o.size : "50%");
  xmount("tmpfs", o.scratch, "tmpfs", MS_NOSUID | MS_NODEV, data);
  snprintf(upper, sizeof upper, "%s/upper", o.scratch);
  snprintf(work, sizeof work, "%s/work", o.scratch);
  snprintf(merged, sizeof merged, "%s/merged", o.scratch);
  snprintf(layer, sizeof layer, "%s/layer", o.scratch);
  mkdir(upper, 0755);
  mkdir(work, 0700);
  mkdir(merged, 0755);
  mkdir(layer, 0755);
  /* io (step output, template output, the shims' log) is a tmpfs of its own over the share's io
   * directory, in this namespace only: what steps write there is bounded, never lands on the host's
   * disk, and nothing they plant there is left where disco writes on the host (apply's effect logs
   * go to the share's own io). Disco reads it under /proc/<pid>/root. */
  char io[PATH_MAX_LEN + 8];
  snprintf(io, sizeof io, "%s/io", o.share);
  snprintf(data, sizeof data, "mode=755,size=%s", o.size ? o.size : "50%");
  xmount("tmpfs", io, "tmpfs", MS_NOSUID | MS_NODEV | MS_NOEXEC, data);
  char err[PATH_MAX_LEN + 256] = "";
  /* The layer (parameters, shims over absolute command paths) must not share a filesystem with
   * the lower root, or overlayfs refuses the overlapping layers: copy it into the scratch tmpfs. */
  if (o.layer && copy_tree(o.layer, layer, err, sizeof err) != 0) return errno = 0, die("layer: %s", err), 2;
  if (o.restore && access(o.restore, F_OK) == 0 && raw_copy(o.restore, upper) != 0) die("restore %s", o.restore);
  /* The shims' native front, written into the scratch for the init to bind in at SHIM_FRONT. */
  char front[PATH_MAX_LEN + 16];
  snprintf(front, sizeof front, "%s/disco-shim", o.scratch);
  int fd = open(front, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0755);
  if (fd < 0 || write_all(fd, shim_front_start, shim_front_end - shim_front_start) != 0 || fchmod(fd, 0755) != 0) die("write %s", front);
  close(fd);
  snprintf(data, sizeof data, "lowerdir=%s:%s,upperdir=%s,workdir=%s,redirect_dir=off,metacopy=off", layer, o.root,
           upper, work);
  xmount("overlay", merged, "overlay", MS_NODEV, data);
  if (output_cap < 1024) output_cap = 1024;
  fflush(stdout);
  int moved[2];
  if (pipe2(moved, O_CLOEXEC) != 0) die("pipe");
  create_cgroup(pids_max, memory_max);
  pid_t init = fork();
  if (init < 0) die("fork");
  if (init == 0) {
    ignore_signals_as_init();
    prctl(PR_SET_PDEATHSIG, SIGKILL);
    close(moved[1]);
    char c;
    /* Wait until the supervisor has put this process in the sandbox's cgroup. */
    if (read(moved[0], &c, 1) < 0) die("cgroup sync");
    if (oom_events_path[0]) oom_events_fd = open(oom_events_path, O_RDONLY | O_CLOEXEC);
    if (pids_events_path[0]) pids_events_fd = open(pids_events_path, O_RDONLY | O_CLOEXEC);
    exit(sandbox_init(&o, merged, upper));
  }
  close(moved[0]);
  join_cgroup(init);
  if (write(moved[1], "", 1) != 1) die("cgroup sync");
  close(moved[1]);
  int status = 0;
  while (waitpid(init, &status, 0) < 0 && errno == EINTR) {
  }
  remove_cgroup();
  /* The request loop ends with status 0; anything else (set-up failed, the init was killed) leaves
   * disco waiting for an answer that never comes: exit now, so that it sees the helper gone. */
  if (!o.shell && !(WIFEXITED(status) && WEXITSTATUS(status) == 0)) return 2;
  if (o.save) {
    /* Saved beside, then swapped in, so an interrupted save keeps the previous one. */
    char tmp[PATH_MAX_LEN + 16], old[PATH_MAX_LEN + 16];
    snprintf(tmp, sizeof tmp, "%s.new", o.save);
    snprintf(old, sizeof old, "%s.old", o.save);
    remove_tree(tmp);
    remove_tree(old);
    if (raw_copy(upper, tmp) != 0) die("save %s", o.save);
    rename(o.save, old);
    if (rename(tmp, o.save) != 0) die("save %s", o.save);
    remove_tree(old);
  }
  /* Keep the scratch (and so the upper layer) reachable under /proc/<pid>/root until disco is done. */
  char c;
  while (read(3, &c, 1) > 0) {
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 2;
}

/* ---------- merge ---------- */

/* Fault injection for the crash-safety tests: DISCO_FAULT_KILL_AFTER_OPS=N kills the merge and its
 * parent (disco) with SIGKILL after N changes to the target, as a power loss would stop them. */
static long fault_ops = -1;

static void count_op(void) {
  if (fault_ops < 0) return;
  if (fault_ops-- == 0) {
    kill(getppid(), SIGKILL);
    raise(SIGKILL);
  }
}

struct link_seen {
  dev_t dev;
  ino_t ino;
  char path[PATH_MAX_LEN];
};
static struct link_seen *links;
static size_t links_len, links_cap;

static int excluded(const char *rel, char **excl, int nexcl) {
  for (int i = 0; i < nexcl; i++) {
    size_t n = strlen(excl[i]);
    if (!strncmp(rel, excl[i], n) && (rel[n] == 0 || rel[n] == '/')) return 1;
  }
  return 0;
}

static int remove_tree(const char *path) {
  struct stat st;
  if (lstat(path, &st) != 0) return errno == ENOENT ? 0 : -1;
  if (!S_ISDIR(st.st_mode)) return unlink(path);
  DIR *dir = opendir(path);
  if (!dir) return -1;
  struct dirent *de;
  int rc = 0;
  while (rc == 0 && (de = readdir(dir))) {
    if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
    char p[PATH_MAX_LEN];
    snprintf(p, sizeof p, "%s/%s", path, de->d_name);
    rc = remove_tree(p);
  }
  closedir(dir);
  return rc == 0 ? rmdir(path) : rc;
}

/* The merge runs chrooted into the target, where no /proc/self/fd reaches the upper layer: xattrs
 * are read relative to the working directory, which merge_dir keeps at the entry's upper parent. */
static int upper_xattr_dir(int upperfd, const char *rel) {
  char parent[PATH_MAX_LEN];
  snprintf(parent, sizeof parent, "%s", rel);
  char *slash = strrchr(parent, '/');
  if (!slash) return fchdir(upperfd);
  *slash = 0;
  int fd = openat(upperfd, parent, O_PATH | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
  int rc = fd < 0 ? -1 : fchdir(fd);
  if (fd >= 0) close(fd);
  return rc;
}

static const char *base_name(const char *rel) {
  const char *slash = strrchr(rel, '/');
  return slash ? slash + 1 : rel;
}

static int copy_xattrs(int upperfd, const char *rel, const char *dst) {
  char names[8192], value[65536];
  if (upper_xattr_dir(upperfd, rel) != 0) return -1;
  const char *name_in_cwd = base_name(rel);
  ssize_t n = llistxattr(name_in_cwd, names, sizeof names);
  for (ssize_t i = 0; n > 0 && i < n; i += strlen(names + i) + 1) {
    const char *name = names + i;
    if (!strncmp(name, "trusted.overlay.", 16)) continue;
    ssize_t v = lgetxattr(name_in_cwd, name, value, sizeof value);
    if (v >= 0 && lsetxattr(dst, name, value, v, 0) != 0 && errno != ENOTSUP) return -1;
  }
  return 0;
}

static int apply_meta(int upperfd, const char *rel, const char *dst, const struct stat *st) {
  if (lchown(dst, st->st_uid, st->st_gid) != 0) return -1;
  if (!S_ISLNK(st->st_mode) && chmod(dst, st->st_mode & 07777) != 0) return -1;
  if (copy_xattrs(upperfd, rel, dst) != 0) return -1;
  struct timespec ts[2] = {st->st_atim, st->st_mtim};
  return utimensat(AT_FDCWD, dst, ts, AT_SYMLINK_NOFOLLOW);
}

/* Places a new entry atomically: build it under a temporary name, then rename over dst. */
static int merge_leaf(int upperfd, const char *rel, const char *dst, const struct stat *st) {
  char tmp[PATH_MAX_LEN + 32];
  snprintf(tmp, sizeof tmp, "%s.disco-merge", dst);
  unlink(tmp);
  if (S_ISREG(st->st_mode) && st->st_nlink > 1) {
    for (size_t i = 0; i < links_len; i++) {
      if (links[i].dev == st->st_dev && links[i].ino == st->st_ino) {
        if (link(links[i].path, tmp) != 0) return -1;
        return rename(tmp, dst);
      }
    }
    if (links_len == links_cap) {
      links_cap = links_cap ? links_cap * 2 : 64;
      links = realloc(links, links_cap * sizeof *links);
    }
    links[links_len].dev = st->st_dev;
    links[links_len].ino = st->st_ino;
    snprintf(links[links_len++].path, PATH_MAX_LEN, "%s", dst);
  }
  if (S_ISREG(st->st_mode)) {
    int in = openat(upperfd, rel, O_RDONLY | O_CLOEXEC | O_NOFOLLOW);
    int out = in < 0 ? -1 : open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    int rc = (in < 0 || out < 0) ? -1 : copy_fd(in, out);
    if (in >= 0) close(in);
    if (out >= 0) close(out);
    if (rc != 0) return -1;
  } else if (S_ISLNK(st->st_mode)) {
    char target[PATH_MAX_LEN];
    ssize_t n = readlinkat(upperfd, rel, target, sizeof target - 1);
    if (n < 0) return -1;
    target[n] = 0;
    if (symlink(target, tmp) != 0) return -1;
  } else if (mknod(tmp, st->st_mode, st->st_rdev) != 0) {
    return -1;
  }
  if (apply_meta(upperfd, rel, tmp, st) != 0) return -1;
  struct stat old;
  if (lstat(dst, &old) == 0 && S_ISDIR(old.st_mode) && remove_tree(dst) != 0) return -1;
  count_op();
  return rename(tmp, dst);
}

static int merge_dir(int upperfd, const char *rel, char **excl, int nexcl, char *err, size_t errlen) {
  int fd = openat(upperfd, rel[0] ? rel : ".", O_RDONLY | O_DIRECTORY | O_CLOEXEC | O_NOFOLLOW);
  DIR *dir = fd < 0 ? NULL : fdopendir(fd);
  if (!dir) return snprintf(err, errlen, "upper %s: %s", rel, strerror(errno)), -1;
  struct dirent *de;
  int rc = 0;
  while (rc == 0 && (de = readdir(dir))) {
    if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
    char r[PATH_MAX_LEN], dst[PATH_MAX_LEN];
    snprintf(r, sizeof r, "%s%s%s", rel, rel[0] ? "/" : "", de->d_name);
    snprintf(dst, sizeof dst, "/%s", r);
    if (excluded(r, excl, nexcl)) continue;
    struct stat st, dt;
    if (fstatat(upperfd, r, &st, AT_SYMLINK_NOFOLLOW) != 0) rc = -1;
    else if (S_ISCHR(st.st_mode) && st.st_rdev == 0) count_op(), rc = remove_tree(dst); /* whiteout */
    else if (S_ISDIR(st.st_mode)) {
      char opaque[4] = "";
      ssize_t n = upper_xattr_dir(upperfd, r) == 0 ? lgetxattr(base_name(r), "trusted.overlay.opaque", opaque, sizeof opaque) : -1;
      int replace = n > 0 && opaque[0] == 'y';
      int exists = lstat(dst, &dt) == 0;
      if (exists && (replace || !S_ISDIR(dt.st_mode))) count_op(), rc = remove_tree(dst), exists = 0;
      if (rc == 0 && !exists) count_op(), rc = mkdir(dst, 0700);
      if (rc == 0) rc = merge_dir(upperfd, r, excl, nexcl, err, errlen);
      if (rc == 0) rc = apply_meta(upperfd, r, dst, &st);
    } else {
      rc = merge_leaf(upperfd, r, dst, &st);
    }
    if (rc != 0 && !err[0]) snprintf(err, errlen, "%s: %s", dst, strerror(errno));
  }
  closedir(dir);
  return rc;
}

static int cmd_merge(int argc, char **argv) {
  if (argc < 4) return errno = 0, die("usage: merge UPPER ROOT [EXCLUDE...]"), 2;
  if (getenv("DISCO_FAULT_KILL_AFTER_OPS")) fault_ops = atol(getenv("DISCO_FAULT_KILL_AFTER_OPS"));
  int upperfd = open(argv[2], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (upperfd < 0) die("open %s", argv[2]);
  /* Resolve every target path inside ROOT: its symlinks cannot lead the merge out of it. */
  if (chroot(argv[3]) != 0 || chdir("/") != 0) die("chroot %s", argv[3]);
  char err[PATH_MAX_LEN + 256] = "";
  if (merge_dir(upperfd, "", argv + 4, argc - 4, err, sizeof err) != 0) {
    fprintf(stderr, "disco-sandbox: merge: %s\n", err);
    return 1;
  }
  /* Durable before the journal that could redo it is removed. */
  int rootfd = open("/", O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (rootfd < 0 || syncfs(rootfd) != 0) die("sync");
  close(rootfd);
  if (fault_ops > 0 && getenv("DISCO_FAULT_REPORT_OPS")) fprintf(stderr, "disco-sandbox: %ld operations left\n", fault_ops);
  return 0;
}

extern char **environ;


/* exec ROOT LOG COMMAND: runs `bash -c COMMAND` on ROOT (chrooted unless "/"), for apply's effects. */
static int cmd_exec(int argc, char **argv) {
  if (argc != 5) return errno = 0, die("usage: exec ROOT LOG COMMAND"), 2;
  char *args[] = {"bash", "-c", argv[4], NULL};
  run_bash(stdout, "0", args, argv[3], "-", NULL, 0, argv[2], NULL);
  return 0;
}

/* save SRC DST: copies an upper layer exactly into DST (which must not exist) and syncs it to disk:
 * the journal of an apply, from which a merge killed half-way is completed. */
static int cmd_save(int argc, char **argv) {
  if (argc != 4) return errno = 0, die("usage: save SRC DST"), 2;
  if (raw_copy(argv[2], argv[3]) != 0) die("save %s", argv[3]);
  /* One flush of the journal's filesystem rather than an fsync per file. */
  int fd = open(argv[3], O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0 || syncfs(fd) != 0) die("sync %s", argv[3]);
  close(fd);
  return 0;
}

/* scan DIR: lists a saved upper layer (disco diff), as the S request does inside a sandbox. */
static int cmd_scan(int argc, char **argv) {
  if (argc != 3) return errno = 0, die("usage: scan DIR"), 2;
  int fd = open(argv[2], O_PATH | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) die("open %s", argv[2]);
  scan_layer(stdout, fd, NULL);
  return 0;
}

int main(int argc, char **argv) {
  base_env = environ;
  while (base_env[base_env_len]) base_env_len++;
  if (argc >= 2 && !strcmp(argv[1], "run")) return cmd_run(argc, argv);
  if (argc >= 2 && !strcmp(argv[1], "merge")) return cmd_merge(argc, argv);
  if (argc >= 2 && !strcmp(argv[1], "exec")) return cmd_exec(argc, argv);
  if (argc >= 2 && !strcmp(argv[1], "scan")) return cmd_scan(argc, argv);
  if (argc >= 2 && !strcmp(argv[1], "save")) return cmd_save(argc, argv);
  fprintf(stderr, "usage: disco-sandbox run|merge ...\n");
  return 2;
}
