import * as l10n from '@vscode/l10n';
import { CodeActionKind, type CodeAction, type Connection, type Diagnostic, type WorkspaceEdit as LspWorkspaceEdit } from 'vscode-languageserver';
import type { NoteService } from '../core';
import { codeActionsFor, fixAllInFile, type FixContext, type FixDiagnostic, type QuickFix, type WorkspaceEdit } from '../core/fixes';
import { DIAGNOSTIC_SOURCE } from '../../../shared/protocol';

/** Quick fixes for our diagnostics, "fix all" per code, and links for unlinked concept mentions. */
export function registerCodeActions(connection: Connection, service: () => NoteService): void {
  connection.onCodeAction(async ({ textDocument, range, context }, token): Promise<CodeAction[]> => {
    const s = service();
    const note = s.getNote(textDocument.uri);
    if (!note) return [];
    const fixContext: FixContext = { note, getNote: s.getNote, noteUris: s.noteUris, concept: s.concept, mentions: s.mentions };
    const ours = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && typeof d.code === 'string');
    const all = (await s.diagnostics(note.uri)).map(toFixDiagnostic);
    if (token.isCancellationRequested) return [];
    const wantsFixAllOnly = context.only?.some((k) => k.startsWith(CodeActionKind.SourceFixAll)) ?? false;
    if (wantsFixAllOnly) {
      const codes = [...new Set(all.map((d) => d.code))];
      return codes.map((c) => fixAllInFile(c, all, fixContext)).filter((f): f is QuickFix => !!f).map((f) => toCodeAction(f, [], CodeActionKind.SourceFixAll));
    }
    // "Fix all" entries are listed as quick fixes here (the light bulb shows only those); our own sub-kinds stay.
    return codeActionsFor(range, ours.map(toFixDiagnostic), all, fixContext).map((fix) =>
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
