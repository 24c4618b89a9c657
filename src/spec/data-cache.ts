/**
 * Data sets loaded from CSV files, kept between checks. The editor re-checks a spec after every
 * pause in typing, and the probe worker loads it again for each probe: for a file of a hundred
 * megabytes that was seconds of parsing each time, though the file had not changed. An entry is
 * found again only for the same file, unchanged on disk (size, modification and change times, inode),
 * loaded by the same `data` block and loss; anything else loads afresh. A file rewritten at the same
 * size within its file system's time resolution (1-2 s on FAT or HFS+, some network mounts) keeps its
 * stamp, and its old load would be found: an edit to the spec, or saving the file again, reloads it.
 */
import type { Dataset } from './dataset';

/** What a load produced: the data set (if any) and the problems it reported, before positions are attached. */
export interface CachedLoad<Problem> {
  dataset?: Dataset;
  problems: Problem[];
}

/** A load and the key it is kept under, made in one thread for another to keep. */
export interface KeptLoad<Problem> {
  key: string;
  load: CachedLoad<Problem>;
}

/** How much the cache keeps: a few entries, and no more numbers than this many bytes' worth. */
export const DATA_CACHE_LIMITS = { entries: 4, bytes: 512 * 1024 * 1024 };

/** The identity of a file's contents on disk, as far as `fs.stat` can tell. */
export interface FileStamp {
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
}

/** The cache key of a load: the file's real path and stamp, and what the load depends on in the spec. */
export function dataCacheKey(file: string, stamp: FileStamp, dependsOn: unknown): string {
  return JSON.stringify([file, stamp.size, stamp.mtimeMs, stamp.ctimeMs, stamp.ino, dependsOn]);
}

/**
 * A least-recently-used map of loads. The data sets it holds are shared by every caller that loads
 * the same key, so nothing may write into them after loading (nothing does: normalizing another
 * way copies, see `reusedData` in src/diagnosis/fix-variants.ts).
 */
export class DataCache<Problem> {
  private readonly entries = new Map<string, CachedLoad<Problem>>();

  constructor(private readonly limits = DATA_CACHE_LIMITS) {}

  /** The load stored under `key`, now the most recently used; undefined if there is none. */
  get(key: string): CachedLoad<Problem> | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    this.entries.delete(key);
    this.entries.set(key, entry);
    return entry;
  }

  /** Stores a load, evicting the least recently used ones beyond the limits (the newest always stays). */
  set(key: string, load: CachedLoad<Problem>): void {
    this.entries.delete(key);
    this.entries.set(key, load);
    let bytes = [...this.entries.values()].reduce((sum, entry) => sum + bytesOf(entry), 0);
    for (const [oldKey, oldEntry] of this.entries) {
      if (this.entries.size <= 1 || (this.entries.size <= this.limits.entries && bytes <= this.limits.bytes)) break;
      this.entries.delete(oldKey);
      bytes -= bytesOf(oldEntry);
    }
  }

  /** Number of loads held. */
  get size(): number {
    return this.entries.size;
  }

  /** Forgets every load. */
  clear(): void {
    this.entries.clear();
  }
}

function bytesOf({ dataset }: CachedLoad<unknown>): number {
  if (!dataset) return 0;
  return dataset.x.byteLength + (dataset.targets?.byteLength ?? 0) + (dataset.labels?.byteLength ?? 0);
}
