// The NoteService contract: cancellation checked between steps of hover, definition,
// completion, diagnostics and code actions; nothing handed out is the index's own state;
// the workspace-config cache belongs to one service; dispose() lets go of everything.
import * as assert from 'node:assert/strict';
import { createNoteService, createRemarkParser, InMemoryWorkspace, type CancellationToken } from '../../../server/src/core';
import { silentLogger } from '../../../server/src/core/workspace';
import { indexed, positionOf, GLOSSARY } from '../features/helpers';

/** A token that reads "not cancelled" `reads` times, then "cancelled": the cancel arrives mid-request. */
function cancelledAfter(reads: number): CancellationToken {
  let n = 0;
  return { get isCancellationRequested() { return ++n > reads; } };
}

const FILES = {
  'glossary/virtualization.md': GLOSSARY,
  'kvm.md': '# KVM\n\nKVM uses EPT. See [qemu](qemu.md) and [gone](gone.md). TODO check\n\n[[qe\n',
  'qemu.md': '# QEMU\n\nQEMU needs EPT.\n',
};

describe('the note service', () => {
  describe('cancellation between steps', () => {
    it('hover, definition, completion, diagnostics and code actions stop once cancelled mid-way', async () => {
      const f = await indexed(FILES);
      const kvm = f.uri('kvm.md');
      const text = f.service.getNote(kvm)!.text;
      const onMention = positionOf(text, 'uses EPT', 5);
      const onLink = positionOf(text, '(qemu.md)', 2);
      const afterWiki = positionOf(text, '[[qe', 4);
      // Uncancelled, each has an answer…
      assert.ok(await f.service.hover(kvm, onMention));
      assert.ok((await f.service.definition(kvm, onLink)).length > 0);
      assert.ok((await f.service.completion(kvm, afterWiki)).length > 0);
      assert.ok((await f.service.diagnostics(kvm)).length > 0);
      const [todo] = (await f.service.diagnostics(kvm)).filter((d) => d.code === 'todo.marker');
      assert.ok((await f.service.codeActions(kvm, todo.range, [todo], false))!.length > 0);
      // …but a cancel that arrives after the first step is seen at the next one.
      assert.equal(await f.service.hover(kvm, onMention, cancelledAfter(1)), undefined, 'hover');
      assert.equal(await f.service.hover(kvm, onLink, cancelledAfter(2)), undefined, 'hover on a link, cancelled while following it');
      assert.equal(await f.service.definition(kvm, onLink, cancelledAfter(1)), undefined, 'definition');
      assert.equal(await f.service.completion(kvm, afterWiki, cancelledAfter(1)), undefined, 'completion');
      assert.equal(await f.service.diagnostics(kvm, cancelledAfter(1)), undefined, 'diagnostics');
      assert.equal(await f.service.diagnostics(kvm, cancelledAfter(2)), undefined, 'diagnostics, cancelled while links are checked');
      assert.equal(await f.service.codeActions(kvm, todo.range, [todo], false, cancelledAfter(1)), undefined, 'code actions');
    });
  });

  describe('what it hands out', () => {
    it('notes and concepts are copies, settings and counters frozen: changing them changes nothing', async () => {
      const f = await indexed(FILES);
      const kvm = f.uri('kvm.md');
      const note = f.service.getNote(kvm)!;
      note.links.length = 0;
      note.title = 'changed';
      assert.ok(f.service.getNote(kvm)!.links.length > 0);
      assert.equal(f.service.getNote(kvm)!.title, 'KVM');
      // Mentions are read-only by type (not copied: a note may have thousands).
      assert.ok(f.service.mentions(kvm).length > 0);
      const concept = f.service.concept('EPT')!;
      concept.definitions.length = 0;
      assert.ok(f.service.concept('EPT')!.definitions.length > 0);
      assert.throws(() => { (f.service.settings as { hoverMaxLength: number }).hoverMaxLength = 1; });
      assert.throws(() => { (f.service as { noteCount: number }).noteCount = 0; });
      assert.throws(() => { (f.service as { version: number }).version = 0; });
    });
  });

  describe('the workspace config cache', () => {
    it('belongs to one service: a second service over the same workspace reads the file afresh', async () => {
      const workspace = new InMemoryWorkspace('file:///ws', { 'a.md': '# A\n\nTODO one\n', '.concept-notes.json': '{"severity":{"todo.marker":"off"}}' });
      const first = createNoteService(workspace, createRemarkParser(), silentLogger);
      await first.indexWorkspace();
      assert.deepEqual((await first.diagnostics(workspace.uri('a.md'))).map((d) => d.code), []);
      workspace.write('.concept-notes.json', '{"severity":{"todo.marker":"error"}}');
      const second = createNoteService(workspace, createRemarkParser(), silentLogger);
      await second.indexWorkspace();
      assert.deepEqual((await second.diagnostics(workspace.uri('a.md'))).map((d) => [d.code, d.severity]), [['todo.marker', 'error']]);
      // The first one still has its own copy until it hears of the change.
      assert.deepEqual((await first.diagnostics(workspace.uri('a.md'))).map((d) => d.code), []);
      await first.fileChanged(workspace.uri('.concept-notes.json'));
      assert.deepEqual((await first.diagnostics(workspace.uri('a.md'))).map((d) => d.code), ['todo.marker']);
    });
  });

  describe('dispose', () => {
    it('drops the index; later edits and index runs add nothing', async () => {
      const f = await indexed(FILES);
      assert.ok(f.service.noteCount > 0);
      f.service.dispose();
      assert.equal(f.service.noteCount, 0);
      assert.deepEqual(f.service.setDocumentText(f.uri('new.md'), '# New\n'), []);
      assert.deepEqual(await f.service.indexWorkspace(), { notes: 0, failed: 0, fromCache: 0 });
      assert.equal(f.service.noteCount, 0);
      assert.equal(f.service.getNote(f.uri('kvm.md')), undefined);
    });
  });
});
