// The server speaks the language `initialize` names: Chinese for zh-cn, English for en or
// when the client names none.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient } from './harness';

describe('lsp: the message language', function () {
  this.timeout(60_000);
  let root: string;
  before(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-lsp-locale-'));
    fs.writeFileSync(path.join(root, 'binary.md'), Buffer.alloc(64, 0));
    fs.writeFileSync(path.join(root, 'index.md'), '# 索引\n\n**EPT**：扩展页表。\n\n见 [缺失](missing.md)。\n');
  });
  after(() => fs.rmSync(root, { recursive: true, force: true }));

  async function logsWith(locale: string | undefined): Promise<string> {
    const client = await LspClient.start(root, { locale });
    try {
      return client.logMessages.join('\n');
    } finally {
      await client.stop();
    }
  }

  for (const locale of ['zh-cn', 'zh-CN', 'zh']) {
    it(`locale ${locale}: the log is Chinese`, async () => {
      const log = await logsWith(locale);
      assert.match(log, /二进制文件/);
      assert.doesNotMatch(log, /looks binary/);
    });
  }
  for (const locale of ['en', 'de', undefined]) {
    it(`locale ${locale ?? '(none)'}: the log is English`, async () => {
      const log = await logsWith(locale);
      assert.match(log, /looks binary/);
      assert.doesNotMatch(log, /二进制文件/);
    });
  }
});
