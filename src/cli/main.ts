import { EngineError } from '../engine';
import { parseArgs, USAGE, UsageError } from './args';
import { runCheck } from './check-command';
import { runGradcheck, runGrads } from './grad-commands';
import { CliIO, processIO } from './io';
import { loadSpec } from './load';
import { runLrFind } from './lr-find-command';
import { runTrain } from './train-command';

/**
 * Runs one `nn-debugger` invocation and returns its exit code. Errors are reported as one clear line:
 * the user never sees a stack trace (set NN_DEBUGGER_DEBUG=1 to get one).
 */
export function runCli(argv: readonly string[], io: CliIO): number {
  try {
    const args = parseArgs(argv);
    if (!args) {
      io.out(USAGE);
      return 0;
    }
    const loaded = loadSpec(args.specPath);
    switch (args.command) {
      case 'check':
        return runCheck(loaded, args.json, io, args.probe);
      case 'train':
        return runTrain(loaded, { json: args.json, epochs: args.epochs }, io);
      case 'gradcheck':
        return runGradcheck(loaded, args.json, io);
      case 'grads':
        return runGrads(loaded, io);
      case 'lr-find':
        return runLrFind(loaded, args.json, io);
    }
  } catch (err) {
    return reportFailure(err, io);
  }
}

function reportFailure(err: unknown, io: CliIO): number {
  if (err instanceof UsageError) {
    io.err(`nn-debugger: ${err.message}\n\n${USAGE}`);
    return 2;
  }
  if (err instanceof EngineError) {
    io.err(`nn-debugger: ${err.message}`);
    return 1;
  }
  io.err(`nn-debugger: internal error: ${(err as Error)?.message ?? String(err)}. Please report this.`);
  if (process.env.NN_DEBUGGER_DEBUG) io.err(String((err as Error)?.stack));
  return 1;
}

if (require.main === module) {
  process.exitCode = runCli(process.argv.slice(2), processIO());
}
