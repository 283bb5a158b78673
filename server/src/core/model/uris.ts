import { URI, Utils } from 'vscode-uri';

/** Notes are identified by URI strings; file-system paths only appear at the edges. */
export function noteTitleFromUri(uri: string): string {
  return Utils.basename(URI.parse(uri)).replace(/\.(md|markdown)$/i, '');
}

export function isMarkdownUri(uri: string): boolean {
  return /\.(md|markdown)$/i.test(URI.parse(uri).path);
}

export function dirnameUri(uri: string): string {
  return Utils.dirname(URI.parse(uri)).toString();
}

export function joinUri(base: string, ...segments: string[]): string {
  return Utils.joinPath(URI.parse(base), ...segments).toString();
}

/** The path of `uri` relative to `root`, with `/`, or undefined when it lies outside. */
export function relativePath(root: string, uri: string): string | undefined {
  const r = URI.parse(root).path.replace(/\/$/, '');
  const p = URI.parse(uri).path;
  if (p === r) return '';
  return p.startsWith(r + '/') ? p.slice(r.length + 1) : undefined;
}

/** A file as the user sees it in a message: decoded, relative to the workspace folder when inside it. */
export function shownPath(rootUri: string, uri: string): string {
  return (rootUri ? relativePath(rootUri, uri) : undefined) ?? URI.parse(uri).path.split('/').pop() ?? uri;
}
