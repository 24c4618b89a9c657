/**
 * `npm run bench:faults`: how many of the corpus's faults (`test/faults/manifest.json`) NN Debugger
 * catches, where (static check, edit-time probe, training), and whether the healthy specs stay
 * silent. Prints a markdown report and writes every outcome to `bench/results/faults.json`.
 * Exits 1 only when the core crashed on a spec, never because recall is low.
 */
import * as fs from 'fs';
import * as path from 'path';
import { performance } from 'perf_hooks';
import type { Diagnostic, DiagnosticCode } from '../src/spec/types';
import { FaultEntry, loadManifest, Stage, STAGES } from '../test/faults/corpus';
import { alarms, caughtAt, evaluateSpec, loadProbe, SpecOutcome, stageDiagnostics } from '../test/faults/evaluate';

const RESULTS = path.join(__dirname, 'results', 'faults.json');

/** One fault's verdict. */
interface FaultVerdict {
  entry: FaultEntry;
  outcome: SpecOutcome;
  /** First stage that raised a code in `catches`. */
  caught?: Stage;
  /** The fault's own code was raised somewhere. */
  ownCode: boolean;
}

/** Recall of one code's faults. */
interface CodeRow {
  code: DiagnosticCode;
  faults: number;
  caught: number;
  ownCode: number;
  editTime: number;
  trainingOnly: number;
  missed: string[];
}

const pct = (n: number, of: number) => (of === 0 ? '–' : `${Math.round((100 * n) / of)}%`);
const slug = (file: string) => path.basename(file, '.nn.json');
const labels = (diagnostics: Diagnostic[] | undefined) => diagnostics?.map((d) => `${d.code}@${d.path}`);

function judge(entry: FaultEntry, outcome: SpecOutcome): FaultVerdict {
  const ownCode = STAGES.some((stage) => stageDiagnostics(outcome, stage).some((d) => d.code === entry.code));
  return { entry, outcome, caught: caughtAt(outcome, entry.catches), ownCode };
}

function codeRows(verdicts: FaultVerdict[]): CodeRow[] {
  const codes = [...new Set(verdicts.map((v) => v.entry.code))];
  return codes.map((code) => {
    const mine = verdicts.filter((v) => v.entry.code === code);
    return {
      code,
      faults: mine.length,
      caught: mine.filter((v) => v.caught).length,
      ownCode: mine.filter((v) => v.ownCode).length,
      editTime: mine.filter((v) => v.caught === 'static' || v.caught === 'probe').length,
      trainingOnly: mine.filter((v) => v.caught === 'training').length,
      missed: mine.filter((v) => !v.caught).map((v) => slug(v.entry.file)),
    };
  });
}

function quantile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

function latency(outcomes: SpecOutcome[]): { n: number; p50: number; p95: number; max: number } | undefined {
  const times = outcomes.flatMap((o) => (o.probeMs === undefined ? [] : [o.probeMs])).sort((a, b) => a - b);
  if (times.length === 0) return undefined;
  return { n: times.length, p50: quantile(times, 0.5), p95: quantile(times, 0.95), max: times[times.length - 1] };
}

function codeTable(rows: CodeRow[], verdicts: FaultVerdict[]): string[] {
  const lines = [
    '| code | faults | caught | recall | own code | at edit time | only in training | missed |',
    '|---|---:|---:|---:|---:|---:|---:|---|',
  ];
  for (const r of rows) {
    lines.push(`| \`${r.code}\` | ${r.faults} | ${r.caught} | ${pct(r.caught, r.faults)} | ${r.ownCode} | ${r.editTime} | ${r.trainingOnly} | ${r.missed.join(', ')} |`);
  }
  const sum = (key: 'faults' | 'caught' | 'ownCode' | 'editTime' | 'trainingOnly') => rows.reduce((s, r) => s + r[key], 0);
  const missed = verdicts.filter((v) => !v.caught).length;
  lines.push(`| **all** | ${sum('faults')} | ${sum('caught')} | **${pct(sum('caught'), sum('faults'))}** | ${sum('ownCode')} | ${sum('editTime')} | ${sum('trainingOnly')} | ${missed} |`);
  return lines;
}

function summary(verdicts: FaultVerdict[], healthy: SpecOutcome[], probe: ReturnType<typeof loadProbe>): string[] {
  const n = verdicts.length;
  const at = (stage: Stage) => verdicts.filter((v) => v.caught === stage).length;
  const onTime = verdicts.filter((v) => v.caught && STAGES.indexOf(v.caught) <= STAGES.indexOf(v.entry.stage)).length;
  const silent = healthy.filter((o) => alarms(o).length === 0 && !o.crash).length;
  const lat = latency([...verdicts.map((v) => v.outcome), ...healthy]);
  const caught = verdicts.filter((v) => v.caught).length;
  const lines = [
    `- Recall: ${caught}/${n} faults caught (${pct(caught, n)}); ` +
      `by the fault's own code: ${verdicts.filter((v) => v.ownCode).length}/${n}.`,
    `- Where: ${at('static')} by the static check, ${at('probe')} by the probe (edit time: ${at('static') + at('probe')}), ` +
      `${at('training')} only during training; ${onTime}/${n} at or before the stage the manifest expects.`,
    `- Healthy specs: ${silent}/${healthy.length} silent; false alarms: ${healthy.length - silent}.`,
  ];
  for (const o of healthy) {
    const found = alarms(o);
    if (found.length > 0) lines.push(`  - ${slug(o.file)}: ${found.map((a) => `${a.stage} ${a.code}@${a.path}`).join(', ')}`);
  }
  lines.push(
    probe.probe
      ? `- Probe latency over ${lat?.n ?? 0} specs: p50 ${lat?.p50.toFixed(0)} ms, p95 ${lat?.p95.toFixed(0)} ms, max ${lat?.max.toFixed(0)} ms.`
      : `- Probe: not run (${probe.missing}).`,
  );
  return lines;
}

/** Codes a fault raised that are not among those that catch it, as `stage:code`, each once. */
function offTarget(v: FaultVerdict): string[] {
  const found = STAGES.flatMap((s) => stageDiagnostics(v.outcome, s).filter((d) => !v.entry.catches.includes(d.code)).map((d) => `${s}:${d.code}`));
  return [...new Set(found)];
}

/** How often faults drew codes whose advice does not fix them: not counted as catches, shown for precision. */
function offTargetLine(verdicts: FaultVerdict[]): string {
  const counts = new Map<string, number>();
  for (const v of verdicts) for (const label of offTarget(v)) counts.set(label, (counts.get(label) ?? 0) + 1);
  const worst = [...counts].sort((a, b) => b[1] - a[1]).map(([label, n]) => `${label} ×${n}`);
  const specs = verdicts.filter((v) => offTarget(v).length > 0).length;
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  const training = [...counts].filter(([label]) => label.startsWith('training:')).reduce((a, [, n]) => a + n, 0);
  return (
    `- Off-target codes (raised on a fault but not in its \`catches\`): ${total} (fault, stage, code) pairs, ${training} of them in training, ` +
    `on ${specs}/${verdicts.length} faults; ${worst.join(', ') || 'none'}.`
  );
}

/** Times a training run raised a diagnostic (same code and path) that it had raised and cleared before: flapping. */
function reRaises(outcome: SpecOutcome): number {
  const labels = (outcome.training ?? []).map((d) => `${d.code}@${d.path}`);
  return labels.length - new Set(labels).size;
}

function flappingLine(verdicts: FaultVerdict[]): string {
  const counts = verdicts.map((v) => reRaises(v.outcome));
  const total = counts.reduce((a, b) => a + b, 0);
  return `- Flapping: ${total} re-raises in training (a warning cleared, then raised again) on ${counts.filter((n) => n > 0).length}/${verdicts.length} faults.`;
}

function faultJson(v: FaultVerdict) {
  const { outcome, entry } = v;
  return {
    ...entry,
    caughtAt: v.caught ?? null,
    ownCode: v.ownCode,
    static: labels(outcome.static),
    probe: labels(outcome.probe),
    probeMs: outcome.probeMs,
    training: labels(outcome.training),
    offTarget: offTarget(v),
    epochs: outcome.epochs,
    finalLoss: outcome.finalLoss,
    crash: outcome.crash,
  };
}

function main(): number {
  const started = performance.now();
  const manifest = loadManifest();
  const probe = loadProbe();
  const verdicts = manifest.faults.map((entry) => judge(entry, evaluateSpec(entry.file, probe.probe)));
  const healthy = manifest.healthy.map((entry) => evaluateSpec(entry.file, probe.probe));
  const crashes = [...verdicts.map((v) => v.outcome), ...healthy].filter((o) => o.crash);
  const rows = codeRows(verdicts);
  const wallS = (performance.now() - started) / 1000;
  const report = [
    `## Fault benchmark: ${verdicts.length} faulty specs, ${healthy.length} healthy`,
    '',
    ...codeTable(rows, verdicts),
    '',
    ...summary(verdicts, healthy, probe),
    offTargetLine(verdicts),
    flappingLine(verdicts),
    `- Crashes: ${crashes.length}${crashes.map((o) => `\n  - ${slug(o.file)}: ${o.crash}`).join('')}`,
    `- Wall time: ${wallS.toFixed(1)} s.`,
  ];
  console.log(report.join('\n'));
  const json = {
    generatedAt: new Date().toISOString(),
    wallSeconds: wallS,
    probe: probe.probe ? { available: true, latencyMs: latency([...verdicts.map((v) => v.outcome), ...healthy]) } : { available: false, missing: probe.missing },
    perCode: rows,
    faults: verdicts.map(faultJson),
    healthy: healthy.map((o) => ({ file: o.file, alarms: alarms(o), epochs: o.epochs, finalLoss: o.finalLoss, crash: o.crash })),
  };
  fs.mkdirSync(path.dirname(RESULTS), { recursive: true });
  fs.writeFileSync(RESULTS, JSON.stringify(json, null, 2) + '\n');
  console.log(`\nWrote ${path.relative(process.cwd(), RESULTS)}`);
  return crashes.length > 0 ? 1 : 0;
}

process.exitCode = main();
