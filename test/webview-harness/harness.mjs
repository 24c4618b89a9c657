#!/usr/bin/env node
// Visual and behavioural check of the training panel outside VS Code.
//
//   node test/webview-harness/harness.mjs            (builds the webview bundle first)
//   node test/webview-harness/harness.mjs --no-build (uses dist/webview.js as it is)
//
// Serves a page like the host's (same CSP, nonce'd script, #app, dist/webview.css + .js) with a fake
// acquireVsCodeApi, feeds it a simulated run and drives it with playwright-core and Debian's Chromium.
// Screenshots and results.json go to test/webview-harness/out/. Exits non-zero if a check fails.
import { createServer } from 'node:http';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { bigSnapshot, DEAD_RELU, makeDelta, progress, runSequence, snapshot, emptyMetrics } from './simulate.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '../..');
const out = join(here, 'out');
const require = createRequire(import.meta.url);
mkdirSync(out, { recursive: true });

// ---------------------------------------------------------------- build

if (!process.argv.includes('--no-build')) {
  // Same options as the webview entry of esbuild.js, built alone (the other entries may be mid-edit).
  const esbuild = require(join(root, 'node_modules/esbuild'));
  await esbuild.build({
    entryPoints: { webview: join(root, 'webview/main.ts') },
    outdir: join(root, 'dist'),
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    loader: { '.ttf': 'file' },
    bundle: true,
    sourcemap: true,
    logLevel: 'warning',
  });
}

// ---------------------------------------------------------------- server

const NONCE = 'harnessNonce123';
const TYPES = { '.js': 'text/javascript', '.css': 'text/css', '.ttf': 'font/ttf', '.map': 'application/json', '.html': 'text/html' };

function page(origin) {
  const csp = [
    "default-src 'none'",
    `style-src ${origin} 'nonce-${NONCE}'`,
    `script-src 'nonce-${NONCE}'`,
    `font-src ${origin}`,
    `img-src ${origin} data:`,
  ].join('; ');
  // VS Code's own default webview styles (injected with a nonce before the extension's content).
  const defaults = `
    html { scrollbar-color: var(--vscode-scrollbarSlider-background) transparent; }
    body { background-color: transparent; color: var(--vscode-editor-foreground); font-family: var(--vscode-font-family);
      font-weight: var(--vscode-font-weight); font-size: var(--vscode-font-size); margin: 0; padding: 0 20px; }
    html { background-color: var(--vscode-editor-background); }
    code { font-family: var(--monaco-monospace-font); color: var(--vscode-textPreformat-foreground);
      background-color: var(--vscode-textPreformat-background); padding: 1px 3px; border-radius: 4px; }
    button:focus { outline: 1px solid -webkit-focus-ring-color; outline-offset: -1px; }`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="UTF-8">
  <meta http-equiv="Content-Security-Policy" content="${csp}">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <style nonce="${NONCE}">${defaults}</style>
  <link rel="stylesheet" href="${origin}/dist/webview.css">
  <title>circles</title>
</head>
<body>
  <script nonce="${NONCE}" src="${origin}/harness/fake-host.js"></script>
  <div id="app"></div>
  <script nonce="${NONCE}" src="${origin}/dist/webview.js"></script>
</body>
</html>`;
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  const origin = `http://${req.headers.host}`;
  if (url.pathname === '/favicon.ico') {
    res.writeHead(204);
    res.end();
    return;
  }
  if (url.pathname === '/') {
    res.writeHead(200, { 'content-type': 'text/html' });
    res.end(page(origin));
    return;
  }
  const base = url.pathname.startsWith('/dist/') ? join(root, 'dist') : url.pathname.startsWith('/harness/') ? here : undefined;
  const rel = normalize(url.pathname.replace(/^\/(dist|harness)\//, ''));
  const file = base && !rel.startsWith('..') ? join(base, rel) : undefined;
  if (!file || !existsSync(file)) {
    res.writeHead(404);
    res.end();
    return;
  }
  res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const origin = `http://127.0.0.1:${server.address().port}`;

// ---------------------------------------------------------------- browser

const { chromium } = require(join(root, 'node_modules/playwright-core'));
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});

const results = { checks: [], timings: {}, screenshots: [] };
let failed = 0;
function check(name, ok, detail = '') {
  results.checks.push({ name, ok, detail });
  if (!ok) failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`);
}

async function openPage({ theme = 'dark', width = 1100, height = 900, initialState } = {}) {
  const context = await browser.newContext({ viewport: { width, height }, deviceScaleFactor: 1 });
  const p = await context.newPage();
  const errors = [];
  p.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  p.on('console', (m) => m.type() === 'error' && errors.push(`console: ${m.text()} ${m.location()?.url ?? ''}`));
  if (initialState !== undefined) await p.addInitScript((s) => (window.__initialState = s), initialState);
  await p.goto(`${origin}/?theme=${theme}`);
  await p.waitForFunction(() => window.__harness && window.__harness.posted.length > 0);
  await p.evaluate(() => document.fonts.ready);
  return { page: p, context, errors };
}

const frames = (p, n = 2) => p.evaluate((k) => new Promise((r) => { let i = 0; const f = () => (++i >= k ? r() : requestAnimationFrame(f)); requestAnimationFrame(f); }), n);

/** Sends messages as the host would: a few per frame. */
async function stream(p, messages, perFrame = 4) {
  for (let i = 0; i < messages.length; i += perFrame) {
    await p.evaluate((batch) => batch.forEach((m) => window.__harness.send(m)), messages.slice(i, i + perFrame));
    await frames(p, 1);
  }
  await frames(p, 2);
}

async function shot(p, name, opts = {}) {
  const path = join(out, name);
  await p.screenshot({ path, fullPage: true, ...opts });
  results.screenshots.push(path);
  return path;
}

/** Pixels of the loss chart's canvas that are not transparent, and those near the series colour. */
async function canvasInk(p, selector = '.chart-loss .uplot canvas') {
  return p.evaluate((sel) => {
    const canvas = document.querySelector(sel);
    if (!canvas) return { found: false, ink: 0, series: 0 };
    const ctx = canvas.getContext('2d');
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    const blue = getComputedStyle(document.documentElement).getPropertyValue('--vscode-charts-blue').trim();
    const rgb = [1, 3, 5].map((i) => parseInt(blue.slice(i, i + 2), 16));
    let ink = 0, series = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] === 0) continue;
      ink++;
      if (Math.abs(data[i] - rgb[0]) + Math.abs(data[i + 1] - rgb[1]) + Math.abs(data[i + 2] - rgb[2]) < 60 && data[i + 3] > 100) series++;
    }
    return { found: true, ink, series, width: canvas.width, height: canvas.height };
  }, selector);
}

const posted = (p) => p.evaluate(() => window.__harness.posted);
const clearPosted = (p) => p.evaluate(() => (window.__harness.posted = []));

// ---------------------------------------------------------------- 1. dark theme, a realistic run

const sequence = [...runSequence()];
{
  const { page: p, context, errors } = await openPage({ theme: 'dark' });
  const first = (await posted(p))[0];
  check('the panel says ready first', first?.type === 'ready', JSON.stringify(first));
  await shot(p, 'waiting.png');
  await stream(p, sequence);
  await shot(p, 'dark.png');
  const ink = await canvasInk(p);
  check('loss chart canvas is not blank', ink.found && ink.ink > 2000 && ink.series > 200, JSON.stringify(ink));
  for (const id of ['grad', 'dead', 'update', 'accuracy']) {
    const c = await canvasInk(p, `.chart-${id} .uplot canvas`);
    check(`${id} chart canvas is drawn`, c.found && c.ink > 1000, JSON.stringify(c));
  }
  const boundaryInk = await p.evaluate(() => {
    const c = document.querySelector('.boundary-canvas');
    const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let n = 0;
    for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
    return { n, w: c.width, h: c.height, hidden: c.closest('.card').hidden };
  });
  check('decision boundary is drawn', !boundaryInk.hidden && boundaryInk.n === boundaryInk.w * boundaryInk.h, JSON.stringify(boundaryInk));

  // Header text, banner.
  const header = await p.evaluate(() => ({
    name: document.querySelector('.spec-name').textContent,
    badge: document.querySelector('.badge').textContent,
    counters: document.querySelector('.counters').textContent,
    banner: !document.querySelector('.banner').hidden,
  }));
  check('header shows name, state as text and counters', header.name === 'circles' && header.badge === 'Training' && /Epoch 30 \/ 30/.test(header.counters) && /Step 3,000/.test(header.counters), JSON.stringify(header));
  check('spec-changed banner is shown', header.banner);

  // Clicks post the right messages.
  await clearPosted(p);
  await p.click('.diag[data-path="/layers/1"]');
  await p.click('.tl-entry >> nth=0');
  await p.click('button[data-command="pause"]');
  await p.click('button[data-export="csv"]');
  await p.click('button[data-export="json"]');
  await p.click('.banner button[data-command="restart"]');
  let msgs = await posted(p);
  check('warning click reveals its path', JSON.stringify(msgs[0]) === JSON.stringify({ type: 'reveal', path: '/layers/1' }), JSON.stringify(msgs[0]));
  check('timeline click reveals its path', msgs[1]?.type === 'reveal' && msgs[1].path === '/optimizer/lr', JSON.stringify(msgs[1]));
  check('pause, export csv/json, restart', JSON.stringify(msgs.slice(2)) === JSON.stringify([
    { type: 'command', command: 'pause' },
    { type: 'export', format: 'csv' },
    { type: 'export', format: 'json' },
    { type: 'command', command: 'restart' },
  ]), JSON.stringify(msgs.slice(2)));
  const disabledWhileTraining = await p.evaluate(() => ['train', 'step'].map((c) => document.querySelector(`.top button[data-command="${c}"]`).disabled));
  check('Train and Step are disabled while training', disabledWhileTraining.every(Boolean), JSON.stringify(disabledWhileTraining));

  // An advice trial under way: the header names the fix it is training, and drops it once decided.
  const trial = { code: 'dead-relu', fix: 'Set "activation" to "leaky_relu"' };
  await p.evaluate((m) => window.__harness.send(m), { type: 'progress', runId: 1, progress: { ...progress('training', 3000, 100, 30), trial } });
  await frames(p);
  await shot(p, 'panel-advice-trial.png', { fullPage: false, clip: { x: 0, y: 0, width: 1100, height: 120 } });
  const trialShown = await p.evaluate(() => { const el = document.querySelector('.counter.trial'); return el && !el.hidden ? el.textContent : ''; });
  await p.evaluate((m) => window.__harness.send(m), { type: 'progress', runId: 1, progress: progress('training', 3000, 100, 30) });
  await frames(p);
  const trialGone = await p.evaluate(() => document.querySelector('.counter.trial')?.hidden === true);
  check('an advice trial under way is named in the header, then hidden', trialShown === 'Trying fix for dead-relu: Set "activation" to "leaky_relu"' && trialGone, `${trialShown} ${trialGone}`);

  await p.evaluate((m) => window.__harness.send(m), { type: 'progress', runId: 1, progress: progress('paused', 3000, 100, 30) });
  await frames(p);
  await clearPosted(p);
  const resumeLabel = await p.textContent('button[data-command="resume"]');
  await p.click('button[data-command="resume"]');
  await p.click('.top button[data-command="step"]');
  await p.click('.top button[data-command="stop"]');
  await p.evaluate((m) => window.__harness.send(m), { type: 'progress', runId: 1, progress: progress('stopped', 3000, 100, 30) });
  await frames(p);
  await p.click('.top button[data-command="train"]');
  msgs = await posted(p);
  check('paused: Resume, Step, Stop; stopped: Train', resumeLabel.trim() === 'Resume' && JSON.stringify(msgs.map((m) => m.command)) === JSON.stringify(['resume', 'step', 'stop', 'train']), `${resumeLabel} ${JSON.stringify(msgs)}`);

  // Keyboard: focus is visible on a button.
  await p.keyboard.press('Tab');
  await p.focus('.top button[data-command="step"]');
  const outline = await p.evaluate(() => getComputedStyle(document.activeElement).outlineStyle + ' ' + getComputedStyle(document.activeElement).outlineColor);
  check('focused button has a visible outline', /solid/.test(outline), outline);
  await shot(p, 'focus-header.png', { fullPage: false, clip: { x: 0, y: 0, width: 1100, height: 70 } });

  // A delta of another run is ignored.
  const before = await p.evaluate(() => document.querySelector('.counters').textContent);
  await p.evaluate((m) => window.__harness.send(m), { type: 'metrics', runId: 99, delta: makeDelta(3001, 3010, 4000, 100, Math.random), progress: progress('training', 3010, 100, 30) });
  await frames(p);
  check('a delta of another run is ignored', before === (await p.evaluate(() => document.querySelector('.counters').textContent)));

  // Zoom: drag across the loss chart.
  const over = await p.$('.chart-loss .u-over');
  const box = await over.boundingBox();
  await p.mouse.move(box.x + box.width * 0.3, box.y + box.height / 2);
  await p.mouse.down();
  await p.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2, { steps: 5 });
  await p.mouse.up();
  await frames(p);
  const zoom = await p.evaluate(() => ({ bar: !document.querySelector('.zoom-bar').hidden, text: document.querySelector('.zoom-bar').textContent }));
  check('dragging across a step chart zooms all step charts', zoom.bar, zoom.text);
  await shot(p, 'dark-zoomed.png');
  await p.click('.zoom-bar button');
  await frames(p);

  // Log scale for the loss axis.
  await clearPosted(p);
  await p.click('.chart-loss .toggle');
  await frames(p, 2);
  const logState = await p.evaluate(() => document.querySelector('.chart-loss .toggle').getAttribute('aria-pressed'));
  const logInk = await canvasInk(p);
  const loss = await p.$('.chart-loss');
  const lossPath = join(out, 'dark-loss-log.png');
  await loss.screenshot({ path: lossPath });
  results.screenshots.push(lossPath);
  check('log toggle redraws the loss chart on a log axis', logState === 'true' && logInk.series > 200 && (await posted(p)).length === 0, `${logState} ${JSON.stringify(logInk)}`);
  await p.click('.chart-loss .toggle');
  await frames(p);

  // Theme switch at run time.
  await p.evaluate(() => window.__harness.applyTheme('light'));
  await frames(p, 3);
  await shot(p, 'dark-switched-to-light.png');
  const axisAfter = await p.evaluate(() => document.querySelector('.chart-loss .uplot canvas') !== null);
  check('charts survive a theme switch', axisAfter);

  const saved = await p.evaluate(() => ({ state: window.__harness.state, calls: window.__harness.setStateCalls }));
  const savedBytes = JSON.stringify(saved.state ?? null).length;
  check('setState keeps a compact copy', saved.calls > 0 && savedBytes < 200_000 && saved.state?.snapshot?.runId === 1, `${saved.calls} calls, ${savedBytes} bytes`);
  results.timings.savedStateBytes = savedBytes;
  results.savedState = saved.state;
  const violations = await p.evaluate(() => window.__harness.violations);
  check('no CSP violations', violations.length === 0, violations.join('; '));
  check('no page errors', errors.length === 0, errors.join('; '));
  await context.close();
}

// ---------------------------------------------------------------- 2. light and high-contrast themes

for (const theme of ['light', 'high-contrast']) {
  const { page: p, context, errors } = await openPage({ theme });
  await stream(p, sequence, 20);
  await shot(p, `${theme}.png`);
  const ink = await canvasInk(p);
  check(`${theme}: loss chart drawn`, ink.series > 200, JSON.stringify(ink));
  check(`${theme}: no page errors`, errors.length === 0, errors.join('; '));
  await context.close();
}

// ---------------------------------------------------------------- 3. narrow panel (600 px)

{
  const { page: p, context, errors } = await openPage({ theme: 'dark', width: 600, height: 900 });
  await stream(p, sequence, 20);
  await shot(p, 'dark-600px.png');
  await shot(p, 'dark-600px-top.png', { fullPage: false, clip: { x: 0, y: 0, width: 600, height: 420 } });
  const overflow = await p.evaluate(() => ({ doc: document.documentElement.scrollWidth, win: window.innerWidth }));
  check('600 px: no horizontal overflow', overflow.doc <= overflow.win, JSON.stringify(overflow));
  const overlap = await p.evaluate(() => {
    const cards = [...document.querySelectorAll('.card')].filter((c) => !c.hidden).map((c) => c.getBoundingClientRect());
    for (let i = 0; i < cards.length; i++) for (let j = i + 1; j < cards.length; j++) {
      const a = cards[i], b = cards[j];
      if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) return true;
    }
    return false;
  });
  check('600 px: cards do not overlap', !overlap);
  // Resize the panel: charts follow.
  await p.setViewportSize({ width: 900, height: 900 });
  await frames(p, 3);
  const widths = await p.evaluate(() => [...document.querySelectorAll('.chart .uplot')].map((u) => [u.getBoundingClientRect().width, u.closest('.card').getBoundingClientRect().width]));
  check('charts follow the panel width', widths.every(([u, c]) => u <= c && u > c - 40), JSON.stringify(widths));
  check('600 px: no page errors', errors.length === 0, errors.join('; '));
  await context.close();
}

// ---------------------------------------------------------------- 4. idle panel and a panel restored from its saved state

{
  const { page: p, context } = await openPage({ theme: 'dark', width: 900 });
  await p.evaluate((m) => window.__harness.send(m), snapshot(0, { steps: [], loss: [], layers: [], epochs: [] }, { progress: { state: 'idle', epoch: 0, totalEpochs: 0, step: 0, samplesPerSec: 0 }, layers: [] }));
  await frames(p);
  await shot(p, 'idle.png');
  await context.close();
}
{
  const { page: p, context, errors } = await openPage({ theme: 'dark', width: 1100, initialState: results.savedState });
  await frames(p, 2);
  await shot(p, 'restored-before-host.png');
  const ink = await canvasInk(p);
  check('a reloaded panel draws the saved run before the host answers', ink.series > 100, JSON.stringify(ink));
  check('restored: no page errors', errors.length === 0, errors.join('; '));
  await context.close();
}

// ---------------------------------------------------------------- 4b. a diverged run (NaN/Infinity arrive as JSON null), log axis

{
  const { page: p, context, errors } = await openPage({ theme: 'dark', width: 1100, initialState: { version: 1, ui: { lossLog: true } } });
  const d = makeDelta(1, 400, 400, 100, Math.random);
  for (let i = 250; i < 400; i++) {
    d.loss[i] = i < 300 ? d.loss[i] * 10 ** ((i - 250) / 8) : NaN;
    d.layers.forEach((l) => (l.gradNorm[i] = i < 300 ? l.gradNorm[i] * 10 ** ((i - 250) / 6) : Infinity));
  }
  await p.evaluate((m) => window.__harness.send(JSON.parse(JSON.stringify(m))), snapshot(4, d, {
    progress: { state: 'diverged', epoch: 3, totalEpochs: 10, step: 400, samplesPerSec: 0 },
    diagnostics: [{ code: 'nan-loss', severity: 'error', message: 'The loss became NaN at step 300: training diverged.', path: '/optimizer/lr', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } } }],
    timeline: [{ step: 300, code: 'nan-loss', path: '/optimizer/lr', message: 'The loss became NaN at step 300: training diverged.' }],
  }));
  await frames(p, 2);
  await shot(p, 'diverged-log.png');
  const ink = await canvasInk(p);
  check('diverged run on a log axis still draws', ink.series > 100, JSON.stringify(ink));
  check('diverged: no page errors', errors.length === 0, errors.join('; '));
  await context.close();
}

// ---------------------------------------------------------------- 5. a 100,000-step run

{
  const { page: p, context, errors } = await openPage({ theme: 'dark', width: 1100 });
  const big = bigSnapshot(100_000);
  await p.evaluate((m) => (window.__big = m), big);
  const t = await p.evaluate(
    () =>
      new Promise((resolve) => {
        performance.clearMeasures();
        const t0 = performance.now();
        window.__harness.send(window.__big);
        const applied = performance.now() - t0;
        requestAnimationFrame(() => {
          const frame = performance.getEntriesByName('nn-panel-frame').at(-1)?.duration ?? NaN;
          setTimeout(() => resolve({ applyMs: applied, frameMs: frame, totalMs: performance.now() - t0 }), 0);
        });
      }),
  );
  results.timings.snapshot100k = t;
  check('100k-step snapshot applies and draws in one go', t.applyMs + t.frameMs < 1000, `apply ${t.applyMs.toFixed(1)} ms, draw ${t.frameMs.toFixed(1)} ms`);
  await frames(p, 2);
  await shot(p, 'run-100k.png');
  const ink = await canvasInk(p);
  check('100k: loss chart drawn', ink.series > 200, JSON.stringify(ink));
  const points = await p.evaluate(() => document.querySelectorAll('.chart-loss .u-legend .u-series').length);
  check('100k: legend present', points >= 2, String(points));

  // Live: a 100,000-step run continues, one 50-step delta per frame; measure each frame.
  await p.evaluate((m) => window.__harness.send(m), snapshot(3, makeDelta(1, 100_000, 110_000, 1000, Math.random)));
  await frames(p, 2);
  const deltas = [];
  for (let d = 0; d < 100; d++) {
    const from = 100_001 + d * 50;
    deltas.push({ type: 'metrics', runId: 3, delta: makeDelta(from, from + 49, 110_000, 1000, Math.random), progress: progress('training', from + 49, 1000, 110) });
  }
  await p.evaluate(() => performance.clearMeasures());
  await stream(p, deltas, 1);
  const live = await p.evaluate(() => {
    const d = performance.getEntriesByName('nn-panel-frame').map((e) => e.duration).sort((a, b) => a - b);
    return { frames: d.length, medianMs: d[Math.floor(d.length / 2)], p95Ms: d[Math.floor(d.length * 0.95)], maxMs: d.at(-1) };
  });
  results.timings.live100k = live;
  check('100k live: each frame stays well under 16 ms (median)', live.medianMs < 16, JSON.stringify(live));
  const state = await p.evaluate(() => {
    const t0 = performance.now();
    window.__harness.state = undefined;
    return { t0 };
  });
  void state;
  await shot(p, 'run-100k-live.png');
  check('100k: no page errors', errors.length === 0, errors.join('; '));
  await context.close();
}

// ---------------------------------------------------------------- done

void DEAD_RELU;
void emptyMetrics;
writeFileSync(join(out, 'results.json'), JSON.stringify({ ...results, savedState: undefined }, null, 2));
await browser.close();
server.close();
console.log(`\n${results.checks.length - failed}/${results.checks.length} checks passed; screenshots in ${out}`);
console.log(`timings: ${JSON.stringify(results.timings)}`);
process.exit(failed ? 1 : 0);
