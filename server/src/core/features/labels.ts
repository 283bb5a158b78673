import type { NoteIndex } from '../index/noteIndex';

/** A short, human label for a note URI: its path inside the workspace when known. */
export function relativeLabel(index: NoteIndex, uri: string): string {
  for (const r of index.roots) {
    const root = r.replace(/\/$/, '') + '/';
    if (uri.startsWith(root)) return safeDecode(uri.slice(root.length));
  }
  return safeDecode(uri.split('/').pop() ?? uri);
}

function safeDecode(s: string): string {
  try { return decodeURIComponent(s); } catch { return s; }
}
