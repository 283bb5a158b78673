import * as l10n from '@vscode/l10n';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Requests, Views, type ConceptSummary, type TopicNode } from '../../shared/protocol';
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
import { addToGlossary } from './addToGlossary';
import { GraphPanel } from './graph/graphPanel';
import { checkExternalLinks } from './externalLinks';

/** What the extension hands to other extensions and to its own tests. */
export interface ConceptNotesApi {
  /** Resolves once the server has indexed the workspace for the first time. */
  ready: Promise<void>;
  topics: TopicTreeProvider;
  concepts: ConceptsViewProvider;
  topicsView: vscode.TreeView<TopicNode>;
  conceptsView: vscode.TreeView<ConceptsNode>;
  gaps: KnowledgeGapsProvider;
  graph: GraphPanel;
  /** The status bar item's current text (index counts). */
  statusText(): string;
  /** Process id of the running language server, once it has answered `initialize`. */
  serverProcessId(): number | undefined;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ConceptNotesApi> {
  // The pure (vscode-free) modules translate through @vscode/l10n: give it VS Code's bundle.
  l10n.config({ contents: vscode.l10n.bundle ?? {} });
  const config = new Config();
  const crashHandler = new CrashHandler();
  const topics = new TopicTreeProvider(() => client);
  const topicsView = vscode.window.createTreeView(Views.topics, { treeDataProvider: topics, showCollapseAll: true });
  const concepts = new ConceptsViewProvider(() => client, context.workspaceState);
  const conceptsView = vscode.window.createTreeView(Views.concepts, { treeDataProvider: concepts, showCollapseAll: true });
  const gaps = new KnowledgeGapsProvider(() => client);
  const gapsView = vscode.window.createTreeView(Views.knowledgeGaps, { treeDataProvider: gaps, showCollapseAll: true });
  const graph = new GraphPanel(context.extensionUri, () => client, () => config.graphDepth);
  const statusBar = new IndexStatusBar();
  const fetchConcepts = async () => (client ? client.sendRequest<ConceptSummary[]>(Requests.concepts, {}) : []);
  const report = new ConceptsReportProvider(fetchConcepts);
  context.subscriptions.push(topicsView, conceptsView, gapsView, graph, statusBar, report.register(),
    followActiveEditor(topicsView, topics, () => config.revealActiveNote));
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => { markReady = resolve; });

  const start = async () => {
    client = createLanguageClient(context, config, crashHandler);
    context.subscriptions.push(onIndexChanged(client, (params) => {
      statusBar.update(params);
      if (params.total !== undefined) return; // a progress count: the views wait for the result
      topics.refresh();
      concepts.refresh();
      gaps.refresh();
      void graph.refresh();
      if (!params.indexing) markReady();
    }));
    await client.start();
  };
  registerCommands(context, {
    restartServer: async () => {
      crashHandler.reset();
      // After the crash limit the client is already stopped; stopping again may throw.
      await client?.stop().catch(() => undefined);
      await start();
      topics.refresh();
      concepts.refresh();
    },
    refreshTopics: () => topics.refresh(),
    concepts: fetchConcepts,
    findConcept: (name) => findConcept(fetchConcepts, concepts, conceptsView, name),
    setConceptsOrder: (order) => concepts.setOrder(order),
    openConceptsReport: () => report.open(),
    addToGlossary: (row) => addToGlossary(client, row),
    showGraph: (scope) => graph.show(scope === 'workspace' || scope === 'local' ? scope : undefined),
    checkExternalLinks: (scope) => checkExternalLinks(client, scope),
  });
  await start();
  return { ready, topics, concepts, topicsView, conceptsView, gaps, graph, statusText: () => statusBar.text, serverProcessId: () => serverProcessId(client) };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
