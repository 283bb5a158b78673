// One small vault per link style (test/fixtures/links/<style>/), built from each tool's
// documented rules. Every link is followed by `<!-- ok -->` or `<!-- <code> -->`: the
// diagnostic it must get (and no other link diagnostic).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createNoteService, createRemarkParser } from '../../../server/src/core';
import { FsWorkspace } from '../../../server/src/node/fsWorkspace';
import { silentLogger } from '../../../server/src/core/workspace';
import { createFindingChecks } from '../../../server/src/core/features/diagnostics/extraChecks';
import { DEFAULT_SETTINGS } from '../../../shared/protocol';
import { LineIndex } from '../../../server/src/core/text/lineIndex';
import { quickFixes } from '../../../server/src/core/fixes';
import { lintService } from './helpers';
import { readConfigFile } from '../../../server/src/core/config/configFile';

const FIXTURES = path.resolve(__dirname, '../../fixtures/links');
const EXPECTATION = /^\s*<!--\s*([\w.-]+)\s*-->/;

async function serviceFor(style: string, linkStyle: typeof DEFAULT_SETTINGS.linkStyle = 'auto') {
  const workspace = new FsWorkspace([path.join(FIXTURES, style)], { exclude: DEFAULT_SETTINGS.exclude, logger: silentLogger });
  const service = createNoteService(workspace, createRemarkParser(), silentLogger, { settings: { ...DEFAULT_SETTINGS, linkStyle, configFile: {} } as never, extraChecks: createFindingChecks() });
  await service.indexWorkspace();
  return service;
}

for (const style of ['obsidian', 'foam', 'github-wiki', 'markdown']) {
  describe(`link style ${style}: the fixture vault`, () => {
    it(`is detected as ${style}`, async () => {
      const service = await serviceFor(style);
      assert.equal(await service.linkStyleOf(service.noteUris()[0]), style);
    });

    it('gets exactly the diagnostic written after every link', async () => {
      const service = await serviceFor(style);
      let checked = 0;
      const wrong: string[] = [];
      for (const uri of service.noteUris()) {
        const note = service.getNote(uri)!;
        const lines = new LineIndex(note.text);
        const diagnostics = (await service.diagnostics(uri)).filter((d) => d.code.startsWith('link.'));
        const spans = [...note.links.filter((l) => l.kind !== 'autolink').map((l) => l.range), ...note.referenceDefinitions.map((d) => d.range)];
        for (const range of spans) {
          const end = lines.offsetAt(range.end);
          const expected = EXPECTATION.exec(note.text.slice(end, lines.lineEnd(range.end.line)))?.[1];
          const where = `${path.basename(uri)}:${range.start.line + 1} ${note.text.slice(lines.offsetAt(range.start), end)}`;
          if (!expected) { wrong.push(`${where}: no expectation written`); continue; }
          const got = diagnostics.filter((d) => d.range.start.line === range.start.line && d.range.start.character >= range.start.character && d.range.end.character <= range.end.character).map((d) => d.code);
          const want = expected === 'ok' ? [] : [expected];
          if (got.join() !== want.join()) wrong.push(`${where}: expected ${expected}, got ${got.join(', ') || 'ok'}`);
          checked++;
        }
      }
      assert.deepEqual(wrong, []);
      assert.ok(checked >= 8, `only ${checked} links checked`);
    });
  });
}

describe('link styles: settings and quick fixes', () => {
  it('conceptNotes.linkStyle overrides the detected style', async () => {
    const service = await serviceFor('obsidian', 'markdown');
    assert.equal(await service.linkStyleOf(service.noteUris()[0]), 'markdown');
    const linker = service.noteUris().find((u) => u.endsWith('Linker.md'))!;
    // Under the VS Code rules `[[Target#Setup first steps]]` is not a slug and `![[picture.png]]` is no sibling.
    assert.ok((await service.diagnostics(linker)).filter((d) => d.code.startsWith('link.')).length > 6);
  });

  it('linkStyle in .concept-notes.json picks the rules of its folder; a wrong value is reported and ignored', async () => {
    const vault = await lintService({ '.concept-notes.json': '{ "linkStyle": "obsidian" }', 'a/Target.md': '# T\n', 'b/Linker.md': '[[Target]] [x](Target.md)\n' });
    assert.equal(await vault.service.linkStyleOf(vault.uri('b/Linker.md')), 'obsidian');
    assert.deepEqual(await vault.codes('b/Linker.md'), []);
    const plain = await lintService({ 'a/Target.md': '# T\n', 'b/Linker.md': '[x](Target.md)\n' });
    assert.deepEqual(await plain.codes('b/Linker.md'), ['link.no-such-file']);
    assert.deepEqual(readConfigFile('{ "linkStyle": "roam" }').problems.map((p) => p.code), ['config.invalid-setting']);
  });

  it('link.ambiguous offers one fix per candidate, each writing a path that picks it', async () => {
    const service = await serviceFor('foam');
    const uri = service.noteUris().find((u) => u.endsWith('notes.md'))!;
    const note = service.getNote(uri)!;
    const d = (await service.diagnostics(uri)).find((x) => x.code === 'link.ambiguous')!;
    const fixes = quickFixes(d, { note, getNote: service.getNote, noteUris: service.noteUris });
    assert.deepEqual(fixes.map((f) => f.edit.changes[uri][0].newText).sort(), ['house/todo', 'work/todo']);
  });

  it('in a GitHub wiki the finding and its fixes sit on the page part of [[text|page]]', async () => {
    const vault = await lintService({ 'Home.md': '[[Read this|Twin]]\n', 'a/Twin.md': '# A\n', 'b/Twin.md': '# B\n' });
    const [d] = (await vault.diagnostics('Home.md')).filter((x) => x.code === 'link.ambiguous');
    assert.deepEqual([d.range.start.character, d.range.end.character], [12, 16]);
    const fixes = quickFixes(d, vault.fixContext('Home.md'));
    assert.deepEqual(fixes.map((f) => f.edit.changes[vault.uri('Home.md')][0].newText), ['a/Twin', 'b/Twin']);
  });

  it('link.no-such-block suggests the closest block id when asked', async () => {
    const service = await serviceFor('obsidian');
    const uri = service.noteUris().find((u) => u.endsWith('Linker.md'))!;
    const note = service.getNote(uri)!;
    const blocks = (await service.diagnostics(uri)).filter((x) => x.code === 'link.no-such-block');
    const own = blocks.find((b) => note.text.split('\n')[b.range.start.line].includes('own-idd'))!;
    const fixes = quickFixes(own, { note, getNote: service.getNote, noteUris: service.noteUris });
    assert.deepEqual(fixes.map((f) => f.title), ['Change to ^own-id']);
  });

  it('a broken heading in an Obsidian Markdown link is fixed with the heading text, URL-encoded', async () => {
    const vault = await lintService({ '.obsidian/app.json': '{}', 'a/Target.md': '# Target\n\n## Setup steps\n', 'b/Linker.md': '[x](Target.md#Setup%20stepz)\n' });
    const [d] = (await vault.diagnostics('b/Linker.md')).filter((x) => x.code === 'link.no-such-header-in-file');
    const fixes = quickFixes(d, vault.fixContext('b/Linker.md'));
    assert.deepEqual(fixes.map((f) => f.edit.changes[vault.uri('b/Linker.md')][0].newText), ['Setup%20steps']);
  });

  it('every fixture file is a real file (the vaults are committed, not generated)', () => {
    for (const style of ['obsidian', 'foam', 'github-wiki', 'markdown']) assert.ok(fs.existsSync(path.join(FIXTURES, style)));
  });
});
