import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FileChangeType, type Diagnostic } from 'vscode-languageserver-protocol';
import { LspClient, copyFixture, removeFolder } from './harness';

const codes = (diagnostics: Diagnostic[] | undefined) => (diagnostics ?? []).map((d) => String(d.code)).sort();

describe('LSP: pushed diagnostics', () => {
  let folder: string;
  let client: LspClient;
  beforeEach(async () => {
    folder = copyFixture('basic');
    client = await LspClient.start(folder);
  });
  afterEach(async () => {
    await client.stop();
    removeFolder(folder);
  });

  const watched = (file: string, type: FileChangeType) =>
    client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri(file), type }] });
  const until = (what: string, file: string, ok: (codes: string[]) => boolean) =>
    client.waitFor(what, () => (ok(codes(client.diagnostics.get(client.uri(file)))) ? true : undefined));

  it('are published for every note in the workspace, opened or not', async () => {
    await client.waitFor('diagnostics for every note', () => (client.diagnostics.size === 5 ? true : undefined));
    assert.deepEqual(codes(client.diagnostics.get(client.uri('kvm.md'))), ['link.no-such-file', 'link.no-such-header-in-file', 'link.no-such-reference']);
    assert.deepEqual(codes(client.diagnostics.get(client.uri('qemu.md'))), ['concept.duplicate-definition']);
    assert.deepEqual(codes(client.diagnostics.get(client.uri('glossary/containers.md'))), []);
    const sources = new Set([...client.diagnostics.values()].flat().map((d) => d.source));
    assert.deepEqual([...sources], ['concept-notes']);
  });

  it('report indexing as work-done progress, begin to end', async () => {
    const kinds = client.progress.map((p) => p.kind);
    assert.equal(kinds[0], 'begin');
    assert.equal(kinds[kinds.length - 1], 'end');
    assert.equal(new Set(client.progress.map((p) => p.token)).size, 1);
  });

  it('follow files created and deleted on disk (watched files)', async () => {
    assert.ok(client.serverRequests.includes('client/registerCapability'), 'the server registers a file watcher');
    fs.writeFileSync(path.join(folder, 'missing.md'), '# Now it exists\n');
    await watched('missing.md', FileChangeType.Created);
    await until('the missing-file error to go away', 'kvm.md', (c) => !c.includes('link.no-such-file'));
    fs.rmSync(path.join(folder, 'missing.md'));
    await watched('missing.md', FileChangeType.Deleted);
    await until('the missing-file error to come back', 'kvm.md', (c) => c.includes('link.no-such-file'));
  });

  it('follow a definition changed on disk in a note nobody opened', async () => {
    fs.writeFileSync(path.join(folder, 'qemu.md'), '# QEMU\n\nQEMU 为每个 vCPU 创建线程。\n');
    await watched('qemu.md', FileChangeType.Changed);
    await until('the duplicate definition warning to go away', 'qemu.md', (c) => c.length === 0);
  });

  it('follow the editor’s text, debounced while typing', async () => {
    await client.open('kvm.md');
    await until('kvm.md diagnostics', 'kvm.md', (c) => c.length === 3);
    const original = client.text('kvm.md');
    const published = () => client.diagnosticLog.filter((d) => d.uri === client.uri('kvm.md')).length;
    const before = published();
    const edits = 10;
    for (let i = 1; i <= edits; i++) {
      const fixedPart = original.slice(0, Math.round((original.indexOf('missing.md') * i) / edits));
      await client.change('kvm.md', i === edits ? original.replace('[the missing page](missing.md)', 'the missing page') : fixedPart);
    }
    await until('the edited text to be checked', 'kvm.md', (c) => c.length === 2 && !c.includes('link.no-such-file'));
    assert.ok(published() - before < edits, `${published() - before} publishes for ${edits} quick edits`);
  });
});
