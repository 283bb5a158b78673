import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { GraphStrings } from './messages';

/** The page's labels in the editor's language. */
export function graphStrings(): GraphStrings {
  return {
    scope: vscode.l10n.t('Show'), local: vscode.l10n.t('Active note'), workspace: vscode.l10n.t('Whole workspace'),
    depth: vscode.l10n.t('Depth'), topic: vscode.l10n.t('Topic'), allTopics: vscode.l10n.t('All topics'),
    notes: vscode.l10n.t('Notes'), concepts: vscode.l10n.t('Concepts'), tags: vscode.l10n.t('Tags'), search: vscode.l10n.t('Search the graph'),
  };
}

/**
 * The page: a strict Content Security Policy (no remote content, no inline script but the
 * one bundled file by nonce, no eval), theme colours through VS Code's CSS variables.
 */
export function graphHtml(webview: vscode.Webview, script: vscode.Uri, scope: 'local' | 'workspace', depth: number): string {
  const nonce = randomBytes(16).toString('hex');
  const csp = `default-src 'none'; img-src ${webview.cspSource}; style-src 'nonce-${nonce}'; script-src 'nonce-${nonce}';`;
  const selected = (value: string, current: string) => (value === current ? ' selected' : '');
  // not prose: the markup; its labels are set from graphStrings() by the page script.
  return `<!DOCTYPE html>
<html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<style nonce="${nonce}">
  html, body { margin: 0; padding: 0; height: 100%; overflow: hidden; color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); }
  #bar { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; padding: 6px 8px; border-bottom: 1px solid var(--vscode-panel-border); }
  select, input[type=search] { background: var(--vscode-input-background); color: var(--vscode-input-foreground); border: 1px solid var(--vscode-input-border, transparent); }
  #graph { position: absolute; top: 40px; left: 0; right: 0; bottom: 0; width: 100%; height: calc(100% - 40px); cursor: grab; }
  #tooltip { position: fixed; max-width: 360px; padding: 4px 6px; background: var(--vscode-editorHoverWidget-background); color: var(--vscode-editorHoverWidget-foreground); border: 1px solid var(--vscode-editorHoverWidget-border); pointer-events: none; white-space: pre-wrap; }
</style></head>
<body>
<div id="bar">
  <label><span data-text="scope"></span> <select id="scope"><option value="local"${selected('local', scope)} data-text="local"></option><option value="workspace"${selected('workspace', scope)} data-text="workspace"></option></select></label>
  <label><span data-text="depth"></span> <select id="depth">${[1, 2, 3].map((d) => `<option value="${d}"${selected(String(d), String(depth))}>${d}</option>`).join('')}</select></label>
  <label><span data-text="topic"></span> <select id="topic"></select></label>
  <label><input type="checkbox" data-kind="note" checked> <span data-text="notes"></span></label>
  <label><input type="checkbox" data-kind="concept" checked> <span data-text="concepts"></span></label>
  <label><input type="checkbox" data-kind="tag" checked> <span data-text="tags"></span></label>
  <input id="search" type="search">
</div>
<canvas id="graph"></canvas>
<div id="tooltip" hidden></div>
<script nonce="${nonce}" src="${webview.asWebviewUri(script).toString()}"></script>
</body></html>`;
}
