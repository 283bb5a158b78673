import type { Note } from '../../model/types';
import type { NoteIndex } from '../../index/noteIndex';
import type { LinkResolver } from '../../links/linkResolver';
import type { ConceptNotesSettings, DiagnosticCode } from '../../../../../shared/protocol';
import { DEFAULT_SEVERITIES } from '../../../../../shared/protocol';
import type { Finding, NoteDiagnostic } from './types';
import { checkLinks } from './links';
import { checkTodos } from './todos';
import { checkInvalidUtf8 } from './encoding';
import { checkConceptDefinitions } from './concepts';

export type { NoteDiagnostic, Finding };

/** Additional per-note checks registered by other modules (e.g. mojibake detection). */
export type NoteCheck = (note: Note) => Finding[];

/** All findings for one note, with severities from settings; codes set to `off` are dropped. */
export async function computeDiagnostics(note: Note, index: NoteIndex, resolver: LinkResolver, settings: ConceptNotesSettings, extraChecks: NoteCheck[] = []): Promise<NoteDiagnostic[]> {
  const findings: Finding[] = [
    ...(await checkLinks(note, resolver)),
    ...checkTodos(note),
    ...checkInvalidUtf8(note),
    ...checkConceptDefinitions(note, (name) => index.concept(name)),
    ...extraChecks.flatMap((check) => check(note)),
  ];
  const out: NoteDiagnostic[] = [];
  for (const f of findings) {
    const severity = settings.severity[f.code as DiagnosticCode] ?? DEFAULT_SEVERITIES[f.code];
    if (severity !== 'off') out.push({ ...f, severity });
  }
  return out.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
}
