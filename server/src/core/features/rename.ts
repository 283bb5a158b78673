import * as l10n from '@vscode/l10n';
import type { Heading, Note, Position, Range } from '../model/types';
import type { NoteIndex } from '../index/noteIndex';
import type { LinkResolver, FollowResult } from '../links/linkResolver';
import type { CancellationToken } from '../workspace';
import { neverCancelled } from '../workspace';
import { renameTargetAt, fragmentRange, type RenameTarget } from './prepareRename';
import { conceptKey } from '../concepts/normalize';
import { LineIndex, comparePositions } from '../text/lineIndex';
import { createSlugger, normalizeFragment } from '../model/slug';
import { forEachNote } from './navigation';
import { definitionNameRanges } from './locate';
import { tagRenameEdits } from './tags';

/**
 * `definition` and `heading` edits are the rename itself; `link` edits keep `#slug`
 * links pointing at renamed headings; `mention` edits rewrite concept mentions in prose,
 * which a user may want to review first (editors show them as a preview); `tag` edits
 * rewrite a tag at every use, inline and in front matter.
 */
export type RenameEditKind = 'definition' | 'heading' | 'link' | 'mention' | 'tag';
export interface RenameEdit { uri: string; range: Range; newText: string; kind: RenameEditKind }
export type RenameResult = { edits: RenameEdit[] } | { error: string };

/** A heading whose text changes because an edit lands inside it. */
interface HeadingChange { heading: Heading; newText: string; kind: RenameEditKind }

/** Renames the heading or concept at `pos`. Undefined when cancelled. */
export async function rename(index: NoteIndex, resolver: LinkResolver, uri: string, pos: Position, newName: string,
  token: CancellationToken = neverCancelled): Promise<RenameResult | undefined> {
  const name = newName.trim();
  if (name === '' || /[\r\n]/.test(name)) return { error: l10n.t('The new name must be one non-empty line.') };
  const note = index.get(uri);
  const tagEdits = note && tagRenameEdits(index, note, pos, name);
  if (tagEdits) return 'error' in tagEdits ? tagEdits : { edits: tagEdits.edits.map((e) => ({ ...e, kind: 'tag' as const })) };
  const target = await renameTargetAt(index, resolver, uri, pos);
  if ('error' in target) return target;
  const edits = target.kind === 'heading'
    ? headingEdits(target, name)
    : await conceptEdits(index, target, name, token);
  if ('error' in edits) return edits;
  if (token.isCancellationRequested) return undefined;
  const linkEdits = await headingLinkEdits(index, resolver, edits.headingChanges, token);
  if (!linkEdits) return undefined;
  return { edits: withoutOverlaps([...edits.edits, ...linkEdits]) };
}

type Collected = { edits: RenameEdit[]; headingChanges: Map<string, HeadingChange[]> } | { error: string };

function headingEdits(target: Extract<RenameTarget, { kind: 'heading' }>, name: string): Collected {
  const { note, heading } = target;
  const edit: RenameEdit = { uri: note.uri, range: heading.contentRange, newText: name, kind: 'heading' };
  return { edits: [edit], headingChanges: new Map([[note.uri, [{ heading, newText: renderedText(name), kind: 'heading' }]]]) };
}

async function conceptEdits(index: NoteIndex, target: Extract<RenameTarget, { kind: 'concept' }>, name: string, token: CancellationToken): Promise<Collected> {
  const concept = index.concept(target.conceptId);
  if (!concept) return { error: l10n.t('This concept is no longer defined.') };
  const key = conceptKey(target.term);
  const clash = index.concept(name);
  if (clash && clash.id !== concept.id) return { error: l10n.t('"{name}" already names another concept ({other}); rename to a different name.', { name, other: clash.name }) };
  const edits: RenameEdit[] = [];
  for (const d of concept.definitions) {
    const note = index.get(d.uri);
    if (!note) continue;
    const range = conceptKey(d.name) === key ? d.range : aliasRange(note, d, key);
    if (range) edits.push({ uri: d.uri, range, newText: name, kind: 'definition' });
  }
  const completed = await forEachNote(index, token, (note) => {
    for (const m of index.mentions(note.uri)) {
      if (m.conceptId !== concept.id || conceptKey(note.text.slice(m.start, m.end)) !== key) continue;
      edits.push({ uri: note.uri, range: m.range, newText: name, kind: 'mention' });
    }
  });
  if (!completed) return { edits: [], headingChanges: new Map() };
  const kept = withoutOverlaps(edits);
  return { edits: kept, headingChanges: headingChangesFor(index, kept) };
}

/** The alias as written at the definition (the extractor gives aliases no ranges of their own). */
function aliasRange(note: Note, d: Note['definitions'][number], key: string): Range | undefined {
  const names = definitionNameRanges(note, d).slice(1);
  return names.find((r) => conceptKey(sourceOf(note, r)) === key);
}

/** Edits that land inside a heading change its text, hence possibly its slug. */
function headingChangesFor(index: NoteIndex, edits: RenameEdit[]): Map<string, HeadingChange[]> {
  const changes = new Map<string, HeadingChange[]>();
  for (const e of edits) {
    const note = index.get(e.uri);
    const heading = note?.headings.find((h) => within(e.range, h.contentRange));
    if (!note || !heading) continue;
    const list = changes.get(note.uri) ?? [];
    const existing = list.find((c) => c.heading === heading);
    const oldTerm = sourceOf(note, e.range);
    const base = existing?.newText ?? heading.text;
    const newText = base.includes(oldTerm) ? base.replace(oldTerm, e.newText) : base;
    if (existing) existing.newText = newText; else list.push({ heading, newText, kind: e.kind });
    changes.set(note.uri, list);
  }
  return changes;
}

/**
 * For every note whose headings change, recomputes all its slugs (duplicates number
 * themselves in order, so one rename can shift another heading's slug) and rewrites the
 * `#fragment` of every link that pointed at a changed one. Undefined when cancelled.
 */
async function headingLinkEdits(index: NoteIndex, resolver: LinkResolver, changes: Map<string, HeadingChange[]>, token: CancellationToken): Promise<RenameEdit[] | undefined> {
  const bySlug = new Map<string, Map<string, { slug: string; text: string; oldText: string; kind: RenameEditKind }>>();
  for (const [uri, list] of changes) {
    const note = index.get(uri);
    if (!note) continue;
    const slugger = createSlugger();
    const map = new Map<string, { slug: string; text: string; oldText: string; kind: RenameEditKind }>();
    for (const h of note.headings) {
      const change = list.find((c) => c.heading === h);
      const text = change?.newText ?? h.text;
      const slug = slugger.slug(text);
      if (slug !== h.slug || change) map.set(h.slug, { slug, text, oldText: h.text, kind: change?.kind ?? 'link' });
    }
    if (map.size) bySlug.set(uri, map);
  }
  if (bySlug.size === 0) return [];
  const edits: RenameEdit[] = [];
  const consider = (note: Note, followed: FollowResult, range: Range | undefined, wiki: boolean) => {
    const f = followed.status === 'reference' ? followed.then : followed;
    if (!range || f.status !== 'file' || !f.fragment) return;
    const map = bySlug.get(f.uri);
    if (!map) return;
    const wanted = normalizeFragment(f.fragment);
    const bySlugHit = map.get(wanted);
    // Name-based styles match a fragment by heading text (`#Old name`, `#A#B`): the resolver found the heading.
    const byTextHit = wiki ? [...map.values()].find((c) => c.oldText.toLowerCase() === wanted) ?? (f.heading ? map.get(f.heading.slug) : undefined)
      : !bySlugHit && f.heading ? map.get(f.heading.slug) : undefined;
    const hit = bySlugHit ?? byTextHit;
    if (!hit) return;
    const written = byTextHit && !bySlugHit ? hit.text : hit.slug;
    if (byTextHit && !bySlugHit && f.fragment.includes('#')) return; // `#A#B` nested paths: left as written
    const source = sourceOf(note, range);
    const newText = source.includes('%') ? encodeURIComponent(written) : written;
    if (newText === source) return;
    edits.push({ uri: note.uri, range, newText, kind: hit.kind === 'mention' ? 'mention' : 'link' });
  };
  const notes = [...index.all()];
  for (let i = 0; i < notes.length; i++) {
    if (i % 32 === 31) { await new Promise((r) => setImmediate(r)); if (token.isCancellationRequested) return undefined; }
    const note = notes[i];
    for (const link of note.links) {
      if (link.kind === 'autolink' || link.kind === 'reference' || !link.target?.includes('#')) continue;
      consider(note, await resolver.follow(note, link), fragmentRange(note, link), link.kind === 'wiki');
    }
    for (const def of note.referenceDefinitions) {
      if (!def.target.includes('#')) continue;
      consider(note, await resolver.followDestination(note, def.target), fragmentRange(note, { kind: 'inline', range: def.range, text: '', targetRange: def.targetRange }), false);
    }
  }
  return edits;
}

const PRIORITY: Record<RenameEditKind, number> = { heading: 0, definition: 0, tag: 0, link: 1, mention: 2 };

/** A workspace edit may not overlap itself: the stronger edit wins (a wiki target can also hold a mention). */
function withoutOverlaps(edits: RenameEdit[]): RenameEdit[] {
  const sorted = [...edits].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind]);
  const kept: RenameEdit[] = [];
  for (const e of sorted) {
    if (kept.some((k) => k.uri === e.uri && overlaps(k.range, e.range))) continue;
    kept.push(e);
  }
  return kept.sort((a, b) => a.uri.localeCompare(b.uri) || comparePositions(a.range.start, b.range.start));
}

function overlaps(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) < 0 && comparePositions(b.start, a.end) < 0;
}

function within(inner: Range, outer: Range): boolean {
  return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

function sourceOf(note: Note, r: Range): string {
  const lines = new LineIndex(note.text);
  return note.text.slice(lines.offsetAt(r.start), lines.offsetAt(r.end));
}

/** Heading text as rendered (what slugs are computed from): emphasis and code markers dropped. */
function renderedText(markdown: string): string {
  return markdown.replace(/(\*\*|__|\*|_|`)(.+?)\1/g, '$2').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1').trim();
}
