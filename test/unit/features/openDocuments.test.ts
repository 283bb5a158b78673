import * as assert from 'node:assert/strict';
import { indexed } from './helpers';

describe('open documents', () => {
  it('a note reopened while its close is still reading the disk keeps the editor text', async () => {
    const f = await indexed({ 'a.md': '# On disk\n' });
    const uri = f.uri('draft.md');
    f.service.setDocumentText(uri, '# First draft\n');
    const closing = f.service.closeDocument(uri);
    f.service.setDocumentText(uri, '# Second draft\n');
    await closing;
    assert.equal(f.service.getNote(uri)?.title, 'Second draft');
  });

  it('a closed note falls back to the file on disk, or leaves the index if there is none', async () => {
    const f = await indexed({ 'a.md': '# On disk\n' });
    f.service.setDocumentText(f.uri('a.md'), '# Edited\n');
    f.service.setDocumentText(f.uri('draft.md'), '# Draft\n');
    await f.service.closeDocument(f.uri('a.md'));
    await f.service.closeDocument(f.uri('draft.md'));
    assert.equal(f.service.getNote(f.uri('a.md'))?.title, 'On disk');
    assert.equal(f.service.getNote(f.uri('draft.md')), undefined);
  });
});
