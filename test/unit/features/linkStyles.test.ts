// Navigation, hover, references, completion and rename on the Obsidian and Foam fixture
// vaults (test/fixtures/links/): each feature follows links the way the vault's tool does.
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { createNoteService, createRemarkParser, type Position } from '../../../server/src/core';
import { FsWorkspace } from '../../../server/src/node/fsWorkspace';
import { InMemoryWorkspace } from '../../../server/src/core/inMemoryWorkspace';
import { silentLogger } from '../../../server/src/core/workspace';
import { DEFAULT_SETTINGS } from '../../../shared/protocol';

const FIXTURES = path.resolve(__dirname, '../../fixtures/links');

async function vault(style: string) {
  const workspace = new FsWorkspace([path.join(FIXTURES, style)], { exclude: DEFAULT_SETTINGS.exclude, logger: silentLogger });
  const service = createNoteService(workspace, createRemarkParser(), silentLogger, { settings: { ...DEFAULT_SETTINGS, configFile: {} } as never });
  await service.indexWorkspace();
  const uri = (p: string) => service.noteUris().find((u) => u.endsWith('/' + p.split('/').map(encodeURIComponent).join('/')))!;
  /** The position just after the first occurrence of `text` in the note, plus `shift`. */
  const at = (p: string, text: string, shift = 0): Position => {
    const note = service.getNote(uri(p))!;
    const offset = note.text.indexOf(text);
    assert.ok(offset !== -1, `${text} not in ${p}`);
    const before = note.text.slice(0, offset + shift);
    return { line: before.split('\n').length - 1, character: before.length - before.lastIndexOf('\n') - 1 };
  };
  return { service, uri, at };
}

describe('features on an Obsidian vault', () => {
  it('definition of [[Target#^para-1]] is the block id in Target.md', async () => {
    const { service, uri, at } = await vault('obsidian');
    const [loc] = await service.definition(uri('Folder/Linker.md'), at('Folder/Linker.md', '[[Target#^para-1]]', 3));
    assert.ok(loc.uri.endsWith('/Target.md'));
    assert.deepEqual(loc.range.start, at('Target.md', '^para-1'));
  });

  it('hover on a block link shows the block; on an embed of a heading, that section', async () => {
    const { service, uri, at } = await vault('obsidian');
    const block = await service.hover(uri('Folder/Linker.md'), at('Folder/Linker.md', '[[Target#^para-1]]', 3));
    assert.match(block!.markdown, /A paragraph with an id\./);
    assert.doesNotMatch(block!.markdown, /\^para-1/);
    const embed = await service.hover(uri('Folder/Linker.md'), at('Folder/Linker.md', '![[Target#Other part]]', 4));
    assert.match(embed!.markdown, /Other part/);
    assert.match(embed!.markdown, /Details/);
    assert.doesNotMatch(embed!.markdown, /A paragraph with an id/);
  });

  it('references on a ^block-id marker list the links to it', async () => {
    const { service, uri, at } = await vault('obsidian');
    const refs = await service.references(uri('Folder/Linker.md'), at('Folder/Linker.md', '^own-id\n', 1), false);
    assert.equal(refs!.length, 1);
    assert.deepEqual(refs![0].range.start, at('Folder/Linker.md', '[[#^own-id]]'));
  });

  it('a wiki link completes to the shortest name that picks each file, and #^ to block ids', async () => {
    const { service, uri } = await vault('obsidian');
    const linker = uri('Folder/Linker.md');
    const names = (await service.completion(linker, { line: 0, character: 0 }));
    assert.deepEqual(names, []); // not in a link
    const note = service.getNote(linker)!;
    const line = note.text.split('\n').findIndex((l) => l.startsWith('- [[Target]]'));
    const items = await service.completion(linker, { line, character: '- [['.length });
    const inserts = items.map((i) => i.insertText);
    for (const want of ['Target', 'Same', 'Deep/Same', 'Other/Folder/Same', 'picture.png']) assert.ok(inserts.includes(want), `${want} in ${inserts.join(', ')}`);
    const blockLine = note.text.split('\n').findIndex((l) => l.startsWith('- [[Target#^para-1]]'));
    const blocks = await service.completion(linker, { line: blockLine, character: '- [[Target#^'.length });
    assert.deepEqual(blocks.map((b) => b.insertText).sort(), ['para-1', 'table-id']);
  });
});

describe('workspace symbols on an Obsidian vault', () => {
  it('a query starting with ^ finds block ids across the vault', async () => {
    const { service } = await vault('obsidian');
    const found = service.workspaceSymbols('^para').map((s) => `${s.name} ${s.container}`);
    assert.deepEqual(found, ['^para-1 Target']);
    assert.ok(!service.workspaceSymbols('para').some((s) => s.name.startsWith('^')));
  });
});

describe('rename on an Obsidian vault', () => {
  it('renaming a heading rewrites wiki links by text and Markdown links in their own form', async () => {
    const workspace = new InMemoryWorkspace('file:///ws', {
      '.obsidian/app.json': '{}',
      'sub/target.md': '# Target\n\n## Old name\n',
      'linker.md': '[[target#Old name]] and [[target#Old name|alias]] and [x](sub/target.md#Old%20name)\n',
    });
    const service = createNoteService(workspace, createRemarkParser(), silentLogger, { settings: { ...DEFAULT_SETTINGS } });
    await service.indexWorkspace();
    const result = await service.rename(workspace.uri('sub/target.md'), { line: 2, character: 4 }, 'New name');
    assert.ok(result && 'edits' in result);
    const texts = result.edits.filter((e) => e.uri === workspace.uri('linker.md')).map((e) => e.newText).sort();
    assert.deepEqual(texts, ['New name', 'New name', 'New%20name']);
  });
});

describe('moving a note rewrites the links to it in their own syntax', () => {
  async function moved(files: Record<string, string>, from: string, to: string, linker: string) {
    const workspace = new InMemoryWorkspace('file:///ws', files);
    const service = createNoteService(workspace, createRemarkParser(), silentLogger, { settings: { ...DEFAULT_SETTINGS } });
    await service.indexWorkspace();
    const edits = (await service.renameNote(workspace.uri(from), workspace.uri(to)))!;
    const text = files[linker];
    const lines = text.split('\n');
    // Apply bottom-up so earlier offsets stay valid.
    for (const e of edits.filter((x) => x.uri === workspace.uri(linker)).sort((a, b) => b.range.start.line - a.range.start.line || b.range.start.character - a.range.start.character)) {
      const l = lines[e.range.start.line];
      lines[e.range.start.line] = l.slice(0, e.range.start.character) + e.newText + l.slice(e.range.end.character);
    }
    return lines.join('\n');
  }

  it('Obsidian: wiki links get the shortest unique name, Markdown links the encoded path', async () => {
    const out = await moved({
      '.obsidian/app.json': '{}', 'a/Note.md': '# Note\n\n## H\n',
      'b/Other.md': '[[Note]] [[Note#H]] [[a/Note|alias]] [x](../a/Note.md) [y](Note.md)\n',
    }, 'a/Note.md', 'c/New name.md', 'b/Other.md');
    assert.equal(out, '[[New name]] [[New name#H]] [[New name|alias]] [x](../c/New%20name.md) [y](New%20name.md)\n');
  });

  it('Markdown: relative paths, extensionless links stay extensionless', async () => {
    const out = await moved({ 'docs/a.md': '[x](b.md) [y](b) [[b]]\n', 'docs/b.md': '# B\n' }, 'docs/b.md', 'docs/sub/c.md', 'docs/a.md');
    assert.equal(out, '[x](sub/c.md) [y](sub/c) [[c]]\n');
  });
});
