import * as vscode from 'vscode';
import type { IndexChangedParams } from '../../shared/protocol';

/** Focus command VS Code generates for every contributed view. */
const FOCUS_TOPICS = 'conceptNotes.topics.focus';

/** One status bar item that mirrors the server's index counts; click to open the Topics view. */
export class IndexStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = 'Concept Notes';
    this.item.command = FOCUS_TOPICS;
    this.item.tooltip = 'Concept Notes: show the Topics view';
    this.item.text = '$(sync~spin) Concept Notes: indexing…';
    this.item.show();
  }

  update(params: IndexChangedParams): void {
    this.item.text = params.indexing
      ? `$(sync~spin) Concept Notes: indexing… (${params.notes} notes)`
      : `$(book) ${count(params.concepts, 'concept')} · ${count(params.problems, 'problem')}`;
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
  }
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
