import * as l10n from '@vscode/l10n';
import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

/**
 * The answer to a request the client cancelled: the RequestCancelled error the spec asks
 * for, so a half-finished list is never mistaken for a complete one.
 */
export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, l10n.t('The request was cancelled.'));
}

export function throwIfCancelled(token: CancellationToken): void {
  if (token.isCancellationRequested) throw cancelled();
}
