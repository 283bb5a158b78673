/**
 * A compact, ASCII-only text form of a word-frequency list, so the lexicon can live inside
 * the bundles without esbuild turning every Chinese character into a six-byte `\uXXXX`.
 *
 * Layout (fields separated by `|`):
 *   version | width | alphabet | freqScale | section | section | …
 * - alphabet: the distinct characters, ascending code points, as base-36 deltas joined by `,`;
 * - width: how many digits of DIGITS index one alphabet character;
 * - each section is `<wordLength>:` then fixed-size records: `wordLength * width` digits of
 *   character indexes and one digit holding round(ln(freq) * freqScale).
 */
import * as l10n from '@vscode/l10n';

export const LEXICON_FORMAT_VERSION = 2;

/** Coarse parts of speech, enough for the few context rules that need them. */
export const WORD_CLASSES = ['other', 'noun', 'verb', 'verbal-noun', 'adjective', 'adverb', 'function'] as const;
export type WordClass = (typeof WORD_CLASSES)[number];

// Printable ASCII minus `"`, `\`, `|`, `:` and `,` (the separators and string delimiters).
const DIGITS = Array.from({ length: 0x7f - 0x21 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => !'"\\|:,'.includes(c))
  .join('');
const BASE = DIGITS.length;
const DIGIT_VALUE = new Map([...DIGITS].map((c, i) => [c, i]));

export interface LexiconEntry {
  word: string;
  freq: number;
  wordClass: WordClass;
}

export function encodeLexicon(entries: LexiconEntry[], freqScale = 4): string {
  const chars = [...new Set(entries.flatMap((e) => [...e.word]))].sort((a, b) => a.codePointAt(0)! - b.codePointAt(0)!);
  const index = new Map(chars.map((c, i) => [c, i]));
  let width = 1;
  while (BASE ** width < chars.length) width++;
  let previous = 0;
  const alphabet = chars
    .map((c) => {
      const cp = c.codePointAt(0)!;
      const delta = cp - previous;
      previous = cp;
      return delta.toString(36);
    })
    .join(',');
  const byLength = new Map<number, LexiconEntry[]>();
  for (const e of entries) {
    const n = [...e.word].length;
    if (!byLength.has(n)) byLength.set(n, []);
    byLength.get(n)!.push(e);
  }
  const sections = [...byLength.keys()].sort((a, b) => a - b).map((n) => {
    let body = `${n}:`;
    for (const e of byLength.get(n)!) {
      for (const c of e.word) body += digits(index.get(c)!, width);
      body += DIGITS[Math.min(BASE - 1, Math.max(0, Math.round(Math.log(e.freq) * freqScale)))];
      body += DIGITS[WORD_CLASSES.indexOf(e.wordClass)];
    }
    return body;
  });
  return [LEXICON_FORMAT_VERSION, width, alphabet, freqScale, ...sections].join('|');
}

/** Calls `visit` for every entry; frequencies come back rounded to the quantization step. */
export function decodeLexicon(encoded: string, visit: (word: string, freq: number, wordClass: WordClass) => void): void {
  const [version, widthText, alphabetText, scaleText, ...sections] = encoded.split('|');
  if (Number(version) !== LEXICON_FORMAT_VERSION) throw new Error(l10n.t('unknown lexicon format {version}', { version }));
  const width = Number(widthText);
  const scale = Number(scaleText);
  let cp = 0;
  const alphabet = alphabetText.split(',').map((d) => String.fromCodePoint((cp += parseInt(d, 36))));
  const freqOf = Array.from({ length: BASE }, (_, q) => Math.exp(q / scale));
  for (const section of sections) {
    const colon = section.indexOf(':');
    const n = Number(section.slice(0, colon));
    const recordSize = n * width + 2;
    for (let p = colon + 1; p + recordSize <= section.length; p += recordSize) {
      let word = '';
      for (let k = 0; k < n; k++) word += alphabet[value(section, p + k * width, width)];
      visit(word, freqOf[DIGIT_VALUE.get(section[p + n * width])!], WORD_CLASSES[DIGIT_VALUE.get(section[p + n * width + 1])!]);
    }
  }
}

function digits(value: number, width: number): string {
  let s = '';
  for (let k = 0; k < width; k++) {
    s = DIGITS[value % BASE] + s;
    value = Math.floor(value / BASE);
  }
  return s;
}

function value(text: string, at: number, width: number): number {
  let v = 0;
  for (let k = 0; k < width; k++) v = v * BASE + DIGIT_VALUE.get(text[at + k])!;
  return v;
}
