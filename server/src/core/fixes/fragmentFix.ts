// Shared by both "no such heading" fixes: replace the part after `#` with a slug
// (or, in a wiki link, with the heading's text).
import * as l10n from '@vscode/l10n';
import type { Note } from '../model/types';
import type { FixContext, FixDiagnostic, QuickFix } from './types';
import { singleEdit } from './types';
import { textAt } from './text';
import { suggestSlugs } from './slugSuggestions';
import { headingFor } from '../model/lookups';
import { DiagnosticCodes, type DiagnosticCode } from '../../../../shared/protocol';

export function fragmentFixes(diagnostic: FixDiagnostic, note: Note, target: Note | undefined, code: DiagnosticCode): QuickFix[] {
  if (!target) return [];
  const written = textAt(note, diagnostic.range);
  const hash = written.indexOf('#');
  if (hash === -1) return [];
  const fragment = written.slice(hash + 1);
  const suggestions = suggestSlugs(fragment, target.headings);
  const isWiki = diagnostic.data?.kind === 'wiki';
  const byText = isWiki || diagnostic.data?.byText === true;
  const fixes: QuickFix[] = [];
  suggestions.forEach((slug, i) => {
    const heading = headingFor(target.headings, slug);
    if (!heading) return;
    // A Markdown link holds the text URL-encoded (Obsidian Help, "Internal links").
    const replacement = isWiki ? heading.text : byText ? encodeURI(heading.text) : slug;
    const start = { line: diagnostic.range.start.line, character: diagnostic.range.start.character + hash + 1 };
    // Only one-line destinations are edited in place; that is every link the parser sees.
    if (diagnostic.range.start.line !== diagnostic.range.end.line) return;
    fixes.push({
      title: l10n.t('Change to #{fragment}', { fragment: replacement }), kind: 'quickfix', code, isPreferred: i === 0 && suggestions.length === 1,
      edit: singleEdit(note.uri, { start, end: diagnostic.range.end }, replacement),
    });
  });
  return fixes;
}

export const FRAGMENT_CODES: DiagnosticCode[] = [DiagnosticCodes.noSuchHeaderInOwnFile, DiagnosticCodes.noSuchHeaderInFile];

/**
 * Heading comparisons a "fix all" of broken fragments would make. Past a bound it is not
 * offered: a note with thousands of broken fragments into a note with thousands of
 * headings would hold the request for minutes.
 */
export function fragmentFixAllIsAffordable(diagnostics: readonly FixDiagnostic[], context: FixContext): boolean {
  let comparisons = 0;
  for (const d of diagnostics) {
    const uri = d.code === DiagnosticCodes.noSuchHeaderInOwnFile ? context.note.uri : d.data?.uri;
    const target = typeof uri === 'string' ? context.getNote(uri) : undefined;
    comparisons += target?.headings.length ?? 0;
    if (comparisons > FIX_ALL_COMPARISON_BUDGET) return false;
  }
  return true;
}

const FIX_ALL_COMPARISON_BUDGET = 50_000;
