/**
 * Strict UTF-8 decoding that never throws: invalid bytes become U+FFFD and are
 * recorded so lint can point at them. A BOM is dropped; UTF-16 with a BOM is
 * decoded as such (editors save it) and flagged by the caller if wanted.
 */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  /** Invalid byte runs: UTF-16 offset in `text` of the U+FFFD, and the bytes it replaced. */
  invalid: Array<{ offset: number; byteOffset: number; byteLength: number }>;
  /** True when the bytes look like a binary file (NUL bytes in the first 8 KB, not UTF-16). */
  looksBinary: boolean;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

export function decodeNoteBytes(bytes: Uint8Array): DecodedText {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', invalid: [], looksBinary: false };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', invalid: [], looksBinary: false };
  }
  const looksBinary = hasManyNuls(bytes);
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8', invalid: [], looksBinary };
  } catch {
    return { ...decodeLossy(bytes), encoding: 'utf-8', looksBinary };
  }
}

function hasManyNuls(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let nuls = 0;
  for (let i = 0; i < n; i++) if (bytes[i] === 0) nuls++;
  // A few stray NULs happen in real notes (text pasted from PDFs); binaries have many.
  // The ratio is for small files only: 3 NULs in a 100-byte note are still a note.
  return nuls > 16 || (n > 0 && nuls / n > 0.1);
}

/** Decodes by hand so every invalid run is known; valid sequences are kept. */
function decodeLossy(bytes: Uint8Array): { text: string; invalid: DecodedText['invalid'] } {
  const parts: string[] = [];
  const invalid: DecodedText['invalid'] = [];
  let textLength = 0;
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let runStart = i;
  const flush = (end: number) => {
    if (end > runStart) {
      const s = Buffer.from(bytes.buffer, bytes.byteOffset + runStart, end - runStart).toString('utf8');
      parts.push(s);
      textLength += s.length;
    }
  };
  while (i < bytes.length) {
    const len = validSequenceLength(bytes, i);
    if (len > 0) { i += len; continue; }
    flush(i);
    const bad = i;
    i++;
    // Group continuation bytes that belong to the same broken sequence.
    while (i < bytes.length && validSequenceLength(bytes, i) === 0 && (bytes[i] & 0xc0) === 0x80) i++;
    invalid.push({ offset: textLength, byteOffset: bad, byteLength: i - bad });
    parts.push('\uFFFD');
    textLength += 1;
    runStart = i;
  }
  flush(i);
  return { text: parts.join(''), invalid };
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when it is invalid. */
export function validSequenceLength(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const cont = (k: number) => i + k < b.length && (b[i + k] & 0xc0) === 0x80;
  if (c >= 0xc2 && c <= 0xdf) return cont(1) ? 2 : 0;
  if (c >= 0xe0 && c <= 0xef) {
    if (!cont(1) || !cont(2)) return 0;
    const c1 = b[i + 1];
    if (c === 0xe0 && c1 < 0xa0) return 0;          // overlong
    if (c === 0xed && c1 >= 0xa0) return 0;         // surrogate
    return 3;
  }
  if (c >= 0xf0 && c <= 0xf4) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    const c1 = b[i + 1];
    if (c === 0xf0 && c1 < 0x90) return 0;
    if (c === 0xf4 && c1 >= 0x90) return 0;
    return 4;
  }
  return 0;
}
