import * as assert from 'node:assert/strict';
import { GLOSSARY, indexed, cancelledToken } from './helpers';
import { applyTextEdits } from '../../../server/src/core/fixes/applyEdits';

const files = {
  'glossary/virt.md': GLOSSARY,
  'kvm.md': [
    '---', 'aliases: [Kernel VM]', '---', '', '# KVM', '', '## Exits', '', 'A paragraph. ^exit-block', '',
  ].join('\n'),
  'qemu.md': '# QEMU\n\nSee [KVM](kvm.md), [exits](kvm.md#exits), [[kvm#^exit-block]] and [again][m].\n\n[m]: kvm.md\n',
  'notes.md': '# Notes\n\nKVM runs guests; the Kernel VM is fast.\n\n`KVM` in code, and KVMs are plural.\n\n```\nKVM\n```\n',
  'cjk.md': '# 笔记\n\nEPT 是扩展页表。KVM的内存。\n',
};

describe('backlinks', () => {
  it('lists every link to the note, its headings and blocks, with the line as context', async () => {
    const { service, uri } = await indexed(files);
    const result = (await service.backlinks(uri('kvm.md')))!;
    assert.deepEqual(result.linked.map((l) => [l.uri, l.range.start.character]), [
      [uri('qemu.md'), 4], [uri('qemu.md'), 19], [uri('qemu.md'), 42], [uri('qemu.md'), 66],
    ]);
    assert.equal(result.linked[0].context, 'See [KVM](kvm.md), [exits](kvm.md#exits), [[kvm#^exit-block]] and [again][m].');
  });

  it('finds unlinked mentions of the title and aliases in prose only, not in code, links or the note itself', async () => {
    const { service, uri } = await indexed(files);
    const { unlinked } = (await service.backlinks(uri('kvm.md')))!;
    const shown = unlinked.map((m) => [m.uri.slice(m.uri.lastIndexOf('/') + 1), m.range.start.line, m.range.start.character, m.range.end.character]);
    assert.deepEqual(shown, [
      ['cjk.md', 2, 10, 13],  // CJK text around the Latin title
      ['notes.md', 2, 0, 3],
      ['notes.md', 2, 21, 30], // the alias
    ]);
    assert.equal(unlinked[1].context, 'KVM runs guests; the Kernel VM is fast.');
  });

  it('lists mentions of the concepts a note defines, with their concept id, skipping the definition line', async () => {
    const { service, uri } = await indexed(files);
    const { unlinked } = (await service.backlinks(uri('glossary/virt.md')))!;
    const ept = service.concept('EPT')!;
    const inCjk = unlinked.filter((m) => m.uri === uri('cjk.md'));
    assert.deepEqual(inCjk.map((m) => [m.range.start.character, m.conceptId]), [[0, ept.id], [5, ept.id]]); // EPT and 扩展页表
    assert.ok(unlinked.every((m) => m.uri !== uri('glossary/virt.md')));
  });

  it('the unlinkedMentions option off lists only links', async () => {
    const { service, uri } = await indexed(files);
    const result = (await service.backlinks(uri('kvm.md'), { unlinkedMentions: false }))!;
    assert.equal(result.unlinked.length, 0);
    assert.equal(result.linked.length, 4);
  });

  it('stops at maxUnlinked', async () => {
    const { service, uri } = await indexed(files);
    assert.equal((await service.backlinks(uri('kvm.md'), { maxUnlinked: 1 }))!.unlinked.length, 1);
  });

  it('answers undefined when cancelled', async () => {
    const { service, uri } = await indexed(files);
    assert.equal(await service.backlinks(uri('kvm.md'), {}, cancelledToken), undefined);
  });
});

describe('link it / link all', () => {
  it('writes a relative Markdown link in a markdown workspace, and links every mention at once', async () => {
    const { service, uri } = await indexed(files);
    const { unlinked } = (await service.backlinks(uri('kvm.md')))!;
    const edit = (await service.linkMentionsEdit(uri('kvm.md'), unlinked))!;
    const notes = service.getNote(uri('notes.md'))!;
    assert.equal(applyTextEdits(notes.text, edit.changes[uri('notes.md')]).split('\n')[2], '[KVM](kvm.md) runs guests; the [Kernel VM](kvm.md) is fast.');
    assert.equal(applyTextEdits(service.getNote(uri('cjk.md'))!.text, edit.changes[uri('cjk.md')]).split('\n')[2], 'EPT 是扩展页表。[KVM](kvm.md)的内存。');
  });

  it('links a concept mention to the heading of its definition', async () => {
    const { service, uri } = await indexed({
      'sub/a.md': 'We use EPT here.\n',
      'mmu.md': '# MMU\n\n## 页表\n\n**EPT**：二级地址转换。\n',
    });
    const { unlinked } = (await service.backlinks(uri('mmu.md')))!;
    assert.equal(unlinked.length, 1);
    const edit = (await service.linkMentionsEdit(uri('mmu.md'), unlinked))!;
    assert.equal(applyTextEdits('We use EPT here.\n', edit.changes[uri('sub/a.md')]), 'We use [EPT](../mmu.md#页表) here.\n');
  });

  it('writes wiki links in an Obsidian vault, with the text as alias when it differs', async () => {
    const { service, uri } = await indexed({
      '.obsidian/app.json': '{}',
      'Topics/Virtual Machine.md': '---\naliases: [VM]\n---\n# Virtual Machine\n',
      'daily.md': 'A virtual machine, or VM, and [[Virtual Machine]] already linked.\n',
    });
    assert.equal(await service.linkStyleOf(uri('daily.md')), 'obsidian');
    const result = (await service.backlinks(uri('Topics/Virtual Machine.md')))!;
    assert.equal(result.linked.length, 1, 'the wiki link by file name');
    assert.deepEqual(result.unlinked.map((m) => m.range.start.character), [2, 22]);
    const edit = (await service.linkMentionsEdit(uri('Topics/Virtual Machine.md'), result.unlinked))!;
    assert.equal(applyTextEdits(service.getNote(uri('daily.md'))!.text, edit.changes[uri('daily.md')]),
      'A [[Virtual Machine|virtual machine]], or [[Virtual Machine|VM]], and [[Virtual Machine]] already linked.\n');
  });

  it('offers nothing for a range that is already a link', async () => {
    const { service, uri } = await indexed(files);
    const { linked } = (await service.backlinks(uri('kvm.md')))!;
    assert.equal(await service.linkMentionsEdit(uri('kvm.md'), linked), undefined);
  });
});
