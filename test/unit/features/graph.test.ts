import * as assert from 'node:assert/strict';
import { GLOSSARY, indexed } from './helpers';

const files = {
  'glossary/virt.md': GLOSSARY,
  'kvm.md': '---\ntags: [virtualization, kvm]\n---\n# KVM\n\nKVM uses EPT; see [QEMU](qemu.md) and [[containers]].\n',
  'qemu.md': '---\ntags: [virtualization]\n---\n# QEMU\n\n每个 vCPU 是一个线程。Back to [KVM](kvm.md).\n',
  'containers.md': '# Containers\n\ncgroups 与 命名空间。See [far](far.md).\n',
  'far.md': '# Far\n\nNothing links from here.\n',
};

describe('graph', () => {
  it('the workspace graph: notes, concepts and tags with link, defines, mention and tag edges', async () => {
    const { service, uri } = await indexed(files);
    const g = (await service.graph())!;
    const id = (kind: string, key: string) => `${kind}:${key}`;
    const has = (from: string, to: string, kind: string) => g.edges.some((e) => e.from === from && e.to === to && e.kind === kind);
    assert.ok(has(id('note', uri('kvm.md')), id('note', uri('qemu.md')), 'link'));
    assert.ok(has(id('note', uri('kvm.md')), id('note', uri('containers.md')), 'link'), 'wiki links are edges too');
    assert.ok(has(id('note', uri('glossary/virt.md')), id('concept', 'ept'), 'defines'));
    assert.ok(has(id('note', uri('kvm.md')), id('concept', 'ept'), 'mention'));
    assert.ok(has(id('note', uri('kvm.md')), id('tag', 'virtualization'), 'tag'));
    const tag = g.nodes.find((n) => n.id === 'tag:virtualization');
    assert.deepEqual({ label: tag?.label, weight: tag?.weight }, { label: '#virtualization', weight: 2 });
    const kvm = g.nodes.find((n) => n.id === id('note', uri('kvm.md')));
    assert.equal(kvm?.weight, 1, 'one note links to kvm.md');
    assert.match(g.nodes.find((n) => n.id === 'concept:ept')?.detail ?? '', /二级地址转换/);
    for (const e of g.edges) assert.ok(g.nodes.some((n) => n.id === e.from) && g.nodes.some((n) => n.id === e.to), `dangling edge ${e.from} → ${e.to}`);
  });

  it('a local graph keeps the nodes within depth hops of the note', async () => {
    const { service, uri } = await indexed(files);
    const ids = async (depth: number) => new Set((await service.graph({ uri: uri('far.md'), depth }))!.nodes.map((n) => n.id));
    const one = await ids(1);
    assert.deepEqual([...one].sort(), [`note:${uri('containers.md')}`, `note:${uri('far.md')}`].sort());
    const two = await ids(2);
    assert.ok(two.has(`note:${uri('kvm.md')}`) && two.has('concept:cgroups'));
    assert.ok(!two.has(`note:${uri('qemu.md')}`), 'qemu.md is three hops away');
    assert.ok((await ids(3)).has(`note:${uri('qemu.md')}`));
    assert.equal((await service.graph({ uri: uri('missing.md') }))!.nodes.length, 0);
  });

  it('is built once per index version and again after a change', async () => {
    const { service, uri } = await indexed(files);
    const first = await service.graph();
    assert.equal(await service.graph(), first);
    service.setDocumentText(uri('far.md'), '# Far\n\nNow to [KVM](kvm.md).\n');
    const after = (await service.graph())!;
    assert.ok(after.edges.some((e) => e.from === `note:${uri('far.md')}` && e.to === `note:${uri('kvm.md')}`));
  });
});
