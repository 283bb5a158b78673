import type { NoteIndex } from '../index/noteIndex';

/**
 * Mentions per concept id across every note, in one pass. The line that defines a
 * concept names it (and its aliases) but does not mention it, so it is not counted.
 */
export function mentionCounts(index: NoteIndex): Map<string, number> {
  const definitionLines = new Set<string>();
  for (const c of index.concepts()) {
    for (const d of c.definitions) definitionLines.add(`${c.id}\u0000${d.uri}\u0000${d.range.start.line}`);
  }
  const counts = new Map<string, number>();
  for (const note of index.all()) {
    for (const m of index.mentions(note.uri)) {
      if (definitionLines.has(`${m.conceptId}\u0000${note.uri}\u0000${m.range.start.line}`)) continue;
      counts.set(m.conceptId, (counts.get(m.conceptId) ?? 0) + 1);
    }
  }
  return counts;
}
