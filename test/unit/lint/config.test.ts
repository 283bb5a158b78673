import * as assert from 'node:assert/strict';
import { lint, lintService } from './helpers';
import { lintOptions } from '../../../server/src/core/config/lintConfig';
import { readConfigFile } from '../../../server/src/core/config/configFile';
import { DEFAULT_SETTINGS } from '../../../shared/protocol';

describe('lint: configuration', () => {
  describe('.concept-notes.json', () => {
    it('reads severities (aliases, families, false = off) and ignore globs, flat or under conceptNotes', () => {
      const flat = readConfigFile('{ "severity": { "todo": "warn", "link.unused-definition": false }, "ignoreLinks": ["**/*.png"] }');
      assert.deepEqual(flat.config.severity, { 'todo.marker': 'warning', 'todo.open-task': 'warning', 'link.unused-definition': 'off' });
      assert.deepEqual(flat.config.ignoreLinks, ['**/*.png']);
      const nested = readConfigFile('// comment\n{ "conceptNotes": { "ignoreFiles": ["drafts/**"] } }');
      assert.deepEqual(nested.config.ignoreFiles, ['drafts/**']);
    });
    it('warns about unknown codes and severities instead of failing', () => {
      const r = readConfigFile('{ "severity": { "link.nope": "error", "todo.marker": "loud" } }');
      assert.equal(r.problems.length, 2);
      assert.deepEqual(r.config.severity, {});
    });
    it('rejects a file that is not a JSON object', () => {
      assert.equal(readConfigFile('[1, 2]').invalid, true);
      assert.equal(readConfigFile('{ nope').invalid, true);
    });
    it('lets the file win over editor settings, code by code', () => {
      const o = lintOptions({ ...DEFAULT_SETTINGS, severity: { 'todo.marker': 'hint', 'todo.open-task': 'hint' } }, { severity: { 'todo.marker': 'error' } });
      assert.equal(o.severity['todo.marker'], 'error');
      assert.equal(o.severity['todo.open-task'], 'hint');
      assert.equal(o.severity['link.no-such-file'], 'error');
    });
    it('is read from the workspace root by the core, for the editor and the CLI alike', async () => {
      const s = await lintService({
        '.concept-notes.json': '{ "severity": { "todo.open-task": "off", "link.no-such-file": "warning" }, "ignoreFiles": ["drafts/**"] }',
        'note.md': '- [ ] task\n\n[x](gone.md)\n', 'drafts/d.md': '[x](gone.md)\n',
      });
      assert.deepEqual((await s.diagnostics('note.md')).map((d) => [d.code, d.severity]), [['link.no-such-file', 'warning']]);
      assert.deepEqual(await s.codes('drafts/d.md'), []);
    });
    it('re-reads the file after it changes', async () => {
      const s = await lintService({ '.concept-notes.json': '{}', 'note.md': 'TODO: x\n' });
      assert.deepEqual(await s.codes('note.md'), ['todo.marker']);
      s.workspace.write('.concept-notes.json', '{ "severity": { "todo.marker": "off" } }');
      await s.service.fileChanged(s.uri('.concept-notes.json'));
      assert.deepEqual(await s.codes('note.md'), []);
    });
  });

  describe('severity settings', () => {
    it('changes a severity and turns a code off', async () => {
      const d = await lint('[x](gone.md)\n\nTODO: y\n', { severity: { 'link.no-such-file': 'hint', 'todo.marker': 'off' } });
      assert.deepEqual(d.map((x) => [x.code, x.severity]), [['link.no-such-file', 'hint']]);
    });
  });

  describe('ignore globs', () => {
    it('skips link targets matched as written, without fragment, or as a root-relative path', async () => {
      const s = await lintService({
        'a/note.md': '[1](img/x.png) [2](/zh/blog/post) [3](../gone.md#h) [4](missing.md)\n',
      }, { ignoreLinks: ['**/*.png', '/zh/**', 'gone.md'] });
      assert.deepEqual((await s.diagnostics('a/note.md')).map((d) => d.data?.target), ['missing.md']);
    });
    it('skips notes matched by ignoreFiles', async () => {
      const s = await lintService({ 'keep.md': 'TODO: a\n', 'vendor/x.md': 'TODO: b\n' }, { ignoreFiles: ['vendor/**'] });
      assert.deepEqual(await s.codes('vendor/x.md'), []);
      assert.deepEqual(await s.codes('keep.md'), ['todo.marker']);
    });
  });

  describe('suppression comments', () => {
    it('disable-next-line silences the named code on the next line only', async () => {
      const text = '<!-- concept-notes-disable-next-line link.no-such-file -->\n[a](gone.md) TODO: x\n[b](gone.md)\n';
      assert.deepEqual((await lint(text)).map((d) => [d.code, d.range.start.line]), [['todo.marker', 1], ['link.no-such-file', 2]]);
    });
    it('disable-line and a bare comment cover every code', async () => {
      assert.deepEqual(await lint('[a](gone.md) TODO <!-- concept-notes-disable-line -->\n'), []);
    });
    it('disable … enable ranges, by code family', async () => {
      const text = 'TODO 0\n<!-- concept-notes-disable todo -->\nTODO 2\n\n- [ ] 4\n<!-- concept-notes-enable todo -->\nTODO 6\n';
      assert.deepEqual((await lint(text)).map((d) => d.range.start.line), [0, 6]);
    });
    it('an unclosed disable runs to the end of the note', async () => {
      assert.deepEqual(await lint('<!-- concept-notes-disable -->\n\n[a](gone.md)\n\nTODO\n'), []);
    });
    it('a comment shown inside code does not suppress anything', async () => {
      const text = '```\n<!-- concept-notes-disable -->\n```\n\nTODO here\n';
      assert.deepEqual((await lint(text)).map((d) => d.code), ['todo.marker']);
    });
  });
});
