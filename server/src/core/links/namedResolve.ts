// Which file a name-based link picks, per tool. Paths are workspace-folder relative, `/`.
import type { LinkStyle } from './linkStyle';
import { obsidianPick, type NameIndex, type NamedFile } from './nameIndex';

export type Pick =
  | { file: NamedFile; candidates?: undefined }
  /** Several files fit and the tool leaves the choice to the writer: `file` is the one it shows. */
  | { file: NamedFile; candidates: NamedFile[] };

/** `a/./b/../c` → `a/c`; undefined when it climbs above the folder root. */
export function normalizePath(path: string): string | undefined {
  const out: string[] = [];
  for (const seg of path.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') { if (out.length === 0) return undefined; out.pop(); } else out.push(seg);
  }
  return out.join('/');
}

function exactly(names: NameIndex, path: string | undefined): NamedFile | undefined {
  if (path === undefined || path === '') return undefined;
  const wanted = path.toLowerCase();
  return names.matching(path).find((f) => {
    const p = f.path.toLowerCase();
    return p === wanted || (f.isNote && p.replace(/\.(md|markdown)$/, '') === wanted);
  });
}

/**
 * The file `linkpath` names from the note at `fromPath`.
 * - obsidian: the path from the note's folder, else from the vault root, else any file
 *   whose path ends with it, as `metadataCache.getFirstLinkpathDest` picks (see
 *   `obsidianPick`). Obsidian decides, so there is never an ambiguity to report.
 * - foam: "Path vs Identifier Links" (Foam docs, features/wikilinks.md): a link starting
 *   with `/` or `.` is a path; anything else an identifier, any unique path suffix. Several
 *   files for one identifier: "Foam resolves it alphabetically … and shows a warning".
 * - github-wiki: a page by name from anywhere in the wiki, spaces and hyphens alike; the
 *   choice between same-named pages in different folders is left open.
 */
export function pickFile(style: LinkStyle, names: NameIndex, linkpath: string, fromPath: string): Pick | undefined {
  const folder = fromPath.slice(0, fromPath.lastIndexOf('/') + 1);
  const fromRoot = linkpath.startsWith('/');
  const relative = fromRoot ? normalizePath(linkpath) : normalizePath(folder + linkpath);
  if (style === 'obsidian') {
    const direct = exactly(names, relative) ?? exactly(names, normalizePath(linkpath));
    if (direct) return { file: direct };
    const file = obsidianPick(names.matching(stripClimbing(linkpath)), fromPath);
    return file && { file };
  }
  if (style === 'foam') {
    if (fromRoot || linkpath.startsWith('.')) { const file = exactly(names, relative); return file && { file }; }
    return choose(names.matching(linkpath));
  }
  const direct = exactly(names, relative) ?? exactly(names, normalizePath(linkpath));
  if (direct) return { file: direct };
  const name = linkpath.slice(linkpath.lastIndexOf('/') + 1);
  const pages = names.pages(name);
  return choose(pages.length ? pages : names.matching(stripClimbing(linkpath)));
}

function choose(files: NamedFile[]): Pick | undefined {
  if (files.length === 0) return undefined;
  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return sorted.length === 1 ? { file: sorted[0] } : { file: sorted[0], candidates: sorted };
}

/** `../../images/x.png` looked up by name: the leading `./`, `../` and `/` say nothing about where. */
function stripClimbing(path: string): string {
  return path.replace(/^(?:\.{1,2}\/|\/)+/, '');
}

/**
 * The shortest path suffix (no extension for notes) that picks `target` from `fromPath`
 * under the style's rule: what Obsidian writes with "Shortest path when possible" and
 * what Foam calls the shortest unambiguous identifier.
 */
export function shortestLinkpath(style: LinkStyle, names: NameIndex, target: NamedFile, fromPath: string): string {
  const segments = (target.isNote ? target.path.replace(/\.(md|markdown)$/i, '') : target.path).split('/');
  for (let take = 1; take <= segments.length; take++) {
    const candidate = segments.slice(segments.length - take).join('/');
    const pick = pickFile(style, names, candidate, fromPath);
    if (pick && pick.file.uri === target.uri && !pick.candidates) return candidate;
  }
  return segments.join('/');
}
