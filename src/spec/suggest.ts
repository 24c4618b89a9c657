/**
 * "Did you mean …?" for misspelt names and keys. A typo in a spec must never pass silently, and the
 * fastest fix is the right spelling next to the error.
 */

/**
 * Names from other libraries that mean one of ours (keyed by their canonical form), so a Keras or
 * PyTorch habit still gets a suggestion although the spelling is far away.
 */
const ALIASES: ReadonlyMap<string, string> = new Map([
  ['glorotuniform', 'xavier_uniform'],
  ['glorotnormal', 'xavier_normal'],
  ['kaimingnormal', 'he_normal'],
  ['kaiminguniform', 'he_uniform'],
  ['lecununiform', 'lecun_normal'],
  ['randomnormal', 'normal'],
  ['randomuniform', 'uniform'],
  ['zero', 'zeros'],
  ['identity', 'linear'],
  ['none', 'linear'],
  ['binarycrossentropy', 'bce'],
  ['categoricalcrossentropy', 'cce'],
  ['sparsecategoricalcrossentropy', 'cce'],
  ['crossentropy', 'cce'],
  ['meansquarederror', 'mse'],
  ['linearlayer', 'dense'],
  ['fullyconnected', 'dense'],
  ['fc', 'dense'],
  ['learningrate', 'lr'],
  ['dataset', 'builtin'],
  ['nsamples', 'samples'],
  ['neurons', 'units'],
  ['kernelinitializer', 'init'],
  ['initializer', 'init'],
  ['optimiser', 'optimizer'],
  ['normalise', 'normalize'],
  ['normalization', 'normalize'],
]);

/**
 * Optimal-string-alignment distance: insertions, deletions, substitutions and swaps of two
 * neighbouring characters each cost 1 ("sigmoud" → "sigmoid" is 1, "rleu" → "relu" is 1).
 */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  let previous2 = new Array<number>(b.length + 1).fill(0);
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, previous2[j - 2] + 1);
      current[j] = best;
    }
    [previous2, previous, current] = [previous, current, previous2];
  }
  return previous[b.length];
}

/** Lower case without separators, so "Leaky-ReLU", "leaky_relu" and "leakyRelu" compare equal. */
function canonical(word: string): string {
  return word.toLowerCase().replace(/[\s_\-.]/g, '');
}

/**
 * The candidate the user most likely meant, or undefined when none is close: an alias, a match
 * ignoring case and separators, or the nearest by edit distance within about a third of its length.
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  if (word.length === 0 || word.length > 100) return undefined;
  const key = canonical(word);
  const alias = ALIASES.get(key);
  if (alias !== undefined && candidates.includes(alias)) return alias;
  const sameShape = candidates.find((c) => canonical(c) === key);
  if (sameShape !== undefined) return sameShape;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const distance = editDistance(key, canonical(candidate));
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  const allowed = Math.max(1, Math.floor(Math.max(key.length, 3) / 3));
  return bestDistance <= allowed ? best : undefined;
}

/** ` (did you mean "x"?)` when there is a likely candidate, else the empty string. */
export function didYouMean(word: string, candidates: readonly string[]): string {
  const guess = suggest(word, candidates);
  return guess === undefined ? '' : ` (did you mean "${guess}"?)`;
}
