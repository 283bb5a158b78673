// Does a paragraph open with bold (`**term**`), and where does the bold end? Concept
// definitions start that way. The everyday shape — `**` … `**` with no other emphasis,
// code or brackets in between — is decided here with CommonMark's flanking rules (which
// matter for CJK: `**EPT（x）**是` is not bold); anything else is parsed alone with remark.
import type { IMdParser } from '../parser';
import { parseSnippet } from './snippetParse';
import { CODE_SPAN, WHITESPACE, closesEmphasis, everyUnderscoreIntraword, isAlphanumeric } from './emphasisRules';

const TRICKY = /[*_`\[\]<\\&]/;

export function strongEndAt(text: string, start: number, end: number, parser: IMdParser, definitionsIn: (piece: string) => string = () => ''): number | undefined {
  const marker = text.slice(start, start + 2);
  if (marker !== '**' && marker !== '__') return undefined;
  // `__name` with no `_` run after it that could close: no bold.
  if (marker === '__' && text[start + 2] !== '_' && everyUnderscoreIntraword(text.slice(start + 2, end))) return undefined;
  if (marker === '**' && text[start + 2] === '*' && emphasisAroundStrong(text, start, end)) return undefined;
  if (marker === '**' && text[start + 2] !== '*') {
    const close = closingStars(text, start + 2, end);
    if (close !== undefined && !tricky(text, start, close, end, definitionsIn) && text[close + 2] !== '*') {
      const first = text[start + 2];
      const before = text[close - 1];
      const after = close + 2 < end ? text[close + 2] : undefined;
      const opens = first !== undefined && !WHITESPACE.test(first);
      if (opens && closesEmphasis(before, after)) return close + 2;
    }
  }
  const paragraph = parseSnippet(parser, text.slice(start, end)).children[0];
  const strong = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined;
  return strong?.type === 'strong' && strong.position?.start.offset === 0 && strong.position.end.offset !== undefined ? start + strong.position.end.offset : undefined;
}

/**
 * `***Title***` with nothing tricky inside and a valid closer parses as emphasis around
 * strong, so the paragraph does not open with strong.
 */
function emphasisAroundStrong(text: string, start: number, end: number): boolean {
  if (text[start + 3] === '*' || WHITESPACE.test(text[start + 3] ?? ' ')) return false;
  const close = text.indexOf('*', start + 3);
  if (close === -1 || close >= end || text.slice(close, close + 3) !== '***' || text[close + 3] === '*') return false;
  if (TRICKY.test(text.slice(start + 3, close))) return false;
  return closesEmphasis(text[close - 1], close + 3 < end ? text[close + 3] : undefined);
}

/** The first `**` after `from` outside code spans; undefined when a backtick run is unmatched. */
function closingStars(text: string, from: number, end: number): number | undefined {
  for (let i = from; i < end; i++) {
    if (text[i] === '`') {
      let runEnd = i;
      while (text[runEnd] === '`') runEnd++;
      const fence = text.slice(i, runEnd);
      let j = text.indexOf(fence, runEnd);
      while (j !== -1 && j < end && (text[j + fence.length] === '`')) {
        let k = j;
        while (text[k] === '`') k++;
        j = text.indexOf(fence, k);
      }
      if (j === -1 || j >= end) return undefined;
      i = j + fence.length - 1;
    } else if (text[i] === '*' && text[i + 1] === '*') return i;
  }
  return undefined;
}

/**
 * Markup between the opener and its closer that the scan does not model: emphasis
 * characters outside code spans (except `_` between letters), HTML, escapes, entities,
 * and brackets that could form a link (an inline `](`, or a definition's label).
 */
function tricky(text: string, start: number, close: number, end: number, definitionsIn: (piece: string) => string): boolean {
  const inner = text.slice(start + 2, close).replace(CODE_SPAN, 'x');
  if (/[*<\\&`]/.test(inner)) return true;
  for (let i = inner.indexOf('_'); i !== -1; i = inner.indexOf('_', i + 1)) {
    if (!isAlphanumeric(inner[i - 1]) || !isAlphanumeric(inner[i + 1])) return true;
  }
  if (/[\[\]]/.test(inner)) {
    const paragraph = text.slice(start, end);
    if (paragraph.includes('](') || paragraph.includes('[^') || definitionsIn(paragraph) !== '') return true;
  }
  return false;
}
