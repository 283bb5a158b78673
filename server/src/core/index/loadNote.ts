import * as l10n from '@vscode/l10n';
import type { Note } from '../model/types';
import type { IMdParser } from '../parse/parser';
import { decodeNoteBytes } from '../text/decode';
import { extractNote, type ExtractOptions } from '../parse/extractNote';
import { cheapScanNote } from '../parse/cheapScan';
import { fullParseRisk } from '../parse/parseGuard';
import { LineIndex } from '../text/lineIndex';
import { emptyNote } from '../model/emptyNote';
import { fastScanNote } from '../parse/fast/fastScanNote';
import { fromCached, type CachedNote } from './noteCache';

export interface LoadOptions extends ExtractOptions {
  /** Notes larger than this (in UTF-16 units of text) skip the full parse. */
  maxFullParseSize: number;
}

/**
 * `full`: the remark parse. `fast`: the linear fast scan, which finds the same facts
 * (concepts included) in one pass; tests use `full` as its reference. Notes the fast scan
 * declines are parsed fully.
 */
export type ParseDepth = 'full' | 'fast';

/** Bytes → Note. Never throws: a file that cannot be parsed becomes an empty note with a problem. */
export function noteFromBytes(uri: string, bytes: Uint8Array, parser: IMdParser, options: LoadOptions, depth: ParseDepth = 'full', cached?: CachedNote): Note {
  const decoded = decodeNoteBytes(bytes);
  if (decoded.looksBinary) {
    return { ...emptyNote(uri, ''), problem: l10n.t('This file looks binary (it has many NUL bytes); it is not indexed.') };
  }
  const note = cached ? fromCached(cached, decoded.text) : noteFromText(uri, decoded.text, parser, options, depth);
  if (decoded.invalid.length > 0) {
    const lines = new LineIndex(decoded.text);
    note.invalidUtf8 = decoded.invalid.map((i) => ({ range: lines.rangeAt(i.offset, i.offset + 1), byteOffset: i.byteOffset, byteLength: i.byteLength }));
  }
  if (decoded.encoding !== 'utf-8') note.problem = l10n.t('This note is saved as {encoding}; it was read, but UTF-8 is expected.', { encoding: decoded.encoding.toUpperCase() });
  return note;
}

export function noteFromText(uri: string, text: string, parser: IMdParser, options: LoadOptions, depth: ParseDepth = 'full'): Note {
  if (text.length > options.maxFullParseSize) {
    const note = cheapScanNote(uri, text, options);
    note.problem = l10n.t('This note is {size} MB, over the full-parse limit; headings, links and TODOs are found with a quick line scan.', { size: Math.round(text.length / 1e5) / 10 });
    return note;
  }
  try {
    // The fast scan is linear; a note it declines goes to remark, behind the guard that
    // sends remark's superlinear shapes to the line scan instead.
    const fast = depth === 'fast' ? fastScanNote(uri, text, parser, options) : undefined;
    if (fast) return withFrontMatterProblem(fast);
    const risk = fullParseRisk(text);
    if (risk) {
      const note = cheapScanNote(uri, text, options);
      note.problem = l10n.t('This note is read with a quick line scan because {reason}; headings, links and TODOs are still found.', { reason: risk });
      return note;
    }
    return withFrontMatterProblem(extractNote(uri, text, parser.parse(text), options));
  } catch (error) {
    const note = cheapScanNote(uri, text, options);
    note.problem = l10n.t('The Markdown parser failed on this note ({error}); a quick line scan was used instead.', { error: error instanceof Error ? error.message : String(error) });
    return note;
  }
}

function withFrontMatterProblem(note: Note): Note {
  if (note.frontMatter?.error) note.problem = note.frontMatter.error;
  return note;
}
