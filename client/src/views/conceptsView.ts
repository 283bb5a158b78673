import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Requests, type ConceptSummary } from '../../../shared/protocol';

/** The Concepts view: every concept A–Z with its mention count; data from `conceptNotes/concepts`. */
export class ConceptsViewProvider implements vscode.TreeDataProvider<ConceptSummary> {
  private readonly changed = new vscode.EventEmitter<ConceptSummary | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private items: Promise<ConceptSummary[]> | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  refresh(): void {
    this.items = undefined;
    this.changed.fire(undefined);
  }

  async getChildren(element?: ConceptSummary): Promise<ConceptSummary[]> {
    if (element) return [];
    const client = this.client();
    if (!client) return [];
    this.items ??= client.sendRequest<ConceptSummary[]>(Requests.concepts, {})
      .then((concepts) => [...concepts].sort(byName))
      .catch(() => []);
    return this.items;
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
    const { start, end } = concept.range;
    const selection = new vscode.Range(start.line, start.character, end.line, end.character);
    item.command = { command: 'vscode.open', title: 'Open Definition', arguments: [vscode.Uri.parse(concept.uri), { selection, preview: true }] };
    return item;
  }
}

/** A–Z regardless of case; Chinese names sort after Latin ones by the locale's collation. */
function byName(a: ConceptSummary, b: ConceptSummary): number {
  return a.name.localeCompare(b.name, 'en', { sensitivity: 'base' });
}
