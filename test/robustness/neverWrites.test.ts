// "Never lose a note": a full LSP session over a copy of a real corpus — every read-only
// request, every code action computed and resolved, renames prepared and computed but not
// applied — leaves every file byte-for-byte as it was, and creates none.
import * as assert from 'node:assert/strict';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { CodeAction, Diagnostic, DocumentSymbol, Position } from 'vscode-languageserver-protocol';
import { removeFolder } from '../lsp/harness';
import { corpusDescribe, sharedPath } from '../corpusTier';
import { startWatched, tempFolder, crashLines, type WatchedServer } from './lspClient';

const CORPUS = sharedPath('corpora', 'feiskyer-k8s-handbook');
/** Requests that may refuse a position (an error answer is how they say no). */
const MAY_REFUSE = new Set(['textDocument/prepareRename', 'textDocument/rename']);
const NOTES_TO_EXERCISE = 40;

/** Every entry under `root` (files, folders, links) with a sha256 of each file's bytes. */
function fingerprint(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      const rel = path.relative(root, full);
      if (entry.isSymbolicLink()) out.set(rel, 'link:' + fs.readlinkSync(full));
      else if (entry.isDirectory()) { out.set(rel + '/', 'dir'); walk(full); }
      else out.set(rel, crypto.createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
    }
  };
  walk(root);
  return out;
}

function notesUnder(root: string): string[] {
  return [...fingerprint(root).keys()].filter((rel) => /\.md$/i.test(rel)).sort();
}

/** A few interesting positions: headings, links, the first concept tokens, and the start. */
function probePositions(text: string, symbols: DocumentSymbol[], tokens: number[]): Position[] {
  const positions: Position[] = [{ line: 0, character: 0 }];
  const flat = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap((s) => [s, ...flat(s.children ?? [])]);
  for (const s of flat(symbols).slice(0, 4)) positions.push(s.selectionRange.start);
  const lines = text.split(/\r\n|\r|\n/);
  let links = 0;
  for (let line = 0; line < lines.length && links < 4; line++) {
    const at = lines[line].indexOf('](');
    if (at > 0) { positions.push({ line, character: at - 1 }, { line, character: at + 3 }); links++; }
  }
  let line = 0, character = 0;
  for (let i = 0; i + 4 < tokens.length && i < 5 * 4; i += 5) {
    line += tokens[i];
    character = tokens[i] === 0 ? character + tokens[i + 1] : tokens[i + 1];
    positions.push({ line, character });
  }
  return positions;
}

corpusDescribe('robustness: a full LSP session never writes a note', function () {
  this.timeout(300_000);
  let folder: string;
  let server: WatchedServer;

  before(function () {
    folder = tempFolder('never-writes');
    fs.cpSync(CORPUS, folder, { recursive: true });
  });
  after(async () => {
    await server?.client.stop();
    removeFolder(folder);
  });

  it('leaves every file and the folder listing unchanged', async () => {
    const before = fingerprint(folder);
    server = await startWatched(folder);
    const { client } = server;
    const notes = notesUnder(folder);
    await client.waitFor('diagnostics for every note', () => (notes.every((rel) => client.diagnostics.has(client.uri(rel))) ? true : undefined), 120_000);
    // Notes with problems first (their code actions are the likeliest to write), then a spread of the rest.
    const withProblems = notes.filter((rel) => (client.diagnostics.get(client.uri(rel)) ?? []).length > 0).slice(0, NOTES_TO_EXERCISE / 2);
    const rest = notes.filter((rel) => !withProblems.includes(rel));
    const step = Math.max(1, Math.floor(rest.length / (NOTES_TO_EXERCISE - withProblems.length)));
    const chosen = [...withProblems, ...rest.filter((_, i) => i % step === 0)].slice(0, NOTES_TO_EXERCISE);
    const counts = { requests: 0, codeActions: 0, withEdits: 0, resolved: 0, renames: 0, refused: 0 };
    const failures: string[] = [];
    const ask = async <R>(method: string, params: unknown): Promise<R | undefined> => {
      counts.requests++;
      try { return await client.request<R>(method, params); } catch (error) {
        if (MAY_REFUSE.has(method)) counts.refused++;
        else failures.push(`${method}: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      }
    };
    // Actions come complete unless the server says it resolves them; either way each carries what it would do.
    const resolves = !!(client.initializeResult?.capabilities.codeActionProvider as { resolveProvider?: boolean } | undefined)?.resolveProvider;
    const actOn = async (actions: CodeAction[] | undefined) => {
      for (const listed of actions ?? []) {
        counts.codeActions++;
        const action = resolves ? await ask<CodeAction>('codeAction/resolve', listed) : listed;
        if (resolves && action) counts.resolved++;
        if (action?.edit || action?.command) counts.withEdits++;
        else failures.push(`code action without an edit: ${listed.title}`);
      }
    };

    for (const rel of chosen) {
      const uri = await client.open(rel);
      const doc = { textDocument: { uri } };
      const symbols = (await ask<DocumentSymbol[]>('textDocument/documentSymbol', doc)) ?? [];
      const tokens = (await ask<{ data: number[] }>('textDocument/semanticTokens/full', doc))?.data ?? [];
      await ask('textDocument/semanticTokens/range', { ...doc, range: { start: { line: 0, character: 0 }, end: { line: 40, character: 0 } } });
      for (const position of probePositions(client.text(rel), symbols, tokens)) {
        const at = { ...doc, position };
        await ask('textDocument/hover', at);
        await ask('textDocument/definition', at);
        await ask('textDocument/references', { ...at, context: { includeDeclaration: true } });
        await ask('textDocument/completion', at);
        await actOn(await ask<CodeAction[]>('textDocument/codeAction', { ...doc, range: { start: position, end: position }, context: { diagnostics: [] } }));
        const prepared = await ask<{ placeholder?: string } | null>('textDocument/prepareRename', at);
        if (prepared) {
          counts.renames++;
          await ask('textDocument/rename', { ...at, newName: `${prepared.placeholder ?? 'x'} renamed` });
        }
      }
      const diagnostics: Diagnostic[] = client.diagnostics.get(uri) ?? [];
      for (const diagnostic of diagnostics) {
        await actOn(await ask<CodeAction[]>('textDocument/codeAction', { ...doc, range: diagnostic.range, context: { diagnostics: [diagnostic] } }));
      }
      await actOn(await ask<CodeAction[]>('textDocument/codeAction', { ...doc, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [], only: ['source.fixAll'] } }));
      await ask('workspace/symbol', { query: rel.slice(0, 3) });
      await client.close(rel);
    }
    await ask('conceptNotes/topicTree', {});
    await ask('conceptNotes/concepts', {});
    assert.ok(server.alive(), 'the server is still running');
    assert.deepEqual(crashLines(server.logs), []);
    await client.stop();
    console.log(`      ${chosen.length} notes, ${counts.requests} requests, ${counts.codeActions} code actions (${counts.withEdits} with edits, ${counts.resolved} resolved), ${counts.renames} renames computed, ${counts.refused} refused`);

    assert.deepEqual(failures, [], 'no request failed and every code action carries its edit');
    assert.ok(counts.codeActions > 0, 'some code actions were computed');
    assert.ok(counts.renames > 0, 'some renames were computed');
    assert.ok(!client.serverRequests.includes('workspace/applyEdit'), 'the server never asked to apply an edit');
    const after = fingerprint(folder);
    const changed = [...after].filter(([rel, hash]) => before.get(rel) !== hash).map(([rel]) => rel);
    const removed = [...before.keys()].filter((rel) => !after.has(rel));
    assert.deepEqual({ changed, removed }, { changed: [], removed: [] }, 'no file changed, appeared or disappeared');
  });
});
