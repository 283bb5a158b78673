// Small helpers on a note's text shared by the fixes.
import type { Note, Range } from '../model/types';
import { LineIndex } from '../text/lineIndex';

export function textAt(note: Note, range: Range): string {
  const lines = new LineIndex(note.text);
  return note.text.slice(lines.offsetAt(range.start), lines.offsetAt(range.end));
}

/** The whole lines a range touches, including the final line break (for deletion). */
export function wholeLines(note: Note, range: Range): Range {
  const lines = new LineIndex(note.text);
  const last = range.end.line;
  if (last + 1 < lines.lineCount) return { start: { line: range.start.line, character: 0 }, end: { line: last + 1, character: 0 } };
  // The last line has no break after it: take the break before it instead.
  if (range.start.line > 0) {
    const prev = range.start.line - 1;
    return { start: { line: prev, character: lines.lineText(prev).length }, end: { line: last, character: lines.lineText(last).length } };
  }
  return { start: { line: 0, character: 0 }, end: { line: last, character: lines.lineText(last).length } };
}

export function lineText(note: Note, line: number): string {
  return new LineIndex(note.text).lineText(line);
}

export function lineRange(note: Note, line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: lineText(note, line).length } };
}

export function endOfText(note: Note): Range['start'] {
  return new LineIndex(note.text).positionAt(note.text.length);
}

export function fullRange(note: Note): Range {
  return { start: { line: 0, character: 0 }, end: endOfText(note) };
}

export function sameRange(a: Range, b: Range): boolean {
  return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}

/** Writes a path so it stays one link destination: spaces and parentheses escaped. */
export function encodeLinkPath(path: string): string {
  return path.replace(/[ ()<>]/g, (c) => encodeURIComponent(c));
}
