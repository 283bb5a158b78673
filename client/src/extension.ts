import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { Requests, Views, type ConceptSummary } from '../../shared/protocol';
import { createLanguageClient, onIndexChanged } from './client';
import { Config } from './config';
import { registerCommands } from './commands';
import { IndexStatusBar } from './statusBar';
import { TopicTreeProvider } from './views/topicTree';
import { ConceptsViewProvider } from './views/conceptsView';

/** What the extension hands to other extensions and to its own tests. */
export interface ConceptNotesApi {
  /** Resolves once the server has indexed the workspace for the first time. */
  ready: Promise<void>;
  topics: TopicTreeProvider;
  concepts: ConceptsViewProvider;
  /** The status bar item's current text (index counts). */
  statusText(): string;
}

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<ConceptNotesApi> {
  const config = new Config();
  const topics = new TopicTreeProvider(() => client);
  context.subscriptions.push(vscode.window.registerTreeDataProvider(Views.topics, topics));
  const concepts = new ConceptsViewProvider(() => client);
  context.subscriptions.push(vscode.window.registerTreeDataProvider(Views.concepts, concepts));
  const statusBar = new IndexStatusBar();
  context.subscriptions.push(statusBar);
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => { markReady = resolve; });

  const start = async () => {
    client = createLanguageClient(context, config);
    context.subscriptions.push(onIndexChanged(client, (params) => {
      topics.refresh();
      concepts.refresh();
      statusBar.update(params);
      if (!params.indexing) markReady();
    }));
    await client.start();
  };
  registerCommands(context, {
    restartServer: async () => {
      await client?.stop();
      await start();
      topics.refresh();
      concepts.refresh();
    },
    refreshTopics: () => topics.refresh(),
    concepts: async () => (client ? client.sendRequest<ConceptSummary[]>(Requests.concepts) : []),
  });
  await start();
  return { ready, topics, concepts, statusText: () => statusBar.text };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
