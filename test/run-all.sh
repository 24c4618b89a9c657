#!/usr/bin/env bash
# `npm test`: every tier in order — build, type-check, unit (mocha), then the extension in a real
# VS Code (code-server + Chromium): integration suite and end-to-end. Ends with one total line.
set -uo pipefail
cd "$(dirname "$0")/.."

log="$(mktemp)"
trap 'rm -f "$log"' EXIT
status=0

tier() { # tier <name> <command...>
  local name="$1"; shift
  echo "=== $name"
  "$@" 2>&1 | tee -a "$log"
  local rc=${PIPESTATUS[0]}
  if [ "$rc" -ne 0 ]; then
    echo "=== $name failed (exit $rc)"
    status=1
  fi
  return "$rc"
}

tier build npm run --silent build || exit 1
tier typecheck npm run --silent typecheck || exit 1
tier unit npx mocha
tier setup bash test/vscode/setup.sh || exit 1
tier integration node test/vscode/run.mjs --extension . --tests out/integration --workspace test/fixtures
tier e2e node test/vscode/run.mjs --extension . --workspace examples --e2e test/e2e/editor-and-panel.e2e.mjs

passed=0; failed=0
while read -r p f; do passed=$((passed + p)); failed=$((failed + f)); done < <(
  grep -oE '(unit|integration|e2e): [0-9]+ passed, [0-9]+ failed' "$log" | sed -E 's/.*: ([0-9]+) passed, ([0-9]+) failed/\1 \2/')
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
echo
echo "total: $passed passed, $failed failed"
exit "$status"
