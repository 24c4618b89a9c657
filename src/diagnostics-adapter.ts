import * as vscode from 'vscode';
import type { Diagnostic as CoreDiagnostic } from './spec/types';

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
 * goes, and neither clobbers the other.
 */
export class SpecDiagnostics implements vscode.Disposable {
  private readonly staticFindings = vscode.languages.createDiagnosticCollection('nn-debugger');
  private readonly runtimeFindings = vscode.languages.createDiagnosticCollection('nn-debugger-training');
  /** What was published, per `static|runtime uri`: quick fixes need the `path` and `suggestions` behind a diagnostic. */
  private readonly published = new Map<string, readonly CoreDiagnostic[]>();

  constructor(private readonly docsUri: vscode.Uri) {}

  /** Replaces the static diagnostics of a spec. */
  setStatic(uri: vscode.Uri, list: readonly CoreDiagnostic[]): void {
    this.staticFindings.set(uri, list.map((d) => toVscodeDiagnostic(d, this.docsUri)));
    this.published.set(`static ${uri}`, list);
  }

  /** Replaces the runtime diagnostics of a spec (empty clears them). */
  setRuntime(uri: vscode.Uri, list: readonly CoreDiagnostic[]): void {
    this.runtimeFindings.set(uri, list.map((d) => toVscodeDiagnostic(d, this.docsUri)));
    this.published.set(`runtime ${uri}`, list);
  }

  /** Forgets a spec entirely (closed or deleted). */
  clear(uri: vscode.Uri): void {
    this.staticFindings.delete(uri);
    this.runtimeFindings.delete(uri);
    this.published.delete(`static ${uri}`);
    this.published.delete(`runtime ${uri}`);
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
    this.staticFindings.dispose();
    this.runtimeFindings.dispose();
  }
}
