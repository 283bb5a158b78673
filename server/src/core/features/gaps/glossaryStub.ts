import * as l10n from '@vscode/l10n';
import type { Note } from '../../model/types';
import type { NoteIndex } from '../../index/noteIndex';
import type { WorkspaceEdit } from '../../fixes/types';
import { LineIndex } from '../../text/lineIndex';
import { relativeLabel } from '../labels';
import { joinUri } from '../../model/uris';

export interface GlossaryStub {
  edit: WorkspaceEdit;
  /** The glossary note the stub goes into (created when the workspace has none). */
  glossaryUri: string;
}

/**
 * "Add to glossary": a definition stub for `term` at the end of the glossary of the topic
 * the term is used in (a note's `topic:` or its top folder), else of any glossary, else of
 * a new `glossary.md`. Only an edit: the editor previews it and the user applies it.
 */
export function glossaryStub(index: NoteIndex, term: string, usedIn: string | undefined, isGlossary: (note: Note) => boolean): GlossaryStub | undefined {
  const clean = term.trim();
  if (clean === '' || /[*\n[\]]/.test(clean)) return undefined;
  const stubLine = `- **${clean}**：${l10n.t('(definition to write)')}`;
  const glossary = glossaryFor(index, usedIn ? index.get(usedIn) : undefined, isGlossary);
  if (!glossary) {
    const root = index.roots[0];
    if (!root) return undefined;
    const uri = joinUri(root, 'glossary.md');
    const text = `# ${l10n.t('Glossary')}\n\n${stubLine}\n`;
    return { glossaryUri: uri, edit: { createFiles: [uri], changes: { [uri]: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: text }] } } };
  }
  const lines = new LineIndex(glossary.text);
  const end = lines.positionAt(glossary.text.length);
  const separator = glossary.text === '' || glossary.text.endsWith('\n') ? '' : '\n';
  return { glossaryUri: glossary.uri, edit: { changes: { [glossary.uri]: [{ range: { start: end, end }, newText: `${separator}${stubLine}\n` }] } } };
}

function glossaryFor(index: NoteIndex, usedIn: Note | undefined, isGlossary: (note: Note) => boolean): Note | undefined {
  const glossaries = [...index.all()].filter(isGlossary).sort((a, b) => a.uri.localeCompare(b.uri));
  if (glossaries.length === 0) return undefined;
  const topic = usedIn ? topicOf(index, usedIn) : undefined;
  return glossaries.find((g) => topic !== undefined && topicOf(index, g) === topic) ?? glossaries[0];
}

/** A note's topic: its front matter `topic`, else its top folder; a glossary's file name names its topic. */
function topicOf(index: NoteIndex, note: Note): string | undefined {
  if (note.frontMatter?.topic) return note.frontMatter.topic.toLowerCase();
  const segments = relativeLabel(index, note.uri).split('/');
  if (segments[0]?.toLowerCase() === 'glossary' && segments.length > 1) return segments[segments.length - 1].replace(/\.(md|markdown)$/i, '').toLowerCase();
  return segments.length > 1 ? segments[0].toLowerCase() : undefined;
}
