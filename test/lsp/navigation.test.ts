import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import type { Location } from 'vscode-languageserver-protocol';
import { LspClient, fixturesRoot } from './harness';

describe('LSP: definition and references', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start(path.join(fixturesRoot, 'basic')); });
  after(async () => { await client.stop(); });

  const definition = (file: string, needle: string, offset: number) =>
    client.request<Location[]>('textDocument/definition', client.at(file, client.position(file, needle, offset)));
  const references = (file: string, needle: string, offset: number, includeDeclaration = false) =>
    client.request<Location[]>('textDocument/references', { ...client.at(file, client.position(file, needle, offset)), context: { includeDeclaration } });
  const where = (locations: Location[]) => locations.map((l) => `${path.relative(client.root, new URL(l.uri).pathname)}:${l.range.start.line}`).sort();

  describe('definition', () => {
    it('goes from EPT in prose to the glossary entry', async () => {
      const locations = await definition('kvm.md', 'uses EPT', 6);
      assert.deepEqual(locations, [{ uri: client.uri('glossary/virtualization.md'), range: { start: { line: 7, character: 4 }, end: { line: 7, character: 7 } } }]);
    });

    it('goes from 命名空间 glued to other text to its entry', async () => {
      assert.deepEqual(where(await definition('kvm.md', 'explains 命名空间', 11)), ['glossary/containers.md:3']);
    });

    it('offers both places for a concept defined twice', async () => {
      assert.deepEqual(where(await definition('kvm.md', '每个 vCPU', 4)), ['glossary/virtualization.md:8', 'qemu.md:2']);
    });

    it('follows a link to a heading in another note', async () => {
      const [target] = await definition('kvm.md', 'containers.md#cgroups-隔离)', 3);
      assert.equal(target.uri, client.uri('containers.md'));
      assert.equal(target.range.start.line, 4);
    });

    it('follows a wiki link to its note and a same-note #fragment to its heading', async () => {
      assert.deepEqual(where(await definition('kvm.md', '[[containers]]', 4)), ['containers.md:0']);
      assert.deepEqual(where(await definition('kvm.md', '(#内存虚拟化)', 3)), ['kvm.md:5']);
      assert.deepEqual(where(await definition('containers.md', '[[kvm#内存虚拟化]]', 4)), ['kvm.md:5']);
    });

    it('goes from a reference label to its definition line', async () => {
      assert.deepEqual(where(await definition('kvm.md', '[isolation][iso]', 13)), ['kvm.md:12']);
    });

    it('returns nothing on plain prose', async () => {
      assert.deepEqual(await definition('kvm.md', 'Every exit', 2), []);
    });
  });

  describe('references', () => {
    it('finds every mention of EPT across the workspace, from a mention', async () => {
      assert.deepEqual(where(await references('kvm.md', 'uses EPT', 6)), ['kvm.md:2', 'kvm.md:3', 'qemu.md:4']);
    });

    it('includes the definition when asked', async () => {
      const found = where(await references('glossary/virtualization.md', '**EPT**', 3, true));
      assert.ok(found.includes('glossary/virtualization.md:7'));
      assert.equal(found.filter((f) => f.startsWith('kvm.md')).length, 2);
    });

    it('finds every link to a heading: inline, reference definition and wiki', async () => {
      assert.deepEqual(where(await references('containers.md', '## cgroups 隔离', 12)), ['kvm.md:10', 'kvm.md:7']);
      assert.deepEqual(where(await references('kvm.md', '## 内存虚拟化', 4)), ['containers.md:6', 'kvm.md:9']);
    });
  });
});
