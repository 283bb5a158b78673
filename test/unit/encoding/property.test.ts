import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { damageAs, findMojibakeSpans, repairMojibake } from '../../../server/src/core/encoding/index';

/**
 * Undamaged UTF-8 text must come back untouched. Words are random strings over realistic
 * alphabets (ASCII, Latin-1 and Turkish letters, CJK, emoji); punctuation and symbols from
 * the Latin-1 and Windows ranges (— “ ” « » © ° … and the no-break space) sit between
 * words or right after them, as they do in real text.
 */
const latinLetters = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZàáâãäåæçèéêëìíîïðñòóôõöøùúûüýþÿÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞßğışİŞĞ'];
const symbols = [...'—–“”‘’«»©®°±·…€£¥§¶™•‰²³½\u00a0!?.,;:()'];

const latinWord = fc.array(fc.constantFrom(...latinLetters), { minLength: 2, maxLength: 10 }).map((a) => a.join(''));
const cjkWord = fc.array(fc.integer({ min: 0x4e00, max: 0x9fff }), { minLength: 1, maxLength: 6 }).map((a) => String.fromCodePoint(...a));
const emoji = fc.integer({ min: 0x1f300, max: 0x1faff }).map((cp) => String.fromCodePoint(cp));
const punctuation = fc.array(fc.constantFrom(...symbols), { minLength: 1, maxLength: 2 }).map((a) => a.join(''));
const token = fc.oneof(
  latinWord,
  cjkWord,
  emoji,
  punctuation,
  fc.tuple(latinWord, punctuation).map(([w, p]) => w + p),
  fc.tuple(cjkWord, punctuation).map(([w, p]) => w + p),
);
const text = fc
  .array(fc.tuple(token, fc.constantFrom(' ', ' ', ' ', '\n', '\n\n')), { maxLength: 60 })
  .map((parts) => parts.map(([t, sep]) => t + sep).join(''));

describe('repairMojibake on undamaged text (property)', () => {
  it('returns any realistic clean text unchanged, with no spans', () => {
    fc.assert(
      fc.property(text, (t) => {
        assert.deepEqual(findMojibakeSpans(t), []);
        const result = repairMojibake(t);
        assert.equal(result.text, t);
        assert.deepEqual(result.spans, []);
      }),
      { numRuns: 500 },
    );
  });

  it('returns arbitrary Unicode strings without a lead character unchanged', () => {
    const noLead = fc.string({ unit: 'grapheme', maxLength: 80 }).filter((s) => !/[\u00c2-\u00f4\u011e\u011f\u0130\u015e]/.test(s));
    fc.assert(
      fc.property(noLead, (t) => {
        assert.deepEqual(repairMojibake(t), { text: t, confidence: 1, spans: [] });
      }),
      { numRuns: 500 },
    );
  });

  it('repairs any CJK sentence damaged as cp1252 back to valid characters', () => {
    const sentence = fc.array(cjkWord, { minLength: 3, maxLength: 8 }).map((w) => w.join('，') + '。');
    fc.assert(
      fc.property(sentence, (s) => {
        const result = repairMojibake(damageAs(s, 'cp1252'));
        assert.ok(!result.text.includes('\uFFFD'));
        assert.equal([...result.text].length, [...s].length, 'one character per character');
      }),
      { numRuns: 200 },
    );
  });
});
