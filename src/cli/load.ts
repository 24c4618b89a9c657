import * as fs from 'fs';
import * as path from 'path';
import { CheckContext, checkSpec, CheckResult } from '../diagnosis/check';
import { UsageError } from './args';

/** A spec file read from disk and checked, as every command starts. */
export interface LoadedSpec extends CheckResult {
  /** The path as the user gave it, for messages. */
  file: string;
  /** Where it was checked from (set by loadSpec): the probe's advice trials check the spec again with a quick fix applied. */
  context?: CheckContext;
}

/**
 * Reads and checks a spec. Data paths resolve against the spec's folder and must stay inside the
 * current directory, which is the CLI's workspace root.
 */
export function loadSpec(file: string): LoadedSpec {
  const absolute = path.resolve(file);
  let text: string;
  try {
    text = fs.readFileSync(absolute, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : (err as Error).message;
    throw new UsageError(`cannot read spec "${file}": ${reason}`);
  }
  const context: CheckContext = {
    specDir: path.dirname(absolute),
    workspaceRoot: process.cwd(),
    defaultName: path.basename(absolute).replace(/(\.nn)?\.json$/i, ''),
  };
  return { ...checkSpec(text, context), file, context };
}
