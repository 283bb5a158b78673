import type { Note, Range } from '../model/types';
import type { ConceptMatcher } from './matcher';
import { LineIndex } from '../text/lineIndex';

export interface Mention { conceptId: string; term: string; range: Range; start: number; end: number }

/** Concept mentions in prose: text nodes only, so code, URLs and link destinations never match. */
export function findMentions(note: Note, matcher: ConceptMatcher): Mention[] {
  if (matcher.size === 0 || note.proseSpans.length === 0) return [];
  const lines = new LineIndex(note.text);
  const mentions: Mention[] = [];
  for (const [from, to] of note.proseSpans) {
    for (const hit of matcher.findAll(note.text, from, to)) {
      mentions.push({ conceptId: hit.conceptId, term: hit.term, start: hit.start, end: hit.end, range: lines.rangeAt(hit.start, hit.end) });
    }
  }
  return mentions;
}
