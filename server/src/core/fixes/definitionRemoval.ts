// Shared by the unused and duplicate definition fixes: delete the definition's lines.
import type { FixDiagnostic, QuickFix } from './types';
import type { Note, ReferenceDefinition } from '../model/types';
import { singleEdit } from './types';
import { wholeLines } from './text';
import type { DiagnosticCode } from '../../../../shared/protocol';

export function definitionAt(note: Note, diagnostic: FixDiagnostic): ReferenceDefinition | undefined {
  return note.referenceDefinitions.find((d) => d.labelRange.start.line === diagnostic.range.start.line
    && d.labelRange.start.character === diagnostic.range.start.character);
}

/** `title` names the fix for the definition's label as written. */
export function removeDefinitionFix(note: Note, diagnostic: FixDiagnostic, code: DiagnosticCode, title: (label: string) => string): QuickFix[] {
  const def = definitionAt(note, diagnostic);
  if (!def) return [];
  return [{ title: title(def.rawLabel), kind: 'quickfix', code, isPreferred: true, edit: singleEdit(note.uri, wholeLines(note, def.range), '') }];
}
