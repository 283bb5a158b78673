// The Backlinks view's data: what links to a note ("Linked") and what names it without a
// link ("Unlinked mentions": its title, its aliases, the concepts it defines).
import type { NoteIndex } from '../index/noteIndex';
import type { LinkResolver } from '../links/linkResolver';
import type { Mention } from '../concepts/mentions';
import type { Note, Range } from '../model/types';
import type { CancellationToken } from '../workspace';
import { LineIndex, comparePositions } from '../text/lineIndex';
import { forEachLinkInto } from './linksInto';
import { mayContainAll, wordHashes } from '../text/tokenFilter';

export interface Backlink { uri: string; range: Range; context: string }
export interface UnlinkedMention extends Backlink { conceptId?: string }
export interface Backlinks { linked: Backlink[]; unlinked: UnlinkedMention[] }

export interface BacklinkOptions {
  /** Off: only the linked ones (no text search). */
  unlinkedMentions?: boolean;
  /** At most this many unlinked mentions: a common title would otherwise list thousands. */
  maxUnlinked?: number;
}

/** Mentions of each concept across the workspace, `uri` beside each (built once per index version). */
export type MentionsByConcept = () => ReadonlyMap<string, ReadonlyArray<{ uri: string; mention: Mention }>>;

const CONTEXT_CHARS = 160;
/** A common word as a title (`tree`) is named in hundreds of notes; the first hundred are enough to act on. */
const DEFAULT_MAX_UNLINKED = 100;
const YIELD_EVERY = 64;
/** Shorter titles and aliases match too much text to be worth listing (`Go`, `C`). */
const MIN_NAME_LENGTH = 2;

export function mentionsByConcept(index: NoteIndex): Map<string, Array<{ uri: string; mention: Mention }>> {
  const out = new Map<string, Array<{ uri: string; mention: Mention }>>();
  for (const note of index.all()) {
    for (const mention of index.mentions(note.uri)) {
      let list = out.get(mention.conceptId);
      if (!list) out.set(mention.conceptId, list = []);
      list.push({ uri: note.uri, mention });
    }
  }
  return out;
}

/** Undefined when cancelled. */
export async function backlinks(index: NoteIndex, resolver: LinkResolver, uri: string, byConcept: MentionsByConcept,
  options: BacklinkOptions, token: CancellationToken): Promise<Backlinks | undefined> {
  const target = index.get(uri);
  if (!target) return { linked: [], unlinked: [] };
  const linked: Backlink[] = [];
  const completed = await forEachLinkInto(index, resolver, uri, token, (note, link) => {
    if (note.uri !== uri) linked.push({ uri: note.uri, range: link.range, context: contextOf(note, link.range) });
  });
  if (!completed) return undefined;
  sortLocations(linked);
  if (options.unlinkedMentions === false) return { linked, unlinked: [] };
  const unlinked = await unlinkedMentions(index, target, byConcept, options.maxUnlinked ?? DEFAULT_MAX_UNLINKED, token);
  return unlinked && { linked, unlinked };
}

async function unlinkedMentions(index: NoteIndex, target: Note, byConcept: MentionsByConcept, max: number, token: CancellationToken): Promise<UnlinkedMention[] | undefined> {
  const out: UnlinkedMention[] = [];
  /** Per note, the ranges already listed: a title that is also a concept name is listed once. */
  const taken = new Map<string, Range[]>();
  const take = (note: Note, range: Range, conceptId?: string) => {
    if (out.length >= max || insideLink(note, range)) return;
    const ranges = taken.get(note.uri) ?? [];
    if (ranges.some((r) => overlaps(r, range))) return;
    ranges.push(range);
    taken.set(note.uri, ranges);
    out.push({ uri: note.uri, range, context: contextOf(note, range), ...(conceptId ? { conceptId } : {}) });
  };

  const conceptIds = new Set<string>();
  for (const d of target.definitions) { const c = index.concept(d.name); if (c) conceptIds.add(c.id); }
  if (conceptIds.size) {
    // The line that defines a concept names it but does not mention it.
    const definitionLines = new Set<string>();
    for (const id of conceptIds) for (const d of index.concept(id)?.definitions ?? []) definitionLines.add(`${d.uri}\u0000${d.range.start.line}`);
    const all = byConcept();
    for (const id of conceptIds) {
      for (const { uri, mention } of all.get(id) ?? []) {
        if (uri === target.uri || definitionLines.has(`${uri}\u0000${mention.range.start.line}`)) continue;
        const note = index.get(uri);
        if (note) take(note, mention.range, id);
      }
    }
  }

  const names = usableNames([target.title, ...(target.frontMatter?.aliases ?? [])]);
  const pattern = namePattern(names);
  if (pattern) {
    // Each name's words, so most notes are ruled out by their word filter, not read.
    const words = names.map(wordHashes);
    let visited = 0;
    for (const note of index.all()) {
      if (out.length >= max) break;
      if (++visited % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
      if (token.isCancellationRequested) return undefined;
      if (note.uri === target.uri || !words.some((w) => mayContainAll(note, note.text, note.proseSpans, w))) continue;
      for (const [start, end] of textHits(note, pattern)) take(note, linesOf(note).rangeAt(start, end));
    }
  }
  if (token.isCancellationRequested) return undefined;
  return sortLocations(out);
}

function usableNames(names: string[]): string[] {
  return [...new Set(names.map((n) => n.trim()).filter((n) => [...n].length >= MIN_NAME_LENGTH && wordHashes(n).length > 0))];
}

/**
 * One case-insensitive pattern for every name. Latin names must stand alone (`KVM`, not
 * `KVMs` or `xKVM`); CJK text has no spaces, so a CJK name matches wherever it occurs.
 */
function namePattern(names: string[]): RegExp | undefined {
  const parts = [...names]
    .sort((a, b) => b.length - a.length)
    .map((n) => {
      const escaped = n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
      const head = /^[\p{L}\p{N}_]/u.test(n) && !/^\p{Script=Han}/u.test(n) ? '(?<![\\p{L}\\p{N}_])' : '';
      const tail = /[\p{L}\p{N}_]$/u.test(n) && !/\p{Script=Han}$/u.test(n) ? '(?![\\p{L}\\p{N}_])' : '';
      return head + escaped + tail;
    });
  return parts.length ? new RegExp(parts.join('|'), 'giu') : undefined;
}

/** Offsets of the pattern's matches that lie wholly in one prose span (never code or front matter). One pass over the text. */
function* textHits(note: Note, pattern: RegExp): Generator<[number, number]> {
  if (!note.proseSpans.length) return;
  pattern.lastIndex = 0;
  let span = 0;
  for (const m of note.text.matchAll(pattern)) {
    const start = m.index, end = start + m[0].length;
    while (span < note.proseSpans.length && note.proseSpans[span][1] < end) span++;
    if (span === note.proseSpans.length) return;
    if (note.proseSpans[span][0] <= start) yield [start, end];
  }
}

function insideLink(note: Note, range: Range): boolean {
  return note.links.some((l) => comparePositions(l.range.start, range.end) < 0 && comparePositions(range.start, l.range.end) < 0);
}

function overlaps(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

/** The line the range starts on, trimmed; a long line is cut around the range. */
function contextOf(note: Note, range: Range): string {
  const line = linesOf(note).lineText(range.start.line);
  const trimmed = line.trim();
  if (trimmed.length <= CONTEXT_CHARS) return trimmed;
  const from = Math.max(0, range.start.character - CONTEXT_CHARS / 4);
  return (from > 0 ? '…' : '') + line.slice(from, from + CONTEXT_CHARS).trim() + '…';
}

const lineIndexes = new WeakMap<Note, LineIndex>();
function linesOf(note: Note): LineIndex {
  let lines = lineIndexes.get(note);
  if (!lines) lineIndexes.set(note, lines = new LineIndex(note.text));
  return lines;
}

function sortLocations<T extends Backlink>(items: T[]): T[] {
  return items.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : comparePositions(a.range.start, b.range.start)));
}
