// The status bar counts and the "Go to Concept…" command, driven the way a user or a
// keybinding would: through the extension's API and vscode.commands.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../../shared/protocol';
import { activateExtension, lineContaining, pollUntil, sameFile, workspaceUri } from './helpers';

describe('status bar and commands', () => {
  it('shows the concept and problem counts once indexing is done', async () => {
    const api = await activateExtension();
    const text = await pollUntil('status bar text', () => api.statusText(), (t) => /\d+ concepts? · \d+ problems?/.test(t));
    assert.match(text, /^\$\(book\) [1-9]\d* concepts · \d+ problems?$/);
  });

  it('"Go to Concept" with a name opens the definition of that concept', async () => {
    await activateExtension();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('conceptNotes.goToConcept', 'EPT');
    const editor = await pollUntil('active editor on the EPT definition', () => vscode.window.activeTextEditor, (e) => !!e && sameFile(e.document.uri, workspaceUri('glossary/virtualization.md')));
    assert.ok(editor);
    assert.equal(editor.selection.active.line, lineContaining(editor.document, '**EPT**'));
  });

  it('"Go to Concept" also finds a concept by its Chinese alias', async () => {
    await activateExtension();
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.commands.executeCommand('conceptNotes.goToConcept', '扩展页表');
    const editor = await pollUntil('active editor on the EPT definition', () => vscode.window.activeTextEditor, (e) => !!e && sameFile(e.document.uri, workspaceUri('glossary/virtualization.md')));
    assert.ok(editor);
    assert.equal(editor.selection.active.line, lineContaining(editor.document, '**EPT**'));
  });

  it('"Check Workspace" lists the problems of every note, never-opened ones too, as many as the status bar counts', async () => {
    const api = await activateExtension();
    const unopened = workspaceUri('unopened.md');
    // Every note's problems are pushed by the server; wait until the never-opened note has its own.
    await pollUntil('problems of unopened.md', () => vscode.languages.getDiagnostics(unopened), (d) => d.some((x) => x.source === DIAGNOSTIC_SOURCE));
    const status = await pollUntil('status bar text', () => api.statusText(), (t) => /\d+ problems?$/.test(t));
    const counted = Number(/(\d+) problems?$/.exec(status)![1]);
    const result = await vscode.commands.executeCommand<{ problems: number; files: number }>('conceptNotes.checkWorkspace');
    assert.ok(result, 'the command answers with what the Problems panel lists');
    assert.ok(result.files >= 2, `problems in ${result.files} files`);
    assert.strictEqual(result.problems, counted, `the Problems panel lists ${result.problems}, the status bar says ${status}`);
  });
});
