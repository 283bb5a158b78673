/**
 * UTF-8 byte arithmetic for one character at a time: how long a sequence a lead byte
 * announces, and what a complete sequence decodes to (strictly: no overlongs, surrogates
 * or values past U+10FFFF).
 */

/** Sequence length a lead byte announces; 0 for a byte that cannot start a multi-byte sequence. */
export function sequenceLength(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

export function isContinuation(byte: number): boolean {
  return byte >= 0x80 && byte <= 0xbf;
}

/** Code point of a complete sequence, or -1 when the bytes are not valid UTF-8. */
export function decodeSequence(bytes: readonly number[]): number {
  const n = sequenceLength(bytes[0]);
  if (n === 0 || bytes.length !== n) return -1;
  for (let i = 1; i < n; i++) if (!isContinuation(bytes[i])) return -1;
  if (n === 2) return ((bytes[0] & 0x1f) << 6) | (bytes[1] & 0x3f);
  if (n === 3) {
    const cp = ((bytes[0] & 0x0f) << 12) | ((bytes[1] & 0x3f) << 6) | (bytes[2] & 0x3f);
    if (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff)) return -1;
    return cp;
  }
  const cp = ((bytes[0] & 0x07) << 18) | ((bytes[1] & 0x3f) << 12) | ((bytes[2] & 0x3f) << 6) | (bytes[3] & 0x3f);
  if (cp < 0x10000 || cp > 0x10ffff) return -1;
  return cp;
}

/**
 * How believable a decoded character is in a note. Mojibake of real text decodes to
 * letters, CJK, punctuation and emoji; a chance pairing of Latin-1 characters in clean
 * text tends to land on rare scripts, controls or private use.
 */
export type Plausibility = 'common' | 'rare' | 'never';

export function plausibility(cp: number): Plausibility {
  if (cp < 0) return 'never';
  if (cp < 0xa0) return 'never'; // C1 controls (ASCII is never encoded as multi-byte)
  if (cp === 0xad) return 'rare';
  if (cp <= 0x24f) return 'common'; // Latin-1 supplement, Latin Extended-A/B
  if (cp >= 0x370 && cp <= 0x3ff) return 'common'; // Greek
  if (cp >= 0x400 && cp <= 0x45f) return 'common'; // basic Cyrillic
  if (cp >= 0x2000 && cp <= 0x2bff) return cp >= 0x200b && cp <= 0x200f ? 'rare' : 'common'; // punctuation, symbols, arrows, box drawing
  if (cp >= 0x2e80 && cp <= 0x9fff) return 'common'; // CJK radicals, punctuation, kana, unified ideographs
  if (cp >= 0xac00 && cp <= 0xd7a3) return 'common'; // Hangul syllables
  if (cp >= 0xf900 && cp <= 0xfaff) return 'common'; // CJK compatibility ideographs
  if (cp >= 0xfe30 && cp <= 0xfe4f) return 'common'; // CJK compatibility forms
  if (cp >= 0xff00 && cp <= 0xffef) return 'common'; // full-width forms
  if (cp >= 0x1f000 && cp <= 0x1faff) return 'common'; // emoji
  if (cp >= 0xe000 && cp <= 0xf8ff) return 'never'; // private use
  if (cp === 0xfffe || cp === 0xffff || cp === 0xfffd) return 'never';
  return 'rare';
}
