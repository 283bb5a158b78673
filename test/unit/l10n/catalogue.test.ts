// The process-wide language: messages follow useLocale, and the index cache never hands a
// note's problem written in one language to a session in another.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createNoteService, createRemarkParser, currentLocale, useLocale } from '../../../server/src/core';
import { FsWorkspace } from '../../../server/src/node/fsWorkspace';
import { FileNoteCache } from '../../../server/src/node/fileNoteCache';

const quiet = { info: () => {}, warn: () => {}, error: () => {} };

describe('the message language', () => {
  let root: string;
  let cacheDir: string;
  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'concept-notes-l10n-ws-'));
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concept-notes-l10n-cache-'));
    // Over maxFileSize below: read with the line scan, and the note carries a problem.
    fs.writeFileSync(path.join(root, 'big.md'), '# 大笔记\n\n' + '正文。\n'.repeat(200));
  });
  afterEach(() => {
    useLocale('en');
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  async function session() {
    const service = createNoteService(new FsWorkspace([root], { exclude: [], logger: quiet }), createRemarkParser(), quiet,
      { settings: { maxFileSize: 100 }, cache: FileNoteCache.open(cacheDir, quiet) });
    const result = await service.indexWorkspace();
    await service.saveCache();
    return { fromCache: result.fromCache, problem: service.getNote(service.noteUris()[0])!.problem };
  }

  it('English by default, Chinese after useLocale("zh-cn"), English again after useLocale("en")', async () => {
    assert.equal(currentLocale(), 'en');
    assert.match((await session()).problem!, /over the full-parse limit/);
    useLocale('zh-cn');
    assert.equal(currentLocale(), 'zh-cn');
    const chinese = await session();
    assert.match(chinese.problem!, /超过完整解析的上限/);
    useLocale('en');
    assert.match((await session()).problem!, /over the full-parse limit/);
  });

  it('a cached note is reused only in the language it was cached in', async () => {
    assert.equal((await session()).fromCache, 0);
    assert.equal((await session()).fromCache, 1, 'same language: from the cache');
    useLocale('zh-cn');
    const chinese = await session();
    assert.equal(chinese.fromCache, 0, 'another language: read again');
    assert.match(chinese.problem!, /快速行扫描/);
    assert.equal((await session()).fromCache, 1);
  });
});
