// Random notes for the differential test: short lines of tokens that sit on the edges of
// Markdown's rules — every link form (inline, reference, autolink, bare URL, wiki, image,
// HTML), emphasis and code delimiters, escapes, container prefixes (lists, quotes, tasks,
// indentation), headings (ATX and setext), fences, tables, definitions, footnotes, TODOs,
// front matter — over English and Chinese prose. Tokens are glued together with or without
// a space, so they also meet mid-word.
import fc from 'fast-check';

/** Concept terms the differential test looks for in prose. */
export const MENTION_TERMS = ['EPT', 'vCPU', 'cgroups', 'VM exit', '命名空间', '虚拟机', 'naïve'];

const prose = fc.constantFrom('the', 'kernel', 'page', 'table', 'EPT', 'vCPU', 'cgroups', 'VM exit', 'VM', 'exit', 'naïve', 'x', 'a_b', 'snake_case', '😀',
  '命名空间', '虚拟机', '内核', '页表', '调度', '容器', '，', '。', '：', '（', '）', '“', '”', 'EPT页表', '用cgroups限制');

const emphasis = fc.constantFrom('*', '**', '***', '_', '__', '~', '~~', '~~~', '**EPT**', '*em*', '_x_', '~~del~~', '**术语**：');

const code = fc.constantFrom('`', '``', '`code`', '`` a ` b ``', '`[a](b.md)`', '`*`');

const brackets = fc.constantFrom('[', ']', '(', ')', '![', '](', '][', '[]');

const links = fc.constantFrom('[a](b.md)', '[t](c.md "t")', '[x](<a b.md>)', '[e]()', '[p](a_(b).md)', '[q](x.md#标题)', '[*em* t](e.md)', '[`c`](d.md)', '[a\nb](m.md)',
  '![alt](i.png)', '![*a*](i.png "t")', '![a [b] c](i.png)', '[![i](i.png)](l.md)', '[x][ref]', '[ref][]', '[ref]', '[Ref]', '[r 2]', '[nodef][]', '[a][nodef]',
  '[^1]', '[^nope]', '[^1]:', '[ref]:');

const autolinks = fc.constantFrom('<https://x.org/a>', '<a@b.co>', '<mailto:a@b.co>', 'http://x.y/z', 'https://x.org/a_(b)', 'www.x.com', 'www.x.com/p?q=1.', 'a@b.co',
  'http://x.y/z[b](c.md "t")', 'https://x.org/*a*', '(https://x.org)');

const wiki = fc.constantFrom('[[w]]', '[[w|alias]]', '[[n#h]]', '[[n#h|a *b* c]]', '[[ x ]]', '[[12]]', '[[a_b|c_d]]', '[[容器]]', '[[w|**b**]]');

const html = fc.constantFrom('<a href="x.md">', '</a>', '<img src="i.png">', "<a href='y.md'>t</a>", '<span>', '<!-- c -->', '<br/>', '<div>', '</div>');

const todos = fc.constantFrom('TODO', 'FIXME', 'XXX', 'TODO:', 'todo', 'TODOs');

const escapes = fc.constantFrom('\\*', '\\[', '\\', '\\_', '\\`', '&amp;', '&#42;', '&nbsp;', '&#x5B;');

const misc = fc.constantFrom('|', '#', '!', '"', "'", ':', '=', '-', '>', '  ', '\t', '+');

const inlineToken: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: prose }, { weight: 3, arbitrary: emphasis }, { weight: 2, arbitrary: code }, { weight: 2, arbitrary: brackets },
  { weight: 4, arbitrary: links }, { weight: 2, arbitrary: autolinks }, { weight: 2, arbitrary: wiki }, { weight: 1, arbitrary: html },
  { weight: 2, arbitrary: todos }, { weight: 1, arbitrary: escapes }, { weight: 2, arbitrary: misc },
);

const glue = fc.constantFrom(' ', ' ', '');

const inline = fc.array(fc.tuple(inlineToken, glue), { maxLength: 7 }).map((parts) => parts.map(([t, g]) => t + g).join(''));

const lineStart = fc.constantFrom('', '', '', '', '# ', '## ', '###### ', '#', '- ', '* ', '+ ', '1. ', '2) ', '1.     ', '> ', '>', '> > ', '- [ ] ', '- [x] ', '* [X] ',
  '1. [ ] ', '  ', '    ', '\t', '   - ', '> - [ ] ', '- > ', '10. ');

const blockLine = fc.constantFrom('===', '---', '  ---', '= =', '***', '- - -', '___', '```', '```js', '~~~', '````', '``` `x`', '    code',
  '[ref]: https://r.org', '[Ref]: <r.md> "T"', '[r 2]: r2.md', '[ref]: r.md\n"title"', '[^1]: foot note', '[x]:', '[nodef]: \n',
  '| a | b |', '|---|---|', 'a | b', '--- | ---', '| [a](b.md) | `c|d` |', '|:-|-:|', '<div>', '</div>', '<!--', '-->', '<pre>', '</pre>', '', '', '');

const line: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(lineStart, inline).map(([s, t]) => s + t) },
  { weight: 2, arbitrary: blockLine },
);

const frontMatter = fc.constantFrom('', '', '', '---\ntitle: T\naliases: [EPT]\n---\n', '---\n---\n', '+++\ntitle = "t"\n+++\n', '---\ntitle: [\n---\n');

const eol = fc.constantFrom('\n', '\n', '\n', '\n', '\r\n', '\r');

export const generatedNote: fc.Arbitrary<string> = fc.tuple(frontMatter, fc.array(line, { minLength: 1, maxLength: 8 }), eol)
  .map(([fm, lines, br]) => (fm + lines.join('\n')).replace(/\n/g, br));
