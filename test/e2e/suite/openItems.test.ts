// The Open Questions view: open tasks and TODO markers by topic → note, the marker filter,
// reveal on click and "Mark Done" applied as the edit a user triggers from the row.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, allRowsOf, pollUntil, rowsOf, scratchNote } from './helpers';

const NOTE = 'questions/open.md';
const TEXT = '# 问题\n\n- [ ] EPT 缺页如何处理？\n- [x] 已解决\n\nFIXME: 数字不对\n';

describe('open questions view', () => {
  const uri = scratchNote(NOTE, TEXT, { open: true });
  after(async () => {
    await vscode.commands.executeCommand('conceptNotes.filterOpenItems', []);
  });

  it('lists the open task and markers under their topic and note; a row reveals its line', async () => {
    const api = await activateExtension();
    const rows = await pollUntil('the new note in the view', () => allRowsOf(api.openItems), (r) => r.some((x) => x.label === 'EPT 缺页如何处理？'));
    const topic = rows.find((r) => r.label === 'questions');
    assert.ok(topic, rows.map((r) => r.label).join(', '));
    const [note] = await rowsOf(api.openItems, topic.node);
    const items = await rowsOf(api.openItems, note.node);
    assert.deepEqual(items.map((r) => [r.label, r.item.contextValue]), [['EPT 缺页如何处理？', 'openItems.task'], ['FIXME: 数字不对', 'openItems.marker']]);
    assert.ok(!rows.some((r) => r.label === '已解决'), 'a ticked task is not open');
    const open = items[0].item.command!;
    await vscode.commands.executeCommand(open.command, ...(open.arguments ?? []));
    const editor = await pollUntil('the note revealed', async () => vscode.window.activeTextEditor, (e) => e?.document.uri.toString() === uri.toString());
    assert.equal(editor!.selection.start.line, 2);
    assert.ok((api.openItemsView.badge?.value ?? 0) >= 2, 'the badge counts the open items');
  });

  it('the marker filter keeps only the picked markers', async () => {
    const api = await activateExtension();
    await vscode.commands.executeCommand('conceptNotes.filterOpenItems', ['FIXME']);
    const rows = await pollUntil('only FIXME rows', () => allRowsOf(api.openItems), (r) => r.some((x) => x.label === 'FIXME: 数字不对'));
    assert.ok(!rows.some((r) => r.item.contextValue === 'openItems.task'), rows.map((r) => r.label).join(', '));
    await vscode.commands.executeCommand('conceptNotes.filterOpenItems', []);
  });

  it('Mark Done ticks the task in the note and the row leaves the view', async () => {
    const api = await activateExtension();
    const rows = await pollUntil('the task row', () => allRowsOf(api.openItems), (r) => r.some((x) => x.label === 'EPT 缺页如何处理？'));
    const task = rows.find((r) => r.label === 'EPT 缺页如何处理？')!;
    assert.equal(await vscode.commands.executeCommand<boolean>('conceptNotes.markTaskDone', task.node), true);
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.lineAt(2).text, '- [x] EPT 缺页如何处理？');
    await pollUntil('the row gone', () => allRowsOf(api.openItems), (r) => !r.some((x) => x.label === 'EPT 缺页如何处理？'));
  });
});
