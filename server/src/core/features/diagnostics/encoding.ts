import type { Note } from '../../model/types';
import type { Finding } from './types';
import { DiagnosticCodes } from '../../../../../shared/protocol';

export function checkInvalidUtf8(note: Note): Finding[] {
  return note.invalidUtf8.map((s) => ({
    code: DiagnosticCodes.invalidUtf8, range: s.range,
    message: `${s.byteLength} byte(s) at byte offset ${s.byteOffset} are not valid UTF-8 and show as \uFFFD. Re-save the file as UTF-8.`,
    data: { byteOffset: s.byteOffset, byteLength: s.byteLength },
  }));
}
