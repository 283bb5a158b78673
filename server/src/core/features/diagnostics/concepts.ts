import * as l10n from '@vscode/l10n';
import type { Note } from '../../model/types';
import type { Concept } from '../../concepts/registry';
import type { Finding } from './types';
import { DiagnosticCodes } from '../../../../../shared/protocol';
import { shownPath } from '../../model/uris';

/** Every definition of a conflicting concept but the primary one is reported where it stands. */
export function checkConceptDefinitions(note: Note, conceptOf: (name: string) => Concept | undefined, rootUri = ''): Finding[] {
  const findings: Finding[] = [];
  for (const def of note.definitions) {
    const concept = conceptOf(def.name);
    if (!concept || !concept.conflicting) continue;
    const primary = concept.definitions[0];
    if (primary === def || primary.definition === def.definition) continue;
    findings.push({
      code: DiagnosticCodes.conceptDuplicateDefinition, range: def.range,
      message: l10n.t("'{name}' is also defined in {file}:{line} with different text. Keep one definition or make them agree.", { name: concept.name, file: shownPath(rootUri, primary.uri), line: primary.range.start.line + 1 }),
      data: { concept: concept.id, primaryUri: primary.uri, primaryLine: primary.range.start.line },
    });
  }
  return findings;
}
