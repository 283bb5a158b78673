import * as assert from 'node:assert/strict';
import { indexed, positionOf, GLOSSARY } from './helpers';
import { trimMarkdown } from '../../../server/src/core/features/hover';

const KVM = [
  '# KVM',
  '',
  'KVM uses EPT. 每个 vCPU 都有 EPT页表，容器用 cgroups 和命名空间。',
  '',
  'See [memory](mm.md#page-tables), [gone](missing.md), [bad](mm.md#nope), [ref][r] and [x][none].',
  '',
  '[r]: mm.md',
  '',
].join('\n');
const MM = '---\ntitle: Memory\n---\n# Memory notes\n\nIntro line.\n\n## Page tables\n\nFirst line of the section.\nSecond line.\n\n## Next\n\nNot shown.\n';

describe('hover', () => {
  const hoverOn = async (files: Record<string, string>, path: string, needle: string, offset = 0) => {
    const f = await indexed(files);
    const text = f.service.getNote(f.uri(path))!.text;
    return f.service.hover(f.uri(path), positionOf(text, needle, offset));
  };
  const files = { 'glossary/virtualization.md': GLOSSARY, 'kvm.md': KVM, 'mm.md': MM };

  for (const [needle, offset, name, definition] of [
    ['uses EPT', 5, 'EPT', '二级地址转换'],
    ['EPT页表', 1, 'EPT', '二级地址转换'],
    ['vCPU', 1, 'vCPU', '宿主机上的一个线程'],
    ['cgroups', 2, 'cgroups', '按组限制进程资源'],
    ['命名空间', 1, '命名空间', '隔离系统资源视图'],
  ] as const) {
    it(`on ${needle} shows ${name}, its aliases, definition and where it is defined`, async () => {
      const h = await hoverOn(files, 'kvm.md', needle, offset);
      assert.ok(h, 'a hover');
      assert.match(h.markdown, new RegExp(`^\\*\\*${name}\\*\\*`));
      assert.ok(h.markdown.includes(definition));
      assert.match(h.markdown, /Defined in \[glossary\/virtualization\.md:\d+\]\(file:\/\/\/ws\/glossary\/virtualization\.md#L\d+\)/);
    });
  }

  it('lists aliases after the name and covers exactly the mention', async () => {
    const h = await hoverOn(files, 'kvm.md', 'EPT页表', 1);
    assert.match(h!.markdown, /^\*\*EPT\*\* — Extended Page Tables, 扩展页表/);
    assert.deepEqual(h!.range, { start: { line: 2, character: 25 }, end: { line: 2, character: 28 } });
  });

  it('trims a long definition with a link to the rest', async () => {
    const long = `- **TLB** (translation lookaside buffer)：${'缓存地址翻译结果。'.repeat(80)}\n`;
    const h = await hoverOn({ 'glossary/g.md': long, 'a.md': 'The TLB is small.\n' }, 'a.md', 'TLB', 1);
    assert.ok(h!.markdown.length < 900);
    assert.match(h!.markdown, /…\s\[more\]\(file:\/\/\/ws\/glossary\/g\.md#L1\)/);
  });

  it('shows differing definitions and both places', async () => {
    const h = await hoverOn({ 'glossary/virtualization.md': GLOSSARY, 'qemu.md': '**vCPU**：QEMU 里的线程。\n\nA vCPU here.\n' }, 'qemu.md', 'A vCPU', 3);
    assert.match(h!.markdown, /definitions differ/);
    assert.match(h!.markdown, /qemu\.md:1 says:\* QEMU 里的线程/);
  });

  it('on a link shows the target heading, its file and the first lines of its section', async () => {
    const h = await hoverOn(files, 'kvm.md', '[memory]', 2);
    assert.equal(h!.markdown, '**Page tables** — `mm.md`\n\nFirst line of the section.\nSecond line.');
  });

  it('on a link to a whole note starts after front matter and title', async () => {
    const h = await hoverOn(files, 'kvm.md', '[ref][r]', 2);
    assert.equal(h!.markdown.split('\n\n')[0], '**Memory** — `mm.md`');
    assert.match(h!.markdown, /Intro line\./);
    assert.doesNotMatch(h!.markdown, /title:/);
  });

  it('on a broken link says why', async () => {
    assert.match((await hoverOn(files, 'kvm.md', '[gone]', 2))!.markdown, /Broken link:.*no file at `missing\.md`/);
    assert.match((await hoverOn(files, 'kvm.md', '[bad]', 2))!.markdown, /Broken link:.*`mm\.md` has no heading `#nope`/);
    assert.match((await hoverOn(files, 'kvm.md', '[x][none]', 5))!.markdown, /Broken link:.*no definition for `\[none\]`/);
  });

  it('is empty on plain prose', async () => {
    assert.equal(await hoverOn(files, 'kvm.md', 'uses', 1), undefined);
  });

  describe('trimMarkdown', () => {
    it('leaves short text alone', () => assert.equal(trimMarkdown('short', 10), 'short'));
    it('cuts at a sentence end when one is near', () => {
      assert.equal(trimMarkdown('第一句话比较长一些。第二句话也很长很长很长。', 14), '第一句话比较长一些。…');
    });
    it('never leaves a code span or a link open', () => {
      const cut = trimMarkdown('Use the `very long code span that goes on` here', 20);
      assert.equal((cut.match(/`/g) ?? []).length % 2, 0);
      const link = trimMarkdown('See [the documentation](https://example.com/a/very/long/path) now', 30);
      assert.doesNotMatch(link, /\[[^\]]*$|\]\([^)]*$/);
    });
  });
});
