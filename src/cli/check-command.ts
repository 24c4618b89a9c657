import { hasErrors, withProbeFindings } from '../diagnosis/check';
import { probeChecked } from '../diagnosis/probe';
import { formatDiagnostic } from './format';
import type { CliIO } from './io';
import type { LoadedSpec } from './load';

/**
 * `nn-debugger check`: every diagnostic of the spec, the static ones then the edit-time probe's
 * (the same probe the editor runs, unless `probe` is false, merged as the editor merges them:
 * `withProbeFindings`); exit 1 if any is an error. The JSON
 * also has the probe's advice trials, its rate check, its short-run rate race and its checks of the
 * static rules of thumb (SGD's `lr-out-of-range` above and below the range, the momentum rule, the
 * noisy-steps rule), when it made them.
 */
export function runCheck(loaded: LoadedSpec, json: boolean, io: CliIO, probe = true): number {
  const { file } = loaded;
  const probed = probe ? probeChecked(loaded, { context: loaded.context }) : undefined;
  const diagnostics = withProbeFindings(loaded.diagnostics, probed?.diagnostics ?? [], probed?.cleared);
  if (json) {
    // The advice trials behind the probe's findings, withheld ones included (`kept: false`).
    const advice = probed?.advice?.length ? { advice: probed.advice } : {};
    // The longer look that withheld or kept the probe's lr-too-high (`probe-rate-check.ts`).
    const rateCheck = probed?.rateCheck ? { rateCheck: probed.rateCheck } : {};
    // The race that chose the lr-too-high fix's rate on a short run (`raceShortRun`).
    const rateRace = probed?.rateRace ? { rateRace: probed.rateRace } : {};
    // The same look at SGD's static lr-out-of-range, which clears it when the written rate wins (`probe-thumb-check.ts`).
    const thumbCheck = probed?.thumbCheck ? { thumbCheck: probed.thumbCheck } : {};
    // The same look at the static momentum rule (`probe-momentum-check.ts`).
    const momentumCheck = probed?.momentumCheck ? { momentumCheck: probed.momentumCheck } : {};
    // The whole-run looks at the static noisy-steps rule and at SGD's rate below its range (`probe-run-check.ts`); a run that broke shows null.
    const noisyCheck = probed?.noisyCheck ? { noisyCheck: probed.noisyCheck } : {};
    const lowRateCheck = probed?.lowRateCheck ? { lowRateCheck: probed.lowRateCheck } : {};
    io.out(JSON.stringify({ file, diagnostics, ...advice, ...rateCheck, ...rateRace, ...thumbCheck, ...momentumCheck, ...noisyCheck, ...lowRateCheck }));
  } else if (diagnostics.length === 0) {
    io.out(`${file}: no problems found`);
  } else {
    for (const d of diagnostics) io.out(formatDiagnostic(file, d));
    io.out(summary(diagnostics.map((d) => d.severity)));
  }
  return hasErrors(diagnostics) ? 1 : 0;
}

/** "2 errors, 1 warning" style count. */
export function summary(severities: string[]): string {
  const count = (s: string) => severities.filter((x) => x === s).length;
  const parts = (['error', 'warning', 'info'] as const)
    .map((s) => [count(s), s] as const)
    .filter(([n]) => n > 0)
    .map(([n, s]) => `${n} ${s}${n === 1 ? '' : 's'}`);
  return parts.join(', ');
}
