// Random notes and random editor edits for the LSP fuzz test: CJK prose, headings, links,
// wiki links, front matter, reference definitions, bold-term definitions, odd line breaks.
import fc from 'fast-check';

export const NOTE_NAMES = ['a.md', 'b.md', 'sub/c.md', 'glossary/g.md'];

const word = fc.constantFrom('容器', '命名空间', 'cgroups', 'EPT', '虚拟机', 'Pod', 'kvm', '调度', 'TODO', 'FIXME', '😀', 'naïve', 'x', '');
const words = fc.array(word, { maxLength: 6 }).map((w) => w.join(' '));
const target = fc.constantFrom('a.md', 'b.md', '../b.md', 'sub/c.md', 'c', 'missing.md', 'a.md#标题', 'b.md#heading', '#own', '/sub/c.md',
  'https://example.com', '../../../etc/passwd', '%2e%2e/x.md', 'glossary/g.md#容器', '');

const line: fc.Arbitrary<string> = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 7 }), words).map(([n, w]) => `${'#'.repeat(n)} ${w}`),
  words,
  fc.tuple(word, words).map(([w, d]) => `**${w}**：${d}`),
  fc.tuple(word, words).map(([w, d]) => `- **${w}** (别名)：${d}`),
  fc.tuple(words, target).map(([t, u]) => `see [${t}](${u}) here`),
  fc.tuple(fc.constantFrom('a', 'b', 'c', 'Heading', '容器', 'sub/c#标题', ''), fc.option(words)).map(([n, alias]) => `[[${n}${alias ? '|' + alias : ''}]]`),
  fc.tuple(fc.constantFrom('r', 'R 1', '引用'), target).map(([l, u]) => `[${l}]: ${u}`),
  fc.constantFrom('[text][r]', '[r][]', '[引用]', '- [ ] task TODO', '- [x] done', '> quote 容器', '```', '~~~', '`code 容器`',
    '---', 'title: T', 'aliases: [别名, 容器]', '| a | b |', '|---|---|', '<a name="own"></a>', '<img src="b.md">', '\t indented', '', '', ''),
  fc.string({ maxLength: 12 }),
);

const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

export const noteText: fc.Arbitrary<string> = fc.tuple(fc.boolean(), fc.array(line, { maxLength: 14 }), eol)
  .map(([frontMatter, lines, br]) => (frontMatter ? ['---', 'title: 标题', 'aliases: [容器]', '---', ...lines] : lines).join(br));

/** An edit as a client sends it: the whole text, or a range (as offsets into the current text) replaced. */
export type Edit = { kind: 'full'; text: string } | { kind: 'range'; from: number; to: number; text: string };

export const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 1, arbitrary: noteText.map((text) => ({ kind: 'full' as const, text })) },
  { weight: 4, arbitrary: fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(line, fc.constantFrom('\n', '\r\n', '**', '[', ']', '(', ')', '#', '：', '')))
    .map(([a, b, text]) => ({ kind: 'range' as const, from: Math.min(a, b), to: Math.max(a, b), text })) },
);

export interface FuzzCase { notes: Array<{ name: string; text: string; edits: Edit[] }> }

export const fuzzCase: fc.Arbitrary<FuzzCase> = fc.uniqueArray(fc.constantFrom(...NOTE_NAMES), { minLength: 1, maxLength: 3 })
  .chain((names) => fc.tuple(...names.map((name) => fc.record({ name: fc.constant(name), text: noteText, edits: fc.array(edit, { maxLength: 6 }) }))))
  .map((notes) => ({ notes }));

/** Offset in `text` that does not split a CRLF pair or a surrogate pair (clients never do). */
export function safeOffset(text: string, fraction: number): number {
  let offset = Math.round(fraction * text.length);
  while (offset > 0 && offset < text.length && ((text[offset - 1] === '\r' && text[offset] === '\n') || isLowSurrogate(text.charCodeAt(offset)))) offset++;
  return offset;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
