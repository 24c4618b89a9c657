/**
 * The fault benchmark's corpus: `manifest.json` read and typed, and its specs checked the way the CLI
 * checks them. Shared by `bench/faults.ts` (which also trains them) and the corpus unit test.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkSpec, CheckResult } from '../../src/diagnosis/check';
import type { DiagnosticCode } from '../../src/spec/types';

/** The folder of the corpus; manifest paths are relative to it. */
export const CORPUS_DIR = __dirname;

/** The repository root: the workspace root that the corpus's CSV paths must stay inside. */
export const REPO_ROOT = path.resolve(__dirname, '../..');

/** Where a fault should first be caught: the static check, the edit-time probe, or training. */
export type Stage = 'static' | 'probe' | 'training';

/** The stages in the order a user meets them. */
export const STAGES: readonly Stage[] = ['static', 'probe', 'training'];

/** One faulty spec and what counts as catching it. */
export interface FaultEntry {
  /** Path of the spec, relative to the corpus folder. */
  file: string;
  /** The code the fault was written for. */
  code: DiagnosticCode;
  /** The real-world bug it models. */
  fault: string;
  /** The earliest stage that should catch it. */
  stage: Stage;
  /** Codes that count as catching it: the fault's own code and any whose advice fixes it too. */
  catches: DiagnosticCode[];
  /** Its detector did not exist when the fault was written: tests do not hold it to being caught. */
  pendingDetector?: boolean;
}

/** One healthy spec: it must draw no warning or error anywhere. */
export interface HealthyEntry {
  file: string;
  /** What the spec exercises (data, activations, optimizer, loss, layers). */
  covers: string;
}

/** The whole manifest. */
export interface FaultManifest {
  about: string;
  faults: FaultEntry[];
  healthy: HealthyEntry[];
}

/** Reads `manifest.json`. Shapes are checked by the corpus unit test, not here. */
export function loadManifest(): FaultManifest {
  return JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'manifest.json'), 'utf8')) as FaultManifest;
}

/** Absolute path of a manifest entry's spec. */
export function corpusPath(file: string): string {
  return path.join(CORPUS_DIR, file);
}

/** Reads and checks a corpus spec as `nn-debugger check` would, with the repo as workspace root. */
export function checkCorpusSpec(file: string): CheckResult {
  const absolute = corpusPath(file);
  return checkSpec(fs.readFileSync(absolute, 'utf8'), {
    specDir: path.dirname(absolute),
    workspaceRoot: REPO_ROOT,
    defaultName: path.basename(absolute, '.nn.json'),
  });
}
