// The fast scan's shortcuts (plain link headings, bold openings with code or `_`, `***x***`,
// `__name`, brackets that no definition can claim, lone CR line endings, emphasis that
// cuts a wiki link or a TODO's text, link text, bare URLs) against the full remark parse, on small
// notes written to sit on each shortcut's edge. The corpora test covers real notes.
import * as assert from 'node:assert/strict';
import { createRemarkParser } from '../../../server/src/core';
import { fastScan, fastScanNote } from '../../../server/src/core/parse/fast/fastScanNote';
import { extractNote } from '../../../server/src/core/parse/extractNote';
import { differences } from './projection';

const parser = createRemarkParser();

const NOTES: Record<string, string> = {
  'link heading': '# [Title](https://x.org/a_(b)) and [two](y.md)\n\n## ![alt](i.png) *em* [x](y)\n',
  'link heading with markup in the label': '# [*Title*](https://x.org)\n\n# [a `b`](c)\n',
  'link heading with a title': '# [T](https://x.org "title")\n',
  'bold with code': '**`mutex.c`**：可睡眠的互斥锁。\n\n**`a**b`** c\n\n**`x** y\n',
  'bold with intraword underscores': '**atomic_add**：计数。\n\n**_x_**：no\n\n**a__b**：maybe\n',
  'bold with brackets, no definitions': '**dp[i][j] 表示长度**：x\n\n**a [b** c](d)\n',
  'bold with brackets and a matching definition': '**a [b** c]：x\n\n[b** c]: https://x.org\n\n**dp[i]**：y\n\n[i]: z.md\n',
  'emphasis around strong': '***The Swap Problem***\n\n***a** b*\n\n***a* b**\n\n***a ***\n',
  'double underscore names': '__schedule() 里 preempt\n\n__a_b__ c\n\n__init : x\n\n__x__：y\n',
  'lone CR line endings': '# A\r\rSee [multi\rline](b.md#x) and [[w]].\r\r**术语**：解释\r续行\r\r- [ ] task\r  more\rTODO x\r\rSetext\rtwo\r===\r',
  'emphasis inside wiki links and around TODOs': '> Also [[Recurring Tasks#Order|recurrences are added *below* the previous one.]]\n\n'
    + '[[a|b **c** d]], [[x_y]], *[[a|b*]] and ~~[[s]]~~\n\n**TODO** later, __TODO__ x and *a TODO b* c\n\n- [[k|*x*]] TODO *y*\n',
  'link text as written': '[*Title*](x.md) ![a [b] `]` c](i.png "t") [x\\]][r] [r][] ![r] [](e.md) <https://a.b/c> www.c.de/x and a@b.co [[w|al]] [u][none]\n\n[r]: u.md\n',
  'bare URLs that swallow brackets': 'http://x.y/z[b] and https://x.org)x[n] and 容器https://x.org/a_(b) and www.a.com/b&amp; c\n\nssh root@10.0.150.0, user-1.slice/user@1000.service and a@b.co\n',
  'a TODO ends at a lone CR': 'a TODO x\rnext line\r\rTODO y\r\n',
  'brackets in headings and tasks': '# [ ] 如何调试\n\n# [x] done?\n\n- [ ] [x] and [y]\n\n[y]: y.md\n',
  'indented HTML blocks keep their indentation': '  <div>[[n#h]]\n    x\n\n>   <div>\n> y\n\n- a\n\n    <!-- c -->\n',
  'an image alt holds no code, HTML, links or footnote calls': '![a [b](c) `d` <span> [^1] <http://a.b> e](i.png) and ![`x`](y.png)\n\n[^1]: x\n',
  'text ends at the line ending before syntax that opens a quoted line': '>t\n><e> and\n> `c` x\n>a\n>www.x.com b\n',
  'a deeper quote inside an HTML block is HTML text': '<v>\n>\n\n<div>\n> > a\n\n> <div>\n> > a\n> b\n\nc\n',
  'a task paragraph starts at its box unless text follows it': '---\ntitle: T\naliases: [A]\n---\n* [X] []() and *b*\n',
  'a task paragraph starting with text': '---\ntitle: T\naliases: [A]\n---\n- [ ]  a *b* c\n',
  'an open fence ends before a last line its containers use up': '1. ~~~\r ',
  'an open fence in a quote, its last line a bare quote marker': '> ```\n> ',
  'a line that interrupts a paragraph opens no empty nested list item': 'a\n* *\n\n- b\n  - *\n\n> c\n> - *\n\nd\n- - 2. x\n\n- e\n- *\n',
  'a backtick line with a backtick after it is no fence, so it continues a paragraph lazily': '>a\n```x`\n2)\n',
  'an address after a letter of another script, and bare URLs after CJK punctuation': '制a@b.co 和（www.x.com）、x/a@b.co\n',
  'a fence its list item leaves open ends where the next item starts': '- ```\n  a\n- b\n\n1. ~~~\r1.\n\n> ```\n> x\n- y\n\n- ```\n  x\n\n- y\n\n- ```\n  x\n# h\n',
  'a quote marker at a fence\'s own column is not code text': '- ```\n  x\n> y\n',
  'HTML waiting for its end marker ends where the next item starts': '> <!--\n> x\n- y\n\n- <pre>\n- z\n',
  'after a backtick run no span closes, text takes in the line prefixes that follow': '>`` a <e>\n>b\n><e>\n\n>``\n>`e`\n',
  'an empty list item ends at a blank line': '1.\n\n    e\n\n> 1.\n>\n>     f\n',
  'a lone tag line after indented code opens an HTML block': '    ]\n<e>\nTODO\n',
  'a lone tag on a line that could be lazy opens HTML inside the paragraph\'s containers': '- 机\n<e>\n  e\n\n>e\n<e>\nTODO\n\n>f\n<e>\n>x\n\n>g\n<e> y\nz\n',
  'a list item\'s indentation is read at its own quote level': '- `\n> +\n\n* ]\n>\n\t[p]()\n\n1. x\n> > \tx\n    e\n\n> - a\n\n>   b\n',
  'a backslash ending a paragraph is text': 'a \\\n\nb\n',
  'emphasis next to an emoji, whose halves are neither space nor punctuation': '_x_😀 😀_y_ *z*😀 **a**😀b\n',
  'indented code read at its own quote level': '    >\n> > []()-\n',
  'a quote left of the item it leaves is a new quote, ending the paragraph or fence inside': '- >g\n> ”\n\n- >~~~\n>”\n',
  'a domain\'s last dot is trailing punctuation': 'see www.x.com. and https://x.org. y\n',
  'a hard break ends text before its spaces, and the next line\'s text starts after its prefix': '> **更新**  \n> Kubernetes 1.24+\n\n> a\\\n> b\n\n- c  \n  d\n',
  'a blank line indented as far as indented code belongs to it': '    a\n    \nb\n\n\tE\n     ',
  'a footnote definition holds blocks': '[^1]: - x\n\n[^2]: # h\n\n[^3]: > q\n\n[^4]:*\n',
  'an escaped backtick in a heading or task is no code span': '# \\`*`\n\n- [x] \\`)`\n',
  'a setext heading whose first line follows a definition': '[2]: m\n1.\n-\n\n===\n===\n',
  'any list item or lone tag ends a table': 'w|>\n-|-\n-\n\na|b\n-|-\n2. x\n\nc|d\n-|-\n<e>\n',
  'a task whose first line holds a link that ends below': '1. [ ] *a [a\nb](m.md) TODO\n- [x] `a\n  b` c\n',
  'tags: inline, nested, CJK, not in code, URLs, headings, words or wiki links': '---\ntags: [os/linux, "#虚拟化", 1984]\ntitle: T\n---\n'
    + '# Heading #not\n\nText #tag, #嵌套/子 and #a-b_c. *#em* [#in](x.md) `#code` C# a#b #1984 #y1984 https://x.org/#frag [[n#h]] <span>#h</span>\n\n'
    + '#start\n\n```\n#fenced\n```\n\n> #quoted **#b**\n\n| #cell | x |\n|---|---|\n',
  'tags in a front matter list, one key after another': '---\ntags:\n  - alpha\n  - "beta/gamma"\naliases: [alpha]\n---\n\nUses #alpha.\n',
};

/** Shapes the scan leaves to remark, each with the reason it gives. */
const DECLINED: Record<string, [string, string]> = {
  'a bare URL only the tree transform links, in text spanning lines': ['`www.x.com\n XXX\n', "a bare URL that only remark's tree transform links, in text it cannot place"],
  'an empty list item after indented code and a blank line': ['\t>\n\n0.\n', 'a list item that may not start after indented code and a blank line'],
  'indented code right below a quote, with an indented blank line': ['>\n    code\n\t \n', 'indented code right below a block quote, with indented blank lines'],
  'a bare www. with no domain': ['TODO www. here\n', 'a bare "www." without a domain'],
  'front matter left open: remark then reads no quotes or lists': ['---\ntitle: [\n\n> b\n\n- c\n', 'a front matter fence left open'],
};

describe('fast scan declines what it does not model', () => {
  for (const [name, [text, reason]] of Object.entries(DECLINED)) {
    it(name, () => assert.equal(fastScan('file:///ws/declined.md', text, parser).declined, reason));
  }
});

describe('fast scan shortcuts = full parse', () => {
  for (const [name, text] of Object.entries(NOTES)) {
    it(name, () => {
      const uri = `file:///ws/${name.replace(/\W+/g, '-')}.md`;
      const fast = fastScanNote(uri, text, parser, {});
      assert.ok(fast, 'the fast scan reads this note');
      const full = extractNote(uri, text, parser.parse(text), {});
      assert.deepEqual(differences(full, fast), []);
      assert.equal(fast.text, text);
      // Link text is kept raw by the scan (`*Title*`); across a lone CR it must keep the CR.
      if (text.includes('\r')) assert.deepEqual(fast.links.map((l) => l.text), full.links.map((l) => l.text));
    });
  }
});
