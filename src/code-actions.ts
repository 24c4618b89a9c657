import * as vscode from 'vscode';
import type { SpecDiagnostics } from './diagnostics-adapter';
import { QuickFix, quickFixes } from './diagnosis/fixes';

/**
 * Quick fixes on our diagnostics: each one's suggested edits, plus the fixes the view model knows
 * for its code, computed on the current text so a fix lands right even after edits.
 */
export class SpecCodeActions implements vscode.CodeActionProvider {
  static readonly providedCodeActionKinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: SpecDiagnostics) {}

  provideCodeActions(doc: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    if (context.only && !context.only.contains(vscode.CodeActionKind.QuickFix)) return [];
    const text = doc.getText();
    return context.diagnostics.flatMap((d) => {
      const core = this.diagnostics.coreOf(doc.uri, d);
      return core ? quickFixes(text, core).map((fix) => toCodeAction(doc, d, fix)) : [];
    });
  }
}

/** A code action linked to its diagnostic, so the editor lists it under it and can apply it from the Problems panel. */
function toCodeAction(doc: vscode.TextDocument, diagnostic: vscode.Diagnostic, fix: QuickFix): vscode.CodeAction {
  const action = new vscode.CodeAction(fix.title, vscode.CodeActionKind.QuickFix);
  action.diagnostics = [diagnostic];
  action.isPreferred = fix.preferred;
  action.edit = new vscode.WorkspaceEdit();
  for (const edit of fix.edits) {
    const range = new vscode.Range(doc.positionAt(edit.offset), doc.positionAt(edit.offset + edit.length));
    action.edit.replace(doc.uri, range, edit.content);
  }
  return action;
}
