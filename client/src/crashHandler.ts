import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from 'vscode-languageclient/node';
import { Commands } from '../../shared/protocol';
import { RestartPolicy } from './restartPolicy';


/**
 * Restarts a crashed server within the limits of a RestartPolicy and speaks up once per
 * burst of crashes: one information message when the burst starts, one error message
 * (with a Restart Server button) when the policy gives up. Messages are marked handled
 * so the language client shows none of its own.
 */
export class CrashHandler implements ErrorHandler {
  constructor(private readonly policy = new RestartPolicy()) {}

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    // A few read/write errors are normal while a process dies; `closed` decides what follows.
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const decision = this.policy.crashed();
    if (decision.action === 'stop') {
      const restartButton = vscode.l10n.t('Restart Server');
      void vscode.window
        .showErrorMessage(vscode.l10n.t('Concept Notes: the language server stopped {count} times in a few minutes and will not be restarted.', { count: decision.crashes }), restartButton)
        .then((choice) => { if (choice === restartButton) void vscode.commands.executeCommand(Commands.restartServer); });
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    if (decision.notify) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Concept Notes: the language server stopped unexpectedly and was restarted.'));
    }
    return { action: CloseAction.Restart, handled: true };
  }

  /** After a restart the user asked for, earlier crashes no longer count. */
  reset(): void {
    this.policy.reset();
  }
}
