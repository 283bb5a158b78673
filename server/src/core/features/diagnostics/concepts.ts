import type { Note } from '../../model/types';
import type { Concept } from '../../concepts/registry';
import type { Finding } from './types';
import { DiagnosticCodes } from '../../../../../shared/protocol';

/** Every definition of a conflicting concept but the primary one is reported where it stands. */
export function checkConceptDefinitions(note: Note, conceptOf: (name: string) => Concept | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const def of note.definitions) {
    const concept = conceptOf(def.name);
    if (!concept || !concept.conflicting) continue;
    const primary = concept.definitions[0];
    if (primary === def || primary.definition === def.definition) continue;
    findings.push({
      code: DiagnosticCodes.conceptDuplicateDefinition, range: def.range,
      message: `'${concept.name}' is also defined in ${primary.uri.split('/').pop()}:${primary.range.start.line + 1} with different text. Keep one definition or make them agree.`,
      data: { concept: concept.id, primaryUri: primary.uri, primaryLine: primary.range.start.line },
    });
  }
  return findings;
}
