import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { AddToGlossaryParams } from '../../shared/protocol';
import { ConceptNotesRequests } from '../../shared/lspProtocol';
import type { GapNode } from './views/knowledgeGapsView';

/**
 * "Add to Glossary" on a Knowledge Gaps row (or for a term typed in): asks the server for
 * the definition stub and applies it as an edit VS Code previews first. Resolves to
 * whether the edit was applied.
 */
export async function addToGlossary(client: LanguageClient | undefined, node: unknown): Promise<boolean> {
  if (!client) return false;
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Concept Notes: trust this workspace to add to the glossary.'));
    return false;
  }
  const params = await paramsFor(node);
  if (!params) return false;
  const lspEdit = await client.sendRequest(ConceptNotesRequests.addToGlossary, params);
  if (!lspEdit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('"{term}" cannot be added to a glossary.', { term: params.term }));
    return false;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(lspEdit);
  // Discarding the preview rejects with "Canceled": nothing was applied.
  return Promise.resolve(vscode.workspace.applyEdit(edit)).catch(() => false);
}

async function paramsFor(node: unknown): Promise<AddToGlossaryParams | undefined> {
  const row = node as GapNode | undefined;
  if (row?.kind === 'term') return { term: row.term.term, uri: row.term.notes[0] };
  if (row?.kind === 'use') return { term: row.term, uri: row.uri };
  const term = await vscode.window.showInputBox({ prompt: vscode.l10n.t('Term to add to the glossary') });
  return term?.trim() ? { term: term.trim(), uri: vscode.window.activeTextEditor?.document.uri.toString() } : undefined;
}
