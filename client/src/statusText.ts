import * as l10n from '@vscode/l10n';
import type { IndexChangedParams } from '../../shared/protocol';

/**
 * The status bar text for an index state. Pure (no vscode import): unit-tested. Messages go
 * through `@vscode/l10n`, which activation loads with VS Code's bundle (`vscode.l10n.bundle`).
 */
export function statusText(params: IndexChangedParams): string {
  if (params.indexing) {
    return params.total
      ? `$(sync~spin) ${l10n.t('Indexing {done}/{total}', { done: params.indexed ?? 0, total: params.total })}`
      : `$(sync~spin) ${l10n.t('Concept Notes: indexing… ({notes} notes)', { notes: params.notes })}`;
  }
  const concepts = params.concepts === 1 ? l10n.t('1 concept') : l10n.t('{count} concepts', { count: params.concepts });
  const problems = params.problems === 1 ? l10n.t('1 problem') : l10n.t('{count} problems', { count: params.problems });
  return `$(book) ${concepts} · ${problems}`;
}
