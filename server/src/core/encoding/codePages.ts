/**
 * The single-byte code pages that UTF-8 gets wrongly decoded as, and the bytes each of
 * them loses on the way. Only the upper half (0x80–0xFF) matters: ASCII passes through.
 */
export type CodePage = 'cp1252' | 'cp1254' | 'latin-1';

export const CODE_PAGES: readonly CodePage[] = ['cp1252', 'cp1254', 'latin-1'];

/** Characters of Windows-1252 at 0x80–0x9F; `undefined` marks an unassigned byte. */
const CP1252_HIGH_C1: Array<number | undefined> = [
  0x20ac, undefined, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021,
  0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, undefined, 0x017d, undefined,
  undefined, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014,
  0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, undefined, 0x017e, 0x0178,
];

/** Windows-1254 (Turkish) is Windows-1252 without Ž/ž and with six Turkish letters. */
const CP1254_OVERRIDES: Record<number, number | undefined> = {
  0x8e: undefined, 0x9e: undefined,
  0xd0: 0x011e, 0xdd: 0x0130, 0xde: 0x015e, 0xf0: 0x011f, 0xfd: 0x0131, 0xfe: 0x015f,
};

/** Byte → Unicode code point for 0x80–0xFF (index = byte - 0x80); `undefined` = unassigned. */
export function highHalf(codePage: CodePage): Array<number | undefined> {
  const table: Array<number | undefined> = [];
  for (let b = 0x80; b <= 0xff; b++) {
    if (codePage === 'latin-1') table.push(b);
    else if (b < 0xa0) table.push(CP1252_HIGH_C1[b - 0x80]);
    else table.push(b);
  }
  if (codePage === 'cp1254') {
    for (const [byte, cp] of Object.entries(CP1254_OVERRIDES)) table[Number(byte) - 0x80] = cp;
  }
  return table;
}

/**
 * Bytes a code page drops when text is decoded and saved again: the unassigned ones, plus
 * the soft hyphen (0xAD), which editors and pipelines strip because it is invisible.
 */
export function droppedBytes(codePage: CodePage): number[] {
  const dropped = highHalf(codePage)
    .map((cp, i) => (cp === undefined ? i + 0x80 : -1))
    .filter((b) => b >= 0);
  return [...dropped, 0xad];
}

/**
 * Latin-1 decodes 0x80–0x9F to C1 control characters; many editors strip those on save.
 * When a latin-1 text shows no C1 character at all, every one of them may be missing.
 */
export const LATIN1_STRIPPED_C1: number[] = [...Array.from({ length: 32 }, (_, i) => 0x80 + i), 0xad];

/**
 * Character → byte over the union of all supported code pages. The pages agree wherever
 * they overlap (a character never maps to two different bytes), so one table serves all.
 * C1 control characters map to their own byte: some decoders pass unassigned bytes through.
 */
const REVERSE = new Map<number, number>();
for (const codePage of CODE_PAGES) {
  highHalf(codePage).forEach((cp, i) => {
    if (cp !== undefined) REVERSE.set(cp, i + 0x80);
  });
}

/** The byte a character stands for in a mis-decoded text: 0–0x7F for ASCII, -1 when none. */
export function byteOf(charCode: number): number {
  if (charCode < 0x80) return charCode;
  return REVERSE.get(charCode) ?? -1;
}

/** What one character of a mojibake span says about the code page that produced it. */
export type CharEvidence =
  | 'turkish'        // Ğ İ Ş ğ ı ş: only Windows-1254
  | 'western-letter' // Ð Ý Þ ð ý þ Ž ž: Windows-1252 or Latin-1, never Windows-1254
  | 'windows-symbol' // € ‚ ƒ „ … † ‡ ˆ ‰ Š ‹ Œ ‘ ’ “ ” • – — ˜ ™ š › œ Ÿ: a Windows page
  | 'c1-control'     // U+0080–U+009F: Latin-1 (or a decoder passing unassigned bytes through)
  | 'shared';

const TURKISH = new Set([0x011e, 0x0130, 0x015e, 0x011f, 0x0131, 0x015f]);
const WESTERN_LETTERS = new Set([0x00d0, 0x00dd, 0x00de, 0x00f0, 0x00fd, 0x00fe, 0x017d, 0x017e]);
const WINDOWS_SYMBOLS = new Set(
  CP1252_HIGH_C1.filter((cp): cp is number => cp !== undefined && cp !== 0x017d && cp !== 0x017e),
);

export function evidenceOf(charCode: number): CharEvidence {
  if (TURKISH.has(charCode)) return 'turkish';
  if (WESTERN_LETTERS.has(charCode)) return 'western-letter';
  if (WINDOWS_SYMBOLS.has(charCode)) return 'windows-symbol';
  if (charCode >= 0x80 && charCode <= 0x9f) return 'c1-control';
  return 'shared';
}

/** Simulates the damage: UTF-8 bytes decoded with `codePage`, dropped bytes removed. */
export function damageAs(text: string, codePage: CodePage, options: { stripC1?: boolean } = {}): string {
  const table = highHalf(codePage);
  const bytes = Buffer.from(text, 'utf8');
  let out = '';
  for (const b of bytes) {
    if (b < 0x80) { out += String.fromCharCode(b); continue; }
    if (b === 0xad) continue;
    if (options.stripC1 && b < 0xa0) continue;
    const cp = table[b - 0x80];
    if (cp !== undefined) out += String.fromCharCode(cp);
  }
  return out;
}
