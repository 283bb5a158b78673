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
    const id = (kind: string, key: string) => g.nodes.find((n) => n.kind === kind && (kind === 'note' ? n.uri === key : kind === 'tag' ? n.label === `#${key}` : n.label.toLowerCase() === key))?.id ?? `missing ${kind} ${key}`;
    const has = (from: string, to: string, kind: string) => g.edges.some((e) => e.from === from && e.to === to && e.kind === kind);
    assert.ok(has(id('note', uri('kvm.md')), id('note', uri('qemu.md')), 'link'));
    assert.ok(has(id('note', uri('kvm.md')), id('note', uri('containers.md')), 'link'), 'wiki links are edges too');
    assert.ok(has(id('note', uri('glossary/virt.md')), id('concept', 'ept'), 'defines'));
    assert.ok(has(id('note', uri('kvm.md')), id('concept', 'ept'), 'mention'));
    assert.ok(has(id('note', uri('kvm.md')), id('tag', 'virtualization'), 'tag'));
    const tag = g.nodes.find((n) => n.id === id('tag', 'virtualization'));
    assert.deepEqual({ label: tag?.label, weight: tag?.weight }, { label: '#virtualization', weight: 2 });
    const kvm = g.nodes.find((n) => n.id === id('note', uri('kvm.md')));
    assert.equal(kvm?.weight, 1, 'one note links to kvm.md');
    assert.match(g.nodes.find((n) => n.id === id('concept', 'ept'))?.detail ?? '', /二级地址转换/);
    for (const e of g.edges) assert.ok(g.nodes.some((n) => n.id === e.from) && g.nodes.some((n) => n.id === e.to), `dangling edge ${e.from} → ${e.to}`);
  });

  it('a local graph keeps the nodes within depth hops of the note', async () => {
    const { service, uri } = await indexed(files);
    // Nodes by what they are: a note by its URI, a concept by its name.
    const keys = async (depth: number) => new Set((await service.graph({ uri: uri('far.md'), depth }))!.nodes.map((n) => n.uri && n.kind === 'note' ? n.uri : n.label));
    const one = await keys(1);
    assert.deepEqual([...one].sort(), [uri('containers.md'), uri('far.md')].sort());
    const two = await keys(2);
    assert.ok(two.has(uri('kvm.md')) && two.has('cgroups'));
    assert.ok(!two.has(uri('qemu.md')), 'qemu.md is three hops away');
    assert.ok((await keys(3)).has(uri('qemu.md')));
    assert.equal((await service.graph({ uri: uri('missing.md') }))!.nodes.length, 0);
  });

  it('is built once per index version and again after a change', async () => {
    const { service, uri } = await indexed(files);
    const first = await service.graph();
    assert.equal(await service.graph(), first);
    service.setDocumentText(uri('far.md'), '# Far\n\nNow to [KVM](kvm.md).\n');
    const after = (await service.graph())!;
    const noteId = (u: string) => after.nodes.find((n) => n.uri === u && n.kind === 'note')?.id;
    assert.ok(after.edges.some((e) => e.from === noteId(uri('far.md')) && e.to === noteId(uri('kvm.md'))));
  });
});
