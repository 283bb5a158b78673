import type { NoteIndex } from '../index/noteIndex';
import type { LinkResolver } from '../links/linkResolver';
import type { Position, Range } from '../model/types';
import type { CancellationToken } from '../workspace';
import { forEachLinkInto } from './linksInto';

export interface ReferenceLens {
  kind: 'heading' | 'concept';
  range: Range;
  /** Where a references request finds exactly what the lens counts. */
  position: Position;
  count: number;
}

/**
 * "N references" on each heading (the links to it; on the title heading, the links to the
 * note as well) and each concept definition (its mentions). One pass over the notes the
 * link graph names as linkers, so a lens costs what links here, not the workspace.
 * Undefined when cancelled.
 */
export async function referenceLenses(index: NoteIndex, resolver: LinkResolver, uri: string, mentionCounts: () => ReadonlyMap<string, number>,
  token: CancellationToken): Promise<ReferenceLens[] | undefined> {
  const note = index.get(uri);
  if (!note) return [];
  const perSlug = await linksPerHeading(index, resolver, uri, token);
  if (!perSlug) return undefined;
  const titleHeading = note.headings.find((h) => h.level === 1);
  const lenses: ReferenceLens[] = note.headings.map((h) => ({
    kind: 'heading',
    range: h.range,
    position: h.range.start,
    count: (perSlug.get(h.slug) ?? 0) + (h === titleHeading ? perSlug.get(undefined) ?? 0 : 0),
  }));
  if (note.definitions.length) {
    const counts = mentionCounts();
    for (const d of note.definitions) {
      const concept = index.concept(d.name);
      if (concept) lenses.push({ kind: 'concept', range: d.range, position: d.range.start, count: counts.get(concept.id) ?? 0 });
    }
  }
  return lenses.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}

/** Links into `targetUri`, counted by the heading slug they reach (undefined: the note itself). */
async function linksPerHeading(index: NoteIndex, resolver: LinkResolver, targetUri: string, token: CancellationToken): Promise<Map<string | undefined, number> | undefined> {
  const counts = new Map<string | undefined, number>();
  const completed = await forEachLinkInto(index, resolver, targetUri, token, (_note, _link, target) => {
    // Block links and links to a missing heading reach no heading: not counted on any.
    if (target.block || (target.fragment && !target.heading)) return;
    const key = target.heading?.slug;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  });
  return completed ? counts : undefined;
}
