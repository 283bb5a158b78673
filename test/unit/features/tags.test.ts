// Tags: what counts as one (Obsidian's rules), and the features that read them — the Tags
// node, completion after `#`, references, rename, workspace symbols and graph tag nodes.
import * as assert from 'node:assert/strict';
import { createRemarkParser } from '../../../server/src/core';
import { extractNote } from '../../../server/src/core/parse/extractNote';
import { fastScanNote } from '../../../server/src/core/parse/fast/fastScanNote';
import { indexed, openWithCursor, positionOf, type Fixture } from './helpers';

const parser = createRemarkParser();
const tagsOf = (text: string) => extractNote('file:///ws/t.md', text, parser.parse(text)).tags.map((t) => `${t.inFrontMatter ? 'fm ' : ''}${t.name}`);

describe('tags: what is one', () => {
  it('finds inline tags in prose: nested, CJK, after markup, up to punctuation', () => {
    assert.deepEqual(tagsOf('Text #tag, #嵌套/子 and #a-b_c. *#em* #y1984\n\n#start of a line\n'), ['tag', '嵌套/子', 'a-b_c', 'em', 'y1984', 'start']);
  });

  it('finds none in code, URLs, HTML, headings, words, wiki links or digits alone', () => {
    assert.deepEqual(tagsOf('# Heading #nope\n\n## #also-not\n\n`#code` C# a#b #1984 https://x.org/#frag [[n#h]] <span>#h</span> [x](y.md#frag)\n\n```\n#fenced\n```\n'), []);
  });

  it('finds front matter tags where they are written, list or flow, with or without #', () => {
    const text = '---\ntitle: T\ntags:\n  - os/linux\n  - "#虚拟化"\n  - 1984\naliases: [os/linux]\n---\n\nUses #os/linux.\n';
    const note = extractNote('file:///ws/t.md', text, parser.parse(text));
    assert.deepEqual(note.tags.map((t) => `${t.inFrontMatter ? 'fm ' : ''}${t.name} ${t.range.start.line}:${t.range.start.character}-${t.range.end.character}`),
      ['fm os/linux 3:4-12', 'fm 虚拟化 4:6-9', 'os/linux 9:6-14']);
  });

  it('the fast scan finds the same tags', () => {
    const text = '---\ntags: [a, b/c]\n---\n\n- #x and **#y** in a list\n\n> #z quoted, | #cell |\n';
    const fast = fastScanNote('file:///ws/t.md', text, parser)!;
    assert.deepEqual(fast.tags.map((t) => t.name), ['a', 'b/c', 'x', 'y', 'z', 'cell']);
    assert.deepEqual(fast.tags, extractNote('file:///ws/t.md', text, parser.parse(text)).tags);
  });
});

const FILES = {
  'kvm.md': '---\ntags: [virtualization, kvm]\n---\n# KVM\n\nKVM 是 #Virtualization 的一种，见 #虚拟化/内存。\n',
  'qemu.md': '# QEMU\n\n用户态模拟 #virtualization #qemu\n',
  'other.md': '# Other\n\n`#virtualization` in code and ## no\n',
};

describe('tags: features', () => {
  let f: Fixture;
  beforeEach(async () => { f = await indexed(FILES); });
  const text = (path: string) => f.service.getNote(f.uri(path))!.text;
  const where = (locations: Array<{ uri: string; range: { start: { line: number; character: number } } }>) =>
    locations.map((l) => `${l.uri.slice('file:///ws/'.length)} ${l.range.start.line}:${l.range.start.character}`).sort();

  it('the Topics tree ends with a Tags node: each tag, then the notes using it', () => {
    const tree = f.service.topicTree();
    const tags = tree[tree.length - 1];
    assert.equal(tags.kind, 'tags');
    assert.equal(tags.label, 'Tags');
    const virtualization = tags.children!.find((t) => t.label.toLowerCase() === '#virtualization')!;
    assert.equal(virtualization.kind, 'tag');
    assert.deepEqual(virtualization.children!.map((n) => n.label), ['KVM', 'QEMU']);
    assert.deepEqual(tags.children!.map((t) => t.label.toLowerCase()), ['#kvm', '#qemu', '#virtualization', '#虚拟化/内存']);
  });

  it('references on a tag: every use, front matter and inline, any case', async () => {
    const kvm = text('kvm.md');
    const refs = await f.service.references(f.uri('kvm.md'), positionOf(kvm, '#Virtualization', 3));
    assert.deepEqual(where(refs!), ['kvm.md 1:7', 'kvm.md 5:7', 'qemu.md 2:7']);
    // On the `#` itself and on the front matter entry too.
    assert.deepEqual(where((await f.service.references(f.uri('qemu.md'), positionOf(text('qemu.md'), '#virtualization')))!), where(refs!));
    assert.deepEqual(where((await f.service.references(f.uri('kvm.md'), positionOf(kvm, 'virtualization')))!), where(refs!));
  });

  it('prepareRename and rename rewrite the tag at every use, front matter entries too', async () => {
    const uri = f.uri('qemu.md');
    const pos = positionOf(text('qemu.md'), '#virtualization', 2);
    assert.deepEqual(await f.service.prepareRename(uri, pos), { range: { start: { line: 2, character: 7 }, end: { line: 2, character: 21 } }, placeholder: 'virtualization' });
    const result = await f.service.rename(uri, pos, '#virt/kvm');
    assert.ok(result && 'edits' in result);
    assert.deepEqual(result.edits.map((e) => `${e.uri.slice('file:///ws/'.length)} ${e.range.start.line}:${e.range.start.character} ${e.newText} ${e.kind}`).sort(),
      ['kvm.md 1:7 virt/kvm tag', 'kvm.md 5:7 virt/kvm tag', 'qemu.md 2:7 virt/kvm tag']);
    const bad = await f.service.rename(uri, pos, 'two words');
    assert.ok(bad && 'error' in bad);
  });

  it('completion after # in prose offers known tags, most used first; not in headings or ](#', async () => {
    const { uri, position } = openWithCursor(f, 'scratch.md', '# Scratch\n\nSee #vi|');
    const items = await f.service.completion(uri, position);
    assert.equal(items[0].label, '#virtualization');
    assert.equal(items[0].kind, 'tag');
    assert.equal(items[0].insertText, 'virtualization');
    assert.deepEqual(items[0].range, { start: { line: 2, character: 5 }, end: position });
    assert.ok(items.some((i) => i.label === '#虚拟化/内存'));
    assert.ok(!items.some((i) => i.label === '#vi'), 'the tag being typed is not offered back');
    const inHeading = openWithCursor(f, 'scratch.md', '## Part #vi|');
    assert.ok(!(await f.service.completion(inHeading.uri, inHeading.position)).some((i) => i.kind === 'tag'));
    const fragment = openWithCursor(f, 'scratch.md', '# Scratch\n\n[x](#|)');
    assert.deepEqual((await f.service.completion(fragment.uri, fragment.position)).map((i) => `${i.kind} ${i.label}`), ['heading scratch']);
  });

  it('workspace symbols: #query lists the uses of matching tags', () => {
    const symbols = f.service.workspaceSymbols('#virt');
    assert.deepEqual(symbols.map((s) => `${s.kind} ${s.name} ${s.uri.slice('file:///ws/'.length)} ${s.range.start.line}`).sort(),
      ['tag #virtualization kvm.md 1', 'tag #virtualization kvm.md 5', 'tag #virtualization qemu.md 2']);
    assert.ok(!f.service.workspaceSymbols('virt').some((s) => s.kind === 'tag'));
  });

  it('the graph has a node for each tag, inline ones too, one edge per note', async () => {
    const g = (await f.service.graph())!;
    const tag = (label: string) => g.nodes.find((n) => n.kind === 'tag' && n.label.toLowerCase() === label);
    assert.equal(tag('#virtualization')?.weight, 2);
    assert.ok(tag('#qemu'));
    assert.ok(tag('#虚拟化/内存'));
    assert.equal(g.edges.filter((e) => e.kind === 'tag' && e.to === tag('#virtualization')!.id).length, 2);
  });
});
