import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { OPEN_TASK_MARKER, type MarkTaskDoneParams } from '../../shared/protocol';
import { ConceptNotesRequests } from '../../shared/lspProtocol';
import { type OpenItemsNode, type OpenItemsProvider } from './views/openItemsView';

/** "Mark Done" on an open task row: the server's one-character edit `[ ]` → `[x]`. Resolves to whether it was applied. */
export async function markTaskDone(client: LanguageClient | undefined, node: unknown): Promise<boolean> {
  const row = node as OpenItemsNode | undefined;
  if (!client || row?.kind !== 'item' || row.item.marker !== OPEN_TASK_MARKER) return false;
  if (!vscode.workspace.isTrusted) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Concept Notes: trust this workspace to mark tasks done.'));
    return false;
  }
  const params: MarkTaskDoneParams = { uri: row.uri, line: row.item.range.start.line };
  const lspEdit = await client.sendRequest(ConceptNotesRequests.markTaskDone, params);
  if (!lspEdit) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This task is no longer open.'));
    return false;
  }
  return vscode.workspace.applyEdit(await client.protocol2CodeConverter.asWorkspaceEdit(lspEdit));
}

/** Lets the user pick which markers the Open Questions view lists (all by default). */
export async function filterOpenItems(provider: OpenItemsProvider, picked?: unknown): Promise<string[] | undefined> {
  if (Array.isArray(picked)) {
    await provider.setMarkers(picked.length ? picked.map(String) : undefined);
    return provider.markers;
  }
  const shown = provider.markers;
  const items = Object.entries(provider.counts).sort(([a], [b]) => a.localeCompare(b)).map(([marker, count]) => ({
    label: marker === OPEN_TASK_MARKER ? vscode.l10n.t('Open tasks (- [ ])') : marker,
    description: String(count),
    picked: !shown || shown.includes(marker),
    marker,
  }));
  const chosen = await vscode.window.showQuickPick(items, { canPickMany: true, title: vscode.l10n.t('Show these markers') });
  if (!chosen) return shown;
  const all = chosen.length === 0 || chosen.length === items.length;
  await provider.setMarkers(all ? undefined : chosen.map((c) => c.marker));
  return provider.markers;
}
