import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { decodeDataFile } from '../../../src/spec/text-encoding';
import { baseSpec, load, loadOk } from './helpers';

/** A temporary workspace: `ws/specs` holds the spec, `ws/specs/data` the CSVs, `outside` is beyond it. */
export class Workspace {
  readonly base = fs.mkdtempSync(path.join(os.tmpdir(), 'nnd-spec-'));
  readonly root = path.join(this.base, 'ws');
  readonly specDir = path.join(this.root, 'specs');
  readonly reads: string[] = [];

  constructor() {
    fs.mkdirSync(path.join(this.specDir, 'data'), { recursive: true });
    fs.mkdirSync(path.join(this.base, 'outside'));
  }

  write(relative: string, content: string): string {
    const file = path.join(this.specDir, relative);
    fs.writeFileSync(file, content);
    return file;
  }

  /** Loads a spec whose data block is `data`, recording every file read. */
  load(data: Record<string, unknown>, loss = 'mse') {
    return load({ ...baseSpec(), loss, data }, { specDir: this.specDir, workspaceRoot: this.root, readFile: (file) => this.readSpy(file) });
  }

  loadOk(data: Record<string, unknown>, loss = 'mse') {
    return loadOk({ ...baseSpec(), loss, data }, { specDir: this.specDir, workspaceRoot: this.root, readFile: (file) => this.readSpy(file) });
  }

  /** The single data-error of a load, asserting its place. */
  dataError(data: Record<string, unknown>, pointer = '/data/csv', loss = 'mse') {
    const loaded = this.load(data, loss);
    assert.equal(loaded.dataset, undefined);
    assert.equal(loaded.diagnostics.length, 1, JSON.stringify(loaded.diagnostics));
    const d = loaded.diagnostics[0];
    assert.equal(d.code, 'data-error');
    assert.equal(d.severity, 'error');
    assert.equal(d.path, pointer);
    assert.deepEqual(d.range, loaded.parsed.rangeOf(pointer));
    return d;
  }

  private readSpy(file: string): string {
    this.reads.push(file);
    return decodeDataFile(fs.readFileSync(file));
  }

  dispose(): void {
    fs.rmSync(this.base, { recursive: true, force: true });
  }
}
