import * as assert from 'node:assert/strict';
import { lint, lintService, ofCode } from './helpers';

const FILE = 'link.no-such-file';
const HEADER_OWN = 'link.no-such-header-in-own-file';
const HEADER_OTHER = 'link.no-such-header-in-file';
const REF = 'link.no-such-reference';

describe('lint: links', () => {
  describe(FILE, () => {
    it('reports an inline link to a missing note, on its destination', async () => {
      const d = ofCode(await lint('See [x](missing.md).\n'), FILE);
      assert.equal(d.length, 1);
      assert.deepEqual(d[0].range, { start: { line: 0, character: 8 }, end: { line: 0, character: 18 } });
      assert.equal(d[0].severity, 'error');
    });
    it('reports images, HTML <a href>/<img src>, wiki links and reference definitions', async () => {
      const text = '![i](img/none.png)\n\n<a href="gone.md">g</a>\n\n[[nowhere]]\n\n[r][lbl]\n\n[lbl]: lost.md\n';
      const d = ofCode(await lint(text), FILE);
      assert.deepEqual(d.map((x) => x.range.start.line), [0, 2, 4, 8]);
    });
    it('accepts relative, root-relative, extensionless, folder and URL-encoded targets', async () => {
      const s = await lintService({
        'a/note.md': '[1](../b/other.md) [2](/b/other.md) [3](../b/other) [4](../c/) [5](../c) [6](../b/with%20space.md) [7](../b/%E4%B8%AD%E6%96%87.md) [8](<../b/with space.md>)\n',
        'b/other.md': '# Other\n', 'b/with space.md': '# S\n', 'b/中文.md': '# 中\n', 'c/README.md': '# C\n',
      });
      assert.deepEqual(await s.codes('a/note.md'), []);
    });
    it('accepts a link to an existing folder without an index note, and to non-note files', async () => {
      const s = await lintService({ 'note.md': '[d](pics/) [p](pics/a.png)\n', 'pics/a.png': 'x' });
      assert.deepEqual(await s.codes('note.md'), []);
    });
    it('follows the file system case rules (case-sensitive here)', async () => {
      const s = await lintService({ 'note.md': '[x](Other.md)\n', 'other.md': '# o\n' });
      assert.deepEqual(await s.codes('note.md'), [FILE]);
    });
    it('ignores external schemes, protocol-relative URLs and mailto', async () => {
      assert.deepEqual(await lint('[a](https://x.org/none.md) [b](//cdn/x.png) [c](mailto:a@b.c) [d](vscode://x) <https://y.org>\n'), []);
    });
    it('does not look at links inside code', async () => {
      assert.deepEqual(await lint('`[x](gone.md)`\n\n```\n[y](gone.md) [[gone]]\n```\n\n    [z](gone.md)\n'), []);
    });
    it('reports a link that climbs out of the workspace', async () => {
      assert.deepEqual((await lint('[x](../../outside.md)\n')).map((d) => d.code), [FILE]);
    });
  });

  describe(HEADER_OWN, () => {
    it('reports #frag with no such heading; the closest slug is left to the quick fix', async () => {
      const d = ofCode(await lint('# Install guide\n\nSee [x](#instal-guide).\n'), HEADER_OWN);
      assert.equal(d.length, 1);
      assert.equal(d[0].data?.fragment, 'instal-guide');
      assert.equal(d[0].data?.suggestions, undefined);
    });
    it('accepts GitHub slugs of CJK headings, raw or percent-encoded, and case-insensitively', async () => {
      const text = '# 扩展页表 (EPT)\n\n## Hello World\n\n[a](#扩展页表-ept) [b](#%E6%89%A9%E5%B1%95%E9%A1%B5%E8%A1%A8-ept) [c](#Hello-World)\n';
      assert.deepEqual(await lint(text), []);
    });
    it('numbers duplicate headings like GitHub: -1, -2', async () => {
      const text = '## Notes\n\n## Notes\n\n[a](#notes) [b](#notes-1)\n\n[c](#notes-2)\n';
      const d = ofCode(await lint(text), HEADER_OWN);
      assert.deepEqual(d.map((x) => x.range.start.line), [6]);
    });
    it('accepts <a name>, id= and {#id} anchors, footnote anchors and #L10 line anchors', async () => {
      const text = '<a name="top"></a>\n\n<div id="box"></div>\n\n## Setup {#custom}\n\n[a](#top) [b](#box) [c](#custom) [d](#L10) [e](#L1-L5) [f](#fn-1)\n';
      assert.deepEqual(ofCode(await lint(text), HEADER_OWN), []);
    });
    it('checks [[#heading]] wiki fragments by heading text', async () => {
      const d = await lint('# Alpha Beta\n\n[[#Alpha Beta]] [[#Gamma]]\n');
      assert.deepEqual(ofCode(d, HEADER_OWN).map((x) => x.data?.fragment), ['Gamma']);
    });
  });

  describe(HEADER_OTHER, () => {
    it('reports other.md#frag with no such heading, and passes a real one', async () => {
      const s = await lintService({ 'note.md': '[a](other.md#setup) [b](other.md#setpu) [c](other#安装-kubernetes)\n', 'other.md': '# Other\n\n## Setup\n\n## 安装 Kubernetes\n' });
      const d = await s.diagnostics('note.md');
      assert.deepEqual(d.map((x) => [x.code, x.data?.fragment, x.data?.uri]), [[HEADER_OTHER, 'setpu', s.uri('other.md')]]);
    });
    it('checks [[note#heading]] wiki links against the note found by name', async () => {
      const s = await lintService({ 'a.md': '[[deep/b#Intro]] [[b#Missing]]\n', 'deep/b.md': '# B\n\n## Intro\n' });
      assert.deepEqual((await s.diagnostics('a.md')).map((x) => x.data?.fragment), ['Missing']);
    });
  });

  describe(REF, () => {
    it('reports [text][label] and [label][] with no definition', async () => {
      const d = ofCode(await lint('[a][nope] and [gone][]\n'), REF);
      assert.deepEqual(d.map((x) => x.data?.label), ['nope', 'gone']);
    });
    it('does not report footnotes, task boxes or [1]-style bracketed prose', async () => {
      const text = 'Claim[^1] and [1] and [see below].\n\n- [ ] open\n- [x] done\n\n[^1]: A footnote.\n';
      assert.deepEqual((await lint(text)).filter((d) => d.code.startsWith('link.')), []);
    });
    it('reports a footnote call with no definition, but not a defined one or a definition line', async () => {
      const d = ofCode(await lint('One[^1], two[^2], code `[^3]`.\n\n[^1]: Defined.\n'), REF);
      assert.deepEqual(d.map((x) => [x.data?.label, x.range.start.character]), [['^2', 13]]);
    });
    it('reports a link written backwards, (text)[url], and not (aside)[1] prose or array indexing', async () => {
      const d = ofCode(await lint('Course (cs4780)[http://x.org/a.html] and (see)[1] and dp[i][j] and (other)[../b.md] and ()[https://y.org].\n'), REF);
      assert.deepEqual(d.map((x) => x.data?.target), ['http://x.org/a.html', '../b.md', 'https://y.org']);
    });
    it('matches labels case-insensitively with collapsed whitespace', async () => {
      assert.deepEqual(await lint('[a][My  Label]\n\n[my label]: https://x.org\n'), []);
    });
  });

  describe('link definitions', () => {
    it('reports an unused definition (warning) and not a used one', async () => {
      const d = await lint('[used][u]\n\n[u]: https://a.org\n[unused]: https://b.org\n');
      assert.deepEqual(d.map((x) => [x.code, x.severity, x.range.start.line]), [['link.unused-definition', 'warning', 3]]);
    });
    it('reports the second of two definitions of one label', async () => {
      const d = await lint('[a][x]\n\n[x]: https://a.org\n[X]: https://b.org\n');
      assert.deepEqual(d.map((x) => [x.code, x.range.start.line]), [['link.duplicate-definition', 3]]);
    });
    it('counts image references and shortcut references as uses', async () => {
      assert.deepEqual(await lint('![pic] and [site]\n\n[pic]: https://a.org/p.png\n[site]: https://a.org\n'), []);
    });
  });

  describe('citation runs', () => {
    it('[1][2] and [3][4][5] with no such definitions are citations, not references', async () => {
      assert.deepEqual(ofCode(await lint('Shown in [1][2] and again [3][4][5].\n'), REF), []);
    });
    it('a word label is still a reference, and a defined number still links', async () => {
      assert.equal(ofCode(await lint('A [foo][bar] link and [1][2].\n'), REF).length, 1);
      assert.deepEqual(await lint('See [1][2].\n\n[2]: https://example.org\n'), []);
    });
  });
});
