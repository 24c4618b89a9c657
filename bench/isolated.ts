/**
 * Interleaved rounds over runners that each live in their own process (bench/runner-process.ts):
 * the parent asks one process at a time for a round, so load from elsewhere falls on all runners
 * alike and no runner shares its V8 heap with another framework.
 */
import { fork, type ChildProcess } from 'child_process';
import * as path from 'path';
import type { BenchCaseName } from './cases';
import type { RunnerKind, RunnerReply, RunnerRequest } from './runner-process';

/** A runner to measure in its own process. */
export interface IsolatedEntry {
  name: string;
  kind: RunnerKind;
  caseName: BenchCaseName;
}

/** What measuring a runner gave: its median round, the spread and its final training loss. */
export interface IsolatedResult {
  median: number;
  slowest: number;
  fastest: number;
  loss?: number;
}

class RunnerProcess {
  private readonly child: ChildProcess;
  private pending: ((reply: RunnerReply) => void)[] = [];
  /** Replies that arrived before anyone asked for them (a process may be ready before we wait for it). */
  private early: RunnerReply[] = [];

  constructor(entry: IsolatedEntry) {
    this.child = fork(path.join(__dirname, 'runner-process.ts'), [entry.kind, entry.caseName], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    this.child.on('message', (reply: RunnerReply) => {
      const waiter = this.pending.shift();
      if (waiter) waiter(reply);
      else this.early.push(reply);
    });
    this.child.on('exit', (code) => {
      if (this.pending.length > 0) throw new Error(`${entry.name}: its benchmark process exited with code ${code}`);
    });
  }

  /** Resolves with the process's first message (it has built its runner). */
  ready(): Promise<RunnerReply> {
    return this.next();
  }

  private next(): Promise<RunnerReply> {
    const early = this.early.shift();
    return early ? Promise.resolve(early) : new Promise((resolve) => this.pending.push(resolve));
  }

  ask(request: RunnerRequest): Promise<RunnerReply> {
    const answer = this.next();
    this.child.send(request);
    return answer;
  }
}

/** Warms every runner up (3 epochs), then `rounds` rounds of `budgetMs / rounds` each, in turn. */
export async function measureIsolated(entries: IsolatedEntry[], rounds: number, budgetMs: number): Promise<IsolatedResult[]> {
  const processes = entries.map((entry) => new RunnerProcess(entry));
  for (const p of processes) await p.ready();
  for (const p of processes) await p.ask({ kind: 'warmup', epochs: 3 });
  const rates = entries.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < processes.length; k++) {
      const reply = await processes[k].ask({ kind: 'round', budgetMs: budgetMs / rounds });
      if (reply.kind === 'rate') rates[k].push(reply.samplesPerSec);
    }
  }
  const results: IsolatedResult[] = [];
  for (let k = 0; k < processes.length; k++) {
    const done = await processes[k].ask({ kind: 'finish' });
    const sorted = rates[k].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    results.push({ median, slowest: sorted[0], fastest: sorted[sorted.length - 1], loss: done.kind === 'done' ? done.loss : undefined });
  }
  return results;
}
