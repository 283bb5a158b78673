import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { GraphParams } from '../../../shared/protocol';
import { ConceptNotesRequests } from '../../../shared/lspProtocol';
import type { FromPage, ToPage } from './messages';
import { graphHtml, graphStrings } from './graphPage';

/** What the page last reported: for the status of the view and for tests. */
export interface GraphReport { nodes: number; edges: number; firstFrameMs: number; fps: number[]; settledMs?: number }

/**
 * The graph view: one webview panel showing the active note's neighbourhood (depth 1–3)
 * or the whole workspace, from `conceptNotes/graph`. Follows the active editor in local
 * scope and redraws when the index changes.
 */
export class GraphPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private readonly disposables: vscode.Disposable[] = [];
  private scope: 'local' | 'workspace' = 'local';
  private depth = 1;
  private noteUri: string | undefined;
  private pageReady = false;
  report: GraphReport | undefined;

  constructor(private readonly extensionUri: vscode.Uri, private readonly client: () => LanguageClient | undefined, defaultDepth: () => number) {
    this.depth = defaultDepth();
    this.disposables.push(vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (!this.panel || this.scope !== 'local' || editor?.document.languageId !== 'markdown') return;
      this.noteUri = editor.document.uri.toString();
      void this.refresh();
    }));
  }

  /** Opens (or reveals) the panel; `scope` defaults to the active note when there is one. */
  async show(scope?: 'local' | 'workspace'): Promise<void> {
    const active = vscode.window.activeTextEditor?.document;
    if (active?.languageId === 'markdown') this.noteUri = active.uri.toString();
    this.scope = scope ?? (this.noteUri ? 'local' : 'workspace');
    if (this.panel) {
      this.panel.reveal(undefined, true);
      await this.refresh();
      return;
    }
    const dist = vscode.Uri.joinPath(this.extensionUri, 'dist');
    this.panel = vscode.window.createWebviewPanel('conceptNotes.graph', vscode.l10n.t('Concept Graph'), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [dist] });
    this.pageReady = false;
    this.panel.webview.html = graphHtml(this.panel.webview, vscode.Uri.joinPath(dist, 'graph.js'), this.scope, this.depth);
    this.panel.onDidDispose(() => { this.panel = undefined; this.report = undefined; }, undefined, this.disposables);
    this.panel.webview.onDidReceiveMessage((m: FromPage) => this.onMessage(m), undefined, this.disposables);
  }

  /** Asks the server again (the index changed, or the scope did). */
  async refresh(): Promise<void> {
    const client = this.client();
    if (!this.panel || !this.pageReady || !client) return;
    const params: GraphParams = this.scope === 'local' && this.noteUri ? { uri: this.noteUri, depth: this.depth } : {};
    const graph = await client.sendRequest(ConceptNotesRequests.graph, params).catch(() => undefined);
    if (!graph || !this.panel) return;
    const topics = [...new Set(graph.nodes.flatMap((n) => (n.kind === 'note' && n.topic ? [n.topic] : [])))].sort();
    await this.post({ type: 'graph', graph, topics });
  }

  private async onMessage(message: FromPage): Promise<void> {
    switch (message.type) {
      case 'ready':
        this.pageReady = true;
        await this.post({ type: 'strings', strings: graphStrings() });
        await this.refresh();
        return;
      case 'open': {
        const selection = message.range ? new vscode.Range(message.range.start.line, message.range.start.character, message.range.end.line, message.range.end.character) : undefined;
        await vscode.window.showTextDocument(vscode.Uri.parse(message.uri), { selection, viewColumn: vscode.ViewColumn.One });
        return;
      }
      case 'scope':
        this.scope = message.scope;
        this.depth = message.depth;
        await this.refresh();
        return;
      case 'rendered':
        this.report = { nodes: message.nodes, edges: message.edges, firstFrameMs: message.firstFrameMs, fps: [] };
        return;
      case 'settled':
        if (this.report) this.report.settledMs = message.layoutMs;
        return;
      case 'fps':
        this.report?.fps.push(message.fps);
        return;
    }
  }

  /** For tests: what a click on a node would do. */
  handleMessage(message: FromPage): Promise<void> {
    return this.onMessage(message);
  }

  private async post(message: ToPage): Promise<void> {
    await this.panel?.webview.postMessage(message);
  }

  dispose(): void {
    this.panel?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}
