import * as fs from 'fs';
import * as path from 'path';
import { checkSpec, CheckResult } from '../../src/diagnosis/check';

/** The repository root: the workspace root that CSV paths in fixtures must stay inside. */
export const REPO_ROOT = path.resolve(__dirname, '../..');

/** Reads and checks a spec file the way the CLI does, with the repo as workspace root. */
export function checkFile(file: string): CheckResult {
  const absolute = path.resolve(REPO_ROOT, file);
  return checkSpec(fs.readFileSync(absolute, 'utf8'), {
    specDir: path.dirname(absolute),
    workspaceRoot: REPO_ROOT,
    defaultName: path.basename(absolute, '.nn.json'),
  });
}

/** Lists `*.nn.json` files of a folder, relative to the repo root. */
export function specsIn(folder: string): string[] {
  return fs
    .readdirSync(path.join(REPO_ROOT, folder))
    .filter((f) => f.endsWith('.nn.json'))
    .sort()
    .map((f) => path.join(folder, f));
}
