// Hostile note contents through the core, from disk (indexing) and as editor text:
// nothing throws, every feature still answers with ranges inside the note, and the
// user is told what happened (the note's problem or a diagnostic).
import * as assert from 'node:assert/strict';
import { createNoteService, InMemoryWorkspace, type NoteService } from '../../server/src/core';
import { silentLogger, type ILogger } from '../../server/src/core/workspace';
import { decodeNoteBytes } from '../../server/src/core/text/decode';
import { hostileInputs, SAMPLE_TEXT } from './hostileInputs';
import { parser } from './snapshot';
import { assertRangeInside, assertSymbolsInside, lineLengths } from './ranges';

const OK_NOTE = '# Ok\n\n**容器**：一种隔离进程的技术。\n\nSee [bad](bad.md) and [[bad]].\n';

/** Asks every read-only feature about `uri` and checks each answer's ranges against `text`. */
async function exerciseFeatures(service: NoteService, uri: string, text: string): Promise<void> {
  const lengths = lineLengths(text);
  const last = lengths.length - 1;
  const probes = [{ line: 0, character: 0 }, { line: 0, character: Math.min(3, lengths[0]) },
    { line: Math.floor(last / 2), character: Math.floor(lengths[Math.floor(last / 2)] / 2) }, { line: last, character: lengths[last] }];
  for (const pos of probes) {
    const hover = await service.hover(uri, pos);
    if (hover) { assert.equal(typeof hover.markdown, 'string'); assertRangeInside(hover.range, lengths, 'hover'); }
    for (const loc of await service.definition(uri, pos)) if (loc.uri === uri) assertRangeInside(loc.range, lengths, 'definition');
    for (const loc of (await service.references(uri, pos)) ?? []) if (loc.uri === uri) assertRangeInside(loc.range, lengths, 'reference');
    for (const item of await service.completion(uri, pos)) assert.equal(typeof item.label, 'string');
    const prepared = await service.prepareRename(uri, pos);
    if (!('error' in prepared)) assertRangeInside(prepared.range, lengths, 'prepareRename');
  }
  assertSymbolsInside(service.documentSymbols(uri), lengths);
  for (const d of await service.diagnostics(uri)) assertRangeInside(d.range, lengths, `diagnostic ${d.code}`);
  for (const t of service.conceptTokens(uri)) {
    assertRangeInside({ start: t, end: { line: t.line, character: t.character + t.length } }, lengths, 'semantic token');
  }
}

function messagesOf(service: NoteService, uri: string, diagnostics: Array<{ message: string }>): string[] {
  return [service.getNote(uri)?.problem ?? '', ...diagnostics.map((d) => d.message)];
}

describe('robustness: hostile note contents (core)', function () {
  this.timeout(180_000);

  for (const input of hostileInputs) {
    it(`copes with ${input.name}, from disk and as editor text`, async () => {
      const bytes = input.bytes();
      const warnings: string[] = [];
      const logger: ILogger = { ...silentLogger, warn: (m) => warnings.push(m), error: (m) => warnings.push(m) };
      const workspace = new InMemoryWorkspace('file:///ws', { 'bad.md': bytes, 'ok.md': OK_NOTE });
      const service = createNoteService(workspace, parser, logger);
      const bad = workspace.uri('bad.md');
      const ok = workspace.uri('ok.md');

      const result = await service.indexWorkspace();
      assert.equal(result.notes, 2, 'both notes are in the index');
      const diskText = service.getNote(bad)!.text;
      await exerciseFeatures(service, bad, diskText);
      if (input.message) {
        const said = messagesOf(service, bad, await service.diagnostics(bad));
        assert.ok(said.some((m) => input.message!.test(m)), `no message matching ${input.message} in ${JSON.stringify(said.map((m) => m.slice(0, 200)))}`);
        if (service.getNote(bad)!.problem) assert.ok(warnings.some((w) => w.includes(service.getNote(bad)!.problem!)), 'the problem is logged');
      }

      if (input.readInFull) {
        const note = service.getNote(bad)!;
        assert.equal(note.problem, undefined);
        assert.notEqual(note.parseMode, 'cheap', 'read by a parser, not the line scan');
        if (input.readInFull.links !== undefined) assert.equal(note.links.length, input.readInFull.links);
      }

      // The same content as an editor would hold it (a lossy decode for non-text bytes).
      const editorText = input.isText ? decodeNoteBytes(bytes).text : new TextDecoder('utf-8').decode(bytes);
      service.setDocumentText(bad, editorText);
      await exerciseFeatures(service, bad, editorText);
      const problem = service.getNote(bad)!.problem;
      if (problem) assert.ok(warnings.some((w) => w.includes(problem)), 'an open note\'s problem is logged too');

      // Other notes keep working.
      await exerciseFeatures(service, ok, OK_NOTE);
      const hover = await service.hover(ok, { line: 2, character: 3 });
      assert.match(hover?.markdown ?? '', /隔离进程/, 'a concept hover in a healthy note still answers');
    });
  }

  it('keeps positions right with CRLF and lone CR line endings', async () => {
    for (const eol of ['\r\n', '\r']) {
      const text = ['# A', '', '**术语**：解释。', '', 'x [x](missing.md)', 'TODO one', ''].join(eol);
      const workspace = new InMemoryWorkspace('file:///ws', { 'a.md': text, 'b.md': '术语 in prose\n' });
      const service = createNoteService(workspace, parser, silentLogger);
      await service.indexWorkspace();
      const uri = workspace.uri('a.md');
      const note = service.getNote(uri)!;
      const what = JSON.stringify(eol);
      assert.deepEqual(note.headings[0].range, { start: { line: 0, character: 0 }, end: { line: 0, character: 3 } }, what);
      assert.deepEqual(note.links[0].targetRange, { start: { line: 4, character: 6 }, end: { line: 4, character: 16 } }, what);
      assert.deepEqual(note.todos[0].range, { start: { line: 5, character: 0 }, end: { line: 5, character: 4 } }, what);
      assert.deepEqual(note.definitions[0].range, { start: { line: 2, character: 2 }, end: { line: 2, character: 4 } }, what);
      const missing = (await service.diagnostics(uri)).find((d) => d.code === 'link.no-such-file');
      assert.deepEqual(missing?.range.start.line, 4, what);
      const hover = await service.hover(workspace.uri('b.md'), { line: 0, character: 1 });
      assert.match(hover?.markdown ?? '', /解释/, what);
      await exerciseFeatures(service, uri, text);
    }
  });

  it('keeps a few NUL bytes in a small note as text (it is not mistaken for binary)', async () => {
    const workspace = new InMemoryWorkspace('file:///ws', { 'a.md': '# Nul\u0000 title\n\ntext\u0000with\u0000nuls [a](missing.md)\n' });
    const service = createNoteService(workspace, parser, silentLogger);
    await service.indexWorkspace();
    const note = service.getNote(workspace.uri('a.md'))!;
    assert.equal(note.problem, undefined);
    assert.equal(note.links.length, 1);
  });

  it('decodes UTF-16 notes with a BOM to the same text as UTF-8', () => {
    for (const input of hostileInputs.filter((i) => /UTF-16 (LE|BE) with BOM$/.test(i.name))) {
      assert.equal(decodeNoteBytes(input.bytes()).text, SAMPLE_TEXT, input.name);
    }
  });
});
