import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { AnnotatedTextEdit, CompletionItem, CompletionList, Location, Range, SymbolInformation, TextDocumentEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { CompletionItemKind, SymbolKind } from 'vscode-languageserver-protocol';
import { LspClient, fixturesRoot } from './harness';
import { Requests, type TopicNode } from '../../shared/protocol';

// Tags over stdio: completion after `#`, references, prepareRename/rename and `#` workspace symbols.
describe('LSP: tags', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start(path.join(fixturesRoot, 'tags')); });
  after(async () => { await client.stop(); });

  const where = (locations: Array<{ uri: string; range: Range }>) =>
    locations.map((l) => `${path.basename(l.uri)} ${l.range.start.line}:${l.range.start.character}`).sort();
  const uses = ['kvm.md 1:7', 'kvm.md 5:7', 'qemu.md 2:7'];

  it('completion after # offers the known tags, replacing what is typed', async () => {
    await client.open('scratch.md', '# Scratch\n\nSee #vi');
    const result = await client.request<CompletionItem[] | CompletionList>('textDocument/completion', client.at('scratch.md', { line: 2, character: 7 }));
    const items = Array.isArray(result) ? result : result.items;
    const tag = items.find((i) => i.label === '#virtualization');
    assert.ok(tag, items.map((i) => i.label).join(', '));
    assert.equal(tag.kind, CompletionItemKind.Keyword);
    assert.deepEqual(tag.textEdit && 'range' in tag.textEdit ? tag.textEdit.range : undefined, { start: { line: 2, character: 5 }, end: { line: 2, character: 7 } });
    assert.ok(!items.some((i) => i.label === '#notatag'), 'a # in code is no tag');
    await client.close('scratch.md');
  });

  it('references on a tag: every use, front matter and inline', async () => {
    const refs = await client.request<Location[]>('textDocument/references', { ...client.at('qemu.md', client.position('qemu.md', '#virtualization', 3)), context: { includeDeclaration: true } });
    assert.deepEqual(where(refs), uses);
  });

  it('prepareRename and rename rewrite the tag everywhere, front matter too', async () => {
    const at = client.at('kvm.md', client.position('kvm.md', '#Virtualization', 1));
    const prepared = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', at);
    assert.equal(prepared.placeholder, 'Virtualization');
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...at, newName: 'virt' });
    const edits = ((edit.documentChanges ?? []) as TextDocumentEdit[]).flatMap((d) => (d.edits as AnnotatedTextEdit[]).map((e) => ({ uri: d.textDocument.uri, range: e.range, newText: e.newText })));
    assert.deepEqual(where(edits), uses);
    assert.deepEqual([...new Set(edits.map((e) => e.newText))], ['virt']);
  });

  it('conceptNotes/topicTree ends with the Tags node: tag → notes', async () => {
    const tree = await client.request<TopicNode[]>(Requests.topicTree, {});
    const tags = tree[tree.length - 1];
    assert.equal(tags.kind, 'tags');
    assert.deepEqual(tags.children!.map((t) => `${t.kind} ${t.label.toLowerCase()} ${t.children!.map((n) => n.label).join(',')}`),
      ['tag #kvm KVM', 'tag #qemu QEMU', 'tag #virtualization KVM,QEMU', 'tag #虚拟化/内存 KVM']);
  });

  it('workspace symbols: #query finds the tag uses', async () => {
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: '#virt' });
    assert.deepEqual(where(found.map((s) => s.location)), uses);
    assert.ok(found.every((s) => s.kind === SymbolKind.Key && s.name === '#virtualization'));
  });
});
