#!/bin/sh
# Runs the bare engine (test/faults/observe.ts --summary) on every candidate, 8 at a time, into observed.txt.
cd "$(dirname "$0")/../.." || exit 1
ls test/faults-blind69/candidates/*.nn.json | split -n r/8 - /tmp/h69chunk.
for f in /tmp/h69chunk.??; do npx tsx test/faults/observe.ts $(cat "$f") --summary > "$f.out" 2>&1 & done
wait
cat /tmp/h69chunk.??.out | grep -v 'npm warn' | sed 's/^  //' | sort > test/faults-blind69/observed.txt
rm -f /tmp/h69chunk.*
