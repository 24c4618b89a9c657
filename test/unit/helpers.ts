import * as fs from 'fs';
import * as path from 'path';
import type { CliIO } from '../../src/cli/io';
import { runCli } from '../../src/cli/main';
import { checkSpec, CheckResult, withProbeFindings } from '../../src/diagnosis/check';
import { probeChecked, type ProbeOptions, type ProbeResult } from '../../src/diagnosis/probe';
import type { Diagnostic } from '../../src/spec/types';
import { strict as assert } from 'assert';

/** The repository root: the workspace root that CSV paths in fixtures must stay inside. */
export const REPO_ROOT = path.resolve(__dirname, '../..');

/** Reads and checks a spec file the way the CLI does, with the repo as workspace root. */
export function checkFile(file: string): CheckResult {
  const absolute = path.resolve(REPO_ROOT, file);
  return checkSpec(fs.readFileSync(absolute, 'utf8'), {
    specDir: path.dirname(absolute),
    workspaceRoot: REPO_ROOT,
    defaultName: path.basename(absolute, '.nn.json'),
  });
}

/**
 * Probes a spec file as the editor and the CLI do: with the spec's folder as context, so its findings
 * face their advice trials and rate check (`withContext` false leaves them untried). Fails the test
 * when the spec cannot be probed.
 */
export function probeInFolder(file: string, options: ProbeOptions = {}, withContext = true): ProbeResult {
  const context = { specDir: path.dirname(path.join(REPO_ROOT, file)), workspaceRoot: REPO_ROOT };
  const result = probeChecked(checkFile(file), { ...options, ...(withContext && { context }) });
  assert.ok(result, `${file} must be probed`);
  return result;
}

/**
 * What the editor shows for a corpus spec: its static findings merged with the probe's (without the
 * learning-rate finder), as `withProbeFindings` merges them, and the probe's result.
 */
export function shownInEditor(file: string, withContext = true): { result: ProbeResult; shown: Diagnostic[] } {
  const result = probeInFolder(file, { finder: false }, withContext);
  return { result, shown: withProbeFindings(checkFile(file).diagnostics, result.diagnostics, result.cleared) };
}

/** Lists `*.nn.json` files of a folder, relative to the repo root. */
export function specsIn(folder: string): string[] {
  return fs
    .readdirSync(path.join(REPO_ROOT, folder))
    .filter((f) => f.endsWith('.nn.json'))
    .sort()
    .map((f) => path.join(folder, f));
}

/** Runs the CLI in-process from the repo root and captures what it prints. */
export function cli(...argv: string[]): { code: number; out: string[]; err: string[] } {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIO = { out: (l) => out.push(l), err: (l) => err.push(l), status: () => undefined };
  const cwd = process.cwd();
  process.chdir(REPO_ROOT);
  try {
    return { code: runCli(argv, io), out, err };
  } finally {
    process.chdir(cwd);
  }
}

/** A small healthy classifier (XOR, tanh hidden layer 0, sigmoid output layer 1, Adam 0.01) as 2-space JSON, with some fields replaced. */
export function xorSpecText(overrides: Record<string, unknown> = {}): string {
  const base = {
    data: { inline: { x: [[0, 0], [0, 1], [1, 0], [1, 1]], y: [0, 1, 1, 0] } },
    layers: [
      { type: 'dense', units: 4, activation: 'tanh' },
      { type: 'dense', units: 1, activation: 'sigmoid' },
    ],
    loss: 'bce',
    optimizer: { type: 'adam', lr: 0.01 },
  };
  return JSON.stringify({ ...base, ...overrides }, null, 2);
}
