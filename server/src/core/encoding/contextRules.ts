import type { ChineseLexicon } from './chineseLexicon';
import type { WordClass } from './lexiconCodec';
import type { Slot } from './lattice';

/**
 * What a unigram word model cannot see. 中, 与 and 不 are all E4 B8 plus one byte that
 * Windows code pages drop (AD, 8E, 8D): three of the commonest characters of Chinese, and
 * standing alone the model prefers 不 everywhere. Their neighbours tell them apart:
 * - the locative 中 ends a phrase (before punctuation, the line's end, 的);
 * - 不 and 与 always lead into a following word, and 不 negates verbs and adjectives,
 *   hardly ever a noun or a Latin name, while 与 joins nouns (`Role 与 ClusterRole`).
 * - X 与 Y joins like with like: between two content words of one class (noun and noun,
 *   verb and verb) it is 与, where 不 would negate a verb after a subject;
 * - headings, table-of-contents entries and bold list terms are noun phrases, titled `A 与 B` far more
 *   often than they negate anything;
 * - 在 … 中 frames a place (`在 Pod 中使用`): after an open 在, 中 it is.
 * The weights are ln-odds, set by hand from these grammatical facts.
 */
const ENDS_A_PHRASE: Record<string, number> = { 中: Math.log(8), 不: Math.log(1 / 8), 与: Math.log(1 / 8) };
const BEFORE_DE: Record<string, number> = { 中: Math.log(4) };
const BETWEEN_LIKE_WORDS: Record<string, number> = { 与: Math.log(4) };
const CONTENT = new Set<WordClass>(['noun', 'verb', 'verbal-noun']);
/** A verbal noun pairs with nouns and with verbs alike. */
function coarse(c: WordClass): string {
  return c === 'verbal-noun' ? 'verb' : c;
}
const IN_A_TITLE: Record<string, number> = { 与: Math.log(3), 不: Math.log(1 / 3) };
const CLOSES_ZAI: Record<string, number> = { 中: Math.log(8) };
const BEFORE_LATIN_WORD: Record<string, number> = { 不: Math.log(1 / 4), 与: Math.log(2) };
const BEFORE_CLASS: Partial<Record<WordClass, Record<string, number>>> = {
  noun: { 不: Math.log(1 / 6), 中: Math.log(1 / 4) },
  'verbal-noun': { 不: Math.log(1 / 2), 中: Math.log(1 / 2) },
};

/**
 * `after` is the text that follows the slots (empty at the end of the text); `inTitle`
 * says the slots lie in a heading or a table-of-contents line.
 */
export function addNeighbourEvidence(slots: Slot[], lexicon: ChineseLexicon, after: string, inTitle: boolean): void {
  slots.forEach((slot, i) => {
    if (slot.options.length < 2) return;
    const next = slots[i + 1];
    const nextText = next === undefined ? after.slice(0, 2) : next.options.length === 1 ? next.options[0].text : null;
    const nextIsHan = next !== undefined && next.options.every((o) => o.han);
    const nextClass = nextIsHan ? lexicon.wordClass(likeliestNextWord(slots, i + 1, lexicon)) : undefined;
    const afterText = nextText === null ? null : next === undefined ? after : slots.slice(i + 1, i + 3).map((s) => s.options[0].text).join('');
    const zaiOpen = openZai(slots, i);
    const prevClass = i > 0 ? lexicon.wordClass(likeliestPreviousWord(slots, i - 1, lexicon)) : undefined;
    const parallel = nextClass !== undefined && prevClass !== undefined && CONTENT.has(nextClass) && coarse(prevClass) === coarse(nextClass);
    for (const o of slot.options) {
      let bonus = 0;
      if (afterText !== null && !nextIsHan) {
        if (/^ ?[A-Za-z`]/.test(afterText)) bonus += BEFORE_LATIN_WORD[o.text] ?? 0;
        else bonus += ENDS_A_PHRASE[o.text] ?? 0;
      }
      if (nextText === '的') bonus += BEFORE_DE[o.text] ?? 0;
      if (zaiOpen) bonus += CLOSES_ZAI[o.text] ?? 0;
      if (inTitle) bonus += IN_A_TITLE[o.text] ?? 0;
      if (nextClass) bonus += BEFORE_CLASS[nextClass]?.[o.text] ?? 0;
      if (parallel) bonus += BETWEEN_LIKE_WORDS[o.text] ?? 0;
      if (bonus !== 0) o.bonus = (o.bonus ?? 0) + bonus;
    }
  });
}

/** True when a certain 在 stands earlier in the same clause (no punctuation between). */
function openZai(slots: Slot[], i: number): boolean {
  for (let k = i - 1; k >= 0 && i - k <= 16; k--) {
    const s = slots[k];
    if (s.options.length !== 1) continue;
    const t = s.options[0].text;
    if (t === '在') return true;
    if (/[，。；：！？、,.;:!?()（）|\n]/.test(t)) return false;
  }
  return false;
}

/** The longest (then most frequent) dictionary word of certain Han slots ending at `last`. */
function likeliestPreviousWord(slots: Slot[], last: number, lexicon: ChineseLexicon): string {
  let best = '';
  let text = '';
  for (let k = last; k >= 0 && last - k < lexicon.maxWordLength; k--) {
    const s = slots[k];
    if (s.options.length !== 1 || !s.options[0].han) break;
    text = s.options[0].text + text;
    if (lexicon.wordLogProb(text) !== undefined) best = text;
  }
  return best;
}

/** The longest (then most frequent) dictionary word that can start at `from`. */
function likeliestNextWord(slots: Slot[], from: number, lexicon: ChineseLexicon): string {
  let best = '';
  let bestScore = -Infinity;
  const walk = (prefix: string, at: number) => {
    if (at >= slots.length || at - from >= lexicon.maxWordLength) return;
    for (const o of slots[at].options) {
      if (!o.han) continue;
      const word = prefix + o.text;
      const lp = lexicon.wordLogProb(word);
      if (lp !== undefined && (word.length > best.length || (word.length === best.length && lp > bestScore))) {
        best = word;
        bestScore = lp;
      }
      if (lexicon.isPrefix(word)) walk(word, at + 1);
    }
  };
  walk('', from);
  return best;
}
