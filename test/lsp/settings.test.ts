// Settings as the server resolves them: what `initialize` carries, what
// `workspace/configuration` answers (they may differ) and `.concept-notes.json` on top —
// read with the same rules as the CLI, its problems shown on the file itself.
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

function makeFolder(files: Record<string, string>): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'concept-notes-settings-'));
  for (const [file, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    fs.writeFileSync(path.join(folder, file), text);
  }
  return folder;
}

describe('LSP: settings at start-up and from .concept-notes.json', function () {
  this.timeout(60_000);
  const started: Array<{ client: LspClient; folder: string }> = [];
  async function start(files: Record<string, string>, options: Parameters<typeof LspClient.start>[1]): Promise<LspClient> {
    const folder = makeFolder(files);
    const client = await LspClient.start(folder, options);
    started.push({ client, folder });
    return client;
  }
  afterEach(async () => {
    for (const { client, folder } of started.splice(0)) { await client.stop(); removeFolder(folder); }
  });

  const listed = async (client: LspClient) => notesIn(await client.request<TopicNode[]>(Requests.topicTree, {}))
    .map((u) => path.relative(client.root, URI.parse(u).fsPath).split(path.sep).join('/')).sort();

  it('applies include from the configuration answer at start-up, when initializationOptions leave it out', async () => {
    const client = await start({ 'a.md': '# A\n', 'drafts/b.md': '# B\n' }, {
      initializationOptions: {},
      settings: { include: ['drafts/**'] },
    });
    assert.deepEqual(await listed(client), ['drafts/b.md']);
  });

  it('applies include from initializationOptions when the client has no configuration requests', async () => {
    const client = await start({ 'a.md': '# A\n', 'drafts/b.md': '# B\n' }, {
      capabilities: { workspace: { configuration: false } },
      settings: { include: ['drafts/**'] },
    });
    assert.deepEqual(await listed(client), ['drafts/b.md']);
  });

  it('reads every key of .concept-notes.json, todoMarkers too, as the CLI does', async () => {
    const client = await start({ '.concept-notes.json': '{ "todoMarkers": ["HACK"] }\n', 'n.md': '# N\n\nHACK here\n\nTODO there\n' }, { settings: {} });
    const found = await client.waitFor('diagnostics of n.md', () => client.diagnostics.get(client.uri('n.md')));
    assert.deepEqual(found.map((d) => [d.code, d.range.start.line]), [['todo.marker', 2]]);
  });

  it('publishes the file\'s problems on the file, at their lines, and clears them once fixed', async () => {
    const text = '{\n  "todoMarkers": ["HACK"],\n  "todoMarker": ["X"],\n  "hoverMaxLength": "long"\n}\n';
    const client = await start({ '.concept-notes.json': text, 'n.md': '# N\n\nHACK here\n' }, { settings: {} });
    const configUri = client.uri('.concept-notes.json');
    const problems = await client.waitFor('diagnostics on .concept-notes.json', () => client.diagnostics.get(configUri));
    assert.deepEqual(problems.map((d) => [d.code, d.range.start.line, d.source]), [
      ['config.invalid-setting', 2, 'concept-notes'],
      ['config.invalid-setting', 3, 'concept-notes'],
    ]);
    assert.match(String(problems[0].message), /todoMarker/);
    // The valid key still applies.
    const found = await client.waitFor('diagnostics of n.md', () => client.diagnostics.get(client.uri('n.md')));
    assert.deepEqual(found.map((d) => d.code), ['todo.marker']);

    fs.writeFileSync(path.join(client.root, '.concept-notes.json'), '{\n  "todoMarkers": ["HACK"]\n  "x": 1\n}\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const broken = await client.waitFor('invalid JSON reported', () => {
      const d = client.diagnostics.get(configUri);
      return d?.some((x) => x.code === 'config.invalid-json') ? d : undefined;
    });
    assert.equal(broken[0].range.start.line, 2);

    fs.writeFileSync(path.join(client.root, '.concept-notes.json'), '{ "todoMarkers": ["HACK"] }\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    await client.waitFor('the problems cleared', () => (client.diagnostics.get(configUri)?.length === 0 ? true : undefined));
  });

  it('re-reads notes when the file changes a setting that shapes parsing', async () => {
    const client = await start({ '.concept-notes.json': '{}\n', 'n.md': '# N\n\nHACK here\n' }, { settings: {} });
    const uri = client.uri('n.md');
    await client.waitFor('diagnostics of n.md', () => client.diagnostics.get(uri));
    assert.deepEqual(client.diagnostics.get(uri), []);
    fs.writeFileSync(path.join(client.root, '.concept-notes.json'), '{ "todoMarkers": ["HACK"] }\n');
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.concept-notes.json'), type: 2 }] });
    await client.waitFor('HACK reported', () => (client.diagnostics.get(uri)?.some((d) => d.code === 'todo.marker') ? true : undefined));
  });
});
