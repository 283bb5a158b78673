import * as vscode from 'vscode';
import type { ConceptSummary } from '../../shared/protocol';

const DETAIL_LENGTH = 120;

interface ConceptPick extends vscode.QuickPickItem { concept: ConceptSummary }

/**
 * "Go to Concept…": a QuickPick over every concept the server knows, or — when a name is
 * given (scripts, keybindings, tests) — a direct jump to that concept's definition.
 */
export async function goToConcept(fetchConcepts: () => Promise<ConceptSummary[]>, name?: unknown): Promise<void> {
  const concepts = await fetchConcepts();
  const target = typeof name === 'string' ? findByName(concepts, name) : await pick(concepts);
  if (typeof name === 'string' && !target) {
    void vscode.window.showWarningMessage(`Concept Notes: no concept named "${name}".`);
    return;
  }
  if (target) await reveal(target);
}

/** Case-insensitive match on the name or any alias; the server did the real normalization. */
function findByName(concepts: ConceptSummary[], name: string): ConceptSummary | undefined {
  const wanted = name.trim().toLowerCase();
  return concepts.find((c) => [c.name, ...c.aliases].some((n) => n.toLowerCase() === wanted));
}

async function pick(concepts: ConceptSummary[]): Promise<ConceptSummary | undefined> {
  const items: ConceptPick[] = concepts
    .map((concept) => ({ label: concept.name, description: concept.aliases.join(', '), detail: oneLine(concept.definition), concept }))
    .sort((a, b) => a.label.localeCompare(b.label));
  // Match on description/detail so CJK aliases and words of the definition find the concept.
  const chosen = await vscode.window.showQuickPick(items, {
    title: 'Concept Notes: Go to Concept',
    placeHolder: 'Type a concept name or alias',
    matchOnDescription: true,
    matchOnDetail: true,
  });
  return chosen?.concept;
}

function oneLine(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > DETAIL_LENGTH ? `${flat.slice(0, DETAIL_LENGTH - 1)}…` : flat;
}

async function reveal(concept: ConceptSummary): Promise<void> {
  const { start, end } = concept.range;
  const range = new vscode.Range(start.line, start.character, end.line, end.character);
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(concept.uri));
  await vscode.window.showTextDocument(document, { selection: range });
}
