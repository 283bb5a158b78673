// Quick fixes are plain data: a title and a workspace edit. The LSP layer turns them
// into CodeActions; tests apply them to strings.
import type { Note, Range } from '../model/types';
import type { Concept } from '../concepts/registry';
import type { Mention } from '../concepts/mentions';
import type { CodeActionKinds, DiagnosticCode } from '../../../../shared/protocol';

export interface TextEdit { range: Range; newText: string }

export interface WorkspaceEdit {
  changes: { [uri: string]: TextEdit[] };
  /** Files to create (empty) before the changes apply; a change may then fill them. */
  createFiles?: string[];
}

export interface QuickFix {
  title: string;
  /** A sub-kind of `quickfix` names a fix a client looks for (e.g. a command that applies it). */
  kind: 'quickfix' | 'source.fixAll' | typeof CodeActionKinds.repairEncodingWholeFile;
  edit: WorkspaceEdit;
  /** The fix an editor may apply on its own (and "fix all" uses). */
  isPreferred?: boolean;
  /** Set when the fix answers a diagnostic. */
  code?: DiagnosticCode;
}

/** The parts of a diagnostic a fix reads: what the LSP client sends back is enough. */
export interface FixDiagnostic {
  code: string;
  range: Range;
  message?: string;
  data?: Record<string, unknown>;
}

/** What a fix may look at besides the note itself. */
export interface FixContext {
  note: Note;
  getNote(uri: string): Note | undefined;
  noteUris(): string[];
  concept?(idOrName: string): Concept | undefined;
  mentions?(uri: string): readonly Mention[];
}

export type FixProvider = (diagnostic: FixDiagnostic, context: FixContext) => QuickFix[];

export function singleEdit(uri: string, range: Range, newText: string): WorkspaceEdit {
  return { changes: { [uri]: [{ range, newText }] } };
}
