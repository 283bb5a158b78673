// "Reveal in tree follows the active editor": with the Topics view visible, the note of
// the active editor becomes the view's selection.
import * as vscode from 'vscode';
import { activateExtension, openNote, pollUntil, workspaceUri } from './helpers';

interface NoteNode { kind?: string; uri?: string }

async function selectedNoteUri(view: vscode.TreeView<unknown>): Promise<string | undefined> {
  const node = view.selection[0] as NoteNode | undefined;
  return node?.kind === 'note' ? node.uri : undefined;
}

describe('Topics view follows the active editor', () => {
  it('selects the active note, and the next one when the editor changes', async () => {
    const { topicsView } = await activateExtension();
    await vscode.commands.executeCommand('conceptNotes.topics.focus');
    await pollUntil('the Topics view is visible', () => topicsView.visible, (v) => v);
    for (const note of ['kvm.md', 'unopened.md']) {
      await openNote(note);
      const expected = workspaceUri(note).toString();
      await pollUntil(`Topics selection on ${note}`, () => selectedNoteUri(topicsView), (uri) => !!uri && vscode.Uri.parse(uri).toString() === expected);
    }
  });

});
