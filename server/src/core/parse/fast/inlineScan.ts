// The inline half of the fast scan: code spans, autolinks, raw HTML, footnote calls and
// links/images (inline, full/collapsed/shortcut references) with CommonMark's bracket
// rules — code spans, autolinks and HTML bind tighter than links, a link cannot contain
// a link, references resolve only against defined labels. Emphasis is not modelled:
// it never changes where a link is. What is left over is text, like remark's text nodes.
import { EMAIL_AUTOLINK, INLINE_HTML, URI_AUTOLINK, matchAt } from './htmlSyntax';
import { decodeDestination } from './destination';
import { normalizeLabel } from '../../model/labels';
import { findLiteralAutolinks, type LiteralAutolink } from './literalAutolinks';
import { delimiterRun, resolveEmphasis, type DelimiterChar, type DelimiterRun, type EmphasisResult } from './emphasis';

export interface ScannedLink {
  kind: 'inline' | 'image' | 'reference' | 'autolink';
  start: number; end: number;
  textStart: number; textEnd: number;
  target?: string;
  rawLabel?: string;
  referenceType?: 'full' | 'collapsed' | 'shortcut';
  isImage: boolean;
}

export interface InlineResult {
  links: ScannedLink[];
  codeSpans: Array<[number, number]>;
  html: Array<[number, number]>;
  footnoteCalls: Array<{ rawLabel: string; start: number; end: number }>;
  /** Text left after the constructs above, like remark's text nodes; `autolink` marks an autolink's own text. */
  text: Array<{ start: number; end: number; autolink: boolean }>;
  /** Set when the run holds something this scanner does not decode exactly. */
  uncertain?: string;
}

export interface InlineContext { definitions: Set<string>; footnotes: Set<string> }

interface Opener { pos: number; image: boolean }

/** Backslash, backtick, `<`, `!`, `[`, `]`, `*`, `_` and `~`: where inline syntax can start. */
function isSpecial(code: number): boolean {
  return code === 10 || code === 92 || code === 96 || code === 60 || code === 33 || code === 91 || code === 93 || code === 42 || code === 95 || code === 126;
}
const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

export function scanInline(text: string, start: number, end: number, ctx: InlineContext, out: InlineResult): void {
  const openers: Opener[] = [];
  const syntax: Array<[number, number]> = [];
  const autolinkText: Array<[number, number]> = [];
  const unmatchedRuns = new Set<number>();
  // After a backtick run no code span closes, remark's text takes in the line prefixes that follow.
  let firstUnmatchedTick = Infinity;
  // Emphasis markers not yet claimed by a link text; each link text's markers are resolved on their own.
  const pendingRuns: DelimiterRun[] = [];
  const runGroups: DelimiterRun[][] = [];
  // Every `[` with the `]` that closed it (or the end): a bare URL cannot start inside one.
  const bracketSpans: Array<[number, number]> = [];
  // Link openers below this stack height are inactive: a link closed above them (a link
  // cannot contain a link). One number instead of a flag on each keeps many links linear.
  let inactiveBelow = 0;
  let i = start;
  while (i < end) {
    // A bounded loop, not a regex: a regex would search past `end` to the note's end on
    // every run, quadratic over a table row of 250,000 cells.
    while (i < end && !isSpecial(text.charCodeAt(i))) i++;
    if (i >= end) break;
    const c = text[i];
    if (c === '\n') {
      // Two spaces before a line ending make a hard break: remark's text ends before them and
      // starts again after the next line's prefix.
      let k = text[i - 1] === '\r' ? i - 1 : i;
      const lineEnding = k;
      while (k > start && text[k - 1] === ' ') k--;
      if (lineEnding - k >= 2) syntax.push([k, afterLinePrefix(i + 1)]);
      i++;
      continue;
    }
    if (c === '\\') {
      // A backslash before a line ending is a hard break, not text.
      if (i + 1 < end && (text[i + 1] === '\n' || text[i + 1] === '\r')) syntax.push([i, i + 1], [i + 1, afterLinePrefix(text.indexOf('\n', i + 1) + 1)]);
      i += i + 1 < end && ASCII_PUNCTUATION.test(text[i + 1]) ? 2 : 1;
      continue;
    }
    if (c === '*' || c === '_' || c === '~') { i = delimiters(i, c); continue; }
    if (c === '`') { i = codeSpan(i); continue; }
    if (c === '<') { i = angle(i); continue; }
    if (c === '!') {
      if (text[i + 1] === '[') { openers.push({ pos: i, image: true }); i += 2; } else i++;
      continue;
    }
    if (c === '[') {
      if (text[i + 1] === '^') {
        const call = footnoteCall(i);
        if (call) { i = call; continue; }
      }
      openers.push({ pos: i, image: false });
      i++;
      continue;
    }
    i = closeBracket(i);
  }
  // Bare URLs become links only in text outside other links.
  const linkTexts = out.links.filter((l) => l.kind !== 'autolink' && !l.isImage).map((l) => [l.textStart, l.textEnd] as const).sort((a, b) => a[0] - b[0]);
  let nextLinkText = 0;
  const literals: LiteralAutolink[] = [];
  for (const o of openers) bracketSpans.push([o.pos, end]);
  // Sorted by start and swept with the literals (also in source order), keeping the furthest end so far.
  bracketSpans.sort((a, b) => a[0] - b[0]);
  let nextSpan = 0;
  let spanReach = -1;
  for (const piece of complement(start, end, syntax, autolinkText)) {
    // Pieces and link texts are both in source order (link texts never nest): one sweep.
    while (nextLinkText < linkTexts.length && linkTexts[nextLinkText][1] <= piece.start) nextLinkText++;
    const inLinkText = nextLinkText < linkTexts.length && piece.start >= linkTexts[nextLinkText][0] && piece.end <= linkTexts[nextLinkText][1];
    if (piece.autolink || inLinkText) continue;
    // remark's tree transform links a bare `www.` with no domain (as `http://www`); the scan does not model it.
    if (/(?:^|[\s\p{P}\p{S}])www\.(?![\p{L}\p{N}_-])/iu.test(text.slice(Math.max(start, piece.start - 1), piece.end))) out.uncertain ??= 'a bare "www." without a domain';
    for (const literal of findLiteralAutolinks(text, piece.start, piece.end)) {
      // remark reads a bare URL before any bracket or code after its start, and none after an unclosed `[`.
      if (piece.end < end && findLiteralAutolinks(text, literal.start, end, 1)[0]?.end !== literal.end) out.uncertain ??= 'a bare URL runs into link or code syntax';
      while (nextSpan < bracketSpans.length && bracketSpans[nextSpan][0] < literal.start) spanReach = Math.max(spanReach, bracketSpans[nextSpan++][1]);
      if (spanReach > literal.start) out.uncertain ??= 'a bare URL inside an open bracket';
      // Where remark's positions for such nodes are restored by finding their text in the source, they fail when the text was unescaped or spans lines.
      if (transformOnly(literal) && /[\\&\n\r]/.test(text.slice(piece.start, piece.end))) out.uncertain ??= 'a bare URL that only remark\'s tree transform links, in text it cannot place';
      literals.push(literal);
      out.links.push({ kind: 'autolink', start: literal.start, end: literal.end, textStart: literal.start, textEnd: literal.end, target: literal.url, isImage: false });
    }
  }
  // A bare URL is found before emphasis is resolved: markers inside it are part of the address.
  runGroups.push(literals.length ? outsideLiterals(pendingRuns, literals) : pendingRuns);
  const emphasis: EmphasisResult = { used: [] };
  for (const group of runGroups) if (group.length > 1) resolveEmphasis(group, emphasis);
  if (emphasis.crossing) out.uncertain ??= 'strikethrough and emphasis overlap without nesting';
  if (emphasis.tooMany) out.uncertain ??= 'thousands of unmatched emphasis markers';
  let nextLiteral = 0;
  for (const piece of complement(start, end, emphasis.used.length ? [...syntax, ...emphasis.used] : syntax, autolinkText)) {
    let at = piece.start;
    while (nextLiteral < literals.length && literals[nextLiteral].end <= piece.start) nextLiteral++;
    for (; nextLiteral < literals.length && literals[nextLiteral].start < piece.end; nextLiteral++) {
      const literal = literals[nextLiteral];
      if (literal.start > at) out.text.push({ start: at, end: firstUnmatchedTick < literal.start ? literal.start : beforePrefix(text, at, literal.start), autolink: false });
      out.text.push({ start: literal.start, end: literal.end, autolink: true });
      at = literal.end;
    }
    if (at < piece.end) out.text.push({ start: at, end: piece.end < end && firstUnmatchedTick > piece.end ? beforePrefix(text, at, piece.end) : piece.end, autolink: piece.autolink });
  }

  /**
   * micromark links `www.` only after whitespace, `(`, `*`, `_`, `[`, `]`, `~` or nothing, and an
   * address not after `/`; remark's tree transform finds the others, as nodes without positions.
   */
  function transformOnly(literal: LiteralAutolink): boolean {
    const before = previousChar(text, start, literal.start);
    if (before === undefined) return false;
    if (literal.url.startsWith('mailto:')) return before === '/';
    return /^www\./i.test(text.slice(literal.start, literal.start + 4)) && !/^[\s(*_[\]~]$/.test(before);
  }

  /** Past the container prefix (`>`, spaces, tabs) at the start of the line that starts at `from`. */
  function afterLinePrefix(from: number): number {
    let k = from;
    while (k < end && (text[k] === '>' || text[k] === ' ' || text[k] === '\t')) k++;
    return Math.min(k, end);
  }

  function delimiters(at: number, char: DelimiterChar): number {
    const stop = at + runLength(at, char);
    const run = delimiterRun(char, at, stop, previousChar(text, start, at), stop < end ? charAt(text, stop) : undefined);
    if (run) pendingRuns.push(run);
    return stop;
  }

  function codeSpan(at: number): number {
    const n = runLength(at, '`');
    // A run length with no closer after some point has none after any later point either:
    // remembering that keeps a line of unmatched backticks linear.
    if (unmatchedRuns.has(n)) { firstUnmatchedTick = Math.min(firstUnmatchedTick, at); return at + n; }
    let j = at + n;
    for (;;) {
      const k = text.indexOf('`', j);
      if (k === -1 || k >= end) { unmatchedRuns.add(n); firstUnmatchedTick = Math.min(firstUnmatchedTick, at); return at + n; }
      const m = runLength(k, '`');
      if (m === n) {
        out.codeSpans.push([at, k + n]);
        syntax.push([at, k + n]);
        return k + n;
      }
      j = k + m;
    }
  }

  function runLength(at: number, char: string): number {
    let k = at;
    while (k < end && text[k] === char) k++;
    return k - at;
  }

  function angle(at: number): number {
    const scheme = matchAt(URI_AUTOLINK, text, at);
    const uri = scheme ?? matchAt(EMAIL_AUTOLINK, text, at);
    if (uri && at + uri[0].length <= end) {
      const isEmail = !scheme;
      const stop = at + uri[0].length;
      out.links.push({ kind: 'autolink', start: at, end: stop, textStart: at + 1, textEnd: stop - 1, target: isEmail ? `mailto:${uri[1]}` : uri[1], isImage: false });
      syntax.push([at, at + 1], [stop - 1, stop]);
      autolinkText.push([at + 1, stop - 1]);
      return stop;
    }
    const tag = matchAt(INLINE_HTML, text, at);
    if (tag && at + tag[0].length <= end) {
      out.html.push([at, at + tag[0].length]);
      syntax.push([at, at + tag[0].length]);
      return at + tag[0].length;
    }
    return at + 1;
  }

  function footnoteCall(at: number): number | undefined {
    let j = at + 2;
    while (j < end && text[j] !== ']' && !/[\s\[]/.test(text[j])) j++;
    if (text[j] !== ']' || j === at + 2) return undefined;
    const rawLabel = text.slice(at + 2, j);
    if (!ctx.footnotes.has(normalizeLabel(rawLabel))) return undefined;
    out.footnoteCalls.push({ rawLabel, start: at, end: j + 1 });
    syntax.push([at, j + 1]);
    return j + 1;
  }

  function closeBracket(at: number): number {
    const opener = openers.pop();
    if (!opener) return at + 1;
    bracketSpans.push([opener.pos, at]);
    const active = opener.image || openers.length >= inactiveBelow;
    inactiveBelow = Math.min(inactiveBelow, openers.length);
    if (!active) return at + 1;
    const textStart = opener.pos + (opener.image ? 2 : 1);
    const label = text.slice(textStart, at);
    const defined = label.length <= 999 && ctx.definitions.has(normalizeLabel(label)) && label.trim() !== '';
    let link: ScannedLink | undefined;
    const base = { start: opener.pos, textStart, textEnd: at, isImage: opener.image };
    if (text[at + 1] === '(') {
      const tail = inlineTail(at + 1);
      if (tail) {
        link = { ...base, kind: opener.image ? 'image' : 'inline', end: tail.end, target: tail.target };
        if (tail.target === undefined) out.uncertain ??= 'a link destination with an unusual character reference';
      }
    } else if (text[at + 1] === '[') {
      const full = referenceLabel(at + 1);
      if (full !== undefined && full.label.trim() !== '' && ctx.definitions.has(normalizeLabel(full.label))) {
        link = { ...base, kind: 'reference', end: full.end, rawLabel: full.label, referenceType: 'full' };
      } else if (defined && text[at + 2] === ']') {
        link = { ...base, kind: 'reference', end: at + 3, rawLabel: label, referenceType: 'collapsed' };
      } else return at + 1;
    }
    if (!link && defined) link = { ...base, kind: 'reference', end: at + 1, rawLabel: label, referenceType: 'shortcut' };
    if (!link) return at + 1;
    // An image's alt is plain text to remark: no code, HTML, link or footnote call inside it
    // is a node. Those found are the latest of each list, so popping them stays linear.
    if (opener.image) for (const list of [out.codeSpans, out.html] as Array<Array<[number, number]>>) while (list.length && list[list.length - 1][0] >= textStart) list.pop();
    if (opener.image) for (const list of [out.links, out.footnoteCalls] as Array<Array<{ start: number }>>) while (list.length && list[list.length - 1].start >= textStart) list.pop();
    out.links.push(link);
    // Runs are in source order: the link text's are the last ones.
    let split = pendingRuns.length;
    while (split > 0 && pendingRuns[split - 1].start >= textStart) split--;
    runGroups.push(pendingRuns.slice(split));
    pendingRuns.length = split;
    if (opener.image) syntax.push([link.start, link.end]);
    else {
      syntax.push([link.start, link.textStart], [link.textEnd, link.end]);
      inactiveBelow = openers.length;
    }
    return link.end;
  }

  /** `(dest "title")` after a link text; `target` is undefined when the destination cannot be decoded exactly. */
  function inlineTail(open: number): { end: number; target: string | undefined } | undefined {
    let j = skipWhitespace(open + 1);
    let raw: string;
    if (text[j] === '<') {
      let k = j + 1;
      for (; k < end; k++) {
        const ch = text[k];
        if (ch === '\\') { k++; continue; }
        if (ch === '>' || ch === '<' || ch === '\n') break;
      }
      if (text[k] !== '>') return undefined;
      raw = text.slice(j + 1, k);
      j = k + 1;
    } else {
      let depth = 0;
      const destStart = j;
      for (; j < end; j++) {
        const ch = text[j];
        if (ch === '\\' && j + 1 < end && ASCII_PUNCTUATION.test(text[j + 1])) { j++; continue; }
        if (ch === '(') { if (++depth > 32) return undefined; }
        else if (ch === ')') { if (depth === 0) break; depth--; }
        else if (ch.charCodeAt(0) <= 0x20) break;
      }
      if (depth !== 0) return undefined;
      raw = text.slice(destStart, j);
    }
    const afterDest = j;
    j = skipWhitespace(j);
    if (j > afterDest && (text[j] === '"' || text[j] === "'" || text[j] === '(')) {
      const closer = text[j] === '(' ? ')' : text[j];
      let k = j + 1;
      for (; k < end; k++) {
        const ch = text[k];
        if (ch === '\\') { k++; continue; }
        if (ch === closer) break;
        if (closer === ')' && ch === '(') return undefined;
      }
      if (k >= end) return undefined;
      if (/\n[ \t]*\r?\n/.test(text.slice(j, k))) return undefined;
      j = skipWhitespace(k + 1);
    }
    if (text[j] !== ')') return undefined;
    return { end: j + 1, target: decodeDestination(raw) };
  }

  /** Spaces and tabs with at most one line ending, as allowed around a destination. */
  function skipWhitespace(from: number): number {
    let j = from;
    let newlines = 0;
    while (j < end) {
      const ch = text[j];
      if (ch === ' ' || ch === '\t') j++;
      else if (ch === '\n' || ch === '\r') {
        if (++newlines > 1) break;
        j += ch === '\r' && text[j + 1] === '\n' ? 2 : 1;
      } else break;
    }
    return j;
  }

  function referenceLabel(open: number): { label: string; end: number } | undefined {
    for (let k = open + 1; k < end && k - open <= 1000; k++) {
      const ch = text[k];
      if (ch === '\\') { k++; continue; }
      if (ch === '[') return undefined;
      if (ch === ']') return { label: text.slice(open + 1, k), end: k + 1 };
    }
    return undefined;
  }
}

/**
 * Text that stops where syntax opens a line stops, as remark's does, at the line ending
 * before it: the line's container prefix (`> `, indentation) is no text of its own.
 */
function beforePrefix(text: string, start: number, end: number): number {
  let k = end;
  while (k > start && (text[k - 1] === '>' || text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  return k > start && k < end && text[k - 1] === '\n' ? k : end;
}

/** The runs that overlap no literal; both lists are in source order. */
function outsideLiterals(runs: DelimiterRun[], literals: LiteralAutolink[]): DelimiterRun[] {
  const kept: DelimiterRun[] = [];
  let l = 0;
  for (const r of runs) {
    while (l < literals.length && literals[l].end <= r.start) l++;
    if (l < literals.length && literals[l].start < r.end) continue;
    kept.push(r);
  }
  return kept;
}

/** The character before `at` as micromark sees it: none at the start of the content or of a line (after its `>` and indentation). */
function previousChar(text: string, contentStart: number, at: number): string | undefined {
  if (at <= contentStart) return undefined;
  let k = at - 1;
  if (text[k] === '>') {
    while (k >= contentStart && (text[k] === '>' || text[k] === ' ' || text[k] === '\t')) k--;
    if (k >= contentStart && (text[k] === '\n' || text[k] === '\r')) return undefined;
    k = at - 1;
  }
  // micromark classifies UTF-16 code units: half of an emoji is neither space nor punctuation.
  return text[k];
}

function charAt(text: string, at: number): string {
  return text[at];
}

/** The parts of [start, end) not covered by syntax; autolink text is kept but flagged. */
function complement(start: number, end: number, syntax: Array<[number, number]>, autolinkText: Array<[number, number]>) {
  const cut = [...syntax].sort((a, b) => a[0] - b[0]);
  const pieces: Array<{ start: number; end: number; autolink: boolean }> = [];
  let at = start;
  for (const [s, e] of cut) {
    if (s > at) pieces.push({ start: at, end: s, autolink: false });
    at = Math.max(at, e);
  }
  if (at < end) pieces.push({ start: at, end, autolink: false });
  const autolinks = new Set(autolinkText.map(([s, e]) => `${s}:${e}`));
  for (const p of pieces) if (autolinks.has(`${p.start}:${p.end}`)) p.autolink = true;
  return pieces;
}
