#include "crash_guard.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <string.h>
#include <unistd.h>

static int journal_fd = -1;
static _Thread_local const char *current_line = 0;
static const int guarded[] = {SIGILL, SIGTRAP, SIGABRT, SIGSEGV, SIGBUS, SIGFPE};
#define GUARDED_COUNT (sizeof(guarded) / sizeof(guarded[0]))
static struct sigaction previous[GUARDED_COUNT];

static void on_fatal_signal(int sig, siginfo_t *info, void *context) {
    const char *line = current_line;
    if (line && journal_fd >= 0) {
        size_t length = strlen(line);
        while (length > 0) {  // write(2) is async-signal-safe; a line is short, so it goes in one piece
            ssize_t n = write(journal_fd, line, length);
            if (n <= 0) break;
            line += n;
            length -= (size_t)n;
        }
        fsync(journal_fd);
    }
    // Hand the signal on: restore the handler that was there and return, so that the faulting
    // instruction runs again under it (or raise it again for a signal sent, such as abort's).
    for (size_t i = 0; i < GUARDED_COUNT; i++) {
        if (guarded[i] == sig) {
            sigaction(sig, &previous[i], 0);
            break;
        }
    }
    if (info == 0 || info->si_code <= 0) raise(sig);
    (void)context;
}

int factd_crash_guard_install(const char *path) {
    if (journal_fd >= 0) return 0;
    int fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) return -1;
    journal_fd = fd;
    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = on_fatal_signal;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    for (size_t i = 0; i < GUARDED_COUNT; i++) {
        if (sigaction(guarded[i], &action, &previous[i]) != 0) return -1;
    }
    return 0;
}

void factd_crash_guard_enter(const char *line) { current_line = line; }

void factd_crash_guard_leave(void) { current_line = 0; }
