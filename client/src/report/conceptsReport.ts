import * as l10n from '@vscode/l10n';
import type { ConceptSummary } from '../../../shared/protocol';

/** The Markdown of "Open Concepts Report". Pure (no vscode import): unit-tested. */
export interface ConceptsReportInput {
  concepts: readonly ConceptSummary[];
  /** Problem count per diagnostic code, over the whole workspace. */
  problemsByCode: ReadonlyMap<string, number>;
  /** Workspace-relative path of a note URI, for the "Defined at" column. */
  relativePath: (uri: string) => string;
}

export function conceptsReport({ concepts, problemsByCode, relativePath }: ConceptsReportInput): string {
  const totalProblems = [...problemsByCode.values()].reduce((sum, n) => sum + n, 0);
  const lines = [
    `# ${l10n.t('Concepts Report')}`,
    '',
    `${concepts.length === 1 ? l10n.t('1 concept') : l10n.t('{count} concepts', { count: concepts.length })} · ${totalProblems === 1 ? l10n.t('1 problem') : l10n.t('{count} problems', { count: totalProblems })}`,
    '',
    `## ${l10n.t('Problems')}`,
    '',
  ];
  if (totalProblems === 0) {
    lines.push(l10n.t('No problems.'));
  } else {
    lines.push(`| ${l10n.t('Code')} | ${l10n.t('Count')} |`, '| --- | ---: |');
    const codes = [...problemsByCode.entries()].filter(([, n]) => n > 0).sort(([a], [b]) => a.localeCompare(b));
    for (const [code, count] of codes) lines.push(`| ${cell(code)} | ${count} |`);
  }
  lines.push('', `## ${l10n.t('Concepts')}`, '', `| ${l10n.t('Concept')} | ${l10n.t('Aliases')} | ${l10n.t('Defined at')} | ${l10n.t('Mentions')} |`, '| --- | --- | --- | ---: |');
  const sorted = [...concepts].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }));
  for (const c of sorted) {
    // Lines are 1-based here, as editors and `concept-notes check` print them.
    lines.push(`| ${cell(c.name)} | ${cell(c.aliases.join(', '))} | ${cell(`${relativePath(c.uri)}:${c.range.start.line + 1}`)} | ${c.mentions} |`);
  }
  return `${lines.join('\n')}\n`;
}

/** Table cells are note text: a `|` or a line break would end the cell early. */
function cell(text: string): string {
  return text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\s*\n\s*/g, ' ');
}
