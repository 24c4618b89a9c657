#!/usr/bin/env node
// Runs an extension inside a real VS Code (code-server = VS Code server + web workbench) driven by headless
// Chromium through playwright-core. Works where @vscode/test-electron cannot download VS Code.
// Prerequisite: test/vscode/setup.sh (installs Node 24, code-server and Chromium into .vscode-test/).
//
// Modes (see test/vscode/README.md):
//   integration  node test/vscode/run.mjs --extension DIR --tests DIR --workspace DIR
//   e2e          node test/vscode/run.mjs --extension DIR --workspace DIR --e2e MODULE
//   launch       node test/vscode/run.mjs --launch --extension DIR --workspace DIR
//
// Exit codes: the test run's exit code (0 pass, 1 fail) in integration mode; 0/1 by the e2e module's result;
// 2 for harness errors (bad arguments, setup missing, server/browser failed, timeouts); 130 on Ctrl+C.

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import http from 'node:http';
import { createRequire } from 'node:module';
import util from 'node:util';
import { fileURLToPath, pathToFileURL } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const require = createRequire(import.meta.url);

// ------------------------------------------------------------------------------------------------ arguments
const USAGE = `usage:
  node test/vscode/run.mjs --extension <dir> --tests <dir> --workspace <dir> [options]   integration tests
  node test/vscode/run.mjs --extension <dir> --workspace <dir> --e2e <module> [options]  Playwright end-to-end
  node test/vscode/run.mjs --launch --extension <dir> --workspace <dir> [--port N]       serve for a browser

options:
  --extension <dir>      extension folder (its package.json); loaded as extensionDevelopmentPath
  --tests <dir|file>     extensionTestsPath: module (folder with index.js) exporting run(): Promise<void>
  --workspace <dir>      folder to open in VS Code
  --e2e <module>         ESM/CJS module exporting async run({ page, baseUrl, url, workspace, screenshotsDir, log })
  --launch               start code-server with the extension loaded and print the URL; run until Ctrl+C
  --keep-open            after the run, keep code-server running (prints the URL) until Ctrl+C
  --port <n>             port for code-server (default: a free one)
  --timeout <s>          overall time limit of a test/e2e run (default 600)
  --server-timeout <s>   time limit for code-server to answer (default 60)
  --artifacts <dir>      where logs/screenshots go (default .vscode-test/artifacts/<mode>-<time>)
  --chromium <path>      browser binary (default $CHROMIUM_PATH or /usr/bin/chromium)
  --verbose              also print code-server output, browser console and the log noise normally filtered
env: VSCODE_TEST_CACHE (default <repo>/.vscode-test), CHROMIUM_PATH`;

function parseArgs(argv) {
  const o = { timeout: 600, serverTimeout: 60, verbose: false, keepOpen: false, launch: false };
  const valued = {
    '--extension': 'extension', '--tests': 'tests', '--workspace': 'workspace', '--e2e': 'e2e', '--port': 'port',
    '--timeout': 'timeout', '--server-timeout': 'serverTimeout', '--artifacts': 'artifacts', '--chromium': 'chromium',
  };
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    let v;
    const eq = a.indexOf('=');
    if (a.startsWith('--') && eq > 0) { v = a.slice(eq + 1); a = a.slice(0, eq); }
    if (a === '-h' || a === '--help') { console.log(USAGE); process.exit(0); }
    else if (a === '--launch') o.launch = true;
    else if (a === '--keep-open') o.keepOpen = true;
    else if (a === '--verbose') o.verbose = true;
    else if (valued[a]) {
      if (v === undefined) { v = argv[++i]; if (v === undefined) usageError(`${a} needs a value`); }
      o[valued[a]] = v;
    } else usageError(`unknown argument: ${a}`);
  }
  for (const k of ['port', 'timeout', 'serverTimeout']) {
    if (o[k] !== undefined) {
      const n = Number(o[k]);
      if (!Number.isFinite(n) || n <= 0) usageError(`--${k} must be a positive number, got ${o[k]}`);
      o[k] = n;
    }
  }
  if (!o.extension) usageError('--extension is required');
  if (!o.workspace) usageError('--workspace is required');
  const modes = [o.launch, !!o.e2e, !!o.tests].filter(Boolean).length;
  if (modes !== 1) usageError('give exactly one of --tests (integration), --e2e (end-to-end) or --launch');
  o.mode = o.launch ? 'launch' : o.e2e ? 'e2e' : 'integration';
  for (const k of ['extension', 'tests', 'workspace', 'e2e', 'artifacts', 'chromium']) {
    if (o[k]) o[k] = path.resolve(o[k]);
  }
  const mustExist = [['extension', 'dir'], ['workspace', 'dir'], ['tests', 'any'], ['e2e', 'file']];
  for (const [k, kind] of mustExist) {
    if (!o[k]) continue;
    if (!fs.existsSync(o[k])) usageError(`--${k} ${o[k]} does not exist`);
    if (kind === 'dir' && !fs.statSync(o[k]).isDirectory()) usageError(`--${k} ${o[k]} is not a folder`);
  }
  const manifestPath = path.join(o.extension, 'package.json');
  if (!fs.existsSync(manifestPath)) usageError(`--extension ${o.extension} has no package.json`);
  let manifest;
  try { manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8')); } catch (err) { usageError(`${manifestPath}: ${err.message}`); }
  if (manifest.main) {
    const main = path.resolve(o.extension, manifest.main);
    if (![main, `${main}.js`, path.join(main, 'index.js')].some((p) => fs.existsSync(p))) {
      console.error(`[run] the extension's entry point ${main} (package.json "main") does not exist: build the extension first (e.g. npm run build)`);
      process.exit(2);
    }
  }
  return o;
}

function usageError(msg) {
  console.error(`[run] ${msg}\n\n${USAGE}`);
  process.exit(2);
}

// ------------------------------------------------------------------------------------------------ logging
const T0 = Date.now();
const stamp = () => `${((Date.now() - T0) / 1000).toFixed(1).padStart(5)}s`;
const say = (msg) => process.stdout.write(`[run ${stamp()}] ${msg}\n`);
const warn = (msg) => process.stderr.write(`[run ${stamp()}] ${msg}\n`);

// Harmless noise of code-server / the web workbench in an offline sandbox (see README "Known log noise").
const NOISE = [
  /open-vsx\.org/i,
  /(mobile\.events\.data\.microsoft\.com|dc\.services\.visualstudio\.com|default\.exp-tas\.com|vscode-sync|update\.code\.visualstudio\.com|marketplace\.visualstudio\.com|main\.vscode-cdn\.net|vscode-unpkg\.net|az764295\.vo\.msecnd\.net)/i,
  /vsda(_bg\.wasm|\.js)?\b.*(not found|Failed)|File not found: .*vsda/i,
  /ERR_NAME_NOT_RESOLVED|ERR_INTERNET_DISCONNECTED/,
  /\[: \d+: unexpected operator/, // Debian's /usr/bin/chromium wrapper parsing findmnt output with two /dev/shm mounts
];
const isNoise = (line) => NOISE.some((re) => re.test(line));
// Info-level chatter of the workbench itself that arrives on the same channel as the extension host's console
// (codeAutomationLog). Hidden unless --verbose; everything else (test output, warnings, errors) is relayed.
const WORKBENCH_CHATTER = [
  /^Resolv(ing|ed) connection token/,
  /^Creating a socket \(renderer-/,
  /^\[reconnection-grace-time\]/,
  /^Updating additional builtin extensions cache/,
  /^\[Service Worker\]/,
  /^\[AgentHost(:\w+)?\]/,
  /^\[AccountPolicyGate\]/,
  /^Started local extension host with pid/,
  /^\[File Watcher/,
];
const isChatter = (type, line) => (type === 'info' || type === 'debug' || type === 'trace') && WORKBENCH_CHATTER.some((re) => re.test(line));

// ------------------------------------------------------------------------------------------------ cleanup
const cleanups = [];
/** Uncaught exceptions thrown by the panel's own script (dist/webview.js): an e2e run fails on any. */
const panelErrors = [];
let cleaning = null;
function onCleanup(fn) { cleanups.push(fn); }
async function cleanup() {
  if (!cleaning) {
    cleaning = (async () => {
      for (const fn of cleanups.reverse()) {
        try { await fn(); } catch (err) { warn(`cleanup: ${err?.message ?? err}`); }
      }
    })();
  }
  return cleaning;
}
async function finish(code, msg) {
  if (msg) (code === 0 ? say : warn)(msg);
  const t = setTimeout(() => { warn('cleanup took over 20 s; exiting anyway'); process.exit(code); }, 20000);
  t.unref();
  await cleanup();
  process.exit(code);
}
for (const sig of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(sig, () => {
    if (cleaning) { process.exit(130); } // second Ctrl+C: leave now
    void finish(sig === 'SIGINT' ? 130 : 143, `${sig}: stopping code-server and the browser`);
  });
}
process.on('uncaughtException', (err) => void finish(2, `harness error: ${err?.stack ?? err}`));
process.on('unhandledRejection', (err) => void finish(2, `harness error (unhandled rejection): ${err?.stack ?? err}`));

// ------------------------------------------------------------------------------------------------ helpers
function withTimeout(promise, ms, what) {
  let t;
  return Promise.race([
    promise,
    new Promise((_, reject) => { t = setTimeout(() => reject(new TimeoutError(`${what} timed out after ${Math.round(ms / 1000)} s`)), ms); }),
  ]).finally(() => clearTimeout(t));
}
class TimeoutError extends Error {}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => { const { port } = srv.address(); srv.close(() => resolve(port)); });
  });
}

function portTaken(port) {
  return new Promise((resolve) => {
    const s = net.connect({ host: '127.0.0.1', port });
    s.once('connect', () => { s.destroy(); resolve(true); });
    s.once('error', () => resolve(false));
  });
}

function httpOk(url) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: 2000 }, (res) => { res.resume(); resolve(res.statusCode >= 200 && res.statusCode < 400); });
    req.on('error', () => resolve(false));
    req.on('timeout', () => { req.destroy(); resolve(false); });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** vscode-remote URI of an absolute server-side path, for the payload. */
function remoteUri(authority, absPath) {
  return `vscode-remote://${authority}${absPath.split(path.sep).map(encodeURIComponent).join('/')}`;
}

function workbenchUrl(baseUrl, authority, o, withTests) {
  const payload = [['extensionDevelopmentPath', remoteUri(authority, o.extension)]];
  if (withTests) payload.push(['extensionTestsPath', remoteUri(authority, o.tests)]);
  payload.push(['skipWelcome', 'true']);
  return `${baseUrl}/?folder=${encodeURIComponent(o.workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
}

function groupAlive(pgid) {
  try { process.kill(-pgid, 0); return true; } catch (err) { return err.code === 'EPERM'; }
}

/** SIGTERM to the child's whole process group; waits until every member is gone, SIGKILL after 5 s. */
async function killGroup(child, name) {
  if (!child?.pid || !groupAlive(child.pid)) return;
  try { process.kill(-child.pid, 'SIGTERM'); } catch { /* gone */ }
  const end = Date.now() + 5000;
  while (groupAlive(child.pid) && Date.now() < end) await sleep(100);
  if (groupAlive(child.pid)) {
    warn(`${name} did not stop within 5 s of SIGTERM: SIGKILL`);
    try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
    const end2 = Date.now() + 2000;
    while (groupAlive(child.pid) && Date.now() < end2) await sleep(100);
  }
}

function lineSplitter(onLine) {
  let buf = '';
  return (chunk) => {
    buf += chunk.toString();
    let i;
    while ((i = buf.indexOf('\n')) >= 0) { onLine(buf.slice(0, i).replace(/\r$/, '')); buf = buf.slice(i + 1); }
  };
}

// ------------------------------------------------------------------------------------------------ code-server
function locateInstall() {
  const cache = process.env.VSCODE_TEST_CACHE ? path.resolve(process.env.VSCODE_TEST_CACHE) : path.join(REPO, '.vscode-test');
  const node24 = path.join(cache, 'node24/node_modules/node/bin/node');
  const entry = path.join(cache, 'code-server/node_modules/code-server/out/node/entry.js');
  const missing = [node24, entry].filter((p) => !fs.existsSync(p));
  if (missing.length) {
    throw new HarnessError(`not installed: ${missing.join(', ')}\n  run: bash ${path.relative(process.cwd(), path.join(HERE, 'setup.sh')) || 'test/vscode/setup.sh'}`);
  }
  return { cache, node24, entry };
}
class HarnessError extends Error {}

async function startCodeServer(o, install, tmp, artifacts) {
  const port = o.port ?? (await freePort());
  if (o.port && (await portTaken(port))) throw new HarnessError(`port ${port} is already in use on 127.0.0.1`);
  const ud = path.join(tmp, 'user-data');
  const ext = path.join(tmp, 'extensions');
  const config = path.join(tmp, 'config.yaml');
  fs.mkdirSync(path.join(ud, 'User'), { recursive: true });
  fs.mkdirSync(ext, { recursive: true });
  fs.writeFileSync(config, ''); // keeps code-server from writing ~/.config/code-server/config.yaml
  // Quiet, deterministic workbench for tests and for the quick start.
  fs.writeFileSync(path.join(ud, 'User/settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    'window.commandCenter': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'git.openRepositoryInParentFolders': 'never',
  }, null, 2));

  const args = [
    install.entry,
    '--config', config,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', ud,
    '--extensions-dir', ext,
    '--vscode-option', 'enable-smoke-test-driver',
    o.workspace,
  ];
  const env = { ...process.env, PATH: `${path.dirname(install.node24)}${path.delimiter}${process.env.PATH}` };
  delete env.NODE_OPTIONS; // the caller's Node 20 options are not for Node 24
  delete env.VSCODE_IPC_HOOK_CLI;
  const logFile = fs.createWriteStream(path.join(artifacts, 'code-server.log'));
  say(`starting code-server on 127.0.0.1:${port} (log: ${path.relative(process.cwd(), path.join(artifacts, 'code-server.log'))})`);
  // detached: own process group, so the whole tree (server, extension host, pty host) can be killed at once.
  const child = spawn(install.node24, args, { env, cwd: o.workspace, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  const tail = [];
  const onLine = (stream) => lineSplitter((line) => {
    logFile.write(`${stream}: ${line}\n`);
    tail.push(line); if (tail.length > 40) tail.shift();
    if (o.verbose ? true : (o.mode === 'launch' && !isNoise(line) && /error/i.test(line))) process.stdout.write(`[code-server] ${line}\n`);
  });
  child.stdout.on('data', onLine('out'));
  child.stderr.on('data', onLine('err'));
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; logFile.end(); });
  onCleanup(() => killGroup(child, 'code-server'));
  // If this process is SIGKILLed, nothing above runs: a tiny detached watchdog kills the server group then.
  const dog = spawn(process.execPath, ['-e', `
    const [parent, group] = process.argv.slice(1).map(Number);
    setInterval(() => { try { process.kill(parent, 0); } catch { try { process.kill(-group, 'SIGKILL'); } catch {} process.exit(0); } }, 1000);
  `, String(process.pid), String(child.pid)], { detached: true, stdio: 'ignore' });
  dog.unref();
  onCleanup(() => { try { dog.kill('SIGKILL'); } catch { /* gone */ } });

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + o.serverTimeout * 1000;
  for (;;) {
    if (exited) {
      throw new HarnessError(`code-server exited early (code ${exited.code}, signal ${exited.signal}); last output:\n${tail.join('\n')}`);
    }
    if (await httpOk(`${baseUrl}/healthz`)) break;
    if (Date.now() > deadline) {
      throw new HarnessError(`code-server did not answer on ${baseUrl}/healthz within ${o.serverTimeout} s; last output:\n${tail.join('\n')}`);
    }
    await sleep(250);
  }
  say(`code-server ready at ${baseUrl}`);
  return { port, baseUrl, authority: `127.0.0.1:${port}`, child, userData: ud };
}

// ------------------------------------------------------------------------------------------------ browser
async function launchBrowser(o, artifacts) {
  let chromium;
  try {
    ({ chromium } = require('playwright-core'));
  } catch (err) {
    throw new HarnessError(`playwright-core not found from ${HERE} (npm install in the repo): ${err.message}`);
  }
  const executablePath = o.chromium ?? process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new HarnessError(`browser not found at ${executablePath}: run test/vscode/setup.sh (installs Debian's chromium)`);
  const browser = await withTimeout(chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    timeout: 60000,
    // Our own signal handlers close the browser after code-server; Playwright's would process.exit() first.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  }), 90000, 'starting Chromium');
  onCleanup(() => withTimeout(browser.close(), 10000, 'closing Chromium').catch(() => {}));
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, deviceScaleFactor: 1 });
  const page = await context.newPage();
  const consoleLog = fs.createWriteStream(path.join(artifacts, 'browser-console.log'));
  onCleanup(() => new Promise((r) => consoleLog.end(r)));
  page.on('console', (msg) => {
    const text = msg.text();
    consoleLog.write(`${msg.type()}: ${text}\n`);
    if (o.verbose) process.stdout.write(`[browser ${msg.type()}] ${text}\n`);
  });
  page.on('pageerror', (err) => {
    consoleLog.write(`pageerror: ${err?.stack ?? err}\n`);
    const ours = /\/dist\/webview\.js/.test(String(err?.stack));
    if (ours) panelErrors.push(err);
    if (o.verbose || !isNoise(String(err))) warn(`[page error] ${ours ? err.stack : err?.message ?? err}`);
  });
  return { browser, context, page, consoleLog };
}

// Relays VS Code's automation log (workbench log service: includes the extension host's console output in test runs).
function relayAutomationLog(o, consoleLog, isDone) {
  return (type, args) => {
    const parts = Array.isArray(args) ? args : [args];
    // The extension host's console.log(format, ...args) arrives unformatted (mocha: '%s%s', '  ', ...).
    const text = util.format(...parts);
    consoleLog.write(`automation ${type}: ${text}\n`);
    if (!o.verbose && (isNoise(text) || isChatter(type, text) || isDone())) return; // after the exit: workbench teardown chatter
    const out = type === 'error' || type === 'warn' ? process.stderr : process.stdout;
    out.write(text.endsWith('\n') ? text : `${text}\n`);
  };
}

function saveWorkbenchLogs(artifacts, logs) {
  if (!Array.isArray(logs)) return;
  const dir = path.join(artifacts, 'workbench-logs');
  for (const { relativePath, contents } of logs) {
    const p = path.join(dir, relativePath);
    if (!p.startsWith(dir)) continue;
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, contents);
  }
}

/** Keeps the newest `keep` run folders of the default artifacts location. */
function pruneArtifacts(root, keep) {
  try {
    const runs = fs.readdirSync(root, { withFileTypes: true })
      .filter((d) => d.isDirectory() && /^(integration|e2e|launch)-\d{4}-/.test(d.name))
      .map((d) => ({ p: path.join(root, d.name), t: fs.statSync(path.join(root, d.name)).mtimeMs }))
      .sort((a, b) => b.t - a.t);
    for (const r of runs.slice(keep)) fs.rmSync(r.p, { recursive: true, force: true });
  } catch { /* best effort */ }
}

async function keepOpen(url) {
  say(`--keep-open: code-server keeps running. Open in a browser on this machine:\n\n  ${url}\n\nCtrl+C to stop.`);
  await new Promise(() => {});
}

// ------------------------------------------------------------------------------------------------ main
async function main() {
  const o = parseArgs(process.argv.slice(2));
  const install = locateInstall();
  const artifactsRoot = path.join(install.cache, 'artifacts');
  const artifacts = o.artifacts ?? path.join(artifactsRoot, `${o.mode}-${new Date().toISOString().replace(/[:.]/g, '-')}-${process.pid}`);
  fs.mkdirSync(artifacts, { recursive: true });
  if (!o.artifacts) pruneArtifacts(artifactsRoot, 30);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nnd-vscode-'));
  onCleanup(() => {
    // Keep the server-side logs (extension host, remote agent) with the artifacts, drop the rest.
    const logs = path.join(tmp, 'user-data/logs');
    if (fs.existsSync(logs)) fs.cpSync(logs, path.join(artifacts, 'server-logs'), { recursive: true });
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  say(`${o.mode} mode; extension ${o.extension}; workspace ${o.workspace}`);

  // Hard stop for the whole run, whatever step hangs (server start, browser, page load, tests, cleanup).
  if (o.mode !== 'launch' && !o.keepOpen) {
    const hardLimit = o.timeout + o.serverTimeout + 180;
    setTimeout(() => void finish(2, `ERROR: the run exceeded its hard limit of ${hardLimit} s (--timeout + --server-timeout + 180)`), hardLimit * 1000).unref();
  }

  const server = await startCodeServer(o, install, tmp, artifacts);
  // Fails the run at once if code-server or the page dies, instead of waiting for the timeout.
  let rejectAbort;
  const aborted = new Promise((_, reject) => { rejectAbort = reject; });
  aborted.catch(() => {});
  server.child.once('exit', (c, sig) => rejectAbort(new HarnessError(`code-server exited during the run (code ${c}, signal ${sig}); see ${artifacts}/code-server.log`)));

  if (o.mode === 'launch') {
    const url = workbenchUrl(server.baseUrl, server.authority, o, false);
    say(`NN Debugger dev instance running. Open this URL in a browser on this machine (same host and port):\n\n  ${url}\n\n` +
      `The extension is loaded from ${o.extension} for development; after rebuilding it, run "Developer: Reload Window".\n` +
      `Logs: ${artifacts}\nCtrl+C to stop.`);
    await new Promise(() => {});
  }

  const { browser, page, consoleLog } = await launchBrowser(o, artifacts);
  page.on('crash', () => rejectAbort(new HarnessError('the workbench page crashed (Chromium renderer)')));
  browser.on('disconnected', () => { if (!cleaning) rejectAbort(new HarnessError('Chromium exited during the run')); });
  const screenshotsDir = path.join(artifacts, 'screenshots');
  fs.mkdirSync(screenshotsDir, { recursive: true });
  const shootFailure = async (name) => {
    try {
      await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), timeout: 10000 });
      say(`screenshot: ${path.join(screenshotsDir, `${name}.png`)}`);
    } catch { /* page gone */ }
  };

  let resolveExit;
  let exitReported = false;
  const exitPromise = new Promise((r) => { resolveExit = r; });
  await page.exposeFunction('codeAutomationLog', relayAutomationLog(o, consoleLog, () => exitReported));
  await page.exposeFunction('codeAutomationExit', (code, logs) => {
    exitReported = true;
    try { saveWorkbenchLogs(artifacts, logs); } catch (err) { warn(`saving workbench logs: ${err.message}`); }
    resolveExit(code);
  });

  const withTests = o.mode === 'integration';
  const url = workbenchUrl(server.baseUrl, server.authority, o, withTests);
  say(`opening the workbench${withTests ? ' with extensionTestsPath' : ''}`);
  if (o.verbose) say(url);
  await withTimeout(page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60000 }), 70000, 'loading the workbench page');

  let code;
  if (withTests) {
    try {
      code = await withTimeout(Promise.race([exitPromise, aborted]), o.timeout * 1000, 'the test run (no codeAutomationExit)');
    } catch (err) {
      if (!(err instanceof TimeoutError)) throw err;
      await shootFailure('timeout');
      throw new HarnessError(`${err.message}; see ${artifacts}`);
    }
    say(`extension tests finished with exit code ${code}`);
  } else {
    const mod = await import(pathToFileURL(o.e2e).href);
    const run = mod.run ?? mod.default?.run ?? (typeof mod.default === 'function' ? mod.default : undefined);
    if (typeof run !== 'function') throw new HarnessError(`${o.e2e} does not export run()`);
    try {
      await withTimeout(
        Promise.race([aborted, Promise.resolve(run({ page, baseUrl: server.baseUrl, url, workspace: o.workspace, extension: o.extension, screenshotsDir, log: say }))]),
        o.timeout * 1000, 'the e2e module');
      // The panel's own exceptions fail the run even when what the module checks still drew.
      if (panelErrors.length > 0) throw new Error(`the panel threw ${panelErrors.length} time(s); first: ${panelErrors[0]?.stack}`);
      code = 0;
      say('e2e passed');
    } catch (err) {
      code = 1;
      warn(`e2e FAILED: ${err?.stack ?? err}`);
      await shootFailure('failure');
    }
  }
  if (o.keepOpen) {
    browser.removeAllListeners('disconnected');
    await withTimeout(browser.close(), 10000, 'closing Chromium').catch(() => {});
    await keepOpen(workbenchUrl(server.baseUrl, server.authority, o, false));
  }
  await finish(code, `artifacts: ${artifacts}`);
}

main().catch((err) => {
  const known = err instanceof HarnessError || err instanceof TimeoutError;
  void finish(2, `ERROR: ${known ? err.message : err?.stack ?? err}`);
});
