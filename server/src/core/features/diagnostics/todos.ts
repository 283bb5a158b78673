import * as l10n from '@vscode/l10n';
import type { Note } from '../../model/types';
import type { Finding } from './types';
import { DiagnosticCodes } from '../../../../../shared/protocol';

export function checkTodos(note: Note): Finding[] {
  const findings: Finding[] = note.todos.map((t) => ({
    code: DiagnosticCodes.todoMarker, range: t.range,
    message: `${t.marker}: ${t.text.replace(/^\S+[:：]?\s*/, '') || l10n.t('(no text)')}`, data: { marker: t.marker, inHeading: t.inHeading },
  }));
  for (const task of note.tasks) {
    if (!task.checked) findings.push({ code: DiagnosticCodes.openTask, range: firstLine(task.range), message: l10n.t('Open task: {task}', { task: task.text }), data: {} });
  }
  return findings;
}

function firstLine(range: Note['tasks'][number]['range']): Note['tasks'][number]['range'] {
  return range.start.line === range.end.line ? range : { start: range.start, end: { line: range.start.line + 1, character: 0 } };
}
