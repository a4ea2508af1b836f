#ifndef FACTD_CSYSTEMD_SHIM_H
#define FACTD_CSYSTEMD_SHIM_H
// The parts of libsystemd factd uses: readiness and watchdog notification, socket activation,
// and structured journal logging. Variadic functions (sd_notifyf, sd_journal_send) are not
// callable from Swift; SystemdSupport uses sd_notify and sd_journal_sendv instead.
#include <systemd/sd-daemon.h>
#include <systemd/sd-journal.h>
#include <sys/uio.h>
#endif
