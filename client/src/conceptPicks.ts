import type { ConceptSummary } from '../../shared/protocol';
import { sortByName } from './views/conceptGrouping';

/** QuickPick rows for concepts. Pure (no vscode import): unit-tested. */
export interface ConceptPickItem {
  label: string;
  /** The aliases, so typing a Chinese alias (matchOnDescription) finds the concept. */
  description: string;
  /** The definition on one line (matchOnDetail). */
  detail: string;
  concept: ConceptSummary;
}

const DETAIL_LENGTH = 120;

export function conceptPickItems(concepts: readonly ConceptSummary[]): ConceptPickItem[] {
  return sortByName(concepts).map((concept) => ({ label: concept.name, description: concept.aliases.join(', '), detail: oneLine(concept.definition), concept }));
}

/** Case-insensitive match on the name or any alias; the server did the real normalization. */
export function findConceptByName(concepts: readonly ConceptSummary[], name: string): ConceptSummary | undefined {
  const wanted = name.trim().toLowerCase();
  return concepts.find((c) => [c.name, ...c.aliases].some((n) => n.toLowerCase() === wanted));
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > DETAIL_LENGTH ? `${flat.slice(0, DETAIL_LENGTH - 1)}…` : flat;
}
