import * as vscode from 'vscode';
import type { IndexChangedParams } from '../../shared/protocol';
import { statusText } from './statusText';

/** Focus command VS Code generates for every contributed view. */
const FOCUS_TOPICS = 'conceptNotes.topics.focus';

/** One status bar item that mirrors the server's index counts; click to open the Topics view. */
export class IndexStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem(vscode.StatusBarAlignment.Left, 50);

  constructor() {
    this.item.name = 'Concept Notes';
    this.item.command = FOCUS_TOPICS;
    this.item.tooltip = vscode.l10n.t('Concept Notes: show the Topics view');
    this.item.text = `$(sync~spin) ${vscode.l10n.t('Concept Notes: indexing…')}`;
    this.item.show();
  }

  update(params: IndexChangedParams): void {
    this.item.text = statusText(params);
  }

  get text(): string {
    return this.item.text;
  }

  dispose(): void {
    this.item.dispose();
  }
}
