#include "qomus_signals.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

static int wake_pipe[2] = {-1, -1};
static volatile sig_atomic_t pending_signal = 0;
static struct termios saved_modes;
static volatile sig_atomic_t saved_modes_valid = 0;
static struct sigaction previous_winch;

static void set_flags(int fd) {
  int flags = fcntl(fd, F_GETFL);
  if (flags >= 0) fcntl(fd, F_SETFL, flags | O_NONBLOCK);
  fcntl(fd, F_SETFD, FD_CLOEXEC);
}

int qomus_wakeup_open(void) {
  if (wake_pipe[0] >= 0) return wake_pipe[0];
  int fds[2];
  if (pipe(fds) != 0) return -1;
  set_flags(fds[0]);
  set_flags(fds[1]);
  wake_pipe[0] = fds[0];
  wake_pipe[1] = fds[1];
  return wake_pipe[0];
}

void qomus_wakeup_write(char byte) {
  if (wake_pipe[1] < 0) return;
  int saved = errno;
  ssize_t ignored = write(wake_pipe[1], &byte, 1);
  (void)ignored;
  errno = saved;
}

int qomus_wakeup_drain(char *buffer, int capacity) {
  if (wake_pipe[0] < 0 || capacity <= 0) return 0;
  int total = 0;
  while (total < capacity) {
    ssize_t n = read(wake_pipe[0], buffer + total, (size_t)(capacity - total));
    if (n > 0) {
      total += (int)n;
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else {
      break;
    }
  }
  return total;
}

static void on_terminate(int sig) {
  pending_signal = sig;
  qomus_wakeup_write(QOMUS_WAKE_SIGNAL);
}

static void on_resize(int sig) {
  qomus_wakeup_write(QOMUS_WAKE_RESIZE);
  if (previous_winch.sa_flags & SA_SIGINFO) {
    if (previous_winch.sa_sigaction) previous_winch.sa_sigaction(sig, NULL, NULL);
  } else if (previous_winch.sa_handler != SIG_DFL && previous_winch.sa_handler != SIG_IGN &&
             previous_winch.sa_handler != NULL) {
    previous_winch.sa_handler(sig);
  }
}

static void on_crash(int sig) {
  if (saved_modes_valid) tcsetattr(STDIN_FILENO, TCSANOW, &saved_modes);
  static const char reset[] =
      "\033[?2004l\033[?1000l\033[?1002l\033[?1006l\033[0m\033[?25h\033[?1049l\r\n";
  ssize_t ignored = write(STDOUT_FILENO, reset, sizeof reset - 1);
  (void)ignored;
  signal(sig, SIG_DFL);
  raise(sig);
}

void qomus_save_terminal_modes(void) {
  if (tcgetattr(STDIN_FILENO, &saved_modes) == 0) saved_modes_valid = 1;
}

void qomus_install_signal_handlers(void) {
  qomus_wakeup_open();

  struct sigaction terminate;
  memset(&terminate, 0, sizeof terminate);
  sigemptyset(&terminate.sa_mask);
  terminate.sa_flags = SA_RESTART;  // the loop is woken by the pipe, not by EINTR
  terminate.sa_handler = on_terminate;
  sigaction(SIGINT, &terminate, NULL);
  sigaction(SIGTERM, &terminate, NULL);
  sigaction(SIGHUP, &terminate, NULL);

  struct sigaction resize;
  memset(&resize, 0, sizeof resize);
  sigemptyset(&resize.sa_mask);
  resize.sa_flags = SA_RESTART;
  resize.sa_handler = on_resize;
  struct sigaction current;
  if (sigaction(SIGWINCH, NULL, &current) == 0 && current.sa_handler != on_resize) {
    previous_winch = current;
  }
  sigaction(SIGWINCH, &resize, NULL);

  struct sigaction crash;
  memset(&crash, 0, sizeof crash);
  sigemptyset(&crash.sa_mask);
  crash.sa_flags = SA_RESETHAND;
  crash.sa_handler = on_crash;
  int fatal[] = {SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE};
  for (unsigned i = 0; i < sizeof fatal / sizeof fatal[0]; i++) sigaction(fatal[i], &crash, NULL);
}

int qomus_pending_signal(void) { return pending_signal; }

void qomus_clear_signal(void) { pending_signal = 0; }

void qomus_reraise(int sig) {
  signal(sig, SIG_DFL);
  raise(sig);
}

void qomus_write_stdout(const char *bytes) {
  size_t left = strlen(bytes);
  while (left > 0) {
    ssize_t n = write(STDOUT_FILENO, bytes, left);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return;
    bytes += n;
    left -= (size_t)n;
  }
}

int qomus_bytes_available(int fd) {
  int count = 0;
  if (ioctl(fd, FIONREAD, &count) != 0) return -1;
  return count;
}
