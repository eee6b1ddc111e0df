#define _XOPEN_SOURCE_EXTENDED 1
#define NCURSES_WIDECHAR 1
#include <locale.h>
#include <langinfo.h>
#include <signal.h>
#include <termios.h>
#include <unistd.h>
#include <wchar.h>
#include <ncursesw/ncurses.h>

/// Accessors for ncurses globals and macros, which Swift 6 cannot use directly.
static inline WINDOW *cn_stdscr(void) { return stdscr; }
static inline WINDOW *cn_curscr(void) { return curscr; }
static inline FILE *cn_stdout(void) { return stdout; }
static inline FILE *cn_stdin(void) { return stdin; }
static inline int cn_colors(void) { return COLORS; }
static inline int cn_color_pairs(void) { return COLOR_PAIRS; }

static inline attr_t cn_a_bold(void) { return A_BOLD; }
static inline attr_t cn_a_dim(void) { return A_DIM; }
static inline attr_t cn_a_italic(void) { return A_ITALIC; }
static inline attr_t cn_a_underline(void) { return A_UNDERLINE; }
static inline attr_t cn_a_reverse(void) { return A_REVERSE; }

static inline mmask_t cn_button1_pressed(void) { return BUTTON1_PRESSED; }
static inline mmask_t cn_button1_clicked(void) { return BUTTON1_CLICKED; }
static inline mmask_t cn_wheel_up(void) { return BUTTON4_PRESSED; }
static inline mmask_t cn_wheel_down(void) { return BUTTON5_PRESSED; }

/// Writes `n` wide characters at (y, x) with attributes and an (extended) colour pair.
static inline int cn_put(WINDOW *win, int y, int x, const wchar_t *text, int n, attr_t attrs, int pair) {
  wattr_set(win, attrs, (short)(pair < 32767 ? pair : 0), &pair);
  return mvwaddnwstr(win, y, x, text, n);
}

// Signals. SIGINT, SIGTERM and SIGHUP only set a flag the event loop reads (reading input is interrupted);
// crash signals restore the terminal with async-signal-safe calls and die with the same signal.

// State lives in function-local statics: a header-only module cannot define globals Swift will emit.
static inline volatile sig_atomic_t *cn_signal_slot(void) {
  static volatile sig_atomic_t pending = 0;
  return &pending;
}
static inline struct termios *cn_saved_termios(void) {
  static struct termios saved;
  return &saved;
}
static inline volatile sig_atomic_t *cn_saved_termios_valid(void) {
  static volatile sig_atomic_t valid = 0;
  return &valid;
}

static inline void cn_note_signal(int sig) { *cn_signal_slot() = sig; }

static inline void cn_crash_restore(int sig) {
  if (*cn_saved_termios_valid()) tcsetattr(STDIN_FILENO, TCSANOW, cn_saved_termios());
  static const char reset[] = "\033[?1000l\033[?1002l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";
  ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
  (void)ignored;
  signal(sig, SIG_DFL);
  raise(sig);
}

/// Saves the terminal modes and installs the handlers; call before initialising ncurses.
static inline void cn_install_signal_handlers(void) {
  if (tcgetattr(STDIN_FILENO, cn_saved_termios()) == 0) *cn_saved_termios_valid() = 1;
  struct sigaction quiet;
  sigemptyset(&quiet.sa_mask);
  quiet.sa_flags = 0;  // no SA_RESTART: a blocked read returns, so the loop sees the flag at once
  quiet.sa_handler = cn_note_signal;
  sigaction(SIGINT, &quiet, NULL);
  sigaction(SIGTERM, &quiet, NULL);
  sigaction(SIGHUP, &quiet, NULL);
  struct sigaction crash;
  sigemptyset(&crash.sa_mask);
  crash.sa_flags = SA_RESETHAND;
  crash.sa_handler = cn_crash_restore;
  int fatal[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
  for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) sigaction(fatal[i], &crash, NULL);
}

/// The signal received since the last call (0 if none).
static inline int cn_take_signal(void) {
  int sig = *cn_signal_slot();
  *cn_signal_slot() = 0;
  return sig;
}

/// Restores the default disposition of `sig` and raises it, so the parent sees how the process ended.
static inline void cn_reraise(int sig) {
  signal(sig, SIG_DFL);
  raise(sig);
}
