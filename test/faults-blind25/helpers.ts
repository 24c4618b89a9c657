/** Shared builders for this set's spec lists. */
export type Spec = Record<string, unknown>;
export interface Fault { slug: string; code: string; stage: string; catches: string[]; fault: string; spec: Spec | string }
export interface Healthy { slug: string; covers: string; spec: Spec }

export const csv = (file: string, target: string | string[], extra: Record<string, unknown> = {}) => ({ csv: `../data/${file}`, target, ...extra });
export const d = (units: number, activation?: string, extra: Record<string, unknown> = {}) => ({ type: 'dense', units, ...(activation ? { activation } : {}), ...extra });
export const spec = (name: string, data: unknown, layers: unknown[], loss: string, optimizer: unknown, training: unknown, seed = 7): Spec =>
  ({ name, seed, data, layers, loss, optimizer, training });
export const SENSOR = csv('sensor.csv', 'temp_next', { normalize: 'standard' });
export const ENERGY = csv('energy.csv', 'kwh', { normalize: 'standard' });
export const PUMP = csv('pump.csv', 'fault', { normalize: 'standard' });
export const MOTOR = csv('motor.csv', 'state', { normalize: 'standard' });
export const T = (epochs: number, batchSize = 32, validationSplit = 0) => ({ epochs, batchSize, shuffle: true, validationSplit });

