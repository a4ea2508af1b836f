#!/bin/bash
# Serves a folder with one build of factd and writes its answers to a fixed set of queries, so
# that two builds can be compared byte for byte after a change that must not alter answers:
#
#   scripts/record-answers.sh .build/release /tmp/corpus10 /tmp/after.txt
#   scripts/record-answers.sh /tmp/before/.build/release /tmp/corpus10 /tmp/before.txt
#   cmp /tmp/before.txt /tmp/after.txt
#
# The queries: the 300 most mentioned entities, the cards of the first 40, five searches and two
# fact filters (the words suit `factbench corpus` folders; any folder works).
set -euo pipefail
bin=${1:?usage: record-answers.sh BIN_DIR SEEDS_DIR OUT_FILE}
seeds=${2:?usage: record-answers.sh BIN_DIR SEEDS_DIR OUT_FILE}
out=${3:?usage: record-answers.sh BIN_DIR SEEDS_DIR OUT_FILE}
work=$(mktemp -d)
socket=$work/factd.sock
"$bin/factd" --seeds "$seeds" --socket "$socket" --log-level info > "$work/log" 2>&1 &
daemon=$!
trap 'kill $daemon 2>/dev/null; wait $daemon 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do
    grep -q "ready" "$work/log" && break
    kill -0 $daemon 2>/dev/null || { cat "$work/log" >&2; exit 1; }
    sleep 0.5
done
grep -q "ready" "$work/log" || { echo "factd did not get ready" >&2; exit 1; }
ctl() { "$bin/factctl" "$@" --socket "$socket" --json; }
{
    ctl entities --limit 300
    for id in $(ctl entities --limit 40 | python3 -c 'import json, sys; print(" ".join(e["id"] for e in json.load(sys.stdin)["entities"]))'); do
        ctl entity "$id"
    done
    for q in "port authority" "million" "flood bridge" "announced office" "grain tonnes moved"; do ctl search "$q"; done
    ctl facts --predicate open
    ctl facts --text million
} > "$out"
