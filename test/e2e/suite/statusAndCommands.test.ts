// The status bar counts and the "Go to Concept…" command, driven the way a user or a
// keybinding would: through the extension's API and vscode.commands.
import * as assert from 'assert';
import * as vscode from 'vscode';
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

  it('"Check Workspace" is a registered command', async () => {
    await activateExtension();
    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('conceptNotes.checkWorkspace'));
    await vscode.commands.executeCommand('conceptNotes.checkWorkspace');
  });
});
