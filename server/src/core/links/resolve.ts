import { URI, Utils } from 'vscode-uri';
import { safeDecodeURIComponent } from '../text/strings';

/** Where a link goes, as far as the workspace can tell without reading anything. */
export type LinkTarget =
  | { kind: 'external' }
  | { kind: 'same-note'; fragment: string }
  | { kind: 'file'; candidates: string[]; fragment?: string; path: string; uri: string }
  | { kind: 'outside-workspace'; path: string };

const SCHEME = /^[a-z][a-z0-9+.-]*:/i;
const LINE_ANCHOR = /^L\d+(?:C\d+)?(?:-L?\d+(?:C\d+)?)?$/;

/**
 * Resolves like VS Code and GitHub: relative to the note, `/` is the workspace root,
 * URL-decoded, extensionless → `.md`, folders → README.md / index.md / _index.md.
 * Targets that climb out of every root are never looked at.
 */
export function resolveLinkTarget(target: string, fromUri: string, roots: readonly string[]): LinkTarget {
  let t = target.trim();
  if (t.startsWith('<') && t.endsWith('>')) t = t.slice(1, -1);
  if (SCHEME.test(t) || t.startsWith('//')) return { kind: 'external' };
  const hash = t.indexOf('#');
  let path = hash === -1 ? t : t.slice(0, hash);
  let fragment = hash === -1 ? undefined : t.slice(hash + 1);
  const query = path.indexOf('?');
  if (query !== -1) path = path.slice(0, query);
  if (fragment !== undefined && (fragment === '' || LINE_ANCHOR.test(fragment))) fragment = undefined;
  if (path === '') return fragment === undefined ? { kind: 'external' } : { kind: 'same-note', fragment };
  const resolved = resolvePath(path, fromUri, roots);
  return resolved.kind === 'file' ? { ...resolved, fragment } : resolved;
}

type ResolvedPath = { kind: 'file'; candidates: string[]; path: string; uri: string } | { kind: 'outside-workspace'; path: string };

/** Notes with 50,000 links repeat a few hundred paths: URI joins are the cost, so they are remembered. */
const resolvedPaths = new Map<string, ResolvedPath>();
const MAX_REMEMBERED_PATHS = 20_000;

function resolvePath(rawPath: string, fromUri: string, roots: readonly string[]): ResolvedPath {
  const key = `${roots.join('\n')}\u0000${fromUri}\u0000${rawPath}`;
  const known = resolvedPaths.get(key);
  if (known) return known;
  const path = safeDecodeURIComponent(rawPath).replace(/\\/g, '/');
  const from = URI.parse(fromUri);
  const root = roots.map((r) => URI.parse(r)).find((r) => isInside(from.path, r.path)) ?? (roots[0] ? URI.parse(roots[0]) : undefined);
  const base = path.startsWith('/') && root ? root : Utils.dirname(from);
  const resolved = Utils.joinPath(base, path.startsWith('/') ? path.slice(1) : path);
  const result: ResolvedPath = roots.some((r) => isInside(resolved.path, URI.parse(r).path))
    ? { kind: 'file', candidates: candidatePaths(resolved, path.endsWith('/')), path, uri: resolved.toString() }
    : { kind: 'outside-workspace', path };
  if (resolvedPaths.size >= MAX_REMEMBERED_PATHS) resolvedPaths.clear();
  resolvedPaths.set(key, result);
  return result;
}

function candidatePaths(resolved: URI, isFolder: boolean): string[] {
  const folderIndexes = ['README.md', 'readme.md', 'index.md', '_index.md'].map((n) => Utils.joinPath(resolved, n).toString());
  if (isFolder) return folderIndexes;
  const list = [resolved.toString()];
  if (!/\.[A-Za-z0-9]+$/.test(resolved.path)) list.push(resolved.with({ path: resolved.path + '.md' }).toString());
  return [...list, ...folderIndexes];
}

function isInside(path: string, rootPath: string): boolean {
  const r = rootPath.replace(/\/$/, '');
  return path === r || path.startsWith(r + '/');
}
