// Obsidian block ids: `^my-id` at the end of a paragraph or list item (after a space), or
// alone on the line after a block such as a table. "Link to blocks" (Obsidian Help,
// Linking notes and files › Internal links): ids are letters, numbers and dashes, and
// `[[Note#^my-id]]` links to the block. Foam reads the same anchors ("Block Links" in
// its wikilinks docs).
import type { Note, Range } from '../model/types';

export interface BlockId { id: string; /** The `^id` marker itself. */ range: Range; /** The line holding the block's text. */ line: number }

const BLOCK_ID = /(^|[ \t])\^([A-Za-z0-9-]+)[ \t]*\r?$/gm;
const cache = new WeakMap<Note, Map<string, BlockId>>();

/** Block ids of a note by lower-cased id (first one wins), outside code; cached per parsed note. */
export function blockIdsOf(note: Note): Map<string, BlockId> {
  let ids = cache.get(note);
  if (ids) return ids;
  ids = new Map();
  cache.set(note, ids);
  if (!note.text.includes('^')) return ids;
  const codeLines = new Set<number>();
  for (const r of note.codeRanges) for (let l = r.start.line; l <= r.end.line; l++) codeLines.add(l);
  let line = 0, lineStart = 0, scanned = 0;
  for (const m of note.text.matchAll(BLOCK_ID)) {
    const at = m.index! + m[1].length;
    for (; scanned < at; scanned++) if (note.text.charCodeAt(scanned) === 10) { line++; lineStart = scanned + 1; }
    if (codeLines.has(line)) continue;
    const character = at - lineStart;
    const key = m[2].toLowerCase();
    const ownLine = note.text.slice(lineStart, at).trim() === '';
    if (!ids.has(key)) ids.set(key, { id: m[2], range: { start: { line, character }, end: { line, character: character + 1 + m[2].length } }, line: ownLine ? Math.max(0, line - 1) : line });
  }
  return ids;
}
