// Helpers for end-to-end modules run by `node test/vscode/run.mjs --e2e <module>`: drive the real VS Code web
// workbench (code-server 4.139 / VS Code 1.139) through a Playwright page like a user would.
//
//   import * as wb from '../workbench.mjs';
//   export async function run({ page, screenshotsDir }) {
//     await wb.waitForWorkbench(page);
//     await wb.openFile(page, 'sample.json');
//     await wb.runCommand(page, 'NND Fixture: Mark First Line');
//     const rows = await wb.problems(page);
//   }
//
// Every wait has a timeout (default 15 s, `opts.timeout`) and fails with a message that says what was awaited.
// Selectors are those of VS Code 1.139's DOM; they are the fragile part, so they are all in this file.

import fs from 'node:fs';
import path from 'node:path';

const DEFAULT_TIMEOUT = 15000;
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Polls fn() until it returns a truthy value; throws `timed out waiting for <what>` (with the last error). */
export async function waitFor(fn, what, { timeout = DEFAULT_TIMEOUT, interval = 150 } = {}) {
  const end = Date.now() + timeout;
  let lastErr;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v;
    } catch (err) {
      lastErr = err;
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${lastErr ? ` (last error: ${lastErr.message})` : ''}`);
    }
    await sleep(interval);
  }
}

// ------------------------------------------------------------------------------------------------ workbench

/**
 * Waits until the workbench is usable: editor area, status bar and activity bar rendered, the remote
 * connection up (status bar problems item present) and the extension host started (the progress
 * indicator for "Activating Extensions..." has gone), then gives focus to the workbench.
 */
export async function waitForWorkbench(page, { timeout = 60000 } = {}) {
  await page.waitForSelector('.monaco-workbench .part.editor', { state: 'visible', timeout });
  await page.waitForSelector('.monaco-workbench .part.statusbar', { state: 'visible', timeout });
  await page.waitForSelector('[id="status.problems"]', { state: 'attached', timeout });
  // The explorer shows the workspace folder once the remote file system answers.
  await page.waitForSelector('.explorer-folders-view .monaco-list-row, .explorer-viewlet .monaco-list-row', { state: 'attached', timeout }).catch(() => {});
  await waitFor(async () => !(await page.$('[id="status.extensionActivation"], .statusbar-item[aria-label*="Activating Extensions"]')),
    'extensions to finish activating', { timeout });
  await focusWorkbench(page);
}

/** Moves keyboard focus into the workbench (keyboard shortcuts go to the focused element). */
export async function focusWorkbench(page) {
  await page.bringToFront();
  await page.evaluate(() => {
    const el = document.querySelector('.monaco-workbench .part.editor .monaco-editor textarea') ||
      document.querySelector('.monaco-workbench');
    if (el instanceof HTMLElement) el.focus();
  });
}

/** Presses Escape until no quick input / hover / context menu is open. */
export async function dismiss(page) {
  for (let i = 0; i < 3; i++) {
    const open = await page.$('.quick-input-widget:not([style*="display: none"]), .monaco-hover:not(.hidden), .context-view .monaco-menu');
    if (!open) return;
    await page.keyboard.press('Escape');
    await sleep(100);
  }
}

// ------------------------------------------------------------------------------------------------ quick input

async function openQuickInput(page, key, { timeout = DEFAULT_TIMEOUT } = {}) {
  await dismiss(page);
  await page.keyboard.press(key);
  return page.waitForSelector('.quick-input-widget .quick-input-box input', { state: 'visible', timeout });
}

function visibleRowLabels(page) {
  return page.$$eval('.quick-input-widget .quick-input-list .monaco-list-row', (rows) =>
    rows.map((r) => ({ label: r.getAttribute('aria-label') || r.textContent || '', focused: r.classList.contains('focused') })));
}

/**
 * Opens a quick input with `key`, types `text` and presses Enter once the focused row satisfies `isHit(label)`.
 * The result list is computed when the text is typed, so something registered a moment later (a command of an
 * extension whose host is still starting, a file not yet indexed) would never appear: after `retryMs` without a
 * hit the quick input is closed and reopened, until `timeout`.
 */
async function pick(page, key, text, isHit, what, { timeout = DEFAULT_TIMEOUT, retryMs = 2500 } = {}) {
  const end = Date.now() + timeout;
  let rows = [];
  for (;;) {
    const input = await openQuickInput(page, key, { timeout: Math.max(1000, end - Date.now()) });
    await input.fill(text);
    const attemptEnd = Math.min(end, Date.now() + retryMs);
    while (Date.now() < attemptEnd) {
      rows = await visibleRowLabels(page).catch(() => []);
      if (rows.some((r) => r.focused && isHit(r.label))) {
        await page.keyboard.press('Enter');
        await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout: 5000 }).catch(() => {});
        return;
      }
      await sleep(150);
    }
    if (Date.now() >= end) {
      await page.keyboard.press('Escape');
      throw new Error(`timed out after ${timeout} ms waiting for ${what}; rows shown: ${JSON.stringify(rows.map((r) => r.label).slice(0, 8))}`);
    }
  }
}

/**
 * Opens a workspace file like a user: Ctrl+P, type the name, Enter on the row that matches.
 * Resolves when an editor tab for the file is active.
 */
export async function openFile(page, fileName, { timeout = DEFAULT_TIMEOUT } = {}) {
  const base = path.basename(fileName);
  await pick(page, 'Control+P', fileName, (label) => label.includes(base), `"${fileName}" in the Ctrl+P results`, { timeout });
  await waitFor(async () => {
    const label = await page.getAttribute('.part.editor .tab.active', 'aria-label').catch(() => null);
    return label && label.includes(base);
  }, `an active editor tab for ${base}`, { timeout });
  await page.waitForSelector('.part.editor .editor-instance .monaco-editor .view-lines', { state: 'visible', timeout });
}

/**
 * Runs a command by its title like a user: F1, type the title, Enter on the row whose label starts with it.
 * `title` is what the palette shows, e.g. "NND Fixture: Mark First Line" (category: title).
 */
export async function runCommand(page, title, { timeout = DEFAULT_TIMEOUT } = {}) {
  const t = title.toLowerCase();
  await pick(page, 'F1', `>${title}`, (label) => label.toLowerCase().startsWith(t), `command "${title}" in the command palette`, { timeout });
}

// ------------------------------------------------------------------------------------------------ problems

/** aria-label of the status bar problems item, e.g. "Warnings: 1" or "Errors: 1, Warnings: 2". */
export async function statusBarProblems(page) {
  return page.getAttribute('[id="status.problems"]', 'aria-label');
}

/** Waits until the status bar problems item's aria-label matches `pattern` (RegExp or substring). */
export async function waitForStatusBarProblems(page, pattern, opts = {}) {
  const test = typeof pattern === 'string' ? (s) => s.includes(pattern) : (s) => pattern.test(s);
  return waitFor(async () => {
    const label = await statusBarProblems(page);
    return label && test(label) ? label : undefined;
  }, `status bar problems matching ${pattern}`, opts);
}

/** Opens the Problems panel (Ctrl+Shift+M) if it is not visible. */
export async function showProblems(page, { timeout = DEFAULT_TIMEOUT } = {}) {
  if (await page.isVisible('.markers-panel')) return;
  await dismiss(page);
  await page.keyboard.press('Control+Shift+M');
  await page.waitForSelector('.markers-panel', { state: 'visible', timeout });
}

/**
 * Rows of the Problems panel as their aria-labels, e.g.
 * "Warning: NND fixture warning at line 1 and character 1. generated by nnd-fixture". File rows are included
 * (their labels name the file); filter with `.filter((l) => /^(Error|Warning|Info)/.test(l))` for markers only.
 */
export async function problems(page, opts = {}) {
  await showProblems(page, opts);
  return page.$$eval('.markers-panel .monaco-list-row', (rows) => rows.map((r) => r.getAttribute('aria-label') || ''));
}

/** Waits until a Problems row matches `pattern`; returns all rows. */
export async function waitForProblem(page, pattern, opts = {}) {
  const test = typeof pattern === 'string' ? (s) => s.includes(pattern) : (s) => pattern.test(s);
  return waitFor(async () => {
    const rows = await problems(page, opts);
    return rows.some(test) ? rows : undefined;
  }, `a Problems panel row matching ${pattern}`, opts);
}

// ------------------------------------------------------------------------------------------------ editor

/** Moves the cursor of the active editor to 1-based line/column with "Go to Line" (Ctrl+G, "line:column"). */
export async function goTo(page, line, column = 1, { timeout = DEFAULT_TIMEOUT } = {}) {
  const input = await openQuickInput(page, 'Control+G', { timeout });
  await input.fill(`:${line}:${column}`);
  await sleep(100);
  await page.keyboard.press('Enter');
  await page.waitForSelector('.quick-input-widget', { state: 'hidden', timeout }).catch(() => {});
}

/** Text of the active editor (the model, via the visible lines; long files: only the rendered part). */
export async function editorText(page) {
  return page.$$eval('.part.editor .editor-instance .monaco-editor .view-line', (lines) =>
    lines
      .map((l) => ({ top: parseFloat(l.style.top) || 0, text: (l.textContent || '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top)
      .map((l) => l.text)
      .join('\n'));
}

/**
 * Hovers the text at 1-based line/column of the active editor and returns the hover's text.
 * via 'mouse' (default): puts the cursor there, then moves the mouse over that character, like a user.
 * via 'keyboard': puts the cursor there and runs "Show or Focus Hover" (Ctrl+K Ctrl+I).
 */
export async function hoverAt(page, line, column, { via = 'mouse', timeout = DEFAULT_TIMEOUT } = {}) {
  await goTo(page, line, column, { timeout });
  await page.mouse.move(1, 1); // leave any previous hover
  await page.waitForSelector('.monaco-hover:not(.hidden)', { state: 'hidden', timeout: 3000 }).catch(() => {});
  if (via === 'keyboard') {
    await page.keyboard.press('Control+K');
    await page.keyboard.press('Control+I');
  } else {
    const cursor = await page.waitForSelector('.part.editor .editor-instance .monaco-editor .cursors-layer .cursor', { state: 'attached', timeout });
    const box = await waitFor(() => cursor.boundingBox(), 'the editor cursor position', { timeout });
    const x = box.x + 4;
    const y = box.y + box.height / 2;
    await page.mouse.move(x - 2, y);
    await page.mouse.move(x, y, { steps: 3 });
  }
  const hover = await page.waitForSelector('.monaco-hover:not(.hidden) .monaco-hover-content, .monaco-hover:not(.hidden) .hover-contents', { state: 'visible', timeout })
    .catch(() => { throw new Error(`no hover appeared at ${line}:${column} (via ${via}) within ${timeout} ms`); });
  await sleep(300); // hover parts (diagnostics, providers) render asynchronously
  const root = await hover.evaluateHandle((el) => el.closest('.monaco-hover'));
  return root.evaluate((el) => el.innerText);
}

// ------------------------------------------------------------------------------------------------ webviews

/**
 * Finds the frame of a webview whose document contains `selector` (VS Code nests the content in
 * iframe.webview > iframe#active-frame). Polls page.frames() until found.
 */
export async function webviewFrame(page, selector, { timeout = DEFAULT_TIMEOUT } = {}) {
  return waitFor(async () => {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame() || frame.isDetached()) continue;
      const el = await frame.$(selector).catch(() => null);
      if (el) return frame;
    }
    return undefined;
  }, `a webview frame containing ${selector}`, { timeout });
}

/**
 * Reads a canvas back in its frame and reports whether something was drawn: `blank` is true when every pixel
 * has the same colour (or the canvas is 0x0). Works for 2D and WebGL canvases (copied through a 2D canvas).
 * Returns { blank, width, height, distinctColors, nonTransparent }.
 */
export async function canvasStats(frame, selector = 'canvas') {
  return frame.$eval(selector, (canvas) => {
    const w = canvas.width;
    const h = canvas.height;
    if (!w || !h) return { blank: true, width: w, height: h, distinctColors: 0, nonTransparent: 0 };
    const copy = document.createElement('canvas');
    copy.width = w;
    copy.height = h;
    const ctx = copy.getContext('2d');
    ctx.drawImage(canvas, 0, 0);
    const data = ctx.getImageData(0, 0, w, h).data;
    const colors = new Set();
    let nonTransparent = 0;
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] !== 0) nonTransparent++;
      if (colors.size < 1024) colors.add((data[i] << 24) ^ (data[i + 1] << 16) ^ (data[i + 2] << 8) ^ data[i + 3]);
    }
    return { blank: colors.size <= 1, width: w, height: h, distinctColors: colors.size, nonTransparent };
  });
}

/** Waits until the canvas in `frame` is not blank; returns its stats. */
export async function waitForCanvasDrawn(frame, selector = 'canvas', opts = {}) {
  return waitFor(async () => {
    const s = await canvasStats(frame, selector);
    return s.blank ? undefined : s;
  }, `canvas ${selector} to have something drawn`, opts);
}

// ------------------------------------------------------------------------------------------------ notifications

/**
 * Notification texts. With the smoke-test driver on (needed for the payload), VS Code does not pop up
 * toasts, so this opens the notification center and reads its rows.
 */
export async function notifications(page, { timeout = DEFAULT_TIMEOUT } = {}) {
  if (!(await page.isVisible('.notifications-center'))) {
    await runCommand(page, 'Notifications: Show Notifications', { timeout });
    await page.waitForSelector('.notifications-center', { state: 'visible', timeout });
  }
  return page.$$eval('.notifications-center .monaco-list-row', (rows) => rows.map((r) => r.getAttribute('aria-label') || r.textContent || ''));
}

// ------------------------------------------------------------------------------------------------ screenshots

/**
 * Saves a PNG under `dir` and returns its path. `target`: omitted for the whole page, a selector string for one
 * element of the page, or a Playwright Frame/ElementHandle/Locator.
 */
export async function screenshot(page, dir, name, target) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, name.endsWith('.png') ? name : `${name}.png`);
  if (!target) await page.screenshot({ path: file, timeout: 15000 });
  else if (typeof target === 'string') await page.locator(target).first().screenshot({ path: file, timeout: 15000 });
  else if (typeof target.frameElement === 'function') await (await target.frameElement()).screenshot({ path: file, timeout: 15000 });
  else await target.screenshot({ path: file, timeout: 15000 });
  return file;
}
