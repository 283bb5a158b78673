// Emphasis, strong and strikethrough as remark (micromark with GFM) resolves them, so the
// fast scan's text pieces end where remark's text nodes do: a wiki link, TODO or bracket
// pair that an emphasis marker cuts in two is not one piece of text. Only which marker
// characters are used matters here, not the tree they build.

export type DelimiterChar = '*' | '_' | '~';

export interface DelimiterRun {
  char: DelimiterChar;
  start: number; end: number;
  canOpen: boolean; canClose: boolean;
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const WHITESPACE = /\s/u;

/** micromark's character classes: 1 whitespace (or nothing), 2 punctuation, 0 anything else. */
function classify(c: string | undefined): 0 | 1 | 2 {
  if (c === undefined || WHITESPACE.test(c)) return 1;
  return PUNCTUATION.test(c) ? 2 : 0;
}

/**
 * The run of `char` at [start, end); `previous` and `next` are the characters around it as
 * micromark sees them (undefined at either end of a line's content).
 */
export function delimiterRun(char: DelimiterChar, start: number, end: number, previous: string | undefined, next: string | undefined): DelimiterRun | undefined {
  const before = classify(previous);
  const after = classify(next);
  if (char === '~') {
    // GFM strikethrough: one or two tildes; three or more are plain text.
    if (end - start > 2) return undefined;
    return { char, start, end, canOpen: after === 0 || (after === 2 && before !== 0), canClose: before === 0 || (before === 2 && after !== 0) };
  }
  // A tilde next to the run counts as emphasis-like, as GFM's attention markers make it.
  const open = after === 0 || (after === 2 && before !== 0) || next === '~';
  const close = before === 0 || (before === 2 && after !== 0) || previous === '~';
  return char === '*'
    ? { char, start, end, canOpen: open, canClose: close }
    : { char, start, end, canOpen: open && (before !== 0 || !close), canClose: close && (after !== 0 || !open) };
}

export interface EmphasisResult {
  /** Marker characters that became emphasis, strong or strikethrough syntax. */
  used: Array<[number, number]>;
  /** Set when a strikethrough and an emphasis overlap without nesting, which remark resolves by order of appearance. */
  crossing?: boolean;
}

/** Resolves the runs of one inline context (link text is its own, resolved before what is around it). */
export function resolveEmphasis(runs: DelimiterRun[], out: EmphasisResult): void {
  const spans: Array<[number, number, number]> = [];
  resolveAttention(runs.filter((r) => r.char !== '~'), out.used, spans, 0);
  resolveStrikethrough(runs.filter((r) => r.char === '~'), out.used, spans, 1);
  if (spans.length > 1 && crosses(spans)) out.crossing = true;
}

interface Live { run: DelimiterRun; start: number; end: number; gone: boolean }

/** CommonMark's delimiter algorithm for `*` and `_`, including the rule of three. */
function resolveAttention(runs: DelimiterRun[], used: Array<[number, number]>, spans: Array<[number, number, number]>, kind: number): void {
  const live: Live[] = runs.map((run) => ({ run, start: run.start, end: run.end, gone: false }));
  for (let c = 0; c < live.length; c++) {
    const closer = live[c];
    if (!closer.run.canClose) continue;
    while (closer.end > closer.start) {
      const o = findOpener(live, c, closer);
      if (o < 0) break;
      const opener = live[o];
      const use = opener.end - opener.start > 1 && closer.end - closer.start > 1 ? 2 : 1;
      used.push([opener.end - use, opener.end], [closer.start, closer.start + use]);
      spans.push([opener.end - use, closer.start + use, kind]);
      opener.end -= use;
      closer.start += use;
      for (let k = o + 1; k < c; k++) live[k].gone = true;
      if (opener.end === opener.start) opener.gone = true;
    }
    if (closer.end === closer.start) closer.gone = true;
  }
}

function findOpener(live: Live[], c: number, closer: Live): number {
  const closerLength = closer.end - closer.start;
  for (let o = c - 1; o >= 0; o--) {
    const opener = live[o];
    if (opener.gone || !opener.run.canOpen || opener.run.char !== closer.run.char || opener.end === opener.start) continue;
    const openerLength = opener.end - opener.start;
    if ((opener.run.canClose || closer.run.canOpen) && closerLength % 3 !== 0 && (openerLength + closerLength) % 3 === 0) continue;
    return o;
  }
  return -1;
}

/** GFM strikethrough: a closer takes the nearest opener of the same length. */
function resolveStrikethrough(runs: DelimiterRun[], used: Array<[number, number]>, spans: Array<[number, number, number]>, kind: number): void {
  const gone = runs.map(() => false);
  for (let c = 0; c < runs.length; c++) {
    const closer = runs[c];
    if (!closer.canClose || gone[c]) continue;
    for (let o = c - 1; o >= 0; o--) {
      const opener = runs[o];
      if (gone[o] || !opener.canOpen || opener.end - opener.start !== closer.end - closer.start) continue;
      used.push([opener.start, opener.end], [closer.start, closer.end]);
      spans.push([opener.start, closer.end, kind]);
      for (let k = o; k <= c; k++) gone[k] = true;
      break;
    }
  }
}

/** Do any two spans overlap without one holding the other? Spans of one kind never do. */
function crosses(spans: Array<[number, number, number]>): boolean {
  const edges: Array<[number, number, number]> = [];
  spans.forEach(([s, e], i) => { edges.push([s, 1, i], [e, 0, i]); });
  edges.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const open: number[] = [];
  for (const [, isStart, i] of edges) {
    if (isStart) open.push(i);
    else if (open.pop() !== i) return true;
  }
  return false;
}
