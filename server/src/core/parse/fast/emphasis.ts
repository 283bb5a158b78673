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
  /** Set when closers look back further than a linear scan allows (thousands of unmatched markers). */
  tooMany?: boolean;
}

/** Resolves the runs of one inline context (link text is its own, resolved before what is around it). */
export function resolveEmphasis(runs: DelimiterRun[], out: EmphasisResult): void {
  const spans: Array<[number, number, number]> = [];
  // remark's own search is quadratic in unmatched markers; the scan stays linear and gives up instead.
  const budget = { steps: 64 * runs.length + 10_000 };
  resolveAttention(runs.filter((r) => r.char !== '~'), out.used, spans, 0, budget);
  if (budget.steps < 0) { out.tooMany = true; return; }
  resolveStrikethrough(runs.filter((r) => r.char === '~'), out.used, spans, 1, budget);
  if (budget.steps < 0) { out.tooMany = true; return; }
  if (spans.length > 1 && crosses(spans)) out.crossing = true;
}

interface Live { run: DelimiterRun; start: number; end: number }

/**
 * CommonMark's delimiter algorithm for `*` and `_`, including the rule of three: a stack of
 * possible openers; a match drops the openers between it and its closer.
 */
function resolveAttention(runs: DelimiterRun[], used: Array<[number, number]>, spans: Array<[number, number, number]>, kind: number, budget: { steps: number }): void {
  const openers: Live[] = [];
  for (const run of runs) {
    const closer: Live = { run, start: run.start, end: run.end };
    if (run.canClose) {
      while (closer.end > closer.start) {
        const o = findOpener(openers, closer, budget);
        if (o < 0) break;
        const opener = openers[o];
        const use = opener.end - opener.start > 1 && closer.end - closer.start > 1 ? 2 : 1;
        used.push([opener.end - use, opener.end], [closer.start, closer.start + use]);
        spans.push([opener.end - use, closer.start + use, kind]);
        opener.end -= use;
        closer.start += use;
        openers.length = opener.end > opener.start ? o + 1 : o;
      }
      if (budget.steps < 0) return;
    }
    if (run.canOpen && closer.end > closer.start) openers.push(closer);
  }
}

function findOpener(openers: Live[], closer: Live, budget: { steps: number }): number {
  const closerLength = closer.end - closer.start;
  for (let o = openers.length - 1; o >= 0; o--) {
    if (--budget.steps < 0) return -1;
    const opener = openers[o];
    if (opener.run.char !== closer.run.char) continue;
    const openerLength = opener.end - opener.start;
    if ((opener.run.canClose || closer.run.canOpen) && closerLength % 3 !== 0 && (openerLength + closerLength) % 3 === 0) continue;
    return o;
  }
  return -1;
}

/** GFM strikethrough: a closer takes the nearest opener of the same length, dropping those between. */
function resolveStrikethrough(runs: DelimiterRun[], used: Array<[number, number]>, spans: Array<[number, number, number]>, kind: number, budget: { steps: number }): void {
  const openers: DelimiterRun[] = [];
  for (const closer of runs) {
    if (closer.canClose) {
      let o = openers.length - 1;
      // Only two lengths exist, so the nearest of each is all a closer needs.
      while (o >= 0 && openers[o].end - openers[o].start !== closer.end - closer.start) { o--; if (--budget.steps < 0) return; }
      if (o >= 0) {
        used.push([openers[o].start, openers[o].end], [closer.start, closer.end]);
        spans.push([openers[o].start, closer.end, kind]);
        openers.length = o;
        continue;
      }
    }
    if (closer.canOpen) openers.push(closer);
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
