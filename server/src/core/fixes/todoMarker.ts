// `TODO: write this` → `- [ ] write this` (a task the task list tracks), or drop the marker.
import * as l10n from '@vscode/l10n';
import type { FixProvider, QuickFix } from './types';
import { singleEdit } from './types';
import { lineRange, lineText, wholeLines } from './text';
import { escapeRegExp } from '../parse/inlineScanners';
import { DiagnosticCodes } from '../../../../shared/protocol';

const code = DiagnosticCodes.todoMarker;
const LINE_PREFIX = /^(\s*)((?:[-*+]|\d+[.)])\s+(?:\[[ xX]\]\s+)?|#{1,6}\s+|>\s*)?/;

export const fixTodoMarker: FixProvider = (diagnostic, { note }) => {
  const line = diagnostic.range.start.line;
  const text = lineText(note, line);
  const at = diagnostic.range.start.character;
  const marker = text.slice(at, diagnostic.range.end.character);
  if (!marker) return [];
  const markerWithTail = new RegExp(`${escapeRegExp(marker)}(?:\\s*\\([^)]*\\))?\\s*[:：]?\\s*`);
  const tail = markerWithTail.exec(text.slice(at))![0];
  const without = (text.slice(0, at) + text.slice(at + tail.length)).replace(/\s+$/, '');
  const prefix = LINE_PREFIX.exec(text)!;
  const rest = without.slice(prefix[0].length).trim();
  const isTask = /^\s*(?:[-*+]|\d+[.)])\s+\[[ xX]\]/.test(text);
  const fixes: QuickFix[] = [];
  if (!isTask && rest !== '') {
    fixes.push({ title: l10n.t('Convert {marker} to a task', { marker }), kind: 'quickfix', code, edit: singleEdit(note.uri, lineRange(note, line), `${prefix[1]}- [ ] ${rest}`) });
  }
  const emptied = without.slice(prefix[0].length).trim() === '';
  fixes.push({
    title: l10n.t('Remove {marker}', { marker }), kind: 'quickfix', code,
    edit: emptied ? singleEdit(note.uri, wholeLines(note, lineRange(note, line)), '') : singleEdit(note.uri, lineRange(note, line), without),
  });
  return fixes;
};
