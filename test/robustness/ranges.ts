// Shape checks shared by the hostile-input and fuzz tests: every range a feature returns
// must lie inside the document it names, with LSP line breaks (LF, CRLF, lone CR).
import * as assert from 'node:assert/strict';

interface Pos { line: number; character: number }
interface Rng { start: Pos; end: Pos }

export function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((l) => l.length);
}

export function assertPositionInside(pos: Pos, lengths: number[], what: string): void {
  assert.ok(Number.isInteger(pos.line) && Number.isInteger(pos.character), `${what}: non-integer position ${JSON.stringify(pos)}`);
  assert.ok(pos.line >= 0 && pos.line < lengths.length, `${what}: line ${pos.line} outside 0..${lengths.length - 1}`);
  assert.ok(pos.character >= 0 && pos.character <= lengths[pos.line], `${what}: character ${pos.character} outside line ${pos.line} (length ${lengths[pos.line]})`);
}

export function assertRangeInside(range: Rng, lengths: number[], what: string): void {
  assertPositionInside(range.start, lengths, `${what} start`);
  assertPositionInside(range.end, lengths, `${what} end`);
  const ordered = range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  assert.ok(ordered, `${what}: range ends before it starts ${JSON.stringify(range)}`);
}

interface SymbolLike { range: Rng; selectionRange: Rng; children?: SymbolLike[]; name: string }

export function assertSymbolsInside(symbols: SymbolLike[], lengths: number[], what = 'symbol'): void {
  for (const s of symbols) {
    assert.equal(typeof s.name, 'string');
    assertRangeInside(s.range, lengths, `${what} ${s.name}`);
    assertRangeInside(s.selectionRange, lengths, `${what} ${s.name} selection`);
    assertSymbolsInside(s.children ?? [], lengths, what);
  }
}
