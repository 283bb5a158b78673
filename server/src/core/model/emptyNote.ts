import type { Note } from './types';

/** A note with nothing found in it yet; parsers fill it in. */
export function emptyNote(uri: string, text: string): Note {
  return {
    uri, title: '', text, headings: [], links: [], referenceDefinitions: [], footnotes: [], tasks: [], todos: [],
    codeRanges: [], proseSpans: [], tags: [], definitions: [], invalidUtf8: [], parseMode: 'cheap',
  };
}
