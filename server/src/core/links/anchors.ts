import type { Note } from '../model/types';

// Fragment targets that are not headings: `<a name="x">`, any HTML `id="x"`, and the
// `{#x}` heading attribute of Hugo / Pandoc. Browsers and GitHub accept them all.
const HTML_ANCHOR = /<[A-Za-z][^>]*?\s(?:name|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/g;
const HEADING_ID = /^ {0,3}#{1,6}\s.*\{#([^\s}]+)[^}]*\}\s*$/gm;

const cache = new WeakMap<Note, Set<string>>();

/** Lower-cased, as fragments are compared. Cached per parsed note. */
export function htmlAnchorsOf(note: Note): Set<string> {
  let anchors = cache.get(note);
  if (!anchors) {
    anchors = new Set();
    if (note.text.includes('<') || note.text.includes('{#')) {
      for (const m of note.text.matchAll(HTML_ANCHOR)) anchors.add((m[1] ?? m[2] ?? m[3]).toLowerCase());
      for (const m of note.text.matchAll(HEADING_ID)) anchors.add(m[1].toLowerCase());
    }
    cache.set(note, anchors);
  }
  return anchors;
}
