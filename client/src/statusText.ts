import type { IndexChangedParams } from '../../shared/protocol';

/** The status bar text for an index state. Pure (no vscode import): unit-tested. */
export function statusText(params: IndexChangedParams): string {
  if (params.indexing) {
    return params.total ? `$(sync~spin) Indexing ${params.indexed ?? 0}/${params.total}` : `$(sync~spin) Concept Notes: indexing… (${params.notes} notes)`;
  }
  return `$(book) ${count(params.concepts, 'concept')} · ${count(params.problems, 'problem')}`;
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
