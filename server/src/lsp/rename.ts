import { ErrorCodes, ResponseError, type ChangeAnnotation, type ClientCapabilities, type Connection, type TextEdit, type AnnotatedTextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import * as l10n from '@vscode/l10n';
import type { NoteService } from '../core';
import type { RenameEdit, RenameEditKind } from '../core/features/rename';
import { cancelled } from './cancellation';

/** Labels for the rename preview (in the current language); mention edits ask to be confirmed. */
function annotation(kind: RenameEditKind): ChangeAnnotation {
  switch (kind) {
    case 'heading': return { label: l10n.t('Rename heading'), needsConfirmation: false };
    case 'definition': return { label: l10n.t('Rename concept definition'), needsConfirmation: false };
    case 'link': return { label: l10n.t('Update links to renamed headings'), needsConfirmation: false };
    case 'tag': return { label: l10n.t('Rename tag'), needsConfirmation: false };
    case 'mention': return { label: l10n.t('Update concept mentions'), description: l10n.t('Mentions in prose across the workspace'), needsConfirmation: true };
  }
}

/** `textDocument/prepareRename` and `textDocument/rename` for headings and concepts. */
export function registerRename(connection: Connection, service: () => NoteService, client: () => ClientCapabilities): void {
  connection.onPrepareRename(async ({ textDocument, position }, token) => {
    const result = await service().prepareRename(textDocument.uri, position, token);
    if (!result || token.isCancellationRequested) throw cancelled();
    if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return result;
  });
  connection.onRenameRequest(async ({ textDocument, position, newName }, token): Promise<WorkspaceEdit> => {
    const result = await service().rename(textDocument.uri, position, newName, token);
    if (!result) throw cancelled();
    if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    // Clients that take annotated `documentChanges` show mention edits as a preview to confirm.
    const workspaceEdit = client().workspace?.workspaceEdit;
    return workspaceEdit?.documentChanges && workspaceEdit.changeAnnotationSupport ? annotatedEdit(result.edits) : plainEdit(result.edits);
  });
  // A note about to be moved or renamed: the links to it follow, in their own syntax.
  connection.workspace.onWillRenameFiles(async ({ files }, token): Promise<WorkspaceEdit | null> => {
    const edits: RenameEdit[] = [];
    for (const { oldUri, newUri } of files) {
      const found = await service().renameNote(oldUri, newUri, token);
      if (!found) throw cancelled();
      edits.push(...found);
    }
    return edits.length ? plainEdit(edits) : null;
  });
}

/** What `workspace/willRenameFiles` is asked for: Markdown notes. */
export const WILL_RENAME_FILTERS = [{ pattern: { glob: '**/*.{md,markdown}' } }];

function plainEdit(edits: RenameEdit[]): WorkspaceEdit {
  const changes: Record<string, TextEdit[]> = {};
  for (const e of edits) (changes[e.uri] ??= []).push({ range: e.range, newText: e.newText });
  return { changes };
}

function annotatedEdit(edits: RenameEdit[]): WorkspaceEdit {
  const byUri = new Map<string, AnnotatedTextEdit[]>();
  const used = new Set<RenameEditKind>();
  for (const e of edits) {
    used.add(e.kind);
    const list = byUri.get(e.uri) ?? [];
    list.push({ range: e.range, newText: e.newText, annotationId: e.kind });
    byUri.set(e.uri, list);
  }
  return {
    documentChanges: [...byUri].map(([uri, list]) => ({ textDocument: { uri, version: null }, edits: list })),
    changeAnnotations: Object.fromEntries([...used].map((k) => [k, annotation(k)])),
  };
}
