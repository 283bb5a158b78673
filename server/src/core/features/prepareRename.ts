import * as l10n from '@vscode/l10n';
import type { Heading, Link, Note, Position, Range } from '../model/types';
import type { NoteIndex } from '../index/noteIndex';
import type { LinkResolver } from '../links/linkResolver';
import { locate } from './locate';
import { tagAt } from './tags';
import { conceptKey } from '../concepts/normalize';
import { LineIndex, rangeContains } from '../text/lineIndex';

/** What a rename at a position would rename. */
export type RenameTarget =
  | { kind: 'heading'; note: Note; heading: Heading; range: Range; placeholder: string }
  | { kind: 'concept'; conceptId: string; term: string; range: Range; placeholder: string };

export type PrepareRenameResult = { range: Range; placeholder: string } | { error: string };

/**
 * Headings (on the heading line, or on a `#fragment` that points at one) and concepts
 * (on a definition's term or on a mention) can be renamed here; tags in `./tags`.
 */
export async function renameTargetAt(index: NoteIndex, resolver: LinkResolver, uri: string, pos: Position): Promise<RenameTarget | { error: string }> {
  const at = locate(index, uri, pos);
  const source = (note: Note, r: Range) => { const l = new LineIndex(note.text); return note.text.slice(l.offsetAt(r.start), l.offsetAt(r.end)); };
  if (at?.kind === 'concept-definition' || at?.kind === 'mention') {
    const range = at.kind === 'mention' ? at.mention.range : at.definition.range;
    const term = source(at.note, range);
    if (range.start.line !== range.end.line) return { error: l10n.t('Rename this concept on its term, not on the whole definition.') };
    return { kind: 'concept', conceptId: at.kind === 'mention' ? at.mention.conceptId : at.conceptId, term, range, placeholder: term };
  }
  if (at?.kind === 'heading') {
    const placeholder = source(at.note, at.heading.contentRange);
    return { kind: 'heading', note: at.note, heading: at.heading, range: at.heading.contentRange, placeholder };
  }
  if (at?.kind === 'link') {
    const fragment = fragmentRange(at.note, at.link);
    if (fragment && rangeContains(fragment, pos)) {
      const followed = await resolver.follow(at.note, at.link);
      const target = followed.status === 'reference' ? followed.then : followed;
      if (target.status === 'file' && target.note && target.heading) {
        return { kind: 'heading', note: target.note, heading: target.heading, range: fragment, placeholder: source(target.note, target.heading.contentRange) };
      }
      return { error: l10n.t('This link points at no heading that could be renamed.') };
    }
  }
  return { error: l10n.t('Only a heading or a concept (its definition or a mention) can be renamed.') };
}

export async function prepareRename(index: NoteIndex, resolver: LinkResolver, uri: string, pos: Position): Promise<PrepareRenameResult> {
  const note = index.get(uri);
  const tag = note && tagAt(note, pos);
  if (tag) return { range: tag.range, placeholder: tag.name };
  const target = await renameTargetAt(index, resolver, uri, pos);
  if ('error' in target) return target;
  return { range: target.range, placeholder: target.placeholder };
}

/** Where `#fragment` sits in a link's destination (after the `#`), when the link has one. */
export function fragmentRange(note: Note, link: Link): Range | undefined {
  const r = link.targetRange;
  if (!r || r.start.line !== r.end.line) return undefined;
  const lines = new LineIndex(note.text);
  const start = lines.offsetAt(r.start);
  const destination = note.text.slice(start, lines.offsetAt(r.end));
  const hash = destination.indexOf('#');
  if (hash === -1) return undefined;
  return { start: { line: r.start.line, character: r.start.character + hash + 1 }, end: r.end };
}

export function sameConceptTerm(a: string, b: string): boolean {
  return conceptKey(a) === conceptKey(b);
}
