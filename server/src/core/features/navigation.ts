import { tagReferences } from './tags';
import type { Location, Note, Position, Range } from '../model/types';
import type { NoteIndex } from '../index/noteIndex';
import type { LinkResolver } from '../links/linkResolver';
import type { CancellationToken } from '../workspace';
import { neverCancelled } from '../workspace';
import { locate, definitionNameRanges } from './locate';
import { comparePositions, rangeContains } from '../text/lineIndex';
import { blockIdsOf, type BlockId } from '../links/blockIds';
import { forEachLinkInto } from './linksInto';

const YIELD_EVERY = 32;

/**
 * Visits a snapshot of every note, yielding to the event loop every few notes so other
 * requests (and `$/cancelRequest`) are served. Returns false when cancelled.
 */
export async function forEachNote(index: NoteIndex, token: CancellationToken, visit: (note: Note) => void | Promise<void>): Promise<boolean> {
  const notes = [...index.all()];
  for (let i = 0; i < notes.length; i++) {
    if (i % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((r) => setImmediate(r));
    if (token.isCancellationRequested) return false;
    await visit(notes[i]);
  }
  return !token.isCancellationRequested;
}

/** Go to definition: mention → every defining place; link → file, heading or reference definition. */
/** Undefined when `token` is cancelled (checked between steps). */
export async function definition(index: NoteIndex, resolver: LinkResolver, uri: string, pos: Position, token: CancellationToken = neverCancelled): Promise<Location[] | undefined> {
  if (token.isCancellationRequested) return undefined;
  const at = locate(index, uri, pos);
  if (token.isCancellationRequested) return undefined;
  if (!at) return [];
  if (at.kind === 'mention' || at.kind === 'concept-definition') {
    const concept = index.concept(at.kind === 'mention' ? at.mention.conceptId : at.conceptId);
    return concept ? concept.definitions.map((d) => ({ uri: d.uri, range: d.range })) : [];
  }
  if (at.kind === 'link') {
    const result = await resolver.follow(at.note, at.link);
    if (token.isCancellationRequested) return undefined;
    if (result.status === 'reference') {
      const onLabel = at.link.labelRange && pos.line === at.link.labelRange.start.line && pos.character >= at.link.labelRange.start.character && pos.character <= at.link.labelRange.end.character;
      if (onLabel || result.then.status !== 'file') return [{ uri, range: result.definition.range }];
      return fileLocation(result.then);
    }
    return fileLocation(result);
  }
  if (at.kind === 'reference-definition') {
    const result = await resolver.followDestination(at.note, at.definition.target);
    return token.isCancellationRequested ? undefined : fileLocation(result);
  }
  return [];
}

function fileLocation(result: Awaited<ReturnType<LinkResolver['follow']>>): Location[] {
  if (result.status !== 'file') return [];
  const range = result.block?.range ?? result.heading?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return [{ uri: result.uri, range }];
}

/**
 * Every mention of a concept and every link to a heading (or, from a link without a
 * fragment, to its note), across the workspace. On a heading that holds a concept mention
 * (`## VM Exit Handling`, `VM exit` a concept) both: the concept's mentions and the links
 * to the heading. Undefined when cancelled.
 */
export async function references(index: NoteIndex, resolver: LinkResolver, uri: string, pos: Position, includeDeclaration: boolean,
  token: CancellationToken = neverCancelled): Promise<Location[] | undefined> {
  const own = index.get(uri);
  const tagUses = own && tagReferences(index, own, pos);
  if (tagUses) return tagUses;
  const marker = own && blockAt(own, pos);
  if (marker) return blockReferences(index, resolver, uri, marker, includeDeclaration, token);
  const at = locate(index, uri, pos);
  if (!at) return [];
  const out: Location[] = [];
  if (at.kind === 'mention' || at.kind === 'concept-definition') {
    const id = at.kind === 'mention' ? at.mention.conceptId : at.conceptId;
    const declarations = declarationsOf(index, id);
    if (includeDeclaration) out.push(...declarations);
    const completed = await forEachNote(index, token, (note) => {
      for (const m of index.mentions(note.uri)) {
        if (m.conceptId !== id) continue;
        if (declarations.some((d) => d.uri === note.uri && overlaps(d.range, m.range))) continue;
        out.push({ uri: note.uri, range: m.range });
      }
    });
    if (!completed) return undefined;
    const heading = at.kind === 'mention' ? at.note.headings.find((h) => rangeContains(h.range, pos)) : undefined;
    if (!heading) return out;
    const links = await linksTo(index, resolver, uri, heading.slug, token);
    if (!links) return undefined;
    if (includeDeclaration) out.push({ uri, range: heading.range });
    return [...out, ...links];
  }
  let targetUri: string | undefined;
  let slug: string | undefined;
  if (at.kind === 'heading') { targetUri = uri; slug = at.heading.slug; }
  else if (at.kind === 'link') {
    const r = await resolver.follow(at.note, at.link);
    const f = r.status === 'reference' ? r.then : r;
    if (f.status === 'file' && f.block) return blockReferences(index, resolver, f.uri, f.block, includeDeclaration, token);
    if (f.status === 'file') { targetUri = f.uri; slug = f.heading?.slug; }
  }
  if (!targetUri) return [];
  if (includeDeclaration && at.kind === 'heading') out.push({ uri, range: at.heading.range });
  const links = await linksTo(index, resolver, targetUri, slug, token);
  return links && [...out, ...links];
}

/** The links to a note (to one of its headings when `slug` is given). */
async function linksTo(index: NoteIndex, resolver: LinkResolver, targetUri: string, slug: string | undefined, token: CancellationToken): Promise<Location[] | undefined> {
  const out: Location[] = [];
  const completed = await forEachLinkInto(index, resolver, targetUri, token, (note, link, target) => {
    // Compare resolved headings, not fragments: wiki links may name a heading by its text.
    if (slug === undefined || target.heading?.slug === slug) out.push({ uri: note.uri, range: link.range });
  });
  return completed ? out : undefined;
}

/** The `^id` marker under the cursor, if any. */
function blockAt(note: Note, pos: Position): BlockId | undefined {
  if (!note.text.includes('^')) return undefined;
  for (const block of blockIdsOf(note).values()) {
    if (block.range.start.line === pos.line && pos.character >= block.range.start.character && pos.character <= block.range.end.character) return block;
  }
  return undefined;
}

/** Every link to a block id (`[[Note#^id]]`, `[[#^id]]`), and the marker itself when asked. */
async function blockReferences(index: NoteIndex, resolver: LinkResolver, uri: string, block: BlockId, includeDeclaration: boolean, token: CancellationToken): Promise<Location[] | undefined> {
  const out: Location[] = includeDeclaration ? [{ uri, range: block.range }] : [];
  const completed = await forEachNote(index, token, async (note) => {
    for (const link of note.links) {
      if (link.kind === 'autolink' || !(link.target ?? '').includes('^')) continue;
      const r = await resolver.follow(note, link);
      if (r.status === 'file' && r.uri === uri && r.block?.id === block.id) out.push({ uri: note.uri, range: link.range });
    }
  });
  return completed ? out : undefined;
}

/** The term and the aliases written at each of a concept's definitions. */
export function declarationsOf(index: NoteIndex, conceptId: string): Location[] {
  const out: Location[] = [];
  for (const d of index.concept(conceptId)?.definitions ?? []) {
    const note = index.get(d.uri);
    if (note) for (const range of definitionNameRanges(note, d)) out.push({ uri: d.uri, range });
  }
  return out;
}

function overlaps(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}
