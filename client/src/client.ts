import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { IndexChangedParams } from '../../shared/protocol';
import { ConceptNotesNotifications } from '../../shared/lspProtocol';
import { Config } from './config';

/** Starts the language server (IPC) and exposes when its first index is done. */
export function createLanguageClient(context: vscode.ExtensionContext, config: Config, errorHandler: ErrorHandler): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'markdown' }],
    // The index cache (and the web-link verdicts) live in the editor's storage for this workspace, never in the notes.
    initializationOptions: { ...config.serverSettings(), cacheDir: vscode.Uri.joinPath(context.storageUri ?? context.globalStorageUri, 'index').fsPath, workspaceTrusted: vscode.workspace.isTrusted },
    synchronize: { configurationSection: 'conceptNotes' },
    markdown: { isTrusted: false, supportHtml: false },
    errorHandler,
    middleware: {
      // `conceptNotes.codeLens.references` off: no reference counts above headings and definitions.
      provideCodeLenses: (document, token, next) => (config.referenceCodeLens ? next(document, token) : []),
    },
  };
  return new LanguageClient('conceptNotes', 'Concept Notes', serverOptions, clientOptions);
}

export function onIndexChanged(client: LanguageClient, listener: (params: IndexChangedParams) => void): vscode.Disposable {
  return client.onNotification(ConceptNotesNotifications.indexChanged, listener);
}

/** The server's process id, which it reports in `capabilities.experimental.processId`. */
export function serverProcessId(client: LanguageClient | undefined): number | undefined {
  const experimental = client?.initializeResult?.capabilities.experimental as { processId?: unknown } | undefined;
  return typeof experimental?.processId === 'number' ? experimental.processId : undefined;
}
