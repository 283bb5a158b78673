// Hostile files over LSP: indexed from disk, then opened as editor text one by one. After
// each, hover and documentSymbol still answer (for it and for a healthy note), the server
// process is alive, and what happened was logged or published as a diagnostic.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol';
import { removeFolder } from '../lsp/harness';
import { decodeNoteBytes } from '../../server/src/core/text/decode';
import { hostileInputs } from './hostileInputs';
import { crashLines, startWatched, tempFolder, type WatchedServer } from './lspClient';
import { assertRangeInside, assertSymbolsInside, lineLengths } from './ranges';

const OK_NOTE = '# Ok\n\n**容器**：一种隔离进程的技术。\n\n容器 again.\n';
const fileOf = (i: number) => `bad-${String(i).padStart(2, '0')}.md`;

describe('robustness: hostile files over LSP', function () {
  this.timeout(300_000);
  let folder: string;
  let server: WatchedServer;

  before(async () => {
    folder = tempFolder('hostile');
    fs.writeFileSync(path.join(folder, 'ok.md'), OK_NOTE);
    hostileInputs.forEach((input, i) => fs.writeFileSync(path.join(folder, fileOf(i)), input.bytes()));
    server = await startWatched(folder, { indexTimeoutMs: 240_000 });
  });
  after(async () => {
    await server?.client.stop();
    removeFolder(folder);
  });

  async function stillServes(relative: string, text: string): Promise<void> {
    const { client } = server;
    const lengths = lineLengths(text);
    const hover = await client.request<Hover | null>('textDocument/hover', client.at(relative, { line: 0, character: Math.min(2, lengths[0]) }));
    if (hover?.range) assertRangeInside(hover.range, lengths, 'hover');
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri(relative) } });
    assert.ok(Array.isArray(symbols));
    assertSymbolsInside(symbols, lengths);
    const okHover = await client.request<Hover | null>('textDocument/hover', client.at('ok.md', { line: 4, character: 1 }));
    assert.match(JSON.stringify(okHover?.contents ?? ''), /隔离进程/, `a healthy note still answers after ${relative}`);
    assert.ok(server.alive(), 'the server process is alive');
  }

  it('indexes every hostile file from disk and says what it did with it', async () => {
    for (const [i, input] of hostileInputs.entries()) {
      const relative = fileOf(i);
      await stillServes(relative, decodeNoteBytes(input.bytes()).text);
      if (!input.message) continue;
      const uri = server.client.uri(relative);
      const logged = server.logs.filter((l) => l.includes(relative));
      const published = (server.client.diagnostics.get(uri) ?? []).map((d) => (typeof d.message === 'string' ? d.message : d.message.value));
      assert.ok([...logged, ...published].some((m) => input.message!.test(m)),
        `${input.name}: nothing logged or published matches ${input.message} (log: ${JSON.stringify(logged.map((l) => l.slice(0, 160)))})`);
    }
  });

  it('takes each hostile text through didOpen and keeps serving', async () => {
    for (const [i, input] of hostileInputs.entries()) {
      const relative = fileOf(i);
      const bytes = input.bytes();
      const text = input.isText ? decodeNoteBytes(bytes).text : new TextDecoder('utf-8').decode(bytes);
      await server.client.open(relative, text);
      await stillServes(relative, text);
      await server.client.close(relative);
    }
    assert.deepEqual(crashLines(server.logs), []);
    assert.equal(server.stderr(), '');
  });
});
