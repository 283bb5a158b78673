import * as assert from 'node:assert/strict';
import { createLexicon } from '../../../server/src/core/encoding/chineseLexicon';
import { defaultLexicon } from '../../../server/src/core/encoding/defaultLexicon';
import { decodeLexicon, encodeLexicon } from '../../../server/src/core/encoding/lexiconCodec';
import { decodeLattice, type Slot } from '../../../server/src/core/encoding/lattice';

describe('Chinese lexicon', () => {
  it('round-trips through the compact ASCII form (frequencies within one quantization step)', () => {
    const entries = [
      { word: '中文', freq: 5000, wordClass: 'noun' as const },
      { word: '与', freq: 160984, wordClass: 'function' as const },
      { word: '𠀀字', freq: 60, wordClass: 'other' as const },
    ];
    const encoded = encodeLexicon(entries);
    assert.match(encoded, /^[\x21-\x7e]+$/, 'ASCII only, so bundles stay small');
    const back: Array<[string, number, string]> = [];
    decodeLexicon(encoded, (w, f, c) => back.push([w, f, c]));
    assert.deepEqual(back.map((b) => b[0]).sort(), entries.map((e) => e.word).sort());
    for (const [w, f, c] of back) {
      const e = entries.find((x) => x.word === w)!;
      assert.ok(Math.abs(Math.log(f) - Math.log(e.freq)) <= 0.125 + 1e-9, `${w}: ${f} vs ${e.freq}`);
      assert.equal(c, e.wordClass);
    }
  });

  it('bundled lexicon knows common words and the notes\' domain terms', () => {
    const lexicon = defaultLexicon();
    assert.ok(lexicon.size > 40_000, `size ${lexicon.size}`);
    for (const w of ['中文', '资源', '参考', '标准', '架构', '运维', '虚拟化']) assert.ok(lexicon.wordLogProb(w) !== undefined, w);
    assert.ok(lexicon.isPrefix('虚拟'));
    assert.ok(lexicon.charLogProb('的') > lexicon.charLogProb('丏'));
  });

  it('the lattice prefers the reading that makes a word with its neighbours', () => {
    const lexicon = createLexicon([['中文', 400], ['不', 1000], ['中', 500], ['文', 200]]);
    const han = (t: string) => ({ text: t, han: true, prior: 0 });
    const slots: Slot[] = [{ options: [han('不'), han('中')] }, { options: [han('文')] }];
    const { choice, margin } = decodeLattice(slots, lexicon);
    assert.deepEqual(choice, [1, 0]);
    assert.ok(margin[0] > 0 && margin[1] === Infinity);
  });
});
