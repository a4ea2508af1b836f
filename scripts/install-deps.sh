#!/bin/sh
# Installs what factd needs on Debian or Ubuntu, only when it is missing:
#   iso-codes  countries and subdivisions for the gazetteer (read at run time)
#   wamerican  the English word list that tells ordinary words from names
#   socat      for the README's shell examples (optional at run time)
#   libsystemd-dev, pkg-config   sd_notify, socket activation and the journal (build time)
#   zlib1g-dev                   deflate, for the texts the snapshot keeps (build time)
#   systemd-container            systemd-nspawn, for the end-to-end test under a real systemd
# Swift itself is expected at /opt/swift or on PATH.
set -eu
packages="iso-codes wamerican socat libsystemd-dev pkg-config zlib1g-dev systemd-container"
missing=""
for p in $packages; do
    dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
    if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
    echo "installing:$missing" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq $missing >/dev/null
fi
if ! command -v swift >/dev/null 2>&1 && [ -x /opt/swift/usr/bin/swift ]; then
    echo "note: add /opt/swift/usr/bin to PATH" >&2
fi
