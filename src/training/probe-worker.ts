/**
 * Entry of the probe worker thread: the edit-time probe and the learning-rate finder run here, so
 * the extension host stays responsive while a fresh network trains for a few dozen steps; so does
 * the reading of a large CSV, which the host then keeps. The host
 * sends one request at a time (it coalesces edits), so every request is answered in order.
 */
import { performance } from 'perf_hooks';
import { parentPort } from 'worker_threads';
import { checkSpec, hasErrors } from '../diagnosis/check';
import { findLearningRate } from '../diagnosis/lr-finder';
import { describeRace, raceFinderRules, runSuggestion, type RunRace } from '../diagnosis/lr-finder-run';
import { probeChecked } from '../diagnosis/probe';
import type { HostToProbeWorker, LrFinderCurve, LrFinderRunRace, ProbeWorkerToHost } from '../protocol';
import { csvLoadToKeep } from '../spec/data';
import { parseSpec, type ParsedSpec } from '../spec/parse';
import type { ModelSpec } from '../spec/types';

const port = parentPort;
if (!port) throw new Error('the probe worker must run in a worker thread');

port.on('message', (msg: HostToProbeWorker) => port.postMessage(answer(msg)));

/** The answer to one request; never throws (a failure is an empty answer with a message). */
function answer(msg: HostToProbeWorker): ProbeWorkerToHost {
  try {
    return msg.type === 'probe' ? probe(msg) : msg.type === 'lrFind' ? lrFind(msg) : loadData(msg);
  } catch (err) {
    if (msg.type === 'loadData') return { type: 'dataLoaded', id: msg.id };
    const message = `NN Debugger: the ${msg.type === 'probe' ? 'edit-time probe' : 'learning-rate finder'} failed: ${(err as Error).message}`;
    return msg.type === 'probe' ? { type: 'probed', id: msg.id, diagnostics: [], probeMs: 0, skipped: message } : { type: 'lrFound', id: msg.id, message };
  }
}

/** Reads the spec's CSV for the host to keep; this worker keeps it too, for the probes that follow. */
function loadData(msg: HostToProbeWorker): ProbeWorkerToHost {
  const parsed = parseSpec(msg.specText, { defaultName: msg.defaultName });
  if (!parsed.spec) return { type: 'dataLoaded', id: msg.id };
  return { type: 'dataLoaded', id: msg.id, kept: csvLoadToKeep(parsed as ParsedSpec & { spec: ModelSpec }, msg) };
}

function probe(msg: HostToProbeWorker): ProbeWorkerToHost {
  const started = performance.now();
  const result = probeChecked(checkSpec(msg.specText, msg), { context: msg });
  return { type: 'probed', id: msg.id, diagnostics: result?.diagnostics ?? [], cleared: result?.cleared, probeMs: performance.now() - started, skipped: result?.skipped };
}

function lrFind(msg: HostToProbeWorker): ProbeWorkerToHost {
  const check = checkSpec(msg.specText, msg);
  if (!check.spec || !check.dataset || hasErrors(check.diagnostics)) {
    return { type: 'lrFound', id: msg.id, message: 'NN Debugger: fix the errors in the spec before finding a learning rate.' };
  }
  const result = findLearningRate(check.spec, check.dataset);
  const race = raceFinderRules(check.spec, check.dataset, result);
  const offered = runSuggestion(result, race);
  const curve: LrFinderCurve = {
    optimizer: check.spec.optimizer.type,
    specLr: check.spec.optimizer.lr,
    lrs: result.points.map((p) => p.lr),
    losses: result.points.map((p) => p.smoothed),
    suggestion: offered.lr,
    suggestionIndex: offered.index,
    rule: offered.rule,
    stoppedEarly: result.stoppedEarly,
    sampleRows: result.sampleRows,
    ...(race && { runRace: curveRace(race) }),
  };
  return { type: 'lrFound', id: msg.id, curve };
}

/** The race as the panel draws it: indices on the curve, and losses only where they are numbers (the message is JSON). */
function curveRace(race: RunRace): LrFinderRunRace {
  const finite = (loss: number) => (Number.isFinite(loss) ? loss : undefined);
  return {
    steps: race.steps,
    valleyIndex: race.valleyIndex,
    minimumIndex: race.minimumIndex,
    valleyLoss: finite(race.valleyLoss),
    minimumLoss: finite(race.minimumLoss),
    summary: describeRace(race),
  };
}
