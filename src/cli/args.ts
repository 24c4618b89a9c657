/** Command-line parsing for `nn-debugger`: small and strict, so bad arguments get a clear usage error. */

export const COMMANDS = ['check', 'train', 'gradcheck', 'grads', 'lr-find'] as const;
export type CommandName = (typeof COMMANDS)[number];

/** Parsed arguments of one invocation. */
export interface CliArgs {
  command: CommandName;
  specPath: string;
  json: boolean;
  epochs?: number;
  /** `check` runs the edit-time probe unless `--no-probe`. */
  probe: boolean;
}

/** A mistake in the arguments: printed with the usage text, exit code 2. */
export class UsageError extends Error {}

export const USAGE = `Usage: nn-debugger <command> <spec.nn.json> [options]

Commands:
  check <spec> [--json] [--no-probe] report every problem in the spec: static rules, then a short
                                     seeded trial of a fresh network (the edit-time probe)
  train <spec> [--json] [--epochs N] train the network and report per-layer statistics and warnings
  gradcheck <spec> [--json]          compare backprop gradients with finite differences (float64)
  grads <spec> --json                dump initial parameters, first batch, loss and gradients (float64)
  lr-find <spec> [--json]            learning-rate range test: the loss curve and a suggested lr

Options:
  --json        machine-readable output (JSON; JSON Lines for train)
  --epochs N    override training.epochs (train only)
  --no-probe    static rules only, no trial training (check only)
  -h, --help    show this help

Exit codes: 0 ok, 1 the spec has errors or the check failed, 2 bad arguments or unreadable file.`;

/** Parses argv (without node and script). Returns undefined when help was asked for. */
export function parseArgs(argv: readonly string[]): CliArgs | undefined {
  if (argv.length === 0 || argv.some((a) => a === '-h' || a === '--help')) return undefined;
  const [command, ...rest] = argv;
  if (!(COMMANDS as readonly string[]).includes(command)) {
    throw new UsageError(`unknown command "${command}"; expected one of ${COMMANDS.join(', ')}`);
  }
  const args: Partial<CliArgs> = { command: command as CommandName, json: false, probe: true };
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--json') args.json = true;
    else if (arg === '--no-probe' && command === 'check') args.probe = false;
    else if (arg === '--epochs') args.epochs = parseEpochs(rest[++i]);
    else if (arg.startsWith('--epochs=')) args.epochs = parseEpochs(arg.slice('--epochs='.length));
    else if (arg.startsWith('-')) throw new UsageError(`unknown option "${arg}"`);
    else if (args.specPath === undefined) args.specPath = arg;
    else throw new UsageError(`unexpected argument "${arg}": give one spec file`);
  }
  return validate(args);
}

function validate(args: Partial<CliArgs>): CliArgs {
  if (args.specPath === undefined) throw new UsageError(`"${args.command}" needs a spec file, e.g. nn-debugger ${args.command} model.nn.json`);
  if (args.epochs !== undefined && args.command !== 'train') throw new UsageError('--epochs applies to "train" only');
  if (args.command === 'grads' && !args.json) throw new UsageError('"grads" prints JSON only: add --json');
  return args as CliArgs;
}

function parseEpochs(value: string | undefined): number {
  const n = Number(value);
  if (value === undefined || !Number.isInteger(n) || n < 1 || n > 1_000_000) {
    throw new UsageError(`--epochs needs a whole number from 1 to 1000000, got ${value === undefined ? 'nothing' : `"${value}"`}`);
  }
  return n;
}
