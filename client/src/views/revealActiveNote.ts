import * as vscode from 'vscode';
import type { TopicNode } from '../../../shared/protocol';
import type { TopicTreeProvider } from './topicTree';

/**
 * Keeps the Topics view's selection on the note in the active editor, like the Explorer's
 * "auto reveal". Only while the view is visible (revealing would otherwise open it) and
 * while `enabled()` (the conceptNotes.revealActiveNote setting) holds.
 */
export function followActiveEditor(view: vscode.TreeView<TopicNode>, topics: TopicTreeProvider, enabled: () => boolean): vscode.Disposable {
  const revealActive = async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || !view.visible || !enabled()) return;
    const node = await topics.findNote(editor.document.uri);
    if (!node || view.selection[0] === node) return;
    // focus: false — the keyboard stays in the editor the user just switched to.
    await Promise.resolve(view.reveal(node, { select: true, focus: false, expand: false })).then(undefined, () => undefined);
  };
  return vscode.Disposable.from(
    vscode.window.onDidChangeActiveTextEditor(() => void revealActive()),
    view.onDidChangeVisibility(({ visible }) => { if (visible) void revealActive(); }),
    // A refresh rebuilds the rows and drops the selection; put it back.
    topics.onDidChangeTreeData(() => void revealActive()),
  );
}
