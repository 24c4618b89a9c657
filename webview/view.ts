/**
 * The panel's DOM outside the charts: header (name, state, counters, run and export buttons), the
 * "spec changed" banner, the warnings list and the diagnostics timeline.
 *
 * Buttons are plain `<button>`s styled with the `--vscode-button-*` variables: the
 * `@vscode/webview-ui-toolkit` web components were retired (repository archived, deprecated on
 * 2025-01-01), and native buttons are keyboard- and screen-reader-accessible without extra code.
 */
import type { PanelCommand, RunState, WebviewToHost } from '../src/protocol';
import type { Diagnostic } from '../src/spec/types';
import { h, icon, replaceChildren, setText } from './dom';
import type { TimelineEntry } from './host-reader';
import type { PanelModel } from './state';
import { formatInt, noWarningsText, rateText, trialText } from './values';

export type Post = (message: WebviewToHost) => void;

const STATE_TEXT: Record<RunState, { label: string; icon: string }> = {
  idle: { label: 'Idle', icon: 'circle-large-outline' },
  training: { label: 'Training', icon: 'sync' },
  paused: { label: 'Paused', icon: 'debug-pause' },
  stopped: { label: 'Stopped', icon: 'debug-stop' },
  diverged: { label: 'Diverged', icon: 'flame' },
  done: { label: 'Done', icon: 'pass' },
  error: { label: 'Error', icon: 'error' },
};

const TRIAL_TITLE = 'Advice trial: this quick fix trains from scratch to decide whether its warning is worth showing; the run goes on once that is decided';

const SEVERITY_ICON: Record<Diagnostic['severity'], string> = { error: 'error', warning: 'warning', info: 'info' };

interface ButtonParts {
  button: HTMLButtonElement;
  glyph: HTMLElement;
  text: HTMLElement;
}

function makeButton(label: string, codicon: string, title: string, cls = 'secondary'): ButtonParts {
  const glyph = icon(codicon);
  const text = h('span', { class: 'label' }, label);
  const button = h('button', { type: 'button', class: `btn ${cls}`, title, 'aria-label': title }, glyph, text);
  return { button, glyph, text };
}

function setButton(parts: ButtonParts, label: string, codicon: string, title: string): void {
  setText(parts.text, label);
  parts.glyph.className = `codicon codicon-${codicon}`;
  parts.button.title = title;
  parts.button.setAttribute('aria-label', title);
}

export class Header {
  readonly el: HTMLElement;
  private readonly name = h('h1', { class: 'spec-name' });
  private readonly badge = h('span', { class: 'badge', role: 'status', 'aria-live': 'polite' });
  private readonly badgeIcon = icon('circle-large-outline');
  private readonly badgeText = h('span', {});
  private readonly epoch = h('span', { class: 'counter' });
  private readonly step = h('span', { class: 'counter' });
  private readonly rate = h('span', { class: 'counter' });
  private readonly trial = h('span', { class: 'counter trial', title: TRIAL_TITLE });
  private readonly train = makeButton('Train', 'play', 'Train: start a new run of this spec', 'primary');
  private readonly pause = makeButton('Pause', 'debug-pause', 'Pause training after the current batch');
  private readonly stepBtn = makeButton('Step', 'debug-step-over', 'Step: train one batch, then stay paused');
  private readonly stop = makeButton('Stop', 'debug-stop', 'Stop training');
  private pauseCommand: PanelCommand = 'pause';

  constructor(post: Post) {
    this.badge.append(this.badgeIcon, this.badgeText);
    const csv = makeButton('CSV', 'export', 'Export the run’s metrics as CSV', 'secondary subtle');
    const json = makeButton('JSON', 'json', 'Export the run’s metrics as JSON', 'secondary subtle');
    this.train.button.addEventListener('click', () => post({ type: 'command', command: 'train' }));
    this.pause.button.addEventListener('click', () => post({ type: 'command', command: this.pauseCommand }));
    this.stepBtn.button.addEventListener('click', () => post({ type: 'command', command: 'step' }));
    this.stop.button.addEventListener('click', () => post({ type: 'command', command: 'stop' }));
    csv.button.addEventListener('click', () => post({ type: 'export', format: 'csv' }));
    json.button.addEventListener('click', () => post({ type: 'export', format: 'json' }));
    this.train.button.dataset.command = 'train';
    this.pause.button.dataset.command = 'pause';
    this.stepBtn.button.dataset.command = 'step';
    this.stop.button.dataset.command = 'stop';
    csv.button.dataset.export = 'csv';
    json.button.dataset.export = 'json';
    this.el = h(
      'header',
      { class: 'top' },
      h('div', { class: 'identity' }, icon('pulse', 'brand'), this.name, this.badge),
      h('div', { class: 'counters', 'aria-label': 'Progress' }, this.epoch, this.step, this.rate, this.trial),
      h(
        'div',
        { class: 'actions' },
        h('div', { class: 'button-group', role: 'toolbar', 'aria-label': 'Training controls' }, this.train.button, this.pause.button, this.stepBtn.button, this.stop.button),
        h('div', { class: 'button-group', role: 'group', 'aria-label': 'Export metrics' }, csv.button, json.button),
      ),
    );
  }

  render(model: PanelModel): void {
    const p = model.progress;
    setText(this.name, model.specName || 'NN Debugger');
    this.name.title = model.specUri;
    const state = STATE_TEXT[p.state];
    this.badge.className = `badge state-${p.state}`;
    this.badgeIcon.className = `codicon codicon-${state.icon}${p.state === 'training' ? ' codicon-modifier-spin' : ''}`;
    setText(this.badgeText, state.label);
    this.badge.title = `Run state: ${state.label}`;
    setText(this.epoch, p.totalEpochs > 0 ? `Epoch ${formatInt(p.epoch)} / ${formatInt(p.totalEpochs)}` : `Epoch ${formatInt(p.epoch)}`);
    setText(this.step, `Step ${formatInt(p.step)}`);
    setText(this.rate, rateText(p));
    setText(this.trial, trialText(p));
    this.trial.hidden = this.trial.textContent === '';
    const live = p.state === 'training' || p.state === 'paused';
    this.train.button.disabled = live;
    if (p.state === 'paused') {
      this.pauseCommand = 'resume';
      setButton(this.pause, 'Resume', 'debug-continue', 'Resume training');
    } else {
      this.pauseCommand = 'pause';
      setButton(this.pause, 'Pause', 'debug-pause', 'Pause training after the current batch');
    }
    this.pause.button.dataset.command = this.pauseCommand;
    this.pause.button.disabled = !live;
    // Step works while paused, and from a finished or idle run (the host starts a paused run).
    this.stepBtn.button.disabled = p.state === 'training';
    this.stop.button.disabled = !live;
  }
}

/** The banner offering a restart when the spec was edited during the run. */
export class SpecChangedBanner {
  readonly el: HTMLElement;
  constructor(post: Post) {
    const restart = makeButton('Restart with the edited spec', 'debug-restart', 'Restart training with the edited spec', 'primary');
    restart.button.dataset.command = 'restart';
    restart.button.addEventListener('click', () => post({ type: 'command', command: 'restart' }));
    this.el = h(
      'div',
      { class: 'banner', role: 'status' },
      icon('edit'),
      h('span', { class: 'banner-text' }, 'The spec was edited since this run started; the charts show the old spec.'),
      restart.button,
    );
    this.el.hidden = true;
  }

  render(model: PanelModel): void {
    this.el.hidden = !model.specChanged;
  }
}

/** The active diagnostics; each one reveals its place in the spec when clicked. */
export class WarningsList {
  readonly card: HTMLElement;
  private readonly list = h('ul', { class: 'diag-list' });
  private readonly count = h('span', { class: 'count' });

  constructor(private readonly post: Post) {
    this.card = h(
      'section',
      { class: 'card warnings', 'aria-labelledby': 'warnings-title' },
      h('header', { class: 'card-header' }, h('h2', { id: 'warnings-title' }, 'Warnings ', this.count)),
      this.list,
    );
  }

  render(model: PanelModel): void {
    const diags = model.diagnostics;
    setText(this.count, diags.length > 0 ? `(${diags.length})` : '');
    if (diags.length === 0) {
      replaceChildren(this.list, h('li', { class: 'none' }, icon('pass'), noWarningsText(model)));
      return;
    }
    const order: Record<string, number> = { error: 0, warning: 1, info: 2 };
    const sorted = [...diags].sort((a, b) => (order[a.severity] ?? 3) - (order[b.severity] ?? 3));
    replaceChildren(this.list, ...sorted.map((d) => h('li', {}, this.item(d))));
  }

  private item(d: Diagnostic): HTMLElement {
    const where = d.path || '/';
    const button = h(
      'button',
      { type: 'button', class: `diag sev-${d.severity}`, title: `${d.severity}: ${d.message} (reveal ${where} in the spec)` },
      icon(SEVERITY_ICON[d.severity] ?? 'info', `sev-icon sev-${d.severity}`),
      h('span', { class: 'sr-only' }, `${d.severity}: `),
      h('code', { class: 'diag-code' }, d.code),
      h('span', { class: 'diag-message' }, d.message),
      h('span', { class: 'diag-path' }, where),
    );
    button.dataset.path = d.path;
    button.addEventListener('click', () => this.post({ type: 'reveal', path: d.path }));
    return button;
  }
}

/** When each runtime diagnostic fired, by step. */
export class Timeline {
  readonly card: HTMLElement;
  private readonly list = h('ol', { class: 'timeline' });
  private shown = -1;
  private runVersion = -1;

  constructor(private readonly post: Post) {
    this.card = h(
      'section',
      { class: 'card timeline-card', 'aria-labelledby': 'timeline-title' },
      h('header', { class: 'card-header' }, h('h2', { id: 'timeline-title' }, 'Diagnostics timeline')),
      this.list,
    );
  }

  render(model: PanelModel): void {
    if (this.shown === model.timeline.length && this.runVersion === model.runVersion) return;
    this.shown = model.timeline.length;
    this.runVersion = model.runVersion;
    if (model.timeline.length === 0) {
      replaceChildren(this.list, h('li', { class: 'none' }, 'Nothing fired yet. Dashed lines on the step charts mark when something does.'));
      return;
    }
    const entries = [...model.timeline].sort((a, b) => a.step - b.step);
    replaceChildren(this.list, ...entries.map((t) => h('li', {}, this.entry(t))));
  }

  private entry(t: TimelineEntry): HTMLElement {
    const button = h(
      'button',
      { type: 'button', class: 'tl-entry', title: `${t.message} (reveal ${t.path || '/'} in the spec)` },
      h('span', { class: 'tl-step' }, `step ${formatInt(t.step)}`),
      h('code', { class: 'diag-code' }, t.code),
      h('span', { class: 'diag-message' }, t.message),
    );
    button.dataset.path = t.path;
    button.addEventListener('click', () => this.post({ type: 'reveal', path: t.path }));
    return button;
  }
}
