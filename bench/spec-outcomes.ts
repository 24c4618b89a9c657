/**
 * `npx tsx bench/spec-outcomes.ts <list.tsv> > out.tsv`: the fault benchmark's verdict on chosen specs
 * only. Each line of the list is `set<TAB>spec file` (relative to the set); each output line gives the
 * set, the file, what the writer filed ("healthy" or the fault's code), the stage the manifest expects,
 * the stage the fault was first caught at (`static`, `probe`, `training` or `MISSED`; `healthy` for a
 * healthy spec), whether its own code was raised, and every (stage, code) raised. It runs the same
 * `evaluateSpec` as `bench/faults.ts` (static check, probe, monitored training), so a change that can
 * only move the specs it fires on is measured by running their list before and after it and comparing
 * the lines (session 35's rules for adaptive optimizers at batch 1 and for raw targets, README).
 */
import * as fs from 'fs';
import { CorpusSet, isCorpusSet, loadManifest } from '../test/faults/corpus';
import { alarms, caughtAt, evaluateSpec, loadProbe } from '../test/faults/evaluate';

/** One output line for `file` of `set`. */
function outcomeLine(set: CorpusSet, file: string, probe: ReturnType<typeof loadProbe>['probe']): string {
  const fault = loadManifest(set).faults.find((f) => f.file === file);
  const outcome = evaluateSpec(file, probe, set);
  const raised = alarms(outcome);
  const stage = fault ? (caughtAt(outcome, fault.catches) ?? 'MISSED') : 'healthy';
  const ownCode = fault ? raised.some((a) => a.code === fault.code) : '';
  const codes = [...new Set(raised.map((a) => `${a.stage}:${a.code}`))];
  return [set, file, fault?.code ?? 'healthy', fault?.stage ?? '', stage, ownCode, codes.join(',')].join('\t');
}

function main(): number {
  const listFile = process.argv[2];
  if (!listFile) {
    console.error('usage: tsx bench/spec-outcomes.ts <list.tsv>   (lines: set<TAB>spec file)');
    return 2;
  }
  const probe = loadProbe().probe;
  for (const line of fs.readFileSync(listFile, 'utf8').split('\n').filter((l) => l.trim() !== '')) {
    const [set, file] = line.split('\t');
    if (!isCorpusSet(set) || !file) {
      console.error(`${listFile}: "${line}" is not "set<TAB>spec file" with a known set`);
      return 2;
    }
    console.log(outcomeLine(set, file, probe));
  }
  return 0;
}

process.exitCode = main();
