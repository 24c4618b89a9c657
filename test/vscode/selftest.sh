#!/usr/bin/env bash
# Self-test of the real-VS Code harness on its throwaway fixture extension (test/vscode/fixture):
#   1. setup.sh                        (installs Node 24, code-server, Chromium; seconds when cached)
#   2. integration mode                (extensionTestsPath: mocha in the extension host) must exit 0
#   3. integration mode, failing suite (a generated suite that fails) must exit 1, proving failures propagate
#   4. e2e mode                        (Playwright drives the workbench UI) must exit 0
# Prints the wall time of each step. Exit 0 when all pass.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
FIX="$HERE/fixture"
cd "$ROOT"

results=()
step() { # step <name> <expected exit code> <command...>
  local name="$1" want="$2"; shift 2
  echo
  echo "=== selftest: $name"
  local t0 rc
  t0=$(date +%s%N)
  set +e; "$@"; rc=$?; set -e
  local dt
  local ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  dt="$((ms / 1000)).$(( (ms % 1000) / 100 ))"
  if [ "$rc" -eq "$want" ]; then
    results+=("PASS  ${dt}s  $name (exit $rc)")
  else
    results+=("FAIL  ${dt}s  $name (exit $rc, expected $want)")
  fi
  echo "=== selftest: $name -> exit $rc (expected $want) in ${dt}s"
}

step "setup.sh" 0 bash "$HERE/setup.sh"

step "integration: fixture suite passes" 0 \
  node "$HERE/run.mjs" --extension "$FIX" --tests "$FIX/tests" --workspace "$FIX/workspace" --timeout 300

FAILING="$(mktemp -d)"
trap 'rm -rf "$FAILING"' EXIT
cat >"$FAILING/index.js" <<JS
const Mocha = require('$ROOT/node_modules/mocha');
exports.run = () => new Promise((resolve, reject) => {
  const mocha = new Mocha({ color: false });
  mocha.suite.addTest(new Mocha.Test('fails on purpose (selftest: exit code must be 1)', () => { throw new Error('expected failure'); }));
  mocha.run((failures) => (failures ? reject(new Error(failures + ' failing')) : resolve()));
});
JS
step "integration: a failing suite exits 1" 1 \
  node "$HERE/run.mjs" --extension "$FIX" --tests "$FAILING" --workspace "$FIX/workspace" --timeout 300

step "e2e: fixture through the workbench UI" 0 \
  node "$HERE/run.mjs" --extension "$FIX" --workspace "$FIX/workspace" --e2e "$FIX/e2e.mjs" --timeout 300

echo
echo "=== selftest summary"
printf '  %s\n' "${results[@]}"
if printf '%s\n' "${results[@]}" | grep -q '^FAIL'; then exit 1; fi
echo "  all passed"
