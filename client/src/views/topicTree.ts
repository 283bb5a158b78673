import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Requests, type TopicNode } from '../../../shared/protocol';

const ICONS: Record<TopicNode['kind'], string> = { topic: 'folder', note: 'markdown', heading: 'symbol-key', concept: 'symbol-constant' };

/** The Topics view: data comes from `conceptNotes/topicTree`; the client never parses notes. */
export class TopicTreeProvider implements vscode.TreeDataProvider<TopicNode> {
  private readonly changed = new vscode.EventEmitter<TopicNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Promise<TopicNode[]> | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  refresh(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  async getChildren(element?: TopicNode): Promise<TopicNode[]> {
    if (element) return element.children ?? [];
    const client = this.client();
    if (!client) return [];
    this.roots ??= client.sendRequest<TopicNode[]>(Requests.topicTree, {}).catch(() => []);
    return this.roots;
  }

  getTreeItem(node: TopicNode): vscode.TreeItem {
    const collapsible = node.children?.length
      ? (node.kind === 'topic' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed)
      : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, collapsible);
    item.iconPath = new vscode.ThemeIcon(ICONS[node.kind]);
    item.contextValue = node.kind;
    if (node.detail) item.tooltip = new vscode.MarkdownString().appendText(node.detail);
    if (node.uri) {
      const uri = vscode.Uri.parse(node.uri);
      const selection = node.range ? new vscode.Range(node.range.start.line, node.range.start.character, node.range.end.line, node.range.end.character) : undefined;
      item.resourceUri = node.kind === 'note' ? uri : undefined;
      item.command = { command: 'vscode.open', title: 'Open', arguments: [uri, { selection, preview: true }] };
    }
    return item;
  }
}
