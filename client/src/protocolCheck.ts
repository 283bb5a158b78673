import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { protocolMismatch } from '../../shared/lspProtocol';

/**
 * After start-up: a server from another build (a custom server path, a half-updated
 * install) may answer our requests with other shapes. Says so once and returns false.
 */
export function checkServerProtocol(client: LanguageClient): boolean {
  const mismatch = protocolMismatch(client.initializeResult?.capabilities.experimental);
  if (!mismatch) return true;
  const message = mismatch.server === undefined
    ? vscode.l10n.t('Concept Notes: the language server does not say which protocol version it speaks (this extension speaks version {client}). Reinstall the extension so that both come from the same version.', { client: mismatch.client })
    : vscode.l10n.t('Concept Notes: the language server speaks protocol version {server}, this extension version {client}. Reinstall the extension so that both come from the same version.', { server: mismatch.server, client: mismatch.client });
  void vscode.window.showErrorMessage(message);
  return false;
}
