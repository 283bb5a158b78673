import * as l10n from '@vscode/l10n';
import type { KnowledgeGapsResult } from '../../../shared/protocol';

/** `concept-notes gaps --format json`: the contract's shape, paths relative to the folder. */
export function formatGapsJson(gaps: KnowledgeGapsResult, relative: (uri: string) => string): string {
  return JSON.stringify({
    version: 1,
    undefined: gaps.undefined.map((t) => ({ term: t.term, count: t.count, notes: t.notes.map(relative) })),
    unmentioned: gaps.unmentioned.map((c) => ({ name: c.name, file: relative(c.uri), range: c.range })),
  }, null, 2) + '\n';
}

/** One term a line, most used first, then the concepts nobody mentions with where they are defined. */
export function formatGapsText(gaps: KnowledgeGapsResult, relative: (uri: string) => string): string {
  const lines = [l10n.t('Used but never defined ({count}):', { count: gaps.undefined.length })];
  for (const t of gaps.undefined) {
    lines.push(`  ${t.term}  ${l10n.t('{count} uses in {notes} notes', { count: t.count, notes: t.noteCount })}: ${t.notes.slice(0, 3).map(relative).join(', ')}${t.notes.length > 3 ? ', …' : ''}`);
  }
  lines.push(l10n.t('Defined but never mentioned ({count}):', { count: gaps.unmentioned.length }));
  for (const c of gaps.unmentioned) lines.push(`  ${c.name}  ${relative(c.uri)}:${c.range.start.line + 1}`);
  return lines.join('\n') + '\n';
}
