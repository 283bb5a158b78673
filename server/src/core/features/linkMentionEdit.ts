// "Link it" / "Link all" of the Backlinks view: unlinked mentions of a note become links to
// it, written the way the mentioning note's vault writes links. Only an edit: the editor
// previews it and the user applies it.
import type { NoteIndex } from '../index/noteIndex';
import type { LinkResolver } from '../links/linkResolver';
import type { LinkStyle } from '../links/linkStyle';
import type { Note, Range } from '../model/types';
import type { TextEdit, WorkspaceEdit } from '../fixes/types';
import { shortestLinkpath } from '../links/namedResolve';
import { relativeLinkPath } from '../fixes/paths';
import { encodeLinkPath } from '../fixes/text';
import { relativePath } from '../model/uris';
import { rootOf } from '../config/workspaceConfig';
import { LineIndex, comparePositions } from '../text/lineIndex';

export interface MentionToLink { uri: string; range: Range; conceptId?: string }

/** One edit linking every mention to `targetUri` (undefined when none can be linked). */
export async function linkMentionsEdit(index: NoteIndex, resolver: LinkResolver, targetUri: string, mentions: readonly MentionToLink[]): Promise<WorkspaceEdit | undefined> {
  const target = index.get(targetUri);
  if (!target) return undefined;
  const changes: Record<string, TextEdit[]> = {};
  for (const m of mentions) {
    const note = index.get(m.uri);
    if (!note || note.uri === targetUri || insideLink(note, m.range)) continue;
    const lines = new LineIndex(note.text);
    const text = note.text.slice(lines.offsetAt(m.range.start), lines.offsetAt(m.range.end));
    if (text.trim() === '' || /[\n\r[\]]/.test(text)) continue;
    const edits = changes[note.uri] ??= [];
    if (edits.some((e) => comparePositions(e.range.start, m.range.end) < 0 && comparePositions(m.range.start, e.range.end) < 0)) continue;
    const heading = m.conceptId ? definitionHeading(index, target, m.conceptId) : undefined;
    edits.push({ range: m.range, newText: await linkText(index, resolver, note, target, text, heading) });
  }
  for (const [uri, edits] of Object.entries(changes)) if (!edits.length) delete changes[uri];
  return Object.keys(changes).length ? { changes } : undefined;
}

/** The heading a concept's definition in `target` sits under; none for the title heading. */
function definitionHeading(index: NoteIndex, target: Note, conceptId: string): { text: string; slug: string } | undefined {
  const concept = index.concept(conceptId);
  const def = concept?.definitions.find((d) => d.uri === target.uri);
  if (!def) return undefined;
  const heading = target.headings.filter((h) => h.range.start.line <= def.range.start.line).pop();
  return heading && heading.level > 1 ? heading : undefined;
}

async function linkText(index: NoteIndex, resolver: LinkResolver, from: Note, target: Note, text: string, heading: { text: string; slug: string } | undefined): Promise<string> {
  const style: LinkStyle = await resolver.styleOf(from.uri);
  if (style === 'markdown') return `[${text}](${encodeLinkPath(relativeLinkPath(from.uri, target.uri))}${heading ? '#' + heading.slug : ''})`;
  const names = await resolver.nameIndex();
  const path = (uri: string) => relativePath(rootOf(index.roots, uri), uri) ?? '';
  const name = shortestLinkpath(style, names, { uri: target.uri, path: path(target.uri), isNote: true }, path(from.uri));
  // GitHub wikis put the text first and the page second, and link pages, not headings.
  if (style === 'github-wiki') return text === name ? `[[${name}]]` : `[[${text}|${name}]]`;
  const linkpath = name + (heading ? '#' + heading.text : '');
  return text === linkpath ? `[[${linkpath}]]` : `[[${linkpath}|${text}]]`;
}

function insideLink(note: Note, range: Range): boolean {
  return note.links.some((l) => comparePositions(l.range.start, range.end) < 0 && comparePositions(range.start, l.range.end) < 0);
}
