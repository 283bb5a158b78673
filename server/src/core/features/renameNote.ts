// A note moved or renamed: every link to it is rewritten in its own syntax. Wiki links
// (and Obsidian's by-name Markdown links) get the shortest name that still picks the note
// under the vault's rules; path links get the new relative path, URL-encoded, keeping
// whether the extension was written. Obsidian does the same with "Automatically update
// internal links" (Obsidian Help, "Internal links").
import { URI } from 'vscode-uri';
import type { Link, Range } from '../model/types';
import type { NoteIndex } from '../index/noteIndex';
import type { LinkResolver, FollowResult } from '../links/linkResolver';
import type { CancellationToken } from '../workspace';
import { neverCancelled } from '../workspace';
import type { RenameEdit } from './rename';
import { NameIndex } from '../links/nameIndex';
import { shortestLinkpath } from '../links/namedResolve';
import { relativePath } from '../model/uris';
import { rootOf } from '../config/workspaceConfig';
import { LineIndex } from '../text/lineIndex';

export async function renameNoteEdits(index: NoteIndex, resolver: LinkResolver, oldUri: string, newUri: string, token: CancellationToken = neverCancelled): Promise<RenameEdit[] | undefined> {
  const moved = index.get(oldUri);
  if (!moved) return [];
  const before = await resolver.nameIndex();
  const after = new NameIndex(index.roots, [...index.uris().filter((u) => u !== oldUri), newUri], before.files().filter((f) => !f.isNote).map((f) => f.uri));
  const newFile = after.files().find((f) => f.uri === newUri)!;
  const edits: RenameEdit[] = [];
  let i = 0;
  for (const note of index.all()) {
    if (++i % 32 === 0) { await new Promise((r) => setImmediate(r)); if (token.isCancellationRequested) return undefined; }
    if (note.uri === oldUri) continue;
    const style = await resolver.styleOf(note.uri);
    const from = relativePath(rootOf(index.roots, note.uri), note.uri) ?? '';
    const lines = new LineIndex(note.text);
    const rewrite = async (range: Range | undefined, result: FollowResult, wiki: boolean) => {
      const f = result.status === 'reference' ? result.then : result;
      if (!range || range.start.line !== range.end.line || f.status !== 'file' || f.uri !== oldUri) return;
      const written = note.text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
      const hash = written.indexOf('#');
      const linkpath = (hash === -1 ? written : written.slice(0, hash)).replace(/\\$/, '');
      if (linkpath.trim() === '') return;
      const extension = /\.(md|markdown)$/i.test(linkpath) ? newUri.slice(newUri.lastIndexOf('.')) : '';
      const byName = wiki || (style === 'obsidian' && !linkpath.includes('/'));
      let newText: string;
      if (byName && style !== 'markdown') newText = shortestLinkpath(style, after, newFile, from) + (wiki ? extension : extension || '.md');
      else if (wiki) newText = (linkpath.includes('/') ? '/' + newFile.path : newFile.path.slice(newFile.path.lastIndexOf('/') + 1)).replace(/\.(md|markdown)$/i, '') + extension;
      else newText = relativeLink(note.uri, newUri, extension !== '');
      // Markdown destinations are URL-encoded (spaces as %20), wiki links are written as the name is.
      if (!wiki) newText = newText.split('/').map((s) => encodeURIComponent(s)).join('/');
      if (newText === linkpath) return;
      edits.push({ uri: note.uri, range: { start: range.start, end: lines.positionAt(lines.offsetAt(range.start) + linkpath.length) }, newText, kind: 'link' });
    };
    for (const link of note.links) {
      if (link.kind === 'autolink' || link.kind === 'reference' || link.kind === 'html') continue;
      if (style === 'github-wiki' && link.kind === 'wiki' && link.text !== link.target) continue; // `[[text|page]]`: the page is second
      await rewrite(link.targetRange, await resolver.follow(note, link as Link), link.kind === 'wiki');
    }
    for (const def of note.referenceDefinitions) await rewrite(def.targetRange, await resolver.followDestination(note, def.target), false);
  }
  return edits;
}

/** `../b/New name.md` from the linking note's folder (without the extension when the link had none). */
function relativeLink(fromUri: string, toUri: string, withExtension: boolean): string {
  const from = URI.parse(fromUri).path.split('/').slice(0, -1);
  const to = URI.parse(toUri).path.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const path = [...Array<string>(from.length - common).fill('..'), ...to.slice(common)].join('/');
  return withExtension ? path : path.replace(/\.(md|markdown)$/i, '');
}
