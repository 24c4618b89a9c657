import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Diagnostic } from '../../../src/spec/types';
import type { RateRace } from '../../../src/diagnosis/probe-rate-race';
import { cli, REPO_ROOT } from '../helpers';

describe('nn-debugger check runs the probe', () => {
  it('reports the probe\'s findings after the static ones, with their suggestions in JSON', () => {
    const r = cli('check', 'test/fixtures/probe/lr-too-low.nn.json', '--json');
    assert.equal(r.code, 0, 'warnings only');
    const { diagnostics } = JSON.parse(r.out[0]) as { diagnostics: Diagnostic[] };
    const found = diagnostics.find((d) => d.code === 'lr-too-low');
    assert.ok(found, JSON.stringify(diagnostics));
    assert.equal(found.path, '/optimizer/lr');
    assert.ok((found.suggestions?.[0].value as number) > 1e-4);
  });

  it('lists the advice trials in JSON, a finding withheld by its trial included', () => {
    const r = cli('check', 'test/faults/faulty/init-symmetry.zeros-everywhere-iris.nn.json', '--json');
    const out = JSON.parse(r.out[0]) as { diagnostics: Diagnostic[]; advice?: { code: string; kept: boolean; tried: unknown[] }[] };
    assert.ok(!out.diagnostics.some((d) => d.code === 'vanishing-gradient'), 'batch norm does not break a zero init: withheld');
    const trial = out.advice?.find((t) => t.code === 'vanishing-gradient');
    assert.ok(trial && !trial.kept && trial.tried.length > 0, JSON.stringify(out.advice));
  });

  it('gives the rate check in JSON: the lr-too-high it withheld, with both rates\' losses', () => {
    const r = cli('check', 'test/faults-blind16/healthy/sine-relu-sgd-small-lr.nn.json', '--json');
    const out = JSON.parse(r.out[0]) as { diagnostics: Diagnostic[]; rateCheck?: { kept: boolean; written: number; lower: number } };
    assert.ok(!out.diagnostics.some((d) => d.code === 'lr-too-high'), JSON.stringify(out.diagnostics));
    assert.ok(out.rateCheck && !out.rateCheck.kept && out.rateCheck.written < out.rateCheck.lower, JSON.stringify(out.rateCheck));
  });

  it('gives the short-run rate race in JSON: the finder\'s rates and a third of the written one, with their losses', () => {
    const r = cli('check', 'test/faults-blind53/healthy/sentiment3-rmsprop-full-batch.nn.json', '--json');
    const out = JSON.parse(r.out[0]) as { diagnostics: Diagnostic[]; rateRace?: RateRace };
    const race = out.rateRace;
    assert.ok(race && race.steps === 100 && race.winner === 'third' && race.thirdLoss < race.finderLoss, JSON.stringify(race));
    assert.ok(race.minimumLr !== undefined && race.minimumLoss! > race.thirdLoss, 'the minimum rule ran third');
    const fix = out.diagnostics.find((d) => d.code === 'lr-too-high')?.suggestions?.find((s) => s.path === '/optimizer/lr');
    assert.equal(fix?.value, 0.033);
  });

  it('prints probe findings as file:line:col lines', () => {
    const r = cli('check', 'test/fixtures/probe/lr-too-low.nn.json');
    assert.match(r.out[0], /^test\/fixtures\/probe\/lr-too-low\.nn\.json:\d+:\d+: warning lr-too-low: /);
    assert.equal(r.out[r.out.length - 1], '1 warning');
  });

  it('--no-probe runs the static rules only', () => {
    const r = cli('check', 'test/fixtures/probe/lr-too-low.nn.json', '--no-probe');
    assert.deepEqual(r.out, ['test/fixtures/probe/lr-too-low.nn.json: no problems found']);
  });

  it('--no-probe belongs to check alone', () => {
    const r = cli('train', 'examples/xor.nn.json', '--no-probe');
    assert.equal(r.code, 2);
    assert.match(r.err[0], /unknown option "--no-probe"/);
  });

  it('the spec\'s diagnostics block sets the probe\'s thresholds', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nn-probe-cli-'));
    try {
      const spec = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'test/fixtures/probe/lr-too-high.nn.json'), 'utf8'));
      const file = path.join(dir, 'loose.nn.json');
      fs.writeFileSync(file, JSON.stringify({ ...spec, diagnostics: { probeHighUpdateRatio: 0.5, probeLossRebound: 1 } }));
      // Loose enough that the probe finds nothing: the static rule of thumb on RMSprop 0.1 stays alone.
      const loose = cli('check', file).out;
      assert.deepEqual([loose.length, loose[loose.length - 1]], [2, '1 warning']);
      assert.match(loose[0], /warning lr-too-high: RMSprop at lr 0\.1: .*first steps/);
      fs.writeFileSync(file, JSON.stringify({ ...spec, diagnostics: { probeHighUpdateRatio: 0.5 } }));
      const measured = cli('check', file).out;
      assert.match(measured[0], /warning lr-too-high: .*then jumped back/);
      assert.equal(measured[measured.length - 1], '1 warning', 'the measured finding replaces the rule of thumb');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a healthy example still has no problems with the probe on', () => {
    assert.deepEqual(cli('check', 'examples/xor.nn.json').out, ['examples/xor.nn.json: no problems found']);
  });
});
