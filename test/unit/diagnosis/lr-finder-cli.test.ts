import { strict as assert } from 'assert';
import { LR_FINDER_DEFAULTS } from '../../../src/diagnosis/lr-finder';
import { cli } from '../helpers';

describe('nn-debugger lr-find', () => {
  it('--json prints the curve and the suggestion', () => {
    const r = cli('lr-find', 'examples/xor.nn.json', '--json');
    assert.equal(r.code, 0);
    const result = JSON.parse(r.out[0]);
    assert.equal(result.file, 'examples/xor.nn.json');
    assert.equal(result.lr, 0.01);
    assert.equal(result.rule, 'valley');
    assert.equal(result.points.length, LR_FINDER_DEFAULTS.steps);
    assert.ok(result.suggestion > 1e-3 && result.suggestion < 1, String(result.suggestion));
    assert.equal(result.points[result.suggestionIndex].lr, result.suggestion);
  });

  it('prints a text plot of the curve and a one-line verdict', () => {
    const r = cli('lr-find', 'examples/iris.nn.json');
    assert.equal(r.code, 0);
    const text = r.out.join('\n');
    assert.match(text, /sgd, lr 0\.05 in the spec/);
    assert.match(text, /S/);
    assert.match(r.out[r.out.length - 1], /^suggested lr [\d.e-]+ \(valley rule; .*on 150 samples\)$/);
  });

  it('on a short run, offers the rule that won the race for the run, and says why', () => {
    const file = 'test/fixtures/runs/short-run.nn.json';
    const json = JSON.parse(cli('lr-find', file, '--json').out[0]);
    assert.equal(json.rule, 'valley', 'the sweep itself is unchanged');
    assert.equal(json.runSuggestion.rule, 'minimum');
    assert.equal(json.runSuggestion.lr, json.minimum);
    assert.equal(json.runRace.winner, 'minimum');
    assert.equal(json.runRace.steps, 300);
    const text = cli('lr-find', file).out;
    assert.match(text[text.length - 1], /^suggested lr [\d.]+ \(minimum rule: trained for the run's 300 steps on the sample, the minimum rule's [\d.]+ ends at loss [\d.e-]+, the valley rule's [\d.e-]+ at loss [\d.e+-]+; /);
  });

  it('on a long run, no race: the valley rule', () => {
    const json = JSON.parse(cli('lr-find', 'examples/iris.nn.json', '--json').out[0]);
    assert.equal(json.runRace, undefined);
    assert.equal(json.runSuggestion.rule, 'valley');
    assert.equal(json.runSuggestion.lr, json.suggestion);
  });

  it('refuses a spec with errors, exit 1', () => {
    const r = cli('lr-find', 'examples/broken.nn.json');
    assert.equal(r.code, 1);
    assert.match(r.err[r.err.length - 1], /cannot find a learning rate: fix the errors above first/);
  });
});
