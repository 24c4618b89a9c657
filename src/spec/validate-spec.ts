/**
 * The top level of a spec: required blocks, scalar settings, unknown keys, and the assembly of the
 * validated `ModelSpec` from the block validators.
 */
import { DEFAULT_MAX_PARAMS, DEFAULT_MODEL_NAME, DEFAULT_SEED } from './defaults';
import { NumberRule, readEnum, readNumber, readString } from './readers';
import { LOSSES, ModelSpec } from './types';
import { BUILTIN_KEYS, CSV_KEYS, DATA_SOURCES, validateData } from './validate-data';
import { DENSE_KEYS, validateLayers } from './validate-layers';
import { OPTIMIZER_KEYS, TRAINING_KEYS, validateDiagnosticsConfig, validateOptimizer, validateTraining } from './validate-training';
import { asObject, checkKeys, Validator } from './validator';

/** Keys allowed at the top level of a spec. */
export const TOP_LEVEL_KEYS = ['$schema', 'name', 'seed', 'data', 'layers', 'loss', 'optimizer', 'training', 'diagnostics', 'maxParams'];

const SEED_RULE: NumberRule = { integer: true, min: -Number.MAX_SAFE_INTEGER, expect: 'an integer', why: 'it seeds every random draw, so runs repeat exactly' };
const MAX_PARAMS_RULE: NumberRule = { integer: true, min: 1, expect: 'a positive integer', why: 'it is the largest number of trainable parameters the engine will build' };

/** Validates the whole tree; the spec when there is no error, else undefined (errors in `v`). */
export function validateSpec(v: Validator, defaultName: string | undefined): ModelSpec | undefined {
  const root = asObject(v, v.doc.root, '', 'a JSON object such as {"data": …, "layers": […], "loss": "mse"}');
  if (root === undefined) return undefined;
  checkKeys(v, root, TOP_LEVEL_KEYS, 'a spec', misplacedHint);
  readString(v, root, '$schema', 'the URL or path of a JSON schema');
  const name = readString(v, root, 'name', "the model's name");
  const seed = readNumber(v, root, 'seed', SEED_RULE);
  const maxParams = readNumber(v, root, 'maxParams', MAX_PARAMS_RULE);
  const data = validateData(v, root);
  const layers = validateLayers(v, root);
  const loss = readEnum(v, root, 'loss', LOSSES, 'loss', {
    describe: 'the loss to minimise: "mse" (regression), "bce" (two classes, one sigmoid output) or "cce" (softmax over classes)',
  });
  const optimizer = validateOptimizer(v, root);
  const training = validateTraining(v, root);
  const diagnostics = validateDiagnosticsConfig(v, root);
  if (v.errorCount > 0 || !data || !layers || !loss || !optimizer || !training || !diagnostics) return undefined;
  return {
    name: name ?? (defaultName?.trim() ? defaultName : DEFAULT_MODEL_NAME),
    seed: seed ?? DEFAULT_SEED,
    data,
    layers,
    loss,
    optimizer,
    training,
    diagnostics,
    maxParams: maxParams ?? DEFAULT_MAX_PARAMS,
  };
}

/** The blocks whose keys are often written at the top level by mistake. */
const BLOCKS: readonly [string, readonly string[]][] = [
  ['training', TRAINING_KEYS],
  ['optimizer', OPTIMIZER_KEYS],
  ['data', [...DATA_SOURCES, ...BUILTIN_KEYS, ...CSV_KEYS]],
];

/** For a top-level key that belongs in a block: where to move it. */
function misplacedHint(key: string): string | undefined {
  if (key === 'type') return '"type" belongs inside a layer (dense or dropout) or inside "optimizer"';
  for (const [block, keys] of BLOCKS) {
    if (keys.includes(key)) return `"${key}" belongs inside "${block}", e.g. "${block}": {"${key}": …}`;
  }
  if (DENSE_KEYS.includes(key)) return `"${key}" belongs to a layer inside "layers"`;
  return undefined;
}
