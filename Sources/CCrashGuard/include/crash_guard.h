#ifndef FACTD_CRASH_GUARD_H
#define FACTD_CRASH_GUARD_H

/// Records which document a thread was extracting when the process died of a fatal signal
/// (a Swift trap is SIGILL or SIGTRAP), so that the next start can skip it.

/// Opens `path` for appending and installs handlers for SIGILL, SIGTRAP, SIGABRT, SIGSEGV,
/// SIGBUS and SIGFPE that write the current thread's line to it, then hand the signal to the
/// handler installed before. Returns 0, or -1 with errno set. Call once.
int factd_crash_guard_install(const char *path);

/// Sets the calling thread's line (a whole line, with its newline), written if the process dies
/// before `factd_crash_guard_leave`. The string must stay alive until then.
void factd_crash_guard_enter(const char *line);

/// Clears the calling thread's line.
void factd_crash_guard_leave(void);

#endif
