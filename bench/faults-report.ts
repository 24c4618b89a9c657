/**
 * Verdicts and the markdown report of the fault benchmark (`bench/faults.ts`): recall per code, where
 * faults were caught, false alarms on healthy specs, off-target codes and flapping, for one fault set,
 * and a side-by-side comparison of the development and held-out sets.
 */
import * as path from 'path';
import type { Diagnostic, DiagnosticCode } from '../src/spec/types';
import { CorpusSet, FaultEntry, Stage, STAGES } from '../test/faults/corpus';
import { alarms, caughtAt, ProbeLoad, SpecOutcome, stageDiagnostics } from '../test/faults/evaluate';

/** One fault's verdict. */
export interface FaultVerdict {
  entry: FaultEntry;
  outcome: SpecOutcome;
  /** First stage that raised a code in `catches`. */
  caught?: Stage;
  /** The fault's own code was raised somewhere. */
  ownCode: boolean;
}

/** Recall of one code's faults. */
export interface CodeRow {
  code: DiagnosticCode;
  faults: number;
  caught: number;
  ownCode: number;
  editTime: number;
  trainingOnly: number;
  missed: string[];
}

/** Everything one set's run produced. */
export interface SetRun {
  /** The set, or `all` for every set pooled. */
  set: CorpusSet | 'all';
  verdicts: FaultVerdict[];
  healthy: SpecOutcome[];
  probe: ProbeLoad;
  wallSeconds: number;
}

export const pct = (n: number, of: number) => (of === 0 ? '–' : `${Math.round((100 * n) / of)}%`);
const slug = (file: string) => path.basename(file, '.nn.json');
const labels = (diagnostics: Diagnostic[] | undefined) => diagnostics?.map((d) => `${d.code}@${d.path}`);

/** Whether the outcome caught the fault, where first, and whether by the fault's own code. */
export function judge(entry: FaultEntry, outcome: SpecOutcome): FaultVerdict {
  const ownCode = STAGES.some((stage) => stageDiagnostics(outcome, stage).some((d) => d.code === entry.code));
  return { entry, outcome, caught: caughtAt(outcome, entry.catches), ownCode };
}

/** One row per code the faults were written for, in manifest order. */
export function codeRows(verdicts: FaultVerdict[]): CodeRow[] {
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

/** The probe's latency over every spec it ran on. */
export function latency(outcomes: SpecOutcome[]): { n: number; p50: number; p95: number; max: number } | undefined {
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

/** Faults caught at or before the stage their manifest entry expects. */
const onTime = (verdicts: FaultVerdict[]) =>
  verdicts.filter((v) => v.caught && STAGES.indexOf(v.caught) <= STAGES.indexOf(v.entry.stage)).length;

/** Healthy specs that drew no warning or error anywhere and did not crash. */
const silentHealthy = (healthy: SpecOutcome[]) => healthy.filter((o) => alarms(o).length === 0 && !o.crash).length;

function summary({ verdicts, healthy, probe }: SetRun): string[] {
  const n = verdicts.length;
  const at = (stage: Stage) => verdicts.filter((v) => v.caught === stage).length;
  const silent = silentHealthy(healthy);
  const lat = latency([...verdicts.map((v) => v.outcome), ...healthy]);
  const caught = verdicts.filter((v) => v.caught).length;
  const lines = [
    `- Recall: ${caught}/${n} faults caught (${pct(caught, n)}); ` +
      `by the fault's own code: ${verdicts.filter((v) => v.ownCode).length}/${n}.`,
    `- Where: ${at('static')} by the static check, ${at('probe')} by the probe (edit time: ${at('static') + at('probe')}), ` +
      `${at('training')} only during training; ${onTime(verdicts)}/${n} at or before the stage the manifest expects.`,
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
  const raised = (outcome.training ?? []).map((d) => `${d.code}@${d.path}`);
  return raised.length - new Set(raised).size;
}

function flappingLine(verdicts: FaultVerdict[]): string {
  const counts = verdicts.map((v) => reRaises(v.outcome));
  const total = counts.reduce((a, b) => a + b, 0);
  return `- Flapping: ${total} re-raises in training (a warning cleared, then raised again) on ${counts.filter((n) => n > 0).length}/${verdicts.length} faults.`;
}

/** Specs on which the core threw. */
export const crashes = (run: SetRun) => [...run.verdicts.map((v) => v.outcome), ...run.healthy].filter((o) => o.crash);

/** The markdown report of one set. */
export function setReport(run: SetRun, title: string): string[] {
  const crashed = crashes(run);
  return [
    `## ${title}: ${run.verdicts.length} faulty specs, ${run.healthy.length} healthy`,
    '',
    ...codeTable(codeRows(run.verdicts), run.verdicts),
    '',
    ...summary(run),
    offTargetLine(run.verdicts),
    flappingLine(run.verdicts),
    `- Crashes: ${crashed.length}${crashed.map((o) => `\n  - ${slug(o.file)}: ${o.crash}`).join('')}`,
    `- Wall time: ${run.wallSeconds.toFixed(1)} s.`,
  ];
}

/** One set's outcomes as JSON, for `bench/results/`. */
export function setJson(run: SetRun) {
  const outcomes = [...run.verdicts.map((v) => v.outcome), ...run.healthy];
  return {
    set: run.set,
    generatedAt: new Date().toISOString(),
    wallSeconds: run.wallSeconds,
    probe: run.probe.probe ? { available: true, latencyMs: latency(outcomes) } : { available: false, missing: run.probe.missing },
    perCode: codeRows(run.verdicts),
    faults: run.verdicts.map((v) => ({
      ...v.entry,
      caughtAt: v.caught ?? null,
      ownCode: v.ownCode,
      static: labels(v.outcome.static),
      probe: labels(v.outcome.probe),
      probeMs: v.outcome.probeMs,
      training: labels(v.outcome.training),
      offTarget: offTarget(v),
      epochs: v.outcome.epochs,
      finalLoss: v.outcome.finalLoss,
      crash: v.outcome.crash,
    })),
    healthy: run.healthy.map((o) => ({ file: o.file, alarms: alarms(o), epochs: o.epochs, finalLoss: o.finalLoss, crash: o.crash })),
  };
}

/** Headline figures of one set, as table cells. */
function headline(run: SetRun): Record<string, string> {
  const { verdicts: v, healthy } = run;
  const caught = v.filter((x) => x.caught).length;
  const editTime = v.filter((x) => x.caught === 'static' || x.caught === 'probe').length;
  const offTargetFaults = v.filter((x) => offTarget(x).length > 0).length;
  const silent = silentHealthy(healthy);
  return {
    faults: String(v.length),
    recall: `${caught} (${pct(caught, v.length)})`,
    'recall by own code': `${v.filter((x) => x.ownCode).length} (${pct(v.filter((x) => x.ownCode).length, v.length)})`,
    'caught at edit time (static + probe)': `${editTime} (${pct(editTime, v.length)})`,
    'caught only in training': String(v.filter((x) => x.caught === 'training').length),
    'at or before the expected stage': `${onTime(v)} (${pct(onTime(v), v.length)})`,
    'healthy specs silent': `${silent}/${healthy.length}`,
    'false alarms (healthy specs with a warning)': String(healthy.length - silent),
    'faults with off-target codes': `${offTargetFaults} (${pct(offTargetFaults, v.length)})`,
  };
}

/** Development and held-out sets side by side: the headline figures, then recall per code. */
export function comparison(dev: SetRun, heldout: SetRun): string[] {
  const a = headline(dev), b = headline(heldout);
  const lines = ['## Development vs held-out', '', '| | dev (tuned on) | held-out (blind) |', '|---|---:|---:|'];
  for (const key of Object.keys(a)) lines.push(`| ${key} | ${a[key]} | ${b[key]} |`);
  const devRows = new Map(codeRows(dev.verdicts).map((r) => [r.code, r]));
  const heldRows = new Map(codeRows(heldout.verdicts).map((r) => [r.code, r]));
  const cell = (r: CodeRow | undefined) => (r ? `${r.caught}/${r.faults} (${pct(r.caught, r.faults)})` : '–');
  lines.push('', '| code | dev recall | held-out recall |', '|---|---:|---:|');
  for (const code of [...new Set([...devRows.keys(), ...heldRows.keys()])]) {
    lines.push(`| \`${code}\` | ${cell(devRows.get(code))} | ${cell(heldRows.get(code))} |`);
  }
  return lines;
}
