// Reference code lenses in the editor: counts above a glossary's definitions, a click lists
// the same references, and `conceptNotes.codeLens.references: false` hides them.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openNote, pollUntil } from './helpers';

const section = () => vscode.workspace.getConfiguration('conceptNotes');
const lensesOf = (uri: vscode.Uri) => vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', uri);

describe('reference code lenses', () => {
  after(async () => {
    await section().update('codeLens.references', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('shows "N references" on the EPT definition; its command lists that many places', async () => {
    await activateExtension();
    const document = await openNote('glossary/virtualization.md');
    const eptLine = document.getText().split('\n').findIndex((l) => l.includes('**EPT**'));
    const lenses = await pollUntil('a lens on the EPT definition', () => lensesOf(document.uri), (found) => (found ?? []).some((l) => l.range.start.line === eptLine));
    const ept = lenses.find((l) => l.range.start.line === eptLine)!;
    const count = Number(/^(\d+)/.exec(ept.command?.title ?? '')?.[1]);
    assert.ok(count >= 1, ept.command?.title);
    const shown = await vscode.commands.executeCommand<vscode.Location[]>(ept.command!.command, ...(ept.command!.arguments ?? []));
    assert.strictEqual(shown.length, count, 'the click lists as many places as the lens says');
    await vscode.commands.executeCommand('closeReferenceSearch');
  });

  it('the setting turns them off', async () => {
    const document = await openNote('glossary/virtualization.md');
    await section().update('codeLens.references', false, vscode.ConfigurationTarget.Workspace);
    await pollUntil('no lenses', () => lensesOf(document.uri), (found) => (found ?? []).length === 0);
    await section().update('codeLens.references', undefined, vscode.ConfigurationTarget.Workspace);
    await pollUntil('lenses back', () => lensesOf(document.uri), (found) => (found ?? []).length > 0);
  });
});
