// Two different definitions of one concept: keep the other one, and turn this bold term
// back into plain text so it no longer defines anything.
import * as l10n from '@vscode/l10n';
import type { FixProvider } from './types';
import { singleEdit } from './types';
import { lineText } from './text';
import { basenameOf } from './paths';
import { DiagnosticCodes } from '../../../../shared/protocol';

export const fixConceptDuplicateDefinition: FixProvider = (diagnostic, { note }) => {
  const def = note.definitions.find((d) => d.range.start.line === diagnostic.range.start.line && d.range.start.character === diagnostic.range.start.character);
  if (!def || def.form !== 'bold-term' || def.range.start.line !== def.range.end.line) return [];
  const line = lineText(note, def.range.start.line);
  // The strong markers sit right around the term, or around the term plus a colon.
  const open = line.lastIndexOf('**', def.range.start.character);
  const close = line.indexOf('**', def.range.end.character);
  if (open === -1 || close === -1 || line.slice(def.range.end.character, close).replace(/[:：\s]/g, '') !== '') return [];
  const l = def.range.start.line;
  const primary = typeof diagnostic.data?.primaryUri === 'string' ? basenameOf(diagnostic.data.primaryUri) : l10n.t('the other note');
  return [{
    title: l10n.t("Keep the definition in {file}: un-bold '{name}' here", { file: primary, name: def.name }), kind: 'quickfix', code: DiagnosticCodes.conceptDuplicateDefinition,
    edit: singleEdit(note.uri, { start: { line: l, character: open }, end: { line: l, character: close + 2 } }, line.slice(open + 2, close)),
  }];
};
