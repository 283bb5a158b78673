// Lint over LSP: pushed diagnostics with codes and data, code actions as workspace
// edits, and the shared config file, against the built server over stdio.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspClient, repoRoot } from './harness';

const fixture = path.join(repoRoot, 'test', 'fixtures', 'lint', 'lsp');

function copyLintFixture(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concept-notes-lint-'));
  fs.cpSync(fixture, dir, { recursive: true });
  return dir;
}

/** Applies the edits a code action makes to one file's text. */
function applyEdits(text: string, edits: TextEdit[]): string {
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  return [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start))
    .reduce((t, e) => t.slice(0, offset(e.range.start)) + e.newText + t.slice(offset(e.range.end)), text);
}

describe('LSP: lint', () => {
  let dir: string;
  let client: LspClient;
  before(async () => {
    dir = copyLintFixture();
    client = await LspClient.start(dir);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const diagnosticsOf = (file: string, code?: string) =>
    client.waitFor(`diagnostics of ${file}`, () => {
      const d = client.diagnostics.get(client.uri(file));
      if (!d) return undefined;
      const filtered = code ? d.filter((x) => x.code === code) : d;
      return filtered.length ? filtered : undefined;
    });

  const actionsFor = (file: string, diagnostic: Diagnostic, only?: string[]) =>
    client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: client.uri(file) }, range: diagnostic.range, context: { diagnostics: [diagnostic], only } });

  it('pushes diagnostics for notes never opened, with source, code and data', async () => {
    const [todo] = await diagnosticsOf('unopened.md', 'todo.marker');
    assert.equal(todo.source, 'concept-notes');
    assert.equal(todo.severity, 3);
    const [broken] = await diagnosticsOf('kvm.md', 'link.no-such-header-in-own-file');
    assert.equal((broken.data as { uri: string }).uri, client.uri('kvm.md'));
  });

  it('offers "Change to #closest-slug" for a broken CJK fragment, as a workspace edit', async () => {
    const [d] = await diagnosticsOf('kvm.md', 'link.no-such-header-in-own-file');
    const actions = await actionsFor('kvm.md', d);
    const change = actions.find((a) => a.title === 'Change to #安装步骤');
    assert.ok(change, JSON.stringify(actions.map((a) => a.title)));
    assert.equal(change.kind, 'quickfix');
    assert.deepEqual(change.diagnostics?.map((x) => x.code), ['link.no-such-header-in-own-file']);
    const edits = change.edit!.changes![client.uri('kvm.md')];
    assert.match(applyEdits(client.text('kvm.md'), edits), /\[安装\]\(#安装步骤\)/);
  });

  it('fixes file.md#frag against the other note’s headings', async () => {
    const [d] = await diagnosticsOf('kvm.md', 'link.no-such-header-in-file');
    const actions = await actionsFor('kvm.md', d);
    const edits = actions.find((a) => a.title === 'Change to #memory')!.edit!.changes![client.uri('kvm.md')];
    assert.match(applyEdits(client.text('kvm.md'), edits), /glossary\/virt\.md#memory/);
  });

  it('"Create note" creates the file through documentChanges', async () => {
    const [d] = await diagnosticsOf('kvm.md', 'link.no-such-file');
    const create = (await actionsFor('kvm.md', d)).find((a) => a.title.startsWith('Create note'))!;
    const changes = (create.edit as WorkspaceEdit).documentChanges!;
    assert.deepEqual(changes[0], { kind: 'create', uri: client.uri('new-page.md'), options: { ignoreIfExists: true } });
    assert.equal((changes[1] as { edits: TextEdit[] }).edits[0].newText, '# new-page\n');
  });

  it('removes an unused definition, and offers "fix all" when there are several', async () => {
    const unused = await diagnosticsOf('kvm.md', 'link.unused-definition');
    assert.equal(unused.length, 2);
    const actions = await actionsFor('kvm.md', unused[0]);
    assert.deepEqual(actions.map((a) => a.title), ['Remove unused link definition [a]', 'Fix all link.unused-definition problems in this file (2)']);
    const all = actions[1].edit!.changes![client.uri('kvm.md')];
    assert.ok(!/\[a\]:|\[b\]:/.test(applyEdits(client.text('kvm.md'), all)));
    const onSave = await actionsFor('kvm.md', unused[0], ['source.fixAll']);
    assert.ok(onSave.every((a) => a.kind === 'source.fixAll') && onSave.length >= 1);
  });

  it('offers "Repair encoding" as an edit the user confirms in a diff preview', async () => {
    const [d] = await diagnosticsOf('damaged.md', 'encoding.mojibake');
    const actions = await actionsFor('damaged.md', d);
    const repair = actions.find((a) => a.diagnostics?.some((x) => x.code === 'encoding.mojibake'));
    assert.ok(repair, JSON.stringify(actions.map((a) => a.title)));
    const edit = repair.edit as WorkspaceEdit;
    const annotations = Object.values(edit.changeAnnotations ?? {});
    assert.ok(annotations.length > 0 && annotations.every((a) => a.needsConfirmation), 'the repair must ask for confirmation');
    const [change] = edit.documentChanges as Array<{ textDocument: { uri: string }; edits: TextEdit[] }>;
    assert.equal(change.textDocument.uri, client.uri('damaged.md'));
    assert.match(applyEdits(client.text('damaged.md'), change.edits), /学术资源 与参考标准/);
  });

  it('offers "Link to its definition" on an unlinked concept mention', async () => {
    const at = client.position('kvm.md', 'EPT 加速', 1);
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: client.uri('kvm.md') }, range: { start: at, end: at }, context: { diagnostics: [] } });
    const link = actions.find((a) => a.title === "Link 'EPT' to its definition")!;
    assert.match(applyEdits(client.text('kvm.md'), link.edit!.changes![client.uri('kvm.md')]), /\[EPT\]\(glossary\/virt\.md#memory\) 加速/);
  });

  it('re-checks every note when .concept-notes.json changes', async () => {
    await diagnosticsOf('unopened.md', 'todo.marker');
    fs.writeFileSync(path.join(dir, '.concept-notes.json'), JSON.stringify({ severity: { todo: 'off' } }));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: client.uri('.concept-notes.json'), type: 1 }] });
    await client.waitFor('todo diagnostics to disappear', () => (client.diagnostics.get(client.uri('unopened.md'))?.length === 0 ? true : undefined));
  });
});
