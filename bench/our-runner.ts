/**
 * Our engine as a benchmark runner, in a module of its own so that a process measuring it need not
 * load TensorFlow.js (see bench/runner-process.ts).
 */
import { Trainer } from '../src/engine';
import { type BenchCase, specFor } from './cases';

/** Something that trains one epoch per call. */
export interface Runner {
  epoch(): void;
  /** Mean training loss over all batches in the current state (a check that it really trains). */
  loss?(): number;
  dispose?(): void;
}

/** Our engine, with the instruments on or off. */
export function ourRunner(c: BenchCase, instrument: boolean): Runner {
  const trainer = new Trainer(specFor(c), c.data, { instrument });
  return { epoch: () => void trainer.trainEpoch(), loss: () => trainer.evaluate('train').loss };
}
