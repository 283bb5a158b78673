import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { CheckExternalLinksParams, CheckExternalLinksResult, ExternalLinksProgressParams } from '../../shared/protocol';
import { ConceptNotesRequests, ConceptNotesNotifications } from '../../shared/lspProtocol';

/** What the command checks: a note's URI, `'workspace'`, or (from the palette) ask when a note is open. */
async function pickScope(arg: unknown): Promise<vscode.Uri | 'workspace' | undefined> {
  if (arg instanceof vscode.Uri) return arg;
  if (arg === 'workspace') return 'workspace';
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.languageId !== 'markdown') return 'workspace';
  const note = { label: vscode.l10n.t('This note'), description: vscode.workspace.asRelativePath(editor.document.uri), scope: editor.document.uri as vscode.Uri | 'workspace' };
  const all = { label: vscode.l10n.t('Every note in the workspace'), description: '', scope: 'workspace' as const };
  return (await vscode.window.showQuickPick([note, all], { title: vscode.l10n.t('Check external links in…') }))?.scope;
}

/**
 * "Check External Links": the only way the extension makes web requests. Progress is shown
 * in a notification that can cancel; the answers arrive as diagnostics in the Problems panel.
 */
export async function checkExternalLinks(client: LanguageClient | undefined, arg?: unknown): Promise<CheckExternalLinksResult | undefined> {
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Web links are not checked in an untrusted workspace.'));
    return undefined;
  }
  if (!client) return undefined;
  const scope = await pickScope(arg);
  if (!scope) return undefined;
  const params: CheckExternalLinksParams = { uri: scope === 'workspace' ? undefined : scope.toString(), workspaceTrusted: true };
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking web links'), cancellable: true },
    async (progress, token) => {
      let reported = 0;
      const listener = client.onNotification(ConceptNotesNotifications.externalLinksProgress, ({ done, total }: ExternalLinksProgressParams) => {
        const percent = total ? (done / total) * 100 : 100;
        progress.report({ message: `${done}/${total}`, increment: percent - reported });
        reported = percent;
      });
      try {
        return await client.sendRequest(ConceptNotesRequests.checkExternalLinks, params, token);
      } finally {
        listener.dispose();
      }
    },
  );
  if (result.refused) {
    void vscode.window.showWarningMessage(result.refused);
    return result;
  }
  const showProblems = vscode.l10n.t('Show Problems');
  const summary = result.cancelled
    ? vscode.l10n.t('Web link check cancelled after {pages} pages: {unreachable} unreachable, {moved} moved.', { pages: result.pages, unreachable: result.unreachable, moved: result.moved })
    : vscode.l10n.t('{pages} web pages checked ({cached} from the cache): {unreachable} unreachable, {moved} moved.', { pages: result.pages, cached: result.fromCache, unreachable: result.unreachable, moved: result.moved });
  void vscode.window.showInformationMessage(summary, showProblems).then((choice) => {
    if (choice === showProblems) void vscode.commands.executeCommand('workbench.actions.view.problems');
  });
  return result;
}
