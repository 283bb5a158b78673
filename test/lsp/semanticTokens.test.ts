import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { InitializeResult, SemanticTokens, SemanticTokensLegend } from 'vscode-languageserver-protocol';
import { LspClient, fixturesRoot, copyFixture, removeFolder } from './harness';

/** Decodes the relative 5-tuples of the wire format into absolute tokens. */
function decode(tokens: SemanticTokens, legend: SemanticTokensLegend) {
  const out: Array<{ line: number; character: number; length: number; type: string; modifiers: string[] }> = [];
  let line = 0;
  let character = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dLine, dChar, length, type, mods] = tokens.data.slice(i, i + 5);
    line += dLine;
    character = dLine === 0 ? character + dChar : dChar;
    out.push({ line, character, length, type: legend.tokenTypes[type], modifiers: legend.tokenModifiers.filter((_, bit) => mods & (1 << bit)) });
  }
  return out;
}

describe('LSP: semantic tokens', () => {
  let client: LspClient;
  let legend: SemanticTokensLegend;
  before(async () => {
    client = LspClient.spawn(path.join(fixturesRoot, 'basic'));
    legend = ((await client.initialize()) as InitializeResult).capabilities.semanticTokensProvider!.legend;
    await client.waitForIndex();
  });
  after(async () => { await client.stop(); });

  const tokensOf = async (file: string, text = client.text(file)) => {
    const tokens = decode(await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: client.uri(file) } }), legend);
    return tokens.map((t) => ({ ...t, text: text.split('\n')[t.line].slice(t.character, t.character + t.length) }));
  };

  it('declares the conceptMention token type', () => {
    assert.deepEqual(legend.tokenTypes, ['conceptMention']);
    assert.deepEqual(legend.tokenModifiers, ['declaration']);
  });

  it('marks each concept mention in prose, including ones glued to CJK text', async () => {
    const tokens = await tokensOf('kvm.md');
    assert.deepEqual(tokens.map((t) => t.text), ['EPT', 'vCPU', 'EPT', '命名空间', 'cgroups']);
    assert.ok(tokens.every((t) => t.type === 'conceptMention' && t.modifiers.length === 0));
  });

  it('marks the names at a definition as declarations', async () => {
    const tokens = await tokensOf('glossary/virtualization.md');
    const declared = tokens.filter((t) => t.modifiers.includes('declaration')).map((t) => t.text);
    assert.deepEqual(declared, ['EPT', 'Extended Page Tables', '扩展页表', 'vCPU', 'virtual CPU', '虚拟 CPU']);
  });

  it('answers a range request with the tokens inside it', async () => {
    const result = await client.request<SemanticTokens>('textDocument/semanticTokens/range', {
      textDocument: { uri: client.uri('kvm.md') }, range: { start: { line: 3, character: 0 }, end: { line: 4, character: 0 } },
    });
    assert.deepEqual(decode(result, legend).map((t) => t.line), [3, 3]);
  });
});

describe('LSP: semantic tokens refresh and setting', () => {
  let folder: string;
  let client: LspClient | undefined;
  beforeEach(() => { folder = copyFixture('basic'); });
  afterEach(async () => { await client?.stop(); client = undefined; removeFolder(folder); });

  it('asks the editor to refresh when the concept set changes', async () => {
    client = await LspClient.start(folder);
    const refreshes = () => client!.serverRequests.filter((m) => m === 'workspace/semanticTokens/refresh').length;
    // The first index defines every concept, so one refresh always follows it.
    await client.waitFor('the refresh after indexing', () => refreshes() >= 1 || undefined);
    const before = refreshes();
    await client.open('glossary/containers.md');
    await client.change('glossary/containers.md', client.text('glossary/containers.md') + '- **Pod**：Kubernetes 调度的最小单位。\n');
    await client.waitFor('a semantic tokens refresh', () => refreshes() > before || undefined);
  });

  it('marks nothing when conceptNotes.highlightMentions is off', async () => {
    client = await LspClient.start(folder, { settings: { highlightMentions: false } });
    const tokens = await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: client.uri('kvm.md') } });
    assert.deepEqual(tokens.data, []);
  });
});
