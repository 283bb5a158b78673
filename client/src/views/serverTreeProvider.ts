import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { Range } from '../../../shared/protocol';

/**
 * A tree whose top level comes from server requests, cached until `refresh()` (the
 * client calls it when the index changes). Views only say what to ask and how to show
 * an item; the client never parses notes. Every node knows its parent, so the views
 * support TreeView.reveal.
 */
export abstract class ServerTreeProvider<T extends object> implements vscode.TreeDataProvider<T>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<T | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Promise<T[]> | undefined;
  private parents = new WeakMap<T, T>();

  constructor(private readonly client: () => LanguageClient | undefined) {}

  protected abstract fetchRoots(client: LanguageClient): Promise<T[]>;
  protected abstract childrenOf(element: T): T[];
  abstract getTreeItem(element: T): vscode.TreeItem;

  refresh(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  dispose(): void {
    this.changed.dispose();
  }

  async getChildren(element?: T): Promise<T[]> {
    if (element) return this.childrenOf(element);
    const client = this.client();
    if (!client) return [];
    this.roots ??= this.fetchRoots(client).then((roots) => this.rememberParents(roots), () => []);
    return this.roots;
  }

  getParent(element: T): T | undefined {
    return this.parents.get(element);
  }

  /** First node, depth-first from the current roots, that satisfies `match`. */
  async find(match: (element: T) => boolean): Promise<T | undefined> {
    const stack = [...(await this.getChildren())].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      if (match(node)) return node;
      stack.push(...[...this.childrenOf(node)].reverse());
    }
    return undefined;
  }

  private rememberParents(roots: T[]): T[] {
    const parents = new WeakMap<T, T>();
    const visit = (node: T) => {
      for (const child of this.childrenOf(node)) {
        parents.set(child, node);
        visit(child);
      }
    };
    roots.forEach(visit);
    this.parents = parents;
    return roots;
  }
}

/** The command that opens a note at a range, as tree items use it. */
export function openAt(uri: string, range: Range | undefined, title: string): vscode.Command {
  const selection = range ? vscodeRange(range) : undefined;
  return { command: 'vscode.open', title, arguments: [vscode.Uri.parse(uri), { selection, preview: true }] };
}

export function vscodeRange(range: Range): vscode.Range {
  return new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
}
