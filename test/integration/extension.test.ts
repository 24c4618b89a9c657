import { strict as assert } from 'assert';
import { monitorEventLoopDelay } from 'perf_hooks';
import * as vscode from 'vscode';
import { EXTENSION_ID, workspaceFile, until } from './helpers';
import type { NnDebuggerApi } from '../../src/extension';
import type { TrainingRun } from '../../src/training/training-run';
import type { LrFinderCurve } from '../../src/protocol';

async function open(relative: string): Promise<vscode.TextDocument> {
  const doc = await vscode.workspace.openTextDocument(workspaceFile(relative));
  await vscode.window.showTextDocument(doc);
  return doc;
}

async function finished(run: TrainingRun, timeoutMs = 60_000): Promise<TrainingRun> {
  return until('the run to finish', () => !run.isLive && run, timeoutMs);
}

/** The spec's run once it has trained at least `steps` batches. */
function trainingRun(api: NnDebuggerApi, uri: vscode.Uri, steps = 1): TrainingRun | undefined {
  const run = api.manager.runFor(uri);
  return run && run.progress.step >= steps ? run : undefined;
}

/** Registers the suites; called by index.ts once mocha's globals exist. */
export function extensionTests(): void {
  let api: NnDebuggerApi;

  before(async () => {
    const extension = vscode.extensions.getExtension<NnDebuggerApi>(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    api = await extension.activate();
    console.log(`activation took ${api.activationMs} ms`);
  });

  describe('diagnostics in the editor', () => {
    it('reports init-symmetry on the layer init, with its range and a docs link', async () => {
      const doc = await open('faults/init-symmetry.nn.json');
      const found = await until('diagnostics', () => vscode.languages.getDiagnostics(doc.uri).find((d) => (d.code as { value: string })?.value === 'init-symmetry'));
      assert.equal(found.severity, vscode.DiagnosticSeverity.Warning);
      assert.equal(found.source, 'nn-debugger');
      assert.equal(found.range.start.line, 3);
      assert.equal(doc.getText(found.range), '"zeros"');
      assert.match(String((found.code as { target: vscode.Uri }).target), /diagnostics\.md#init-symmetry$/);
    });

    it('refreshes as the user types, and clears when fixed', async () => {
      const doc = await open('faults/lr-out-of-range.nn.json');
      const codeOf = (d: vscode.Diagnostic) => (d.code as { value: string } | undefined)?.value;
      const codesAtLr = () => vscode.languages.getDiagnostics(doc.uri).filter((d) => codeOf(d) === 'lr-out-of-range' || codeOf(d) === 'lr-too-high').map(codeOf);
      // The static range warning first; the probe's trial then measures the rate and its lr-too-high replaces it.
      const has = () => codesAtLr().join() === 'lr-too-high';
      await until('the probe\'s lr-too-high in place of lr-out-of-range', has);
      const editor = vscode.window.activeTextEditor!;
      const lr = doc.getText().indexOf('"lr": 3') + '"lr": '.length;
      await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(lr), doc.positionAt(lr + 1)), '0.003'));
      await until('the warning to clear', () => codesAtLr().length === 0);
      await vscode.commands.executeCommand('undo');
      await until('the warning to return', has);
    });

    it('reports invalid-spec with a suggestion', async () => {
      const doc = await open('faults/invalid-spec.nn.json');
      const d = await until('invalid-spec', () => vscode.languages.getDiagnostics(doc.uri).find((x) => (x.code as { value: string })?.value === 'invalid-spec'));
      assert.equal(d.severity, vscode.DiagnosticSeverity.Error);
      assert.match(d.message, /did you mean "sigmoid"/);
    });
  });

  describe('hover and code lens', () => {
    it('hovering a layer before training tells how to get its numbers', async () => {
      const doc = await open('healthy/moons-relu.nn.json');
      const position = doc.positionAt(doc.getText().indexOf('"units"'));
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
      const text = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : (c as vscode.MarkdownString).value))).join('\n');
      assert.match(text, /layers\[0\]/);
      assert.match(text, /Train/);
    });

    it('shows Train and Check gradients at the top of a spec', async () => {
      const doc = await open('healthy/moons-relu.nn.json');
      const lenses = await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri);
      const titles = lenses.map((l) => l.command?.title);
      assert.ok(titles.includes('▶ Train'), titles.join(', '));
      assert.ok(titles.includes('✓ Check gradients'));
      assert.equal(lenses[0].range.start.line, 0);
    });
  });

  describe('training', () => {
    it('Train runs to the end, streams metrics and the hover shows them', async () => {
      const doc = await open('healthy/moons-relu.nn.json');
      await vscode.commands.executeCommand('nnDebugger.train', doc.uri);
      const run = await finished(await until('a run', () => api.manager.runFor(doc.uri)));
      assert.equal(run.progress.state, 'done');
      assert.ok(run.history && run.history.metrics.steps.length > 10);
      assert.ok(run.history.metrics.epochs.length > 0);
      assert.ok(api.panels.get(doc.uri), 'the panel opened');
      const position = doc.positionAt(doc.getText().indexOf('"units"'));
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, position);
      const text = hovers.flatMap((h) => h.contents.map((c) => (c as vscode.MarkdownString).value ?? String(c))).join('\n');
      assert.match(text, /gradient norm/);
      assert.match(text, /[▁▂▃▄▅▆▇█]/);
    });

    it('raises dead-relu on the layer during training', async () => {
      const doc = await open('faults/dead-relu.nn.json');
      await vscode.commands.executeCommand('nnDebugger.train', doc.uri);
      // The static check's dead-relu sits on the bias (-10); the run's is on the activation.
      const onActivation = (x: vscode.Diagnostic) => (x.code as { value: string })?.value === 'dead-relu' && doc.getText(x.range) === '"relu"';
      const d = await until('dead-relu', () => vscode.languages.getDiagnostics(doc.uri).find(onActivation), 30_000);
      assert.equal(doc.getText(d.range), '"relu"');
      assert.equal(d.range.start.line, 3);
      await api.manager.stop(doc.uri);
    });

    it('honours detector thresholds from the user settings', async () => {
      const config = vscode.workspace.getConfiguration('nnDebugger.diagnostics');
      await config.update('patience', 50, vscode.ConfigurationTarget.Global);
      try {
        const doc = await open('faults/dead-relu.nn.json');
        await vscode.commands.executeCommand('nnDebugger.train', doc.uri);
        const run = await finished(await until('a run', () => api.manager.runFor(doc.uri)));
        assert.equal(run.progress.state, 'done');
        assert.deepEqual(run.timeline.map((t) => t.code), [], 'nothing lasts 50 epochs in a 10-epoch run');
      } finally {
        await config.update('patience', undefined, vscode.ConfigurationTarget.Global);
      }
    });

    it('Stop takes effect quickly', async () => {
      const doc = await open('runs/long-run.nn.json');
      await vscode.commands.executeCommand('nnDebugger.train', doc.uri);
      const run = await until('training to start', () => trainingRun(api, doc.uri));
      const started = Date.now();
      await vscode.commands.executeCommand('nnDebugger.stop', doc.uri);
      await finished(run, 5_000);
      const stopMs = Date.now() - started;
      console.log(`stop took ${stopMs} ms`);
      assert.equal(run.progress.state, 'stopped');
      assert.ok(stopMs < 1000, `stop took ${stopMs} ms`);
    });

    it('the extension host stays responsive while a 264k-parameter network trains', async () => {
      const doc = await open('runs/wide.nn.json');
      await vscode.commands.executeCommand('nnDebugger.train', doc.uri);
      const run = await until('training to start', () => trainingRun(api, doc.uri));
      const delay = monitorEventLoopDelay({ resolution: 10 });
      delay.enable();
      await new Promise((r) => setTimeout(r, 3000));
      delay.disable();
      const ms = (ns: number) => Math.round(ns / 1e4) / 100;
      console.log(`event-loop delay while training: p50 ${ms(delay.percentile(50))} ms, p99 ${ms(delay.percentile(99))} ms, max ${ms(delay.max)} ms; ${run.progress.samplesPerSec} samples/s`);
      await api.manager.stop(doc.uri);
      assert.ok(run.progress.step > 10, 'it trained meanwhile');
      assert.ok(delay.percentile(99) < 100e6, `p99 event-loop delay ${ms(delay.percentile(99))} ms`);
    });

    it('two specs train at once', async () => {
      const a = await open('runs/long-run.nn.json');
      const b = await open('runs/wide.nn.json');
      await vscode.commands.executeCommand('nnDebugger.train', a.uri);
      await vscode.commands.executeCommand('nnDebugger.train', b.uri);
      const runA = await until('the first run to train', () => trainingRun(api, a.uri, 5));
      const runB = await until('the second run to train', () => trainingRun(api, b.uri, 5));
      assert.ok(runA.isLive && runB.isLive, 'both live');
      assert.notEqual(runA.runId, runB.runId);
      await Promise.all([api.manager.stop(a.uri), api.manager.stop(b.uri)]);
    });

    it('editing the spec during a run leaves the run alone and marks the panel', async () => {
      const doc = await open('runs/long-run.nn.json');
      await vscode.commands.executeCommand('nnDebugger.train', doc.uri);
      const run = await until('training', () => trainingRun(api, doc.uri, 2));
      const editor = vscode.window.activeTextEditor!;
      const at = doc.getText().indexOf('"lr": 0.003') + '"lr": '.length;
      await editor.edit((e) => e.replace(new vscode.Range(doc.positionAt(at), doc.positionAt(at + 5)), '0.002'));
      await until('the panel to know', () => api.panels.get(doc.uri)?.specChanged);
      assert.ok(run.isLive, 'the run goes on');
      assert.match(run.source.specText, /"lr": 0\.003/);
      await api.manager.stop(doc.uri);
      await vscode.commands.executeCommand('undo');
    });

    it('Check gradients passes on a healthy spec', async () => {
      const doc = await open('healthy/spirals-elu-batchnorm.nn.json');
      const error = await vscode.commands.executeCommand<number>('nnDebugger.checkGradients', doc.uri);
      assert.ok(typeof error === 'number' && error < 1e-6, `max relative error ${error}`);
    });

    it('Step trains exactly one batch at a time', async () => {
      const doc = await open('runs/long-run.nn.json');
      await vscode.commands.executeCommand('nnDebugger.step', doc.uri);
      const run = await until('one step', () => trainingRun(api, doc.uri, 1));
      assert.equal(run.progress.state, 'paused');
      await vscode.commands.executeCommand('nnDebugger.step', doc.uri);
      await until('a second step', () => run.progress.step === 2);
      await new Promise((r) => setTimeout(r, 300));
      assert.equal(run.progress.step, 2, 'stays paused after the step');
      await api.manager.stop(doc.uri);
    });
  });

  describe('quick fixes', () => {
    const codeOf = (d: vscode.Diagnostic) => (d.code as { value: string } | undefined)?.value;

    async function quickFixesAt(doc: vscode.TextDocument, d: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, d.range, vscode.CodeActionKind.QuickFix.value);
      // The command does not hand back `diagnostics`; every action at a fixture's range is for its one finding.
      return actions;
    }

    /** Puts a fixture back as it is on disk, so later tests see it unchanged. */
    async function restore(doc: vscode.TextDocument, original: string): Promise<void> {
      const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length));
      const edit = new vscode.WorkspaceEdit();
      edit.replace(doc.uri, whole, original);
      await vscode.workspace.applyEdit(edit);
      await doc.save();
    }

    /** Code, its fixes' titles, the fixed line, and the fixture when it is not named after the code. */
    const CASES: [string, string[], string, string?][] = [
      ['init-symmetry', ['Set "init" to "xavier_uniform"'], '"init": "xavier_uniform" }'],
      ['init-scale', ['Set "init" to "he_normal"'], '"activation": "relu", "init": "he_normal" }'],
      // lr 0.5, which the probe's trial does not find too high: the range warning stays (at lr 3 the probe's replaces it).
      ['lr-out-of-range', ['Set "lr" to 0.001'], '"optimizer": { "type": "adam", "lr": 0.001 }', 'lr-out-of-range.unconfirmed'],
      ['loss-activation-mismatch', ['Set "loss" to "cce"', 'Set "activation" to "linear"'], '"loss": "cce",'],
      ['no-nonlinearity', ['Set "activation" to "relu"', 'Set "activation" to "tanh"'], '{ "type": "dense", "units": 16, "activation": "relu" },'],
      ['shape-mismatch', ['Set "units" to 3'], '{ "type": "dense", "units": 3, "activation": "softmax" }'],
      ['invalid-spec', ['Change "sigmoud" to "sigmoid"'], '{ "type": "dense", "units": 8, "activation": "sigmoid" },'],
      // The probe's finding on raw inputs: normalizing them, the preferred fix, clears it.
      ['exploding-gradient', ['Set "normalize" to "standard"', 'Set "clipNorm" to 1', 'Add "batchNorm": true to layers[0]'], '"normalize": "standard"', 'exploding-gradient.raw-inputs'],
      // The probe's crawl toward a raw target under Adam: rescaling the target, the preferred fix, clears it.
      ['exploding-gradient', ['Set "normalizeTarget" to "standard"', 'Set "lr" to 0.74'], '"normalizeTarget": "standard"', 'exploding-gradient.raw-target'],
    ];
    for (const [code, titles, fixedLine, fixture = code] of CASES) {
      it(`${code}: offers ${titles.join(', ')}; the preferred one edits only its value and clears the diagnostic`, async () => {
        const doc = await open(`faults/${fixture}.nn.json`);
        const original = doc.getText();
        const find = () => vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === code);
        const d = await until(code, find);
        const actions = await quickFixesAt(doc, d);
        assert.deepEqual(actions.map((a) => a.title), titles);
        assert.equal(actions[0].kind?.value, vscode.CodeActionKind.QuickFix.value);
        assert.deepEqual(actions.map((a) => a.isPreferred === true), titles.map((_, i) => i === 0), 'the first is preferred');
        try {
          assert.ok(await vscode.workspace.applyEdit(actions[0].edit!), 'the edit applies');
          await until(`${code} to clear`, () => !find());
          assert.ok(doc.getText().includes(fixedLine), doc.getText());
          const changedLines = doc.getText().split('\n').filter((line, i) => line !== original.split('\n')[i]);
          assert.equal(changedLines.length, 1, `one line changed: ${changedLines.join(' | ')}`);
        } finally {
          await restore(doc, original);
        }
        await until(`${code} to return`, find);
      });
    }

    it('renames a misspelt key, in a file written with tabs', async () => {
      const uri = workspaceFile('faults/quick-fix-rename.tmp.nn.json');
      const text = '{\n\t"data": { "builtin": "xor" },\n\t"layers": [\n\t\t{ "type": "dense", "unit": 4, "activation": "tanh" },\n\t\t{ "type": "dense", "units": 1, "activation": "sigmoid" }\n\t],\n\t"loss": "bce"\n}\n';
      await vscode.workspace.fs.writeFile(uri, Buffer.from(text));
      try {
        const doc = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(doc);
        const find = () => vscode.languages.getDiagnostics(doc.uri).find((d) => codeOf(d) === 'invalid-spec' && /did you mean "units"/.test(d.message));
        const d = await until('the unknown key', find);
        const [rename] = await quickFixesAt(doc, d);
        assert.equal(rename?.title, 'Rename "unit" to "units"');
        assert.ok(rename.isPreferred);
        assert.ok(await vscode.workspace.applyEdit(rename.edit!));
        assert.equal(doc.getText(), text.replace('"unit"', '"units"'));
        await until('the spec to be valid', () => !vscode.languages.getDiagnostics(doc.uri).some((x) => x.severity === vscode.DiagnosticSeverity.Error));
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      } finally {
        await vscode.workspace.fs.delete(uri);
      }
    });

    it('offers leaky_relu on a dead-relu raised during training', async () => {
      const doc = await open('faults/dead-relu.nn.json');
      await vscode.commands.executeCommand('nnDebugger.train', doc.uri);
      const d = await until('dead-relu', () => vscode.languages.getDiagnostics(doc.uri).find((x) => codeOf(x) === 'dead-relu' && doc.getText(x.range) === '"relu"'), 30_000);
      await api.manager.stop(doc.uri);
      const actions = await quickFixesAt(doc, d);
      const leaky = actions.find((a) => a.title === 'Set "activation" to "leaky_relu"');
      assert.ok(leaky, actions.map((a) => a.title).join(', '));
      // The run's dead-relu (no longer hidden behind the probe's, which the static bias warning replaces)
      // prefers the likeliest cause: the fixture's bias of -10 (docs/diagnostics.md, dead-relu, Fix offered).
      assert.deepEqual(actions.filter((a) => a.isPreferred).map((a) => a.title), ['Set "bias" to 0.01']);
    });

    it('prefers the fix the probe\'s advice trial proved over the code\'s usual first (a vanishing gradient: leaky units, not batch norm)', async () => {
      // The healthy five-sigmoid moons fixture, under plain SGD: the probe finds the gradient vanishing and proves leaky units.
      const spec = JSON.parse(Buffer.from(await vscode.workspace.fs.readFile(workspaceFile('healthy/moons-deep-sigmoid-adam.nn.json'))).toString('utf8'));
      const uri = workspaceFile('probe/vanishing-proven.tmp.nn.json');
      await vscode.workspace.fs.writeFile(uri, Buffer.from(JSON.stringify({ ...spec, optimizer: { type: 'sgd', lr: 0.1 } }, null, 2)));
      try {
        const doc = await vscode.workspace.openTextDocument(uri);
        await vscode.window.showTextDocument(doc);
        const d = await until('the probe\'s vanishing-gradient', () => vscode.languages.getDiagnostics(uri).find((x) => codeOf(x) === 'vanishing-gradient'), 30_000);
        const leaky = 'Set "activation" to "leaky_relu" in the 5 sigmoid layers';
        assert.match(d.message, /Tried: Set "activation" to "leaky_relu" in the 5 sigmoid layers →/);
        const actions = await quickFixesAt(doc, d);
        assert.ok(actions.some((a) => /batchNorm/.test(a.title)), actions.map((a) => a.title).join(', '));
        assert.deepEqual(actions.filter((a) => a.isPreferred).map((a) => a.title), [leaky]);
      } finally {
        await vscode.workspace.fs.delete(uri);
      }
    });
  });

  describe('edit-time probe and learning-rate finder', () => {
    const codeOf = (d: vscode.Diagnostic) => (d.code as { value: string } | undefined)?.value;

    it('the probe\'s lr-too-high follows each edit of lr; keystroke-to-diagnostics latency logged', async () => {
      const fixture = await vscode.workspace.fs.readFile(workspaceFile('probe/lr-too-high.nn.json'));
      const uri = workspaceFile('probe/latency.tmp.nn.json');
      await vscode.workspace.fs.writeFile(uri, fixture);
      try {
        const doc = await vscode.workspace.openTextDocument(uri);
        const editor = await vscode.window.showTextDocument(doc);
        const warned = () => vscode.languages.getDiagnostics(uri).some((d) => codeOf(d) === 'lr-too-high');
        await until('the probe\'s lr-too-high', warned);
        const latencies: number[] = [];
        for (let i = 0; i < 12; i++) {
          const next = i % 2 === 0 ? '0.003' : '0.1';
          let typed = false;
          const probed = new Promise<number>((resolve) => {
            const sub = api.probes.onDidProbe((e) => {
              // Only the probe of the finished text: one of an earlier text (the last lr's, when a
              // second check of it re-probed) can still land while this one is typed, on a slow machine.
              if (e.uri.toString() !== uri.toString() || !typed) return;
              sub.dispose();
              resolve(e.latencyMs);
            });
          });
          // Typed in keystrokes 30 ms apart: each one supersedes the probe of the one before.
          const start = doc.getText().indexOf('"lr": ') + '"lr": '.length;
          const end = doc.getText().indexOf(' }', start);
          await editor.edit((e) => e.delete(new vscode.Range(doc.positionAt(start), doc.positionAt(end))));
          for (let k = 0; k < next.length; k++) {
            await editor.edit((e) => e.insert(doc.positionAt(start + k), next[k]));
            typed = k === next.length - 1;
            await new Promise((r) => setTimeout(r, 30));
          }
          latencies.push(await probed);
          assert.equal(warned(), next === '0.1', `lr ${next}: ${vscode.languages.getDiagnostics(uri).map((d) => d.message).join(' | ')}`);
        }
        latencies.sort((a, b) => a - b);
        const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(0);
        console.log(`probe: last keystroke → probe diagnostics p50 ${at(0.5)} ms, p95 ${at(0.95)} ms over ${latencies.length} edits`);
        await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
      } finally {
        await vscode.workspace.fs.delete(uri);
      }
    });

    it('Find Learning Rate returns the curve, opens the panel, and the suggestion is near the known-good lr', async () => {
      const doc = await open('healthy/moons-relu.nn.json');
      const curve = await vscode.commands.executeCommand<{ lrs: number[]; suggestion?: number; specLr: number }>('nnDebugger.findLearningRate', doc.uri);
      assert.ok(curve && curve.lrs.length > 10, 'a curve');
      assert.ok(curve.suggestion !== undefined && curve.suggestion / curve.specLr < 10 && curve.specLr / curve.suggestion < 10, String(curve.suggestion));
      assert.ok(api.panels.get(doc.uri), 'the panel opened');
    });

    it("Find Learning Rate on a short run offers the rule that won the race for the run's steps", async () => {
      const doc = await open('runs/short-run.nn.json');
      const curve = await vscode.commands.executeCommand<LrFinderCurve>('nnDebugger.findLearningRate', doc.uri);
      assert.ok(curve?.runRace, 'a race for the 300-step run');
      assert.equal(curve.rule, 'minimum');
      assert.equal(curve.suggestionIndex, curve.runRace.minimumIndex);
      assert.equal(curve.suggestion, curve.lrs[curve.runRace.minimumIndex]);
      assert.match(curve.runRace.summary, /^trained for the run's 300 steps on the sample, the minimum rule's/);
    });
  });
}
