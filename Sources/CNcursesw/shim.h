// CNcursesw: the parts of ncursesw (wide-character curses) that Swift needs.
//
// NB: curses exposes much of its API as macros (`A_BOLD`, `COLOR_PAIR`, `getmaxyx`) and mutable
// globals (`stdscr`, `LINES`, `COLS`, `COLORS`). Macros with arguments or bit expressions don't
// import into Swift, and imported mutable globals are not concurrency-safe under Swift 6, so each
// one the Swift side needs is wrapped here in a `static inline` function prefixed `cn_`.
// NB: every system header is included first, with no feature macros of our own, so each
// declares its types exactly as the Glibc and Dispatch modules saw them; a clean build refuses
// two definitions of one type (`fd_set` with `fds_bits` under _XOPEN_SOURCE, `__fds_bits`
// without; `struct _libc_fpxreg`). The wide curses API is asked for by NCURSES_WIDECHAR alone.
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <signal.h>
#include <spawn.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <sys/wait.h>
#include <wchar.h>

#define NCURSES_WIDECHAR 1
#include <ncursesw/curses.h>

// MARK: - Globals

/// The standard screen of the current terminal.
static inline WINDOW *cn_stdscr(void) { return stdscr; }
/// The number of lines of the current terminal.
static inline int cn_lines(void) { return LINES; }
/// The number of columns of the current terminal.
static inline int cn_cols(void) { return COLS; }
/// The number of colours the terminal supports (valid after `start_color`).
static inline int cn_colors(void) { return COLORS; }
/// The number of colour pairs the terminal supports (valid after `start_color`).
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

// MARK: - Attributes

static inline attr_t cn_a_normal(void) { return A_NORMAL; }
static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
/// The attribute selecting colour pair `pair`.
static inline attr_t cn_color_pair(int pair) { return (attr_t)COLOR_PAIR(pair); }
/// Sets the attributes of `win` (a macro in some configurations).
static inline int cn_wattrset(WINDOW *win, attr_t attrs) { return wattrset(win, (int)attrs); }

// MARK: - Geometry and keys

/// The size of `win`, in lines and columns.
static inline void cn_getmaxyx(WINDOW *win, int *lines, int *cols) {
  int y = 0, x = 0;
  getmaxyx(win, y, x);
  *lines = y;
  *cols = x;
}
static inline int cn_key_code_yes(void) { return KEY_CODE_YES; }
static inline int cn_key_resize(void) { return KEY_RESIZE; }

// MARK: - Locale

/// The display width of a wide character in the current locale (-1 for non-printable).
static inline int cn_wcwidth(wchar_t c) { return wcwidth(c); }

// MARK: - Signals


// NB: a `static` in this header exists once per module that compiles the functions below; only
// CursesTerminal calls them, so there is one flag. A handler may only set a `sig_atomic_t`.
static volatile sig_atomic_t cn_caught_signal_number = 0;

static inline void cn_signal_handler(int signal_number) { cn_caught_signal_number = signal_number; }

/// Catches SIGINT, SIGTERM and SIGHUP into a flag (read with `cn_caught_signal`), without
/// SA_RESTART, so that a waiting `get_wch` returns and the reader can restore the terminal; and
/// unblocks them.
static inline void cn_catch_stop_signals(void) {
  struct sigaction action;
  memset(&action, 0, sizeof action);
  action.sa_handler = cn_signal_handler;
  sigemptyset(&action.sa_mask);
  sigaction(SIGINT, &action, NULL);
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
  // NB: a parent may have started us with them blocked (threads of a test runner do).
  sigset_t stops;
  sigemptyset(&stops);
  sigaddset(&stops, SIGINT);
  sigaddset(&stops, SIGTERM);
  sigaddset(&stops, SIGHUP);
  sigprocmask(SIG_UNBLOCK, &stops, NULL);
}

/// Gives SIGINT, SIGTERM and SIGHUP their default action again.
static inline void cn_default_stop_signals(void) {
  signal(SIGINT, SIG_DFL);
  signal(SIGTERM, SIG_DFL);
  signal(SIGHUP, SIG_DFL);
}

/// The number of the last stop signal caught, or 0.
static inline int cn_caught_signal(void) { return (int)cn_caught_signal_number; }

// MARK: - Starting a browser


extern char **environ;

/// Starts `argv[0]` (searched in PATH) with `argv`, no shell. Detached: in its own process
/// group, with stdin, stdout and stderr on /dev/null, not waited for (reap it with
/// `cn_reap_children`). Otherwise in the foreground on the terminal: the caller ignores SIGINT
/// and SIGQUIT while it waits, as system(3) does, and the child gets their default action.
///
/// Returns 0, or an errno value when the program could not be started; `*status` is the
/// child's wait status (0 for a detached child).
static inline int cn_spawn(char *const argv[], int detached, int *status) {
  posix_spawn_file_actions_t actions;
  posix_spawnattr_t attributes;
  posix_spawn_file_actions_init(&actions);
  posix_spawnattr_init(&attributes);
  short flags = POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK;
  sigset_t defaults;
  sigemptyset(&defaults);
  sigaddset(&defaults, SIGINT);
  sigaddset(&defaults, SIGQUIT);
  sigaddset(&defaults, SIGTERM);
  sigaddset(&defaults, SIGHUP);
  sigaddset(&defaults, SIGPIPE);
  posix_spawnattr_setsigdefault(&attributes, &defaults);
  sigset_t none;
  sigemptyset(&none);
  posix_spawnattr_setsigmask(&attributes, &none);
  if (detached) {
    flags |= POSIX_SPAWN_SETPGROUP;
    posix_spawnattr_setpgroup(&attributes, 0);
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  }
  posix_spawnattr_setflags(&attributes, flags);
  struct sigaction ignore, oldInt, oldQuit;
  memset(&ignore, 0, sizeof ignore);
  ignore.sa_handler = SIG_IGN;
  sigemptyset(&ignore.sa_mask);
  if (!detached) {
    sigaction(SIGINT, &ignore, &oldInt);
    sigaction(SIGQUIT, &ignore, &oldQuit);
  }
  pid_t pid = 0;
  int result = posix_spawnp(&pid, argv[0], &actions, &attributes, argv, environ);
  *status = 0;
  if (result == 0 && !detached) {
    while (waitpid(pid, status, 0) < 0 && errno == EINTR) {
    }
  }
  if (!detached) {
    sigaction(SIGINT, &oldInt, NULL);
    sigaction(SIGQUIT, &oldQuit, NULL);
  }
  posix_spawn_file_actions_destroy(&actions);
  posix_spawnattr_destroy(&attributes);
  return result;
}

/// Collects children that have ended (detached browsers), so none lingers as a zombie.
static inline void cn_reap_children(void) {
  int status = 0;
  while (waitpid(-1, &status, WNOHANG) > 0) {
  }
}

/// The exit code of a wait status, or 128 + the signal that ended the process.
static inline int cn_exit_code(int status) {
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  if (WIFSIGNALED(status)) return 128 + WTERMSIG(status);
  return -1;
}

// MARK: - Mouse

static inline int cn_key_mouse(void) { return KEY_MOUSE; }
static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cn_button1_double_clicked(void) { return BUTTON1_DOUBLE_CLICKED; }
static inline mmask_t cn_button4_pressed(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_button5_pressed(void) {
#ifdef BUTTON5_PRESSED
  return BUTTON5_PRESSED;
#else
  return 0;
#endif
}

/// Reports the wheel, clicks and double-clicks of the main button (`on`), or nothing.
static inline void cn_enable_mouse(int on) {
  mmask_t wanted = on ? (cn_button1_clicked() | cn_button1_double_clicked() |
                         cn_button4_pressed() | cn_button5_pressed())
                      : 0;
  mousemask(wanted, NULL);
}

/// Reads the mouse event `get_wch` announced with KEY_MOUSE; returns OK or ERR.
static inline int cn_get_mouse(int *row, int *column, mmask_t *state) {
  MEVENT event;
  if (getmouse(&event) != OK) return ERR;
  *row = event.y;
  *column = event.x;
  *state = event.bstate;
  return OK;
}
