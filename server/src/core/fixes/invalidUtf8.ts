import * as l10n from '@vscode/l10n';
import type { FixProvider } from './types';
import { singleEdit } from './types';
import { textAt } from './text';
import { DiagnosticCodes } from '../../../../shared/protocol';

/**
 * The original bytes are gone once decoded, so the only edit is to drop the U+FFFD that
 * stands for them; saving then writes valid UTF-8.
 */
export const fixInvalidUtf8: FixProvider = (diagnostic, { note }) => {
  if (!/^\uFFFD+$/.test(textAt(note, diagnostic.range))) return [];
  return [{ title: l10n.t('Delete the unreadable character ({replacement})', { replacement: '\uFFFD' }), kind: 'quickfix', code: DiagnosticCodes.invalidUtf8, edit: singleEdit(note.uri, diagnostic.range, '') }];
};
