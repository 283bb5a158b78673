import * as l10n from '@vscode/l10n';
import { CodeActionKind, type CodeAction, type Connection, type Diagnostic, type WorkspaceEdit as LspWorkspaceEdit } from 'vscode-languageserver';
import type { NoteService } from '../core';
import type { FixDiagnostic, QuickFix, WorkspaceEdit } from '../core/fixes';
import { DIAGNOSTIC_SOURCE } from '../../../shared/protocol';
import { cancelled, throwIfCancelled } from './cancellation';

/** Quick fixes for our diagnostics, "fix all" per code, and links for unlinked concept mentions. */
export function registerCodeActions(connection: Connection, service: () => NoteService): void {
  connection.onCodeAction(async ({ textDocument, range, context }, token): Promise<CodeAction[]> => {
    throwIfCancelled(token);
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string');
    const wantsFixAllOnly = context.only?.some((k) => k.startsWith(CodeActionKind.SourceFixAll)) ?? false;
    const fixes = await service().codeActions(textDocument.uri, range, ours.map(toFixDiagnostic), wantsFixAllOnly, token);
    // A half-computed list must not pass for the full one: a cancelled request says so.
    if (!fixes || token.isCancellationRequested) throw cancelled();
    if (wantsFixAllOnly) return fixes.map((f) => toCodeAction(f, [], CodeActionKind.SourceFixAll));
    // "Fix all" entries are listed as quick fixes here (the light bulb shows only those); our own sub-kinds stay.
    return fixes.map((fix) =>
      toCodeAction(fix, fix.kind !== 'source.fixAll' && fix.code ? ours.filter((d) => d.code === fix.code) : [], fix.kind === 'source.fixAll' ? CodeActionKind.QuickFix : fix.kind));
  });
}

function toFixDiagnostic(d: { code?: Diagnostic['code']; range: Diagnostic['range']; data?: unknown }): FixDiagnostic {
  return { code: String(d.code), range: d.range, data: (d.data ?? undefined) as Record<string, unknown> | undefined };
}

/** Repairs guessed by a language model are shown as a diff the user confirms before anything changes. */
const CONFIRM_WITH_PREVIEW = new Set(['encoding.mojibake']);

function toCodeAction(fix: QuickFix, diagnostics: Diagnostic[], kind: string): CodeAction {
  const edit = fix.code && CONFIRM_WITH_PREVIEW.has(fix.code) ? toPreviewedEdit(fix.edit, fix.title) : toLspEdit(fix.edit);
  return { title: fix.title, kind, diagnostics: diagnostics.length ? diagnostics : undefined, isPreferred: fix.isPreferred, edit };
}

/** The edit as one the editor shows as a diff for the user to confirm (files to create included). */
export function toPreviewedEdit(edit: WorkspaceEdit, label: string, description = l10n.t('Review the repaired text before it is applied')): LspWorkspaceEdit {
  const annotationId = 'concept-notes.preview';
  return {
    documentChanges: [
      ...(edit.createFiles ?? []).map((uri) => ({ kind: 'create' as const, uri, options: { ignoreIfExists: true }, annotationId })),
      ...Object.entries(edit.changes).map(([uri, edits]) => ({
        textDocument: { uri, version: null },
        edits: edits.map((e) => ({ ...e, annotationId })),
      })),
    ],
    changeAnnotations: { [annotationId]: { label, description, needsConfirmation: true } },
  };
}

/** Plain edits become `changes`; creating a file needs `documentChanges` (create, then fill). */
export function toLspEdit(edit: WorkspaceEdit): LspWorkspaceEdit {
  if (!edit.createFiles?.length) return { changes: edit.changes };
  return {
    documentChanges: [
      ...edit.createFiles.map((uri) => ({ kind: 'create' as const, uri, options: { ignoreIfExists: true } })),
      ...Object.entries(edit.changes).map(([uri, edits]) => ({ textDocument: { uri, version: null }, edits })),
    ],
  };
}
