// "Repair encoding" for one damaged passage, and for the whole note.
import * as l10n from '@vscode/l10n';
import type { FixProvider, QuickFix } from './types';
import type { Note } from '../model/types';
import { singleEdit } from './types';
import { fullRange, textAt } from './text';
import { repairMojibake } from '../encoding';
import { CodeActionKinds, DiagnosticCodes } from '../../../../shared/protocol';

const code = DiagnosticCodes.mojibake;

export const fixMojibake: FixProvider = (diagnostic, { note }) => {
  const original = textAt(note, diagnostic.range);
  const fixes: QuickFix[] = [];
  // Repairing the span in the note's context picks the same code page the check saw.
  const fromData = typeof diagnostic.data?.repaired === 'string' && diagnostic.data.original === original ? diagnostic.data.repaired : undefined;
  const repaired = fromData ?? repairMojibake(original).text;
  if (repaired !== original) {
    fixes.push({ title: l10n.t("Repair encoding: '{text}'", { text: clip(repaired) }), kind: 'quickfix', code, isPreferred: true, edit: singleEdit(note.uri, diagnostic.range, repaired) });
  }
  const whole = wholeFileMojibakeFix(note);
  if (whole) fixes.push(whole);
  return fixes;
};

/** Every damaged passage of the note repaired in one edit, or nothing when there is none. */
export function wholeFileMojibakeFix(note: Note): QuickFix | undefined {
  const whole = repairMojibake(note.text);
  if (whole.spans.length === 0 || whole.text === note.text) return undefined;
  const count = whole.spans.length;
  return {
    title: count === 1 ? l10n.t('Repair encoding in the whole file ({count} passage)', { count }) : l10n.t('Repair encoding in the whole file ({count} passages)', { count }),
    // The "Repair Encoding of This File" command finds this fix by its kind.
    kind: CodeActionKinds.repairEncodingWholeFile, code, edit: singleEdit(note.uri, fullRange(note), whole.text),
  };
}

function clip(s: string): string {
  return s.length > 30 ? s.slice(0, 30) + '…' : s;
}
