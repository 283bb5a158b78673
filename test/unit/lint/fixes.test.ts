import * as assert from 'node:assert/strict';
import { applyFix, lintService } from './helpers';
import { quickFixes, fixAllInFile, codeActionsFor, type QuickFix } from '../../../server/src/core/fixes';

async function fixesFor(files: Record<string, string>, file: string, code: string) {
  const s = await lintService(files);
  const diagnostics = (await s.diagnostics(file)).filter((d) => d.code === code);
  assert.ok(diagnostics.length > 0, `expected a ${code} in ${file}`);
  const context = s.fixContext(file);
  return { s, diagnostics, context, fixes: quickFixes(diagnostics[0], context), uri: s.uri(file), text: files[file] };
}

function titles(fixes: QuickFix[]): string[] {
  return fixes.map((f) => f.title);
}

describe('lint: quick fixes', () => {
  describe('link.no-such-header-in-own-file', () => {
    it('changes a broken #frag to the closest slug', async () => {
      const { fixes, text, uri } = await fixesFor({ 'n.md': '# Install Guide\n\n[x](#instal-guide)\n' }, 'n.md', 'link.no-such-header-in-own-file');
      assert.deepEqual(titles(fixes), ['Change to #install-guide']);
      assert.equal(applyFix(text, uri, fixes[0]), '# Install Guide\n\n[x](#install-guide)\n');
    });
    it('is CJK-aware: a one-character slip in a CJK slug is found, an unrelated heading is not', async () => {
      const { fixes, text, uri } = await fixesFor({ 'n.md': '## 扩展页表\n\n## 内存虚拟化\n\n[x](#扩展页面表)\n' }, 'n.md', 'link.no-such-header-in-own-file');
      assert.deepEqual(titles(fixes), ['Change to #扩展页表']);
      assert.equal(applyFix(text, uri, fixes[0]).split('\n')[4], '[x](#扩展页表)');
    });
    it('offers nothing when no heading is close', async () => {
      const { fixes } = await fixesFor({ 'n.md': '# Alpha\n\n[x](#completely-different)\n' }, 'n.md', 'link.no-such-header-in-own-file');
      assert.deepEqual(fixes, []);
    });
    it('keeps a wiki link in heading-text form', async () => {
      const { fixes, text, uri } = await fixesFor({ 'n.md': '# Alpha Beta\n\n[[#Alpha Bet]]\n' }, 'n.md', 'link.no-such-header-in-own-file');
      assert.equal(applyFix(text, uri, fixes[0]), '# Alpha Beta\n\n[[#Alpha Beta]]\n');
    });
  });

  describe('link.no-such-header-in-file', () => {
    it('changes file.md#frag to a slug of that file', async () => {
      const { fixes, text, uri } = await fixesFor({ 'n.md': '[x](o.md#setpu)\n', 'o.md': '# O\n\n## Setup\n' }, 'n.md', 'link.no-such-header-in-file');
      assert.equal(applyFix(text, uri, fixes[0]), '[x](o.md#setup)\n');
    });
  });

  describe('link.no-such-file', () => {
    it('points to the closest existing note, keeping the fragment and the extension style', async () => {
      const files = { 'a/n.md': '[x](../b/kvm-intro.md#top) [y](../b/kvm-intro)\n', 'b/kvm-intro-notes.md': '# K\n', 'b/other.md': '# O\n' };
      const { diagnostics, context, fixes, uri, text } = await fixesFor(files, 'a/n.md', 'link.no-such-file');
      assert.equal(fixes[0].title, 'Change to ../b/kvm-intro-notes.md');
      assert.equal(applyFix(text, uri, fixes[0]), '[x](../b/kvm-intro-notes.md#top) [y](../b/kvm-intro)\n');
      const second = quickFixes(diagnostics[1], context);
      assert.equal(applyFix(text, uri, second[0]), '[x](../b/kvm-intro.md#top) [y](../b/kvm-intro-notes)\n');
      // Only the close name is offered: an unrelated note in the same folder is not a suggestion.
      assert.deepEqual(titles(fixes).filter((t) => t.startsWith('Change to')), ['Change to ../b/kvm-intro-notes.md']);
      assert.deepEqual(titles(second).filter((t) => t.startsWith('Change to')), ['Change to ../b/kvm-intro-notes']);
    });
    it('offers to create the missing note with a title', async () => {
      const { fixes, s } = await fixesFor({ 'n.md': '[x](new-topic.md)\n' }, 'n.md', 'link.no-such-file');
      const create = fixes.find((f) => f.title.startsWith('Create note'))!;
      assert.deepEqual(create.edit.createFiles, [s.uri('new-topic.md')]);
      assert.equal(create.edit.changes[s.uri('new-topic.md')][0].newText, '# new-topic\n');
    });
    it('does not offer to create an image or a file outside the workspace', async () => {
      const img = await fixesFor({ 'n.md': '![x](pic.png)\n' }, 'n.md', 'link.no-such-file');
      assert.deepEqual(img.fixes, []);
      const out = await fixesFor({ 'n.md': '[x](../../up.md)\n' }, 'n.md', 'link.no-such-file');
      assert.deepEqual(out.fixes, []);
    });
    it('fixes a wiki link by note name', async () => {
      const { fixes, text, uri } = await fixesFor({ 'n.md': '[[cgroup]]\n', 'deep/cgroups.md': '# cgroups\n' }, 'n.md', 'link.no-such-file');
      assert.equal(applyFix(text, uri, fixes[0]), '[[cgroups]]\n');
    });
  });

  describe('link.no-such-reference', () => {
    it('changes to the closest defined label, or adds a definition', async () => {
      const files = { 'n.md': '[a][kvm-doc]\n\n[kvm-docs]: https://x.org\n' };
      const { fixes, text, uri } = await fixesFor(files, 'n.md', 'link.no-such-reference');
      assert.deepEqual(titles(fixes), ['Change to [kvm-docs]', 'Add definition [kvm-doc]: …']);
      assert.equal(applyFix(text, uri, fixes[0]), '[a][kvm-docs]\n\n[kvm-docs]: https://x.org\n');
      assert.equal(applyFix(text, uri, fixes[1]), '[a][kvm-doc]\n\n[kvm-docs]: https://x.org\n[kvm-doc]: <>\n');
    });
    it('adds the first definition at the end after a blank line', async () => {
      const { fixes, text, uri } = await fixesFor({ 'n.md': 'See [a][x].' }, 'n.md', 'link.no-such-reference');
      const after = applyFix(text, uri, fixes[fixes.length - 1]);
      assert.equal(after, 'See [a][x].\n\n[x]: <>\n');
      const again = await lintService({ 'n.md': after });
      assert.deepEqual(await again.codes('n.md'), []);
    });
  });

  describe('link.no-such-reference: footnotes and backwards links', () => {
    it('adds a missing footnote definition, or changes to a close defined one', async () => {
      const { fixes, text, uri } = await fixesFor({ 'n.md': 'A[^note1] B[^note].\n\n[^note]: Here.\n' }, 'n.md', 'link.no-such-reference');
      assert.deepEqual(titles(fixes), ['Change to [^note]', 'Add footnote [^note1]: …']);
      assert.equal(applyFix(text, uri, fixes[0]), 'A[^note] B[^note].\n\n[^note]: Here.\n');
      assert.equal(applyFix(text, uri, fixes[1]), 'A[^note1] B[^note].\n\n[^note]: Here.\n\n[^note1]: …\n');
    });
    it('swaps a backwards link into [text](url)', async () => {
      const { fixes, text, uri } = await fixesFor({ 'n.md': 'See (the docs)[https://x.org].\n' }, 'n.md', 'link.no-such-reference');
      assert.equal(applyFix(text, uri, fixes[0]), 'See [the docs](https://x.org).\n');
    });
  });

  describe('link definitions', () => {
    it('removes an unused definition line', async () => {
      const { fixes, text, uri } = await fixesFor({ 'n.md': 'Text\n\n[u]: https://a.org\n[v]: https://b.org\n\nEnd\n' }, 'n.md', 'link.unused-definition');
      assert.equal(applyFix(text, uri, fixes[0]), 'Text\n\n[v]: https://b.org\n\nEnd\n');
    });
    it('removes a duplicate definition, even on the last line without a newline', async () => {
      const { fixes, text, uri } = await fixesFor({ 'n.md': '[a][x]\n\n[x]: https://a.org\n[x]: https://b.org' }, 'n.md', 'link.duplicate-definition');
      assert.equal(applyFix(text, uri, fixes[0]), '[a][x]\n\n[x]: https://a.org');
    });
    it('fix all removes every unused definition in one edit', async () => {
      const { diagnostics, context, text, uri } = await fixesFor({ 'n.md': 'T\n\n[a]: https://a\n[b]: https://b\n[c]: https://c\n' }, 'n.md', 'link.unused-definition');
      const all = fixAllInFile('link.unused-definition', diagnostics, context)!;
      assert.equal(applyFix(text, uri, all), 'T\n\n');
    });
    it('fix all is not offered for a single finding, nor for unsafe codes', async () => {
      const one = await fixesFor({ 'n.md': 'T\n\n[a]: https://a\n' }, 'n.md', 'link.unused-definition');
      assert.equal(fixAllInFile('link.unused-definition', one.diagnostics, one.context), undefined);
      const files = await fixesFor({ 'n.md': '[a](x.md) [b](y.md)\n' }, 'n.md', 'link.no-such-file');
      assert.equal(fixAllInFile('link.no-such-file', files.diagnostics, files.context), undefined);
    });
    it('fix all of broken fragments takes only unambiguous slugs', async () => {
      const text = '# Install\n\n## Usage\n\n[a](#instal) [b](#usag) [c](#zzz-unrelated)\n';
      const { diagnostics, context, uri } = await fixesFor({ 'n.md': text }, 'n.md', 'link.no-such-header-in-own-file');
      const all = fixAllInFile('link.no-such-header-in-own-file', diagnostics, context)!;
      assert.equal(applyFix(text, uri, all).split('\n')[4], '[a](#install) [b](#usage) [c](#zzz-unrelated)');
    });
    it('fix all of broken fragments is not offered when it would compare more than 50,000 headings', async () => {
      const headings = '# Install\n\n## Usage\n\n' + Array.from({ length: 998 }, (_, i) => `## zzzz ${i}\n`).join('\n');
      const links = (n: number) => '[a](#instal) [b](#usag) ' + Array.from({ length: n - 2 }, (_, i) => `[x](#qqq-${i})`).join(' ');
      const cheap = await fixesFor({ 'n.md': `${headings}\n${links(50)}\n` }, 'n.md', 'link.no-such-header-in-own-file');
      assert.ok(fixAllInFile('link.no-such-header-in-own-file', cheap.diagnostics, cheap.context));
      const costly = await fixesFor({ 'n.md': `${headings}\n${links(51)}\n` }, 'n.md', 'link.no-such-header-in-own-file');
      assert.equal(fixAllInFile('link.no-such-header-in-own-file', costly.diagnostics, costly.context), undefined);
    });
  });

  describe('todo.marker', () => {
    it('converts a TODO line into a task, or removes the marker', async () => {
      const { fixes, text, uri } = await fixesFor({ 'n.md': 'Intro\n\nTODO: write about EPT\n' }, 'n.md', 'todo.marker');
      assert.deepEqual(titles(fixes), ['Convert TODO to a task', 'Remove TODO']);
      assert.equal(applyFix(text, uri, fixes[0]), 'Intro\n\n- [ ] write about EPT\n');
      assert.equal(applyFix(text, uri, fixes[1]), 'Intro\n\nwrite about EPT\n');
    });
    it('removes a bare ### TODO heading line entirely', async () => {
      const { fixes, text, uri } = await fixesFor({ 'n.md': '# A\n\n### TODO\n\nText\n' }, 'n.md', 'todo.marker');
      assert.deepEqual(titles(fixes), ['Remove TODO']);
      assert.equal(applyFix(text, uri, fixes[0]), '# A\n\n\nText\n');
    });
    it('only removes the marker inside an existing task', async () => {
      const { fixes, text, uri } = await fixesFor({ 'n.md': '- [ ] FIXME: numbers\n' }, 'n.md', 'todo.marker');
      assert.deepEqual(titles(fixes), ['Remove FIXME']);
      assert.equal(applyFix(text, uri, fixes[0]), '- [ ] numbers\n');
    });
  });

  describe('todo.open-task', () => {
    it('marks the task as done', async () => {
      const { fixes, text, uri } = await fixesFor({ 'n.md': '- [x] a\n  - [ ] b\n' }, 'n.md', 'todo.open-task');
      assert.equal(applyFix(text, uri, fixes[0]), '- [x] a\n  - [x] b\n');
    });
  });

  describe('encoding', () => {
    it('repairs one mojibake span, or the whole file', async () => {
      const text = '# 笔记\n\nå¦æœ¯èµ„æº\n\nok\n\nå¦æœ¯èµ„æº again\n';
      const { fixes, uri, diagnostics, context } = await fixesFor({ 'n.md': text }, 'n.md', 'encoding.mojibake');
      assert.equal(fixes[0].title, "Repair encoding: '学术资源'");
      assert.equal(applyFix(text, uri, fixes[0]), '# 笔记\n\n学术资源\n\nok\n\nå¦æœ¯èµ„æº again\n');
      assert.equal(applyFix(text, uri, fixes[1]), '# 笔记\n\n学术资源\n\nok\n\n学术资源 again\n');
      assert.ok(fixAllInFile('encoding.mojibake', diagnostics, context));
    });
    it('deletes an unreadable character', async () => {
      const s = await lintService({ 'n.md': new Uint8Array([0x61, 0xff, 0x62, 0x0a]) });
      const d = (await s.diagnostics('n.md')).filter((x) => x.code === 'encoding.invalid-utf8');
      const fix = quickFixes(d[0], s.fixContext('n.md'))[0];
      assert.equal(applyFix('a\uFFFDb\n', s.uri('n.md'), fix), 'ab\n');
    });
  });

  describe('concept.duplicate-definition', () => {
    it('un-bolds the second definition so only the first defines the concept', async () => {
      const files = { 'a.md': '**EPT**：扩展页表。\n', 'b.md': '**EPT**：另一种说法。\n' };
      const s = await lintService(files);
      const [file, d] = await (async () => {
        for (const f of ['a.md', 'b.md']) {
          const found = (await s.diagnostics(f)).find((x) => x.code === 'concept.duplicate-definition');
          if (found) return [f, found] as const;
        }
        throw new Error('no duplicate reported');
      })();
      const fix = quickFixes(d, s.fixContext(file))[0];
      const after = applyFix(files[file as 'a.md' | 'b.md'], s.uri(file), fix);
      assert.equal(after.startsWith('EPT：'), true);
      const again = await lintService({ ...files, [file]: after });
      assert.deepEqual([...(await again.codes('a.md')), ...(await again.codes('b.md'))], []);
    });
  });

  describe('link an unlinked concept mention', () => {
    it('links a mention to the heading section of its definition', async () => {
      const s = await lintService({
        'glossary.md': '# Glossary\n\n## Memory\n\n**EPT**：扩展页表，硬件完成两级地址转换。\n',
        'notes/kvm.md': 'KVM 使用 EPT 加速。\n',
      });
      const context = s.fixContext('notes/kvm.md');
      const at = { line: 0, character: 8 };
      const fixes = codeActionsFor({ start: at, end: at }, [], [], context);
      assert.deepEqual(titles(fixes), ["Link 'EPT' to its definition"]);
      assert.equal(applyFix('KVM 使用 EPT 加速。\n', s.uri('notes/kvm.md'), fixes[0]), 'KVM 使用 [EPT](../glossary.md#memory) 加速。\n');
    });
    it('offers nothing on a mention that is already a link, or on the definition itself', async () => {
      const s = await lintService({ 'g.md': '**EPT**：扩展页表。\n\n[EPT](g.md) 已链接。\n' });
      const context = s.fixContext('g.md');
      for (const at of [{ line: 0, character: 3 }, { line: 2, character: 2 }]) {
        assert.deepEqual(codeActionsFor({ start: at, end: at }, [], [], context), []);
      }
    });
  });
});
