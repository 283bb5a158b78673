// A link to a file that is not there: point it at the closest existing note, or create
// the note it names.
import * as l10n from '@vscode/l10n';
import type { FixContext, FixDiagnostic, FixProvider, QuickFix, WorkspaceEdit } from './types';
import { singleEdit } from './types';
import { encodeLinkPath, textAt } from './text';
import { basenameOf, relativeLinkPath, withoutMarkdownExtension } from './paths';
import { closestMatches, editDistance } from './similarity';
import { isMarkdownUri, joinUri, dirnameUri } from '../model/uris';
import { DiagnosticCodes } from '../../../../shared/protocol';
import { safeDecodeURIComponent } from '../text/strings';

const code = DiagnosticCodes.noSuchFile;

export const fixNoSuchFile: FixProvider = (diagnostic, context) => {
  const data = diagnostic.data ?? {};
  if (data.outside) return [];
  const written = textAt(context.note, diagnostic.range);
  const hash = written.indexOf('#');
  const pathPart = hash === -1 ? written : written.slice(0, hash);
  if (pathPart.trim() === '') return [];
  const isWiki = data.kind === 'wiki';
  const fixes: QuickFix[] = [];
  const wantedPath = safeDecodeURIComponent(pathPart.trim().replace(/^<|>$/g, '')).replace(/\/$/, '');
  const wantedName = withoutMarkdownExtension(wantedPath.split('/').pop() ?? '');
  const extension = /\.([A-Za-z0-9]+)$/.exec(wantedPath)?.[1]?.toLowerCase();
  const wantsNote = extension === undefined || extension === 'md' || extension === 'markdown';

  if (wantsNote && wantedName) {
    const others = context.noteUris().filter((u) => u !== context.note.uri);
    const matches = closestMatches(wantedName, others, (u) => withoutMarkdownExtension(basenameOf(u)), 12);
    // Among equally close names, prefer the one whose path looks most like what was written.
    matches.sort((a, b) => a.score - b.score || pathDistance(context, wantedPath, a.item) - pathDistance(context, wantedPath, b.item));
    for (const m of matches.slice(0, 3)) {
      let replacement = isWiki ? withoutMarkdownExtension(basenameOf(m.item)) : encodeLinkPath(relativeLinkPath(context.note.uri, m.item));
      if (!isWiki && extension === undefined) replacement = withoutMarkdownExtension(replacement);
      fixes.push({
        title: l10n.t('Change to {target}', { target: replacement }), kind: 'quickfix', code, isPreferred: matches.length === 1 && m.score === 0,
        edit: replacePathPart(context, diagnostic, pathPart.length, replacement),
      });
    }
    const created = newNoteUri(context, diagnostic, wantedPath, isWiki);
    if (created && !context.getNote(created)) {
      fixes.push({
        title: l10n.t('Create note {path}', { path: relativeLinkPath(context.note.uri, created) }), kind: 'quickfix', code,
        edit: { createFiles: [created], changes: { [created]: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: `# ${wantedName}\n` }] } },
      });
    }
  }
  return fixes;
};

function replacePathPart(context: FixContext, diagnostic: FixDiagnostic, length: number, replacement: string): WorkspaceEdit {
  const start = diagnostic.range.start;
  return singleEdit(context.note.uri, { start, end: { line: start.line, character: start.character + length } }, replacement);
}

/** Where the link says the note should be: the resolver's own candidate when it is a note. */
function newNoteUri(context: FixContext, diagnostic: FixDiagnostic, wantedPath: string, isWiki: boolean): string | undefined {
  if (isWiki) return joinUri(dirnameUri(context.note.uri), withoutMarkdownExtension(wantedPath) + '.md');
  const candidates = Array.isArray(diagnostic.data?.candidates) ? (diagnostic.data!.candidates as string[]) : [];
  return candidates.find((c) => isMarkdownUri(c));
}

function pathDistance(context: FixContext, wanted: string, uri: string): number {
  return editDistance(wanted.toLowerCase(), relativeLinkPath(context.note.uri, uri).toLowerCase());
}
