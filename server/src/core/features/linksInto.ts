import type { NoteIndex } from '../index/noteIndex';
import type { FollowResult, LinkResolver } from '../links/linkResolver';
import type { Link, Note } from '../model/types';
import type { CancellationToken } from '../workspace';

const YIELD_EVERY = 32;

export type FileTarget = Extract<FollowResult, { status: 'file' }>;

/**
 * Visits every link that reaches `targetUri`, with where it lands. Only the notes the link
 * graph says may link to it are followed, not every link of the workspace. Returns false
 * when cancelled.
 */
export async function forEachLinkInto(index: NoteIndex, resolver: LinkResolver, targetUri: string, token: CancellationToken,
  visit: (note: Note, link: Link, target: FileTarget) => void): Promise<boolean> {
  const linkers = index.links.linkersOf(targetUri, index.get(targetUri)?.title);
  linkers.add(targetUri); // `#fragment` links inside the note itself
  let visited = 0;
  for (const uri of linkers) {
    if (++visited % YIELD_EVERY === 0) await new Promise((r) => setImmediate(r));
    if (token.isCancellationRequested) return false;
    const note = index.get(uri);
    if (!note) continue;
    for (const link of note.links) {
      if (link.kind === 'autolink') continue;
      const r = await resolver.follow(note, link);
      const f = r.status === 'reference' ? r.then : r;
      if (f.status === 'file' && f.uri === targetUri) visit(note, link, f);
    }
  }
  return !token.isCancellationRequested;
}
