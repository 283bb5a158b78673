import * as l10n from '@vscode/l10n';
import type { InvalidUtf8Span, Note } from '../../model/types';
import type { Finding } from './types';
import { DiagnosticCodes } from '../../../../../shared/protocol';

/** One finding per run of adjacent undecodable bytes (each shows as one U+FFFD). */
export function checkInvalidUtf8(note: Note): Finding[] {
  return mergeAdjacent(note.invalidUtf8).map((s) => ({
    code: DiagnosticCodes.invalidUtf8, range: s.range,
    message: l10n.t('{count} byte(s) at byte offset {offset} are not valid UTF-8 and show as {replacement}. Re-save the file as UTF-8.', { count: s.byteLength, offset: s.byteOffset, replacement: '\uFFFD' }),
    data: { byteOffset: s.byteOffset, byteLength: s.byteLength },
  }));
}

function mergeAdjacent(spans: readonly InvalidUtf8Span[]): InvalidUtf8Span[] {
  const out: InvalidUtf8Span[] = [];
  for (const s of spans) {
    const last = out[out.length - 1];
    if (last && last.range.end.line === s.range.start.line && last.range.end.character === s.range.start.character
      && last.byteOffset + last.byteLength === s.byteOffset) {
      out[out.length - 1] = { range: { start: last.range.start, end: s.range.end }, byteOffset: last.byteOffset, byteLength: last.byteLength + s.byteLength };
    } else out.push(s);
  }
  return out;
}
