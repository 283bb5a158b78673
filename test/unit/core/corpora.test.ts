import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { createNoteService, createRemarkParser } from '../../../server/src/core';
import { FsWorkspace } from '../../../server/src/node/fsWorkspace';
import { corporaRoot as CORPORA, corpusDescribe, corpusNames } from '../../corpusTier';

// Read when the suite runs, not at load: a fresh clone has no ../shared (the corpus tier).
corpusDescribe('indexing the real corpora', function () {
  this.timeout(240_000);
  const corpora = corpusNames();

  it('finds the corpora beside the repository', () => assert.ok(corpora.length >= 3, `corpora under ${CORPORA}: ${corpora.join(', ')}`));

  for (const name of corpora) {
    it(`indexes ${name} without an exception and checks every note`, async () => {
      const errors: string[] = [];
      const logger = { info: () => {}, warn: () => {}, error: (m: string) => errors.push(m) };
      const root = path.join(CORPORA, name);
      const workspace = new FsWorkspace([root], { exclude: [], logger });
      const service = createNoteService(workspace, createRemarkParser(), logger);
      const result = await service.indexWorkspace();
      const expected = (await workspace.listNotes()).length;
      assert.equal(result.notes, expected);
      assert.equal(result.failed, 0);
      for (const uri of service.noteUris()) {
        await service.diagnostics(uri);
        service.mentions(uri);
        service.documentSymbols(uri);
      }
      service.topicTree();
      assert.deepEqual(errors, []);
    });
  }
});
