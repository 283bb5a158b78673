// conceptNotes/indexChanged while indexing: counts of notes read so far, for the status bar.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { LspClient, removeFolder } from './harness';

describe('LSP: index progress counts', function () {
  this.timeout(60_000);
  let folder: string;
  let client: LspClient;
  before(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'concept-notes-progress-'));
    for (let i = 0; i < 120; i++) fs.writeFileSync(path.join(folder, `n${i}.md`), `# Note ${i}\n\nSee [next](n${i + 1}.md).\n`);
    client = await LspClient.start(folder);
  });
  after(async () => {
    await client?.stop();
    removeFolder(folder);
  });

  it('reports notes read out of the total while indexing, then the final counts', () => {
    const counts = client.indexChanged.filter((e) => e.indexing && e.total !== undefined);
    assert.deepEqual(counts.map((c) => `${c.indexed}/${c.total}`), ['50/120', '100/120', '120/120']);
    const last = client.indexChanged.at(-1)!;
    assert.equal(last.indexing, false);
    assert.equal(last.notes, 120);
    assert.equal(last.problems, 1, 'the last note links to a note that does not exist');
  });
});
