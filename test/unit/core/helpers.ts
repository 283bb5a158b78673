import { createNoteService, createRemarkParser, InMemoryWorkspace } from '../../../server/src/core';
import { silentLogger } from '../../../server/src/core/workspace';
import { extractNote } from '../../../server/src/core/parse/extractNote';

const parser = createRemarkParser();

export function parseNote(text: string, uri = 'file:///ws/note.md') {
  return extractNote(uri, text, parser.parse(text), { isGlossaryPath: (u) => u.includes('/glossary/') });
}

export async function serviceFor(files: Record<string, string>) {
  const workspace = new InMemoryWorkspace('file:///ws', files);
  const service = createNoteService(workspace, parser, silentLogger);
  await service.indexWorkspace();
  return { workspace, service };
}

/** Splits `text` at the `|` cursor marker: the text without it, and the cursor's LSP position. */
export function withCursor(marked: string): { text: string; position: { line: number; character: number } } {
  const at = marked.indexOf('|');
  const before = marked.slice(0, at);
  const lines = before.split('\n');
  return { text: before + marked.slice(at + 1), position: { line: lines.length - 1, character: lines[lines.length - 1].length } };
}
