// "Repair encoding" for one damaged passage, and for the whole note.
import type { FixProvider, QuickFix } from './types';
import { singleEdit } from './types';
import { fullRange, textAt } from './text';
import { repairMojibake } from '../encoding';
import { DiagnosticCodes } from '../../../../shared/protocol';

const code = DiagnosticCodes.mojibake;

export const fixMojibake: FixProvider = (diagnostic, { note }) => {
  const original = textAt(note, diagnostic.range);
  const fixes: QuickFix[] = [];
  // Repairing the span in the note's context picks the same code page the check saw.
  const whole = repairMojibake(note.text);
  const fromData = typeof diagnostic.data?.repaired === 'string' && diagnostic.data.original === original ? diagnostic.data.repaired : undefined;
  const repaired = fromData ?? repairMojibake(original).text;
  if (repaired !== original) {
    fixes.push({ title: `Repair encoding: '${clip(repaired)}'`, kind: 'quickfix', code, isPreferred: true, edit: singleEdit(note.uri, diagnostic.range, repaired) });
  }
  if (whole.spans.length > 0 && whole.text !== note.text) {
    fixes.push({ title: `Repair encoding in the whole file (${whole.spans.length} passage${whole.spans.length === 1 ? '' : 's'})`, kind: 'quickfix', code,
      edit: singleEdit(note.uri, fullRange(note), whole.text) });
  }
  return fixes;
};

function clip(s: string): string {
  return s.length > 30 ? s.slice(0, 30) + '…' : s;
}
