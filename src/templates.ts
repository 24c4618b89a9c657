/** Starting points for `NN Debugger: New Spec`: small, healthy networks that train in seconds. */

/** A spec template offered in the quick pick. */
export interface SpecTemplate {
  id: string;
  label: string;
  detail: string;
  spec: Record<string, unknown>;
}

const dense = (units: number, activation: string, extra: Record<string, unknown> = {}) => ({ type: 'dense', units, activation, ...extra });

export const TEMPLATES: SpecTemplate[] = [
  {
    id: 'xor',
    label: 'XOR',
    detail: '2 inputs, 2 classes: the classic problem a linear model cannot solve',
    spec: { name: 'xor', seed: 1, data: { builtin: 'xor', samples: 200, noise: 0.1 }, layers: [dense(8, 'relu'), dense(1, 'sigmoid')], loss: 'bce', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 200, batchSize: 32, validationSplit: 0.2 } },
  },
  {
    id: 'spirals',
    label: 'Spirals',
    detail: '2 inputs, 3 interleaved spiral classes: needs depth',
    spec: { name: 'spirals', seed: 7, data: { builtin: 'spirals', samples: 600, noise: 0.05, classes: 3 }, layers: [dense(32, 'relu'), dense(32, 'relu'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 300, batchSize: 32, validationSplit: 0.2 } },
  },
  {
    id: 'iris',
    label: 'Iris',
    detail: "Fisher's 150 flowers: 4 measurements, 3 species",
    spec: { name: 'iris', seed: 3, data: { builtin: 'iris', normalize: 'standard' }, layers: [dense(16, 'tanh'), dense(3, 'softmax')], loss: 'cce', optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 150, batchSize: 16, validationSplit: 0.2 } },
  },
  {
    id: 'sine',
    label: 'Sine regression',
    detail: '1 input, 1 numeric target: fit a curve',
    spec: { name: 'sine', seed: 5, data: { builtin: 'sine', samples: 400, noise: 0.05 }, layers: [dense(32, 'tanh'), dense(32, 'tanh'), dense(1, 'linear')], loss: 'mse', optimizer: { type: 'adam', lr: 0.005 }, training: { epochs: 300, batchSize: 32, validationSplit: 0.2 } },
  },
];

/**
 * A template for the user's own CSV: regression or classification depending on the target. A
 * regression target is standardized too: exported in raw units (prices, hours), it would otherwise
 * make every gradient that large.
 */
export function csvTemplate(csvPath: string, target: string, classes: number | undefined, name: string): Record<string, unknown> {
  const head = classes === undefined ? dense(1, 'linear') : classes === 2 ? dense(1, 'sigmoid') : dense(classes, 'softmax');
  const loss = classes === undefined ? 'mse' : classes === 2 ? 'bce' : 'cce';
  const data = classes === undefined ? { csv: csvPath, target, normalize: 'standard', normalizeTarget: 'standard' } : { csv: csvPath, target, normalize: 'standard' };
  return { name, seed: 1, data, layers: [dense(16, 'relu'), head], loss, optimizer: { type: 'adam', lr: 0.01 }, training: { epochs: 100, batchSize: 32, validationSplit: 0.2 } };
}

/** Formats a spec the way the examples are written: one layer per line. */
export function formatSpec(spec: Record<string, unknown>): string {
  const lines = Object.entries(spec).map(([key, value]) => {
    if (key === 'layers' && Array.isArray(value)) {
      return `  "layers": [\n${value.map((l) => `    ${JSON.stringify(l).replace(/,"/g, ', "').replace(/":/g, '": ')}`).join(',\n')}\n  ]`;
    }
    return `  ${JSON.stringify(key)}: ${JSON.stringify(value).replace(/,"/g, ', "').replace(/":/g, '": ').replace(/^\{/, '{ ').replace(/\}$/, ' }')}`;
  });
  return `{\n${lines.join(',\n')}\n}\n`;
}
