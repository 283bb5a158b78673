import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { damageAs, findMojibakeSpans, repairMojibake } from '../../../server/src/core/encoding/index';
import { corporaRoot, filesUnder, seed004Path } from './helpers';
import { corpusIt } from '../../corpusTier';

/** Clean text a detector must leave alone: accents, typography, Turkish, symbols. */
const LEGITIMATE = [
  'Größe, Übergröße und Maßstäbe – „Fuß“ ist ein Wort.',
  'Le café « crème » coûte 3 € ; l’élève répond : « Très bien ! »',
  'Le café\u00a0» est servi à la française — naïve façon, cœur et sœur.',
  'İstanbul’da ağır şey: Ğ, ğ, ı, ş, Ş; “Türkçe” karakterler.',
  'São Paulo, Ação, coração; mañana, niño, ¿qué? ¡sí!',
  'Copyright © 2024 — all rights reserved® ™ ° ± ² ³ ½ ¼ · • … ‰',
  'Déjà vu, résumé, CAFÉ” and “RÉSUMÉ”, Ä… and Ö’ in quotes.',
  'Smörgåsbord, Åland, Ærø, Øresund; příliš žluťoučký kůň.',
  '中文笔记：KVM 与 EPT，虚拟化——“两级页表”。© 作者 🙂',
];

describe('findMojibakeSpans', () => {
  it('finds nothing in legitimate accented and typographic text', () => {
    for (const text of LEGITIMATE) assert.deepEqual(findMojibakeSpans(text), [], text);
  });

  it('rejects text with no Latin-1 lead character at once', () => {
    assert.deepEqual(findMojibakeSpans('纯中文，没有任何拉丁字母。“引号” — 破折号'), []);
  });

  it('finds damaged Chinese and reports the code page', () => {
    const damaged = damageAs('## 学术资源与参考标准\n\n本文档整理与虚拟化相关的资源。', 'cp1254');
    const spans = findMojibakeSpans(damaged);
    assert.ok(spans.length >= 2);
    for (const s of spans) {
      assert.equal(s.codePage, 'cp1252'); // no Turkish letter in it: the two pages look alike
      assert.ok(s.confidence > 0.5 && s.confidence <= 1);
      assert.ok(damaged.slice(s.start, s.end).length > 0);
    }
  });

  it('tells cp1254 by its Turkish letters', () => {
    const damaged = damageAs('表情 🙂 与中文', 'cp1254'); // 🙂 starts with F0: ğ in cp1254
    assert.ok(damaged.includes('ğ'));
    assert.ok(findMojibakeSpans(damaged).every((s) => s.codePage === 'cp1254'));
  });

  corpusIt('flags the whole of seed 004', () => {
    const text = fs.readFileSync(seed004Path, 'utf8');
    const spans = findMojibakeSpans(text);
    assert.ok(spans.length > 500, `${spans.length} spans`);
    assert.ok(spans.every((s) => s.codePage === 'cp1254'));
  }, [seed004Path]);

  corpusIt('finds no false positives in the corpora (clean UTF-8 notes)', function () {
    this.timeout(120_000);
    let files = 0;
    const hits: Array<{ file: string; original: string; repaired: string }> = [];
    // Notes only: the vaults also hold attachments (PNG bytes read as text are noise, not mojibake).
    for (const file of filesUnder(corporaRoot).filter((f) => /\.(md|markdown)$/i.test(f))) {
      files++;
      const text = fs.readFileSync(file, 'utf8');
      for (const s of findMojibakeSpans(text)) {
        const original = text.slice(s.start, s.end);
        hits.push({ file: path.relative(corporaRoot, file), original, repaired: repairMojibake(original).text });
      }
    }
    console.log(`      mojibake spans found in ${files} corpus files: ${hits.length}`);
    for (const h of hits) console.log(`        ${h.file}: ${JSON.stringify(h.original)} → ${JSON.stringify(h.repaired)}`);
    // The corpora hold a few real upstream mojibake spans: tree(1) output pasted as cp1252
    // (`â””â”€â”€` is `└──`). Every hit must be such a span, i.e. repair to box drawing.
    for (const h of hits) assert.match(h.repaired, /^[\u2500-\u257f\s]+$/, `${h.file}: ${h.original}`);
    assert.ok(hits.length <= 20, `${hits.length} hits`);
  });
});
