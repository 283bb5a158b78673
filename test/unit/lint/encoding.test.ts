import * as assert from 'node:assert/strict';
import * as iconv from 'iconv-lite';
import { lint, lintService, ofCode } from './helpers';

/** What a UTF-8 text looks like after being read as a legacy code page and saved again. */
function damage(text: string, codePage: 'cp1252' | 'cp1254' | 'latin1'): string {
  return iconv.decode(Buffer.from(text, 'utf8'), codePage);
}

describe('lint: encoding', () => {
  describe('encoding.invalid-utf8', () => {
    it('reports bytes that are not UTF-8 at the replacement character', async () => {
      const bytes = Buffer.concat([Buffer.from('# 标题\n\nok '), Buffer.from([0xff, 0xfe, 0x41]), Buffer.from(' end\n')]);
      const s = await lintService({ 'note.md': new Uint8Array(bytes) });
      const d = ofCode(await s.diagnostics('note.md'), 'encoding.invalid-utf8');
      assert.equal(d.length, 1);
      assert.deepEqual(d[0].range.start, { line: 2, character: 3 });
      assert.equal(d[0].severity, 'error');
    });
    it('does not report valid UTF-8 with CJK and emoji', async () => {
      const s = await lintService({ 'note.md': new Uint8Array(Buffer.from('# 中文 😀\n\ncafé\n')) });
      assert.deepEqual(await s.codes('note.md'), []);
    });
  });

  describe('encoding.mojibake', () => {
    it('reports UTF-8 read as cp1252 (bytes lost on the way) at exactly the damaged span, with the repair in data', async () => {
      // The user's note: 学术资源 read as cp1252, its unassigned bytes dropped when saved.
      const bad = 'å¦æœ¯èµ„æº';
      const text = `# Notes\n\nSee ${bad} here.\n`;
      const d = ofCode(await lint(text), 'encoding.mojibake');
      assert.equal(d.length, 1);
      assert.deepEqual(d[0].range, { start: { line: 2, character: 4 }, end: { line: 2, character: 4 + bad.length } });
      assert.equal(d[0].data?.repaired, '学术资源');
      assert.match(d[0].message, /cp1252/);
    });
    it('reports cp1254 and latin-1 damage too', async () => {
      for (const cp of ['cp1254', 'latin1'] as const) {
        const d = ofCode(await lint(`虚拟化 ${damage('扩展页表的作用', cp)}\n`), 'encoding.mojibake');
        assert.equal(d.length, 1, cp);
      }
    });
    it('does not report clean Latin text with accents, nor quoted mojibake inside code', async () => {
      assert.deepEqual(await lint('Café, naïve, Ångström, “quotes” — and «guillemets».\n'), []);
      assert.deepEqual(await lint(`Quoted: \`${damage('学术资源', 'cp1252')}\`\n`), []);
    });
  });
});
