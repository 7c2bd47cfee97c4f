/*
 * disco-shim: the native front of the sandbox's shims for commands that have read-only uses
 * (hostname, sysctl, mount, ip; READ_ONLY_USES in src/engine/blocked-commands.ts).
 *
 * Inside the sandbox, /run/disco/bin/<name> is a link to this program. Called without arguments,
 * every such command only reads, so it runs the real command at once, as the bash shim would run it
 * (PATH without /run/disco/bin, argv[0] the name), but without starting a bash first: a template's
 * `$(hostname)` then costs about what it costs on the host. Any other call — or a command it cannot
 * start itself — goes to the bash shim /run/disco/lib/shims/<name>, which decides and records.
 *
 * Freestanding (no libc): a static C library's start-up alone (CPU feature probing) costs more than
 * the command it stands in front of. disco-sandbox carries this binary inside itself (.incbin) and
 * writes it into each sandbox, so it ships as no file of its own.
 */
#define SANDBOX_BIN "/run/disco/bin:"
#define SHIM_SCRIPTS "/run/disco/lib/shims/"
#define MAX_PATH 8192
#define MAX_ENV 4096

#if defined(__x86_64__)
#define NR_WRITE 1
#define NR_EXECVE 59
#define NR_EXIT 60
#define NR_FACCESSAT 269
#define NR_NEWFSTATAT 262
static long sys(long n, long a, long b, long c, long d) {
  long r;
  register long r10 __asm__("r10") = d;
  __asm__ volatile("syscall" : "=a"(r) : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10) : "rcx", "r11", "memory");
  return r;
}
__asm__(".text\n.global _start\n_start:\n xor %rbp, %rbp\n mov %rsp, %rdi\n and $-16, %rsp\n call shim_main\n hlt\n");
#elif defined(__aarch64__)
#define NR_WRITE 64
#define NR_EXECVE 221
#define NR_EXIT 93
#define NR_FACCESSAT 48
#define NR_NEWFSTATAT 79
static long sys(long n, long a, long b, long c, long d) {
  register long x8 __asm__("x8") = n, x0 __asm__("x0") = a, x1 __asm__("x1") = b, x2 __asm__("x2") = c, x3 __asm__("x3") = d;
  __asm__ volatile("svc #0" : "+r"(x0) : "r"(x8), "r"(x1), "r"(x2), "r"(x3) : "memory");
  return x0;
}
__asm__(".text\n.global _start\n_start:\n mov x29, #0\n mov x0, sp\n bl shim_main\n brk #0\n");
#else
#error "disco-shim: no start-up code for this architecture"
#endif

#define AT_FDCWD -100
#define X_OK 1
#define S_IFMT 0170000
#define S_IFREG 0100000
#define S_IFDIR 0040000

/* struct stat's mode, from a buffer big enough for either architecture's layout. */
static unsigned stat_mode(const char *path) {
  unsigned long buf[32];
  if (sys(NR_NEWFSTATAT, AT_FDCWD, (long)path, (long)buf, 0) != 0) return 0;
#if defined(__x86_64__)
  return (unsigned)buf[3]; /* st_mode follows st_dev, st_ino, st_nlink (8 bytes each) */
#else
  return ((unsigned *)buf)[4]; /* st_dev (8), st_ino (8), then st_mode (4) */
#endif
}

static unsigned long len(const char *s) {
  unsigned long n = 0;
  while (s[n]) n++;
  return n;
}

static int starts(const char *s, const char *prefix) {
  while (*prefix)
    if (*s++ != *prefix++) return 0;
  return 1;
}

/* Appends src to dst[*at], keeping room for the terminating zero; 0 when it did not fit. */
static int put(char *dst, unsigned long *at, unsigned long cap, const char *src, unsigned long n) {
  if (*at + n + 1 > cap) return 0;
  for (unsigned long i = 0; i < n; i++) dst[(*at)++] = src[i];
  dst[*at] = 0;
  return 1;
}

static char path_env[MAX_PATH + 5] = "PATH=", candidate[MAX_PATH + 256], shim[sizeof SHIM_SCRIPTS + 256];
static char *clean_env[MAX_ENV + 1];

/* Runs the real command when it can (a call without arguments); returns only when it cannot. */
static void run_real(const char *name, char **envp) {
  char *old = 0;
  unsigned long n = 0;
  for (; envp[n]; n++) {
    if (n >= MAX_ENV) return;
    if (starts(envp[n], "PATH=")) old = envp[n] + 5;
  }
  if (!old) return;
  /* PATH=${PATH//"/run/disco/bin:"/}, as the bash shim sets it for the real command. */
  unsigned long at = 5, skip = len(SANDBOX_BIN);
  for (const char *c = old; *c;) {
    if (starts(c, SANDBOX_BIN)) c += skip;
    else if (!put(path_env, &at, sizeof path_env, c++, 1)) return;
  }
  for (unsigned long i = 0; i < n; i++) clean_env[i] = starts(envp[i], "PATH=") ? path_env : envp[i];
  clean_env[n] = 0;
  char *args[] = {(char *)name, 0};
  for (const char *dir = path_env + 5; *dir;) {
    const char *end = dir;
    while (*end && *end != ':') end++;
    if (end == dir) return; /* an empty entry (the working directory): left to the bash shim */
    unsigned long c = 0;
    if (!put(candidate, &c, sizeof candidate, dir, end - dir) || !put(candidate, &c, sizeof candidate, "/", 1) ||
        !put(candidate, &c, sizeof candidate, name, len(name)))
      return;
    unsigned mode = stat_mode(candidate);
    /* As bash searches: directories and files it may not execute are passed over. */
    if (mode && (mode & S_IFMT) != S_IFDIR && sys(NR_FACCESSAT, AT_FDCWD, (long)candidate, X_OK, 0) == 0) {
      if ((mode & S_IFMT) != S_IFREG) return;
      sys(NR_EXECVE, (long)candidate, (long)args, (long)clean_env, 0);
      return; /* found but not started (a script without #!, say): the bash shim knows how */
    }
    dir = *end ? end + 1 : end;
  }
}

__attribute__((used, noreturn)) void shim_main(long *sp) {
  long argc = sp[0];
  char **argv = (char **)(sp + 1), **envp = argv + argc + 1;
  const char *name = argc > 0 && argv[0] ? argv[0] : "";
  for (const char *c = name; *c; c++)
    if (*c == '/') name = c + 1;
  if (*name && *name != '.' && len(name) < 200) {
    if (argc == 1) run_real(name, envp);
    unsigned long at = 0;
    put(shim, &at, sizeof shim, SHIM_SCRIPTS, len(SHIM_SCRIPTS));
    put(shim, &at, sizeof shim, name, len(name));
    argv[0] = (char *)name;
    sys(NR_EXECVE, (long)shim, (long)argv, (long)envp, 0);
  }
  static const char msg[] = "disco shim: cannot run the shim for this command\n";
  sys(NR_WRITE, 2, (long)msg, sizeof msg - 1, 0);
  for (;;) sys(NR_EXIT, 127, 0, 0, 0);
}
