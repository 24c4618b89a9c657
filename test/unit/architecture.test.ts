import { strict as assert } from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { REPO_ROOT } from './helpers';

/** The core the CLI and the extension share: it must run in plain Node, without an editor or a DOM. */
const CORE_FOLDERS = ['src/engine', 'src/spec', 'src/diagnosis', 'src/cli'];

function tsFiles(folder: string): string[] {
  const absolute = path.join(REPO_ROOT, folder);
  if (!fs.existsSync(absolute)) return [];
  return fs.readdirSync(absolute, { withFileTypes: true }).flatMap((entry) => {
    const child = path.join(folder, entry.name);
    if (entry.isDirectory()) return tsFiles(child);
    return entry.name.endsWith('.ts') ? [child] : [];
  });
}

describe('architecture', () => {
  const files = CORE_FOLDERS.flatMap(tsFiles);

  it('finds the core sources', () => {
    assert.ok(files.length >= 10, `only ${files.length} files found`);
  });

  it('core never imports vscode or uses the DOM', () => {
    const offenders: string[] = [];
    for (const file of files) {
      const text = fs.readFileSync(path.join(REPO_ROOT, file), 'utf8');
      if (/from\s+['"]vscode['"]|require\(\s*['"]vscode['"]\s*\)/.test(text)) offenders.push(`${file}: imports vscode`);
      if (/\b(document|window|HTMLElement|acquireVsCodeApi)\s*[.(]/.test(text)) offenders.push(`${file}: uses the DOM`);
    }
    assert.deepEqual(offenders, []);
  });

  it('the engine does not depend on the spec parser or the diagnosis rules', () => {
    const offenders = tsFiles('src/engine').filter((file) =>
      /from\s+['"]\.\.\/(spec\/parse|spec\/data|diagnosis)['"\/]/.test(fs.readFileSync(path.join(REPO_ROOT, file), 'utf8')),
    );
    assert.deepEqual(offenders, []);
  });
});
