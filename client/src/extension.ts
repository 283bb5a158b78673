import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Views, type TopicNode } from '../../shared/protocol';
import { ConceptNotesRequests } from '../../shared/lspProtocol';
import { createLanguageClient, onIndexChanged, serverProcessId } from './client';
import { Config } from './config';
import { registerCommands } from './commands';
import { CrashHandler } from './crashHandler';
import { findConcept } from './findConcept';
import { ConceptsReportProvider } from './report/reportDocument';
import { IndexStatusBar } from './statusBar';
import { TopicTreeProvider } from './views/topicTree';
import { ConceptsViewProvider, type ConceptsNode } from './views/conceptsView';
import { followActiveEditor } from './views/revealActiveNote';
import { KnowledgeGapsProvider } from './views/knowledgeGapsView';
import { OpenItemsProvider, type OpenItemsNode } from './views/openItemsView';
import { BacklinksProvider, followActiveNote, linkMentions, type BacklinksNode } from './views/backlinksView';
import { filterOpenItems, markTaskDone } from './openItemsCommands';
import { refreshCodeLenses } from './showReferences';
import { addToGlossary } from './addToGlossary';
import { GraphPanel } from './graph/graphPanel';
import { checkExternalLinks } from './externalLinks';
import { checkServerProtocol } from './protocolCheck';
import { ServerSession } from './serverSession';

/** What the extension hands to other extensions and to its own tests. */
export interface ConceptNotesApi {
  /** Resolves once the server has indexed the workspace for the first time. */
  ready: Promise<void>;
  topics: TopicTreeProvider;
  concepts: ConceptsViewProvider;
  topicsView: vscode.TreeView<TopicNode>;
  conceptsView: vscode.TreeView<ConceptsNode>;
  gaps: KnowledgeGapsProvider;
  openItems: OpenItemsProvider;
  openItemsView: vscode.TreeView<OpenItemsNode>;
  backlinks: BacklinksProvider;
  backlinksView: vscode.TreeView<BacklinksNode>;
  graph: GraphPanel;
  /** The status bar item's current text (index counts). */
  statusText(): string;
  /** Process id of the running language server, once it has answered `initialize`. */
  serverProcessId(): number | undefined;
}

/** The running server and its subscriptions; a restart replaces both. */
let session: ServerSession<LanguageClient> | undefined;
const currentClient = (): LanguageClient | undefined => session?.client;

export async function activate(context: vscode.ExtensionContext): Promise<ConceptNotesApi> {
  // The pure (vscode-free) modules translate through @vscode/l10n: give it VS Code's bundle.
  l10n.config({ contents: vscode.l10n.bundle ?? {} });
  const config = new Config();
  const crashHandler = new CrashHandler();
  const topics = new TopicTreeProvider(currentClient);
  const topicsView = vscode.window.createTreeView(Views.topics, { treeDataProvider: topics, showCollapseAll: true });
  const concepts = new ConceptsViewProvider(currentClient, context.workspaceState);
  const conceptsView = vscode.window.createTreeView(Views.concepts, { treeDataProvider: concepts, showCollapseAll: true });
  const gaps = new KnowledgeGapsProvider(currentClient);
  const gapsView = vscode.window.createTreeView(Views.knowledgeGaps, { treeDataProvider: gaps, showCollapseAll: true });
  const openItems = new OpenItemsProvider(currentClient, context.workspaceState);
  const openItemsView = vscode.window.createTreeView(Views.openItems, { treeDataProvider: openItems, showCollapseAll: true });
  const backlinks = new BacklinksProvider(currentClient, () => config.backlinksUnlinkedMentions);
  const backlinksView = vscode.window.createTreeView(Views.backlinks, { treeDataProvider: backlinks });
  const graph = new GraphPanel(context.extensionUri, currentClient, () => config.graphDepth);
  const statusBar = new IndexStatusBar();
  const fetchConcepts = async () => currentClient()?.sendRequest(ConceptNotesRequests.concepts, {}) ?? [];
  const report = new ConceptsReportProvider(fetchConcepts);
  context.subscriptions.push(topics, concepts, gaps, openItems, topicsView, conceptsView, gapsView, openItemsView, graph, statusBar, report.register(),
    followActiveEditor(topicsView, topics, () => config.revealActiveNote), backlinks, backlinksView, followActiveNote(backlinks, backlinksView));
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => { markReady = resolve; });

  session = new ServerSession(() => createLanguageClient(context, config, crashHandler), (client) => [onIndexChanged(client, (params) => {
    statusBar.update(params);
    if (params.total !== undefined) return; // a progress count: the views wait for the result
    topics.refresh();
    concepts.refresh();
    gaps.refresh();
    openItems.refresh();
    backlinks.refresh();
    void graph.refresh();
    if (!params.indexing) markReady();
  })]);
  context.subscriptions.push(session);
  const start = async () => {
    const client = await session!.restart();
    // A server of another protocol version would answer with other shapes: stop it, say why.
    if (!checkServerProtocol(client)) await session!.stop();
  };
  registerCommands(context, {
    restartServer: async () => {
      crashHandler.reset();
      // The session stops the old client (after the crash limit it is already stopped) and its listeners.
      await start();
      topics.refresh();
      concepts.refresh();
    },
    refreshTopics: () => topics.refresh(),
    concepts: fetchConcepts,
    findConcept: (name) => findConcept(fetchConcepts, concepts, conceptsView, name),
    setConceptsOrder: (order) => concepts.setOrder(order),
    openConceptsReport: () => report.open(),
    addToGlossary: (row) => addToGlossary(currentClient(), row),
    showGraph: (scope) => graph.show(scope === 'workspace' || scope === 'local' ? scope : undefined),
    checkExternalLinks: (scope) => checkExternalLinks(currentClient(), scope),
    filterOpenItems: (markers) => filterOpenItems(openItems, markers),
    markTaskDone: (row) => markTaskDone(currentClient(), row),
    linkMentions: (row, all) => linkMentions(currentClient(), backlinks, row, all),
    client: currentClient,
  });
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((e) => {
    if (e.affectsConfiguration('conceptNotes.codeLens')) refreshCodeLenses(currentClient());
    if (e.affectsConfiguration('conceptNotes.backlinks')) backlinks.refresh();
  }));
  context.subscriptions.push(openItems.onDidChangeTreeData(() => void showOpenItemsCount(openItems, openItemsView)));
  await start();
  return { ready, topics, concepts, topicsView, conceptsView, gaps, openItems, openItemsView, backlinks, backlinksView, graph, statusText: () => statusBar.text, serverProcessId: () => serverProcessId(currentClient()) };
}

/** The view's badge: how many open items the current filter shows. */
async function showOpenItemsCount(provider: OpenItemsProvider, view: vscode.TreeView<OpenItemsNode>): Promise<void> {
  await provider.getChildren();
  view.badge = provider.total ? { value: provider.total, tooltip: vscode.l10n.t('{count} open questions and TODOs', { count: provider.total }) } : undefined;
}

export async function deactivate(): Promise<void> {
  await session?.stop();
  session = undefined;
}
