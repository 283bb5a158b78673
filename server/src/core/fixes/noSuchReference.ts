// `[text][labl]` with no definition: use the closest defined label, or add a definition.
import * as l10n from '@vscode/l10n';
import type { FixProvider, QuickFix } from './types';
import type { Note } from '../model/types';
import { singleEdit } from './types';
import { closestMatches } from './similarity';
import { endOfText, lineText } from './text';
import { DiagnosticCodes } from '../../../../shared/protocol';

const code = DiagnosticCodes.noSuchReference;

export const fixNoSuchReference: FixProvider = (diagnostic, { note }) => {
  const label = typeof diagnostic.data?.label === 'string' ? diagnostic.data.label : undefined;
  if (label === undefined) return [];
  if (diagnostic.data?.reversed) return [swapReversedLink(diagnostic, note)];
  const fixes: QuickFix[] = [];
  if (diagnostic.data?.footnote) {
    const id = label.slice(1);
    const footnotes = [...new Set(note.footnotes.filter((f) => f.isDefinition).map((f) => f.label))];
    for (const m of closestMatches(id, footnotes, (f) => f)) {
      fixes.push({ title: l10n.t('Change to [^{label}]', { label: m.item }), kind: 'quickfix', code, edit: singleEdit(note.uri, diagnostic.range, '^' + m.item) });
    }
    fixes.push({ title: l10n.t('Add footnote [^{id}]: …', { id }), kind: 'quickfix', code, edit: appendLine(note, `[^${id}]: …`) });
    return fixes;
  }
  const defined = [...new Map(note.referenceDefinitions.map((d) => [d.label, d])).values()];
  const matches = closestMatches(label, defined, (d) => d.rawLabel);
  matches.forEach((m, i) => fixes.push({
    title: l10n.t('Change to [{label}]', { label: m.item.rawLabel }), kind: 'quickfix', code, isPreferred: i === 0 && matches.length === 1,
    edit: singleEdit(note.uri, diagnostic.range, m.item.rawLabel),
  }));
  fixes.push({ title: l10n.t('Add definition [{label}]: …', { label }), kind: 'quickfix', code, edit: addDefinitionEdit(note, label) });
  return fixes;
};

/** `(text)[url]` → `[text](url)`. */
function swapReversedLink(diagnostic: Parameters<FixProvider>[0], note: Note): QuickFix {
  const stringAt = (key: string) => { const value = diagnostic.data?.[key]; return typeof value === 'string' ? value : ''; };
  const target = stringAt('target');
  const text = stringAt('text') || target;
  return { title: l10n.t('Swap to [{text}]({target})', { text, target }), kind: 'quickfix', code, isPreferred: true, edit: singleEdit(note.uri, diagnostic.range, `[${text}](${target})`) };
}

/** After the last definition when there is one, else at the end after a blank line. */
function addDefinitionEdit(note: Note, label: string) {
  const line = `[${label}]: <>`;
  const last = note.referenceDefinitions.reduce<number>((max, d) => Math.max(max, d.range.end.line), -1);
  if (last >= 0) {
    const at = { line: last, character: lineText(note, last).length };
    return singleEdit(note.uri, { start: at, end: at }, '\n' + line);
  }
  return appendLine(note, line);
}

function appendLine(note: Note, line: string) {
  const end = endOfText(note);
  const prefix = note.text === '' ? '' : note.text.endsWith('\n\n') ? '' : note.text.endsWith('\n') ? '\n' : '\n\n';
  return singleEdit(note.uri, { start: end, end }, prefix + line + '\n');
}
