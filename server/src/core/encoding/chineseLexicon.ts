import { decodeLexicon, type WordClass } from './lexiconCodec';

/**
 * A unigram word model of Chinese: word frequencies from the jieba dictionary, looked up
 * the way jieba segments text (a word is scored ln(freq / total)). Characters that have no
 * entry of their own fall back to how often they occur inside words.
 */
export interface ChineseLexicon {
  /** ln(freq / total) of a dictionary word, or undefined when it is not one. */
  wordLogProb(word: string): number | undefined;
  /** True when some longer dictionary word starts with `prefix`. */
  isPrefix(prefix: string): boolean;
  /** ln-probability of one character standing alone, always defined. */
  charLogProb(char: string): number;
  /** Coarse part of speech of a dictionary word ('other' when unknown). */
  wordClass(word: string): WordClass;
  readonly maxWordLength: number;
  readonly size: number;
}

export function isHan(cp: number): boolean {
  return (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x20000 && cp <= 0x2ffff);
}

export type LexiconInput = [word: string, freq: number, wordClass?: WordClass];

export function createLexicon(entries: Iterable<LexiconInput>): ChineseLexicon {
  const freq = new Map<string, number>();
  const classes = new Map<string, WordClass>();
  const prefixes = new Set<string>();
  const inWords = new Map<string, number>();
  let total = 0;
  let maxWordLength = 1;
  for (const [word, f, wordClass] of entries) {
    if (f <= 0) continue;
    if (wordClass && wordClass !== 'other') classes.set(word, wordClass);
    freq.set(word, (freq.get(word) ?? 0) + f);
    total += f;
    const chars = [...word];
    maxWordLength = Math.max(maxWordLength, chars.length);
    let prefix = '';
    for (let i = 0; i < chars.length - 1; i++) prefixes.add((prefix += chars[i]));
    for (const c of chars) inWords.set(c, (inWords.get(c) ?? 0) + f);
  }
  const logTotal = Math.log(Math.max(total, 1));
  return {
    wordLogProb: (word) => {
      const f = freq.get(word);
      return f === undefined ? undefined : Math.log(f) - logTotal;
    },
    isPrefix: (prefix) => prefixes.has(prefix),
    charLogProb: (char) => {
      const own = freq.get(char);
      if (own !== undefined) return Math.log(own) - logTotal;
      // Known only inside words: much rarer alone. Unknown: rarer still.
      const inside = inWords.get(char);
      return Math.log(inside !== undefined ? Math.max(inside * 0.01, 0.1) : 0.01) - logTotal;
    },
    wordClass: (word) => classes.get(word) ?? 'other',
    maxWordLength,
    size: freq.size,
  };
}

export function lexiconFromEncoded(encoded: string): ChineseLexicon {
  const entries: LexiconInput[] = [];
  decodeLexicon(encoded, (word, f, wordClass) => entries.push([word, f, wordClass]));
  return createLexicon(entries);
}

/** Parses jieba's `word freq [tag]` lines. */
export function parseJiebaDict(text: string): Array<[string, number, WordClass]> {
  const out: Array<[string, number, WordClass]> = [];
  for (const line of text.split('\n')) {
    const [word, f, tag] = line.trim().split(/\s+/);
    const n = Number(f);
    if (word && Number.isFinite(n) && n > 0) out.push([word, n, classOfJiebaTag(tag ?? '')]);
  }
  return out;
}

/** jieba (ICTCLAS) tags folded into the few classes the context rules use. */
export function classOfJiebaTag(tag: string): WordClass {
  if (tag === 'vn') return 'verbal-noun';
  const head = tag[0];
  if (head === 'n' || head === 's' || head === 't' || head === 'f' || head === 'j' || head === 'l') return 'noun';
  if (head === 'v') return 'verb';
  if (head === 'a' || head === 'b' || head === 'z') return 'adjective';
  if (head === 'd') return 'adverb';
  if (head === 'p' || head === 'c' || head === 'u' || head === 'y' || head === 'e' || head === 'o') return 'function';
  return 'other';
}
