import type { Range } from '../model/types';
import type { NoteIndex } from '../index/noteIndex';
import { comparePositions } from '../text/lineIndex';
import { definitionNameRanges } from './locate';

/** A hoverable concept term in a note: a mention, or a name written at its definition. */
export interface ConceptToken { line: number; character: number; length: number; declaration: boolean }

/**
 * Concept mentions and defining terms in `uri`, in document order, one line each (tokens
 * may not span lines). With `range`, only tokens that start inside it.
 */
export function conceptTokens(index: NoteIndex, uri: string, range?: Range): ConceptToken[] {
  const note = index.get(uri);
  if (!note) return [];
  const tokens: ConceptToken[] = [];
  const definitions = note.definitions.flatMap((d) => definitionNameRanges(note, d)).filter(singleLine);
  for (const r of definitions) tokens.push(token(r, true));
  for (const m of index.mentions(uri)) {
    if (!singleLine(m.range)) continue;
    // The term at a definition is found as a mention too; it is marked once, as a declaration.
    if (definitions.some((d) => comparePositions(d.start, m.range.end) < 0 && comparePositions(m.range.start, d.end) < 0)) continue;
    tokens.push(token(m.range, false));
  }
  tokens.sort((a, b) => a.line - b.line || a.character - b.character);
  if (!range) return tokens;
  return tokens.filter((t) => comparePositions(range.start, t) <= 0 && comparePositions(t, range.end) < 0);
}

function singleLine(r: Range): boolean {
  return r.start.line === r.end.line && r.end.character > r.start.character;
}

function token(r: Range, declaration: boolean): ConceptToken {
  return { line: r.start.line, character: r.start.character, length: r.end.character - r.start.character, declaration };
}
