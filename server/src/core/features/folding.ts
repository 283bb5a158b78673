import type { Note } from '../model/types';

export interface NoteFoldingRange { startLine: number; endLine: number; kind?: 'comment' | 'region' }

const FENCE_OPEN = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^( *)(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;
const TABLE_ROW = /^ {0,3}\|/;
const TABLE_DELIMITER = /^ {0,3}\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)*\|?\s*$/;

/**
 * Folding ranges as VS Code's own Markdown support offers them: heading sections by level,
 * front matter, code fences, HTML comments, list items and tables. One pass over the lines.
 */
export function foldingRanges(note: Note): NoteFoldingRange[] {
  const lines = note.text.split(/\r\n|\n|\r/);
  const ranges: NoteFoldingRange[] = [];
  const add = (startLine: number, endLine: number, kind?: NoteFoldingRange['kind']) => {
    if (endLine > startLine) ranges.push(kind ? { startLine, endLine, kind } : { startLine, endLine });
  };
  const fm = note.frontMatter?.range;
  if (fm) add(fm.start.line, fm.end.line, 'region');
  addHeadingSections(note, lines, add);
  addBlocks(lines, fm ? fm.end.line + 1 : 0, add);
  return ranges.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

type Add = (startLine: number, endLine: number, kind?: NoteFoldingRange['kind']) => void;

/** A section runs to the line before the next heading of the same or a higher level. */
function addHeadingSections(note: Note, lines: string[], add: Add): void {
  const open: Array<{ level: number; line: number }> = [];
  const close = (beforeLine: number) => add(open.pop()!.line, lastContentLine(lines, beforeLine - 1));
  for (const heading of note.headings) {
    while (open.length && open[open.length - 1].level >= heading.level) close(heading.range.start.line);
    open.push({ level: heading.level, line: heading.range.start.line });
  }
  while (open.length) close(lines.length);
}

function lastContentLine(lines: string[], line: number): number {
  while (line > 0 && lines[line].trim() === '') line--;
  return line;
}

/** Fences, comments, list items and tables; nothing inside a fence or comment is read. */
function addBlocks(lines: string[], from: number, add: Add): void {
  const items: Array<{ indent: number; line: number }> = [];
  const closeItems = (indent: number, endLine: number) => {
    if (!items.length || items[items.length - 1].indent < indent) return;
    const end = lastContentLine(lines, endLine);
    while (items.length && items[items.length - 1].indent >= indent) add(items.pop()!.line, end);
  };
  let i = from;
  while (i < lines.length) {
    const line = lines[i];
    const indent = line.length - line.trimStart().length;
    const item = LIST_ITEM.exec(line);
    // A block that starts at the margin (not a lazy paragraph line) ends the open list items.
    if (item) closeItems(item[1].length, i - 1);
    else if (line.trim() !== '' && indent < 2 && !isLazyContinuation(lines, i)) closeItems(0, i - 1);
    const fence = FENCE_OPEN.exec(line);
    if (fence) {
      const end = fenceEnd(lines, i, fence[1]);
      add(i, end);
      i = end + 1;
      continue;
    }
    if (/^ {0,3}<!--/.test(line) && !line.includes('-->', line.indexOf('<!--') + 4)) {
      const end = commentEnd(lines, i);
      add(i, end, 'comment');
      i = end + 1;
      continue;
    }
    if (TABLE_ROW.test(line) && i + 1 < lines.length && TABLE_DELIMITER.test(lines[i + 1])) {
      let end = i + 1;
      while (end + 1 < lines.length && lines[end + 1].includes('|') && lines[end + 1].trim() !== '') end++;
      add(i, end);
      i = end + 1;
      continue;
    }
    if (item) items.push({ indent: item[1].length, line: i });
    i++;
  }
  closeItems(0, lines.length - 1);
}

/** A paragraph line straight after a list line continues that item. */
function isLazyContinuation(lines: string[], i: number): boolean {
  return i > 0 && lines[i - 1].trim() !== '' && !/^ {0,3}(#|>|```|~~~)/.test(lines[i]);
}

function fenceEnd(lines: string[], start: number, marker: string): number {
  const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
  for (let i = start + 1; i < lines.length; i++) if (closing.test(lines[i])) return i;
  return lastContentLine(lines, lines.length - 1);
}

function commentEnd(lines: string[], start: number): number {
  for (let i = start + 1; i < lines.length; i++) if (lines[i].includes('-->')) return i;
  return lastContentLine(lines, lines.length - 1);
}
