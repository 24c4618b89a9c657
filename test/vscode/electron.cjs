// The same integration suite through @vscode/test-electron, for machines that can download VS Code
// (a laptop, public CI). Here that download is refused; `npm test` uses code-server instead (run.mjs).
const path = require('path');
const { runTests } = require('@vscode/test-electron');

const root = path.resolve(__dirname, '../..');

runTests({
  extensionDevelopmentPath: root,
  extensionTestsPath: path.join(root, 'out/integration/index.js'),
  launchArgs: [path.join(root, 'test/fixtures'), '--disable-extensions', '--disable-workspace-trust'],
}).catch((err) => {
  console.error(`test:electron failed: ${err && err.message ? err.message : err}`);
  process.exit(1);
});
