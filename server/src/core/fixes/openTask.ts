import * as l10n from '@vscode/l10n';
import type { FixProvider } from './types';
import { singleEdit } from './types';
import { lineText } from './text';
import { DiagnosticCodes } from '../../../../shared/protocol';

/** `- [ ] item` → `- [x] item`. */
export const fixOpenTask: FixProvider = (diagnostic, { note }) => {
  const line = diagnostic.range.start.line;
  const m = /^(\s*(?:>\s*)*(?:[-*+]|\d+[.)])\s+\[) \]/.exec(lineText(note, line));
  if (!m) return [];
  const at = { line, character: m[1].length };
  return [{ title: l10n.t('Mark task as done'), kind: 'quickfix', code: DiagnosticCodes.openTask,
    edit: singleEdit(note.uri, { start: at, end: { line, character: at.character + 1 } }, 'x') }];
};
