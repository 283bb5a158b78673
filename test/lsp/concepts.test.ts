import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { LspClient, fixturesRoot } from './harness';
import { Requests, type ConceptSummary } from '../../shared/protocol';

describe('LSP: conceptNotes/concepts', () => {
  let client: LspClient;
  before(async () => { client = await LspClient.start(path.join(fixturesRoot, 'basic')); });
  after(async () => { await client.stop(); });

  it('lists each concept once, with aliases, definition and the definition location', async () => {
    const concepts = await client.request<ConceptSummary[]>(Requests.concepts, {});
    const ept = concepts.filter((c) => c.name === 'EPT');
    assert.equal(ept.length, 1, 'EPT is listed exactly once');
    assert.deepEqual(ept[0].aliases, ['Extended Page Tables', '扩展页表']);
    assert.match(ept[0].definition, /二级地址转换/);
    assert.equal(ept[0].uri, client.uri('glossary/virtualization.md'));
    assert.equal(ept[0].range.start.line, 7);
  });

  it('counts mentions across all notes, not on the lines that define the concept', async () => {
    const concepts = await client.request<ConceptSummary[]>(Requests.concepts, {});
    // kvm.md: 2; qemu.md: 1 (the glossary line naming EPT and its aliases does not count).
    assert.equal(concepts.find((c) => c.name === 'EPT')?.mentions, 3);
    // kvm.md: 1; qemu.md: 1 (qemu.md's own `**vCPU**：` line is a second definition).
    assert.equal(concepts.find((c) => c.name === 'vCPU')?.mentions, 2);
  });

  it('finds a concept by its Chinese alias among all the others', async () => {
    const concepts = await client.request<ConceptSummary[]>(Requests.concepts, {});
    const cgroups = concepts.find((c) => c.aliases.includes('控制组'));
    assert.equal(cgroups?.name, 'cgroups');
    assert.equal(cgroups?.uri, client.uri('glossary/containers.md'));
    const names = new Set(concepts.map((c) => c.name));
    assert.equal(names.size, concepts.length, 'no concept is listed twice');
  });
});
