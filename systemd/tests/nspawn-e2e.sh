#!/bin/bash
# End-to-end test of the systemd units under a real systemd as PID 1.
#
# Boots a throwaway container (systemd-nspawn -b) over an overlay of this machine's root, with
# factd installed by `make install` and factd.socket enabled, runs check-in-container.sh as a
# oneshot unit, and prints its verdict. Needs root, systemd-nspawn (Debian: systemd-container)
# and overlayfs. Usage: nspawn-e2e.sh BIN_DIR   (the folder holding the built factd and factctl)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
bin=${1:?usage: nspawn-e2e.sh BIN_DIR}

if [ "${FACTD_E2E_INNER:-}" != 1 ]; then
    exec unshare --mount --propagation private env FACTD_E2E_INNER=1 "$0" "$@"
fi

work=$(mktemp -d /tmp/factd-e2e.XXXXXX)
trap 'umount -l "$work/root" 2>/dev/null || true; umount -l "$work/upper" 2>/dev/null || true; rm -rf "$work"' EXIT
mkdir -p "$work/upper" "$work/root"
mount -t tmpfs tmpfs "$work/upper"
mkdir -p "$work/upper/data" "$work/upper/work"
mount -t overlay overlay -o "lowerdir=/,upperdir=$work/upper/data,workdir=$work/upper/work" "$work/root"
root=$work/root

# A fresh identity and nothing of the host's units that would get in the way.
rm -f "$root/etc/machine-id" && systemd-id128 new > "$root/etc/machine-id"
rm -f "$root/etc/systemd/system/factd.service" "$root/etc/systemd/system/factd.socket"

make -s -C "$repo" install-files DESTDIR="$root" BIN="$bin" >/dev/null

# Seeds, a faster watchdog for the test, the marker on which a debug build's extractor stops (to
# test that a restart skips the document), and the socket enabled as `systemctl enable` would.
mkdir -p "$root/var/lib/factd/seeds"
printf 'The Northern Harbor Port Authority approved a plan on Wednesday.\n' > "$root/var/lib/factd/seeds/harbor.txt"
chmod -R o+rX "$root/var/lib/factd"
mkdir -p "$root/etc/systemd/system/factd.service.d" "$root/etc/systemd/system/sockets.target.wants" \
         "$root/etc/systemd/system/multi-user.target.wants"
printf '[Service]\nWatchdogSec=3s\nEnvironment=FACTD_TEST_TRAP_MARKER=XTRAPX\n' > "$root/etc/systemd/system/factd.service.d/test.conf"
ln -sf /etc/systemd/system/factd.socket "$root/etc/systemd/system/sockets.target.wants/factd.socket"

install -D -m 0755 "$here/check-in-container.sh" "$root/usr/local/lib/factd-e2e/check.sh"
cat > "$root/etc/systemd/system/factd-e2e.service" <<'UNIT'
[Unit]
Description=factd end-to-end check
After=multi-user.target factd.socket

[Service]
Type=oneshot
ExecStart=/usr/local/lib/factd-e2e/check.sh
ExecStopPost=/bin/sh -c 'if [ "$EXIT_STATUS" = 0 ]; then systemctl exit 0; else systemctl exit 1; fi'
UNIT
ln -sf /etc/systemd/system/factd-e2e.service "$root/etc/systemd/system/multi-user.target.wants/factd-e2e.service"

status=0
timeout 240 systemd-nspawn -q -D "$root" -b --register=no --keep-unit --private-network \
    --tmpfs=/run/systemd -- systemd.unit=multi-user.target > "$work/console.log" 2>&1 || status=$?
cat "$root/e2e.log" 2>/dev/null || { echo "no log from the check; console:"; tail -40 "$work/console.log"; }
echo "container exit status: $status"
exit $status
