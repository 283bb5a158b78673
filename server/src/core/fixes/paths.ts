import { URI } from 'vscode-uri';

/** The link destination from one note to another file: relative, `/`-separated, decoded. */
export function relativeLinkPath(fromUri: string, toUri: string): string {
  const from = URI.parse(fromUri).path.split('/').slice(0, -1);
  const to = URI.parse(toUri).path.split('/');
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  const rest = to.slice(common);
  return (up === 0 ? '' : '../'.repeat(up)) + rest.join('/');
}

export function basenameOf(uri: string): string {
  return URI.parse(uri).path.split('/').pop() ?? '';
}

export function withoutMarkdownExtension(name: string): string {
  return name.replace(/\.(md|markdown)$/i, '');
}
