import * as vscode from 'vscode';
import type { ConceptSummary } from '../../shared/protocol';
import { chooseConcept } from './goToConcept';
import type { ConceptsNode, ConceptsViewProvider } from './views/conceptsView';

/**
 * "Find Concept…": picks a concept (or takes its name) and reveals and selects its row
 * in the Concepts view, opening the view if needed. Resolves to the revealed name.
 */
export async function findConcept(
  fetchConcepts: () => Promise<ConceptSummary[]>,
  provider: ConceptsViewProvider,
  view: vscode.TreeView<ConceptsNode>,
  name?: unknown,
): Promise<string | undefined> {
  const target = await chooseConcept(await fetchConcepts(), name, vscode.l10n.t('Concept Notes: Find Concept in the Concepts View'));
  if (!target) return undefined;
  // The index may change between finding the row and revealing it (a refresh replaces
  // every row object, and the view then no longer knows the old one): find it again.
  for (let attempt = 1; ; attempt++) {
    const node = await provider.findConcept(target.name);
    if (!node) return undefined;
    try {
      await view.reveal(node, { select: true, focus: true, expand: true });
      return target.name;
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100 * attempt));
    }
  }
}
