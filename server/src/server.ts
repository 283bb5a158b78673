// LSP wiring only: the core does the work. `node dist/server.js --stdio` (or IPC from VS Code).
import { createConnection, ProposedFeatures, TextDocuments, TextDocumentSyncKind, DidChangeWatchedFilesNotification, FileChangeType, type InitializeParams } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import * as l10n from '@vscode/l10n';
import { URI } from 'vscode-uri';
import { createNoteService, createRemarkParser, normalizeLocale, useLocale, type NoteService } from './core';
import { FsWorkspace } from './node/fsWorkspace';
import { FileNoteCache } from './node/fileNoteCache';
import { createFindingChecks } from './core/features/diagnostics/extraChecks';
import { DiagnosticsPublisher } from './lsp/diagnosticsPublisher';
import { registerFeatureHandlers } from './lsp/features';
import { registerCompletion, COMPLETION_TRIGGER_CHARACTERS } from './lsp/completion';
import { registerRename, WILL_RENAME_FILTERS } from './lsp/rename';
import { registerSemanticTokens, SEMANTIC_TOKENS_LEGEND } from './lsp/semanticTokens';
import { registerCodeActions } from './lsp/codeActions';
import { registerFoldingRanges } from './lsp/folding';
import { registerCodeLens } from './lsp/codeLens';
import { registerOpenItems } from './lsp/openItems';
import { registerKnowledgeGaps } from './lsp/gaps';
import { registerGraph } from './lsp/graph';
import { registerBacklinks } from './lsp/backlinks';
import { registerDocumentLinks } from './lsp/documentLinks';
import { isConfigFileUri } from './core/config/workspaceConfig';
import { ServerSettings } from './lsp/settings';
import { readEditorSettings } from './core/config/resolveSettings';
import { CodeActionKinds, type ConceptNotesSettings, type IndexChangedParams } from '../../shared/protocol';
import { ConceptNotesNotifications, PROTOCOL_VERSION, type ConceptNotesExperimentalCapabilities } from '../../shared/lspProtocol';
import { connectionLogger } from './lsp/logger';
import { registerExternalLinks } from './lsp/externalLinks';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const logger = connectionLogger(connection);
let service: NoteService;
let publisher: DiagnosticsPublisher;
let workspace: FsWorkspace | undefined;
let settingsState: ServerSettings | undefined;
let indexing = false;
let supportsConfiguration = false;
let supportsWatchers = false;
let clientCapabilities: InitializeParams['capabilities'] = {};
let workspaceTrusted = true;
let cacheDir: string | undefined;

connection.onInitialize(async (params: InitializeParams) => {
  // First: the cache key and every message from here on depend on the language.
  useLocale(normalizeLocale(params.locale) ?? 'en');
  const folders = params.workspaceFolders?.map((f) => URI.parse(f.uri).fsPath)
    ?? (params.rootUri ? [URI.parse(params.rootUri).fsPath] : []);
  const editorSettings = readEditorSettings(params.initializationOptions);
  workspace = new FsWorkspace(folders, { include: editorSettings.include, exclude: editorSettings.exclude, logger });
  settingsState = new ServerSettings(connection, workspace, params.initializationOptions);
  const settings = await settingsState.reloadFile();
  workspace.setFilters(settings);
  cacheDir = cacheDirOf(params.initializationOptions);
  // Editors without a trust model (Neovim) do not say; VS Code says false for an untrusted workspace.
  workspaceTrusted = (params.initializationOptions as { workspaceTrusted?: unknown } | undefined)?.workspaceTrusted !== false;
  service = createNoteService(workspace, createRemarkParser(), logger, { settings, extraChecks: createFindingChecks(), cache: cacheDir ? FileNoteCache.open(cacheDir, logger) : undefined });
  publisher = new DiagnosticsPublisher(connection, service);
  publisher.onIdle = () => { notifyIndexChanged(); semanticTokens.refreshIfConceptsChanged(); };
  clientCapabilities = params.capabilities;
  supportsConfiguration = !!params.capabilities.workspace?.configuration;
  supportsWatchers = !!params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      codeLensProvider: { resolveProvider: false },
      documentLinkProvider: { resolveProvider: false },
      workspaceSymbolProvider: true,
      completionProvider: { triggerCharacters: COMPLETION_TRIGGER_CHARACTERS },
      renameProvider: { prepareProvider: true },
      semanticTokensProvider: { legend: SEMANTIC_TOKENS_LEGEND, full: true, range: true },
      codeActionProvider: { codeActionKinds: ['quickfix', 'source.fixAll', CodeActionKinds.repairEncodingWholeFile] },
      workspace: { workspaceFolders: { supported: true }, fileOperations: { willRename: { filters: WILL_RENAME_FILTERS } } },
      // The client checks the protocol version; the process id tells one server from its restart.
      experimental: { conceptNotesProtocol: PROTOCOL_VERSION, processId: process.pid } satisfies ConceptNotesExperimentalCapabilities,
    },
    serverInfo: { name: 'concept-notes', version: '0.1.0' },
  };
});

connection.onInitialized(async () => {
  if (supportsWatchers) {
    await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*' }] });
  }
  if (supportsConfiguration) {
    const section: unknown = await connection.workspace.getConfiguration('conceptNotes').catch(() => undefined);
    if (section) {
      // The answer may differ from initializationOptions (include globs too): apply all of it.
      const settings = settingsState!.setEditorSettings(section);
      service.updateSettings(settings);
      workspace?.setFilters(settings);
    }
  }
  await reindex();
});

let reindexRun = 0;

/** Reads every note (from the cache when unchanged), then publishes diagnostics for all. A newer re-index cancels an older one. */
async function reindex(): Promise<void> {
  const run = ++reindexRun;
  const token = { get isCancellationRequested() { return run !== reindexRun; } };
  indexing = true;
  notifyIndexChanged();
  const progress = await connection.window.createWorkDoneProgress().catch(() => undefined);
  progress?.begin(l10n.t('Concept Notes: indexing'), 0, l10n.t('Reading notes…'), false);
  const started = Date.now();
  try {
    const result = await service.indexWorkspace({
      report: (done, total) => {
        if (done % 50 !== 0 && done !== total) return;
        progress?.report(Math.round((done / Math.max(total, 1)) * 100), l10n.t('{done}/{total} notes', { done, total }));
        notifyIndexChanged({ indexed: done, total });
      },
    }, token);
    if (token.isCancellationRequested) return;
    for (const doc of documents.all()) service.setDocumentText(doc.uri, doc.getText());
    logger.info(l10n.t('Indexed {notes} notes in {ms} ms ({cached} from the cache, {failed} could not be read).', { notes: result.notes, ms: Date.now() - started, cached: result.fromCache, failed: result.failed }));
    publisher.schedule(service.noteUris(), true);
    await publisher.whenIdle();
    await service.saveCache();
  } catch (error) {
    logger.error(l10n.t('Indexing failed: {error}', { error: error instanceof Error ? error.stack ?? error.message : String(error) }));
  } finally {
    progress?.done();
    if (run === reindexRun) {
      indexing = false;
      publisher.schedule([], true);
    }
  }
}

function cacheDirOf(options: unknown): string | undefined {
  const dir = (options as { cacheDir?: unknown } | undefined)?.cacheDir;
  return typeof dir === 'string' && dir.trim() !== '' ? dir : undefined;
}

function notifyIndexChanged(count?: { indexed: number; total: number }): void {
  if (!service) return;
  // Concepts are not counted while indexing: the concept set is rebuilt at every count.
  const concepts = count ? 0 : service.concepts().length;
  const params: IndexChangedParams = { notes: service.noteCount, concepts, problems: publisher?.problemCount ?? 0, indexing, ...count };
  void connection.sendNotification(ConceptNotesNotifications.indexChanged, params);
}

documents.onDidChangeContent(({ document }) => {
  publisher.schedule(service.setDocumentText(document.uri, document.getText()));
});
documents.onDidClose(async ({ document }) => {
  publisher.schedule(await service.closeDocument(document.uri));
});

connection.onDidChangeWatchedFiles(async ({ changes }) => {
  const affected = new Set<string>();
  let configChanged = false;
  for (const change of changes) {
    const uris = change.type === FileChangeType.Deleted ? service.fileDeleted(change.uri) : await service.fileChanged(change.uri);
    for (const u of uris) affected.add(u);
    if (change.type === FileChangeType.Deleted) affected.add(change.uri);
    if (isConfigFileUri(change.uri) && change.uri === settingsState?.configUri) configChanged = true;
  }
  if (configChanged) await applySettings(await settingsState!.reloadFile());
  publisher.schedule(affected);
});

connection.onDidChangeConfiguration(async (change) => {
  const section: unknown = supportsConfiguration
    ? await connection.workspace.getConfiguration('conceptNotes').catch(() => undefined)
    : (change.settings as { conceptNotes?: unknown })?.conceptNotes;
  if (section && settingsState) await applySettings(settingsState.setEditorSettings(section));
});

/** Applies newly resolved settings: re-reads every note when they shape parsing, else re-checks every note. */
async function applySettings(next: ConceptNotesSettings): Promise<void> {
  const before = service.settings;
  service.updateSettings(next);
  // todoMarkers and maxFileSize shape how notes are parsed, include / exclude which files
  // are notes: re-list and re-read every note.
  const same = (key: 'todoMarkers' | 'include' | 'exclude') => JSON.stringify(before[key]) === JSON.stringify(next[key]);
  const filtersChanged = !same('include') || !same('exclude');
  if (filtersChanged) workspace?.setFilters(next);
  if (filtersChanged || !same('todoMarkers') || before.maxFileSize !== next.maxFileSize) await reindex();
  else publisher.schedule(service.noteUris());
}

connection.onShutdown(async () => {
  // Nothing runs after shutdown: the publisher's timer and the index go with it.
  publisher?.dispose();
  await service?.saveCache();
  service?.dispose();
});

registerFeatureHandlers(connection, () => service);
registerCompletion(connection, () => service);
registerRename(connection, () => service, () => clientCapabilities);
const semanticTokens = registerSemanticTokens(connection, () => service, () => clientCapabilities);
registerCodeActions(connection, () => service);
registerKnowledgeGaps(connection, () => service);
registerGraph(connection, () => service);
registerFoldingRanges(connection, () => service);
registerCodeLens(connection, () => service);
registerOpenItems(connection, () => service);
registerBacklinks(connection, () => service);
registerDocumentLinks(connection, () => service);
registerExternalLinks(connection, {
  service: () => service, publisher: () => publisher, trusted: () => workspaceTrusted,
  cacheDir: () => cacheDir, userAgent: 'concept-notes/0.1.0 (web link check)',
});

process.on('uncaughtException', (error) => logger.error(l10n.t('Unexpected error (the server keeps running): {error}', { error: error.stack ?? String(error) })));
process.on('unhandledRejection', (reason) => logger.error(l10n.t('Unhandled rejection (the server keeps running): {reason}', { reason: String(reason) })));

documents.listen(connection);
connection.listen();
