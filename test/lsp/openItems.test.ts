import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { WorkspaceEdit } from 'vscode-languageserver-protocol';
import { LspClient } from './harness';
import { Requests, type OpenItemsResult } from '../../shared/protocol';

describe('LSP: open questions and TODOs', () => {
  let dir: string;
  let client: LspClient;
  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'concept-notes-open-items-'));
    fs.mkdirSync(path.join(dir, 'virt'));
    fs.writeFileSync(path.join(dir, 'virt', 'kvm.md'), '# KVM\n\n## 问题\n\n- [ ] EPT 缺页如何处理？\n- [x] done\n\nFIXME: numbers\n');
    fs.writeFileSync(path.join(dir, 'index.md'), '# Index\n\nTODO: tidy up\n');
    client = await LspClient.start(dir);
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('answers conceptNotes/openItems grouped topic → note, filtered by marker', async () => {
    const all = await client.request<OpenItemsResult>(Requests.openItems, {});
    assert.deepEqual(all.topics.map((t) => [t.topic, t.notes.map((n) => n.items.map((i) => i.marker))]), [
      ['', [['TODO']]],
      ['virt', [['task', 'FIXME']]],
    ]);
    const fixmes = await client.request<OpenItemsResult>(Requests.openItems, { markers: ['FIXME'] });
    assert.deepEqual(fixmes.topics.map((t) => t.topic), ['virt']);
  });

  it('conceptNotes/markTaskDone returns the edit that ticks the task and writes nothing itself', async () => {
    const uri = client.uri('virt/kvm.md');
    const edit = await client.request<WorkspaceEdit | null>(Requests.markTaskDone, { uri, line: 4 });
    assert.deepEqual(edit?.changes?.[uri], [{ range: { start: { line: 4, character: 3 }, end: { line: 4, character: 4 } }, newText: 'x' }]);
    assert.match(fs.readFileSync(path.join(dir, 'virt', 'kvm.md'), 'utf8'), /- \[ \] EPT/);
    assert.equal(await client.request(Requests.markTaskDone, { uri, line: 5 }), null);
  });
});
