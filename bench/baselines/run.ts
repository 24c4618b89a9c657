/**
 * One training run watched by the three research tools at once: the spec trains as written (our
 * engine, its seed), and after each epoch every tool sees the same metrics and probe batch.
 */
import { Trainer } from '../../src/engine';
import type { Dataset } from '../../src/spec/dataset';
import type { DiagnosticCode, ModelSpec } from '../../src/spec/types';
import { AutoTrainer } from './autotrainer';
import { DeepDiagnosis } from './deepdiagnosis';
import { Umlaut } from './umlaut';
import { type BaselineTool, ProbeBatch, runSetup, type ToolReport } from './view';

/** The tools, by the names the reports use. */
export const TOOL_NAMES = ['AUTOTRAINER', 'DeepDiagnosis', 'UMLAUT'] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

/** One spec's outcome under the three tools, as `bench/research-baselines.ts` writes it. */
export interface BaselineOutcome {
  set: string;
  file: string;
  /** The fault's own code, or "healthy". */
  code: string;
  catches: DiagnosticCode[];
  classification: boolean;
  epochs: number;
  reports: Record<ToolName, ToolReport[]>;
  seconds: number;
}

/** What each tool reported on one run, and how far the run went. */
export interface BaselineRun {
  reports: Record<ToolName, ToolReport[]>;
  epochs: number;
}

function freshTools(): BaselineTool[] {
  return [new AutoTrainer(), new DeepDiagnosis(), new Umlaut()];
}

/**
 * Trains the spec for its epochs (or `epochs`) under the three tools. A run whose loss is no longer
 * finite stops at the next epoch AUTOTRAINER checks (every third), so each tool has seen it.
 */
export function runBaselines(spec: ModelSpec, dataset: Dataset, epochs = spec.training.epochs): BaselineRun {
  const tools = freshTools();
  const setup = runSetup(spec, dataset);
  const reports = Object.fromEntries(tools.map((tool) => [tool.name, tool.beforeTraining(setup)])) as Record<ToolName, ToolReport[]>;
  const trainer = new Trainer(spec, dataset);
  const probe = new ProbeBatch(spec, dataset);
  let done = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const stats = trainer.trainEpoch();
    const view = { epoch, stats, probe: probe.measure(trainer) };
    for (const tool of tools) reports[tool.name as ToolName].push(...tool.observeEpoch(view));
    done = epoch + 1;
    if (!Number.isFinite(stats.loss) && epoch % 3 === 0) break;
  }
  return { reports, epochs: done };
}
