/**
 * What the integration suites share: the extension's id, fixture paths in the open workspace, and
 * polling for state that VS Code publishes asynchronously (diagnostics, runs).
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';

/** The extension under test, as `publisher.name`. */
export const EXTENSION_ID = 'nn-debugger.nn-debugger';

/** A file of the fixtures folder the suite opens as its workspace. */
export function workspaceFile(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the suite needs the fixtures folder open as the workspace');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** Polls `probe` every 50 ms until it gives a truthy value, or fails after `timeoutMs`. */
export async function until<T>(what: string, probe: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
