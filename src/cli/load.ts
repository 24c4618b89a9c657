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
  const text = readSpecText(file, absolute);
  const context: CheckContext = {
    specDir: path.dirname(absolute),
    workspaceRoot: process.cwd(),
    defaultName: path.basename(absolute).replace(/(\.nn)?\.json$/i, ''),
  };
  return { ...checkSpec(text, context), file, context };
}

/** The largest spec read: inline data makes specs large, but not this large. */
const MAX_SPEC_BYTES = 64 * 1024 * 1024;

/**
 * The spec's text, from a regular file or a pipe or socket (`/dev/stdin`, `<(jq …)`), read up to
 * MAX_SPEC_BYTES. A device (`/dev/zero`) is refused unread: it may never end.
 */
function readSpecText(file: string, absolute: string): string {
  const fail = (reason: string) => new UsageError(`cannot read spec "${file}": ${reason}`);
  try {
    const stats = fs.statSync(absolute);
    if (stats.isDirectory()) throw fail('it is a folder');
    if (stats.isFIFO() || stats.isSocket()) return readPipe(absolute, fail);
    if (!stats.isFile()) throw fail('it is not a file or a pipe (a device?)');
    if (stats.size > MAX_SPEC_BYTES) throw fail(`it is ${Math.round(stats.size / 2 ** 20)} MB; specs are limited to ${MAX_SPEC_BYTES / 2 ** 20} MB`);
    return fs.readFileSync(absolute, 'utf8');
  } catch (err) {
    if (err instanceof UsageError) throw err;
    const code = (err as NodeJS.ErrnoException).code;
    throw fail(code === 'ENOENT' ? 'no such file' : (err as Error).message);
  }
}

/** A pipe's text up to MAX_SPEC_BYTES; like any reader of a pipe, it waits for a writer. */
function readPipe(absolute: string, fail: (reason: string) => UsageError): string {
  // Standard input is read from its descriptor: when it is a socket (a parent process's pipe), it cannot be opened by path.
  const stdin = absolute === '/dev/stdin';
  const fd = stdin ? 0 : fs.openSync(absolute, 'r');
  try {
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.alloc(1 << 16);
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) return Buffer.concat(chunks, total).toString('utf8');
      total += read;
      if (total > MAX_SPEC_BYTES) throw fail(`more than ${MAX_SPEC_BYTES / 2 ** 20} MB came through the pipe; specs are limited to that`);
      chunks.push(chunk.subarray(0, read));
    }
  } finally {
    if (!stdin) fs.closeSync(fd);
  }
}
