/**
 * `npx tsx bench/vanishing-adaptive-survey.ts [set,set,…]`: every Adam or RMSprop spec of the fault
 * sets whose fresh network's first/last gradient ratio (per weight, on the probe's sample) is below
 * SGD's bound at initialization (`INIT_VANISHING_FACTOR` × `vanishingRatio`), with that ratio, the
 * depth, whether the probe shows `vanishing-gradient` now, and the fault's catches. It is how the
 * adaptive optimizers' own bound (`ADAPTIVE_INIT_VANISHING_FACTOR`, probe-init-rules.ts) was chosen:
 * where the faults that count the finding end and the healthy specs it warned begin.
 */
import { checkCorpusSpec, corpusContext, CorpusSet } from '../test/faults/corpus';
import { hasErrors, withProbeFindings } from '../src/diagnosis/check';
import { probeChecked } from '../src/diagnosis/probe';
import { initGradientRatio, INIT_VANISHING_FACTOR } from '../src/diagnosis/probe-init-rules';
import { catchesText, optimizerText, printSurvey, surveySets } from './corpus-runs';

/** One line per adaptive spec whose first/last ratio at init is below SGD's bound. */
function survey(set: CorpusSet, file: string, filed: string): string | undefined {
  const check = checkCorpusSpec(file, set);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics) || check.spec.optimizer.type === 'sgd') return undefined;
  const probed = probeChecked(check, { context: corpusContext(file, set) });
  const layers = probed?.layers ?? [];
  const ratio = initGradientRatio(layers);
  if (!probed || layers.length < 2 || !(ratio < INIT_VANISHING_FACTOR * check.spec.diagnostics.vanishingRatio)) return undefined;
  const shown = withProbeFindings(check.diagnostics, probed.diagnostics, probed.cleared);
  const hidden = check.spec.layers.filter((l) => l.type === 'dense').slice(0, -1);
  const squashing = hidden.filter((l) => l.type === 'dense' && (l.activation === 'sigmoid' || l.activation === 'tanh')).length;
  const vanishing = shown.some((d) => d.code === 'vanishing-gradient') ? 'shown' : '-';
  const others = [...new Set(shown.filter((d) => d.code !== 'vanishing-gradient').map((d) => d.code))].join(',');
  return [filed, set, file, optimizerText(check.spec), `${hidden.length} hidden (${squashing} sigmoid/tanh)`, ratio.toPrecision(3), vanishing, others, catchesText(set, file, filed)].join('\t');
}

function main(): number {
  const sets = surveySets(process.argv.slice(2), 'tsx bench/vanishing-adaptive-survey.ts [set,set,…]');
  if (!sets) return 2;
  printSurvey(sets, ['filed', 'set', 'spec', 'optimizer', 'depth', 'first/last ratio at init', 'vanishing-gradient', 'other codes shown', 'catches'].join('\t'), survey);
  return 0;
}

process.exitCode = main();
