// remark's cost grows faster than linearly on some shapes: one huge paragraph (1 MB of
// prose lines without a blank line took 2 minutes) and deep nesting (5,000 `>` levels:
// 1.5 s for 10 KB). One linear pass finds those shapes so such notes take the line scan.

/** Largest run of non-blank lines outside fenced code that still gets the full parse. */
export const MAX_PARAGRAPH_CHARS = 64_000;
/** Deepest block-quote / list nesting (by `>` count or indentation) that still gets the full parse. */
export const MAX_NESTING = 64;

export function fullParseRisk(text: string): string | undefined {
  let run = 0;
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
    } else {
      run += line.length + 1;
      if (run > MAX_PARAGRAPH_CHARS) return `it has a paragraph over ${MAX_PARAGRAPH_CHARS / 1000} KB without a blank line`;
      if (nestingOf(line) > MAX_NESTING) return `it nests quotes or lists more than ${MAX_NESTING} levels deep`;
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
