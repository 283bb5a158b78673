import type { Note, Range } from '../../model/types';
import type { NoteIndex } from '../../index/noteIndex';
import type { Mention } from '../../concepts/mentions';
import type { ChineseLexicon } from '../../encoding/chineseLexicon';
import type { CancellationToken } from '../../workspace';
import { neverCancelled } from '../../workspace';
import { mentionCounts } from '../mentionCounts';
import { termCandidates, type TermCandidate, type TermShape } from './termCandidates';

/** A word the notes use but never define, with how often and where. */
export interface UndefinedTerm {
  term: string;
  shape: TermShape;
  count: number;
  /** Note URIs that use it, most uses first. */
  notes: string[];
  /** How many notes use it (`notes` may be cut short for the wire). */
  noteCount: number;
}

/** A concept that is defined but mentioned nowhere else. */
export interface UnmentionedConcept { name: string; conceptId: string; uri: string; range: Range }

export interface KnowledgeGaps { undefined: UndefinedTerm[]; unmentioned: UnmentionedConcept[] }

export interface GapOptions {
  /** Fewer uses than this and a term is not a gap yet. */
  minCount: number;
  /** At most this many undefined terms, most used first. */
  maxTerms: number;
}

export const DEFAULT_GAP_OPTIONS: GapOptions = { minCount: 2, maxTerms: 200 };

const YIELD_EVERY = 64;

interface NoteTally {
  /** Concept generation the mentions were taken at: the tally is stale after it. */
  generation: number;
  /** Lower-cased term → uses by spelling. */
  terms: Map<string, Map<string, { count: number; shape: TermShape }>>;
}

/**
 * What is still to learn: term-like words used often but defined nowhere, and concepts
 * nobody mentions. Each note's words are found once per version of the note and
 * counted once per concept set; an unchanged index answers from the last result.
 */
export function createGapFinder(lexicon: () => ChineseLexicon) {
  const candidates = new WeakMap<Note, TermCandidate[]>();
  const tallies = new WeakMap<Note, NoteTally>();
  let last: { version: number; options: string; gaps: KnowledgeGaps } | undefined;

  const tallyOf = (index: NoteIndex, note: Note): NoteTally => {
    const cached = tallies.get(note);
    if (cached?.generation === index.conceptGeneration) return cached;
    let found = candidates.get(note);
    if (!found) candidates.set(note, (found = termCandidates(note, lexicon)));
    const mentions = index.mentions(note.uri);
    const terms: NoteTally['terms'] = new Map();
    for (const c of found) {
      if (overlapsMention(mentions, c.start, c.end)) continue;
      // `CPU` and `cpu` are one gap: the user would define them once.
      const key = c.term.toLowerCase();
      let spellings = terms.get(key);
      if (!spellings) terms.set(key, (spellings = new Map<string, { count: number; shape: TermShape }>()));
      const use = spellings.get(c.term);
      if (use) use.count++; else spellings.set(c.term, { count: 1, shape: c.shape });
    }
    const tally = { generation: index.conceptGeneration, terms };
    tallies.set(note, tally);
    return tally;
  };

  return async function knowledgeGaps(index: NoteIndex, options: GapOptions = DEFAULT_GAP_OPTIONS, token: CancellationToken = neverCancelled): Promise<KnowledgeGaps | undefined> {
    const optionsKey = JSON.stringify(options);
    if (last && last.version === index.version && last.options === optionsKey) return last.gaps;
    const version = index.version;
    const all = new Map<string, { spellings: Map<string, { count: number; shape: TermShape }>; count: number; perNote: Map<string, number> }>();
    let seen = 0;
    for (const note of index.all()) {
      if (++seen % YIELD_EVERY === 0) {
        await new Promise((resolve) => setImmediate(resolve));
        if (token.isCancellationRequested) return undefined;
      }
      for (const [key, spellings] of tallyOf(index, note).terms) {
        let entry = all.get(key);
        if (!entry) all.set(key, (entry = { spellings: new Map(), count: 0, perNote: new Map() }));
        let inNote = 0;
        for (const [spelling, use] of spellings) {
          inNote += use.count;
          const sum = entry.spellings.get(spelling);
          if (sum) sum.count += use.count; else entry.spellings.set(spelling, { ...use });
        }
        entry.count += inNote;
        entry.perNote.set(note.uri, inNote);
      }
    }
    const terms: UndefinedTerm[] = [];
    for (const entry of all.values()) {
      if (entry.count < options.minCount) continue;
      const [term, { shape }] = mostUsed(entry.spellings);
      // Defined after all: a concept by that name, or a note of that title.
      if (index.concept(term) || index.noteNamed(term)) continue;
      terms.push({ term, shape, count: entry.count, noteCount: entry.perNote.size, notes: [...entry.perNote].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([uri]) => uri) });
    }
    terms.sort((a, b) => b.count - a.count || b.noteCount - a.noteCount || a.term.localeCompare(b.term));
    if (token.isCancellationRequested || index.version !== version) return undefined;
    const gaps = { undefined: terms.slice(0, options.maxTerms), unmentioned: unmentionedConcepts(index) };
    last = { version, options: optionsKey, gaps };
    return gaps;
  };
}

export type GapFinder = ReturnType<typeof createGapFinder>;

function unmentionedConcepts(index: NoteIndex): UnmentionedConcept[] {
  const counts = mentionCounts(index);
  return index.concepts()
    .filter((c) => !counts.get(c.id))
    .map((c) => ({ name: c.name, conceptId: c.id, uri: c.definitions[0].uri, range: c.definitions[0].range }));
}

function mostUsed<T extends { count: number }>(spellings: Map<string, T>): [string, T] {
  let best: [string, T] | undefined;
  for (const entry of spellings) if (!best || entry[1].count > best[1].count || (entry[1].count === best[1].count && entry[0] < best[0])) best = entry;
  return best!;
}

/** Mentions come in text order, so a binary search finds the one that could overlap. */
function overlapsMention(mentions: readonly Mention[], start: number, end: number): boolean {
  let lo = 0;
  let hi = mentions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const m = mentions[mid];
    if (m.end <= start) lo = mid + 1;
    else if (m.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}
