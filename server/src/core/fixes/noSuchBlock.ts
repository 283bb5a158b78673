import * as l10n from '@vscode/l10n';
import type { FixProvider } from './types';
import { singleEdit } from './types';
import { textAt } from './text';
import { editDistance } from './similarity';
import { blockIdsOf } from '../links/blockIds';
import { DiagnosticCodes } from '../../../../shared/protocol';

/** `#^abc12` → "Change to ^abc123": the closest block id of the target, looked for only when asked. */
export const fixNoSuchBlock: FixProvider = (diagnostic, { note, getNote }) => {
  const uri = typeof diagnostic.data?.uri === 'string' ? diagnostic.data.uri : undefined;
  const target = uri ? getNote(uri) : undefined;
  if (!target || diagnostic.range.start.line !== diagnostic.range.end.line) return [];
  const written = textAt(note, diagnostic.range);
  const caret = written.lastIndexOf('^');
  if (caret === -1) return [];
  const wanted = written.slice(caret + 1).toLowerCase();
  let best: { id: string; distance: number } | undefined;
  for (const block of blockIdsOf(target).values()) {
    const distance = editDistance(wanted, block.id.toLowerCase());
    if (!best || distance < best.distance) best = { id: block.id, distance };
  }
  if (!best || best.distance > Math.max(2, Math.floor(wanted.length / 2))) return [];
  const start = { line: diagnostic.range.start.line, character: diagnostic.range.start.character + caret + 1 };
  return [{ title: l10n.t('Change to ^{id}', { id: best.id }), kind: 'quickfix', code: DiagnosticCodes.noSuchBlock, isPreferred: true,
    edit: singleEdit(note.uri, { start, end: diagnostic.range.end }, best.id) }];
};
