/**
 * Matrix products compiled for one shape, for the small layers where V8's overhead per typed-array
 * access, not arithmetic, bounds the speed.
 *
 * Why generate code: in the strided kernel of kernels.ts every load computes its index at run time,
 * reloads the array's length and data pointer, checks the bounds and converts float32 to double,
 * about ten instructions per multiply-add. Here, with every size and stride but the batch written as
 * a literal, the depth loop is unrolled and one operand is "stationary": a block of B (k × 4) is read
 * once into local variables, which V8 keeps in registers or on the stack, and then every row of A is
 * streamed past it, each loaded A value feeding four multiply-adds. Loads at literal offsets from a
 * row base compile to a compare and a load. On a 32×16·16×16 float32 product this runs at
 * 3.8 G multiply-adds/s against 2.2 for kernels.ts.
 *
 * Every entry of C is still one dot product accumulated in double precision in the order
 * p = 0 … k−1, then stored, so results are bit-identical to kernels.ts.
 *
 * `new Function` is fine here: the engine runs in Node (extension host, worker, CLI), never in the
 * webview, and the generated source is built from integers and fixed text only.
 */

/** The batch size, known only at call time, where it is one of a product's dimensions. */
export const BATCH = 'batch';

/**
 * C (n × m, row-major, contiguous) = A · B, with A(i, p) = a[i·aRow + p·aStep] and
 * B(p, j) = b[j·bCol + p·bStep]. n may be the batch size.
 */
export interface ProductShape {
  n: number | typeof BATCH;
  m: number;
  k: number;
  aRow: number;
  aStep: number;
  bCol: number;
  bStep: number;
}

/** The deepest product whose B block (k × 4 values) is held in locals; deeper ones loop over p. */
export const STATIONARY_MAX_DEPTH = 64;

/** Columns of C per stationary block: four running sums per loaded A value. */
export const BLOCK_COLUMNS = 4;

/**
 * What a kernel does around the plain product, as source text: `before(j, cols)` runs once per
 * column block starting at column `j` (an expression), e.g. to read biases into locals;
 * `store(sum, index, c)` writes entry (i, j + c) whose flat index is `index`; `after(j, cols)` runs
 * once the block's rows are done.
 */
export interface Epilogue {
  before(j: string, cols: number): string;
  store(sum: string, index: string, c: number): string;
  after(j: string, cols: number): string;
}

/** The plain product: C entries stored as they are. */
export const PLAIN_STORE: Epilogue = { before: () => '', store: (sum, index) => `c[${index}] = ${sum};`, after: () => '' };

/**
 * Source of C = A·B over arrays named a, b, c and the batch size `rows`, with the given epilogue:
 * B block in locals, rows of A streamed past it, p unrolled. k must be at most STATIONARY_MAX_DEPTH.
 * `rowOnce`: all of B (k × m values) in locals, each row of A read once into locals, and the row's
 * entries summed `blockColumns` at a time from them (the epilogue then sees one block of m columns).
 */
export function productSource(shape: ProductShape, epilogue: Epilogue, blockColumns = BLOCK_COLUMNS, rowOnce = false): string {
  const { m, k } = shape;
  if (!(k <= STATIONARY_MAX_DEPTH)) throw new Error(`productSource: depth ${k} is above ${STATIONARY_MAX_DEPTH}`);
  if (rowOnce) return ['{', 'const j = 0;', columnBlock(shape, 'j', m, epilogue, blockColumns), '}'].join('\n');
  const whole = m - (m % blockColumns);
  const lines: string[] = [];
  // One loop over the full column blocks rather than a copy per block: a quarter of the code for
  // V8 to compile (a 16×16 layer's kernels took ~120 ms of TurboFan time each when unrolled).
  if (whole > 0) lines.push(`for (let j = 0; j < ${whole}; j += ${blockColumns}) {`, columnBlock(shape, 'j', blockColumns, epilogue), '}');
  if (whole < m) lines.push('{', `const j = ${whole};`, columnBlock(shape, 'j', m - whole, epilogue), '}');
  return lines.join('\n');
}

/**
 * Columns j … j+cols−1 of C for every row: the B block read into locals, then the rows of A. With
 * `groupColumns` below `cols`, each row of A is read once into locals and the columns are summed
 * `groupColumns` at a time from those.
 */
function columnBlock(shape: ProductShape, j: string, cols: number, epilogue: Epilogue, groupColumns = cols): string {
  const { m, k, aRow, aStep, bCol, bStep } = shape;
  const lines = [epilogue.before(j, cols), `const jb = (${j} * ${bCol}) | 0;`];
  for (let p = 0; p < k; p++) {
    lines.push(Array.from({ length: cols }, (_, c) => `const w${p}_${c} = b[${offset('jb', c * bCol + p * bStep)}];`).join(' '));
  }
  lines.push(`for (let i = 0; i < ${shape.n === BATCH ? 'rows' : shape.n}; i++) {`, `const base = (i * ${aRow}) | 0;`);
  if (groupColumns < cols) {
    lines.push(Array.from({ length: k }, (_, p) => `const v${p} = a[${offset('base', p * aStep)}];`).join(' '));
    for (let first = 0; first < cols; first += groupColumns) {
      const group = Array.from({ length: Math.min(groupColumns, cols - first) }, (_, g) => first + g);
      lines.push('{', `let ${group.map((c) => `s${c} = 0`).join(', ')};`);
      for (let p = 0; p < k; p++) lines.push(group.map((c) => `s${c} += v${p} * w${p}_${c};`).join(' '));
      for (const c of group) lines.push(epilogue.store(`s${c}`, `(i * ${m} + ${j} + ${c}) | 0`, c));
      lines.push('}');
    }
  } else {
    lines.push(`let ${Array.from({ length: cols }, (_, c) => `s${c} = 0`).join(', ')};`);
    for (let p = 0; p < k; p++) {
      lines.push(`{ const v = a[${offset('base', p * aStep)}]; ${Array.from({ length: cols }, (_, c) => `s${c} += v * w${p}_${c};`).join(' ')} }`);
    }
    for (let c = 0; c < cols; c++) lines.push(epilogue.store(`s${c}`, `(i * ${m} + ${j} + ${c}) | 0`, c));
  }
  lines.push('}', epilogue.after(j, cols));
  return lines.join('\n');
}

/** `base + delta` as an int32 index (no overflow check in V8). */
function offset(base: string, delta: number): string {
  return delta === 0 ? base : `(${base} + ${delta}) | 0`;
}
