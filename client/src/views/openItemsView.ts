import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { OPEN_TASK_MARKER, type OpenItemsParams, type OpenItemsResult } from '../../../shared/protocol';
import { ConceptNotesRequests } from '../../../shared/lspProtocol';
import { ServerTreeProvider, openAt } from './serverTreeProvider';

type OpenItemsNote = OpenItemsResult['topics'][number]['notes'][number];
type OpenItem = OpenItemsNote['items'][number];

/** A row of the Open Questions view: topic → note → open task or TODO marker. */
export type OpenItemsNode =
  | { kind: 'topic'; topic: string; count: number; children: OpenItemsNode[] }
  | { kind: 'note'; note: OpenItemsNote; children: OpenItemsNode[] }
  | { kind: 'item'; uri: string; item: OpenItem };

const FILTER_KEY = 'conceptNotes.openItems.markers';

/**
 * Every open `- [ ]` question and TODO/FIXME marker from the server's index (what Todo Tree
 * shows, without a second scan), filtered by the markers the user picked.
 */
export class OpenItemsProvider extends ServerTreeProvider<OpenItemsNode> {
  /** Open items per marker in the whole workspace, from the last answer. */
  counts: Record<string, number> = {};
  total = 0;

  constructor(client: () => LanguageClient | undefined, private readonly state: vscode.Memento) {
    super(client);
  }

  /** The markers shown; undefined = all. */
  get markers(): string[] | undefined {
    return this.state.get<string[]>(FILTER_KEY);
  }

  async setMarkers(markers: string[] | undefined): Promise<void> {
    await this.state.update(FILTER_KEY, markers);
    this.refresh();
  }

  protected async fetchRoots(client: LanguageClient): Promise<OpenItemsNode[]> {
    const params: OpenItemsParams = { markers: this.markers };
    const result = await client.sendRequest(ConceptNotesRequests.openItems, params);
    this.counts = result.counts;
    this.total = result.topics.reduce((n, t) => n + t.count, 0);
    return result.topics.map((t) => ({
      kind: 'topic', topic: t.topic, count: t.count,
      children: t.notes.map((note) => ({ kind: 'note', note, children: note.items.map((item) => ({ kind: 'item', uri: note.uri, item })) })),
    }));
  }

  protected childrenOf(node: OpenItemsNode): OpenItemsNode[] {
    return node.kind === 'item' ? [] : node.children;
  }

  getTreeItem(node: OpenItemsNode): vscode.TreeItem {
    switch (node.kind) {
      case 'topic': return topicItem(node.topic, node.count);
      case 'note': return noteItem(node.note);
      case 'item': return itemItem(node.uri, node.item);
    }
  }
}

function topicItem(topic: string, count: number): vscode.TreeItem {
  const item = new vscode.TreeItem(topic || vscode.l10n.t('(workspace root)'), vscode.TreeItemCollapsibleState.Expanded);
  item.description = String(count);
  item.iconPath = new vscode.ThemeIcon('folder');
  item.contextValue = 'openItems.topic';
  return item;
}

function noteItem(note: OpenItemsNote): vscode.TreeItem {
  const item = new vscode.TreeItem(note.label.split('/').pop() ?? note.label, vscode.TreeItemCollapsibleState.Expanded);
  item.resourceUri = vscode.Uri.parse(note.uri);
  item.description = String(note.items.length);
  item.tooltip = note.label;
  item.contextValue = 'openItems.note';
  return item;
}

function itemItem(uri: string, open: OpenItem): vscode.TreeItem {
  const isTask = open.marker === OPEN_TASK_MARKER;
  const item = new vscode.TreeItem(open.text || open.marker, vscode.TreeItemCollapsibleState.None);
  item.description = isTask ? vscode.l10n.t('line {line}', { line: open.range.start.line + 1 }) : vscode.l10n.t('{marker}, line {line}', { marker: open.marker, line: open.range.start.line + 1 });
  item.iconPath = new vscode.ThemeIcon(isTask ? 'circle-large-outline' : 'warning');
  item.command = openAt(uri, open.range, vscode.l10n.t('Reveal in Note'));
  // The "Mark Done" menu entry (package.json) shows on open tasks only.
  item.contextValue = isTask ? 'openItems.task' : 'openItems.marker';
  return item;
}
