import type { NoteIndex } from '../index/noteIndex';
import { relativePath } from '../model/uris';
import { safeDecodeURIComponent } from '../text/strings';

/** A short, human label for a note URI: its path inside the workspace when known. */
export function relativeLabel(index: NoteIndex, uri: string): string {
  for (const root of index.roots) {
    const rel = relativePath(root, uri);
    if (rel) return rel;
  }
  return safeDecodeURIComponent(uri.split('/').pop() ?? uri);
}
