import { createNoteService, createRemarkParser, InMemoryWorkspace, type NoteDiagnostic } from '../../../server/src/core';
import { silentLogger } from '../../../server/src/core/workspace';
import { createFindingChecks } from '../../../server/src/core/features/diagnostics/extraChecks';
import { DEFAULT_SETTINGS } from '../../../shared/protocol';
import type { LintSettings } from '../../../server/src/core/config/lintConfig';
import type { FixContext, QuickFix } from '../../../server/src/core/fixes';
import { applyTextEdits } from '../../../server/src/core/fixes/applyEdits';

const parser = createRemarkParser();

/** A service over an in-memory workspace rooted at file:///ws, indexed and ready. */
export async function lintService(files: Record<string, string | Uint8Array>, settings: Partial<LintSettings> = {}) {
  const workspace = new InMemoryWorkspace('file:///ws', files);
  const service = createNoteService(workspace, parser, silentLogger, { settings: { ...DEFAULT_SETTINGS, ...settings }, extraChecks: createFindingChecks() });
  await service.indexWorkspace();
  return {
    workspace, service,
    uri: (p: string) => workspace.uri(p),
    async diagnostics(p: string): Promise<NoteDiagnostic[]> { return service.diagnostics(workspace.uri(p)); },
    async codes(p: string): Promise<string[]> { return (await service.diagnostics(workspace.uri(p))).map((d) => d.code); },
    fixContext(p: string): FixContext {
      const note = service.getNote(workspace.uri(p));
      if (!note) throw new Error(`no note ${p}`);
      return { note, getNote: service.getNote, noteUris: service.noteUris, concept: service.concept, mentions: service.mentions };
    },
  };
}

/** Diagnostics of one file for a single-note workspace. */
export async function lint(text: string, settings: Partial<LintSettings> = {}): Promise<NoteDiagnostic[]> {
  return (await lintService({ 'note.md': text }, settings)).diagnostics('note.md');
}

export function ofCode(diagnostics: NoteDiagnostic[], code: string): NoteDiagnostic[] {
  return diagnostics.filter((d) => d.code === code);
}

/** The text of `uri` after a fix's edits (the fix must only touch that file). */
export function applyFix(text: string, uri: string, fix: QuickFix): string {
  return applyTextEdits(text, fix.edit.changes[uri] ?? []);
}
