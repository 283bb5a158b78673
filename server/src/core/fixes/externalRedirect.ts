import * as l10n from '@vscode/l10n';
import type { FixProvider } from './types';
import { singleEdit } from './types';
import { DiagnosticCodes } from '../../../../shared/protocol';
import { LineIndex } from '../text/lineIndex';

/** A permanently moved web page: write the URL it moved to. Offered only while the link still says what was checked. */
export const fixExternalRedirect: FixProvider = (diagnostic, { note }) => {
  const { url, finalUrl } = diagnostic.data ?? {};
  if (typeof url !== 'string' || typeof finalUrl !== 'string' || finalUrl === url) return [];
  const lines = new LineIndex(note.text);
  const written = note.text.slice(lines.offsetAt(diagnostic.range.start), lines.offsetAt(diagnostic.range.end));
  if (written.trim() !== url) return [];
  return [{
    title: l10n.t('Update the link to {finalUrl}', { finalUrl }),
    kind: 'quickfix',
    isPreferred: true,
    code: DiagnosticCodes.externalRedirect,
    edit: singleEdit(note.uri, diagnostic.range, written.replace(url, finalUrl)),
  }];
};
