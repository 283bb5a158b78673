// The Backlinks view in the editor: it follows the active note, lists linked and unlinked
// rows, and "Link It" rewrites a mention once the refactor preview is accepted. Document
// links of a wiki link land on the heading's line.
import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, openNote, pollUntil, rowsOf, workspaceUri, type TreeRow } from './helpers';

const FILES: Record<string, string> = {
  'backlinks/hypervisor.md': '# Hypervisor Basics\n\nWhat runs guests.\n\n## Exits\n\nWhy a guest stops.\n',
  'backlinks/linker.md': '# Linker\n\nSee [the basics](hypervisor.md) and [[hypervisor#Exits]].\n',
  'backlinks/mention.md': '# Mention\n\nRead Hypervisor Basics again.\n',
  'backlinks/more.md': '# More\n\nHypervisor Basics, then hypervisor basics.\n',
};

type BacklinksApi = { backlinks: vscode.TreeDataProvider<unknown> };

async function groups(): Promise<TreeRow[]> {
  return rowsOf((await activateExtension() as unknown as BacklinksApi).backlinks);
}

/** Runs a command whose edit opens the refactor preview, accepts the preview, and waits until `done` holds. */
async function acceptPreview(command: string, arg: unknown, what: string, done: () => boolean): Promise<void> {
  let outcome = 'pending';
  void Promise.resolve(vscode.commands.executeCommand<boolean>(command, arg))
    .then((result) => { outcome = String(result); }, (error) => { outcome = `error: ${String(error)}`; });
  const ignoreFailure = () => undefined;
  // Applying with nothing checked declines the edit: act only once the preview has had time to open.
  const previewOpensAt = Date.now() + 2_000;
  await pollUntil(what, async () => {
    if (outcome === 'pending' && Date.now() > previewOpensAt) {
      for (const step of ['list.focusFirst', 'refactorPreview.toggleCheckedState', 'refactorPreview.apply']) {
        await vscode.commands.executeCommand(step).then(undefined, ignoreFailure);
      }
    }
    return done();
  }, (ok) => ok);
}

describe('backlinks view', () => {
  before(async () => {
    await activateExtension();
    for (const [path, text] of Object.entries(FILES)) await vscode.workspace.fs.writeFile(workspaceUri(path), Buffer.from(text, 'utf8'));
  });
  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    await vscode.workspace.fs.delete(workspaceUri('backlinks'), { recursive: true, useTrash: false });
  });

  it('shows the linked and unlinked rows of the active note, each opening its place', async () => {
    const api = await activateExtension() as unknown as BacklinksApi;
    await openNote('backlinks/hypervisor.md');
    const rows = await pollUntil('both groups with rows', async () => {
      const found = await groups();
      return found.length === 2 ? [await rowsOf(api.backlinks, found[0].node), await rowsOf(api.backlinks, found[1].node)] : undefined;
    }, (found) => !!found && found[0].length === 2 && found[1].length === 3);
    const [linked, unlinked] = rows!;
    assert.strictEqual(linked[0].label, 'See [the basics](hypervisor.md) and [[hypervisor#Exits]].');
    assert.deepStrictEqual(unlinked.map((r) => r.label), ['Read Hypervisor Basics again.', 'Hypervisor Basics, then hypervisor basics.', 'Hypervisor Basics, then hypervisor basics.']);
    assert.strictEqual(unlinked[0].item.contextValue, 'backlinks.unlinked');
    const opened = unlinked[0].item.command!;
    assert.strictEqual((opened.arguments![0] as vscode.Uri).path.split('/').pop(), 'mention.md');
    // Another note becomes active: the view follows it.
    await openNote('backlinks/linker.md');
    await pollUntil('the linker has no backlinks', async () => {
      const found = await groups();
      return found.length === 2 ? (await rowsOf(api.backlinks, found[0].node)).length : -1;
    }, (count) => count === 0);
  });

  it('Link It previews the link and, once accepted, the mention links to the note', async () => {
    const api = await activateExtension() as unknown as BacklinksApi;
    await openNote('backlinks/hypervisor.md');
    const row = await pollUntil('the unlinked row', async () => {
      const found = await groups();
      return found[1] ? (await rowsOf(api.backlinks, found[1].node))[0] : undefined;
    }, (r) => !!r);
    const mention = await vscode.workspace.openTextDocument(workspaceUri('backlinks/mention.md'));
    await acceptPreview('conceptNotes.linkMention', row!.node, 'the link in the note', () => mention.getText().includes('Read [Hypervisor Basics](hypervisor.md) again.'));
  });

  it('Link All links every remaining mention in one previewed edit', async () => {
    const api = await activateExtension() as unknown as BacklinksApi;
    await openNote('backlinks/hypervisor.md');
    const group = await pollUntil('two unlinked rows left', async () => {
      const found = await groups();
      return found[1] && (await rowsOf(api.backlinks, found[1].node)).length === 2 ? found[1] : undefined;
    }, (g) => !!g);
    assert.strictEqual(group!.item.contextValue, 'backlinks.unlinkedGroup');
    const more = await vscode.workspace.openTextDocument(workspaceUri('backlinks/more.md'));
    await acceptPreview('conceptNotes.linkAllMentions', group!.node, 'both links in the note',
      () => more.getText().includes('[Hypervisor Basics](hypervisor.md), then [hypervisor basics](hypervisor.md).'));
  });

  it('document links take a wiki link to its heading line', async () => {
    const document = await openNote('backlinks/linker.md');
    const links = await pollUntil('a link to the Exits heading', () => vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri),
      (found) => (found ?? []).some((l) => l.target?.path.endsWith('/backlinks/hypervisor.md') && l.target.fragment === 'L5'));
    const wiki = links.find((l) => l.target?.fragment === 'L5')!;
    assert.strictEqual(document.getText(wiki.range), '[[hypervisor#Exits]]');
  });
});
