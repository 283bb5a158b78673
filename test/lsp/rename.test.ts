import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { AnnotatedTextEdit, Range, TextDocumentEdit, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspClient, fixturesRoot, fullCapabilities } from './harness';

const basic = path.join(fixturesRoot, 'basic');

describe('LSP: rename', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start(basic); });
  after(async () => { await client.stop(); });

  const editsIn = (edit: WorkspaceEdit, file: string): AnnotatedTextEdit[] =>
    ((edit.documentChanges ?? []) as TextDocumentEdit[]).filter((d) => d.textDocument.uri === client.uri(file)).flatMap((d) => d.edits as AnnotatedTextEdit[]);

  it('prepareRename gives the heading text as the placeholder', async () => {
    const result = await client.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', client.at('containers.md', client.position('containers.md', 'cgroups 隔离', 9)));
    assert.equal(result.placeholder, 'cgroups 隔离');
    assert.deepEqual(result.range, { start: { line: 4, character: 3 }, end: { line: 4, character: 13 } });
  });

  it('workspace/willRenameFiles rewrites the links to a moved note', async () => {
    const edit = await client.request<WorkspaceEdit | null>('workspace/willRenameFiles', { files: [{ oldUri: client.uri('containers.md'), newUri: client.uri('moved/containers-2.md') }] });
    const kvm = (edit?.changes ?? {})[client.uri('kvm.md')] ?? [];
    assert.ok(kvm.length > 0, JSON.stringify(edit));
    assert.deepEqual([...new Set(kvm.map((e) => e.newText))].sort(), ['containers-2', 'moved/containers-2.md']);
  });

  it('prepareRename refuses plain prose with a message', async () => {
    await assert.rejects(
      client.request('textDocument/prepareRename', client.at('kvm.md', client.position('kvm.md', 'Every exit', 2))),
      (error: { code: number; message: string }) => /heading or a concept/.test(error.message),
    );
  });

  it('renaming a heading rewrites every #slug link to it, in other notes too', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...client.at('containers.md', client.position('containers.md', 'cgroups 隔离', 9)), newName: 'cgroups 限额' });
    assert.deepEqual(editsIn(edit, 'containers.md').map((e) => e.newText), ['cgroups 限额']);
    const kvm = editsIn(edit, 'kvm.md');
    assert.deepEqual(kvm.map((e) => [e.range.start.line, e.newText]), [[7, 'cgroups-限额'], [12, 'cgroups-限额']]);
    assert.ok(kvm.every((e) => edit.changeAnnotations![e.annotationId].needsConfirmation === false));
  });

  it('renaming a concept on its definition updates mentions, marked for review', async () => {
    const edit = await client.request<WorkspaceEdit>('textDocument/rename', { ...client.at('glossary/virtualization.md', client.position('glossary/virtualization.md', '**EPT**', 3)), newName: 'SLAT' });
    const definition = editsIn(edit, 'glossary/virtualization.md');
    assert.deepEqual(definition.map((e) => [e.range.start.line, e.range.start.character, e.newText]), [[7, 4, 'SLAT']]);
    assert.equal(edit.changeAnnotations![definition[0].annotationId].needsConfirmation, false);
    const mentions = [...editsIn(edit, 'kvm.md'), ...editsIn(edit, 'qemu.md')];
    assert.equal(mentions.length, 3);
    assert.ok(mentions.every((e) => e.newText === 'SLAT' && edit.changeAnnotations![e.annotationId].needsConfirmation === true));
  });

  it('sends plain `changes` to a client without change annotations', async () => {
    const plain = LspClient.spawn(basic);
    try {
      await plain.initialize({ capabilities: { ...fullCapabilities, workspace: { ...fullCapabilities.workspace, workspaceEdit: {} } } });
      await plain.waitForIndex();
      const edit = await plain.request<WorkspaceEdit>('textDocument/rename', { ...plain.at('kvm.md', plain.position('kvm.md', 'uses EPT', 6)), newName: 'SLAT' });
      assert.equal(edit.documentChanges, undefined);
      const changes = edit.changes as Record<string, TextEdit[]>;
      assert.equal(changes[plain.uri('kvm.md')].length, 2);
      assert.equal(changes[plain.uri('glossary/virtualization.md')].length, 1);
    } finally {
      await plain.stop();
    }
  });

  it('refuses a name that another concept already has', async () => {
    await assert.rejects(
      client.request('textDocument/rename', { ...client.at('kvm.md', client.position('kvm.md', 'uses EPT', 6)), newName: 'cgroups' }),
      (error: { message: string }) => /already names another concept/.test(error.message),
    );
  });
});
