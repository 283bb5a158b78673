import * as assert from 'node:assert/strict';
import { GLOSSARY, indexed } from './helpers';
import { applyTextEdits } from '../../../server/src/core/fixes/applyEdits';

const termsOf = async (files: Record<string, string>, minCount = 2) => {
  const { service } = await indexed(files);
  const gaps = await service.knowledgeGaps({ minCount, maxTerms: 100 });
  assert.ok(gaps, 'gaps were cancelled');
  return gaps;
};

describe('knowledge gaps', () => {
  it('finds acronyms, CamelCase, backticked and product names used but never defined, most used first', async () => {
    const gaps = await termsOf({
      'glossary/virt.md': GLOSSARY,
      'a.md': '# A\n\nEPT 由 IOMMU 配合使用。kHypervisor 是一个 hypervisor，IOMMU 也用于 `vfio-pci`。\n\nAWS Nitro runs guests, and the Nitro cards too.\n',
      'b.md': '# B\n\nIOMMU 的 DMA 重映射，kHypervisor 的 EPT 支持，`vfio-pci` 驱动。\n',
    });
    const byTerm = new Map(gaps.undefined.map((t) => [t.term, t]));
    assert.equal(byTerm.get('IOMMU')?.count, 3);
    assert.equal(byTerm.get('IOMMU')?.shape, 'acronym');
    assert.equal(byTerm.get('kHypervisor')?.shape, 'camel-case');
    assert.equal(byTerm.get('vfio-pci')?.shape, 'code-name');
    assert.equal(byTerm.get('Nitro')?.shape, 'proper-name');
    assert.deepEqual(byTerm.get('IOMMU')?.notes.map((u) => u.split('/').pop()), ['a.md', 'b.md']);
    assert.equal(gaps.undefined[0].term, 'IOMMU', 'most used first');
    // Defined concepts are no gaps, whichever spelling the prose uses.
    assert.ok(!byTerm.has('EPT'));
    assert.ok(!byTerm.has('DMA'), 'DMA is used once: below the minimum count');
  });

  it('reads a line of bare names in a Chinese note, but not English sentences', async () => {
    const gaps = await termsOf({
      'dapr.md': '# 运行时\n\n容器运行时有很多实现，这里只列出名字，以后再逐个查找它们的出处和定义。\n\nruncx runvx\n\nThe runtime works with guests.\n',
    }, 1);
    const terms = gaps.undefined.map((t) => t.term);
    assert.ok(terms.includes('runcx') && terms.includes('runvx'), terms.join(', '));
    for (const word of ['runtime', 'works', 'guests']) assert.ok(!terms.includes(word), `${word}: words of English sentences are not names`);
  });

  it('ignores code blocks, URLs, link texts and the defined terms', async () => {
    const gaps = await termsOf({
      'a.md': [
        '# Notes', '',
        '```', 'QEMUX QEMUX QEMUX', '```', '',
        'See https://example.com/FOOBAR and https://example.com/FOOBAR.', '',
        '[ZZTOP 博客](https://example.com) and [ZZTOP 博客](https://example.com)', '',
        '- **VMCS** (Virtual Machine Control Structure)：VT-x 的控制结构。', '',
        'VMCS 保存状态，VMCS 很重要。', '',
      ].join('\n'),
    });
    const terms = gaps.undefined.map((t) => t.term);
    for (const hidden of ['QEMUX', 'FOOBAR', 'ZZTOP', 'VMCS']) assert.ok(!terms.includes(hidden), `${hidden} in ${terms.join(', ')}`);
  });

  it('counts CJK domain words from the dictionary but not everyday words', async () => {
    const gaps = await termsOf({ 'a.md': '# 笔记\n\n页表和页表项。问题很多，问题不少。\n\n页表的结构。\n' });
    const terms = gaps.undefined.map((t) => t.term);
    assert.ok(terms.includes('页表'), terms.join(', '));
    assert.ok(!terms.includes('问题'), 'an everyday word is no gap');
  });

  it('lists concepts defined but mentioned nowhere else', async () => {
    const gaps = await termsOf({
      'glossary/virt.md': GLOSSARY,
      'a.md': '# A\n\nEPT 与 vCPU。\n',
    });
    const names = gaps.unmentioned.map((c) => c.name).sort();
    assert.deepEqual(names, ['cgroups', '命名空间']);
  });

  it('answers again from its last result while nothing changed, and anew after an edit', async () => {
    const { service, uri } = await indexed({ 'a.md': '# A\n\nIOMMU IOMMU\n' });
    const first = await service.knowledgeGaps();
    assert.equal(await service.knowledgeGaps(), first);
    service.setDocumentText(uri('a.md'), '# A\n\nIOMMU IOMMU IOMMU\n');
    const after = await service.knowledgeGaps();
    assert.notEqual(after, first);
    assert.equal(after?.undefined.find((t) => t.term === 'IOMMU')?.count, 3);
  });

  it('stops when cancelled', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 200; i++) files[`n${i}.md`] = `# N${i}\n\nIOMMU ${i}\n`;
    const { service } = await indexed(files);
    assert.equal(await service.knowledgeGaps(undefined, { isCancellationRequested: true }), undefined);
  });
});

describe('add to glossary', () => {
  it('appends a definition stub to the glossary of the topic the term is used in', async () => {
    const { service, uri } = await indexed({
      'glossary/containers.md': '# 容器术语\n\n- **runc**：OCI 运行时。\n',
      'glossary/virtualization.md': '# 虚拟化术语\n\n- **EPT**：二级地址转换。',
      'virtualization/kvm.md': '# KVM\n\nkHypervisor kHypervisor\n',
    });
    const stub = service.glossaryStub('kHypervisor', uri('virtualization/kvm.md'));
    assert.equal(stub?.glossaryUri, uri('glossary/virtualization.md'));
    const glossary = service.getNote(uri('glossary/virtualization.md'))!;
    const after = applyTextEdits(glossary.text, stub!.edit.changes[glossary.uri]);
    assert.equal(after, '# 虚拟化术语\n\n- **EPT**：二级地址转换。\n- **kHypervisor**：(definition to write)\n');
    // The stub is a definition the index reads: the gap closes once the edit is applied.
    service.setDocumentText(glossary.uri, after);
    assert.ok(service.concept('kHypervisor'));
    assert.ok(!(await service.knowledgeGaps())?.undefined.some((t) => t.term === 'kHypervisor'));
  });

  it('creates a glossary note when the workspace has none, and refuses names that would break the line', async () => {
    const { service, uri } = await indexed({ 'a.md': '# A\n\nIOMMU IOMMU\n' });
    const stub = service.glossaryStub('IOMMU', uri('a.md'));
    assert.deepEqual(stub?.edit.createFiles, [uri('glossary.md')]);
    assert.match(stub!.edit.changes[uri('glossary.md')][0].newText, /^# Glossary\n\n- \*\*IOMMU\*\*：/);
    assert.equal(service.glossaryStub('a**b', uri('a.md')), undefined);
    assert.equal(service.glossaryStub('  ', uri('a.md')), undefined);
  });
});
