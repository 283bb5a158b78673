import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { damageAs, findMojibakeSpans, repairMojibake } from '../../../server/src/core/encoding/index';
import { seed004Path } from './helpers';
import { corpusDescribe } from '../../corpusTier';

describe('repairMojibake', () => {
  corpusDescribe('seed 004 (UTF-8 read as Windows-1254, lost bytes dropped)', () => {
    const damaged = fs.readFileSync(seed004Path, 'utf8');
    const result = repairMojibake(damaged);

    it('leaves no U+FFFD and no mojibake behind', () => {
      assert.equal(result.text.match(/\uFFFD/g)?.length ?? 0, 0);
      assert.deepEqual(findMojibakeSpans(result.text), []);
      assert.ok(result.spans.length > 500);
      assert.ok(result.spans.every((s) => s.codePage === 'cp1254'));
    });

    it('gets the headings and terms right', () => {
      const headings = result.text.split('\n').filter((l) => l.startsWith('#'));
      for (const expected of [
        '## 1 概述',
        '### 1.1 资源分类',
        '## 2 Wikipedia 标准定义',
        '### 2.1 计算机体系结构',
        '#### 2.1.1 Von Neumann 架构',
        '### 2.2 虚拟化',
        '### 2.3 容器化',
        '### 2.6 策略治理',
        '### 2.7 分布式系统',
        '## 3 著名大学课程资源',
        '### 3.1 MIT（麻省理工学院）',
        '### 3.2 Stanford（斯坦福大学）',
        '## 5 行业标准组织',
        '## 7 总结',
      ]) {
        assert.ok(headings.includes(expected), `missing heading ${expected}`);
      }
      assert.ok(result.text.includes('学术资源'), '学术资源');
      assert.ok(result.text.includes('中文条'), '中文条目');
      assert.ok(result.text.includes('存储程序概念'));
    });

    it('reports spans as offsets into the input', () => {
      for (const s of result.spans) {
        assert.equal(damaged.slice(s.start, s.end), s.original);
        assert.ok(s.confidence >= 0 && s.confidence <= 1);
      }
      // Applying the spans to the input gives the output.
      let rebuilt = '';
      let at = 0;
      for (const s of result.spans) {
        rebuilt += damaged.slice(at, s.start) + s.repaired;
        at = s.end;
      }
      assert.equal(rebuilt + damaged.slice(at), result.text);
    });
  }, [seed004Path]);

  const SAMPLE = '# 虚拟化与容器\n\n本文介绍 KVM、EPT 以及“两级页表”的原理：vCPU 调度、内存管理。\n';

  for (const codePage of ['cp1252', 'cp1254', 'latin-1'] as const) {
    it(`${codePage}: a damaged Chinese sample round-trips`, () => {
      const damaged = damageAs(SAMPLE, codePage);
      assert.notEqual(damaged, SAMPLE);
      assert.equal(repairMojibake(damaged).text, SAMPLE);
    });
  }

  it('cp1252: Western text (curly quotes, dashes, accents) round-trips', () => {
    const clean = 'The café’s “crème brûlée” — 5 € — is très bon; naïve Zoë.';
    const damaged = damageAs(clean, 'cp1252');
    assert.ok(damaged.includes('â€™'));
    const result = repairMojibake(damaged);
    assert.equal(result.text, clean);
    assert.ok(result.spans.every((s) => s.codePage === 'cp1252'));
  });

  it('latin-1: C1 controls kept by the decoder come back as bytes', () => {
    const clean = '内存管理 — “页表”';
    const damaged = damageAs(clean, 'latin-1');
    assert.ok(/[\u0080-\u009f]/.test(damaged));
    const result = repairMojibake(damaged);
    assert.equal(result.text, clean);
    assert.ok(result.spans.every((s) => s.codePage === 'latin-1'));
  });

  it('mixed file: the clean paragraph stays byte-identical', () => {
    const clean = 'Größe — “naïve” café\u00a0» déjà vu. 中文段落：虚拟化与容器，© 2024 🙂\n';
    const damagedPart = damageAs('## 学术资源与参考标准\n\n本文档整理与虚拟化相关的学术资源。\n', 'cp1254');
    const input = clean + '\n' + damagedPart + '\n' + clean;
    const result = repairMojibake(input);
    assert.ok(result.text.startsWith(clean + '\n'));
    assert.ok(result.text.endsWith('\n' + clean));
    assert.ok(result.text.includes('学术资源与参考标准'));
    for (const s of result.spans) {
      assert.ok(s.start >= clean.length && s.end <= input.length - clean.length, 'spans only in the damaged part');
    }
  });

  it('reads a word across a soft line break and keeps the break', () => {
    // 材 (E6 9D 90) loses both continuation bytes in cp1254; only 材料 on the next line tells.
    const clean = '- **课程材\n  料**：<https://example.org/>\n';
    const damaged = damageAs(clean, 'cp1254');
    assert.ok(damaged.includes('æ\n  æ–™'));
    assert.equal(repairMojibake(damaged).text, clean);
  });

  it('a code page named by the caller is used', () => {
    const damaged = damageAs('存储与网络：虚拟化', 'cp1254');
    const result = repairMojibake(damaged, { codePage: 'cp1254' });
    assert.equal(result.text, '存储与网络：虚拟化');
    assert.ok(result.spans.every((s) => s.codePage === 'cp1254'));
  });

  it('minConfidence leaves uncertain spans as they are', () => {
    const damaged = damageAs('与', 'cp1254') + ' ' + damageAs('中文', 'cp1254');
    const all = repairMojibake(damaged);
    const none = repairMojibake(damaged, { minConfidence: 1.01 });
    assert.ok(all.spans.length > 0);
    assert.equal(none.text, damaged);
    assert.deepEqual(none.spans.map((s) => s.repaired), all.spans.map((s) => s.repaired));
  });

  it('clean text comes back unchanged with confidence 1', () => {
    const clean = 'Plain notes: café, Größe, “quotes” — and 中文。';
    assert.deepEqual(repairMojibake(clean), { text: clean, confidence: 1, spans: [] });
  });
});
