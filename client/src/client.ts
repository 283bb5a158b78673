import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { Notifications, type IndexChangedParams } from '../../shared/protocol';
import { Config } from './config';

/** Starts the language server (IPC) and exposes when its first index is done. */
export function createLanguageClient(context: vscode.ExtensionContext, config: Config): LanguageClient {
  const serverModule = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ scheme: 'file', language: 'markdown' }],
    initializationOptions: config.serverSettings(),
    synchronize: { configurationSection: 'conceptNotes' },
    markdown: { isTrusted: false, supportHtml: false },
  };
  return new LanguageClient('conceptNotes', 'Concept Notes', serverOptions, clientOptions);
}

export function onIndexChanged(client: LanguageClient, listener: (params: IndexChangedParams) => void): vscode.Disposable {
  return client.onNotification(Notifications.indexChanged, listener);
}
