// A per-note Bloom filter of the note's words, so a search for a few names skips most notes
// without reading their text. Words are runs of letters, digits and `_` (ASCII folded to
// lower case); each CJK character is a word of its own, since CJK text has no spaces. The
// filter may say "maybe" for a word the note lacks, never "no" for one it has.

const filters = new WeakMap<object, Uint32Array>();

/** The words of `text` as hashes (names are tokenized exactly like notes). */
export function wordHashes(text: string): number[] {
  const out: number[] = [];
  forEachWord(text, (h) => { out.push(h); });
  return out;
}

/** False when the `spans` of `text` (cached by `key`, the note) surely lack one of the words `hashes`. */
export function mayContainAll(key: object, text: string, spans: ReadonlyArray<readonly [number, number]>, hashes: readonly number[]): boolean {
  let bits = filters.get(key);
  if (!bits) filters.set(key, bits = build(text, spans));
  const mask = bits.length * 32 - 1;
  for (const h of hashes) {
    const a = h & mask, b = Math.imul(h, 0x9e3779b1) >>> 0 & mask;
    if (!(bits[a >>> 5] & (1 << (a & 31))) || !(bits[b >>> 5] & (1 << (b & 31)))) return false;
  }
  return true;
}

function build(text: string, spans: ReadonlyArray<readonly [number, number]>): Uint32Array {
  let length = 0;
  for (const [from, to] of spans) length += to - from;
  // About two bits per character: few false "maybe"s for the words a note of that size has.
  let size = 512;
  while (size < length * 2 && size < 1 << 20) size <<= 1;
  const bits = new Uint32Array(size >>> 5);
  const mask = size - 1;
  const add = (h: number) => {
    const a = h & mask, b = Math.imul(h, 0x9e3779b1) >>> 0 & mask;
    bits[a >>> 5] |= 1 << (a & 31);
    bits[b >>> 5] |= 1 << (b & 31);
  };
  for (const [from, to] of spans) forEachWord(text, add, from, to);
  return bits;
}

function isCjk(c: number): boolean {
  return (c >= 0x3040 && c <= 0x9fff) || (c >= 0xac00 && c <= 0xd7af) || (c >= 0xf900 && c <= 0xfaff);
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);
}

/** FNV-1a over each word's characters, without building the words as strings. */
function forEachWord(text: string, visit: (hash: number) => void, from = 0, to = text.length): void {
  let h = 0x811c9dc5, inWord = false;
  for (let i = from; i < to; i++) {
    let c = text.charCodeAt(i);
    if (isWordChar(c)) {
      if (c <= 90 && c >= 65) c += 32;
      else if (c >= 0xc0 && c <= 0xde) c += 32;
      h = Math.imul(h ^ c, 0x01000193);
      inWord = true;
      continue;
    }
    if (inWord) { visit(h >>> 0); h = 0x811c9dc5; inWord = false; }
    if (isCjk(c)) visit(Math.imul(0x811c9dc5 ^ c, 0x01000193) >>> 0);
  }
  if (inWord) visit(h >>> 0);
}
