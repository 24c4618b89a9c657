import { performance } from 'perf_hooks';
import * as vscode from 'vscode';
import { hasErrors, withProbeFindings, type CheckResult } from './diagnosis/check';
import type { SpecDiagnostics } from './diagnostics-adapter';
import type { SpecSource } from './protocol';
import { isSpecDocument, specLocation, type SpecChecker } from './spec-checker';
import type { Dataset } from './spec/dataset';
import type { Diagnostic } from './spec/types';
import type { TrainingManager } from './training/manager';
import { LrFindAnswer, ProbeClient } from './training/probe-client';

/** Keystroke-to-diagnostics times kept for the latency figures (the most recent ones). */
const LATENCY_SAMPLES = 500;

/** A probe's diagnostics reached the editor. */
export interface ProbeEvent {
  uri: vscode.Uri;
  diagnostics: Diagnostic[];
  /** From the last edit of the spec (or its check, if it was not edited) to publication. */
  latencyMs: number;
  /** The probe itself, in the worker. */
  probeMs: number;
}

/**
 * Runs the edit-time probe after each static check that found no error, in the probe worker, and
 * publishes its findings with the static ones (so quick fixes and the Problems panel treat them
 * alike). Until the probe of the new text answers, the previous findings stay, re-placed at their
 * paths in the new text: no flicker while typing. A newer edit supersedes an older probe. A finding
 * that a training run of the spec also raises (same code, same place) is left to the run's.
 */
export class ProbeRunner implements vscode.Disposable {
  /**
   * Per spec: the last probe's findings and what they are for: the document version, the thresholds
   * and the data set the check loaded (a CSV's changes on disk make a new one; an unchanged file
   * keeps its load, src/spec/data-cache.ts).
   */
  private readonly findings = new Map<string, { version: number; thresholds: string; dataset: Dataset; diagnostics: Diagnostic[]; cleared: string[] }>();
  private readonly editedAt = new Map<string, number>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly probed = new vscode.EventEmitter<ProbeEvent>();
  /** Fires when a probe's findings were published. */
  readonly onDidProbe = this.probed.event;
  /** Recent keystroke-to-probe-diagnostics times, in ms. */
  readonly latencies: number[] = [];

  /** @param client the probe worker's client; this runner disposes of it. */
  constructor(
    private readonly client: ProbeClient,
    private readonly checker: SpecChecker,
    private readonly diagnostics: SpecDiagnostics,
    manager: TrainingManager,
  ) {
    this.subscriptions.push(
      checker.onDidCheck((uri) => this.afterCheck(uri)),
      manager.onRunEvent((e) => {
        if (e.kind === 'started' || e.kind === 'diagnostics') this.afterCheck(e.uri);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (isSpecDocument(e.document) && e.contentChanges.length > 0) this.editedAt.set(e.document.uri.toString(), performance.now());
      }),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc.uri)),
      this.probed,
    );
    // The checker checked the specs already open before this runner listened.
    for (const doc of vscode.workspace.textDocuments) if (isSpecDocument(doc)) this.afterCheck(doc.uri);
  }

  /** Runs the learning-rate finder on the document's current text, in the probe worker. */
  findLearningRate(doc: vscode.TextDocument): Promise<LrFindAnswer> {
    return this.client.findLearningRate(sourceOf(doc));
  }

  private afterCheck(uri: vscode.Uri): void {
    const key = uri.toString();
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
    const result = doc && this.checker.resultFor(doc);
    if (!doc || !result || !probeable(result)) {
      // Nothing to train: the static errors say why, alone.
      this.findings.delete(key);
      this.client.cancel(key);
      return;
    }
    const previous = this.findings.get(key);
    if (previous) this.publish(doc, result, previous.diagnostics, previous.cleared);
    // A changed setting or data file changes the findings without a new version: probe again for those too.
    const thresholds = thresholdsOf(result);
    const dataset = result.dataset!;
    if (previous?.version !== doc.version || previous.thresholds !== thresholds || previous.dataset !== dataset) void this.probe(doc, thresholds, dataset);
  }

  private async probe(doc: vscode.TextDocument, thresholds: string, dataset: Dataset): Promise<void> {
    const key = doc.uri.toString(), version = doc.version;
    const requested = this.editedAt.get(key) ?? performance.now();
    const answer = await this.client.probe(key, sourceOf(doc));
    // Superseded: a newer text is being (or will be) probed.
    if (!answer || doc.isClosed || doc.version !== version) return;
    const result = this.checker.resultFor(doc);
    // The settings or the data changed while it ran: the probe of the new ones follows.
    if (!result || !probeable(result) || thresholdsOf(result) !== thresholds || result.dataset !== dataset) return;
    const cleared = answer.cleared ?? [];
    this.findings.set(key, { version, thresholds, dataset, diagnostics: answer.diagnostics, cleared });
    this.publish(doc, result, answer.diagnostics, cleared);
    const latencyMs = performance.now() - requested;
    this.editedAt.delete(key);
    this.latencies.push(latencyMs);
    if (this.latencies.length > LATENCY_SAMPLES) this.latencies.shift();
    this.probed.fire({ uri: doc.uri, diagnostics: answer.diagnostics, latencyMs, probeMs: answer.probeMs });
  }

  /**
   * Static findings plus the probe's (minus what the run raises), each placed at its path in the
   * current text; a static rule of thumb the probe disproved (`cleared`) is left out.
   */
  private publish(doc: vscode.TextDocument, result: CheckResult, probe: readonly Diagnostic[], cleared: readonly string[]): void {
    const runtime = this.diagnostics.runtimeOf(doc.uri);
    const own = probe.filter((d) => !runtime.some((r) => r.code === d.code && r.path === d.path));
    const placed = own.map((d) => ({ ...d, range: result.parsed.rangeOf(d.path) }));
    this.diagnostics.setStatic(doc.uri, withProbeFindings(result.diagnostics, placed, cleared));
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    this.findings.delete(key);
    this.editedAt.delete(key);
    this.client.cancel(key);
  }

  dispose(): void {
    this.subscriptions.forEach((s) => s.dispose());
    this.client.dispose();
  }
}

/** A spec the probe can train: valid, with its data, and no error. */
function probeable(result: CheckResult): boolean {
  return result.spec !== undefined && result.dataset !== undefined && !hasErrors(result.diagnostics);
}

/** The thresholds a check settled on (spec over settings over defaults), as a comparable key. */
function thresholdsOf(result: CheckResult): string {
  return JSON.stringify(result.spec?.diagnostics);
}

function sourceOf(doc: vscode.TextDocument): SpecSource {
  return { specText: doc.getText(), ...specLocation(doc.uri) };
}
