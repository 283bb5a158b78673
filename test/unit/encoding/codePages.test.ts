import * as assert from 'node:assert/strict';
import iconv from 'iconv-lite';
import { byteOf, damageAs, droppedBytes, highHalf, type CodePage } from '../../../server/src/core/encoding/codePages';

const ICONV_NAMES: Record<CodePage, string> = { cp1252: 'windows-1252', cp1254: 'windows-1254', 'latin-1': 'latin1' };

describe('code page tables', () => {
  for (const codePage of ['cp1252', 'cp1254', 'latin-1'] as const) {
    it(`${codePage}: every assigned byte decodes as iconv-lite decodes it`, () => {
      highHalf(codePage).forEach((cp, i) => {
        const byte = i + 0x80;
        if (cp === undefined) return;
        assert.equal(iconv.decode(Buffer.from([byte]), ICONV_NAMES[codePage]).codePointAt(0), cp, `byte ${byte.toString(16)}`);
        assert.equal(byteOf(cp), byte);
      });
    });
  }

  it('knows which bytes each page loses', () => {
    assert.deepEqual(droppedBytes('cp1254'), [0x81, 0x8d, 0x8e, 0x8f, 0x90, 0x9d, 0x9e, 0xad]);
    assert.deepEqual(droppedBytes('cp1252'), [0x81, 0x8d, 0x8f, 0x90, 0x9d, 0xad]);
    assert.deepEqual(droppedBytes('latin-1'), [0xad]);
  });

  it('damages text the way the issue describes: 源 (E6 BA 90) loses its last byte in cp1254', () => {
    assert.equal(damageAs('源', 'cp1254'), 'æº');
    assert.equal(damageAs('学', 'cp1254'), 'å¦'); // E5 AD A6: the soft hyphen goes
    assert.equal(damageAs('中文', 'cp1252'), 'ä¸æ–‡');
    assert.equal(damageAs('é', 'latin-1'), 'Ã©');
    assert.equal(damageAs('ASCII stays', 'cp1254'), 'ASCII stays');
  });
});
