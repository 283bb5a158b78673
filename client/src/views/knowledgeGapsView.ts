import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { KnowledgeGapsResult } from '../../../shared/protocol';
import { ConceptNotesRequests } from '../../../shared/lspProtocol';
import { ServerTreeProvider, openAt } from './serverTreeProvider';

type UndefinedTerm = KnowledgeGapsResult['undefined'][number];
type UnmentionedConcept = KnowledgeGapsResult['unmentioned'][number];

/** A row of the Knowledge Gaps view. */
export type GapNode =
  | { kind: 'group'; group: 'undefined' | 'unmentioned'; children: GapNode[] }
  | { kind: 'term'; term: UndefinedTerm; children: GapNode[] }
  | { kind: 'use'; term: string; uri: string }
  | { kind: 'unmentioned'; concept: UnmentionedConcept };

/**
 * What is still to learn, from `conceptNotes/gaps`: terms the notes use but never define
 * (most used first, each with the notes that use it) and concepts nobody mentions.
 */
export class KnowledgeGapsProvider extends ServerTreeProvider<GapNode> {
  protected async fetchRoots(client: LanguageClient): Promise<GapNode[]> {
    const gaps = await client.sendRequest(ConceptNotesRequests.knowledgeGaps, {});
    return [
      { kind: 'group', group: 'undefined', children: gaps.undefined.map((term) => ({ kind: 'term', term, children: term.notes.map((uri) => ({ kind: 'use', term: term.term, uri })) })) },
      { kind: 'group', group: 'unmentioned', children: gaps.unmentioned.map((concept) => ({ kind: 'unmentioned', concept })) },
    ];
  }

  protected childrenOf(node: GapNode): GapNode[] {
    return node.kind === 'group' || node.kind === 'term' ? node.children : [];
  }

  getTreeItem(node: GapNode): vscode.TreeItem {
    switch (node.kind) {
      case 'group': return groupItem(node.group, node.children.length);
      case 'term': return termItem(node.term);
      case 'use': return useItem(node.uri);
      case 'unmentioned': return unmentionedItem(node.concept);
    }
  }
}

function groupItem(group: 'undefined' | 'unmentioned', count: number): vscode.TreeItem {
  const label = group === 'undefined' ? vscode.l10n.t('Used but never defined') : vscode.l10n.t('Defined but never mentioned');
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
  item.description = String(count);
  item.iconPath = new vscode.ThemeIcon(group === 'undefined' ? 'question' : 'circle-slash');
  item.contextValue = `gaps.${group}`;
  return item;
}

function termItem(term: UndefinedTerm): vscode.TreeItem {
  const item = new vscode.TreeItem(term.term, vscode.TreeItemCollapsibleState.Collapsed);
  item.description = vscode.l10n.t('{count} uses in {notes} notes', { count: term.count, notes: term.noteCount });
  item.iconPath = new vscode.ThemeIcon('symbol-key');
  // The "Add to Glossary" menu entry (package.json) shows on rows with this context value.
  item.contextValue = 'gaps.term';
  return item;
}

function useItem(uri: string): vscode.TreeItem {
  const item = new vscode.TreeItem(vscode.Uri.parse(uri), vscode.TreeItemCollapsibleState.None);
  item.description = vscode.workspace.asRelativePath(vscode.Uri.parse(uri));
  item.command = openAt(uri, undefined, vscode.l10n.t('Open Note'));
  item.contextValue = 'gaps.use';
  return item;
}

function unmentionedItem(concept: UnmentionedConcept): vscode.TreeItem {
  const item = new vscode.TreeItem(concept.name, vscode.TreeItemCollapsibleState.None);
  item.description = vscode.workspace.asRelativePath(vscode.Uri.parse(concept.uri));
  item.iconPath = new vscode.ThemeIcon('symbol-constant');
  item.command = openAt(concept.uri, concept.range, vscode.l10n.t('Open Definition'));
  item.contextValue = 'gaps.unmentioned';
  return item;
}
