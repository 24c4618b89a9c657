/**
 * Confines data files to the workspace: a spec is a file someone may hand you, and training on it
 * must not read (and show pieces of) `~/.ssh/id_rsa`. A path is refused before anything is read
 * unless it is relative, stays inside the workspace folder as written, and still does after every
 * symbolic link is resolved.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { FileStamp } from './data-cache';

/** Largest data file read, so that a wrong path to a huge file fails fast instead of hanging. */
export const MAX_DATA_FILE_BYTES = 200 * 1024 * 1024;

/**
 * The file to read (with its stamp when the file system gives one, which identifies its contents
 * for the data cache), or why it is refused. Messages never contain file contents.
 */
export type ResolvedDataPath = { file: string; stamp?: FileStamp } | { refused: string };

/** What the check reads of a file's status. */
type FileStatus = { isFile(): boolean; size: number } & Partial<FileStamp>;

/** The file system calls the check needs (replaceable in tests). */
export interface PathSystem {
  realpath(p: string): string;
  stat(p: string): FileStatus;
}

const NODE_FS: PathSystem = { realpath: (p) => fs.realpathSync(p), stat: (p) => fs.statSync(p) };

/** True when `child` is `parent` or lies under it (both absolute and normalized). */
export function isInside(parent: string, child: string): boolean {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Resolves `written` (as in the spec) against the spec's folder, refusing anything outside `workspaceRoot`. */
export function resolveDataPath(written: string, specDir: string, workspaceRoot: string, system: PathSystem = NODE_FS): ResolvedDataPath {
  if (written.includes('\0')) return { refused: `the path "${printable(written)}" contains a NUL character` };
  if (path.isAbsolute(written) || path.win32.isAbsolute(written)) {
    return { refused: `"${printable(written)}" is an absolute path; write it relative to the spec's folder, for a file inside the workspace folder` };
  }
  const root = path.resolve(workspaceRoot);
  const realRoot = tryRealpath(system, root);
  if (realRoot === undefined) return { refused: `the workspace folder ${root} cannot be accessed, so "${printable(written)}" cannot be checked` };
  const lexical = path.resolve(specDir, written);
  // Only the two given folders are resolved before this check, never the data path itself: the
  // spec's folder and the workspace folder may reach the same place by different links.
  const realSpecDir = tryRealpath(system, path.resolve(specDir)) ?? path.resolve(specDir);
  if (!isInside(root, lexical) && !isInside(realRoot, path.resolve(realSpecDir, written))) return { refused: outside(written, root) };
  let real: string;
  try {
    real = system.realpath(lexical);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const missing = code === 'ENOENT' || code === 'ENOTDIR';
    return { refused: missing ? `data file "${printable(written)}" not found (looked for ${lexical})` : `"${printable(written)}" cannot be accessed (${code ?? 'error'})` };
  }
  if (!isInside(realRoot, real)) return { refused: `"${printable(written)}" is a symbolic link to a place outside the workspace folder; only files inside it are read` };
  return checkFile(written, real, system);
}

function tryRealpath(system: PathSystem, folder: string): string | undefined {
  try {
    return system.realpath(folder);
  } catch {
    return undefined;
  }
}

function checkFile(written: string, real: string, system: PathSystem): ResolvedDataPath {
  let stats: FileStatus;
  try {
    stats = system.stat(real);
  } catch (err) {
    return { refused: `"${printable(written)}" cannot be accessed (${(err as NodeJS.ErrnoException).code ?? 'error'})` };
  }
  if (!stats.isFile()) return { refused: `"${printable(written)}" is not a file (a folder?); give the path of a CSV file` };
  if (stats.size > MAX_DATA_FILE_BYTES) {
    const mb = (bytes: number) => Math.round(bytes / (1024 * 1024));
    return { refused: `"${printable(written)}" is ${mb(stats.size)} MB; data files are limited to ${mb(MAX_DATA_FILE_BYTES)} MB` };
  }
  return { file: real, stamp: stampOf(stats) };
}

function stampOf({ size, mtimeMs, ctimeMs, ino }: FileStatus): FileStamp | undefined {
  if (mtimeMs === undefined || ctimeMs === undefined || ino === undefined) return undefined;
  return { size, mtimeMs, ctimeMs, ino };
}

function outside(written: string, root: string): string {
  return `"${printable(written)}" points outside the workspace folder (${root}); for safety, data files are read only from inside it`;
}

/** The path as messages show it: control characters escaped, long paths shortened. */
function printable(written: string): string {
  const escaped = JSON.stringify(written).slice(1, -1);
  return escaped.length > 120 ? `${escaped.slice(0, 120)}…` : escaped;
}
