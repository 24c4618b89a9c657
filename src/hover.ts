import * as vscode from 'vscode';
import { fanIns } from './diagnosis/context';
import type { SpecChecker } from './spec-checker';
import type { TrainingManager } from './training/manager';
import { layerHoverMarkdown } from './view-model/hover';
import { layerIndexAt } from './view-model/layer-at';

/** Hovering anywhere in a layer's object shows its shape, init and latest training instruments. */
export class LayerHover implements vscode.HoverProvider {
  constructor(private readonly checker: SpecChecker, private readonly manager: TrainingManager) {}

  provideHover(doc: vscode.TextDocument, position: vscode.Position): vscode.Hover | undefined {
    const text = doc.getText();
    const index = layerIndexAt(text, doc.offsetAt(position));
    if (index === undefined) return undefined;
    const result = this.checker.resultFor(doc);
    const layer = result?.spec?.layers[index];
    if (!result?.spec || !layer) return undefined;
    const fanIn = result.dataset ? fanIns(result.spec, result.dataset.inputs).get(index) : undefined;
    const markdown = layerHoverMarkdown({ index, layer, fanIn, history: this.manager.runFor(doc.uri)?.history });
    return new vscode.Hover(new vscode.MarkdownString(markdown));
  }
}
