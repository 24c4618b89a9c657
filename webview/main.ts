/**
 * The training panel's entry point (bundled to `dist/webview.js`, CSS to `dist/webview.css`).
 *
 * Protocol: say `ready`, render the host's `snapshot`, then apply deltas. Messages only update the
 * model; drawing happens at most once per animation frame, for whatever changed since the last one.
 * A compact copy of the run is kept with `setState`, so a reloaded panel shows the last run at once.
 */
import '@vscode/codicons/dist/codicon.css';
import 'uplot/dist/uPlot.min.css';
import '../media/panel.css';

import type { WebviewToHost } from '../src/protocol';
import { BoundaryView } from './boundary';
import { LiveChart, toggleButton } from './charts';
import { anyChange, Changes, mergeChanges, noChanges } from './changes';
import { LrFinderCard, lrFinderCurveOf } from './lr-finder';
import { h, icon, setText } from './dom';
import { accuracyChart, ChartTables, deadChart, gradChart, lossChart, StepWindow, updateChart } from './series';
import { DEFAULT_UI, makeSavedState, readSavedState, UiSettings } from './saved-state';
import { PanelModel } from './state';
import { readTheme, Theme, watchTheme } from './theme';
import { emptyChartText, formatInt } from './values';
import { Header, SpecChangedBanner, Timeline, WarningsList } from './view';

interface VsCodeApi {
  postMessage(message: WebviewToHost): void;
  getState(): unknown;
  setState(state: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

/** Minimum time between two `setState` calls while data streams in. */
const SAVE_INTERVAL_MS = 1500;

const vscode = acquireVsCodeApi();
const post = (message: WebviewToHost) => vscode.postMessage(message);

const model = new PanelModel();
let ui: UiSettings = { ...DEFAULT_UI };
const saved = readSavedState(vscode.getState());
if (saved) {
  ui = saved.ui;
  if (saved.snapshot) {
    try {
      model.loadSnapshot(saved.snapshot, true);
    } catch {
      // A damaged saved state only costs the instant preview; the host's snapshot follows.
    }
  }
}

let theme: Theme = readTheme();
let stepWindow: StepWindow;
const tables = new ChartTables();

// ---------------------------------------------------------------- layout

const app = document.getElementById('app') ?? document.body.appendChild(h('div', { id: 'app' }));
app.classList.add('nn-panel');

const header = new Header(post);
const banner = new SpecChangedBanner(post);
const notice = h('p', { class: 'notice', role: 'note' });
const zoomText = h('span', {});
const zoomReset = h('button', { type: 'button', class: 'btn secondary subtle', title: 'Show all steps (or double-click a chart)', 'aria-label': 'Reset zoom: show all steps' }, icon('zoom-out'), h('span', { class: 'label' }, 'Show all steps'));
zoomReset.addEventListener('click', () => setZoom(undefined));
const zoomBar = h('div', { class: 'zoom-bar', role: 'status' }, icon('zoom-in'), zoomText, zoomReset);
zoomBar.hidden = true;

const logToggle = toggleButton('Log', 'symbol-numeric', 'Loss axis: logarithmic scale', ui.lossLog, (pressed) => {
  ui.lossLog = pressed;
  request({ ...noChanges(), metrics: true });
  saveSoon();
});
const charts = {
  loss: new LiveChart('loss', 'Loss', { onZoom: setZoom, tools: [logToggle] }),
  accuracy: new LiveChart('accuracy', 'Accuracy'),
  grad: new LiveChart('grad', 'Gradient norm per layer (log)', { onZoom: setZoom }),
  dead: new LiveChart('dead', 'Dead ReLU / saturated units', { onZoom: setZoom }),
  update: new LiveChart('update', 'Update / weight ratio per layer (log)', { onZoom: setZoom }),
};
const boundary = new BoundaryView();
const lrFinder = new LrFinderCard();
const warnings = new WarningsList(post);
const timeline = new Timeline(post);

app.append(
  header.el,
  banner.el,
  notice,
  zoomBar,
  h(
    'main',
    { class: 'grid' },
    warnings.card,
    lrFinder.card,
    charts.loss.card,
    boundary.card,
    charts.accuracy.card,
    charts.grad.card,
    charts.dead.card,
    charts.update.card,
    timeline.card,
  ),
);
// The host forgets the curve when the window reloads: the saved copy brings the card back.
if (saved?.lrFinder) lrFinder.render(theme, saved.lrFinder);

function setZoom(window: StepWindow): void {
  if (!window && !stepWindow) return;
  stepWindow = window ? [Math.ceil(window[0]), Math.floor(window[1])] : undefined;
  if (stepWindow && stepWindow[1] < stepWindow[0]) stepWindow = undefined;
  zoomBar.hidden = !stepWindow;
  if (stepWindow) setText(zoomText, `Steps ${formatInt(stepWindow[0])}–${formatInt(stepWindow[1])}`);
  request({ ...noChanges(), metrics: true });
}

// ---------------------------------------------------------------- drawing, once per frame

let pending: Changes = { run: true, metrics: true, progress: true, diagnostics: true, boundary: true, specChanged: true };
let frameRequested = false;
let resizePending = false;
let themeChanged = false;

function request(changes: Changes): void {
  mergeChanges(pending, changes);
  schedule();
}

function schedule(): void {
  if (frameRequested) return;
  frameRequested = true;
  requestAnimationFrame(frame);
}

function frame(): void {
  frameRequested = false;
  const start = performance.now();
  const c = pending;
  pending = noChanges();
  const redrawTheme = themeChanged;
  themeChanged = false;
  if (c.run && stepWindow) setZoom(undefined);
  if (c.run || c.progress) {
    header.render(model);
    renderNotice();
  }
  if (c.run || c.specChanged) banner.render(model);
  if (c.run || c.diagnostics) {
    warnings.render(model);
    timeline.render(model);
  }
  if (c.run || c.metrics || c.progress || c.diagnostics || redrawTheme) renderCharts();
  if (c.run || c.boundary || redrawTheme) boundary.render(model.boundary, theme);
  if (resizePending) {
    resizePending = false;
    Object.values(charts).forEach((chart) => chart.resize());
    boundary.resize();
    lrFinder.resize();
  }
  if (anyChange(c)) {
    performance.measure('nn-panel-frame', { start, end: performance.now() });
    // Save at once when the run's state changes (e.g. it finished), else at most every SAVE_INTERVAL_MS.
    if (c.run || model.progress.state !== lastSavedState) saveNow();
    else saveSoon();
  }
}

function renderCharts(): void {
  const markers = model.timeline.map((t) => t.step);
  // Before the first step of a run that is not under way, only the loss card (with a hint) is shown.
  const state = model.progress.state;
  const noData = model.steps.length === 0 && model.epochs.length === 0 && state !== 'training' && state !== 'paused';
  for (const chart of [charts.grad, charts.update]) chart.setVisible(!noData);
  timeline.card.hidden = noData && model.timeline.length === 0;
  charts.loss.setEmptyText(emptyChartText(model));
  charts.loss.render(lossChart(model, tables, ui.lossLog, stepWindow), theme, markers);
  const accuracy = accuracyChart(model);
  charts.accuracy.setVisible(accuracy !== undefined);
  if (accuracy) charts.accuracy.render(accuracy, theme);
  else charts.accuracy.destroyPlot();
  charts.grad.render(gradChart(model, tables, stepWindow), theme, markers);
  const dead = deadChart(model, tables, stepWindow);
  // A network without ReLU, sigmoid or tanh layers has nothing to show here once it has trained.
  charts.dead.setVisible(!noData && (dead.series.length > 0 || model.steps.length === 0));
  charts.dead.render(dead, theme, markers);
  charts.update.render(updateChart(model, tables, stepWindow), theme, markers);
}

function renderNotice(): void {
  const state = model.progress.state;
  let text = '';
  if (!model.hasRun) text = 'Waiting for the extension…';
  else if (state === 'error') text = 'The run could not start. The warnings below say why; fix the spec and press Train.';
  else if (model.steps.length === 0 && state === 'idle') text = 'No run yet. Press Train to train this spec; the charts fill in live.';
  else if (state === 'diverged') text = `Training diverged (the loss became NaN or infinite)${restoredText()}. Check the warnings, lower the learning rate, and train again.`;
  setText(notice, text);
  notice.hidden = text === '';
  notice.className = `notice${state === 'error' || state === 'diverged' ? ' is-error' : ''}`;
}

/** Where a diverged run's weights went back to, as the notice says it. */
function restoredText(): string {
  const restored = model.weightsRestored;
  if (!restored) return '';
  if (restored.epoch === undefined) return '; the weights were restored to their initial values';
  return `; the weights were restored to epoch ${formatInt(restored.epoch)} (step ${formatInt(restored.step)}), which the decision boundary shows`;
}

// ---------------------------------------------------------------- saved state

let lastSave = 0;
let lastSavedState = '';
let saveTimer: ReturnType<typeof setTimeout> | undefined;

function saveNow(): void {
  if (saveTimer !== undefined) clearTimeout(saveTimer);
  saveTimer = undefined;
  lastSave = performance.now();
  lastSavedState = model.progress.state;
  vscode.setState(makeSavedState(model, ui, lrFinder.shown));
}

function saveSoon(): void {
  if (saveTimer !== undefined) return;
  const wait = Math.max(0, SAVE_INTERVAL_MS - (performance.now() - lastSave));
  saveTimer = setTimeout(saveNow, wait);
}

// ---------------------------------------------------------------- events

window.addEventListener('message', (event: MessageEvent) => {
  const curve = lrFinderCurveOf(event.data);
  if (curve) {
    lrFinder.render(theme, curve);
    return saveNow();
  }
  const changes = model.apply(event.data);
  if (changes) request(changes);
});

const resizeObserver = new ResizeObserver(() => {
  resizePending = true;
  schedule();
});
Object.values(charts).forEach((chart) => resizeObserver.observe(chart.sizeTarget));
resizeObserver.observe(boundary.sizeTarget);
resizeObserver.observe(lrFinder.sizeTarget);

watchTheme(() => {
  const next = readTheme();
  const signature = (t: Theme) => JSON.stringify({ ...t, generation: 0 });
  if (signature(next) === signature(theme)) return;
  theme = next;
  Object.values(charts).forEach((chart) => chart.invalidate());
  lrFinder.render(theme);
  themeChanged = true;
  schedule();
});

schedule();
post({ type: 'ready' });
