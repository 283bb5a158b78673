import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LSPErrorCodes, type Hover, type Location, type MarkupContent } from 'vscode-languageserver-protocol';
import { LspClient, removeFolder } from './harness';

const NOTES = 600;

/** A workspace big enough that indexing it and searching it takes many turns of the event loop. */
function generatedWorkspace(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'concept-notes-many-'));
  fs.mkdirSync(path.join(folder, 'glossary'));
  fs.writeFileSync(path.join(folder, 'glossary', 'terms.md'), '# Terms\n\n- **EPT** (Extended Page Tables, 扩展页表)：二级地址转换。\n');
  for (let i = 0; i < NOTES; i++) {
    const body = Array.from({ length: 20 }, (_, j) => `第 ${j} 段：EPT 与 [下一篇](note-${(i + 1) % NOTES}.md#section-${j}) 有关。`).join('\n\n');
    const headings = Array.from({ length: 20 }, (_, j) => `## Section ${j}\n`).join('\n');
    fs.writeFileSync(path.join(folder, `note-${i}.md`), `# Note ${i}\n\n${body}\n\n${headings}`);
  }
  return folder;
}

describe('LSP: cancellation and answering during indexing', () => {
  let folder: string;
  before(() => { folder = generatedWorkspace(); });
  after(() => removeFolder(folder));

  it('stops a workspace-wide references search when it is cancelled', async () => {
    const client = await LspClient.start(folder);
    try {
      // Mentions of a concept: every note is searched, which takes many turns of the event loop.
      // (Links to a heading come from the link graph: too quick to be cancelled.)
      const params = { ...client.at('note-1.md', client.position('note-1.md', 'EPT 与', 1)), context: { includeDeclaration: false } };
      const all = await client.request<Location[]>('textDocument/references', params);
      assert.equal(all.length, NOTES * 20, 'uncancelled, the search finds every mention');
      // The request and its $/cancelRequest arrive together: the search sees the cancellation at its first yield.
      const answer = await client.requestCancelledOnArrival('textDocument/references', params);
      assert.equal(answer.error?.code, LSPErrorCodes.RequestCancelled, JSON.stringify(answer).slice(0, 200));
    } finally {
      await client.stop();
    }
  });

  it('answers a cancelled code action, hover, definition, completion or prepareRename with RequestCancelled, not an empty list', async () => {
    const client = await LspClient.start(folder);
    try {
      const uri = client.uri('note-1.md');
      const range = { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } };
      const uncancelled = await client.request<unknown[]>('textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } });
      assert.ok(Array.isArray(uncancelled));
      const at = client.at('note-1.md', client.position('note-1.md', 'EPT 与', 1));
      for (const [method, params] of [
        ['textDocument/codeAction', { textDocument: { uri }, range, context: { diagnostics: [] } }],
        ['textDocument/hover', at],
        ['textDocument/definition', at],
        ['textDocument/completion', at],
        ['textDocument/prepareRename', at],
      ] as const) {
        const answer = await client.requestCancelledOnArrival(method, params);
        assert.equal(answer.error?.code, LSPErrorCodes.RequestCancelled, `${method} answered ${JSON.stringify(answer)}`);
      }
    } finally {
      await client.stop();
    }
  });

  it('answers hovers from the current index while the workspace is still being indexed', async () => {
    const client = LspClient.spawn(folder);
    try {
      await client.initialize();
      // An open note defines and mentions its own concept, so it can be hovered before the rest is read.
      await client.open('draft.md', '**vmexit**：客户机退出到宿主机。\n\nEvery vmexit costs time.\n');
      const position = client.position('draft.md', 'Every vmexit', 7);
      const answered: boolean[] = [];
      while (!client.indexChanged.some((e) => !e.indexing)) {
        const hover = await client.request<Hover | null>('textDocument/hover', client.at('draft.md', position));
        const stillIndexing = !client.indexChanged.some((e) => !e.indexing);
        if (stillIndexing) answered.push(((hover?.contents as MarkupContent | undefined)?.value ?? '').includes('客户机退出到宿主机'));
      }
      // A server that held hovers until the index was complete would answer none of them while indexing.
      // How many fit depends on the machine's load, so one is the bar.
      assert.ok(answered.length >= 1, 'no hover was answered while indexing');
      assert.ok(answered.every(Boolean), 'every hover during indexing found the concept');
    } finally {
      await client.stop();
    }
  });
});
