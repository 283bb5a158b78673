import type { Note } from '../model/types';
import { LineIndex } from '../text/lineIndex';
import { createSlugger } from '../model/slug';
import { noteTitleFromUri } from '../model/uris';
import { scanTodoMarkers, scanWikiLinks } from './inlineScanners';
import { emptyNote } from '../model/emptyNote';
import type { ExtractOptions } from './extractNote';

// Link text without brackets: with `[` allowed, a line of 2.5 million `[` cost 500 steps each.
const INLINE_LINK = /(!?)\[([^[\]\n]{0,500})\]\(([^()\s]{0,2000})\)/g;
const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TASK = /^\s*[-*+]\s+\[([ xX])\]\s+(.*)$/;

/**
 * Linear line scan for notes too large for the full parse: ATX headings, fenced code,
 * inline and wiki links, tasks and TODOs. It is a subset of the full parse by design,
 * never more expensive than one pass over the text.
 */
export function cheapScanNote(uri: string, text: string, options: ExtractOptions = {}): Note {
  const note = emptyNote(uri, text);
  const lines = new LineIndex(text);
  const slugger = createSlugger();
  let fence: string | undefined;
  let fenceStart = 0;
  for (let line = 0; line < lines.lineCount; line++) {
    const start = lines.lineStart(line);
    const end = lines.lineEnd(line);
    const content = text.slice(start, end);
    const f = FENCE.exec(content);
    if (fence) {
      if (f && f[1][0] === fence[0] && f[1].length >= fence.length) { note.codeRanges.push(lines.rangeAt(fenceStart, end)); fence = undefined; }
      continue;
    }
    if (f) { fence = f[1]; fenceStart = start; continue; }
    const h = ATX_HEADING.exec(content);
    if (h) {
      const headingText = h[2].trim();
      const contentStart = start + content.indexOf(headingText, h[1].length);
      note.headings.push({ text: headingText, level: h[1].length, slug: slugger.slug(headingText), range: lines.rangeAt(start, end), contentRange: lines.rangeAt(contentStart, contentStart + headingText.length) });
    }
    const t = TASK.exec(content);
    if (t) note.tasks.push({ checked: t[1] !== ' ', text: t[2], range: lines.rangeAt(start, end) });
    for (const m of content.matchAll(INLINE_LINK)) {
      const s = start + m.index!;
      const targetStart = s + m[0].length - 1 - m[3].length;
      note.links.push({ kind: m[1] ? 'image' : 'inline', range: lines.rangeAt(s, s + m[0].length), text: m[2], target: m[3], targetRange: lines.rangeAt(targetStart, targetStart + m[3].length), isImage: !!m[1] });
    }
    for (const w of scanWikiLinks(text, start, end)) {
      note.links.push({ kind: 'wiki', range: lines.rangeAt(w.start, w.end), text: w.alias ?? w.target, target: w.target, targetRange: lines.rangeAt(w.targetStart, w.targetEnd) });
    }
    for (const todo of scanTodoMarkers(text, start, end, options.todoMarkers)) {
      note.todos.push({ marker: todo.marker, text: todo.text, range: lines.rangeAt(todo.start, todo.end), inHeading: !!h });
    }
    note.proseSpans.push([start, end]);
  }
  if (fence) note.codeRanges.push(lines.rangeAt(fenceStart, text.length));
  note.title = note.headings.find((x) => x.level === 1)?.text ?? noteTitleFromUri(uri);
  return note;
}
