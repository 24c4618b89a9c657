/**
 * The probe's short training at the spec's own rate: the loss over the whole sample every few steps
 * and each step's largest update ratio. The probe runs it on the spec as written, and the advice
 * trials (`probe-advice.ts`) on the spec as each quick fix would leave it, with the same sample, the
 * same number of steps and the same seed, so the two final losses compare like for like.
 */
import type { Dataset } from '../spec/dataset';
import type { ModelSpec } from '../spec/types';
import { denseLayers, runSteps } from './context';
import type { ProbeTrace } from './probe-lr-rules';
import type { ProbePlan } from './probe-plan';
import { sampleDataset } from './probe-sample';
import { ProbeSession } from './probe-session';

/** Steps at the session's rate, with the loss over the sample every `checkEvery` steps; stops at a non-finite loss. */
export function trial(session: ProbeSession, plan: ProbePlan, checkEvery: number, run: number): ProbeTrace {
  const initialLoss = session.sampleLoss();
  const checkpoints: ProbeTrace['checkpoints'] = [];
  const ratios: number[] = [];
  let steps = 0;
  while (steps < plan.steps) {
    ratios.push(session.step().updateRatio);
    steps++;
    if (steps % checkEvery !== 0) continue;
    const loss = session.sampleLoss();
    checkpoints.push({ step: steps, loss });
    if (!Number.isFinite(loss)) break;
  }
  ratios.sort((a, b) => a - b);
  const medianUpdateRatio = ratios[ratios.length >> 1];
  const sigmoidHidden = hiddenAllSigmoid(session.spec);
  return { lr: session.spec.optimizer.lr, steps, sampleRows: session.rows, initialLoss, checkpoints, medianUpdateRatio, runSteps: run, sigmoidHidden };
}

/** The network has hidden dense layers and every one is sigmoid. */
function hiddenAllSigmoid(spec: ModelSpec): boolean {
  const hidden = denseLayers(spec).slice(0, -1);
  return hidden.length > 0 && hidden.every(({ layer }) => layer.activation === 'sigmoid');
}


/** Where a trial began and ended: the loss over the sample before the first step and after the last. */
export interface TrialLosses {
  initial: number;
  /** NaN or ±∞ when the loss stopped being a number. */
  final: number;
}

/** The first and last loss of a trace (the initial loss when it has no checkpoint). */
export function trialLosses(trace: ProbeTrace): TrialLosses {
  const last = trace.checkpoints[trace.checkpoints.length - 1];
  return { initial: trace.initialLoss, final: last ? last.loss : trace.initialLoss };
}

/**
 * The probe's trial on another spec (a quick fix applied): the plan's sample size and steps, the
 * sample drawn from its own data by the same seeded permutation, a fresh network from its own seed.
 * Throws what the engine throws on a spec it refuses; the caller skips that variant.
 */
export function trialOf(spec: ModelSpec, dataset: Dataset, plan: ProbePlan, checkEvery: number): TrialLosses {
  const sample = sampleDataset(dataset, plan.sampleSize, spec.seed);
  const session = new ProbeSession(spec, sample);
  return trialLosses(trial(session, plan, checkEvery, runSteps(spec, dataset)));
}
