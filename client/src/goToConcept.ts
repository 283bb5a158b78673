import * as vscode from 'vscode';
import type { ConceptSummary } from '../../shared/protocol';
import { conceptPickItems, findConceptByName } from './conceptPicks';
import { vscodeRange } from './views/serverTreeProvider';

/**
 * Resolves the concept a command is about: the one named by `name` (scripts, keybindings,
 * tests) or the one the user picks in a QuickPick that also matches aliases and definitions.
 * Undefined when the pick is dismissed or the name is unknown (then a warning says so).
 */
export async function chooseConcept(concepts: ConceptSummary[], name: unknown, title: string): Promise<ConceptSummary | undefined> {
  if (typeof name === 'string') {
    const found = findConceptByName(concepts, name);
    if (!found) void vscode.window.showWarningMessage(vscode.l10n.t('Concept Notes: no concept named "{name}".', { name }));
    return found;
  }
  // Match on description/detail so CJK aliases and words of the definition find the concept.
  const chosen = await vscode.window.showQuickPick(conceptPickItems(concepts), {
    title,
    placeHolder: vscode.l10n.t('Type a concept name or alias'),
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return chosen?.concept;
}

/** "Go to Concept…": opens the definition of the chosen concept. */
export async function goToConcept(fetchConcepts: () => Promise<ConceptSummary[]>, name?: unknown): Promise<void> {
  const target = await chooseConcept(await fetchConcepts(), name, vscode.l10n.t('Concept Notes: Go to Concept'));
  if (target) await reveal(target);
}

async function reveal(concept: ConceptSummary): Promise<void> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(concept.uri));
  await vscode.window.showTextDocument(document, { selection: vscodeRange(concept.range) });
}
