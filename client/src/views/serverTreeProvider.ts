import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Range } from '../../../shared/protocol';

/**
 * A tree whose top level comes from one server request, cached until `refresh()`
 * (the client calls it when the index changes). Views only say what to ask and how
 * to show an item; the client never parses notes.
 */
export abstract class ServerTreeProvider<T> implements vscode.TreeDataProvider<T> {
  private readonly changed = new vscode.EventEmitter<T | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Promise<T[]> | undefined;

  constructor(private readonly client: () => LanguageClient | undefined) {}

  protected abstract fetchRoots(client: LanguageClient): Promise<T[]>;
  protected abstract childrenOf(element: T): T[];
  abstract getTreeItem(element: T): vscode.TreeItem;

  refresh(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  async getChildren(element?: T): Promise<T[]> {
    if (element) return this.childrenOf(element);
    const client = this.client();
    if (!client) return [];
    this.roots ??= this.fetchRoots(client).catch(() => []);
    return this.roots;
  }
}

/** The command that opens a note at a range, as tree items use it. */
export function openAt(uri: string, range: Range | undefined, title: string): vscode.Command {
  const selection = range ? new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character) : undefined;
  return { command: 'vscode.open', title, arguments: [vscode.Uri.parse(uri), { selection, preview: true }] };
}
