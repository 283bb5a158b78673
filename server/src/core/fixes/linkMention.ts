// "Link to its definition": an unlinked concept mention becomes `[term](note.md#section)`.
// Not tied to a diagnostic: it is offered wherever the cursor sits on a mention.
import * as l10n from '@vscode/l10n';
import type { ConceptDefinition, Note, Range } from '../model/types';
import type { FixContext, QuickFix } from './types';
import { singleEdit } from './types';
import { relativeLinkPath } from './paths';
import { encodeLinkPath } from './text';
import { rangeContains } from '../text/lineIndex';

export function linkMentionFixes(range: Range, context: FixContext): QuickFix[] {
  const { note } = context;
  const mention = context.mentions?.(note.uri).find((m) => rangeContains(m.range, range.start) && rangeContains(m.range, range.end));
  if (!mention || !context.concept) return [];
  if (note.links.some((l) => rangeContains(l.range, mention.range.start))) return [];
  const concept = context.concept(mention.conceptId);
  const def = concept?.definitions[0];
  if (!concept || !def) return [];
  // The mention that is the definition's own term needs no link.
  if (def.uri === note.uri && rangeContains(def.range, mention.range.start)) return [];
  const target = linkTarget(note, def, context.getNote(def.uri));
  const text = note.text.slice(mention.start, mention.end);
  return [{ title: l10n.t("Link '{text}' to its definition", { text }), kind: 'quickfix', edit: singleEdit(note.uri, mention.range, `[${text}](${target})`) }];
}

/** `other.md#section` (or `#section` in the same note): the heading the definition sits under. */
function linkTarget(from: Note, def: ConceptDefinition, defNote: Note | undefined): string {
  const heading = defNote?.headings.filter((h) => h.range.start.line <= def.range.start.line).pop();
  const fragment = heading ? '#' + heading.slug : '';
  if (def.uri === from.uri) return fragment || '#';
  return encodeLinkPath(relativeLinkPath(from.uri, def.uri)) + fragment;
}
