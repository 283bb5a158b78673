import * as assert from 'node:assert/strict';
import { indexed, openWithCursor, GLOSSARY, type Fixture } from './helpers';

const FILES = {
  'glossary/virtualization.md': GLOSSARY,
  'kvm.md': '# KVM 笔记\n\n## 内存虚拟化\n\nEPT 很快。\n\n## 内存虚拟化\n\n重复的标题。\n',
  'guides/setup guide.md': '# Setup Guide\n\n## Install\n',
  'guides/deep/notes.md': '# Deep Notes\n',
  'k8s/pod.md': '# Pod\n',
};

describe('completion', () => {
  let f: Fixture;
  beforeEach(async () => { f = await indexed(FILES); });

  const complete = (path: string, source: string) => {
    const { uri, position } = openWithCursor(f, path, source);
    return f.service.completion(uri, position);
  };

  describe('link paths after ](', () => {
    it('lists notes and folders next to the note', async () => {
      const items = await complete('scratch.md', 'See [x](|');
      const labels = items.map((i) => i.label).sort();
      assert.deepEqual(labels, ['glossary/', 'guides/', 'k8s/', 'kvm.md']);
      assert.equal(items.find((i) => i.label === 'guides/')!.kind, 'folder');
      assert.equal(items.find((i) => i.label === 'guides/')!.retrigger, true);
      assert.equal(items.find((i) => i.label === 'kvm.md')!.detail, 'KVM 笔记');
    });

    it('lists a sub-folder and replaces only the typed file name', async () => {
      const items = await complete('scratch.md', 'See [x](guides/se|');
      const setup = items.find((i) => i.kind === 'note')!;
      assert.equal(setup.label, 'setup guide.md');
      assert.equal(setup.insertText, 'setup%20guide.md', 'a space cannot stay bare in a link destination');
      assert.deepEqual(setup.range, { start: { line: 0, character: 15 }, end: { line: 0, character: 17 } });
      assert.ok(items.some((i) => i.label === 'deep/'));
    });

    it('keeps spaces inside <…> destinations', async () => {
      const items = await complete('scratch.md', 'See [x](<guides/|');
      assert.equal(items.find((i) => i.kind === 'note')!.insertText, 'setup guide.md');
    });

    it('climbs with ../ and starts from the root with /', async () => {
      const up = await complete('guides/deep/x.md', '[a](../../k8s/|');
      assert.deepEqual(up.map((i) => i.label), ['pod.md']);
      const fromRoot = await complete('guides/deep/x.md', '[a](/k8s/|');
      assert.deepEqual(fromRoot.map((i) => i.label), ['pod.md']);
    });

    it('never lists anything outside the workspace', async () => {
      assert.deepEqual(await complete('scratch.md', '[a](../|'), []);
    });

    it('completes reference definition destinations too', async () => {
      const items = await complete('scratch.md', '[ref]: k8s/|');
      assert.deepEqual(items.map((i) => i.label), ['pod.md']);
    });

    it('offers nothing inside code', async () => {
      assert.deepEqual(await complete('scratch.md', '```\n[x](|\n```\n'), []);
      assert.deepEqual(await complete('scratch.md', 'Use `[x](|` here'), []);
    });
  });

  describe('heading slugs after #', () => {
    it('lists the slugs of the target note, numbered like GitHub', async () => {
      const items = await complete('scratch.md', 'See [x](kvm.md#|');
      assert.deepEqual(items.map((i) => i.insertText), ['kvm-笔记', '内存虚拟化', '内存虚拟化-1']);
      assert.equal(items[1].detail, '## 内存虚拟化');
    });

    it('lists the note’s own headings for a bare #', async () => {
      const items = await complete('scratch.md', '# Top\n\n## Second part\n\nJump to [x](#sec|');
      assert.deepEqual(items.map((i) => i.insertText), ['top', 'second-part']);
      assert.equal(items[0].range.start.character, items[0].range.end.character - 3, 'replaces the typed "sec"');
    });

    it('is empty for a note that does not exist', async () => {
      assert.deepEqual(await complete('scratch.md', '[x](nope.md#|'), []);
    });
  });

  describe('wiki links', () => {
    it('lists notes by file name, showing titles', async () => {
      const items = await complete('scratch.md', 'See [[|');
      const kvm = items.find((i) => i.label === 'kvm')!;
      assert.equal(kvm.insertText, 'kvm');
      assert.equal(kvm.detail, 'KVM 笔记');
      assert.ok(items.some((i) => i.label === 'setup guide'));
    });

    it('writes the path from the root when two notes share a file name', async () => {
      f = await indexed({ ...FILES, 'a/pod.md': '# Pod A\n' });
      const items = await complete('scratch.md', '[[po|');
      assert.deepEqual(items.filter((i) => i.label === 'pod').map((i) => i.insertText).sort(), ['/a/pod', '/k8s/pod']);
    });

    it('lists heading texts after [[note#', async () => {
      const items = await complete('scratch.md', 'See [[kvm#|');
      assert.deepEqual(items.map((i) => i.insertText), ['KVM 笔记', '内存虚拟化', '内存虚拟化']);
    });
  });

  describe('reference labels', () => {
    it('lists the labels defined in the note', async () => {
      const items = await complete('scratch.md', 'Read [the docs][|\n\n[Docs]: https://example.com\n[spec]: kvm.md\n');
      assert.deepEqual(items.map((i) => i.label), ['Docs', 'spec']);
      assert.equal(items[1].detail, 'kvm.md');
    });
  });

  describe('concept names', () => {
    it('completes an ASCII prefix to the canonical name', async () => {
      const items = await complete('scratch.md', '我们用 ep|');
      assert.deepEqual(items.map((i) => i.insertText), ['EPT']);
      assert.equal(items[0].kind, 'concept');
      assert.match(items[0].documentation!, /二级地址转换/);
      assert.deepEqual(items[0].range, { start: { line: 0, character: 4 }, end: { line: 0, character: 6 } });
    });

    it('finds the start of a CJK alias inside unspaced text', async () => {
      const items = await complete('scratch.md', '我们用扩展|');
      assert.deepEqual(items.map((i) => i.label), ['EPT']);
      assert.deepEqual(items[0].range, { start: { line: 0, character: 3 }, end: { line: 0, character: 5 } }, 'replaces just 扩展');
      assert.match(items[0].filterText!, /^扩展页表/, 'the editor filters on the alias that was typed');
    });

    it('matches full-width and differently cased input', async () => {
      const items = await complete('scratch.md', 'ＶＣＰ|');
      assert.deepEqual(items.map((i) => i.label), ['vCPU']);
    });

    it('does not match from the middle of an ASCII word', async () => {
      assert.deepEqual(await complete('scratch.md', 'xep|'), []);
    });

    it('offers nothing in a code span', async () => {
      assert.deepEqual(await complete('scratch.md', 'Run `ep| now`'), []);
    });
  });
});
