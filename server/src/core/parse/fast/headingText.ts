// A heading's plain text as remark's toString gives it, which its slug is made from.
// Most headings are plain or have only code spans and literal punctuation (snake_case,
// a lone `*`, `[x]` in a note without definitions); those are read directly. The rest are
// parsed alone with remark — one line, with the note's definitions for references.
import { toString } from 'mdast-util-to-string';
import type { IMdParser } from '../parser';
import { parseSnippet } from './snippetParse';
import { CODE_SPAN, everyUnderscoreIntraword } from './emphasisRules';

const INLINE_MARKUP = /[\\`*_\[\]<>&!~]/;

export interface HeadingSource { start: number; end: number; setext: boolean }

/** A task's text as remark gives it: the first line of its paragraph, rendered. `start` is right after `[ ] `. */
export function taskText(text: string, start: number, end: number, paragraphEnd: number, hasDefinitions: boolean, definitionSources: (piece: string) => string, parser: IMdParser): string {
  const firstLine = text.slice(start, end);
  if (!INLINE_MARKUP.test(firstLine)) return firstLine.trimEnd();
  // Markup on the first line may close on a later one (`[a⏎b](m.md)`): then the whole
  // paragraph is read, its later lines without their container prefixes.
  const multiLine = paragraphEnd > end;
  const content = multiLine ? firstLine + text.slice(end, paragraphEnd).replace(/^[ \t>]*/gm, '') : firstLine;
  const defs = content.includes('[') && hasDefinitions ? definitionSources(content) : '';
  const plain = multiLine ? undefined : readPlainly(content, defs !== '');
  if (plain !== undefined) return plain.trimEnd();
  const list = parseSnippet(parser, `- [ ] ${content}` + (defs ? `\n\n${defs}\n` : '')).children[0];
  const paragraph = list?.type === 'list' ? list.children[0]?.children[0] : undefined;
  return paragraph ? toString(paragraph).split(/\r\n|\r|\n/)[0] : content.trimEnd();
}

export function headingText(text: string, heading: HeadingSource, hasDefinitions: boolean, definitionSources: (piece: string) => string, parser: IMdParser): string {
  const content = text.slice(heading.start, heading.end);
  // Only definitions whose label occurs in the heading can make a bracket a link.
  const defs = content.includes('[') && hasDefinitions ? definitionSources(content) : '';
  if (!heading.setext) {
    if (!INLINE_MARKUP.test(content)) return content.trim();
    const plain = readPlainly(content, defs !== '') ?? readLinksPlainly(content);
    if (plain !== undefined) return plain.trim();
  }
  // A setext heading's first line may follow a definition, where it continues a paragraph
  // (`1.` is then no list): such a line is parsed after a line of its own, cut off again.
  const lead = heading.setext && /^[ \t>]*(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/m.test(content.split('\n', 1)[0]) ? 'x\n' : '';
  const source = (heading.setext ? `${lead}${content.replace(/^[ \t>]*/gm, '')}\n===` : `# ${content}`) + (defs ? `\n\n${defs}\n` : '');
  const first = parseSnippet(parser, source).children[0];
  if (!first) return content.trim();
  return toString(first).slice(lead.length).trim();
}

// `[label](destination)` with a plain label and a destination without spaces, quotes or
// brackets (one level of balanced parentheses, as in Wikipedia URLs).
const PLAIN_LINK = /!?\[([^\\`*_\[\]<>&!~]*)\]\((?:[^\s()<>\\"']|\([^\s()<>\\"']*\))*\)/g;

/**
 * `# [Title](https://…)`, the commonest heading with markup: plain text and plain inline
 * links only. The text is the link labels (an image gives its alt text) in place.
 */
function readLinksPlainly(content: string): string | undefined {
  const outside = content.replace(PLAIN_LINK, '');
  if (INLINE_MARKUP.test(outside)) return undefined;
  return content.replace(PLAIN_LINK, (_m, label: string) => label);
}

/** The text when every markup character is literal (or a code span), else undefined. */
function readPlainly(content: string, hasDefinitions: boolean): string | undefined {
  // A backslash may escape a backtick that CODE_SPAN would take as a span's opener.
  if (content.includes('\\')) return undefined;
  const outside = content.replace(CODE_SPAN, '\u0000');
  if (outside.includes('`') || outside.includes('<') || /\\[!-/:-@[-`{-~]/.test(outside) || /&(#|[A-Za-z][A-Za-z0-9]*;)/.test(outside)) return undefined;
  if (/[\[\]!]/.test(outside) && (hasDefinitions || outside.includes(']('))) return undefined;
  if (count(outside, '~') > 1 || count(outside, '*') > 1) return undefined;
  if (count(outside, '_') > 1 && !everyUnderscoreIntraword(outside)) return undefined;
  return content.replace(CODE_SPAN, (_m, _fence: string, body: string) => stripCodePadding(body.replace(/\n/g, ' ')));
}

function count(s: string, char: string): number {
  let n = 0;
  for (let i = s.indexOf(char); i !== -1; i = s.indexOf(char, i + 1)) n++;
  return n;
}

/** CommonMark strips one space from both ends of a code span that has one on each side. */
function stripCodePadding(body: string): string {
  return body.length >= 2 && body[0] === ' ' && body[body.length - 1] === ' ' && body.trim() !== '' ? body.slice(1, -1) : body;
}
