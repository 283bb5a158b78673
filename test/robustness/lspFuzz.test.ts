// Fuzzing over LSP: random notes and random edit sequences (full and incremental didChange)
// go into one server. It must stay alive, log no unhandled error, answer every request with
// a well-formed result, and end in the same state as a fresh server given the final texts.
// FUZZ_RUNS / FUZZ_SEED size and seed a run (`npm run fuzz` runs many more).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import type { CompletionItem, CompletionList, Diagnostic, DocumentSymbol, Hover, Location, LocationLink } from 'vscode-languageserver-protocol';
import { positionAt, removeFolder, type LspClient } from '../lsp/harness';
import { crashLines, startWatched, tempFolder, type WatchedServer } from './lspClient';
import { fuzzCase, safeOffset, type Edit } from './markdownArbitraries';
import { assertPositionInside, assertRangeInside, assertSymbolsInside, lineLengths } from './ranges';

const RUNS = Number(process.env.FUZZ_RUNS ?? 25);
const SEED = Number(process.env.FUZZ_SEED ?? 20261124);
const REQUEST_CANCELLED = -32800;

/** Where each case probes: a few fixed fractions of the text, so both servers are asked the same. */
const PROBES = [0, 0.13, 0.37, 0.5, 0.71, 0.93];

function probePositions(text: string) {
  return PROBES.map((f) => positionAt(text, safeOffset(text, f)));
}

class FuzzDocuments {
  readonly texts = new Map<string, string>();
  /** Length of the client's diagnostic log when each note last changed: fresher publishes count. */
  readonly changedAt = new Map<string, number>();
  private readonly versions = new Map<string, number>();
  constructor(private readonly client: LspClient) {}

  async open(relative: string, text: string): Promise<string> {
    this.changedAt.set(this.client.uri(relative), this.client.diagnosticLog.length);
    const uri = await this.client.open(relative, text);
    this.texts.set(uri, text);
    this.versions.set(uri, 1);
    return uri;
  }

  async apply(uri: string, edit: Edit): Promise<void> {
    const version = this.versions.get(uri)! + 1;
    this.versions.set(uri, version);
    const before = this.texts.get(uri)!;
    this.changedAt.set(uri, this.client.diagnosticLog.length);
    if (edit.kind === 'full') {
      this.texts.set(uri, edit.text);
      await this.client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: edit.text }] });
      return;
    }
    const from = safeOffset(before, edit.from);
    const to = Math.max(from, safeOffset(before, edit.to));
    const range = { start: positionAt(before, from), end: positionAt(before, to) };
    this.texts.set(uri, before.slice(0, from) + edit.text + before.slice(to));
    await this.client.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ range, text: edit.text }] });
  }
}

let requests = 0;
async function ask<R>(client: LspClient, method: string, params: unknown): Promise<R | null> {
  requests++;
  try {
    return await client.request<R>(method, params);
  } catch (error) {
    if ((error as { code?: number }).code === REQUEST_CANCELLED) return null;
    throw new Error(`${method} failed: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Every read-only request on `uri`, each answer checked against the text the server was sent. */
async function checkResponses(client: LspClient, uri: string, text: string): Promise<void> {
  const lengths = lineLengths(text);
  const doc = { textDocument: { uri } };
  const symbols = await ask<DocumentSymbol[]>(client, 'textDocument/documentSymbol', doc);
  assert.ok(Array.isArray(symbols), 'documentSymbol answers an array');
  assertSymbolsInside(symbols, lengths);
  const tokens = await ask<{ data: number[] }>(client, 'textDocument/semanticTokens/full', doc);
  if (tokens) {
    assert.equal(tokens.data.length % 5, 0, 'semantic tokens come in fives');
    let line = 0, character = 0;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl, dc, length] = tokens.data.slice(i, i + 3);
      line += dl;
      character = dl === 0 ? character + dc : dc;
      assert.ok(length > 0, 'a token has a length');
      assertPositionInside({ line, character: character + length }, lengths, 'semantic token end');
    }
  }
  for (const [i, position] of probePositions(text).entries()) {
    const at = { ...doc, position };
    const hover = await ask<Hover>(client, 'textDocument/hover', at);
    if (hover) {
      assert.equal((hover.contents as { kind: string }).kind, 'markdown');
      assert.equal(typeof (hover.contents as { value: string }).value, 'string');
      if (hover.range) assertRangeInside(hover.range, lengths, 'hover');
    }
    const definitions = await ask<Array<Location | LocationLink>>(client, 'textDocument/definition', at);
    for (const d of definitions ?? []) {
      const loc = 'targetUri' in d ? { uri: d.targetUri, range: d.targetRange } : d;
      assert.equal(typeof loc.uri, 'string');
      if (loc.uri === uri) assertRangeInside(loc.range, lengths, 'definition');
    }
    if (i % 2 === 0) {
      const completion = await ask<CompletionItem[] | CompletionList>(client, 'textDocument/completion', at);
      const items = Array.isArray(completion) ? completion : completion?.items ?? [];
      for (const item of items) {
        assert.equal(typeof item.label, 'string');
        const edit = item.textEdit;
        if (edit && 'range' in edit) assertRangeInside(edit.range, lengths, 'completion edit');
      }
    }
  }
}

/**
 * Resolves once every note has had diagnostics published since it last changed, no index
 * is running, and nothing new has arrived for a while.
 */
async function settle(client: LspClient, changedAt: Map<string, number>): Promise<void> {
  let count = -1;
  let stableSince = Date.now();
  await client.waitFor('the server to settle', () => {
    if (client.diagnosticLog.length !== count) { count = client.diagnosticLog.length; stableSince = Date.now(); }
    const idle = client.indexChanged.length === 0 || !client.indexChanged[client.indexChanged.length - 1].indexing;
    const lastPublished = new Map(client.diagnosticLog.map((e, i) => [e.uri, i] as const));
    const fresh = [...changedAt].every(([uri, at]) => (lastPublished.get(uri) ?? -1) >= at);
    return idle && fresh && Date.now() - stableSince > 1000 ? true : undefined;
  }, 120_000);
}

function diagnosticKey(d: Diagnostic): string {
  return `${d.code}@${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character} ${typeof d.message === 'string' ? d.message : d.message.value}`;
}

async function observe(client: LspClient, uri: string, text: string) {
  const doc = { textDocument: { uri } };
  const hovers = [];
  for (const position of probePositions(text)) hovers.push(await ask<Hover>(client, 'textDocument/hover', { ...doc, position }));
  return {
    diagnostics: (client.diagnostics.get(uri) ?? []).map(diagnosticKey).sort(),
    symbols: await ask<DocumentSymbol[]>(client, 'textDocument/documentSymbol', doc),
    hovers,
  };
}

describe('robustness: LSP fuzzing', function () {
  this.timeout(Math.max(120_000, RUNS * 10_000));
  let folder: string;
  let live: WatchedServer;
  let fresh: WatchedServer | undefined;

  before(async () => {
    folder = tempFolder('fuzz');
    live = await startWatched(folder);
  });
  after(async () => {
    await live?.client.stop();
    await fresh?.client.stop();
    removeFolder(folder);
  });

  it(`random notes and edits (${RUNS} cases, seed ${SEED}) never break the server, and end as a fresh index would`, async () => {
    const docs = new FuzzDocuments(live.client);
    let run = 0;
    let edits = 0;
    await fc.assert(fc.asyncProperty(fuzzCase, async (c) => {
      const prefix = `run-${run++}`;
      for (const note of c.notes) {
        const uri = await docs.open(`${prefix}/${note.name}`, note.text);
        await checkResponses(live.client, uri, note.text);
        for (const edit of note.edits) {
          await docs.apply(uri, edit);
          edits++;
          await checkResponses(live.client, uri, docs.texts.get(uri)!);
        }
      }
      assert.ok(live.alive(), 'the server process is alive');
      assert.deepEqual(crashLines(live.logs), [], 'no unhandled error was logged');
    }), { numRuns: RUNS, seed: SEED, endOnFailure: true });

    await settle(live.client, docs.changedAt);
    for (const [uri, text] of docs.texts) {
      for (const d of live.client.diagnostics.get(uri) ?? []) assertRangeInside(d.range, lineLengths(text), `diagnostic ${d.code} in ${uri}`);
    }

    // The same final texts, opened in a fresh server, give the same answers.
    fresh = await startWatched(folder);
    const freshDocs = new FuzzDocuments(fresh.client);
    for (const [uri, text] of docs.texts) await freshDocs.open(uri.slice(fresh.client.uri('').length).replace(/^\//, ''), text);
    await settle(fresh.client, freshDocs.changedAt);
    for (const [uri, text] of docs.texts) {
      assert.deepEqual(await observe(live.client, uri, text), await observe(fresh.client, uri, text), `${uri} differs from a fresh index; final text:\n${JSON.stringify(text)}`);
    }
    assert.deepEqual(crashLines([...live.logs, ...fresh.logs]), []);
    assert.equal(live.stderr(), '', 'the server wrote nothing to stderr');
    console.log(`      fuzz: ${RUNS} cases, ${docs.texts.size} notes, ${edits} edits, ${requests} requests (seed ${SEED})`);
  });
});
