// Tags across the workspace: front-matter `tags` entries and inline `#tag`, one tag however
// it is cased (`tagKey`). Each feature (Tags node, completion, references, rename, workspace
// symbols) reads the uses here; a tag's range is its name, without the `#`.
import * as l10n from '@vscode/l10n';
import type { TopicNode } from '../../../../shared/protocol';
import type { Location, Note, Position, Range, Tag } from '../model/types';
import type { NoteIndex } from '../index/noteIndex';
import { isTagName, tagKey } from '../model/tags';
import { rangeContains } from '../text/lineIndex';
import { relativeLabel } from './labels';

export interface TagSummary { name: string; key: string; uses: Location[]; notes: string[] }

const summaries = new WeakMap<NoteIndex, { version: number; tags: TagSummary[] }>();

/** Every tag with its uses, most used first, then by name; one pass over the notes, kept until the index changes. */
export function workspaceTags(index: NoteIndex): TagSummary[] {
  const cached = summaries.get(index);
  if (cached?.version === index.version) return cached.tags;
  const tags = collectTags(index);
  summaries.set(index, { version: index.version, tags });
  return tags;
}

function collectTags(index: NoteIndex): TagSummary[] {
  const byKey = new Map<string, TagSummary>();
  for (const note of index.all()) {
    for (const t of note.tags) {
      const key = tagKey(t.name);
      let summary = byKey.get(key);
      if (!summary) byKey.set(key, summary = { name: t.name, key, uses: [], notes: [] });
      summary.uses.push({ uri: note.uri, range: t.range });
      if (summary.notes[summary.notes.length - 1] !== note.uri) summary.notes.push(note.uri);
    }
  }
  return [...byKey.values()].sort((a, b) => b.uses.length - a.uses.length || a.name.localeCompare(b.name));
}

/** The tag use under the cursor: on its name or on the `#` before an inline one. */
export function tagAt(note: Note, pos: Position): Tag | undefined {
  return note.tags.find((t) => rangeContains(t.range, pos)
    || (!t.inFrontMatter && t.range.start.line === pos.line && t.range.start.character - 1 === pos.character));
}

/** Every use of the tag at `pos` (front matter and inline), or undefined when the cursor is on no tag. */
export function tagReferences(index: NoteIndex, note: Note, pos: Position): Location[] | undefined {
  const tag = tagAt(note, pos);
  if (!tag) return undefined;
  const key = tagKey(tag.name);
  return workspaceTags(index).find((t) => t.key === key)?.uses ?? [];
}

/** A tag rename replaces the name at every use; the new name must be a tag itself. */
export function tagRenameEdits(index: NoteIndex, note: Note, pos: Position, newName: string): { edits: Array<{ uri: string; range: Range; newText: string }> } | { error: string } | undefined {
  const uses = tagReferences(index, note, pos);
  if (!uses) return undefined;
  const name = newName.trim().replace(/^#/, '');
  if (!isTagName(name)) return { error: l10n.t('"{name}" is not a tag: use letters, digits, _, - and /, with at least one character that is not a digit.', { name }) };
  return { edits: uses.map((u) => ({ uri: u.uri, range: u.range, newText: name })) };
}

/** Tag completion after a `#` that starts a tag in prose (not `](#`, not a heading's `# `). */
export function tagCompletionsAt(index: NoteIndex, note: Note, before: string, pos: Position): Array<{ label: string; insertText: string; range: Range; detail: string; filterText: string; sortText: string }> | undefined {
  const m = /(?:^|\s)#([\p{L}\p{N}\p{M}_\-/]*)$/u.exec(before);
  if (!m) return undefined;
  const typed = m[1];
  const range: Range = { start: { line: pos.line, character: pos.character - typed.length }, end: pos };
  const own = note.tags.find((t) => t.range.start.line === pos.line && t.range.start.character === range.start.character);
  return workspaceTags(index)
    // The use being typed is not a suggestion of its own.
    .filter((t) => !(own && t.key === tagKey(own.name) && t.uses.length === 1))
    .map((t, i) => ({ label: `#${t.name}`, insertText: t.name, range, filterText: t.name,
      detail: l10n.t('{count} uses in {notes} notes', { count: t.uses.length, notes: t.notes.length }), sortText: String(i).padStart(6, '0') }));
}

/** Workspace symbols for a `#query`: the uses of every tag whose name contains the query. */
export function tagSymbols(index: NoteIndex, query: string, limit = 200): Array<{ name: string; uri: string; range: Range; container: string }> {
  const q = tagKey(query.trim().replace(/^#/, ''));
  const out: Array<{ name: string; uri: string; range: Range; container: string }> = [];
  for (const t of workspaceTags(index)) {
    if (!t.key.includes(q)) continue;
    for (const use of t.uses) {
      if (out.length >= limit) return out;
      out.push({ name: `#${t.name}`, uri: use.uri, range: use.range, container: relativeLabel(index, use.uri) });
    }
  }
  return out;
}

/** The Topics tree's "Tags" node: each tag, then the notes that use it (opened at the first use). */
export function tagsTreeNode(index: NoteIndex): TopicNode | undefined {
  const tags = workspaceTags(index);
  if (tags.length === 0) return undefined;
  const children: TopicNode[] = tags.slice().sort((a, b) => a.name.localeCompare(b.name)).map((t) => ({
    label: `#${t.name}`, kind: 'tag', detail: l10n.t('{count} uses in {notes} notes', { count: t.uses.length, notes: t.notes.length }),
    children: t.notes.map((uri) => {
      const note = index.get(uri);
      const first = t.uses.find((u) => u.uri === uri)!;
      return { label: note?.title || relativeLabel(index, uri), kind: 'note', uri, range: first.range };
    }),
  }));
  return { label: l10n.t('Tags'), kind: 'tags', children };
}
