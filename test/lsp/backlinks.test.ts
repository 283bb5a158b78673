import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { DocumentLink, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspClient, repoRoot } from './harness';
import type { BacklinksResult } from '../../shared/protocol';

describe('LSP: backlinks and document links', () => {
  let client: LspClient;
  let root: string;
  before(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-backlinks-'));
    fs.cpSync(path.join(repoRoot, 'test', 'fixtures', 'backlinks'), root, { recursive: true });
    client = await LspClient.start(root);
  });
  after(async () => { await client.stop(); fs.rmSync(root, { recursive: true, force: true }); });

  it('conceptNotes/backlinks answers the linked and unlinked places with their context', async () => {
    const result = await client.request<BacklinksResult>('conceptNotes/backlinks', { uri: client.uri('kvm.md') });
    assert.deepEqual(result.linked.map((l) => [l.uri, l.range.start.character]), [[client.uri('qemu.md'), 13], [client.uri('qemu.md'), 32], [client.uri('qemu.md'), 58]]);
    assert.equal(result.linked[0].context, 'QEMU runs on [KVM](kvm.md); see [exits](kvm.md#exits) and [[kvm]].');
    assert.deepEqual(result.unlinked, [{ uri: client.uri('daily.md'), range: { start: { line: 2, character: 11 }, end: { line: 2, character: 14 } }, context: 'Read about KVM today.' }]);
    const linkedOnly = await client.request<BacklinksResult>('conceptNotes/backlinks', { uri: client.uri('kvm.md'), unlinkedMentions: false });
    assert.equal(linkedOnly.unlinked.length, 0);
  });

  it('conceptNotes/linkMentions answers a previewed edit and writes nothing itself', async () => {
    const { unlinked } = await client.request<BacklinksResult>('conceptNotes/backlinks', { uri: client.uri('kvm.md') });
    const edit = await client.request<WorkspaceEdit>('conceptNotes/linkMentions', { uri: client.uri('kvm.md'), mentions: unlinked });
    const change = edit.documentChanges?.[0] as TextDocumentEdit;
    assert.equal(change.textDocument.uri, client.uri('daily.md'));
    assert.equal((change.edits[0] as { newText: string }).newText, '[KVM](kvm.md)');
    assert.equal(Object.values(edit.changeAnnotations ?? {})[0]?.needsConfirmation, true);
    assert.equal(fs.readFileSync(path.join(root, 'daily.md'), 'utf8'), '# Daily\n\nRead about KVM today.\n');
  });

  it('textDocument/documentLink gives each local link its file and heading line', async () => {
    const links = await client.request<DocumentLink[]>('textDocument/documentLink', { textDocument: { uri: client.uri('qemu.md') } });
    assert.deepEqual(links.map((l) => l.target), [client.uri('kvm.md'), client.uri('kvm.md') + '#L5', client.uri('kvm.md')]);
  });
});
