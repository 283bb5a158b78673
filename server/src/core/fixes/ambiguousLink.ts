import * as l10n from '@vscode/l10n';
import type { FixProvider, QuickFix } from './types';
import { singleEdit } from './types';
import { textAt } from './text';
import { DiagnosticCodes } from '../../../../shared/protocol';
import { safeDecodeURIComponent } from '../text/strings';

/**
 * `[[todo]]` with `projects/house/todo.md` and `work/todo.md`: one fix per file, writing
 * the shortest path suffix that tells it from the others (`house/todo`, `work/todo`),
 * as Foam's docs suggest ("Ambiguous Links"). The fragment and alias stay as written.
 */
export const fixAmbiguousLink: FixProvider = (diagnostic, { note }) => {
  const candidates = Array.isArray(diagnostic.data?.candidates) ? (diagnostic.data!.candidates as unknown[]).filter((c): c is string => typeof c === 'string') : [];
  if (candidates.length < 2 || diagnostic.range.start.line !== diagnostic.range.end.line) return [];
  const written = textAt(note, diagnostic.range);
  const hash = written.indexOf('#');
  const linkpath = hash === -1 ? written : written.slice(0, hash);
  const keepExtension = /\.[A-Za-z0-9]+$/.test(linkpath);
  const encoded = /%[0-9A-Fa-f]{2}/.test(linkpath);
  const paths = candidates.map((uri) => {
    const path = safeDecodeURIComponent(uri.replace(/^[a-z]+:\/\/[^/]*/i, ''));
    return keepExtension ? path : path.replace(/\.(md|markdown)$/i, '');
  });
  const fixes: QuickFix[] = [];
  paths.forEach((path, i) => {
    const unique = shortestDistinct(path, paths.filter((_, j) => j !== i));
    const newText = encoded ? encodeURI(unique) : unique;
    const end = { line: diagnostic.range.start.line, character: diagnostic.range.start.character + linkpath.length };
    fixes.push({ title: l10n.t('Link to {path}', { path: unique }), kind: 'quickfix', code: DiagnosticCodes.ambiguousLink, edit: singleEdit(note.uri, { start: diagnostic.range.start, end }, newText) });
  });
  return fixes;
};

/** The fewest trailing segments of `path` that no other path ends with. */
function shortestDistinct(path: string, others: string[]): string {
  const segments = path.split('/').filter((s) => s !== '');
  for (let take = 1; take <= segments.length; take++) {
    const suffix = segments.slice(segments.length - take).join('/');
    if (!others.some((o) => o === suffix || o.endsWith('/' + suffix))) return suffix;
  }
  return segments.join('/');
}
