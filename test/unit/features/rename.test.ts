import * as assert from 'node:assert/strict';
import { indexed, positionOf, cancelledToken, GLOSSARY, type Fixture } from './helpers';
import type { RenameEdit } from '../../../server/src/core/features/rename';

/** Applies edits to the workspace's text, so tests compare whole documents. */
function applied(f: Fixture, edits: RenameEdit[], path: string): string {
  const uri = f.uri(path);
  const text = f.service.getNote(uri)!.text;
  const lines = text.split('\n');
  const offset = (p: { line: number; character: number }) => lines.slice(0, p.line).reduce((n, l) => n + l.length + 1, 0) + p.character;
  const mine = edits.filter((e) => e.uri === uri).sort((a, b) => offset(b.range.start) - offset(a.range.start));
  let out = text;
  for (const e of mine) out = out.slice(0, offset(e.range.start)) + e.newText + out.slice(offset(e.range.end));
  return out;
}

describe('rename', () => {
  describe('a heading', () => {
    const files = {
      'kvm.md': '# KVM\n\n## Memory virtualization\n\nSee [below](#memory-virtualization).\n\n## Exits\n',
      'other.md': [
        '# Other',
        '',
        'Read [memory](kvm.md#memory-virtualization), [exits](kvm.md#exits) and [[kvm#Memory virtualization]].',
        'Also [ref][mem] and [encoded](kvm.md#Memory-Virtualization).',
        '',
        '[mem]: kvm.md#memory-virtualization',
        '',
      ].join('\n'),
    };

    it('rewrites the heading and every #slug link to it, in every note', async () => {
      const f = await indexed(files);
      const text = f.service.getNote(f.uri('kvm.md'))!.text;
      const result = await f.service.rename(f.uri('kvm.md'), positionOf(text, 'Memory virtualization', 2), 'Memory and EPT');
      assert.ok(result && 'edits' in result);
      assert.equal(applied(f, result.edits, 'kvm.md'), '# KVM\n\n## Memory and EPT\n\nSee [below](#memory-and-ept).\n\n## Exits\n');
      assert.equal(applied(f, result.edits, 'other.md'), [
        '# Other',
        '',
        'Read [memory](kvm.md#memory-and-ept), [exits](kvm.md#exits) and [[kvm#Memory and EPT]].',
        'Also [ref][mem] and [encoded](kvm.md#memory-and-ept).',
        '',
        '[mem]: kvm.md#memory-and-ept',
        '',
      ].join('\n'));
      assert.ok(result.edits.every((e) => e.kind === 'heading' || e.kind === 'link'));
    });

    it('can start from a #fragment in a link', async () => {
      const f = await indexed(files);
      const other = f.service.getNote(f.uri('other.md'))!.text;
      const pos = positionOf(other, 'kvm.md#exits', 8);
      const prepared = await f.service.prepareRename(f.uri('other.md'), pos);
      assert.ok('placeholder' in prepared);
      assert.equal(prepared.placeholder, 'Exits');
      const result = await f.service.rename(f.uri('other.md'), pos, 'VM exits');
      assert.ok(result && 'edits' in result);
      assert.match(applied(f, result.edits, 'kvm.md'), /## VM exits\n/);
      assert.match(applied(f, result.edits, 'other.md'), /\[exits\]\(kvm\.md#vm-exits\)/);
    });

    it('renumbers duplicate slugs that shift', async () => {
      const f = await indexed({
        'a.md': '# A\n\n## Setup\n\n## Setup\n\n[first](#setup) [second](#setup-1)\n',
      });
      const text = f.service.getNote(f.uri('a.md'))!.text;
      const result = await f.service.rename(f.uri('a.md'), positionOf(text, '## Setup', 3), 'Install');
      assert.ok(result && 'edits' in result);
      assert.equal(applied(f, result.edits, 'a.md'), '# A\n\n## Install\n\n## Setup\n\n[first](#install) [second](#setup)\n');
    });

    it('rejects an empty or multi-line name', async () => {
      const f = await indexed(files);
      const text = f.service.getNote(f.uri('kvm.md'))!.text;
      const result = await f.service.rename(f.uri('kvm.md'), positionOf(text, 'Exits'), '  ');
      assert.ok(result && 'error' in result);
    });
  });

  describe('a concept', () => {
    const files = {
      'glossary/virtualization.md': GLOSSARY,
      'kvm.md': '# KVM\n\nKVM uses EPT, also called 扩展页表. EPT页表 is shared.\n\n`EPT` in code stays.\n',
      'qemu.md': '# QEMU\n\n## EPT\n\nQEMU relies on EPT.\n\n[jump](#ept)\n',
    };

    it('renames the term at its definition and offers every mention of that name for review', async () => {
      const f = await indexed(files);
      const glossary = f.service.getNote(f.uri('glossary/virtualization.md'))!.text;
      const pos = positionOf(glossary, '**EPT**', 3);
      const prepared = await f.service.prepareRename(f.uri('glossary/virtualization.md'), pos);
      assert.deepEqual(prepared, { range: { start: { line: 6, character: 4 }, end: { line: 6, character: 7 } }, placeholder: 'EPT' });
      const result = await f.service.rename(f.uri('glossary/virtualization.md'), pos, 'SLAT');
      assert.ok(result && 'edits' in result);
      assert.match(applied(f, result.edits, 'glossary/virtualization.md'), /- \*\*SLAT\*\* \(Extended Page Tables, 扩展页表\)/);
      assert.equal(applied(f, result.edits, 'kvm.md'), '# KVM\n\nKVM uses SLAT, also called 扩展页表. SLAT页表 is shared.\n\n`EPT` in code stays.\n');
      const kinds = new Set(result.edits.filter((e) => e.uri === f.uri('kvm.md')).map((e) => e.kind));
      assert.deepEqual([...kinds], ['mention']);
      assert.equal(result.edits.find((e) => e.uri === f.uri('glossary/virtualization.md'))!.kind, 'definition');
    });

    it('keeps #slug links working when a mention sits in a heading', async () => {
      const f = await indexed(files);
      const kvm = f.service.getNote(f.uri('kvm.md'))!.text;
      const result = await f.service.rename(f.uri('kvm.md'), positionOf(kvm, 'uses EPT', 6), 'SLAT');
      assert.ok(result && 'edits' in result);
      assert.equal(applied(f, result.edits, 'qemu.md'), '# QEMU\n\n## SLAT\n\nQEMU relies on SLAT.\n\n[jump](#slat)\n');
    });

    it('renames an alias where it is written, leaving the other names alone', async () => {
      const f = await indexed(files);
      const kvm = f.service.getNote(f.uri('kvm.md'))!.text;
      const result = await f.service.rename(f.uri('kvm.md'), positionOf(kvm, '扩展页表', 1), '扩展页表格');
      assert.ok(result && 'edits' in result);
      assert.match(applied(f, result.edits, 'glossary/virtualization.md'), /\(Extended Page Tables, 扩展页表格\)/);
      assert.match(applied(f, result.edits, 'kvm.md'), /KVM uses EPT, also called 扩展页表格\. EPT页表/);
    });

    it('refuses a name that belongs to another concept', async () => {
      const f = await indexed(files);
      const kvm = f.service.getNote(f.uri('kvm.md'))!.text;
      const result = await f.service.rename(f.uri('kvm.md'), positionOf(kvm, 'uses EPT', 6), 'vcpu');
      assert.ok(result && 'error' in result);
      assert.match(result.error, /vCPU/);
    });

    it('stops and returns nothing when cancelled', async () => {
      const f = await indexed(files);
      const kvm = f.service.getNote(f.uri('kvm.md'))!.text;
      assert.equal(await f.service.rename(f.uri('kvm.md'), positionOf(kvm, 'uses EPT', 6), 'SLAT', cancelledToken), undefined);
    });
  });

  it('says why plain prose cannot be renamed', async () => {
    const f = await indexed({ 'a.md': '# A\n\nJust some words.\n' });
    const result = await f.service.prepareRename(f.uri('a.md'), { line: 2, character: 3 });
    assert.ok('error' in result);
  });
});
