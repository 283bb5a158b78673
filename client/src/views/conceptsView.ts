import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Requests, type ConceptSummary } from '../../../shared/protocol';
import { ServerTreeProvider, openAt } from './serverTreeProvider';

/** The Concepts view: every concept A–Z with its mention count; data from `conceptNotes/concepts`. */
export class ConceptsViewProvider extends ServerTreeProvider<ConceptSummary> {
  protected async fetchRoots(client: LanguageClient): Promise<ConceptSummary[]> {
    return [...(await client.sendRequest<ConceptSummary[]>(Requests.concepts, {}))].sort(byName);
  }

  protected childrenOf(): ConceptSummary[] {
    return [];
  }

  getTreeItem(concept: ConceptSummary): vscode.TreeItem {
    const item = new vscode.TreeItem(concept.name, vscode.TreeItemCollapsibleState.None);
    item.description = concept.mentions === 1 ? '1 mention' : `${concept.mentions} mentions`;
    // Definitions are note text: shown as plain text, never as trusted markdown.
    const tooltip = new vscode.MarkdownString().appendText(concept.definition);
    tooltip.isTrusted = false;
    item.tooltip = tooltip;
    item.iconPath = new vscode.ThemeIcon('symbol-constant');
    item.contextValue = 'concept';
    item.command = openAt(concept.uri, concept.range, 'Open Definition');
    return item;
  }
}

/** A–Z regardless of case; Chinese names sort after Latin ones by the locale's collation. */
function byName(a: ConceptSummary, b: ConceptSummary): number {
  return a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
}
