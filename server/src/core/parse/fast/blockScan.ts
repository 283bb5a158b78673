// The block half of the fast scan: one pass over the lines that finds what remark's
// block parser would — front matter, fenced/indented code, HTML blocks, ATX and setext
// headings, link reference and footnote definitions, tables, list items and paragraphs —
// as offsets, with the container rules (block quotes, list indentation, lazy lines) that
// decide whether a `[x](y)` is prose or code. It does not build a tree; inline content is
// handed to inlineScan.ts as runs of source. When the source has a shape it does not model
// exactly it says so in `uncertain`, and the caller falls back to the full parse.
import { htmlBlockStart, type HtmlBlockEnd } from './htmlSyntax';
import { parseDefinitionLine } from './definitionLine';
import { MAX_NESTING } from '../parseGuard';

export interface InlineRun {
  start: number; end: number;
  kind: 'paragraph' | 'heading' | 'cell';
  headingIndex?: number;
  /** Headings found before this run. */
  headingsBefore: number;
  /** Where a task item's box (`[ ]`) starts: it is not inline content, but remark's paragraph may start there. */
  taskBox?: number;
}

export interface BlockHeading { level: number; start: number; end: number; contentStart: number; contentEnd: number; setext: boolean }

export interface BlockDefinition {
  rawLabel: string; target: string; start: number; end: number;
}

export interface BlockScan {
  uncertain?: string;
  frontMatter?: { start: number; end: number; valueStart: number; valueEnd: number; kind: 'yaml' | 'toml' };
  headings: BlockHeading[];
  runs: InlineRun[];
  codeBlocks: Array<[number, number]>;
  htmlBlocks: Array<[number, number]>;
  definitions: BlockDefinition[];
  footnoteDefinitions: Array<{ rawLabel: string; start: number; end: number }>;
  /** `textEnd` ends the box's line; `paragraphEnd` the paragraph it starts, which a link on the first line may run into. */
  tasks: Array<{ checked: boolean; start: number; end: number; textStart: number; textEnd: number; paragraphEnd: number }>;
}

interface Paragraph {
  start: number; end: number; quotes: number; lines: number; table: boolean; rowStarts: number[]; rowEnds: number[]; taskBox?: number;
  /** Where the definitions right above it start: remark's setext heading begins there. */
  definitionsStart?: number;
  /** Where the last line's content starts and where the line before it ends: a table header may split them off. */
  lastLineStart: number; beforeLastEnd: number;
}
interface Fence { char: string; length: number; column: number; quotes: number; start: number; blankTailAt?: number }
interface HtmlBlock { end: HtmlBlockEnd; quotes: number; start: number; lastEnd: number; column: number }
interface IndentedCode { start: number; lastEnd: number; column: number; quotes: number; blankAfter?: boolean; afterQuote: boolean }
/** `empty`: a list item with nothing after its marker yet; a blank line then ends it. */
interface Container { column: number; quotes: number; empty?: boolean }

const FENCE = /^(`{3,}|~{3,})(.*)$/;
const ATX = /^(#{1,6})(?:[ \t]+|$)/;
const THEMATIC_BREAK = /^([-*_])[ \t]*(?:\1[ \t]*){2,}$/;
const LIST_MARKER = /^([-+*]|(\d{1,9})[.)])([ \t]+|$)/;
const TASK_BOX = /^\[([ xX])\](?=[ \t]+\S)/;
const FOOTNOTE_DEFINITION = /^\[\^([^\]\s]+)\]:/;
const DELIMITER_ROW = /^\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** Lines end with LF or CRLF: fastScanNote hands a note with lone CRs over as a same-length copy with LF. */
export function scanBlocks(text: string): BlockScan {
  const out: BlockScan = { headings: [], runs: [], codeBlocks: [], htmlBlocks: [], definitions: [], footnoteDefinitions: [], tasks: [] };
  let para: Paragraph | undefined;
  let fence: Fence | undefined;
  let html: HtmlBlock | undefined;
  let indented: IndentedCode | undefined;
  let containers: Container[] = [];
  // A task's range is its whole list item: it grows while the item's container stays open.
  let openTasks: Array<{ task: BlockScan['tasks'][number]; container: Container }> = [];
  let previousLineEnd = 0;
  // The definitions on the lines just above, as [first start, line of the last].
  let definitionRun: { start: number; lastLine: number } | undefined;
  let lineNumber = 0;
  let afterIndentedCode = false;
  let blankAfterCode = false;
  // The quote level of the line before this one.
  let previousQuotes = 0;
  let lineQuotes = 0;
  let boxAlone = false;
  let boxAloneAt: number | undefined;

  const closeParagraph = () => {
    if (!para) return;
    if (para.taskBox !== undefined) out.tasks[out.tasks.length - 1].paragraphEnd = para.end;
    if (para.table) {
      for (let r = 0; r < para.rowStarts.length; r++) if (r !== 1) pushCells(text, para.rowStarts[r], para.rowEnds[r], out.runs, out.headings.length);
    } else out.runs.push({ start: para.start, end: para.end, kind: 'paragraph', headingsBefore: out.headings.length, taskBox: para.taskBox });
    para = undefined;
  };
  const closeIndented = () => { if (indented) { out.codeBlocks.push([indented.start, indented.lastEnd]); indented = undefined; } };

  let pos = skipFrontMatter(text, out);
  if (out.uncertain) return out;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    const lineEnd = eol > pos && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    processLine(pos, lineEnd);
    lineNumber++;
    if (out.uncertain) return out;
    if (openTasks.length > 0) extendOpenTasks(pos, lineEnd);
    previousLineEnd = lineEnd;
    if (eol === text.length) break;
    pos = eol + 1;
  }
  if (fence) out.codeBlocks.push([fence.start, fence.blankTailAt ?? text.length]);
  if (html) out.htmlBlocks.push([html.start, html.lastEnd]);
  closeIndented();
  closeParagraph();
  return out;

  /** Does the line, read from `from`, open a block quote or a list item? */
  function opensContainer(from: number, lineEnd: number): boolean {
    const line = text.slice(skipSpaces(text, from, lineEnd, 3), lineEnd);
    return line[0] === '>' || (LIST_MARKER.test(line) && !THEMATIC_BREAK.test(line));
  }

  function extendOpenTasks(lineStart: number, lineEnd: number): void {
    openTasks = openTasks.filter((t) => containers.includes(t.container));
    if (/^[ \t>]*$/.test(text.slice(lineStart, lineEnd))) return;
    const end = trimEnd(text, lineStart, lineEnd);
    for (const t of openTasks) t.task.end = end;
  }

  /**
   * Deeper nesting is left to the full parse, whose guard (same limit) sends it on to the
   * line scan: the container bookkeeping here is per level.
   */
  function nestsTooDeep(quotes: number): boolean {
    if (quotes <= MAX_NESTING && containers.length <= MAX_NESTING) return false;
    out.uncertain ??= `quotes or lists nest more than ${MAX_NESTING} deep`;
    return true;
  }

  function processLine(lineStart: number, lineEnd: number): void {
    let p = lineStart;
    let quotes = 0;
    // Where the content after each quote level starts: an open HTML block or fence only reads its own levels.
    const afterQuotes = [lineStart];
    for (;;) {
      const k = skipSpaces(text, p, lineEnd, 3);
      if (text[k] !== '>') break;
      quotes++;
      p = k + 1;
      if (text[p] === ' ' || text[p] === '\t') p++;
      afterQuotes.push(p);
    }
    if (nestsTooDeep(quotes)) return;
    previousQuotes = lineQuotes;
    lineQuotes = quotes;
    const c = skipSpaces(text, p, lineEnd, Infinity);
    const blank = c >= lineEnd;
    const column = columnOf(text, lineStart, c);
    // A container's indentation is read at its own quote level: in `> +` after `- a`, the `>` leaves the item.
    const columnAtLevel = (level: number) => level >= quotes ? column : columnOf(text, lineStart, skipSpaces(text, afterQuotes[level], lineEnd, Infinity));

    if (fence) {
      // As in an HTML block, a `>` deeper than the fence's quote level is code text.
      const ownContent = quotes > fence.quotes ? skipSpaces(text, afterQuotes[fence.quotes], lineEnd, Infinity) : c;
      const ended = quotes < fence.quotes || (ownContent < lineEnd && fence.column > 0 && columnOf(text, lineStart, ownContent) < fence.column);
      if (!ended) {
        const close = /^(`{3,}|~{3,})[ \t]*$/.exec(text.slice(c, lineEnd));
        // A `>` deeper than the fence's own quote level is code text, so that line cannot close it.
        if (close && quotes === fence.quotes && column - fence.column <= 3 && close[1][0] === fence.char && close[1].length >= fence.length) {
          out.codeBlocks.push([fence.start, lineEnd]);
          fence = undefined;
          return;
        }
        // A last line that its containers' prefix uses up is not code: an open fence ends before it.
        fence.blankTailAt = blank && quotes === fence.quotes && column <= fence.column ? lineStart : undefined;
        return;
      }
      // remark ends a fence its container left open at the next line's start when that line opens a container.
      const newQuote = containers.some((k) => k.quotes < quotes && columnAtLevel(k.quotes) < k.column);
      out.codeBlocks.push([fence.start, newQuote || opensContainer(afterQuotes[Math.min(quotes, fence.quotes)], lineEnd) ? lineStart : previousLineEnd]);
      fence = undefined;
    }
    if (html) {
      // A `>` deeper than the block's own quote level is HTML text, not a block quote.
      const own = quotes > html.quotes ? afterQuotes[html.quotes] : p;
      const ownContent = quotes > html.quotes ? skipSpaces(text, own, lineEnd, Infinity) : c;
      const ownBlank = ownContent >= lineEnd;
      // Like a fence, an HTML block in a list item ends at a line that leaves the item.
      if (quotes >= html.quotes && (ownBlank || columnOf(text, lineStart, ownContent) >= html.column)) {
        if (html.end === 'blank-line') {
          if (!ownBlank) { html.lastEnd = lineEnd; return; }
        } else {
          html.lastEnd = lineEnd;
          if (html.end.marker.test(text.slice(own, lineEnd))) { out.htmlBlocks.push([html.start, lineEnd]); html = undefined; }
          return;
        }
      }
      // Like a fence, HTML that waits for its end marker ends at the next line's start when that line opens a container.
      const cut = html.end !== 'blank-line' && opensContainer(afterQuotes[Math.min(quotes, html.quotes)], lineEnd);
      out.htmlBlocks.push([html.start, cut ? lineStart : html.lastEnd]);
      html = undefined;
    }
    if (blank) {
      closeParagraph();
      if (indented) {
        indented.blankAfter = true;
        // A blank line indented as far as the code is part of it.
        if (quotes >= indented.quotes && columnAtLevel(indented.quotes) - indented.column >= 4) {
          // Not so when the code began right below a block quote: remark leaves such lines out, which the scan does not model.
          if (indented.afterQuote) out.uncertain ??= 'indented code right below a block quote, with indented blank lines';
          indented.lastEnd = lineEnd;
        }
      }
      // A blank line keeps the list items at its own quote level; deeper ones end with their
      // quote, and outer ones end where a `>` opens the line left of them.
      let kept = 0;
      while (kept < containers.length && containers[kept].quotes <= quotes && (containers[kept].quotes === quotes || columnAtLevel(containers[kept].quotes) >= containers[kept].column)) kept++;
      containers = containers.slice(0, kept);
      // A list item may begin with at most one blank line, counting its empty first line.
      while (containers.length > 0 && containers[containers.length - 1].empty) containers.pop();
      return;
    }
    // remark lets the line right after indented code start only what could interrupt a paragraph.
    afterIndentedCode = false;
    blankAfterCode = false;
    if (indented) {
      // Read at the code's own quote level: `> >` after `    >` at the top is a quote, not code.
      if (quotes >= indented.quotes && columnAtLevel(indented.quotes) - indented.column >= 4) { indented.lastEnd = lineEnd; indented.blankAfter = false; return; }
      // Even across blank lines, remark lets the next line at the code's level open only what could interrupt a paragraph.
      afterIndentedCode = quotes === indented.quotes;
      blankAfterCode = indented.blankAfter === true;
      closeIndented();
    }

    // Containers this line is indented enough to stay in; a paragraph line that starts no
    // block may be a lazy continuation of the paragraph instead.
    let depth = containers.length;
    while (depth > 0 && (columnAtLevel(containers[depth - 1].quotes) < containers[depth - 1].column || quotes < containers[depth - 1].quotes)) depth--;
    // Inside a block quote, indentation counts from just after its `>` (and one space).
    const quoteBase = quotes > 0 ? columnOf(text, lineStart, p) : 0;
    const base = Math.max(depth > 0 ? containers[depth - 1].column : 0, quoteBase);
    // A line that leaves a list item may start its sibling whatever the number (`2. …`).
    const leavesItem = depth < containers.length;
    // A `>` beyond the paragraph's own quotes starts a block quote, which no paragraph continues into.
    if (para && quotes <= para.quotes && (leavesItem || quotes < para.quotes)) {
      const line = text.slice(c, lineEnd);
      // A lone tag on a line that could be lazy is, to remark, an HTML block inside the
      // paragraph's containers, which then goes on only on lines that stay in them.
      if (column - base < 4 && htmlBlockStart(line, true) === undefined && htmlBlockStart(line, false) !== undefined) {
        const quoteLevel = para.quotes;
        closeParagraph();
        html = { end: 'blank-line', quotes: quoteLevel, start: c, lastEnd: lineEnd, column: containers.length ? containers[containers.length - 1].column : 0 };
        return;
      }
      // A `>` left of the item it leaves opens a new block quote there.
      const newQuote = leavesItem && quotes > containers[depth].quotes;
      if (!newQuote && !startsBlock(c, lineEnd, column - base)) {
        extendParagraph(c, lineEnd);
        return;
      }
    }
    // A line whose containers all continue the open paragraph's interrupts it: remark then
    // holds every list item the line opens, nested ones too, to the rules for interrupting one.
    const interrupting = para !== undefined && !leavesItem && quotes >= para.quotes;
    containers = containers.slice(0, depth);
    for (const kept of containers) kept.empty = false;
    // A paragraph the line's containers left (and it did not continue lazily) is over.
    if (para && (quotes !== para.quotes || leavesItem)) closeParagraph();
    classify(c, lineStart, lineEnd, quotes, column, base, leavesItem, interrupting);
  }

  function classify(c: number, lineStart: number, lineEnd: number, quotes: number, column: number, base: number, leavesItem: boolean, interrupting: boolean): void {
    for (;;) {
      if (nestsTooDeep(quotes)) return;
      const rel = column - base;
      // remark reads definitions out of a paragraph: the line after one continues it.
      const afterDefinition = !para && definitionRun?.lastLine === lineNumber - 1;
      if (rel >= 4) {
        if (para) { extendParagraph(c, lineEnd); return; }
        if (afterDefinition) { openParagraph(c, lineEnd, quotes); return; }
        // remark's code block starts where its container's content does, indentation included.
        indented = { start: offsetAtColumn(text, lineStart, base, c), lastEnd: lineEnd, column: base, quotes, afterQuote: previousQuotes > quotes };
        return;
      }
      const line = text.slice(c, lineEnd);
      if (line[0] === '>') {
        closeParagraph();
        quotes++;
        let p = c + 1;
        if (text[p] === ' ' || text[p] === '\t') p++;
        const next = skipSpaces(text, p, lineEnd, Infinity);
        if (next >= lineEnd) return;
        column = columnOf(text, lineStart, next);
        base = columnOf(text, lineStart, p);
        c = next;
        continue;
      }
      const fenceMatch = opensFence(line) ? FENCE.exec(line) : null;
      if (fenceMatch) {
        closeParagraph();
        fence = { char: fenceMatch[1][0], length: fenceMatch[1].length, column: base, quotes, start: c };
        return;
      }
      const atx = ATX.exec(line);
      if (atx) {
        closeParagraph();
        addAtxHeading(c, lineEnd, atx[1].length);
        return;
      }
      // An underline outside the paragraph's list item cannot make it a heading.
      if (para && !para.table && para.quotes === quotes && !leavesItem && /^(=+|-+)[ \t]*$/.test(line)) {
        const level = line[0] === '=' ? 1 : 2;
        // `- [ ] text` over a `---` is a heading, not a task: the box becomes heading text.
        const start = para.taskBox ?? para.start;
        const headingStart = para.taskBox === undefined ? para.definitionsStart ?? start : start;
        if (para.taskBox !== undefined) { const popped = out.tasks.pop(); openTasks = openTasks.filter((t) => t.task !== popped); }
        out.headings.push({ level, start: headingStart, end: lineEnd, contentStart: start, contentEnd: para.end, setext: true });
        out.runs.push({ start, end: para.end, kind: 'heading', headingIndex: out.headings.length - 1, headingsBefore: out.headings.length - 1 });
        para = undefined;
        return;
      }
      if (THEMATIC_BREAK.test(line)) { closeParagraph(); return; }
      const marker = LIST_MARKER.exec(line);
      if (marker) {
        const rest = line.slice(marker[0].length);
        // A table is no paragraph: any list item ends it.
        const interrupts = leavesItem || para?.table === true || (rest.trim() !== '' && (marker[2] === undefined || marker[2] === '1'));
        // Across a blank line remark mostly keeps that rule, but not always (after a bare `>` line it does not).
        if (!para && !interrupting && !afterDefinition && afterIndentedCode && blankAfterCode && !interrupts) {
          out.uncertain ??= 'a list item that may not start after indented code and a blank line';
          return;
        }
        if ((!para && !interrupting && !afterIndentedCode && !afterDefinition) || interrupts) {
          closeParagraph();
          const markerEnd = c + marker[1].length;
          const spaces = columnOf(text, lineStart, c + marker[0].length) - columnOf(text, lineStart, markerEnd);
          const contentColumn = columnOf(text, lineStart, markerEnd) + (rest === '' || spaces > 4 ? 1 : spaces);
          containers.push({ column: contentColumn, quotes, empty: rest.trim() === '' });
          if (rest.trim() === '') return;
          // More than four spaces after the marker: the item's content is indented code.
          let content = c + marker[0].length;
          const task = spaces > 4 ? null : TASK_BOX.exec(text.slice(content, lineEnd));
          const taskBox = content;
          if (task) {
            out.tasks.push({ checked: task[1] !== ' ', start: c, end: lineEnd, textStart: content + 4, textEnd: lineEnd, paragraphEnd: lineEnd });
            openTasks.push({ task: out.tasks[out.tasks.length - 1], container: containers[containers.length - 1] });
            content = skipSpaces(text, content + 3, lineEnd, Infinity);
          }
          c = content;
          base = contentColumn;
          column = columnOf(text, lineStart, c);
          if (task) { openParagraph(c, lineEnd, quotes); para!.taskBox = taskBox; return; }
          // `- [ ]` with its text on the next line is a task to remark; the scan does not model it.
          if (spaces <= 4 && /^\[[ xX]\][ \t]*$/.test(text.slice(content, lineEnd))) boxAloneAt = content;
          continue;
        }
      }
      const htmlStart = htmlBlockStart(line, (!!para && !para.table) || afterDefinition);
      if (htmlStart) {
        closeParagraph();
        // Like indented code, remark's HTML block keeps the indentation inside its container.
        const htmlStartAt = offsetAtColumn(text, lineStart, base, c);
        html = { end: htmlStart, quotes, start: htmlStartAt, lastEnd: lineEnd, column: base };
        if (htmlStart !== 'blank-line' && htmlStart.marker.test(line.slice(1))) { out.htmlBlocks.push([htmlStartAt, lineEnd]); html = undefined; }
        return;
      }
      const footnote = FOOTNOTE_DEFINITION.exec(line);
      if (footnote) {
        closeParagraph();
        out.footnoteDefinitions.push({ rawLabel: footnote[1], start: c, end: lineEnd });
        containers.push({ column: base + 4, quotes });
        const content = skipSpaces(text, c + footnote[0].length, lineEnd, Infinity);
        if (content >= lineEnd) return;
        // The definition's content is blocks of its own: a list, a heading, a quote.
        c = content;
        column = columnOf(text, lineStart, c);
        base = column;
        continue;
      }
      if (!para && line[0] === '[') {
        const def = parseDefinitionLine(text, c, lineEnd);
        if (def === 'incomplete') { out.uncertain ??= 'a link reference definition spans lines'; return; }
        if (def) {
          out.definitions.push(def);
          definitionRun = definitionRun && definitionRun.lastLine === lineNumber - 1 ? { start: definitionRun.start, lastLine: lineNumber } : { start: def.start, lastLine: lineNumber };
          return;
        }
      }
      const headerStart = para && (para.lines === 1 ? para.start : para.lastLineStart);
      if (para && headerStart !== undefined && !para.table && para.quotes === quotes && DELIMITER_ROW.test(line) && line.includes('|')
        && cellCount(text, headerStart, para.end) === cellCount(text, c, lineEnd)) {
        if (para.lines > 1) {
          // The paragraph's last line is the table's header row: the paragraph ends above it.
          const headerEnd = para.end;
          para.end = para.beforeLastEnd;
          closeParagraph();
          openParagraph(headerStart, headerEnd, quotes);
        }
        para.table = true;
        para.rowStarts.push(c);
        para.rowEnds.push(lineEnd);
        para.lines++;
        return;
      }
      if (para) {
        if (para.table) { para.rowStarts.push(c); para.rowEnds.push(lineEnd); }
        extendParagraph(c, lineEnd);
      } else openParagraph(c, lineEnd, quotes);
      return;
    }
  }

  function openParagraph(start: number, end: number, quotes: number): void {
    boxAlone = start === boxAloneAt;
    para = { start, end, quotes, lines: 1, table: false, rowStarts: [start], rowEnds: [end], lastLineStart: start, beforeLastEnd: start,
      definitionsStart: definitionRun?.lastLine === lineNumber - 1 ? definitionRun.start : undefined };
  }

  function extendParagraph(contentStart: number, lineEnd: number): void {
    if (!para) return;
    if (boxAlone && para.lines === 1) out.uncertain ??= 'a task box alone on its line, its text below';
    para.beforeLastEnd = para.end;
    para.lastLineStart = contentStart;
    para.end = Math.max(para.end, lineEnd);
    para.lines++;
  }

  function addAtxHeading(c: number, lineEnd: number, level: number): void {
    let contentStart = skipSpaces(text, c + level, lineEnd, Infinity);
    let contentEnd = trimEnd(text, contentStart, lineEnd);
    // A closing sequence of `#`s, preceded by a space (or the whole content), is not text.
    let k = contentEnd;
    while (k > contentStart && text[k - 1] === '#') k--;
    if (k === contentStart) contentEnd = contentStart;
    else if (k < contentEnd && (text[k - 1] === ' ' || text[k - 1] === '\t')) contentEnd = trimEnd(text, contentStart, k);
    if (contentEnd < contentStart) contentStart = contentEnd;
    out.headings.push({ level, start: c, end: lineEnd, contentStart, contentEnd, setext: false });
    if (contentEnd > contentStart) out.runs.push({ start: contentStart, end: contentEnd, kind: 'heading', headingIndex: out.headings.length - 1, headingsBefore: out.headings.length - 1 });
  }

  /**
   * Would this line, which leaves a container, start a block (and so not be a lazy
   * continuation)? remark decides as for a line after a blank one: `2.`, an empty item
   * and a lone HTML tag all start blocks there.
   */
  function startsBlock(c: number, lineEnd: number, rel: number): boolean {
    if (rel >= 4) return false;
    const line = text.slice(c, lineEnd);
    if (line[0] === '>' || opensFence(line) || ATX.test(line) || THEMATIC_BREAK.test(line) || FOOTNOTE_DEFINITION.test(line)) return true;
    const marker = LIST_MARKER.exec(line);
    if (marker) return true;
    return htmlBlockStart(line, false) !== undefined;
  }
}

/** A backtick fence's info string holds no backtick (```` ```x` ```` is a code span). */
function opensFence(line: string): boolean {
  const m = FENCE.exec(line);
  return m !== null && !(m[1][0] === '`' && m[2].includes('`'));
}

/** Front matter is a `---` (YAML) or `+++` (TOML) fenced block at the very start. */
function skipFrontMatter(text: string, out: BlockScan): number {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const fence = open[1];
  let pos = open[0].length;
  while (pos <= text.length) {
    let eol = text.indexOf('\n', pos);
    if (eol === -1) eol = text.length;
    const lineEnd = eol > pos && text.charCodeAt(eol - 1) === 13 ? eol - 1 : eol;
    if (new RegExp(`^\\${fence[0]}{3}[ \\t]*$`).test(text.slice(pos, lineEnd))) {
      out.frontMatter = { start: 0, end: lineEnd, valueStart: open[0].length, valueEnd: Math.max(open[0].length, pos - 1 - (text[pos - 2] === '\r' ? 1 : 0)), kind: fence === '---' ? 'yaml' : 'toml' };
      return eol + 1;
    }
    if (eol === text.length) break;
    pos = eol + 1;
  }
  // remark then reads no block quote or list anywhere in the note, a shape the scan leaves to it.
  out.uncertain = 'a front matter fence left open';
  return 0;
}

function skipSpaces(text: string, from: number, to: number, max: number): number {
  let i = from;
  let n = 0;
  while (i < to && n < max && (text[i] === ' ' || (max === Infinity && text[i] === '\t'))) { i++; n++; }
  return i;
}

/** Visual column of `offset` on its line (tabs stop every 4 columns). */
function columnOf(text: string, lineStart: number, offset: number): number {
  let column = 0;
  for (let i = lineStart; i < offset; i++) column = text[i] === '\t' ? column + 4 - (column % 4) : column + 1;
  return column;
}

/** The first offset on the line at or past `column`, but not past `limit`. */
function offsetAtColumn(text: string, lineStart: number, column: number, limit: number): number {
  let i = lineStart;
  while (i < limit && columnOf(text, lineStart, i) < column) i++;
  return i;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && (text[e - 1] === ' ' || text[e - 1] === '\t')) e--;
  return e;
}

/** Cells of a table row: split at pipes that are not escaped; outer pipes are optional. */
function cellBounds(text: string, start: number, end: number): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  let cellStart = start;
  for (let i = start; i < end; i++) {
    if (text[i] === '\\') { i++; continue; }
    if (text[i] === '|') { cells.push([cellStart, i]); cellStart = i + 1; }
  }
  cells.push([cellStart, end]);
  if (cells.length > 1 && text.slice(cells[0][0], cells[0][1]).trim() === '') cells.shift();
  if (cells.length > 1 && text.slice(cells[cells.length - 1][0], cells[cells.length - 1][1]).trim() === '') cells.pop();
  return cells;
}

function cellCount(text: string, start: number, end: number): number {
  return cellBounds(text, start, end).length;
}

function pushCells(text: string, start: number, end: number, runs: InlineRun[], headingsBefore: number): void {
  for (const [s, e] of cellBounds(text, start, end)) {
    const cs = skipSpaces(text, s, e, Infinity);
    const ce = trimEnd(text, cs, e);
    if (ce > cs) runs.push({ start: cs, end: ce, kind: 'cell', headingsBefore });
  }
}
