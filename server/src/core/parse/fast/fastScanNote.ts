// The fast scan: a linear read of a note that yields everything the index keeps — headings
// and their slugs, links of every kind, reference and footnote definitions, concept
// definitions, code ranges, tasks, TODOs and prose — the same as the full remark parse
// (test/unit/fastScan/ compares them on crafted, generated and corpus notes). It is the one
// pass a note gets; nothing completes it later. Returns undefined (or why it declined)
// when the note has a shape the scan does not model exactly; the caller then parses it fully.
import type { Note, Range } from '../../model/types';
import type { IMdParser } from '../parser';
import { LineIndex } from '../../text/lineIndex';
import { createSlugger } from '../../model/slug';
import { normalizeLabel } from '../../model/labels';
import { noteTitleFromUri } from '../../model/uris';
import { emptyNote } from '../../model/emptyNote';
import { readFrontMatter } from '../frontMatter';
import { findDefinitionParts, findInlineDestination, findReferenceLabel } from '../linkSyntax';
import { scanHtmlLinks, scanTodoMarkers, scanUnresolvedReferences, scanWikiLinks } from '../inlineScanners';
import type { ExtractOptions } from '../extractNote';
import { scanBlocks } from './blockScan';
import { scanInline, type InlineResult } from './inlineScan';
import { headingText, taskText } from './headingText';
import { strongEndAt } from './strongStart';
import { scanFrontMatterTags, scanInlineTags } from '../tagScan';
import { collectDefinitions, type ParagraphFacts } from '../conceptDefinitions';
import { FastScanDeclined } from './snippetParse';

/** The scanned note, or why the scan declined it (a shape it does not model exactly). */
export type FastScanResult = { note: Note; declined?: undefined } | { note?: undefined; declined: string };

export function fastScanNote(uri: string, text: string, parser: IMdParser, options: ExtractOptions = {}): Note | undefined {
  return fastScan(uri, text, parser, options).note;
}

export function fastScan(uri: string, text: string, parser: IMdParser, options: ExtractOptions = {}): FastScanResult {
  // A lone CR ends a line as LF does and has the same length, so a copy with LF has the
  // same offsets and lines (LineIndex counts both); the note keeps the real text.
  const loneCr = text.includes('\r') && /\r(?!\n)/.test(text);
  try {
    const note = scanNote(uri, loneCr ? text.replace(/\r(?!\n)/g, '\n') : text, text, parser, options);
    if (loneCr) note.text = text;
    return { note };
  } catch (error) {
    if (error instanceof FastScanDeclined) return { declined: error.message };
    throw error;
  }
}

/** `text` is what is scanned; `original` (the same but for lone CRs) is where text that may span lines is taken from. */
function scanNote(uri: string, text: string, original: string, parser: IMdParser, options: ExtractOptions): Note {
  const blocks = scanBlocks(text);
  if (blocks.uncertain) throw new FastScanDeclined(blocks.uncertain);
  const lines = new LineIndex(text);
  const range = (s: number, e: number): Range => lines.rangeAt(s, e);
  const note = emptyNote(uri, text);
  note.parseMode = 'fast';

  if (blocks.frontMatter) {
    const fm = blocks.frontMatter;
    note.codeRanges.push(range(fm.start, fm.end));
    if (fm.kind === 'yaml') {
      note.frontMatter = readFrontMatter(original.slice(fm.valueStart, fm.valueEnd), range(fm.start, fm.end));
      for (const t of scanFrontMatterTags(text, fm.start, fm.end, note.frontMatter.tags)) note.tags.push({ name: t.name, range: range(t.start, t.end), inFrontMatter: true });
    }
  }
  for (const [s, e] of blocks.codeBlocks) note.codeRanges.push(range(s, e));
  for (const [s, e] of blocks.htmlBlocks) addHtml(s, e);
  const definitions = new Set(blocks.definitions.map((d) => normalizeLabel(d.rawLabel)));
  const footnotes = new Set(blocks.footnoteDefinitions.map((f) => normalizeLabel(f.rawLabel)));
  for (const d of blocks.definitions) {
    const parts = findDefinitionParts(text, d.start, d.end);
    note.referenceDefinitions.push({ label: normalizeLabel(d.rawLabel), rawLabel: d.rawLabel, target: d.target, range: range(d.start, d.end),
      labelRange: parts ? range(parts.label[0], parts.label[1]) : range(d.start, d.end), targetRange: parts ? range(parts.dest[0], parts.dest[1]) : range(d.start, d.end) });
  }
  for (const f of blocks.footnoteDefinitions) note.footnotes.push({ label: normalizeLabel(f.rawLabel), range: range(f.start, f.end), isDefinition: true });

  const referenceSources = [...blocks.definitions, ...blocks.footnoteDefinitions];
  // Only the definitions a piece could use: all of them for every heading would be quadratic.
  const foldedLabels = referenceSources.map((d) => normalizeLabel(d.rawLabel));
  const definitionSources = (piece: string) => {
    const folded = normalizeLabel(piece);
    return referenceSources.filter((_d, i) => folded.includes(foldedLabels[i])).map((d) => text.slice(d.start, d.end)).join('\n');
  };
  const headingTexts = blocks.headings.map((h) => headingText(original, { start: h.contentStart, end: h.contentEnd, setext: h.setext }, referenceSources.length > 0, definitionSources, parser));
  // A task's text is its first line as rendered (`*x*` reads x), like a one-line heading.
  for (const t of blocks.tasks) {
    const task = taskText(text, t.textStart, t.textEnd, t.paragraphEnd, referenceSources.length > 0, definitionSources, parser);
    note.tasks.push({ checked: t.checked, text: task, range: range(t.start, t.end) });
  }
  const slugger = createSlugger();
  blocks.headings.forEach((h, i) => {
    const empty = h.contentEnd <= h.contentStart;
    note.headings.push({ text: headingTexts[i], level: h.level, slug: slugger.slug(headingTexts[i]), range: range(h.start, h.end),
      contentRange: empty ? range(h.start, h.end) : range(h.contentStart, h.contentEnd) });
  });

  const paragraphs: ParagraphFacts[] = [];
  for (const run of blocks.runs) {
    const result: InlineResult = { links: [], codeSpans: [], html: [], footnoteCalls: [], text: [] };
    scanInline(text, run.start, run.end, { definitions, footnotes }, result);
    if (result.uncertain) throw new FastScanDeclined(result.uncertain);
    if (run.kind === 'paragraph') {
      const start = run.taskBox === undefined ? run.start : taskParagraphStart(run.taskBox, run.start, result);
      paragraphs.push({ start, end: run.end, strongEnd: strongEndAt(text, start, run.end, parser, definitionSources), headingsBefore: run.headingsBefore });
    }
    for (const [s, e] of result.codeSpans) note.codeRanges.push(range(s, e));
    for (const [s, e] of result.html) addHtml(s, e);
    for (const f of result.footnoteCalls) note.footnotes.push({ label: normalizeLabel(f.rawLabel), range: range(f.start, f.end), isDefinition: false });
    for (const l of result.links) {
      if (l.kind === 'reference') {
        const [ls, le] = findReferenceLabel(text, l.start, l.end, l.referenceType!);
        note.links.push({ kind: 'reference', range: range(l.start, l.end), text: original.slice(l.textStart, l.textEnd), label: normalizeLabel(l.rawLabel!),
          labelRange: range(ls, le), referenceType: l.referenceType, isImage: l.isImage });
      } else {
        const dest = l.kind === 'autolink' ? [l.textStart, l.textEnd] as [number, number] : findInlineDestination(text, l.start, l.end);
        note.links.push({ kind: l.kind, range: range(l.start, l.end), text: original.slice(l.textStart, l.textEnd), target: l.target,
          targetRange: dest ? range(dest[0], dest[1]) : undefined, isImage: l.isImage });
      }
    }
    const inHeading = run.headingIndex !== undefined;
    for (const piece of result.text) {
      if (!piece.autolink) note.proseSpans.push([piece.start, piece.end]);
      for (const t of scanTodoMarkers(text, piece.start, piece.end, options.todoMarkers)) {
        note.todos.push({ marker: t.marker, text: t.text, range: range(t.start, t.end), inHeading });
      }
      const wikiLinks = scanWikiLinks(text, piece.start, piece.end);
      for (const w of wikiLinks) {
        note.links.push({ kind: 'wiki', range: range(w.start, w.end), text: w.alias ?? w.target, target: w.target, targetRange: range(w.targetStart, w.targetEnd) });
      }
      if (!piece.autolink && !inHeading) for (const t of scanInlineTags(text, piece.start, piece.end, wikiLinks)) note.tags.push({ name: t.name, range: range(t.start, t.end), inFrontMatter: false });
      for (const r of scanUnresolvedReferences(text, piece.start, piece.end)) {
        note.links.push({ kind: 'reference', range: range(r.start, r.end), text: r.text, label: normalizeLabel(r.label),
          labelRange: range(r.labelStart, r.labelEnd), referenceType: r.type });
      }
    }
  }
  const h1 = note.headings.find((h) => h.level === 1);
  note.title = note.frontMatter?.title ?? h1?.text ?? noteTitleFromUri(uri);
  const glossary = note.frontMatter?.type === 'glossary' || (options.isGlossaryPath?.(uri) ?? false);
  note.definitions = collectDefinitions({ uri, text, lines, headings: note.headings, paragraphs, frontMatter: note.frontMatter, title: note.title, glossary, optionFields: options.optionListsAreFields?.(uri) ?? false });
  return note;

  /**
   * remark's task paragraph starts one past its first text node's start, which is right after
   * the box (the space and what follows), or at the box when that text is one space alone,
   * dropped before a link, code or emphasis.
   */
  function taskParagraphStart(box: number, contentStart: number, result: InlineResult): number {
    const first = result.text[0];
    const headEnd = first && first.start === contentStart && !first.autolink ? first.end : contentStart;
    return headEnd - (box + 3) <= 1 ? box : box + 4;
  }

  function addHtml(s: number, e: number) {
    note.codeRanges.push(range(s, e));
    for (const m of scanHtmlLinks(text, s, e)) {
      note.links.push({ kind: 'html', range: range(m.start, m.end), text: '', target: m.target, targetRange: range(m.targetStart, m.targetStart + m.target.length), isImage: m.isImage });
    }
  }
}
