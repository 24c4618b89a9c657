/**
 * `npx tsx bench/probe-advice-survey.ts [set ...]`: the advice trial of every probe finding on the
 * seven development sets (or those named), with every probe code trialled, for choosing per code
 * whether the gate applies (docs/probe-and-lr-finder.md, "Advice trials"). One line per finding:
 * set, what the spec is (healthy, or the fault's code), whether the finding catches that fault,
 * whether the fault is still caught at edit time without it, the written trial's losses and each
 * fix's; then, per code, what gating it would cost (edit-time catches lost) and buy (false alarms
 * withheld). Writes the lines to bench/results/probe-advice-survey.json too.
 *
 * `--stress`: the healthy specs only, under loosened probe thresholds (STRESS), so that the rules fire
 * where they should not: stand-ins for the false alarms a blind set brings, to see how many of them a
 * trial withholds. (The seven sets' healthy specs draw no probe warning at the defaults.)
 */
import * as fs from 'fs';
import * as path from 'path';
import { probeChecked } from '../src/diagnosis/probe';
import type { AdviceTrial } from '../src/diagnosis/probe-advice';
import type { DiagnosticCode } from '../src/spec/types';
import { checkSpec } from '../src/diagnosis/check';
import type { DiagnosticsConfig } from '../src/spec/types';
import { ALL_CORPUS_SETS, corpusPath, CorpusSet, loadManifest, REPO_ROOT } from '../test/faults/corpus';

/** Thresholds loosened until healthy specs draw probe warnings (each far inside its healthy margin). */
const STRESS: Partial<DiagnosticsConfig> = {
  probeHighUpdateRatio: 0.02, probeLossRebound: 0.05, probeLossRise: 1.02, probeLowWeightTravel: 20, probeLowLossTravel: 20,
  deadReluFraction: 0.15, explodingGradNorm: 5, explodingRatio: 3, vanishingRatio: 0.05, saturatedFraction: 0.01,
};
const stress = process.argv.includes('--stress');

const PROBE_CODES: ReadonlySet<DiagnosticCode> = new Set<DiagnosticCode>([
  'lr-too-high', 'lr-too-low', 'dead-relu', 'vanishing-gradient', 'exploding-gradient', 'saturated-activation',
]);

/** One probe finding and its trial. */
interface Row {
  set: CorpusSet;
  file: string;
  /** 'healthy' or the fault's code. */
  kind: string;
  /** The finding's code is one that catches this fault. */
  catches: boolean;
  /** Another finding (static, or probe kept or of another code) still catches the fault at edit time. */
  caughtWithout: boolean;
  trial: AdviceTrial;
}

function surveySpec(set: CorpusSet, file: string, kind: string, catches: readonly DiagnosticCode[]): Row[] {
  const absolute = corpusPath(file, set);
  const context = { specDir: path.dirname(absolute), workspaceRoot: REPO_ROOT, ...(stress && { diagnosticDefaults: STRESS }) };
  const check = checkSpec(fs.readFileSync(absolute, 'utf8'), context);
  const result = probeChecked(check, { context, adviceCodes: PROBE_CODES });
  const trials = result?.advice ?? [];
  const staticCatch = check.diagnostics.some((d) => catches.includes(d.code));
  return trials.map((trial) => {
    const others = trials.filter((t) => t !== trial && catches.includes(t.code));
    return { set, file, kind, catches: catches.includes(trial.code), caughtWithout: staticCatch || others.length > 0, trial };
  });
}

function line(r: Row): string {
  const w = r.trial.written;
  const fixes = r.trial.tried.map((t) => `${t.title}: ${t.losses.initial.toPrecision(3)}→${t.losses.final.toPrecision(3)} (${gainOf(t.losses.final, w.final)})`);
  const verdict = r.trial.kept ? 'KEPT' : 'WITHHELD';
  const what = r.kind === 'healthy' ? 'healthy' : `${r.kind}${r.catches ? (r.caughtWithout ? ' catch(also other)' : ' CATCH') : ''}`;
  return `${r.set}\t${path.basename(r.file)}\t${what}\t${r.trial.code}@${r.trial.path}\t${verdict}\twritten ${w.initial.toPrecision(3)}→${w.final.toPrecision(3)}\t${fixes.join(' | ') || 'no fix'}`;
}

function gainOf(fixed: number, written: number): string {
  return Number.isFinite(written) ? `${(100 * (1 - fixed / written)).toFixed(1)}%` : Number.isFinite(fixed) ? 'finite' : 'no';
}

function summary(rows: Row[]): string[] {
  const lines = ['code\tcatches kept\tcatches withheld (lost at edit time)\thealthy kept\thealthy withheld\toff-target kept/withheld'];
  for (const code of PROBE_CODES) {
    const mine = rows.filter((r) => r.trial.code === code);
    const catches = mine.filter((r) => r.kind !== 'healthy' && r.catches);
    const healthy = mine.filter((r) => r.kind === 'healthy');
    const other = mine.filter((r) => r.kind !== 'healthy' && !r.catches);
    const lost = catches.filter((r) => !r.trial.kept && !r.caughtWithout).length;
    const count = (list: Row[], kept: boolean) => list.filter((r) => r.trial.kept === kept).length;
    lines.push(`${code}\t${count(catches, true)}\t${count(catches, false)} (${lost})\t${count(healthy, true)}\t${count(healthy, false)}\t${count(other, true)}/${count(other, false)}`);
  }
  return lines;
}

function main(): void {
  const named = process.argv.slice(2).filter((a) => a !== '--stress') as CorpusSet[];
  const sets = named.length > 0 ? named : ALL_CORPUS_SETS;
  const rows: Row[] = [];
  for (const set of sets) {
    const manifest = loadManifest(set);
    for (const h of manifest.healthy) rows.push(...surveySpec(set, h.file, 'healthy', []));
    if (!stress) for (const f of manifest.faults) rows.push(...surveySpec(set, f.file, f.code, f.catches));
  }
  rows.forEach((r) => console.log(line(r)));
  console.log('\n' + summary(rows).join('\n'));
  const out = path.join(__dirname, 'results', `probe-advice-survey${stress ? '-stress' : ''}.json`);
  fs.writeFileSync(out, JSON.stringify(rows, null, 1) + '\n');
}

main();
