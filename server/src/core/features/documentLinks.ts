// Clickable local links: every link, wiki link, embed and reference definition of a note,
// to the file it reaches and the line of its heading or block. Followed with the resolver,
// so every link style lands where lint says it does. Web links (the editor finds those)
// and broken links (lint reports them) get none.
import type { NoteIndex } from '../index/noteIndex';
import type { FollowResult, LinkResolver } from '../links/linkResolver';
import type { Range } from '../model/types';
import type { CancellationToken } from '../workspace';
import { comparePositions } from '../text/lineIndex';

export interface NoteDocumentLink { range: Range; /** A file URI, with `#L<line>` (1-based) for a heading or block. */ target: string }

/** Undefined when cancelled. */
export async function documentLinks(index: NoteIndex, resolver: LinkResolver, uri: string, token: CancellationToken): Promise<NoteDocumentLink[] | undefined> {
  const note = index.get(uri);
  if (!note) return [];
  const out: NoteDocumentLink[] = [];
  for (const link of note.links) {
    if (token.isCancellationRequested) return undefined;
    if (link.kind === 'autolink') continue;
    const r = await resolver.follow(note, link);
    const target = targetOf(r.status === 'reference' ? r.then : r);
    // A reference link is clickable on its label; inline links on their destination, as VS Code's Markdown does.
    const range = link.kind === 'reference' || link.kind === 'wiki' ? link.range : link.targetRange ?? link.range;
    if (target) out.push({ range, target });
  }
  for (const def of note.referenceDefinitions) {
    if (token.isCancellationRequested) return undefined;
    const target = targetOf(await resolver.followDestination(note, def.target));
    if (target) out.push({ range: def.targetRange, target });
  }
  return out.sort((a, b) => comparePositions(a.range.start, b.range.start));
}

function targetOf(r: FollowResult): string | undefined {
  if (r.status !== 'file' || r.missingFragment || r.missingBlock) return undefined;
  const line = r.block ? r.block.line : r.heading?.range.start.line;
  return line === undefined ? r.uri : `${r.uri}#L${line + 1}`;
}
