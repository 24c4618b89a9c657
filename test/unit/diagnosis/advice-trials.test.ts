/**
 * Advice trials (issue #4): a soft training-time warning is shown only when one of its quick fixes,
 * trained from scratch for the run's epochs, lowers the loss by `adviceGain`. Driven on specs of the
 * development fault corpus, whose trials were measured (docs/diagnostics.md, "Advice trials").
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { CheckContext, checkSpec } from '../../../src/diagnosis/check';
import { AdviceGate, standingLoss, TRIAL_BUDGET_RUNS } from '../../../src/diagnosis/detectors';
import { UNFUNDED_RETRY_GAIN_SHARE, UNTRIED_NOTE } from '../../../src/diagnosis/detectors/advice-gate';
import { MonitoredRunResult, runMonitored } from '../../../src/diagnosis/run';
import type { Diagnostic, DiagnosticsConfig } from '../../../src/spec/types';
import type { WorkerToHost } from '../../../src/protocol';
import { WorkerRun } from '../../../src/training/worker-run';

const ROOT = path.resolve(__dirname, '../../..');
const CORPUS = path.join(ROOT, 'test/faults/faulty');

function contextOf(file: string, defaults?: Partial<DiagnosticsConfig>): CheckContext {
  return { specDir: CORPUS, workspaceRoot: ROOT, defaultName: file, diagnosticDefaults: defaults };
}

/** Trains a dev-corpus spec; with `advice` false, without trials (the monitor as before). */
function train(file: string, advice = true, defaults?: Partial<DiagnosticsConfig>): MonitoredRunResult {
  const context = contextOf(file, defaults);
  const check = checkSpec(fs.readFileSync(path.join(CORPUS, file), 'utf8'), context);
  assert.ok(check.spec && check.dataset, `${file} loads`);
  return runMonitored(check.parsed, check.spec, check.dataset, advice ? { advice: context } : {});
}

/** Trains a spec of any corpus set, given from the repository root, with trials. */
function trainCorpus(relative: string): MonitoredRunResult {
  const file = path.join(ROOT, relative);
  const context = { specDir: path.dirname(file), workspaceRoot: ROOT };
  const check = checkSpec(fs.readFileSync(file, 'utf8'), context);
  assert.ok(check.spec && check.dataset, `${relative} loads`);
  return runMonitored(check.parsed, check.spec, check.dataset, { advice: context });
}

const shown = (ds: readonly Diagnostic[]) => ds.map((d) => `${d.code}@${d.path}: ${d.message}`);

describe('advice trials', () => {
  it('raise a warning whose fix helps, with the trial as evidence (lr far too high)', () => {
    const run = train('oscillating-loss.iris-sgd-lr-1-momentum.nn.json');
    const warning = run.raised.find((d) => d.code === 'lr-too-high');
    assert.ok(warning, 'lr-too-high raised');
    assert.match(warning.message, /Tried: Set "lr" to 0\.1 → loss [0-9.]+ after 2 epochs, against 114 as written\.$/);
    const trial = run.trials.find((t) => t.key === 'lr-too-high');
    assert.ok(trial?.helped && trial.helped.loss <= 0.9 * trial.asWritten);
  });

  it('withhold a warning whose fixes do not help: not raised, not active', () => {
    const file = 'init-scale.deep-relu-std-0001.nn.json';
    assert.ok(train(file, false).raised.some((d) => d.code === 'dead-relu'), 'raised without trials');
    const run = train(file);
    assert.ok(!run.raised.some((d) => d.code === 'dead-relu') && !run.active.some((d) => d.code === 'dead-relu'));
    const trials = run.trials.filter((t) => t.code === 'dead-relu');
    assert.ok(trials.length > 0 && trials.every((t) => t.helped === undefined && t.tried.every((v) => v.loss > 0.9 * t.asWritten)));
  });

  it('adviceGain 0 restores the old behaviour: no trial, the same warnings', () => {
    const file = 'init-scale.deep-relu-std-0001.nn.json';
    const off = train(file, true, { adviceGain: 0 });
    assert.deepEqual(off.trials, []);
    assert.deepEqual(shown(off.raised), shown(train(file, false).raised));
  });

  it('retry a withheld warning only once the run has doubled its epochs, and raise it when a fix then helps', () => {
    const run = train('init-symmetry.zeros-relu-hidden.nn.json');
    const trials = run.trials.filter((t) => t.key === 'dead-relu:0');
    assert.deepEqual(trials.map((t) => [t.epochs, t.helped !== undefined]), [[2, false], [4, false], [8, false], [16, true]]);
    const warning = run.raised.find((d) => d.code === 'dead-relu');
    // dead-relu is judged at the run's end too (end-look.ts), on any run it can afford.
    assert.match(warning?.message ?? '', /Tried: Set "activation" to "leaky_relu" → loss [0-9.]+ after 16 epochs, against 0\.693 as written; at the run's planned end \(40 epochs\), [0-9.]+ against 0\.693\.$/);
  });

  it('never retry a key before twice the epochs of its last trial, on any corpus run', () => {
    for (const file of ['dead-relu.negative-bias.nn.json', 'saturated-activation.tanh-std-1-wide.nn.json', 'lr-too-low.sgd-full-batch-sine.nn.json']) {
      const byKey = new Map<string, number[]>();
      for (const t of train(file).trials) byKey.set(t.key, [...(byKey.get(t.key) ?? []), t.epochs]);
      for (const [key, epochs] of byKey) epochs.slice(1).forEach((e, i) => assert.ok(e >= 2 * epochs[i], `${file} ${key}: ${epochs.join(', ')}`));
    }
  });

  it('try each of several dead layers with the others\' fixes, against the spec with only those (blind6 negative-bias-init)', () => {
    const file = path.join(ROOT, 'test/faults-blind6/faulty/dead-relu.negative-bias-init.nn.json');
    const context = { specDir: path.dirname(file), workspaceRoot: ROOT };
    const check = checkSpec(fs.readFileSync(file, 'utf8'), context);
    assert.ok(check.spec && check.dataset);
    const run = runMonitored(check.parsed, check.spec, check.dataset, { advice: context });
    const dead = run.raised.filter((d) => d.code === 'dead-relu');
    assert.deepEqual(dead.map((d) => d.path), ['/layers/0/activation', '/layers/1/activation'], 'each fix alone withheld both before');
    assert.match(dead[0].message, /Tried: Set "bias" to 0\.01 \(with Set "bias" to 0\.01 at \/layers\/1\/bias\) → loss [0-9.]+ after \d+ epochs?, against [0-9.]+ with those alone\.$/);
    const trial = run.trials.find((t) => t.key === 'dead-relu:0' && t.helped);
    assert.ok(trial && trial.alongside.length === 1 && trial.helped!.loss <= 0.9 * trial.asWritten);
  });

  it('raise an unfunded retry unconfirmed when its last fix was on its way to helping, saying it was tried (dev deep-negative-bias-iris, layer 2)', () => {
    // blind5 adam-0.1-narrow-layers was the example until session 37: its end look's curves, kept from
    // the first trial, now fund the retry at 48 epochs, which proves the lower rate (lr-too-high).
    const run = train('dead-relu.deep-negative-bias-iris.nn.json');
    const dead = run.raised.filter((d) => d.code === 'dead-relu');
    assert.deepEqual(dead.map((d) => d.path), ['/layers/2/activation']);
    assert.match(dead[0].message, /Tried: its best fix ended [0-9.]+% lower, short of the 10\.0% needed; the longer retry is over the trial budget, so it is shown unconfirmed\.$/);
    assert.ok(!dead[0].message.includes(UNTRIED_NOTE), 'its fixes were tried: not "Not tried"');
    const last = run.trials.filter((t) => t.key === 'dead-relu:2').at(-1);
    assert.ok(last && !last.helped && last.tried.some((v) => v.loss <= (1 - UNFUNDED_RETRY_GAIN_SHARE * 0.1) * last.asWritten));
  });

  it('keep withheld an unfunded retry whose fixes did nothing (blind4 uniform-tiny-deep-relu, layer 2)', () => {
    const run = trainCorpus('test/faults-blind4/faulty/init-scale.uniform-tiny-deep-relu.nn.json');
    const trials = run.trials.filter((t) => t.key === 'dead-relu:2');
    assert.ok(trials.length > 0 && trials.every((t) => !t.helped && t.tried.every((v) => v.loss > 0.95 * t.asWritten)));
    assert.ok(!run.raised.some((d) => d.code === 'dead-relu' && d.path === '/layers/2/activation'), 'withheld, not raised untried');
  });

  it('stop planning a withheld retry the budget can never fund (it was re-planned every epoch)', () => {
    const proto = AdviceGate.prototype as unknown as { plan: (candidate: { key: string }, validated: boolean) => unknown };
    const original = proto.plan;
    const plans = new Map<string, number>();
    proto.plan = function (this: unknown, candidate: { key: string }, validated: boolean) {
      plans.set(candidate.key, (plans.get(candidate.key) ?? 0) + 1);
      return original.call(this, candidate, validated);
    };
    let run: MonitoredRunResult;
    try {
      run = trainCorpus('test/faults-blind4/faulty/init-scale.uniform-tiny-deep-relu.nn.json');
    } finally {
      proto.plan = original;
    }
    const trials = run.trials.filter((t) => t.key === 'dead-relu:2').length;
    assert.ok((plans.get('dead-relu:2') ?? 0) <= trials + 1, `dead-relu:2 planned ${plans.get('dead-relu:2')} times for ${trials} trials`);
  });

  it('are deterministic: the same spec gives the same trials and warnings', () => {
    const a = train('dead-relu.huge-sgd-step.nn.json');
    const b = train('dead-relu.huge-sgd-step.nn.json');
    assert.deepEqual(shown(a.raised), shown(b.raised));
    assert.deepEqual(a.trials, b.trials);
    assert.ok(a.trials.length >= 2, 'both dead layers are tried');
  });

  it('the worker raises what runMonitored raises (it trains the trial in slices before moving on)', async () => {
    const file = 'dead-relu.huge-sgd-step.nn.json';
    const expected = shown(train(file).raised);
    assert.ok(expected.filter((m) => m.includes('Tried: ')).length >= 2, 'the run confirms warnings by trial');
    const posted: Diagnostic[] = [];
    await new Promise<void>((resolve) => {
      const post = (msg: WorkerToHost) => {
        if (msg.type === 'diagnostics') posted.push(...msg.raised);
        if (msg.type === 'finished') resolve();
      };
      const text = fs.readFileSync(path.join(CORPUS, file), 'utf8');
      WorkerRun.start({ type: 'start', runId: 1, specText: text, specDir: CORPUS, workspaceRoot: ROOT, defaultName: file }, post);
    });
    assert.deepEqual(shown(posted), expected);
  });
});

describe('advice gate', () => {
  const text = fs.readFileSync(path.join(CORPUS, 'init-scale.deep-relu-std-0001.nn.json'), 'utf8');
  const warning = (code: Diagnostic['code'], suggestions?: Diagnostic['suggestions']): Diagnostic => ({
    code,
    severity: 'warning',
    message: 'm',
    path: '/layers',
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    suggestions,
  });

  it('raises at once what it cannot try: no trainable fix, nan-loss, exploding-gradient', () => {
    const gate = new AdviceGate({ text, context: contextOf('x'), gain: 0.1, plannedEpochs: 100 });
    assert.equal(gate.mayRaise({ key: 'loss-plateau', diagnostic: warning('loss-plateau') }, [1, 1]), true);
    assert.equal(gate.mayRaise({ key: 'nan-loss', diagnostic: warning('nan-loss'), immediate: true }, [1]), true);
    assert.equal(gate.mayRaise({ key: 'exploding-gradient', diagnostic: warning('exploding-gradient', [{ title: 'clip', path: '/optimizer/clipNorm', value: 1 }]) }, [1]), true);
    assert.equal(gate.pending, false);
  });

  it('holds back a warning with a fix until its trial is done', () => {
    const gate = new AdviceGate({ text, context: contextOf('x'), gain: 0.1, plannedEpochs: 100 });
    const candidate = { key: 'lr-too-high', diagnostic: warning('lr-too-high', [{ title: 'Set "lr" to 0.0123', path: '/optimizer/lr', value: 0.0123 }]) };
    assert.equal(gate.mayRaise(candidate, [1.1, 1.1]), false);
    assert.equal(gate.pending, true);
    assert.equal(gate.advance(() => false), undefined, 'no step taken, not done');
    const confirmed = gate.advance(() => true);
    assert.ok(confirmed !== undefined && !gate.pending);
    assert.equal(gate.log.length, 1);
    assert.equal(gate.log[0].epochs, 2);
  });

  it('raises a first warning the budget cannot fund untried, and says so; spends nothing on it', () => {
    const gate = new AdviceGate({ text, context: contextOf('x'), gain: 0.1, plannedEpochs: 1 });
    const candidate = { key: 'lr-too-high', diagnostic: warning('lr-too-high', [{ title: 'Set "lr" to 0.0123', path: '/optimizer/lr', value: 0.0123 }]) };
    assert.equal(gate.mayRaise(candidate, [1.1, 1.1, 1.1]), true, '3 trial epochs > a budget of 2');
    assert.equal(gate.pending, false);
    assert.equal(gate.spentEpochs, 0);
    assert.match(gate.decorate(candidate).diagnostic.message, new RegExp(`${UNTRIED_NOTE.replace(/[.]/g, '\\.')}$`));
  });

  it('keeps the trials of a run within TRIAL_BUDGET_RUNS of its planned epochs', () => {
    for (const file of ['dead-relu.negative-bias.nn.json', 'saturated-activation.tanh-std-1-wide.nn.json', 'init-symmetry.zeros-relu-hidden.nn.json']) {
      const run = train(file);
      const spent = run.trials.reduce((n, t) => n + t.trainedEpochs, 0);
      const planned = JSON.parse(fs.readFileSync(path.join(CORPUS, file), 'utf8')).training.epochs as number;
      assert.ok(spent <= TRIAL_BUDGET_RUNS * planned, `${file}: ${spent} trial epochs for ${planned} planned`);
    }
  });

  it('judges a run by the mean of its last 5 epoch losses', () => {
    assert.equal(standingLoss([9, 1, 2, 3, 4, 5]), 3);
    assert.equal(standingLoss([2, 4]), 3);
    assert.ok(Number.isNaN(standingLoss([])));
  });
});

describe('a withheld warning does not silence the stall', () => {
  it('shows loss-plateau on a run at the constant answer whose lr-too-low trial found no fix (blind36 five-sigmoid-narrow)', () => {
    // Five 4-unit sigmoid layers on 4-bit parity: 3000 epochs at the constant answer. A higher rate does
    // not help in any trial, so lr-too-low is withheld; the stall itself is shown. Its vanishing gradient
    // was withheld too while batch norm was its only fix; leaky_relu in the sigmoid layers helps.
    const run = trainCorpus('test/faults-blind36/faulty/vanishing-gradient.five-sigmoid-narrow.nn.json');
    const codes = run.raised.map((d) => d.code);
    assert.deepEqual([...new Set(codes)].sort(), ['loss-plateau', 'vanishing-gradient']);
    assert.ok(run.trials.some((t) => t.code === 'lr-too-low' && !t.helped), 'lr-too-low was tried and withheld');
    assert.match(run.raised.find((d) => d.code === 'vanishing-gradient')!.message, /leaky_relu/);
  });
});
