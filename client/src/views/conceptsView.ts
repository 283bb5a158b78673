import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { ConceptSummary } from '../../../shared/protocol';
import { ConceptNotesRequests } from '../../../shared/lspProtocol';
import { ServerTreeProvider, openAt } from './serverTreeProvider';
import { groupByTopic, sortByName, type ConceptsOrder } from './conceptGrouping';

/** A row of the Concepts view: a topic heading (by-topic order only) or a concept. */
export type ConceptsNode =
  | { kind: 'topic'; topic: string; children: ConceptsNode[] }
  | { kind: 'concept'; concept: ConceptSummary };

const ORDER_KEY = 'conceptNotes.conceptsOrder';
/** Context key the view title's toggle buttons read (see package.json menus). */
const ORDER_CONTEXT = 'conceptNotes.conceptsOrder';

/**
 * The Concepts view: every concept with its mention count, A–Z or grouped under the topic
 * that defines it; data from `conceptNotes/concepts` (and `conceptNotes/topicTree` for
 * the grouping). The chosen order is remembered per workspace.
 */
export class ConceptsViewProvider extends ServerTreeProvider<ConceptsNode> {
  constructor(client: () => LanguageClient | undefined, private readonly state: vscode.Memento) {
    super(client);
    void vscode.commands.executeCommand('setContext', ORDER_CONTEXT, this.order);
  }

  get order(): ConceptsOrder {
    return this.state.get<ConceptsOrder>(ORDER_KEY) === 'byTopic' ? 'byTopic' : 'alphabetical';
  }

  async setOrder(order: ConceptsOrder): Promise<void> {
    await this.state.update(ORDER_KEY, order);
    await vscode.commands.executeCommand('setContext', ORDER_CONTEXT, order);
    this.refresh();
  }

  /** The row of the concept named `name` in the current order. */
  findConcept(name: string): Promise<ConceptsNode | undefined> {
    return this.find((node) => node.kind === 'concept' && node.concept.name === name);
  }

  protected async fetchRoots(client: LanguageClient): Promise<ConceptsNode[]> {
    const concepts = await client.sendRequest(ConceptNotesRequests.concepts, {});
    if (this.order === 'alphabetical') return sortByName(concepts).map((concept) => ({ kind: 'concept', concept }));
    const tree = await client.sendRequest(ConceptNotesRequests.topicTree, {});
    return groupByTopic(concepts, tree).map(({ topic, concepts: members }) => ({
      kind: 'topic',
      topic,
      children: members.map((concept) => ({ kind: 'concept', concept })),
    }));
  }

  protected childrenOf(node: ConceptsNode): ConceptsNode[] {
    return node.kind === 'topic' ? node.children : [];
  }

  getTreeItem(node: ConceptsNode): vscode.TreeItem {
    return node.kind === 'topic' ? topicItem(node.topic, node.children.length) : conceptItem(node.concept);
  }
}

function topicItem(topic: string, count: number): vscode.TreeItem {
  const item = new vscode.TreeItem(topic, vscode.TreeItemCollapsibleState.Expanded);
  item.description = count === 1 ? vscode.l10n.t('1 concept') : vscode.l10n.t('{count} concepts', { count });
  item.iconPath = new vscode.ThemeIcon('folder');
  item.contextValue = 'topic';
  return item;
}

function conceptItem(concept: ConceptSummary): vscode.TreeItem {
  // A plain-string label: the tree's type-to-filter matches on it.
  const item = new vscode.TreeItem(concept.name, vscode.TreeItemCollapsibleState.None);
  item.description = concept.mentions === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{count} mentions', { count: concept.mentions });
  // Definitions are note text: shown as plain text, never as trusted markdown.
  const tooltip = new vscode.MarkdownString().appendText(concept.definition);
  tooltip.isTrusted = false;
  item.tooltip = tooltip;
  item.iconPath = new vscode.ThemeIcon('symbol-constant');
  item.contextValue = 'concept';
  item.command = openAt(concept.uri, concept.range, vscode.l10n.t('Open Definition'));
  return item;
}
