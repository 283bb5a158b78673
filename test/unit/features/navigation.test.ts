import * as assert from 'node:assert/strict';
import { indexed, positionOf, cancelledToken, GLOSSARY } from './helpers';

const FILES = {
  'glossary/virtualization.md': GLOSSARY,
  'kvm.md': '# KVM\n\nKVM uses EPT; EPT页表 is shared.\n\n## Memory\n\nSee [terms](glossary/virtualization.md) and [[qemu]].\n',
  'qemu.md': '# QEMU\n\n**vCPU**：QEMU 里的一个线程。\n\nQEMU needs EPT. Back to [memory](kvm.md#memory), [[kvm#Memory]] and [ref][m].\n\n[m]: kvm.md#memory\n',
};

describe('navigation', () => {
  const text = (f: Awaited<ReturnType<typeof indexed>>, p: string) => f.service.getNote(f.uri(p))!.text;

  describe('definition', () => {
    it('goes from a mention to the term at its definition', async () => {
      const f = await indexed(FILES);
      const locations = await f.service.definition(f.uri('kvm.md'), positionOf(text(f, 'kvm.md'), 'EPT页表', 1));
      assert.deepEqual(locations, [{ uri: f.uri('glossary/virtualization.md'), range: { start: { line: 6, character: 4 }, end: { line: 6, character: 7 } } }]);
    });

    it('lists every place when definitions conflict', async () => {
      const f = await indexed({ ...FILES, 'kvm.md': FILES['kvm.md'] + '\nEach vCPU is a thread.\n' });
      const locations = await f.service.definition(f.uri('kvm.md'), positionOf(text(f, 'kvm.md'), 'vCPU', 1));
      assert.deepEqual(locations.map((l) => l.uri).sort(), [f.uri('glossary/virtualization.md'), f.uri('qemu.md')]);
    });

    it('follows links to a note, a heading, a wiki note and a reference definition', async () => {
      const f = await indexed(FILES);
      const kvm = text(f, 'kvm.md');
      const qemu = text(f, 'qemu.md');
      assert.equal((await f.service.definition(f.uri('kvm.md'), positionOf(kvm, 'glossary/virtualization.md', 3)))[0].uri, f.uri('glossary/virtualization.md'));
      assert.equal((await f.service.definition(f.uri('kvm.md'), positionOf(kvm, '[[qemu]]', 3)))[0].uri, f.uri('qemu.md'));
      const heading = await f.service.definition(f.uri('qemu.md'), positionOf(qemu, 'kvm.md#memory', 8));
      assert.deepEqual(heading, [{ uri: f.uri('kvm.md'), range: { start: { line: 4, character: 0 }, end: { line: 4, character: 9 } } }]);
      const label = await f.service.definition(f.uri('qemu.md'), positionOf(qemu, '[ref][m]', 6));
      assert.deepEqual(label.map((l) => [l.uri, l.range.start.line]), [[f.uri('qemu.md'), 6]]);
    });
  });

  describe('references', () => {
    it('finds every mention of a concept across notes, from a mention', async () => {
      const f = await indexed(FILES);
      const refs = (await f.service.references(f.uri('kvm.md'), positionOf(text(f, 'kvm.md'), 'uses EPT', 5), false))!;
      const where = refs.map((r) => `${r.uri.split('/').pop()}:${r.range.start.line}:${r.range.start.character}`).sort();
      assert.deepEqual(where, ['kvm.md:2:14', 'kvm.md:2:9', 'qemu.md:4:11']);
    });

    it('adds the defining names (term and aliases) as declarations', async () => {
      const f = await indexed(FILES);
      const glossary = text(f, 'glossary/virtualization.md');
      const refs = (await f.service.references(f.uri('glossary/virtualization.md'), positionOf(glossary, '**EPT**', 3), true))!;
      const inGlossary = refs.filter((r) => r.uri === f.uri('glossary/virtualization.md'));
      assert.equal(inGlossary.length, 3, 'EPT, Extended Page Tables, 扩展页表');
      assert.equal(refs.length, 6);
    });

    it('finds every link to a heading: inline, wiki by text and reference', async () => {
      const f = await indexed(FILES);
      const refs = (await f.service.references(f.uri('kvm.md'), positionOf(text(f, 'kvm.md'), '## Memory', 4), false))!;
      assert.deepEqual(refs.map((r) => r.range.start.character).sort((a, b) => a - b), [24, 49, 68]);
      assert.ok(refs.every((r) => r.uri === f.uri('qemu.md')));
    });

    it('returns undefined when cancelled', async () => {
      const f = await indexed(FILES);
      assert.equal(await f.service.references(f.uri('kvm.md'), positionOf(text(f, 'kvm.md'), 'uses EPT', 5), true, cancelledToken), undefined);
    });
  });
});
