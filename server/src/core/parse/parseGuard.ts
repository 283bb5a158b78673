// remark's cost grows faster than linearly on some shapes: one huge paragraph (1 MB of
// prose lines without a blank line took 2 minutes) and deep nesting (5,000 `>` levels:
// 1.5 s for 10 KB). One linear pass finds those shapes so such notes take the line scan.
import * as l10n from '@vscode/l10n';

/** Largest run of non-blank lines outside fenced code that still gets the full parse. */
export const MAX_PARAGRAPH_CHARS = 64_000;
/** Deepest block-quote / list nesting (by `>` count or indentation) that still gets the full parse. */
export const MAX_NESTING = 64;
/**
 * Most emphasis / link openers (`*`, `_`, `[`) in one paragraph that still get the full
 * parse: matching them is quadratic (10,000 `*` around a word took 8 s, then overflowed
 * the stack). A paragraph of real prose with 200 links has about 400.
 */
export const MAX_DELIMITERS = 4_000;
/** Deepest `[` nesting in one paragraph that still gets the full parse (2,000 nested images took 4 s). */
export const MAX_BRACKET_DEPTH = 64;

export function fullParseRisk(text: string): string | undefined {
  let run = 0;
  let delimiters = { count: 0, depth: 0, maxDepth: 0 };
  let fence: string | undefined;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end);
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence) {
      if (fenceMatch && fenceMatch[1][0] === fence[0] && fenceMatch[1].length >= fence.length) fence = undefined;
    } else if (fenceMatch) {
      fence = fenceMatch[1];
      run = 0;
    } else if (line.trim() === '') {
      run = 0;
      delimiters = { count: 0, depth: 0, maxDepth: 0 };
    } else {
      run += line.length + 1;
      if (run > MAX_PARAGRAPH_CHARS) return l10n.t('it has a paragraph over {size} KB without a blank line', { size: MAX_PARAGRAPH_CHARS / 1000 });
      if (nestingOf(line) > MAX_NESTING) return l10n.t('it nests quotes or lists more than {levels} levels deep', { levels: MAX_NESTING });
      if (!THEMATIC_BREAK.test(line)) countDelimiters(line, delimiters);
      if (delimiters.count > MAX_DELIMITERS) return l10n.t('it has a paragraph with over {count} emphasis or link markers', { count: MAX_DELIMITERS });
      if (delimiters.maxDepth > MAX_BRACKET_DEPTH) return l10n.t('it nests brackets more than {levels} levels deep', { levels: MAX_BRACKET_DEPTH });
    }
    start = end + 1;
  }
  return undefined;
}

function nestingOf(line: string): number {
  let quotes = 0;
  let indent = 0;
  for (let i = 0; i < line.length && i < 4 * MAX_NESTING + 8; i++) {
    const c = line[i];
    if (c === '>') quotes++;
    else if (c === ' ') indent++;
    else if (c === '\t') indent += 4;
    else if (!'-*+'.includes(c)) break;
  }
  return Math.max(quotes, Math.floor(indent / 2));
}

/** `***…`, `- - -`, `___`: a rule, however long, opens no emphasis. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** Adds the line's emphasis / link openers to the paragraph's count and tracks `[` depth. */
function countDelimiters(line: string, acc: { count: number; depth: number; maxDepth: number }): void {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === 42 /* * */ || c === 95 /* _ */) acc.count++;
    else if (c === 91 /* [ */) { acc.count++; acc.depth++; if (acc.depth > acc.maxDepth) acc.maxDepth = acc.depth; }
    else if (c === 93 /* ] */ && acc.depth > 0) acc.depth--;
  }
}
