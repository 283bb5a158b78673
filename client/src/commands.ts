import * as vscode from 'vscode';
import { Commands, DIAGNOSTIC_SOURCE, type ConceptSummary } from '../../shared/protocol';
import type { LanguageClient } from 'vscode-languageclient/node';
import { goToConcept } from './goToConcept';
import { showReferencesAt } from './showReferences';
import type { ConceptsOrder } from './views/conceptGrouping';
import { findWholeFileRepair } from './codeActionKinds';

/** Commands the client alone implements (the shared ones are in shared/protocol.ts). */
export const ClientCommands = {
  findConcept: 'conceptNotes.findConcept',
  showConceptsByTopic: 'conceptNotes.showConceptsByTopic',
  showConceptsAlphabetically: 'conceptNotes.showConceptsAlphabetically',
  openConceptsReport: 'conceptNotes.openConceptsReport',
} as const;

export interface CommandContext {
  restartServer(): Promise<void>;
  refreshTopics(): void;
  /** All concepts, from the language server. */
  concepts(): Promise<ConceptSummary[]>;
  findConcept(name?: unknown): Promise<string | undefined>;
  setConceptsOrder(order: ConceptsOrder): Promise<void>;
  openConceptsReport(): Promise<unknown>;
  addToGlossary(row?: unknown): Promise<boolean>;
  showGraph(scope?: unknown): Promise<void>;
  checkExternalLinks(scope?: unknown): Promise<unknown>;
  filterOpenItems(markers?: unknown): Promise<string[] | undefined>;
  markTaskDone(row?: unknown): Promise<boolean>;
  /** "Link it" on an unlinked mention row (`all`: every unlinked mention of the view). */
  linkMentions(row: unknown, all: boolean): Promise<boolean>;
  /** The running language client, if any. */
  client(): LanguageClient | undefined;
}

/** Command table: id → factory; registered in one loop by `registerCommands`. */
const table: Record<string, (ctx: CommandContext) => (...args: unknown[]) => unknown> = {
  [Commands.restartServer]: (ctx) => () => ctx.restartServer(),
  [Commands.refreshTopics]: (ctx) => () => ctx.refreshTopics(),
  [Commands.goToConcept]: (ctx) => (name) => goToConcept(() => ctx.concepts(), name),
  // Diagnostics are already pushed for every note; the Problems panel is the report.
  [Commands.checkWorkspace]: () => () => checkWorkspace(),
  [Commands.showMentions]: () => () => showMentions(),
  [Commands.repairEncoding]: () => () => repairEncoding(),
  [Commands.checkExternalLinks]: (ctx) => (scope) => ctx.checkExternalLinks(scope),
  [ClientCommands.findConcept]: (ctx) => (name) => ctx.findConcept(name),
  [ClientCommands.showConceptsByTopic]: (ctx) => () => ctx.setConceptsOrder('byTopic'),
  [ClientCommands.showConceptsAlphabetically]: (ctx) => () => ctx.setConceptsOrder('alphabetical'),
  [ClientCommands.openConceptsReport]: (ctx) => () => ctx.openConceptsReport(),
  [Commands.addToGlossary]: (ctx) => (row) => ctx.addToGlossary(row),
  [Commands.showGraph]: (ctx) => (scope) => ctx.showGraph(scope),
  [Commands.filterOpenItems]: (ctx) => (markers) => ctx.filterOpenItems(markers),
  [Commands.markTaskDone]: (ctx) => (row) => ctx.markTaskDone(row),
  [Commands.linkMention]: (ctx) => (row) => ctx.linkMentions(row, false),
  [Commands.linkAllMentions]: (ctx) => (row) => ctx.linkMentions(row, true),
  [Commands.showReferences]: (ctx) => (uri, position) => showReferencesAt(ctx.client(), uri, position),
};

/**
 * Shows the Problems panel, where every note's problems already are, and answers with
 * how many of ours it lists and in how many files (for a keybinding's caller and the tests).
 */
async function checkWorkspace(): Promise<{ problems: number; files: number }> {
  await vscode.commands.executeCommand('workbench.actions.view.problems');
  let problems = 0;
  let files = 0;
  for (const [, diagnostics] of vscode.languages.getDiagnostics()) {
    const ours = diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE).length;
    problems += ours;
    if (ours > 0) files++;
  }
  return { problems, files };
}

/**
 * Opens the references peek for the concept under the cursor; the server's reference
 * provider already answers for mentions and definitions alike. Returns the locations shown.
 */
async function showMentions(): Promise<vscode.Location[]> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return [];
  const position = editor.selection.active;
  const locations = await vscode.commands.executeCommand<vscode.Location[] | undefined>(
    'vscode.executeReferenceProvider', editor.document.uri, position,
  ) ?? [];
  if (locations.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No concept mentions at the cursor.'));
    return [];
  }
  await vscode.commands.executeCommand('editor.action.showReferences', editor.document.uri, position, locations);
  return locations;
}

export function registerCommands(context: vscode.ExtensionContext, ctx: CommandContext): void {
  for (const [id, factory] of Object.entries(table)) {
    context.subscriptions.push(vscode.commands.registerCommand(id, factory(ctx)));
  }
}

/**
 * Applies the server's "repair encoding in the whole file" quick fix to the active note.
 * The edit carries a needs-confirmation annotation, so VS Code previews it first.
 * Resolves to whether an edit was applied.
 */
async function repairEncoding(): Promise<boolean> {
  const document = vscode.window.activeTextEditor?.document;
  if (!document) return false;
  // Also disabled in package.json (enablement); this guards callers that bypass the UI.
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Concept Notes: trust this workspace to repair encodings.'));
    return false;
  }
  const wholeDocument = new vscode.Range(document.positionAt(0), document.positionAt(document.getText().length));
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
    'vscode.executeCodeActionProvider', document.uri, wholeDocument, vscode.CodeActionKind.QuickFix.value,
  ) ?? [];
  // Found by its kind: the title is in the server's language.
  const repair = findWholeFileRepair(actions);
  if (!repair?.edit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No garbled text to repair in this file.'));
    return false;
  }
  // Discarding the preview rejects with "Canceled": nothing was applied.
  return Promise.resolve(vscode.workspace.applyEdit(withConfirmation(repair.edit, repair.title))).catch(() => false);
}

/**
 * The same text edits, each marked as needing confirmation. The server marks them so,
 * but a code action fetched through `vscode.executeCodeActionProvider` comes back without
 * edit metadata, and applying it as is would rewrite the note with no preview.
 */
function withConfirmation(edit: vscode.WorkspaceEdit, label: string): vscode.WorkspaceEdit {
  const confirmed = new vscode.WorkspaceEdit();
  const metadata: vscode.WorkspaceEditEntryMetadata = { needsConfirmation: true, label, description: vscode.l10n.t('Review the repaired text before it is applied') };
  for (const [uri, edits] of edit.entries()) {
    for (const textEdit of edits) confirmed.replace(uri, textEdit.range, textEdit.newText, metadata);
  }
  return confirmed;
}
