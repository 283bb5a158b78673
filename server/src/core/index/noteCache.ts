// A persistent store of parsed notes, so a restart does not parse unchanged notes again.
// The core only sees this interface; server/src/node/fileNoteCache.ts keeps it on disk in
// the editor's extension storage. Entries are keyed by everything a note's model depends
// on (its URI, its bytes, the parse options), so a stale entry can never be found.
import type { Note } from '../model/types';

/** A note as stored: everything but the text, which comes back from the file itself. */
export type CachedNote = Omit<Note, 'text'>;

export interface INoteCache {
  keyOf(uri: string, bytes: Uint8Array, optionsSignature: string): string;
  get(key: string): CachedNote | undefined;
  put(key: string, note: Note): void;
  /** Keeps only the entries used or put since loading, and writes them out when anything changed. */
  save(): Promise<void>;
}

export function toCached(note: Note): CachedNote {
  const { text: _text, ...rest } = note;
  return rest;
}

export function fromCached(cached: CachedNote, text: string): Note {
  return { ...cached, text };
}
