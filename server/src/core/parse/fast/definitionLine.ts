// `[label]: destination "title"` on one line, as CommonMark reads it. Definitions whose
// destination or title continue on the next line are reported as `incomplete` so the
// caller can fall back to the full parse instead of guessing.
import type { BlockDefinition } from './blockScan';
import { decodeDestination } from './destination';

const TITLE_CLOSERS: Record<string, string> = { '"': '"', "'": "'", '(': ')' };

export function parseDefinitionLine(text: string, start: number, lineEnd: number): BlockDefinition | 'incomplete' | undefined {
  let i = start + 1;
  for (; i < lineEnd; i++) {
    const c = text[i];
    if (c === '\\') { i++; continue; }
    if (c === '[') return undefined;
    if (c === ']') break;
  }
  if (i >= lineEnd || text[i + 1] !== ':' || i - start - 1 > 999) return undefined;
  const rawLabel = text.slice(start + 1, i);
  if (rawLabel.trim() === '') return undefined;
  let j = skipBlanks(text, i + 2, lineEnd);
  if (j >= lineEnd) return 'incomplete';
  let destStart = j;
  let destEnd: number;
  if (text[j] === '<') {
    const close = findUnescaped(text, j + 1, lineEnd, '>');
    if (close === -1 || text.slice(j + 1, close).includes('<')) return undefined;
    destStart = j + 1;
    destEnd = close;
    j = close + 1;
  } else {
    let depth = 0;
    for (; j < lineEnd; j++) {
      const c = text[j];
      if (c === '\\' && j + 1 < lineEnd) { j++; continue; }
      if (c === ' ' || c === '\t' || c.charCodeAt(0) < 0x20) break;
      if (c === '(') depth++;
      else if (c === ')') { if (depth === 0) break; depth--; }
    }
    if (depth !== 0) return undefined;
    destEnd = j;
    if (destEnd === destStart) return undefined;
  }
  const afterDest = j;
  j = skipBlanks(text, j, lineEnd);
  let end = afterDest;
  if (j < lineEnd) {
    const closer = TITLE_CLOSERS[text[j]];
    if (!closer || j === afterDest) return undefined;
    const close = findUnescaped(text, j + 1, lineEnd, closer);
    if (close === -1) return 'incomplete';
    if (skipBlanks(text, close + 1, lineEnd) < lineEnd) return undefined;
    end = close + 1;
  } else if (/^[ \t]{0,3}["'(]/.test(nextLine(text, lineEnd))) {
    return 'incomplete'; // the title may be on the next line
  }
  const target = decodeDestination(text.slice(destStart, destEnd));
  if (target === undefined) return 'incomplete';
  return { rawLabel, target, start, end };
}

function skipBlanks(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && (text[i] === ' ' || text[i] === '\t')) i++;
  return i;
}

function findUnescaped(text: string, from: number, to: number, char: string): number {
  for (let i = from; i < to; i++) {
    if (text[i] === '\\') { i++; continue; }
    if (text[i] === char) return i;
  }
  return -1;
}

function nextLine(text: string, lineEnd: number): string {
  let start = lineEnd;
  if (text[start] === '\r') start++;
  if (text[start] === '\n') start++;
  else return '';
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end);
}
