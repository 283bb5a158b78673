// The persistent index cache: a restart reuses parses of unchanged notes, anything wrong
// with the cache file is ignored and rebuilt, and nothing is ever written outside the
// cache folder the editor gives us.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createNoteService, createRemarkParser, type IMdParser } from '../../../server/src/core';
import { FsWorkspace } from '../../../server/src/node/fsWorkspace';
import { FileNoteCache, CACHE_FORMAT } from '../../../server/src/node/fileNoteCache';
import { corpusIt, sharedPath } from '../../corpusTier';

const NOTES: Record<string, string> = {
  'kvm.md': '# KVM\n\n**EPT**：扩展页表，二维地址翻译。\n\n见 [vCPU](vcpu.md#调度) 和 [缺失](vcpu.md#nope)。\n',
  'vcpu.md': '# vCPU\n\n## 调度\n\n**vCPU**：虚拟 CPU，由 EPT 支撑。\n\n- [ ] 问题：TODO 写完\n',
  'glossary/terms.md': '# 术语\n\n### cgroups\n\n控制组，限制资源。\n',
};

function countingParser(): IMdParser & { calls: number } {
  const inner = createRemarkParser();
  const parser = { calls: 0, parse: (text: string) => { parser.calls++; return inner.parse(text); } };
  return parser;
}

function listing(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile())
    .map((e) => path.relative(dir, path.join(e.parentPath, e.name)) + ':' + fs.readFileSync(path.join(e.parentPath, e.name), 'utf8')).sort();
}

describe('persistent index cache', () => {
  let root: string;
  let cacheDir: string;
  const logged: string[] = [];
  const logger = { info: () => {}, warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };

  beforeEach(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'concept-notes-cache-ws-'));
    cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'concept-notes-cache-'));
    for (const [name, text] of Object.entries(NOTES)) {
      fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      fs.writeFileSync(path.join(root, name), text);
    }
    logged.length = 0;
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(cacheDir, { recursive: true, force: true });
  });

  /** One server lifetime: index, cache saved. */
  async function session(parser = countingParser()) {
    const cache = FileNoteCache.open(cacheDir, logger);
    const service = createNoteService(new FsWorkspace([root], { exclude: [], logger }), parser, logger, { cache });
    const first = await service.indexWorkspace();
    await service.saveCache();
    await service.saveCache(); // the server saves after indexing and again at shutdown
    const diagnostics: string[] = [];
    for (const uri of service.noteUris().sort()) for (const d of await service.diagnostics(uri)) diagnostics.push(`${path.basename(uri)} ${d.code} ${d.range.start.line}`);
    return { service, first, parser, cache, diagnostics, concepts: service.concepts().map((c) => c.name).sort() };
  }

  it('a restart parses nothing that did not change and gives the same answers', async () => {
    const cold = await session();
    assert.equal(cold.first.fromCache, 0);
    const warm = await session();
    assert.equal(warm.first.fromCache, 3);
    assert.equal(warm.parser.calls, 0, 'no note parsed on a warm start');
    assert.deepEqual(warm.diagnostics, cold.diagnostics);
    assert.deepEqual(warm.concepts, cold.concepts);
    assert.ok(warm.concepts.includes('EPT') && warm.concepts.includes('cgroups'));
    assert.ok(cold.diagnostics.some((d) => d.startsWith('kvm.md link.no-such-header-in-file')));
  });

  it('a note changed between sessions is parsed again, the others are not', async () => {
    await session();
    fs.writeFileSync(path.join(root, 'vcpu.md'), '# vCPU\n\n## 调度新\n\n**vCPU**：虚拟 CPU。\n');
    const warm = await session();
    assert.equal(warm.first.fromCache, 2);
    assert.ok(warm.diagnostics.some((d) => d.startsWith('kvm.md link.no-such-header-in-file 4')), warm.diagnostics.join('\n'));
  });

  for (const [what, damage] of [
    ['truncated', (f: string) => fs.truncateSync(f, Math.floor(fs.statSync(f).size / 2))],
    ['bytes flipped', (f: string) => { const b = fs.readFileSync(f); b[b.length - 10] ^= 0xff; fs.writeFileSync(f, b); }],
    ['garbage', (f: string) => fs.writeFileSync(f, 'not a cache at all')],
    ['empty', (f: string) => fs.writeFileSync(f, '')],
    ['from another format', (f: string) => { const b = fs.readFileSync(f); const nl = b.indexOf(10); const h = JSON.parse(b.subarray(0, nl).toString()); h.format = CACHE_FORMAT + 1; fs.writeFileSync(f, Buffer.concat([Buffer.from(JSON.stringify(h) + '\n'), b.subarray(nl + 1)])); }],
  ] as const) {
    it(`a cache file that is ${what} is ignored, reported and rebuilt`, async () => {
      const cold = await session();
      const file = path.join(cacheDir, fs.readdirSync(cacheDir)[0]);
      damage(file);
      const recovered = await session();
      assert.equal(recovered.first.fromCache, 0, 'everything read again');
      assert.deepEqual(recovered.diagnostics, cold.diagnostics);
      assert.ok(logged.some((m) => m.includes('ignored')), logged.join('\n'));
      const again = await session();
      assert.equal(again.first.fromCache, 3, 'the rebuilt cache is used');
    });
  }

  it('writes only into the cache folder, never into the workspace', async () => {
    const before = listing(root);
    await session();
    await session();
    assert.deepEqual(listing(root), before);
    assert.deepEqual(fs.readdirSync(cacheDir), ['notes.cache']);
  });

  it('an unwritable cache folder is reported, not thrown, and indexing still works', async () => {
    const blocker = path.join(cacheDir, 'file-not-folder');
    fs.writeFileSync(blocker, '');
    const cache = FileNoteCache.open(path.join(blocker, 'sub'), logger);
    const service = createNoteService(new FsWorkspace([root], { exclude: [], logger }), createRemarkParser(), logger, { cache });
    await service.indexWorkspace();
    await service.saveCache();
    assert.ok(logged.some((m) => m.includes('Could not save the index cache')), logged.join('\n'));
    assert.equal(service.noteUris().length, 3);
  });

  const corpus = sharedPath('corpora', 'feiskyer-k8s-handbook');
  corpusIt('gives back every note of a real corpus exactly as parsed: links, headings, concepts, prose and code ranges', async () => {
    const open = () => createNoteService(new FsWorkspace([corpus], { exclude: [], logger }), createRemarkParser(), logger, { cache: FileNoteCache.open(cacheDir, logger) });
    const cold = open();
    await cold.indexWorkspace();
    await cold.saveCache();
    const warm = open();
    assert.equal((await warm.indexWorkspace()).fromCache, cold.noteUris().length);
    const model = (service: typeof cold, uri: string) => {
      const { text: _text, ...rest } = service.getNote(uri)!;
      return JSON.stringify(rest, (_key, value) => (value === undefined ? null : value));
    };
    for (const uri of cold.noteUris()) assert.equal(model(warm, uri), model(cold, uri), uri);
  }, [corpus]);
});
