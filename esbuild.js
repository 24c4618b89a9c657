// One build for every bundle: extension host, training worker, CLI and panel webview.
const esbuild = require('esbuild');

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

/** @type {import('esbuild').BuildOptions[]} */
const entries = [
  {
    // The extension host side: Node, CommonJS, with the editor API provided at run time.
    entryPoints: ['src/extension.ts'],
    outfile: 'dist/extension.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode'],
  },
  {
    // The training worker thread: the engine runs here so the editor never waits on it.
    entryPoints: ['src/training/worker.ts'],
    outfile: 'dist/worker.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    // The edit-time probe and the learning-rate finder: a short training after each edit, off the host thread.
    entryPoints: ['src/training/probe-worker.ts'],
    outfile: 'dist/probe-worker.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
  },
  {
    entryPoints: ['src/cli/main.ts'],
    outfile: 'dist/cli.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
  },
  {
    // The panel's front end: runs in the webview's browser sandbox.
    entryPoints: { webview: 'webview/main.ts' },
    outdir: 'dist',
    platform: 'browser',
    format: 'iife',
    target: 'es2022',
    loader: { '.ttf': 'file' },
  },
  {
    // The integration suite, run inside a real VS Code's extension host (not packaged).
    entryPoints: ['test/integration/index.ts'],
    outfile: 'out/integration/index.js',
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['vscode', 'mocha'],
  },
];

/** Files the packaged extension reads as they are: the spec's JSON Schema for VS Code's JSON support. */
function copyAssets() {
  const fs = require('fs');
  fs.mkdirSync('dist', { recursive: true });
  if (fs.existsSync('src/spec/nn-spec.schema.json')) fs.copyFileSync('src/spec/nn-spec.schema.json', 'dist/nn-spec.schema.json');
}

async function main() {
  // 'module' first: jsonc-parser's UMD build hides its requires from the bundler.
  const common = { bundle: true, sourcemap: !production, minify: production, logLevel: 'warning', mainFields: ['module', 'main'] };
  const contexts = await Promise.all(entries.map((e) => esbuild.context({ ...common, ...e })));
  if (watch) {
    await Promise.all(contexts.map((c) => c.watch()));
    return;
  }
  await Promise.all(contexts.map((c) => c.rebuild()));
  copyAssets();
  await Promise.all(contexts.map((c) => c.dispose()));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
