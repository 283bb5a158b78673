import * as assert from 'node:assert/strict';
import { GLOSSARY, indexed } from './helpers';

const files = {
  'glossary/virt.md': GLOSSARY,
  'kvm.md': '# KVM\n\n## 内存虚拟化\n\nKVM uses EPT. See [exits](#exits).\n\n## Exits\n\nNone yet.\n',
  'qemu.md': '# QEMU\n\nSee [KVM](kvm.md), [memory](kvm.md#内存虚拟化), [[kvm#Exits]], [lost](kvm.md#nothing) and [again][m].\n\n[m]: kvm.md#内存虚拟化\n',
  'notes.md': '# Notes\n\nEPT and vCPU, and EPT again.\n',
};

describe('reference code lenses', () => {
  it('counts the links to each heading, the links to the note on its title, and a concept definition\'s mentions', async () => {
    const { service, uri } = await indexed(files);
    const lenses = (await service.referenceLenses(uri('kvm.md')))!;
    assert.deepEqual(lenses.map((l) => [l.kind, l.range.start.line, l.count]), [
      ['heading', 0, 1],  // [KVM](kvm.md)
      ['heading', 2, 2],  // an inline and a reference link
      ['heading', 6, 2],  // the wiki link by heading text and the note's own #exits
    ]);
    const glossary = (await service.referenceLenses(uri('glossary/virt.md')))!;
    const ept = glossary.find((l) => l.kind === 'concept' && service.getNote(uri('glossary/virt.md'))!.text.split('\n')[l.range.start.line].includes('**EPT**'));
    assert.ok(ept, 'a lens on the EPT definition');
    assert.equal(ept.count, 3, 'kvm.md once and notes.md twice');
  });

  it('each lens count equals the references a click lists there', async () => {
    const { service, uri } = await indexed(files);
    for (const file of ['kvm.md', 'glossary/virt.md']) {
      for (const lens of (await service.referenceLenses(uri(file)))!) {
        if (lens.kind === 'heading' && lens.range.start.line === 0) continue; // the title also counts links to the note
        const refs = (await service.references(uri(file), lens.position, false))!;
        assert.equal(refs.length, lens.count, `${file}:${lens.range.start.line}`);
      }
    }
  });

  it('answers undefined when cancelled', async () => {
    const { service, uri } = await indexed(files);
    assert.equal(await service.referenceLenses(uri('kvm.md'), { isCancellationRequested: true }), undefined);
  });
});
