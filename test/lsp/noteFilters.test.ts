// conceptNotes.include / exclude: which Markdown files are notes, applied when the
// settings change (no restart) and to files the watcher reports afterwards.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { LspClient, removeFolder } from './harness';
import { Requests, type TopicNode } from '../../shared/protocol';

function notesIn(tree: TopicNode[]): string[] {
  return tree.flatMap((n) => (n.kind === 'note' && n.uri ? [n.uri] : notesIn(n.children ?? [])));
}

describe('LSP: include and exclude globs', function () {
  this.timeout(60_000);
  let folder: string;
  let client: LspClient;
  const settings: Record<string, unknown> = {};

  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'concept-notes-filters-'));
    for (const [file, text] of Object.entries({
      'a.md': '# A\n\nSee [b](drafts/b.md).\n',
      'drafts/b.md': '# B\n',
      'other/c.markdown': '# C\n',
    })) {
      fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
      fs.writeFileSync(path.join(folder, file), text);
    }
    client = await LspClient.start(folder, { settings });
  });
  after(async () => {
    await client?.stop();
    removeFolder(folder);
  });

  /** The notes the server has, as paths relative to the folder (from the topic tree). */
  const listed = async () => notesIn(await client.request<TopicNode[]>(Requests.topicTree, {}))
    .map((u) => path.relative(folder, URI.parse(u).fsPath).split(path.sep).join('/')).sort();

  async function change(next: Record<string, unknown>): Promise<void> {
    for (const key of Object.keys(settings)) delete settings[key];
    Object.assign(settings, next);
    const seen = client.indexChanged.length;
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: { conceptNotes: settings } });
    await client.waitFor('a re-index after the settings change', () => client.indexChanged.slice(seen).some((e) => !e.indexing) || undefined);
  }

  it('indexes every Markdown file by default', async () => {
    assert.deepEqual(await listed(), ['a.md', 'drafts/b.md', 'other/c.markdown']);
  });

  it('re-lists the notes when include changes, without a restart', async () => {
    await change({ include: ['drafts/**'] });
    assert.deepEqual(await listed(), ['drafts/b.md']);
  });

  it('re-lists the notes when exclude changes', async () => {
    await change({ exclude: ['drafts'] });
    assert.deepEqual(await listed(), ['a.md', 'other/c.markdown']);
  });

  it('leaves out a new file the watcher reports in an excluded folder, and takes one elsewhere', async () => {
    fs.writeFileSync(path.join(folder, 'drafts', 'new.md'), '# New\n');
    fs.writeFileSync(path.join(folder, 'other', 'd.md'), '# D\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [
      { uri: client.uri('drafts/new.md'), type: 1 }, { uri: client.uri('other/d.md'), type: 1 },
    ] });
    const notes = await client.waitFor('other/d.md to be indexed', async () => { const l = await listed(); return l.includes('other/d.md') ? l : undefined; });
    assert.deepEqual(notes, ['a.md', 'other/c.markdown', 'other/d.md']);
  });
});
