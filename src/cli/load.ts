import * as fs from 'fs';
import * as path from 'path';
import { CheckContext, checkSpec, CheckResult } from '../diagnosis/check';
import { MAX_DATA_FILE_BYTES } from '../spec/workspace-path';
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
  const text = readSpecText(file, absolute);
  const context: CheckContext = {
    specDir: path.dirname(absolute),
    workspaceRoot: process.cwd(),
    defaultName: path.basename(absolute).replace(/(\.nn)?\.json$/i, ''),
  };
  return { ...checkSpec(text, context), file, context };
}

/**
 * The spec's text. Only a regular file of at most MAX_DATA_FILE_BYTES is read: a FIFO or a device
 * given by mistake would block or never end.
 */
function readSpecText(file: string, absolute: string): string {
  try {
    const stats = fs.statSync(absolute);
    if (stats.isDirectory()) throw new UsageError(`cannot read spec "${file}": it is a folder`);
    if (!stats.isFile()) throw new UsageError(`cannot read spec "${file}": it is not a regular file (a pipe or a device?)`);
    if (stats.size > MAX_DATA_FILE_BYTES) {
      throw new UsageError(`cannot read spec "${file}": it is ${Math.round(stats.size / 2 ** 20)} MB; specs are limited to ${MAX_DATA_FILE_BYTES / 2 ** 20} MB`);
    }
    return fs.readFileSync(absolute, 'utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot read spec "${file}": ${code === 'ENOENT' ? 'no such file' : (err as Error).message}`);
  }
}
