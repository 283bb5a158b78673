import type { Note, Range } from '../model/types';
import type { ConceptMatcher } from './matcher';
import { LineIndex } from '../text/lineIndex';

export interface Mention { conceptId: string; term: string; range: Range; start: number; end: number }

/** Characters NFKC may change beyond what the matcher folds itself (width forms). */
const NEEDS_NFKC = /[\u0300-\u036f\u00a0-\u00bf\u2000-\u2fff\u3200-\u33ff\uf900-\ufaff\ufe30-\ufe4f]/;

/** Concept mentions in prose: text nodes only, so code, URLs and link destinations never match. */
export function findMentions(note: Note, matcher: ConceptMatcher): Mention[] {
  if (matcher.size === 0 || note.proseSpans.length === 0) return [];
  const lines = new LineIndex(note.text);
  const mentions: Mention[] = [];
  for (const [from, to] of note.proseSpans) {
    const span = note.text.slice(from, to);
    const hits = NEEDS_NFKC.test(span) ? findInNormalized(span, from, matcher) : matcher.findAll(note.text, from, to);
    for (const hit of hits) {
      mentions.push({ conceptId: hit.conceptId, term: hit.term, start: hit.start, end: hit.end, range: lines.rangeAt(hit.start, hit.end) });
    }
  }
  return mentions;
}

/**
 * Matches on the NFKC form of a span (decomposed accents, compatibility characters)
 * and maps hits back to offsets in the note. Each base character and its combining
 * marks normalize as one unit, so every normalized offset has an original one.
 */
function findInNormalized(span: string, base: number, matcher: ConceptMatcher) {
  let normalized = '';
  const origin: number[] = [];
  for (const m of span.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const unit = m[0].normalize('NFKC');
    for (let k = 0; k < unit.length; k++) origin.push(m.index!);
    normalized += unit;
  }
  origin.push(span.length);
  const unitEnd = (i: number) => {
    // The end of the original unit that produced normalized offset i - 1.
    const start = origin[i - 1];
    let j = i;
    while (j < origin.length - 1 && origin[j] === start) j++;
    return origin[j];
  };
  return matcher.findAll(normalized).map((h) => ({ ...h, start: base + origin[h.start], end: base + unitEnd(h.end) }));
}
