/**
 * The integration suite's entry, loaded by VS Code's extension host (code-server here, or
 * @vscode/test-electron elsewhere): runs mocha on the bundled tests and resolves when they pass.
 */
import Mocha from 'mocha';
import { dataWatchTests } from './data-watch.test';
import { extensionTests } from './extension.test';
import { probeSettingsTests } from './probe-settings.test';
import { runtimeFixTests } from './runtime-fix.test';

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'bdd', timeout: 60_000, color: false, reporter: 'spec' });
  mocha.suite.emit('pre-require', globalThis, 'suite', mocha);
  // Bundled tests cannot be required by mocha, so they register their suites once the globals exist.
  extensionTests();
  probeSettingsTests();
  runtimeFixTests();
  dataWatchTests();
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const { passes, pending } = runner.stats ?? { passes: 0, pending: 0 };
      console.log(`integration: ${passes} passed, ${failures} failed${pending ? `, ${pending} skipped` : ''}`);
      if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
      else resolve();
    });
  });
}
