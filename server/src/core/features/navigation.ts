import type { Location, Position } from '../model/types';
import type { NoteIndex } from '../index/noteIndex';
import type { LinkResolver } from '../links/linkResolver';
import { locate } from './locate';
import { normalizeFragment } from '../model/slug';

/** Go to definition: mention → every defining place; link → file, heading or reference definition. */
export async function definition(index: NoteIndex, resolver: LinkResolver, uri: string, pos: Position): Promise<Location[]> {
  const at = locate(index, uri, pos);
  if (!at) return [];
  if (at.kind === 'mention' || at.kind === 'concept-definition') {
    const concept = index.concept(at.kind === 'mention' ? at.mention.conceptId : at.conceptId);
    return concept ? concept.definitions.map((d) => ({ uri: d.uri, range: d.range })) : [];
  }
  if (at.kind === 'link') {
    const result = await resolver.follow(at.note, at.link);
    if (result.status === 'reference') {
      const onLabel = at.link.labelRange && pos.line === at.link.labelRange.start.line && pos.character >= at.link.labelRange.start.character && pos.character <= at.link.labelRange.end.character;
      if (onLabel || result.then.status !== 'file') return [{ uri, range: result.definition.range }];
      return fileLocation(result.then);
    }
    return fileLocation(result);
  }
  if (at.kind === 'reference-definition') {
    return fileLocation(await resolver.followTarget(at.note, at.definition.target));
  }
  return [];
}

function fileLocation(result: Awaited<ReturnType<LinkResolver['follow']>>): Location[] {
  if (result.status !== 'file') return [];
  const range = result.heading?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return [{ uri: result.uri, range }];
}

/** Every mention of a concept and every link to a heading, across the workspace. */
export async function references(index: NoteIndex, resolver: LinkResolver, uri: string, pos: Position, includeDeclaration: boolean): Promise<Location[]> {
  const at = locate(index, uri, pos);
  if (!at) return [];
  if (at.kind === 'mention' || at.kind === 'concept-definition') {
    const id = at.kind === 'mention' ? at.mention.conceptId : at.conceptId;
    const concept = index.concept(id);
    const out: Location[] = [];
    if (includeDeclaration && concept) out.push(...concept.definitions.map((d) => ({ uri: d.uri, range: d.range })));
    for (const note of index.all()) {
      for (const m of index.mentions(note.uri)) {
        if (m.conceptId !== id) continue;
        if (concept?.definitions.some((d) => d.uri === note.uri && d.range.start.line === m.range.start.line && d.range.start.character === m.range.start.character)) continue;
        out.push({ uri: note.uri, range: m.range });
      }
    }
    return out;
  }
  let targetUri: string | undefined;
  let slug: string | undefined;
  if (at.kind === 'heading') { targetUri = uri; slug = at.heading.slug; }
  else if (at.kind === 'link') {
    const r = await resolver.follow(at.note, at.link);
    const f = r.status === 'reference' ? r.then : r;
    if (f.status === 'file') { targetUri = f.uri; slug = f.heading?.slug; }
  }
  if (!targetUri) return [];
  const out: Location[] = [];
  if (includeDeclaration && at.kind === 'heading') out.push({ uri, range: at.heading.range });
  for (const note of index.all()) {
    for (const link of note.links) {
      if (link.kind === 'autolink') continue;
      const r = await resolver.follow(note, link);
      const f = r.status === 'reference' ? r.then : r;
      if (f.status !== 'file' || f.uri !== targetUri) continue;
      if (slug !== undefined && (!f.fragment || normalizeFragment(f.fragment) !== slug)) continue;
      out.push({ uri: note.uri, range: link.range });
    }
  }
  return out;
}
