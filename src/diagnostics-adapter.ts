import * as vscode from 'vscode';
import type { Diagnostic as CoreDiagnostic } from './spec/types';
import { RuntimeFindings } from './view-model/runtime-survival';

/**
 * Wait after an edit before re-placing runtime findings: re-parsing costs ~0.1 ms for a playground
 * spec but ~11 ms for 300 KB of inline data, and the editor moves the squiggles meanwhile.
 */
const FOLLOW_EDIT_MS = 50;

/** The `source` of every diagnostic we publish: the Problems panel shows it. */
export const DIAGNOSTIC_SOURCE = 'nn-debugger';

const SEVERITY: Record<CoreDiagnostic['severity'], vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  info: vscode.DiagnosticSeverity.Information,
};

/** Converts a core diagnostic; its code links to the code's section of the diagnostics guide. */
export function toVscodeDiagnostic(d: CoreDiagnostic, docsUri: vscode.Uri): vscode.Diagnostic {
  const range = new vscode.Range(d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character);
  const result = new vscode.Diagnostic(range, d.message, SEVERITY[d.severity]);
  result.source = DIAGNOSTIC_SOURCE;
  result.code = { value: d.code, target: docsUri.with({ fragment: d.code }) };
  return result;
}

function toVscodeRange(r: CoreDiagnostic['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

/**
 * Two collections per spec: static findings refresh as the user types, runtime findings as a run
 * goes, and neither clobbers the other. Runtime findings describe the text the run trained: after
 * each edit, those whose layer (or optimizer, or quick-fix target) changed are withdrawn and the
 * rest re-placed at their values in the new text (see view-model/runtime-survival.ts).
 */
export class SpecDiagnostics implements vscode.Disposable {
  private readonly staticFindings = vscode.languages.createDiagnosticCollection('nn-debugger');
  private readonly runtimeFindings = vscode.languages.createDiagnosticCollection('nn-debugger-training');
  /** What was published, per `static|runtime uri`: quick fixes need the `path` and `suggestions` behind a diagnostic. */
  private readonly published = new Map<string, readonly CoreDiagnostic[]>();
  /** Per spec uri: the last run's diagnostics with the text it trained. */
  private readonly runs = new Map<string, RuntimeFindings>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subscription: vscode.Disposable;

  constructor(private readonly docsUri: vscode.Uri) {
    this.subscription = vscode.workspace.onDidChangeTextDocument((e) => {
      const key = e.document.uri.toString();
      if (e.contentChanges.length === 0 || !this.runs.has(key)) return;
      clearTimeout(this.timers.get(key));
      this.timers.set(key, setTimeout(() => this.followEdit(e.document), FOLLOW_EDIT_MS));
    });
  }

  /** Replaces the static diagnostics of a spec. */
  setStatic(uri: vscode.Uri, list: readonly CoreDiagnostic[]): void {
    this.staticFindings.set(uri, list.map((d) => toVscodeDiagnostic(d, this.docsUri)));
    this.published.set(`static ${uri}`, list);
  }

  /**
   * Replaces the runtime diagnostics of a spec (empty clears them). With the text the run trained,
   * only those that still apply to the document's current text are shown, where they now are.
   */
  setRuntime(uri: vscode.Uri, list: readonly CoreDiagnostic[], runText?: string): void {
    if (list.length === 0 || runText === undefined) {
      this.runs.delete(uri.toString());
      this.publishRuntime(uri, list);
      return;
    }
    const findings = new RuntimeFindings(runText, list);
    this.runs.set(uri.toString(), findings);
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    this.publishRuntime(uri, (doc && findings.placeIn(doc.getText())) ?? list);
  }

  /** The runtime diagnostics shown for a spec now: its run's, minus those an edit retired. */
  runtimeOf(uri: vscode.Uri): readonly CoreDiagnostic[] {
    return this.published.get(`runtime ${uri}`) ?? [];
  }

  private followEdit(doc: vscode.TextDocument): void {
    this.timers.delete(doc.uri.toString());
    const findings = this.runs.get(doc.uri.toString());
    if (doc.isClosed) return;
    // Mid-keystroke invalid JSON: keep what is shown (the editor moves the squiggles meanwhile).
    const placed = findings?.placeIn(doc.getText());
    if (placed && !samePlacement(placed, this.runtimeOf(doc.uri))) this.publishRuntime(doc.uri, placed);
  }

  private publishRuntime(uri: vscode.Uri, list: readonly CoreDiagnostic[]): void {
    this.runtimeFindings.set(uri, list.map((d) => toVscodeDiagnostic(d, this.docsUri)));
    this.published.set(`runtime ${uri}`, list);
  }

  /** Forgets a spec entirely (closed or deleted). */
  clear(uri: vscode.Uri): void {
    this.staticFindings.delete(uri);
    this.runtimeFindings.delete(uri);
    this.published.delete(`static ${uri}`);
    this.published.delete(`runtime ${uri}`);
    this.runs.delete(uri.toString());
  }

  /**
   * The core diagnostic a published one was made from, matched by code, message and range: the
   * editor may hand back copies of the objects it was given.
   */
  coreOf(uri: vscode.Uri, d: vscode.Diagnostic): CoreDiagnostic | undefined {
    const code = typeof d.code === 'object' ? d.code.value : d.code;
    const candidates = [...(this.published.get(`static ${uri}`) ?? []), ...(this.published.get(`runtime ${uri}`) ?? [])];
    return candidates.find((c) => c.code === code && c.message === d.message && toVscodeRange(c.range).isEqual(d.range));
  }

  dispose(): void {
    this.subscription.dispose();
    this.timers.forEach((t) => clearTimeout(t));
    this.staticFindings.dispose();
    this.runtimeFindings.dispose();
  }
}

/** Same diagnostics at the same places: nothing to republish. */
function samePlacement(a: readonly CoreDiagnostic[], b: readonly CoreDiagnostic[]): boolean {
  return a.length === b.length && a.every((d, i) => d.code === b[i].code && d.path === b[i].path && toVscodeRange(d.range).isEqual(toVscodeRange(b[i].range)));
}
