/** Small builders for this set's specs, so each spec reads as the handful of choices that make it. */

/** A data block for one of this set's CSVs (paths relative to faulty/ and healthy/). */
export const churn = (normalize = 'standard', extra: Record<string, unknown> = {}) => ({
  csv: '../data/churn.csv', target: 'churned',
  features: ['tenure_months', 'monthly_charge', 'support_calls', 'data_gb', 'age'], normalize, ...extra,
});
export const energy = (normalize = 'standard', extra: Record<string, unknown> = {}) => ({ csv: '../data/energy.csv', target: 'kwh', normalize, ...extra });
export const defects = (normalize = 'standard', extra: Record<string, unknown> = {}) => ({ csv: '../data/defects.csv', target: 'defect', normalize, ...extra });

/** A dense layer; `more` carries init, bias, batchNorm. */
export const dense = (units: number, activation: string, more: Record<string, unknown> = {}) => ({ type: 'dense', units, activation, ...more });
export const dropout = (rate: number) => ({ type: 'dropout', rate });

/** A whole spec. */
export function spec(
  name: string, seed: number, data: unknown, layers: unknown[], loss: string,
  optimizer: Record<string, unknown>, training: Record<string, unknown>,
): Record<string, unknown> {
  return { name, seed, data, layers, loss, optimizer, training };
}
