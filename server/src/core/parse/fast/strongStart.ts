// Does a paragraph open with bold (`**term**`), and where does the bold end? Concept
// definitions start that way. The everyday shape — `**` … `**` with no other emphasis,
// code or brackets in between — is decided here with CommonMark's flanking rules (which
// matter for CJK: `**EPT（x）**是` is not bold); anything else is parsed alone with remark.
import type { IMdParser } from '../parser';
import { parseSnippet } from './snippetParse';

const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /[\s\p{Zs}]/u;
const TRICKY = /[*_`\[\]<\\&]/;

export function strongEndAt(text: string, start: number, end: number, parser: IMdParser): number | undefined {
  const marker = text.slice(start, start + 2);
  if (marker !== '**' && marker !== '__') return undefined;
  if (marker === '**' && text[start + 2] !== '*') {
    const close = text.indexOf('**', start + 2);
    if (close !== -1 && close < end && !TRICKY.test(text.slice(start + 2, close)) && text[close + 2] !== '*') {
      const first = text[start + 2];
      const before = text[close - 1];
      const after = close + 2 < end ? text[close + 2] : undefined;
      const opens = first !== undefined && !WHITESPACE.test(first);
      const closes = !WHITESPACE.test(before) && (!PUNCTUATION.test(before) || after === undefined || WHITESPACE.test(after) || PUNCTUATION.test(after));
      if (opens && closes) return close + 2;
    }
  }
  const paragraph = parseSnippet(parser, text.slice(start, end)).children[0];
  const strong = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
  return strong?.type === 'strong' && strong.position?.start.offset === 0 && strong.position.end.offset !== undefined ? start + strong.position.end.offset : undefined;
}
