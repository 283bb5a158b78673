// File-system chaos over LSP: watched-file events in bulk, for files that are gone again,
// for a deleted folder; workspace folders removed. After each, what the server published
// equals the diagnostics of a fresh index of the final disk.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { FileChangeType, type Hover } from 'vscode-languageserver-protocol';
import { createNoteService } from '../../server/src/core';
import { silentLogger } from '../../server/src/core/workspace';
import { createFindingChecks } from '../../server/src/core/features/diagnostics/extraChecks';
import { FsWorkspace } from '../../server/src/node/fsWorkspace';
import { removeFolder } from '../lsp/harness';
import { crashLines, startWatched, tempFolder, type WatchedServer } from './lspClient';
import { parser } from './snapshot';

type Published = Record<string, string[]>;

/** Diagnostics (code@range) per note of a fresh index of `root`, as the server would compute them. */
async function freshDiagnostics(root: string): Promise<Published> {
  const workspace = new FsWorkspace([root], { exclude: ['**/node_modules/**', '**/.git/**'], logger: silentLogger });
  const service = createNoteService(workspace, parser, silentLogger, { extraChecks: createFindingChecks() });
  await service.indexWorkspace();
  const out: Published = {};
  for (const uri of service.noteUris()) {
    out[uri] = (await service.diagnostics(uri)).map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`).sort();
  }
  return out;
}

/** The server's latest diagnostics per URI, without the ones cleared (empty for a note that is gone). */
function published(server: WatchedServer, expected: Published): Published {
  const out: Published = {};
  for (const [uri, diagnostics] of server.client.diagnostics) {
    if (diagnostics.length === 0 && !(uri in expected)) continue;
    out[uri] = diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`).sort();
  }
  for (const uri of Object.keys(expected)) out[uri] ??= [];
  return out;
}

async function assertServerConverged(server: WatchedServer, root: string, what: string): Promise<void> {
  const expected = await freshDiagnostics(root);
  try {
    await server.client.waitFor(what, () => (JSON.stringify(sortKeys(published(server, expected))) === JSON.stringify(sortKeys(expected)) ? true : undefined), 60_000);
  } catch {
    assert.deepEqual(sortKeys(published(server, expected)), sortKeys(expected), what);
  }
  // And the index agrees on which notes exist: a note gone from disk is gone from the index.
  const symbols = await server.client.request<unknown[]>('workspace/symbol', { query: '' });
  const symbolFiles = new Set((symbols as Array<{ location: { uri: string } }>).map((s) => s.location.uri));
  for (const uri of symbolFiles) assert.ok(uri in expected, `${what}: workspace symbols still list ${uri}`);
}

function sortKeys(p: Published): Published {
  return Object.fromEntries(Object.entries(p).sort(([a], [b]) => a.localeCompare(b)));
}

describe('robustness: file-system chaos over LSP', function () {
  this.timeout(180_000);
  let root: string;
  let server: WatchedServer;
  const uri = (rel: string) => URI.file(path.join(root, rel)).toString();
  const events = (changes: Array<{ rel: string; type: FileChangeType }>) =>
    server.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: changes.map((c) => ({ uri: uri(c.rel), type: c.type })) });

  beforeEach(async () => {
    root = tempFolder('lsp-chaos');
    fs.mkdirSync(path.join(root, 'sub'));
    fs.writeFileSync(path.join(root, 'index.md'), '# Index\n\n[a](sub/a.md) [n](bulk/n7.md) [[n42]]\n');
    fs.writeFileSync(path.join(root, 'sub', 'a.md'), '# A\n\n**容器**：隔离进程。 [back](../index.md)\n');
    fs.symlinkSync(root, path.join(root, 'sub', 'loop'));
    server = await startWatched(root);
  });
  afterEach(async () => {
    await server.client.stop();
    removeFolder(root);
  });

  it('takes 3,000 file-created events in one notification and converges', async () => {
    fs.mkdirSync(path.join(root, 'bulk'));
    const changes: Array<{ rel: string; type: FileChangeType }> = [];
    for (let i = 0; i < 3000; i++) {
      fs.writeFileSync(path.join(root, 'bulk', `n${i}.md`), `# n${i}\n\n[next](n${i + 1}.md) [up](../index.md#nope)\n`);
      changes.push({ rel: `bulk/n${i}.md`, type: FileChangeType.Created });
    }
    await events(changes);
    await assertServerConverged(server, root, 'after 3,000 created files');
    const hover = await server.client.request<Hover | null>('textDocument/hover', server.client.at('index.md', { line: 2, character: 16 }));
    assert.ok(hover, 'hover on a link to a new note answers');
    assert.deepEqual(crashLines(server.logs), []);
  });

  it('converges when events arrive for files that are already gone again', async () => {
    fs.writeFileSync(path.join(root, 'flash.md'), '# Flash\n');
    fs.rmSync(path.join(root, 'flash.md'));
    fs.writeFileSync(path.join(root, 'renamed-from.md'), '# R\n');
    fs.renameSync(path.join(root, 'renamed-from.md'), path.join(root, 'renamed-to.md'));
    await events([{ rel: 'flash.md', type: FileChangeType.Created }, { rel: 'renamed-from.md', type: FileChangeType.Created },
      { rel: 'renamed-from.md', type: FileChangeType.Changed }, { rel: 'renamed-to.md', type: FileChangeType.Created }]);
    await assertServerConverged(server, root, 'after events for vanished files');
    assert.deepEqual(crashLines(server.logs), []);
  });

  it('converges when a folder is deleted on disk and only the folder is reported', async () => {
    fs.rmSync(path.join(root, 'sub'), { recursive: true });
    await events([{ rel: 'sub', type: FileChangeType.Deleted }]);
    await assertServerConverged(server, root, 'after deleting sub/');
  });

  it('keeps serving when the whole workspace folder is deleted, and when folders change', async () => {
    await server.client.connection.sendNotification('workspace/didChangeWorkspaceFolders', {
      event: { added: [], removed: [{ uri: URI.file(root).toString(), name: path.basename(root) }] },
    });
    removeFolder(root);
    await server.client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: URI.file(root).toString(), type: FileChangeType.Deleted }] });
    fs.mkdirSync(root); // an empty folder: the truth a fresh index sees
    await assertServerConverged(server, root, 'after deleting the workspace folder');
    const symbols = await server.client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: uri('index.md') } });
    assert.deepEqual(symbols, [], 'a deleted note has no symbols');
    assert.ok(server.alive());
    assert.deepEqual(crashLines(server.logs), []);
  });
});
