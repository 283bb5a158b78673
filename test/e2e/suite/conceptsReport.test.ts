// "Open Concepts Report": a read-only virtual Markdown document listing every concept
// (aliases, file:line, mentions) and the workspace's problem counts.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../../../shared/protocol';
import { activateExtension, allRowsOf, lineContaining, pollUntil, workspaceUri } from './helpers';

function ourProblemCount(): number {
  return vscode.languages.getDiagnostics().reduce((sum, [, list]) => sum + list.filter((d) => d.source === DIAGNOSTIC_SOURCE).length, 0);
}

describe('concepts report', () => {
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('lists EPT with its aliases, definition line and mentions, and the problem total', async () => {
    const { concepts } = await activateExtension();
    const rows = await pollUntil('Concepts rows', () => allRowsOf(concepts), (list) => list.some((r) => r.label === 'EPT'));
    await pollUntil('problems of the fixture workspace', ourProblemCount, (n) => n > 0);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('conceptNotes.openConceptsReport');
    assert.ok(editor, 'the command returns the report editor');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
    const report = editor.document;
    assert.equal(report.uri.scheme, 'concept-notes-report', 'a virtual (read-only) document, not a file');
    assert.equal(report.languageId, 'markdown');
    const glossary = await vscode.workspace.openTextDocument(workspaceUri('glossary/virtualization.md'));
    const line = lineContaining(glossary, '**EPT**') + 1;
    const text = report.getText();
    const problems = ourProblemCount();
    assert.ok(text.includes(`| EPT | Extended Page Tables, 扩展页表 | glossary/virtualization.md:${line} | 3 |`), text);
    const conceptRows = text.split('\n').filter((l) => /^\| .* \| \d+ \|$/.test(l) && /\.md:\d+ \|/.test(l));
    assert.equal(conceptRows.length, rows.filter((r) => r.item.contextValue === 'concept').length, 'one row per concept of the view');
    assert.match(text, new RegExp(`^${rows.length} concepts · ${problems} problems?$`, 'm'));
  });
});
