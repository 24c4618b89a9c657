/**
 * The comparison report: each research tool beside NN Debugger on the same trainable specs. A fault
 * counts as caught by a tool when one of its reports is credited with a code in the fault's
 * `catches` (the rule NN Debugger is scored by); "any report" is the ceiling no mapping could raise.
 * A healthy spec with any report is a false alarm, as it is for NN Debugger.
 */
import * as fs from 'fs';
import * as path from 'path';
import { firstBlindRecord } from './first-blind';
import { type BaselineOutcome, TOOL_NAMES, type ToolName } from './run';
import type { ToolReport } from './view';

/** NN Debugger's outcome on a spec, from `bench/results/faults*.json`: where a fault was caught, what each stage raised, a healthy spec's alarms. */
interface OurOutcome {
  caughtAt?: string | null;
  static?: string[];
  probe?: string[];
  training?: string[];
  alarms?: unknown[];
}

type Judge = (outcome: BaselineOutcome) => { caught: boolean; early: boolean; any: boolean } | undefined;

function ourOutcomes(resultsDir: string, sets: Iterable<string>): Map<string, OurOutcome> {
  const ours = new Map<string, OurOutcome>();
  for (const set of sets) {
    const file = path.join(resultsDir, set === 'dev' ? 'faults.json' : `faults-${set}.json`);
    if (!fs.existsSync(file)) continue;
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { faults: (OurOutcome & { file: string })[]; healthy: (OurOutcome & { file: string })[] };
    for (const entry of [...json.faults, ...json.healthy]) ours.set(`${set}/${entry.file}`, entry);
  }
  return ours;
}

function credited(reports: ToolReport[], outcome: BaselineOutcome): boolean {
  return reports.some((report) => report.codes.some((code) => outcome.catches.includes(code)));
}

function toolJudge(tool: ToolName): Judge {
  return (outcome) => {
    const reports = outcome.reports[tool];
    const early = reports.filter((r) => r.epoch < 0);
    return { caught: credited(reports, outcome), early: credited(early, outcome), any: reports.length > 0 };
  };
}

function ourJudge(ours: Map<string, OurOutcome>): Judge {
  return (outcome) => {
    const mine = ours.get(`${outcome.set}/${outcome.file}`);
    if (!mine) return undefined;
    if (outcome.code === 'healthy') return { caught: false, early: false, any: (mine.alarms ?? []).length > 0 };
    const at = mine.caughtAt ?? undefined;
    const raised = [mine.static, mine.probe, mine.training].some((list) => (list ?? []).length > 0);
    return { caught: at !== undefined, early: at === 'static' || at === 'probe', any: at !== undefined || raised };
  };
}

/** NN Debugger at the sets' first blind measurements; undefined for a spec of a set without one. */
function firstBlindJudge(): Judge {
  const records = new Map<string, ReturnType<typeof firstBlindRecord>>();
  return (outcome) => {
    if (!records.has(outcome.set)) records.set(outcome.set, firstBlindRecord(outcome.set));
    const record = records.get(outcome.set);
    if (!record) return undefined;
    const name = path.basename(outcome.file).replace(/\.nn\.json$/, '');
    if (outcome.code === 'healthy') return { caught: false, early: false, any: record.warned.has(name) };
    const caught = !record.missed.has(name);
    return { caught, early: false, any: false };
  };
}

const pct = (n: number, of: number): string => (of === 0 ? '—' : `${n}/${of} (${((100 * n) / of).toFixed(1)}%)`);

/** One row of the main table: recall, caught before training, any report on a fault, healthy specs with a report ("—" for the two a `partial` record does not hold). */
function summaryRow(name: string, judge: Judge, outcomes: BaselineOutcome[], partial = false): string {
  const judged = outcomes.map((o) => ({ o, j: judge(o) })).filter((x) => x.j !== undefined);
  const faults = judged.filter((x) => x.o.code !== 'healthy'), healthy = judged.filter((x) => x.o.code === 'healthy');
  const count = (list: typeof judged, key: 'caught' | 'early' | 'any'): number => list.filter((x) => x.j![key]).length;
  const byTask = (task: boolean): string => {
    const some = faults.filter((x) => x.o.classification === task);
    return pct(count(some, 'caught'), some.length);
  };
  const early = partial ? '—' : pct(count(faults, 'early'), faults.length), any = partial ? '—' : pct(count(faults, 'any'), faults.length);
  return `| ${name} | ${pct(count(faults, 'caught'), faults.length)} | ${byTask(true)} | ${byTask(false)} | ${early} | ${any} | ${pct(count(healthy, 'any'), healthy.length)} |`;
}

function perCodeTable(outcomes: BaselineOutcome[], judges: [string, Judge][]): string[] {
  const codes = [...new Set(outcomes.filter((o) => o.code !== 'healthy').map((o) => o.code))].sort();
  const lines = [`| fault code | trainable faults | ${judges.map(([name]) => name).join(' | ')} |`, `|---|---:|${judges.map(() => '---:').join('|')}|`];
  for (const code of codes) {
    const faults = outcomes.filter((o) => o.code === code);
    const cells = judges.map(([, judge]) => {
      const judged = faults.map(judge).filter((j) => j !== undefined);
      return judged.length === faults.length ? `${judged.filter((j) => j.caught).length}` : `${judged.filter((j) => j.caught).length} of ${judged.length}`;
    });
    lines.push(`| \`${code}\` | ${faults.length} | ${cells.join(' | ')} |`);
  }
  return lines;
}

function perRuleTable(outcomes: BaselineOutcome[]): string[] {
  const lines = ['| tool | rule | healthy specs it fires on | faults it fires on | faults it is credited with |', '|---|---|---:|---:|---:|'];
  for (const tool of TOOL_NAMES) {
    const rules = new Map<string, { healthy: number; faults: number; credited: number }>();
    for (const outcome of outcomes) {
      const byRule = new Map<string, ToolReport[]>();
      for (const report of outcome.reports[tool]) {
        const rule = report.rule.split(' → ')[0];
        byRule.set(rule, [...(byRule.get(rule) ?? []), report]);
      }
      for (const [rule, reports] of byRule) {
        const row = rules.get(rule) ?? { healthy: 0, faults: 0, credited: 0 };
        if (outcome.code === 'healthy') row.healthy++;
        else {
          row.faults++;
          if (credited(reports, outcome)) row.credited++;
        }
        rules.set(rule, row);
      }
    }
    for (const [rule, row] of [...rules].sort((a, b) => b[1].healthy - a[1].healthy)) lines.push(`| ${tool} | ${rule} | ${row.healthy} | ${row.faults} | ${row.credited} |`);
  }
  return lines;
}

/** The markdown comparison of the tools' runs with NN Debugger's outcomes in `resultsDir`. */
export function comparisonReport(outcomes: BaselineOutcome[], resultsDir: string): string {
  const ours = ourOutcomes(resultsDir, new Set(outcomes.map((o) => o.set)));
  const missing = outcomes.filter((o) => !ours.has(`${o.set}/${o.file}`)).length;
  const judges: [string, Judge][] = [['NN Debugger', ourJudge(ours)], ...TOOL_NAMES.map((tool): [string, Judge] => [tool, toolJudge(tool)])];
  const firstBlind: [string, Judge] = ['NN Debugger, first blind measurement', firstBlindJudge()];
  const sets = new Set(outcomes.map((o) => o.set)).size;
  return [
    `Trainable specs of ${sets} sets: ${outcomes.filter((o) => o.code !== 'healthy').length} faults, ${outcomes.filter((o) => o.code === 'healthy').length} healthy${missing ? ` (${missing} without an NN Debugger outcome, left out of its row)` : ''}.`,
    '',
    '| tool | faults caught | classification | regression | caught before training | faults with any report | healthy specs with a report |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...judges.map(([name, judge]) => summaryRow(name, judge, outcomes)),
    summaryRow(firstBlind[0], firstBlind[1], outcomes, true),
    '',
    ...perCodeTable(outcomes, judges),
    '',
    ...perRuleTable(outcomes),
  ].join('\n');
}
