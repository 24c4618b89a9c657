import * as path from 'path';
import * as vscode from 'vscode';
import { checkSpec, CheckResult } from './diagnosis/check';
import type { DataProblem } from './spec/csv-dataset';
import { keepCsvLoad, type PendingRead } from './spec/data';
import type { KeptLoad } from './spec/data-cache';
import type { SpecSource } from './protocol';
import { DEFAULT_DIAGNOSTICS, DiagnosticsConfig } from './spec/types';
import type { SpecDiagnostics } from './diagnostics-adapter';

/** Debounce between the last keystroke and the re-check: short, the check takes a few ms. */
const CHECK_DELAY_MS = 100;
/**
 * CSV files larger than this are read in the probe worker, not on the extension host (a 109 MB file
 * took 6.0 s to read and prepare, `npm run bench:csv`); smaller ones take well under a second.
 */
export const READ_IN_WORKER_OVER_BYTES = 8 * 1024 * 1024;

/** Reads a spec's large CSV in another thread; resolves to the load to keep, or undefined. */
export type LargeDataReader = (source: SpecSource) => Promise<KeptLoad<DataProblem> | undefined>;
/** The settings section of the detector and probe thresholds. */
const DIAGNOSTICS_SECTION = 'nnDebugger.diagnostics';

/** Whether a document is an NN Debugger spec. */
export function isSpecDocument(doc: vscode.TextDocument): boolean {
  return doc.uri.path.endsWith('.nn.json');
}

/** Where a spec's data paths resolve: its folder, confined to its workspace folder. */
export function specLocation(uri: vscode.Uri): Omit<SpecSource, 'specText'> {
  const specDir = path.dirname(uri.fsPath);
  const folder = vscode.workspace.getWorkspaceFolder(uri);
  return {
    specDir,
    workspaceRoot: folder ? folder.uri.fsPath : specDir,
    defaultName: path.basename(uri.fsPath).replace(/\.nn\.json$/i, ''),
    diagnosticDefaults: diagnosticSettings(uri),
  };
}

/** Whether a spec whose data path is `dataPath` reads `changed`, the file itself or a folder above it. */
export function readsFrom(spec: vscode.Uri, dataPath: string, changed: vscode.Uri): boolean {
  const file = path.resolve(path.dirname(spec.fsPath), dataPath);
  const relative = path.relative(changed.fsPath, file);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** The `nnDebugger.diagnostics.*` settings that apply to a spec (workspace or folder level). */
function diagnosticSettings(uri: vscode.Uri): Partial<DiagnosticsConfig> {
  const config = vscode.workspace.getConfiguration(DIAGNOSTICS_SECTION, uri);
  const result: Partial<DiagnosticsConfig> = {};
  for (const key of Object.keys(DEFAULT_DIAGNOSTICS) as (keyof DiagnosticsConfig)[]) {
    const value = config.get<number>(key);
    if (typeof value === 'number') result[key] = value;
  }
  return result;
}

/**
 * Re-checks open specs as the user types (debounced) and publishes the static diagnostics.
 * Keeps the latest result per spec for hovers and commands.
 */
export class SpecChecker implements vscode.Disposable {
  private readonly results = new Map<string, CheckResult>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly subscriptions: vscode.Disposable[] = [];
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires after a spec was re-checked. */
  readonly onDidCheck = this.changed.event;

  /** Files being read in the worker, by the path the spec writes, per spec. */
  private readonly reading = new Set<string>();
  /** Set on dispose: a read finishing after it checks nothing. */
  private disposed = false;

  constructor(
    private readonly diagnostics: SpecDiagnostics,
    private readonly readLargeData?: LargeDataReader,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidOpenTextDocument((doc) => this.checkNow(doc)),
      vscode.workspace.onDidChangeTextDocument((e) => this.schedule(e.document)),
      vscode.workspace.onDidCloseTextDocument((doc) => this.forget(doc)),
      ...this.watchDataFiles(),
      // The thresholds are part of every check's result (and the probe's verdict): re-check on a change.
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(DIAGNOSTICS_SECTION)) this.checkAllOpen();
      }),
      this.changed,
    );
    vscode.workspace.textDocuments.forEach((doc) => this.checkNow(doc));
  }

  /** The latest check of a spec, running one now if there is none. */
  resultFor(doc: vscode.TextDocument): CheckResult | undefined {
    if (!isSpecDocument(doc)) return undefined;
    return this.results.get(doc.uri.toString()) ?? this.checkNow(doc);
  }

  /** Checks a spec at once and publishes its diagnostics. */
  checkNow(doc: vscode.TextDocument): CheckResult | undefined {
    return this.check(doc, this.readLargeData !== undefined);
  }

  /** Checks a spec; a large CSV is left to the worker when `inWorker`, else read here. */
  private check(doc: vscode.TextDocument, inWorker: boolean): CheckResult | undefined {
    if (!isSpecDocument(doc) || this.disposed) return undefined;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    const location = specLocation(doc.uri);
    const result = checkSpec(doc.getText(), inWorker ? { ...location, deferReadsOver: READ_IN_WORKER_OVER_BYTES } : location);
    if (result.pendingRead) this.readInWorker(doc.uri, { specText: doc.getText(), ...location }, result.pendingRead);
    this.results.set(key, result);
    this.diagnostics.setStatic(doc.uri, result.diagnostics);
    this.changed.fire(doc.uri);
    return result;
  }

  /**
   * Re-checks the open specs that read a data file when that file (or a folder holding it) is saved,
   * created or deleted, inside the editor or out of it: fixing the file must clear its data error
   * without an edit to the spec. Any name counts ("train.tsv", UCI's "adult.data"), so the watcher
   * sees every file and each event is matched against the specs' own data paths. Specs whose file
   * did not change find their data kept (src/spec/data-cache.ts) and re-check in a few milliseconds.
   */
  private watchDataFiles(): vscode.Disposable[] {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*');
    const recheck = (changed: vscode.Uri) => {
      for (const doc of vscode.workspace.textDocuments) {
        const data = isSpecDocument(doc) ? this.results.get(doc.uri.toString())?.spec?.data : undefined;
        if (data?.kind === 'csv' && readsFrom(doc.uri, data.path, changed)) this.schedule(doc);
      }
    };
    return [watcher, watcher.onDidChange(recheck), watcher.onDidCreate(recheck), watcher.onDidDelete(recheck)];
  }

  /**
   * Reads a large CSV in the worker, keeps the load and checks the spec again, which then finds it.
   * Meanwhile the spec shows no data diagnostic and is not probed; the status bar says what is read.
   * When the worker answers nothing (it stopped, or the file could not be read), the spec is checked
   * with the file read here, so it is never left without its data or its data error.
   */
  private readInWorker(uri: vscode.Uri, source: SpecSource, pending: PendingRead): void {
    const key = `${uri.toString()}\0${pending.written}`;
    if (this.reading.has(key) || !this.readLargeData) return;
    this.reading.add(key);
    const read = this.readLargeData(source).then((kept) => {
      this.reading.delete(key);
      if (kept) keepCsvLoad(kept.key, kept.load);
      // The document open now: the one that asked may have been closed and opened again meanwhile.
      const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
      if (doc) this.check(doc, kept !== undefined);
    });
    vscode.window.setStatusBarMessage(`$(loading~spin) NN Debugger: reading ${pending.written} (${Math.round(pending.bytes / 2 ** 20)} MB)…`, read);
  }

  /** Re-checks every open spec at once (the settings changed). */
  private checkAllOpen(): void {
    for (const doc of vscode.workspace.textDocuments) if (isSpecDocument(doc)) this.checkNow(doc);
  }

  private schedule(doc: vscode.TextDocument): void {
    if (!isSpecDocument(doc)) return;
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => this.checkNow(doc), CHECK_DELAY_MS));
  }

  private forget(doc: vscode.TextDocument): void {
    const key = doc.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.delete(key);
    this.results.delete(key);
  }

  dispose(): void {
    this.disposed = true;
    this.timers.forEach((t) => clearTimeout(t));
    this.subscriptions.forEach((s) => s.dispose());
  }
}
