import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { DocumentSymbol, SymbolInformation } from 'vscode-languageserver-protocol';
import { SymbolKind } from 'vscode-languageserver-protocol';
import { LspClient, fixturesRoot } from './harness';

describe('LSP: symbols', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start(path.join(fixturesRoot, 'basic')); });
  after(async () => { await client.stop(); });

  it('outlines a note: headings, and the concepts it defines', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri('glossary/virtualization.md') } });
    assert.equal(symbols.length, 1);
    assert.equal(symbols[0].name, '虚拟化术语');
    assert.deepEqual(symbols[0].children!.map((c) => [c.name, c.kind]), [['EPT', SymbolKind.Constant], ['vCPU', SymbolKind.Constant]]);
    assert.equal(symbols[0].children![0].detail, 'Extended Page Tables, 扩展页表');
  });

  it('nests headings by level', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: client.uri('kvm.md') } });
    assert.deepEqual(symbols.map((s) => [s.name, s.children!.map((c) => c.name)]), [['KVM 笔记', ['内存虚拟化', 'Exits']]]);
  });

  for (const query of ['扩展', 'ept']) {
    it(`workspace symbols: "${query}" finds EPT in the glossary`, async () => {
      const found = await client.request<SymbolInformation[]>('workspace/symbol', { query });
      assert.match(found[0].name, /^EPT\b/);
      assert.equal(found[0].location.uri, client.uri('glossary/virtualization.md'));
    });
  }

  it('workspace symbols: a heading query finds the heading and names its note', async () => {
    const found = await client.request<SymbolInformation[]>('workspace/symbol', { query: '隔离' });
    const heading = found.find((s) => s.name === 'cgroups 隔离');
    assert.equal(heading?.containerName, '容器');
  });
});

describe('LSP: folding ranges', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start(path.join(fixturesRoot, 'basic')); });
  after(async () => { await client.stop(); });

  it('folds the heading sections of a note', async () => {
    const ranges = await client.request<Array<{ startLine: number; endLine: number }>>('textDocument/foldingRange', { textDocument: { uri: client.uri('kvm.md') } });
    assert.deepEqual(ranges.map((r) => [r.startLine, r.endLine]), [[0, 16], [5, 12], [14, 16]]);
  });
});

describe('LSP: reference code lenses', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start(path.join(fixturesRoot, 'basic')); });
  after(async () => { await client.stop(); });

  it('"N references" on each heading, with the command that lists them', async () => {
    const uri = client.uri('containers.md');
    const lenses = await client.request<Array<{ range: { start: { line: number } }; command?: { title: string; command: string; arguments?: unknown[] } }>>('textDocument/codeLens', { textDocument: { uri } });
    assert.deepEqual(lenses.map((l) => [l.range.start.line, l.command?.title]), [[0, '1 reference'], [4, '2 references']]);
    assert.deepEqual(lenses[1].command?.arguments, [uri, { line: 4, character: 0 }]);
    assert.equal(lenses[1].command?.command, 'conceptNotes.showReferences');
  });
});
