import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { TopicNode } from '../../../shared/protocol';
import { ConceptNotesRequests } from '../../../shared/lspProtocol';
import { ServerTreeProvider, openAt } from './serverTreeProvider';

const ICONS: Record<TopicNode['kind'], string> = { topic: 'folder', note: 'markdown', heading: 'symbol-key', concept: 'symbol-constant', tags: 'tag', tag: 'tag' };

/** The Topics view: folders and topics → notes → headings → concepts, then Tags → tag → notes, from `conceptNotes/topicTree`. */
export class TopicTreeProvider extends ServerTreeProvider<TopicNode> {
  protected fetchRoots(client: LanguageClient): Promise<TopicNode[]> {
    return client.sendRequest(ConceptNotesRequests.topicTree, {});
  }

  protected childrenOf(node: TopicNode): TopicNode[] {
    return node.children ?? [];
  }

  /** The row of the note at `uri`, if the index has it. */
  findNote(uri: vscode.Uri): Promise<TopicNode | undefined> {
    const wanted = uri.toString();
    return this.find((node) => node.kind === 'note' && !!node.uri && vscode.Uri.parse(node.uri).toString() === wanted);
  }

  getTreeItem(node: TopicNode): vscode.TreeItem {
    const collapsible = node.children?.length
      ? (node.kind === 'topic' || node.kind === 'tags' ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed)
      : vscode.TreeItemCollapsibleState.None;
    const item = new vscode.TreeItem(node.label, collapsible);
    item.iconPath = new vscode.ThemeIcon(ICONS[node.kind]);
    item.contextValue = node.kind;
    if (node.detail) item.tooltip = new vscode.MarkdownString().appendText(node.detail);
    if (node.kind === 'tag') item.description = node.detail;
    if (node.uri) {
      item.resourceUri = node.kind === 'note' ? vscode.Uri.parse(node.uri) : undefined;
      item.command = openAt(node.uri, node.range, vscode.l10n.t('Open'));
    }
    return item;
  }
}
