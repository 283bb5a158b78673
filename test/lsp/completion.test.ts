import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { CompletionItem, CompletionList, InitializeResult, TextEdit } from 'vscode-languageserver-protocol';
import { CompletionItemKind } from 'vscode-languageserver-protocol';
import { LspClient, fixturesRoot, withCursor } from './harness';

describe('LSP: completion', () => {
  let client: LspClient;
  let capabilities: InitializeResult['capabilities'];
  before(async () => {
    client = LspClient.spawn(path.join(fixturesRoot, 'basic'));
    capabilities = ((await client.initialize()) as InitializeResult).capabilities;
    await client.waitForIndex();
  });
  after(async () => { await client.stop(); });

  /** Opens an unsaved note holding `source` (with a `|` cursor) and asks for completions there. */
  const complete = async (source: string): Promise<CompletionItem[]> => {
    const { text, position } = withCursor(source);
    await client.open('scratch.md', text);
    try {
      const result = await client.request<CompletionItem[] | CompletionList | null>('textDocument/completion', client.at('scratch.md', position));
      return Array.isArray(result) ? result : result?.items ?? [];
    } finally {
      await client.close('scratch.md');
    }
  };
  const inserted = (items: CompletionItem[]) => items.map((i) => (i.textEdit as TextEdit).newText).sort();

  it('announces the trigger characters', () => {
    assert.deepEqual(capabilities.completionProvider?.triggerCharacters?.slice().sort(), ['#', '(', '/', '<', '[']);
  });

  it('after ]( offers notes and folders; a folder asks for more suggestions', async () => {
    const items = await complete('Read [this](|');
    assert.deepEqual(inserted(items), ['containers.md', 'glossary/', 'kvm.md', 'qemu.md']);
    const folder = items.find((i) => i.label === 'glossary/')!;
    assert.equal(folder.kind, CompletionItemKind.Folder);
    assert.equal(folder.command?.command, 'editor.action.triggerSuggest');
  });

  it('inside a folder offers its notes, replacing only the typed part', async () => {
    const items = await complete('Read [this](glossary/vi|)');
    const item = items.find((i) => i.label === 'virtualization.md')!;
    assert.deepEqual((item.textEdit as TextEdit).range, { start: { line: 0, character: 21 }, end: { line: 0, character: 23 } });
    assert.equal(item.detail, '虚拟化术语');
  });

  it('after # offers the heading slugs of the target note', async () => {
    assert.deepEqual(inserted(await complete('See [x](containers.md#|')), ['cgroups-隔离', '容器']);
  });

  it('after [[ offers notes, and after [[note# their headings', async () => {
    const notes = await complete('See [[|');
    assert.ok(notes.some((i) => i.label === 'kvm' && i.detail === 'KVM 笔记'));
    assert.deepEqual(inserted(await complete('See [[kvm#|')), ['Exits', 'KVM 笔记', '内存虚拟化']);
  });

  it('in [text][ offers the note’s reference labels', async () => {
    assert.deepEqual(inserted(await complete('See [docs][|\n\n[kvm-notes]: kvm.md\n[spec]: https://example.com\n')), ['kvm-notes', 'spec']);
  });

  it('completes a concept prefix or alias to its canonical name', async () => {
    const byPrefix = await complete('我们用 vc|');
    assert.deepEqual(inserted(byPrefix), ['vCPU']);
    assert.equal(byPrefix[0].kind, CompletionItemKind.Constant);
    const byAlias = await complete('这里用到扩展|');
    assert.deepEqual(inserted(byAlias), ['EPT']);
    assert.deepEqual((byAlias[0].textEdit as TextEdit).range, { start: { line: 0, character: 4 }, end: { line: 0, character: 6 } });
    assert.match((byAlias[0].documentation as { value: string }).value, /二级地址转换/);
  });
});
