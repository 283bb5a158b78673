// resolveSettings and the .concept-notes.json reader: one set of rules for the editor's
// settings and the file, every key, problems placed at their line.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { readConfigFile } from '../../../server/src/core/config/configFile';
import { readEditorSettings, resolveSettings } from '../../../server/src/core/config/resolveSettings';
import { SETTING_KEYS } from '../../../server/src/core/config/settingRules';
import { SERVER_SETTING_KEYS } from '../../../client/src/serverSettingKeys';
import { DEFAULT_SETTINGS, type ConceptNotesSettings } from '../../../shared/protocol';

/** A valid value for every key, each different from its default. */
const NON_DEFAULT: ConceptNotesSettings = {
  maxFileSize: 1234, include: ['notes/**'], exclude: ['tmp/**'], todoMarkers: ['HACK'], severity: { 'todo.marker': 'error' },
  hoverMaxLength: 99, highlightMentions: false, ignoreFiles: ['a/**'], ignoreLinks: ['b/**'], gaps: { minCount: 5, maxTerms: 7 },
  externalLinks: 'off', externalLinksTimeout: 42, externalLinksConcurrency: 3, externalLinksSkipHosts: ['example.com'],
  externalLinksCheckFragments: true, linkStyle: 'obsidian',
};

describe('settings: resolveSettings and .concept-notes.json', () => {
  it('the file can set every key, and its value wins over the editor', () => {
    const { config, problems } = readConfigFile(JSON.stringify(NON_DEFAULT));
    assert.deepEqual(problems, []);
    const resolved = resolveSettings({ todoMarkers: ['TODO'], include: ['**/*.md'] }, config);
    for (const key of SETTING_KEYS) assert.deepEqual(resolved[key], NON_DEFAULT[key], key);
  });

  it('the editor settings are read by the same rules; mistyped values fall back to defaults', () => {
    const editor = readEditorSettings({ ...NON_DEFAULT, maxFileSize: 'big', include: 'notes/**' });
    assert.equal(editor.maxFileSize, DEFAULT_SETTINGS.maxFileSize);
    assert.deepEqual(editor.include, DEFAULT_SETTINGS.include);
    assert.deepEqual(editor.todoMarkers, ['HACK']);
    assert.deepEqual(readEditorSettings(undefined), DEFAULT_SETTINGS);
  });

  it('severities merge code by code: editor first, the file on top', () => {
    const { config } = readConfigFile('{ "severity": { "todo.marker": "error" } }');
    const resolved = resolveSettings({ severity: { 'todo.marker': 'hint', 'todo.open-task': 'hint' } }, config);
    assert.deepEqual(resolved.severity, { 'todo.marker': 'error', 'todo.open-task': 'hint' });
  });

  it('reports an unknown key at its line, naming the known ones, and keeps the rest', () => {
    const r = readConfigFile('{\n  // a comment\n  "todoMarkers": ["HACK"],\n  "todoMarker": ["X"],\n}\n');
    assert.equal(r.invalid, false);
    assert.deepEqual(r.config, { todoMarkers: ['HACK'] });
    assert.deepEqual(r.problems.map((p) => [p.code, p.range.start.line, p.range.start.character]), [['config.invalid-setting', 3, 2]]);
    assert.match(r.problems[0].message, /'todoMarker'.*todoMarkers/);
  });

  it('reports a value of the wrong type at the value, and a bad severity entry', () => {
    const r = readConfigFile('{\n  "maxFileSize": "5MB",\n  "severity": { "todo": "loud" }\n}');
    assert.deepEqual(r.problems.map((p) => [p.code, p.range.start.line, p.range.start.character]), [
      ['config.invalid-setting', 1, 17],
      ['config.invalid-setting', 2, 14],
    ]);
    assert.match(r.problems[0].message, /'maxFileSize' must be a positive number/);
  });

  it('reports broken JSON at the place it breaks, and applies nothing of it', () => {
    const r = readConfigFile('{\n  "todoMarkers": ["HACK"]\n  "ignoreFiles": []\n}');
    assert.equal(r.invalid, true);
    assert.deepEqual(r.config, {});
    assert.deepEqual(r.problems.map((p) => [p.code, p.range.start.line]), [['config.invalid-json', 2]]);
    assert.deepEqual(readConfigFile('[1]').problems.map((p) => p.code), ['config.invalid-json']);
  });

  it('reads keys under "conceptNotes" as at the top level', () => {
    assert.deepEqual(readConfigFile('{ "conceptNotes": { "todoMarkers": ["HACK"] } }').config, { todoMarkers: ['HACK'] });
  });

  it('the client sends every key the server reads, and package.json contributes each', () => {
    assert.deepEqual([...SERVER_SETTING_KEYS].sort(), [...SETTING_KEYS].sort());
    const contributed = Object.keys(JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../../package.json'), 'utf8')).contributes.configuration.properties);
    assert.deepEqual(SERVER_SETTING_KEYS.filter((k) => !contributed.some((c) => c === `conceptNotes.${k}` || c.startsWith(`conceptNotes.${k}.`))), []);
  });
});
