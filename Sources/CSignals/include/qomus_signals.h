#ifndef QOMUS_SIGNALS_H
#define QOMUS_SIGNALS_H

/// Signals and the explorer's wake-up pipe. Every piece of state shared with a signal handler is defined once,
/// in signals.c: a header-only module would give each object file its own copy, and an optimised build would
/// then read a flag the handler never writes.

/// What a byte on the wake-up pipe means.
enum {
  QOMUS_WAKE_SIGNAL = 'S',  ///< a signal arrived: read it with qomus_take_signal()
  QOMUS_WAKE_RESIZE = 'W',  ///< the terminal was resized (SIGWINCH)
  QOMUS_WAKE_WORK = 'R',    ///< background work finished
};

/// Creates the wake-up pipe (non-blocking, close-on-exec) once; returns its read end, or -1 on failure.
int qomus_wakeup_open(void);

/// Writes `byte` to the wake-up pipe. Async-signal-safe; a full pipe drops the byte (the loop is awake anyway).
void qomus_wakeup_write(char byte);

/// Reads every byte waiting on the pipe into `buffer` (at most `capacity`); returns how many were read.
int qomus_wakeup_drain(char *buffer, int capacity);

/// Saves the terminal modes of standard input, for the crash handler to restore; call before the terminal
/// library changes them.
void qomus_save_terminal_modes(void);

/// Installs the handlers: SIGINT, SIGTERM and SIGHUP are
/// recorded and wake the loop; SIGWINCH wakes it and is passed on to the handler installed before (ncurses');
/// crash signals restore the terminal with async-signal-safe calls and die by the same signal. Call after
/// the terminal library has installed its own handlers.
void qomus_install_signal_handlers(void);

/// The terminating signal received (SIGINT, SIGTERM or SIGHUP), or 0 if none; it stays set.
int qomus_pending_signal(void);

/// Forgets a pending signal (tests).
void qomus_clear_signal(void);

/// Restores the default disposition of `sig` and raises it, so the parent sees how the process ended.
void qomus_reraise(int sig);

/// Writes `bytes` to standard output with write(2), unbuffered (terminal modes such as bracketed paste).
void qomus_write_stdout(const char *bytes);

/// The number of bytes waiting to be read on `fd` (FIONREAD), or -1.
int qomus_bytes_available(int fd);

#endif
