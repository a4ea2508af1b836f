#!/bin/bash
# Runs inside the test container as a oneshot unit; writes its findings to /e2e.log and fails
# on the first broken expectation.
exec > /e2e.log 2>&1
set -u
fail() {
    echo "FAIL: $*"
    systemctl status --no-pager -l factd.service factd.socket 2>&1 | tail -20
    journalctl -u factd.service --no-pager 2>&1 | head -12; journalctl --no-pager -b 2>&1 | grep -i -E "dynamic|userns|user namespace|217|factd" | head -20
    exit 1
}
ok() { echo "ok: $*"; }
show() { systemctl show factd.service -p "$1" --value; }
sock=/run/factd/factd.sock
export FACTD_SOCKET=$sock

[ "$(systemctl is-active factd.socket)" = active ] || fail "factd.socket is not active"
[ "$(show ActiveState)" = inactive ] || fail "factd.service started before anyone connected"
[ "$(stat -c '%a %G' $sock)" = "660 factd" ] || fail "socket mode/group is $(stat -c '%a %G' $sock)"
ok "socket listening, service idle, mode 660 group factd"

# First use starts the daemon; a query made before the first scan is done waits for it
# (status answers at once, with ready=false while scanning).
factctl docs --json | grep -q '"path" : "harbor.txt"' || fail "the first query through the socket did not list harbor.txt"
docs=$(factctl status --json | sed -n 's/.*"documents" : \([0-9]*\).*/\1/p')
[ "$docs" = 1 ] || fail "status through the socket said documents=$docs"
[ "$(show ActiveState)" = active ] || fail "factd.service not active after the first connection"
[ "$(show Type)" = notify ] || fail "Type is $(show Type)"
case "$(show StatusText)" in serving*) ;; *) fail "StatusText is '$(show StatusText)'";; esac
[ "$(show WatchdogUSec)" = 3s ] || fail "WatchdogUSec is $(show WatchdogUSec)"
ok "socket activation, READY and STATUS: $(show StatusText)"

sleep 4  # longer than the watchdog: pings keep it alive
[ "$(show ActiveState)" = active ] || fail "the watchdog killed a healthy daemon"
[ "$(show NRestarts)" = 0 ] || fail "restarted although healthy"
ok "watchdog pings keep a healthy daemon alive"

journalctl -u factd.service -o json --no-pager | grep -q '"FACTD_GENERATION"' || fail "no FACTD_GENERATION field in the journal"
journalctl -u factd.service -o json --no-pager | grep -q '"CODE_FILE"' || fail "no CODE_FILE field in the journal"
journalctl -u factd.service -o json --no-pager | grep -q '"PRIORITY" *: *"6"' || fail "no info-priority entries"
ok "structured journal fields"

gen() { factctl status --json | sed -n 's/.*"generation" : \([0-9]*\).*/\1/p'; }
before=$(gen)
systemctl reload factd.service || fail "systemctl reload failed"
after=$(gen)
[ "$after" -gt "$before" ] || fail "reload did not rescan (generation $before → $after)"
ok "systemctl reload rescans (generation $before → $after)"

# Changes to the read-only seeds folder still reach the daemon.
printf 'The Coastal Wildlife Society counted 40 seabirds.\n' > /var/lib/factd/seeds/birds.txt
for i in $(seq 50); do factctl entity "Coastal Wildlife Society" >/dev/null 2>&1 && break; sleep 0.1; done
factctl entity "Coastal Wildlife Society" >/dev/null || fail "new document not seen"
ok "live watch under the sandbox"

pid=$(show MainPID)
kill -STOP "$pid"
# WatchdogSec (3 s here) passes without a ping; SIGABRT cannot end a stopped process, so
# systemd sends SIGKILL after TimeoutAbortSec (5 s) and restarts the service.
for i in $(seq 200); do
    [ "$(show NRestarts)" -ge 1 ] && [ "$(show MainPID)" != "$pid" ] && [ "$(show ActiveState)" = active ] && break
    sleep 0.1
done
[ "$(show NRestarts)" -ge 1 ] || fail "a hung daemon was not restarted (NRestarts=$(show NRestarts))"
[ "$(show MainPID)" != "$pid" ] || fail "still the hung process"
journalctl -u factd.service --no-pager | grep -qi watchdog || fail "no watchdog message in the journal"
factctl status >/dev/null || fail "restarted daemon does not answer"
ok "hung daemon killed by the watchdog and restarted"

# A document that stops the extractor (this debug build traps on the marker the drop-in sets)
# stops factd once; the restart skips that version of it and serves the rest.
restarts=$(show NRestarts)
printf 'Velto Motors said XTRAPX on Monday.\n' > /var/lib/factd/seeds/trap.txt
for i in $(seq 300); do
    [ "$(show NRestarts)" -gt "$restarts" ] && [ "$(show ActiveState)" = active ] && break
    sleep 0.1
done
[ "$(show NRestarts)" -gt "$restarts" ] || fail "the trapping document did not stop factd (NRestarts=$(show NRestarts))"
for i in $(seq 100); do factctl docs --json 2>/dev/null | grep -q 'stopped the extractor' && break; sleep 0.1; done
factctl docs --json | grep -q 'stopped the extractor' || fail "the document that stopped the extractor is not listed as skipped"
grep -q '/var/lib/factd/seeds/trap.txt' /var/lib/factd-daemon/extraction-stopped || fail "no record in /var/lib/factd-daemon"
factctl entity "Coastal Wildlife Society" >/dev/null || fail "the other documents are not served after the restart"
ok "a document that stopped the extractor is skipped after the restart ($(show NRestarts) restarts)"

start=$(date +%s%N)
systemctl stop factd.service
elapsed=$(( ($(date +%s%N) - start) / 1000000 ))
[ "$(show ActiveState)" = inactive ] || fail "still $(show ActiveState) after stop"
[ "$elapsed" -lt 5000 ] || fail "stop took ${elapsed} ms"
[ -S $sock ] || fail "stopping the service removed the activation socket"
journalctl -u factd.service --no-pager | grep -q "Stopped factd" || true
ok "systemctl stop finished in ${elapsed} ms; socket kept for the next activation"
echo PASS
