import { tagCompletionsAt } from './tags';
import { URI, Utils } from 'vscode-uri';
import type { Note, Position, Range } from '../model/types';
import type { NoteIndex } from '../index/noteIndex';
import type { LinkResolver } from '../links/linkResolver';
import type { Concept } from '../concepts/registry';
import { resolveLinkTarget } from '../links/resolve';
import { LineIndex, rangeContains } from '../text/lineIndex';
import { foldForMatching } from '../concepts/normalize';
import { noteTitleFromUri, relativePath } from '../model/uris';
import { safeDecodeURIComponent } from '../text/strings';
import { neverCancelled, type CancellationToken } from '../workspace';
import { blockIdsOf } from '../links/blockIds';
import { shortestLinkpath } from '../links/namedResolve';
import type { LinkStyle } from '../links/linkStyle';

export type CompletionKind = 'note' | 'folder' | 'heading' | 'reference' | 'concept' | 'tag';

/** One suggestion; `range` is the text it replaces (from where the typed word starts up to the cursor). */
export interface NoteCompletion {
  label: string;
  kind: CompletionKind;
  insertText: string;
  range: Range;
  detail?: string;
  /** Markdown. */
  documentation?: string;
  filterText?: string;
  sortText?: string;
  /** Folder items: the editor should suggest again inside the folder once inserted. */
  retrigger?: boolean;
}

/** Characters after which an editor should ask for completions unprompted. */
export const COMPLETION_TRIGGER_CHARACTERS = ['(', '[', '#', '/', '<'];

// What the text just before the cursor says the user is typing. Each pattern is
// anchored at the cursor ($) and captures what has been typed so far.
const WIKI = /\[\[([^\[\]|\n]*)$/;
const INLINE_DESTINATION = /\]\(\s*(<?)([^\s()<>]*)$/;
const DEFINITION_DESTINATION = /^ {0,3}\[[^\]]+\]:[ \t]*(<?)([^\s<>]*)$/;
const REFERENCE_LABEL = /\]\[([^\[\]\n]*)$/;
/** Letters, digits and the joiners concept names use (`VT-x`, `C++`, `page.c`). */
const WORD_CHARS = /[\p{L}\p{N}_\-+.]+$/u;
const MAX_CONCEPT_PREFIX = 40;

/**
 * Completions at `pos`: note paths after `](` / `[[`, heading slugs after `#`, reference
 * labels in `[text][`, and concept names (completed to their canonical form) in prose.
 */
export async function completion(index: NoteIndex, resolver: LinkResolver, uri: string, pos: Position, token: CancellationToken = neverCancelled): Promise<NoteCompletion[] | undefined> {
  if (token.isCancellationRequested) return undefined;
  const note = index.get(uri);
  if (!note) return [];
  const items = await completionsAt(index, resolver, note, pos, token);
  return token.isCancellationRequested ? undefined : items;
}

async function completionsAt(index: NoteIndex, resolver: LinkResolver, note: Note, pos: Position, token: CancellationToken): Promise<NoteCompletion[]> {
  const lines = new LineIndex(note.text);
  const before = lines.lineText(pos.line).slice(0, pos.character);
  const inCode = note.codeRanges.some((r) => rangeContains(r, pos) && !sameLineEdge(r, pos));

  const wiki = WIKI.exec(before);
  if (wiki) return inCode ? [] : wikiCompletions(index, resolver, note, wiki[1], pos, token);
  const destination = INLINE_DESTINATION.exec(before) ?? DEFINITION_DESTINATION.exec(before);
  if (destination) return inCode ? [] : destinationCompletions(index, note, destination[2], destination[1] === '<', pos);
  const label = REFERENCE_LABEL.exec(before);
  if (label) return inCode ? [] : referenceCompletions(note, label[1], pos);
  if (inCode) return [];
  // A heading's `#` marks are no tag, nor is text in a heading.
  const tags = /^ {0,3}#{1,6}(?:\s|$)/.test(before) ? undefined : tagCompletionsAt(index, note, before, pos);
  if (tags) return tags.map((t) => ({ ...t, kind: 'tag' }));
  return conceptCompletions(index, before, pos);
}

/** A fenced block's range ends at the start of the next line; the cursor there is outside it. */
function sameLineEdge(r: Range, pos: Position): boolean {
  return r.end.line === pos.line && r.end.character === pos.character && r.end.character === 0;
}

function replacing(pos: Position, typedLength: number): Range {
  return { start: { line: pos.line, character: pos.character - typedLength }, end: pos };
}

// ---- `](path`, `](path#slug`, `[label]: path` -----------------------------------------

function destinationCompletions(index: NoteIndex, note: Note, typed: string, angle: boolean, pos: Position): NoteCompletion[] {
  const hash = typed.indexOf('#');
  if (hash !== -1) {
    const fragment = typed.slice(hash + 1);
    const target = hash === 0 ? note : noteAtPath(index, note, typed.slice(0, hash));
    return target ? headingCompletions(target, fragment, pos, (h) => h.slug) : [];
  }
  return pathCompletions(index, note, typed, angle, pos);
}

function noteAtPath(index: NoteIndex, from: Note, path: string): Note | undefined {
  const resolved = resolveLinkTarget(path, from.uri, index.roots);
  if (resolved.kind !== 'file') return undefined;
  for (const candidate of resolved.candidates) {
    const target = index.get(candidate);
    if (target) return target;
  }
  return undefined;
}

function headingCompletions(target: Note, typedFragment: string, pos: Position, insert: (h: Note['headings'][number]) => string): NoteCompletion[] {
  return target.headings.map((h, i) => ({
    label: insert(h),
    kind: 'heading' as const,
    insertText: insert(h),
    detail: `${'#'.repeat(h.level)} ${h.text}`,
    filterText: insert(h),
    sortText: String(i).padStart(5, '0'),
    range: replacing(pos, typedFragment.length),
  }));
}

/** Lists the notes and sub-folders of the folder typed so far, relative to the note (or the root for `/…`). */
function pathCompletions(index: NoteIndex, note: Note, typed: string, angle: boolean, pos: Position): NoteCompletion[] {
  const slash = typed.lastIndexOf('/');
  const folderPart = typed.slice(0, slash + 1);
  const namePart = typed.slice(slash + 1);
  const folder = folderUri(index, note, folderPart);
  if (!folder) return [];
  const folderPath = folder.path.replace(/\/$/, '') + '/';
  const folders = new Set<string>();
  const out: NoteCompletion[] = [];
  for (const other of index.all()) {
    if (other.uri === note.uri) continue;
    const otherPath = URI.parse(other.uri).path;
    if (!otherPath.startsWith(folderPath)) continue;
    const rest = otherPath.slice(folderPath.length);
    const cut = rest.indexOf('/');
    if (cut !== -1) {
      const name = rest.slice(0, cut);
      if (name.startsWith('.') || folders.has(name)) continue;
      folders.add(name);
      out.push({ label: name + '/', kind: 'folder', insertText: encodeSegment(name, angle) + '/', sortText: '1' + name, range: replacing(pos, namePart.length), retrigger: true });
    } else {
      out.push({ label: rest, kind: 'note', insertText: encodeSegment(rest, angle), detail: other.title, sortText: '0' + rest, range: replacing(pos, namePart.length) });
    }
  }
  return out;
}

function folderUri(index: NoteIndex, note: Note, folderPart: string): URI | undefined {
  const decoded = safeDecodeURIComponent(folderPart);
  const noteUri = URI.parse(note.uri);
  const root = index.roots.map((r) => URI.parse(r)).find((r) => relativePath(r.toString(), note.uri) !== undefined);
  const base = decoded.startsWith('/') ? root : Utils.dirname(noteUri);
  if (!base) return undefined;
  const folder = Utils.joinPath(base, decoded.replace(/^\//, ''));
  const inside = index.roots.some((r) => relativePath(r, folder.toString()) !== undefined);
  return inside ? folder : undefined;
}

/** Plain destinations cannot hold spaces or parentheses; `<…>` ones can. */
function encodeSegment(name: string, angle: boolean): string {
  return angle ? name : name.replace(/[ ()%]/g, (c) => encodeURIComponent(c));
}

// ---- `[[note`, `[[note#heading` ---------------------------------------------------------

async function wikiCompletions(index: NoteIndex, resolver: LinkResolver, note: Note, typed: string, pos: Position, token: CancellationToken): Promise<NoteCompletion[]> {
  const hash = typed.indexOf('#');
  if (hash !== -1) {
    const name = typed.slice(0, hash);
    const followed = await resolver.followWikiTarget(note, name);
    if (token.isCancellationRequested) return [];
    const target = followed.status === 'file' ? followed.note : undefined;
    if (!target) return [];
    const fragment = typed.slice(hash + 1);
    // `[[Note#^` lists the note's block ids (Obsidian Help, "Link to blocks").
    if (fragment.startsWith('^')) return blockCompletions(target, fragment.slice(1), pos);
    return headingCompletions(target, fragment, pos, (h) => h.text);
  }
  const style = await resolver.styleOf(note.uri);
  if (style !== 'markdown') return namedCompletions(index, resolver, style, note, typed, pos);
  const byName = new Map<string, number>();
  for (const other of index.all()) {
    const name = noteTitleFromUri(other.uri).toLowerCase();
    byName.set(name, (byName.get(name) ?? 0) + 1);
  }
  const out: NoteCompletion[] = [];
  for (const other of index.all()) {
    if (other.uri === note.uri) continue;
    const name = noteTitleFromUri(other.uri);
    const path = rootRelative(index, other.uri);
    // A file name shared by several notes would be ambiguous: write the path from the root.
    const insertText = (byName.get(name.toLowerCase()) ?? 0) > 1 && path ? '/' + path.replace(/\.(md|markdown)$/i, '') : name;
    out.push({
      label: name, kind: 'note', insertText, detail: other.title !== name ? other.title : path,
      filterText: `${name} ${other.title}`, sortText: name.toLowerCase(), range: replacing(pos, typed.length),
    });
  }
  return out;
}

/**
 * Obsidian, Foam and wiki vaults: each file under the shortest name that picks it from this
 * note (Obsidian's "Shortest path when possible"), attachments with their extension.
 */
async function namedCompletions(index: NoteIndex, resolver: LinkResolver, style: LinkStyle, note: Note, typed: string, pos: Position): Promise<NoteCompletion[]> {
  const names = await resolver.nameIndex();
  const from = rootRelative(index, note.uri) ?? '';
  const out: NoteCompletion[] = [];
  for (const file of names.files()) {
    if (file.uri === note.uri) continue;
    const insertText = shortestLinkpath(style, names, file, from);
    const title = file.isNote ? index.get(file.uri)?.title : undefined;
    const label = insertText.slice(insertText.lastIndexOf('/') + 1);
    out.push({ label, kind: 'note', insertText, detail: file.path, filterText: `${insertText} ${title ?? ''}`.trim(), sortText: (file.isNote ? '0' : '1') + label.toLowerCase(), range: replacing(pos, typed.length) });
  }
  return out;
}

function blockCompletions(target: Note, typed: string, pos: Position): NoteCompletion[] {
  const lines = target.text.split(/\r?\n/);
  return [...blockIdsOf(target).values()].map((b, i) => ({
    label: '^' + b.id, kind: 'reference' as const, insertText: b.id, filterText: b.id,
    detail: lines[b.line]?.replace(/\s\^[A-Za-z0-9-]+\s*$/, '').trim().slice(0, 80),
    sortText: String(i).padStart(5, '0'), range: replacing(pos, typed.length),
  }));
}

function rootRelative(index: NoteIndex, uri: string): string | undefined {
  for (const root of index.roots) {
    const rel = relativePath(root, uri);
    if (rel !== undefined) return rel;
  }
  return undefined;
}

// ---- `[text][label` -------------------------------------------------------------------

function referenceCompletions(note: Note, typed: string, pos: Position): NoteCompletion[] {
  const seen = new Set<string>();
  const out: NoteCompletion[] = [];
  for (const d of note.referenceDefinitions) {
    if (seen.has(d.label)) continue;
    seen.add(d.label);
    out.push({ label: d.rawLabel, kind: 'reference', insertText: d.rawLabel, detail: d.target, range: replacing(pos, typed.length) });
  }
  return out;
}

// ---- concept names in prose -----------------------------------------------------------

/**
 * The word being typed is the longest run before the cursor that starts some concept
 * name or alias. CJK text has no spaces, so `我们用扩展` tries `我们用扩展`, `们用扩展` …
 * down to `展`; an ASCII run must start at a word boundary (`xept` is not `ept`).
 */
function conceptCompletions(index: NoteIndex, before: string, pos: Position): NoteCompletion[] {
  const run = WORD_CHARS.exec(before.slice(-MAX_CONCEPT_PREFIX))?.[0];
  if (!run) return [];
  const terms = conceptTerms(index);
  for (let start = 0; start < run.length; start++) {
    if (start > 0 && isAsciiWord(run[start - 1]) && isAsciiWord(run[start])) continue;
    const typed = run.slice(start);
    const folded = foldForMatching(typed.normalize('NFKC'), true);
    const matches = new Map<Concept, string>();
    for (const t of terms) {
      if (t.folded.startsWith(folded) && !matches.has(t.concept)) matches.set(t.concept, t.term);
    }
    if (matches.size === 0) continue;
    return [...matches].map(([concept, term]) => conceptItem(concept, term, typed, pos));
  }
  return [];
}

function conceptItem(concept: Concept, matchedTerm: string, typed: string, pos: Position): NoteCompletion {
  const d = concept.definitions[0];
  const aliases = concept.aliases.length ? concept.aliases.join(', ') : undefined;
  return {
    label: concept.name,
    kind: 'concept',
    insertText: concept.name,
    // The editor filters on what was typed; an alias that was typed must still match.
    filterText: matchedTerm === concept.name ? concept.name : `${matchedTerm} ${concept.name}`,
    detail: aliases,
    documentation: d.definition,
    sortText: (matchedTerm === concept.name ? '0' : '1') + concept.name.toLowerCase(),
    range: replacing(pos, typed.length),
  };
}

const termCache = new WeakMap<Concept[], Array<{ folded: string; term: string; concept: Concept }>>();

/** Every name and alias, folded once per concept set (the set is rebuilt when definitions change). */
function conceptTerms(index: NoteIndex): Array<{ folded: string; term: string; concept: Concept }> {
  const concepts = index.concepts();
  let terms = termCache.get(concepts);
  if (!terms) {
    terms = [];
    for (const c of concepts) {
      for (const term of [c.name, ...c.aliases]) terms.push({ folded: foldForMatching(term.normalize('NFKC'), true), term, concept: c });
    }
    termCache.set(concepts, terms);
  }
  return terms;
}

function isAsciiWord(ch: string): boolean {
  return /[A-Za-z0-9_]/.test(ch);
}
