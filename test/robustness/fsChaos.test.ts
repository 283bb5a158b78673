// File-system chaos under the core with the real disk workspace: symlink loops, symlinks
// out of the workspace, files vanishing mid-index, permission errors, thousands of new
// files, a removed folder. After each, the index equals a fresh index of the final disk.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { URI } from 'vscode-uri';
import { createNoteService } from '../../server/src/core';
import { silentLogger } from '../../server/src/core/workspace';
import { FsWorkspace } from '../../server/src/node/fsWorkspace';
import { removeFolder } from '../lsp/harness';
import { tempFolder } from './lspClient';
import { assertConverged, fsService, parser } from './snapshot';
import { DenyingWorkspace, RecordingWorkspace, VanishingWorkspace } from './workspaces';

const uriOf = (file: string) => URI.file(file).toString();

function write(root: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
}

const BASE = {
  'index.md': '# Index\n\nSee [a](a.md), [b](sub/b.md), [gone](gone.md) and [[Moved]].\n',
  'a.md': '# A\n\n**容器**：一种隔离进程的技术。\n\n[back](index.md#index)\n',
  'sub/b.md': '# B\n\n容器 are mentioned here. [up](../a.md)\n',
  'gone.md': '# Gone\n\nSoon deleted.\n',
  'moved.md': '# Moved\n\nSoon renamed.\n',
};

describe('robustness: file-system chaos (core)', function () {
  this.timeout(120_000);
  let root: string;
  let outside: string;
  beforeEach(() => {
    root = tempFolder('chaos');
    outside = tempFolder('outside');
    write(root, BASE);
    write(outside, { 'secret.md': '# Secret\n\nTOP-SECRET-TEXT\n' });
  });
  afterEach(() => {
    for (const dir of [root, outside]) {
      try { fs.chmodSync(dir, 0o755); } catch { /* gone */ }
      removeFolder(dir);
    }
  });

  it('terminates on symlink loops, followed or not, and lists each note once', async () => {
    fs.symlinkSync(root, path.join(root, 'sub', 'loop'));             // folder → its own ancestor
    fs.symlinkSync(path.join(root, 'self.md'), path.join(root, 'self.md')); // a link to itself
    fs.symlinkSync(path.join(root, 'ping'), path.join(root, 'pong'));
    fs.symlinkSync(path.join(root, 'pong'), path.join(root, 'ping'));
    for (const followSymlinks of [false, true]) {
      const { workspace, service } = fsService([root], { followSymlinks });
      const listed = await workspace.listNotes();
      assert.equal(new Set(listed).size, listed.length, 'no note listed twice');
      assert.deepEqual(listed.map((u) => path.relative(root, URI.parse(u).fsPath)).sort(), Object.keys(BASE).sort());
      await service.indexWorkspace();
      assert.equal(service.noteCount, Object.keys(BASE).length);
      assert.equal(await workspace.readFile(uriOf(path.join(root, 'self.md'))), undefined);
    }
  });

  it('never reads through symlinks that lead out of the workspace', async () => {
    fs.symlinkSync(outside, path.join(root, 'out'));
    fs.symlinkSync(path.join(outside, 'secret.md'), path.join(root, 'secret-link.md'));
    write(root, { 'leak.md': '# Leak\n\n[s](out/secret.md) [t](secret-link.md) [[out/secret]]\n' });
    for (const followSymlinks of [false, true]) {
      const { workspace } = fsService([root], { followSymlinks });
      const recording = new RecordingWorkspace(workspace);
      const service = createNoteService(recording, parser, silentLogger);
      await service.indexWorkspace();
      assert.ok(![...service.noteUris()].some((u) => u.includes('secret')), 'no note from outside is indexed');
      assert.equal(await workspace.readFile(uriOf(path.join(root, 'out', 'secret.md'))), undefined, 'a read through a symlinked folder is refused');
      assert.equal(await workspace.readFile(uriOf(path.join(root, 'secret-link.md'))), undefined, 'a symlinked file is not read');
      assert.equal(await workspace.stat(uriOf(path.join(root, 'out', 'secret.md'))), undefined, 'a stat through a symlinked folder is refused');
      const leak = uriOf(path.join(root, 'leak.md'));
      for (let character = 0; character < 50; character += 3) {
        const hover = await service.hover(leak, { line: 2, character });
        assert.doesNotMatch(hover?.markdown ?? '', /TOP-SECRET/, `hover at ${character}`);
      }
      const codes = (await service.diagnostics(leak)).map((d) => d.code);
      assert.equal(codes.filter((c) => c === 'link.no-such-file').length, 3, 'links into the symlinked folder count as missing');
    }
  });

  it('converges when files are deleted or renamed between listing and reading', async () => {
    const fsWorkspace = new FsWorkspace([root], { exclude: [], logger: silentLogger });
    const vanishing = new VanishingWorkspace(fsWorkspace, (uri) => {
      const file = URI.parse(uri).fsPath;
      if (file.endsWith('gone.md')) fs.rmSync(file);
      if (file.endsWith('moved.md')) fs.renameSync(file, path.join(root, 'sub', 'Moved Here.md'));
      if (file.endsWith('a.md') && !file.endsWith('sub/b.md')) fs.writeFileSync(file, '# A rewritten\n\nnew text [x](nowhere.md)\n');
    });
    const service = createNoteService(vanishing, parser, silentLogger);
    const result = await service.indexWorkspace();
    assert.equal(result.failed, 2, 'the two vanished files could not be read');
    assert.equal(service.getNote(uriOf(path.join(root, 'gone.md'))), undefined);
    // What the file watcher reports afterwards:
    service.fileDeleted(uriOf(path.join(root, 'gone.md')));
    service.fileDeleted(uriOf(path.join(root, 'moved.md')));
    await service.fileChanged(uriOf(path.join(root, 'sub', 'Moved Here.md')));
    await assertConverged(service, [root]);
  });

  it('survives a workspace whose reads and stats throw EACCES, and recovers when access returns', async () => {
    const denied = new Set([uriOf(path.join(root, 'a.md')), uriOf(path.join(root, 'sub', 'b.md'))]);
    let denying = true;
    const workspace = new DenyingWorkspace(new FsWorkspace([root], { exclude: [], logger: silentLogger }), (u) => denying && denied.has(u));
    const errors: string[] = [];
    const service = createNoteService(workspace, parser, { ...silentLogger, error: (m) => errors.push(m), warn: (m) => errors.push(m) });
    const result = await service.indexWorkspace();
    assert.equal(result.failed, 2);
    assert.ok(errors.some((e) => /EACCES/.test(e)), 'the permission error is logged');
    const index = uriOf(path.join(root, 'index.md'));
    await service.diagnostics(index); // follows links into the denied files: stat throws
    await service.hover(index, { line: 2, character: 5 });
    assert.deepEqual(await service.fileChanged(uriOf(path.join(root, 'a.md'))).then(() => 'ok', (e) => String(e)), 'ok', 'a change event for a denied file does not reject');
    denying = false;
    for (const uri of denied) await service.fileChanged(uri);
    await assertConverged(service, [root]);
  });

  it('converges after 3,000 files appear at once', async () => {
    const { service } = fsService([root]);
    await service.indexWorkspace();
    const created: string[] = [];
    for (let i = 0; i < 3000; i++) {
      const rel = path.join('bulk', String(i % 30), `n${i}.md`);
      write(root, { [rel]: `# Note ${i}\n\n[next](n${i + 1}.md) [home](../../index.md) [[Note ${i % 7}]]\n` });
      created.push(uriOf(path.join(root, rel)));
    }
    for (const uri of created) await service.fileChanged(uri);
    const snapshot = await assertConverged(service, [root]);
    assert.equal(Object.keys(snapshot.notes).length, Object.keys(BASE).length + 3000);
  });

  it('converges when a folder, or the whole workspace folder, is deleted on disk', async () => {
    const { service } = fsService([root]);
    await service.indexWorkspace();
    fs.rmSync(path.join(root, 'sub'), { recursive: true });
    service.fileDeleted(uriOf(path.join(root, 'sub'))); // watchers report the folder, not each file
    await assertConverged(service, [root], 'after deleting a sub-folder');
    removeFolder(root);
    service.fileDeleted(uriOf(root));
    await assertConverged(service, [root], 'after deleting the workspace folder');
    assert.equal(service.noteCount, 0);
    const again = await service.indexWorkspace();
    assert.equal(again.notes, 0, 're-indexing a missing folder finds nothing and does not throw');
  });
});
