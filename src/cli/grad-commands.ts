import { hasErrors } from '../diagnosis/check';
import { GRADCHECK_TOLERANCE, gradientCheck, initialGradients } from '../engine';
import { formatDiagnostic, table } from './format';
import type { CliIO } from './io';
import type { LoadedSpec } from './load';

/** Stops a gradient command when the spec cannot be built; returns the exit code, or undefined to go on. */
function refuseInvalid(loaded: LoadedSpec, io: CliIO): number | undefined {
  if (loaded.spec && loaded.dataset && !hasErrors(loaded.diagnostics)) return undefined;
  for (const d of loaded.diagnostics.filter((x) => x.severity === 'error')) io.err(formatDiagnostic(loaded.file, d));
  io.err(`${loaded.file}: cannot compute gradients: fix the errors above first`);
  return 1;
}

/** `nn-debugger gradcheck`: backprop against central differences in float64, per layer. */
export function runGradcheck(loaded: LoadedSpec, json: boolean, io: CliIO): number {
  const refused = refuseInvalid(loaded, io);
  if (refused !== undefined) return refused;
  const result = gradientCheck(loaded.spec!, loaded.dataset!);
  const passed = result.maxRelError <= GRADCHECK_TOLERANCE;
  if (json) {
    io.out(JSON.stringify({ file: loaded.file, passed, tolerance: GRADCHECK_TOLERANCE, ...result }));
  } else {
    const rows = result.layers.map((l) => [
      String(l.index),
      l.name,
      l.maxRelError.toExponential(2),
      l.maxRelError <= GRADCHECK_TOLERANCE ? 'ok' : 'FAIL',
    ]);
    io.out(table(['layer', 'name', 'max rel. error', 'result'], rows));
    io.out(
      `${passed ? 'gradient check passed' : 'gradient check FAILED'}: max relative error ` +
        `${result.maxRelError.toExponential(2)} (tolerance ${GRADCHECK_TOLERANCE.toExponential(0)})`,
    );
  }
  return passed ? 0 : 1;
}

/** `nn-debugger grads --json`: initial parameters, first batch, loss and gradients, for cross-checking. */
export function runGrads(loaded: LoadedSpec, io: CliIO): number {
  const refused = refuseInvalid(loaded, io);
  if (refused !== undefined) return refused;
  io.out(JSON.stringify(initialGradients(loaded.spec!, loaded.dataset!)));
  return 0;
}
