import { strict as assert } from 'assert';
import type { Candidate } from '../../../src/diagnosis/detectors/context';
import { PatienceFilter } from '../../../src/diagnosis/detectors/patience';
import type { Diagnostic } from '../../../src/spec/types';
import { EpochFeeder, layers, monitorFor } from './detectors-helpers';

const RANGE = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

/** A candidate whose message carries the check number, to see which one is shown. */
function candidate(key: string, check: number, immediate = false): Candidate {
  const diagnostic = { code: 'dead-relu', severity: 'warning', message: `${key} @${check}`, path: '/layers', range: RANGE } as Diagnostic;
  return { key, diagnostic, ...(immediate && { immediate }) };
}

/**
 * Runs a filter over a pattern of checks, one character per check ('x' the condition holds, '.' it
 * does not), and returns per check what happened: '+' raised, '-' cleared, ' ' nothing.
 */
function run(pattern: string, patience: number): string {
  const filter = new PatienceFilter(patience);
  return [...pattern]
    .map((c, i) => {
      const update = filter.check(c === 'x' ? [candidate('k', i)] : []);
      return update.raised.length > 0 ? '+' : update.cleared.length > 0 ? '-' : ' ';
    })
    .join('');
}

describe('patience filter (raise and clear after the same number of checks)', () => {
  it('raises after patience consecutive checks and clears after patience consecutive checks without', () => {
    assert.equal(run('xxxx..', 2), ' +   -');
    assert.equal(run('xxx...', 3), '  +  -');
    assert.equal(run('xx.x..', 1), '+ -+ -', 'having come back once, it needs twice the clean checks to clear');
  });

  it('doubles a settling window too for a condition that came back after clearing', () => {
    const filter = new PatienceFilter(2);
    const settling = (i: number): Candidate => ({ ...candidate('k', i), settleChecks: 3 });
    const marks = [...'xx...xx......'].map((c, i) => {
      const update = filter.check(c === 'x' ? [settling(i)] : []);
      return update.raised.length > 0 ? '+' : update.cleared.length > 0 ? '-' : ' ';
    });
    // Cleared after 3 clean checks the first time; back once, it needs 6.
    assert.equal(marks.join(''), ' +  - +     -');
  });

  it('does not flap when the condition wavers: one good check neither clears nor re-raises', () => {
    assert.equal(run('xx.x.x.xx.x..', 2), ' +          -');
    // Without patience on clearing this pattern would clear and raise again four times.
  });

  it('never raises a condition that never holds for patience checks in a row', () => {
    assert.equal(run('x.x.x.x.x.', 2), '          ');
  });

  it('a condition that keeps coming back needs twice as many clean checks to clear each time it returns, up to 8x', () => {
    assert.equal(run('xx..xx..xx....xx........', 2), ' + - +       - +       -');
    const filter = new PatienceFilter(1);
    let clearedAfter = 0;
    for (let episode = 0; episode < 6; episode++) {
      filter.check([candidate('k', 0)]);
      let gone = 0;
      while (filter.check([]).cleared.length === 0) gone++;
      clearedAfter = gone + 1;
    }
    assert.equal(clearedAfter, 8, 'capped at 2^MAX_CLEAR_DOUBLINGS x patience');
  });

  it('candidates of one episode are one condition: taking turns neither clears nor re-raises it', () => {
    const filter = new PatienceFilter(2);
    const turn = (key: string, i: number): Candidate => ({ ...candidate(key, i), episode: 'steps' });
    const events = ['a', 'b', 'a', 'b', 'b', 'a'].map((key, i) => filter.check([turn(key, i)]));
    assert.deepEqual(events.flatMap((u) => u.raised.map((d) => d.message)), ['b @1']);
    assert.deepEqual(events.flatMap((u) => u.cleared), []);
    assert.ok(filter.isRaised('b') && !filter.isRaised('a'));
    assert.deepEqual(filter.active.map((d) => d.message), ['b @4'], 'the evidence shown is the latest of the key shown');
  });

  it('retire clears a raised condition at once', () => {
    const filter = new PatienceFilter(2);
    filter.check([candidate('k', 0)]);
    filter.check([candidate('k', 1)]);
    assert.deepEqual(filter.retire('k').map((d) => d.message), ['k @1']);
    assert.deepEqual(filter.active, []);
    assert.deepEqual(filter.retire('k'), []);
  });

  it('raises again after a clear only once the condition has held for patience checks again', () => {
    assert.equal(run('xx..x.xx', 2), ' + -   +');
  });

  it('raises an immediate candidate at once, and leaves everything as it is when told not to count missing ones', () => {
    const filter = new PatienceFilter(2);
    filter.check([candidate('a', 0)]);
    filter.check([candidate('a', 1)]);
    const nan = filter.check([candidate('nan', 2, true)], false);
    assert.deepEqual(nan.raised.map((d) => d.message), ['nan @2']);
    assert.deepEqual(nan.cleared, []);
    assert.deepEqual(filter.active.map((d) => d.message), ['a @1', 'nan @2']);
  });

  it('shows the latest evidence of a raised condition, and keeps it while waiting to clear', () => {
    const filter = new PatienceFilter(2);
    filter.check([candidate('k', 0)]);
    filter.check([candidate('k', 1)]);
    filter.check([candidate('k', 2)]);
    assert.deepEqual(filter.active.map((d) => d.message), ['k @2']);
    filter.check([]);
    assert.ok(filter.isRaised('k'));
    assert.deepEqual(filter.raisedKeys(), ['k']);
    assert.deepEqual(filter.active.map((d) => d.message), ['k @2']);
  });
});

describe('monitor events stay consistent for the panel (fire/clear timeline)', () => {
  it('a saturation that wavers around the threshold for 20 epochs is raised once and cleared once, after it is gone', () => {
    const feeder = new EpochFeeder(monitorFor());
    const saturation = [0.9, 0.9, 0.1, 0.9, 0.2, 0.8, 0.9, 0.3, 0.9, 0.1, 0.9, 0.9, 0.2, 0.9, 0.1, 0.9, 0.9, 0.1, 0.1, 0.1];
    feeder.feed(saturation.map(() => 0.3), (e) => layers({ 0: { saturatedFraction: saturation[e] } }));
    const raisedAt = feeder.updates.flatMap((u, e) => (u.raised.length > 0 ? [e] : []));
    const clearedAt = feeder.updates.flatMap((u, e) => (u.cleared.length > 0 ? [e] : []));
    assert.deepEqual(raisedAt, [1]);
    assert.deepEqual(clearedAt, [18]);
  });

  it('every cleared diagnostic was raised before and active until then; active is always raised minus cleared', () => {
    const monitor = monitorFor();
    const feeder = new EpochFeeder(monitor);
    const pattern = 'xx.x..xxx.x...xx..x.xxxx....';
    const active = new Map<string, number>();
    [...pattern].forEach((c) => {
      const [update] = feeder.feed([0.3], layers({ 0: { saturatedFraction: c === 'x' ? 0.9 : 0.1 } }));
      for (const d of update.cleared) {
        assert.ok(active.has(d.code), `${d.code} cleared without being active`);
        active.delete(d.code);
      }
      for (const d of update.raised) {
        assert.ok(!active.has(d.code), `${d.code} raised twice without a clear`);
        active.set(d.code, 1);
      }
      assert.deepEqual(monitor.active.map((d) => d.code).sort(), [...active.keys()].sort());
    });
    // Raised at check 1 and, after two clean checks, again at 7; having come back, it needs four
    // clean checks to clear (24-27), so the wavering after it does not re-raise it.
    assert.equal(feeder.raisedCodes().length, 2);
  });

  it('an exploding gradient norm hovering at the bound stays raised; it clears after a clean window (lossWindow epochs)', () => {
    const feeder = new EpochFeeder(monitorFor());
    // The last step's norm over the bound (explodingGradNorm, 400) at some epochs, far below it at others, as on raw targets under Adam.
    const norms = [5e3, 5e3, 50, 80, 4e3, 60, 50, 30, 3e3, 40, 70, 2e3, ...Array(10).fill(20)];
    feeder.feed(norms.map(() => 0.3), (e) => layers({ 1: { gradNorm: norms[e] } }));
    const events = feeder.updates.map((u) => (u.raised.length ? '+' : u.cleared.length ? '-' : ' ')).join('');
    assert.equal(events, ' +' + ' '.repeat(19) + '-');
  });

  it('honours "patience" from the spec for clearing as for raising', () => {
    const feeder = new EpochFeeder(monitorFor({ diagnostics: { patience: 3 } }));
    feeder.feed([0.3, 0.3, 0.3], layers({ 0: { saturatedFraction: 0.9 } }));
    feeder.feed([0.3, 0.3, 0.3], layers({ 0: { saturatedFraction: 0.1 } }));
    assert.deepEqual(feeder.updates.map((u) => (u.raised.length ? '+' : u.cleared.length ? '-' : ' ')).join(''), '  +  -');
  });

  it('a cause waiting out its patience keeps the loss-curve symptoms quiet: no loss-plateau right after dead-relu stops', () => {
    const spec = { layers: [{ type: 'dense', units: 4, activation: 'relu' }, { type: 'dense', units: 1, activation: 'sigmoid' }] };
    const feeder = new EpochFeeder(monitorFor(spec));
    feeder.feed(Array(11).fill(0.69), layers({ 0: { deadFraction: 1 } }));
    const [first] = feeder.feed([0.69], layers({ 0: { deadFraction: 0 } }));
    assert.deepEqual(first.raised, [], 'dead-relu is still raised, so the stall is still explained');
    const [second] = feeder.feed([0.69], layers({ 0: { deadFraction: 0 } }));
    assert.deepEqual(second.cleared.map((d) => d.code), ['dead-relu']);
    assert.deepEqual(feeder.raisedCodes(), ['dead-relu']);
  });
});
