import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Backlink, BacklinksResult } from '../../../shared/protocol';
import { ConceptNotesRequests } from '../../../shared/lspProtocol';
import { ServerTreeProvider, openAt } from './serverTreeProvider';

type Unlinked = BacklinksResult['unlinked'][number];

/** A row of the Backlinks view. */
export type BacklinksNode =
  | { kind: 'group'; group: 'linked' | 'unlinked'; target: string; children: BacklinksNode[] }
  | { kind: 'linked'; target: string; item: Backlink }
  | { kind: 'unlinked'; target: string; item: Unlinked };

/**
 * What links to the note in the active editor, and what names it without a link, from
 * `conceptNotes/backlinks`. Follows the active editor; `unlinkedMentions()` is the
 * `conceptNotes.backlinks.unlinkedMentions` setting.
 */
export class BacklinksProvider extends ServerTreeProvider<BacklinksNode> {
  /** The note the rows are about (the last Markdown editor that was active). */
  private target: string | undefined;

  constructor(client: () => LanguageClient | undefined, private readonly unlinkedMentions: () => boolean) {
    super(client);
  }

  get note(): string | undefined { return this.target; }

  /** Shows the backlinks of `uri` (a Markdown editor became active). */
  follow(uri: string | undefined): void {
    if (uri === this.target) return;
    this.target = uri;
    this.refresh();
  }

  protected async fetchRoots(client: LanguageClient): Promise<BacklinksNode[]> {
    const target = this.target;
    if (!target) return [];
    const unlinkedMentions = this.unlinkedMentions();
    const result = await client.sendRequest(ConceptNotesRequests.backlinks, { uri: target, unlinkedMentions });
    const groups: BacklinksNode[] = [{ kind: 'group', group: 'linked', target, children: result.linked.map((item) => ({ kind: 'linked', target, item })) }];
    if (unlinkedMentions) groups.push({ kind: 'group', group: 'unlinked', target, children: result.unlinked.map((item) => ({ kind: 'unlinked', target, item })) });
    return groups;
  }

  protected childrenOf(node: BacklinksNode): BacklinksNode[] {
    return node.kind === 'group' ? node.children : [];
  }

  getTreeItem(node: BacklinksNode): vscode.TreeItem {
    if (node.kind === 'group') return groupItem(node.group, node.children.length);
    return placeItem(node);
  }
}

function groupItem(group: 'linked' | 'unlinked', count: number): vscode.TreeItem {
  const label = group === 'linked' ? vscode.l10n.t('Linked') : vscode.l10n.t('Unlinked mentions');
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
  item.description = String(count);
  item.iconPath = new vscode.ThemeIcon(group === 'linked' ? 'link' : 'mention');
  // "Link all" (package.json) shows on the unlinked group when it has rows.
  item.contextValue = group === 'unlinked' && count > 0 ? 'backlinks.unlinkedGroup' : `backlinks.${group}Group`;
  return item;
}

function placeItem(node: Extract<BacklinksNode, { kind: 'linked' | 'unlinked' }>): vscode.TreeItem {
  const uri = vscode.Uri.parse(node.item.uri);
  const item = new vscode.TreeItem(node.item.context || vscode.workspace.asRelativePath(uri), vscode.TreeItemCollapsibleState.None);
  item.description = `${vscode.workspace.asRelativePath(uri)}:${node.item.range.start.line + 1}`;
  item.tooltip = node.item.context;
  item.resourceUri = undefined;
  item.iconPath = new vscode.ThemeIcon(node.kind === 'linked' ? 'references' : node.item.conceptId ? 'symbol-constant' : 'symbol-text');
  item.command = openAt(node.item.uri, node.item.range, vscode.l10n.t('Open Note'));
  item.contextValue = `backlinks.${node.kind}`;
  return item;
}

/**
 * "Link it" on an unlinked row, or "Link all" on the group: the server writes the links
 * in the note's link style, VS Code shows the edit as a preview first. Resolves to whether
 * the edit was applied.
 */
export async function linkMentions(client: LanguageClient | undefined, provider: BacklinksProvider, node: unknown, all: boolean): Promise<boolean> {
  if (!client) return false;
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Concept Notes: trust this workspace to add links.'));
    return false;
  }
  const row = node as BacklinksNode | undefined;
  let target: string | undefined;
  let mentions: Unlinked[];
  if (row?.kind === 'unlinked' && !all) {
    target = row.target;
    mentions = [row.item];
  } else {
    const group = row?.kind === 'group' ? row : await provider.find((n) => n.kind === 'group' && n.group === 'unlinked') as Extract<BacklinksNode, { kind: 'group' }> | undefined;
    target = group?.target;
    mentions = (group?.children ?? []).flatMap((c) => (c.kind === 'unlinked' ? [c.item] : []));
  }
  if (!target || mentions.length === 0) return false;
  const lspEdit = await client.sendRequest(ConceptNotesRequests.linkMentions, { uri: target, mentions });
  if (!lspEdit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('These mentions can no longer be linked.'));
    provider.refresh();
    return false;
  }
  const edit = await client.protocol2CodeConverter.asWorkspaceEdit(lspEdit);
  // Discarding the preview rejects with "Canceled": nothing was applied.
  return Promise.resolve(vscode.workspace.applyEdit(edit)).catch(() => false);
}

/** Keeps the view on the note in the active editor (other editors, like output panes, leave it as it was). */
export function followActiveNote(provider: BacklinksProvider, view: vscode.TreeView<BacklinksNode>): vscode.Disposable {
  const update = () => {
    const document = vscode.window.activeTextEditor?.document;
    if (document?.languageId === 'markdown') provider.follow(document.uri.toString());
    view.description = provider.note ? vscode.workspace.asRelativePath(vscode.Uri.parse(provider.note)) : undefined;
  };
  update();
  return vscode.window.onDidChangeActiveTextEditor(update);
}
