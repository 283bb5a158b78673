// Every message the sources pass to l10n.t / vscode.l10n.t (found the way `npm run
// l10n:export` finds them) has a Chinese translation with the same placeholders, and the
// Chinese bundle holds nothing else, in sorted order, one entry per line.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { getL10nJson } from '@vscode/l10n-dev';

const repo = path.resolve(__dirname, '../../..');
const SOURCE_DIRS = ['client/src', 'server/src', 'shared'];
const ZH_CN = path.join(repo, 'l10n', 'bundle.l10n.zh-cn.json');

export function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [full] : [];
  });
}

/** `{name}` placeholders of a message, sorted (a translation may reorder them). */
export function placeholders(message: string): string[] {
  return [...message.matchAll(/{([^}]+)}/g)].map((m) => m[1]).sort();
}

/** The one layout of the bundle: sorted keys, one `"key": "value"` per line. */
export function canonicalBundle(bundle: Record<string, string>): string {
  const keys = Object.keys(bundle).sort();
  if (keys.length === 0) return '{}\n';
  return `{\n${keys.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(bundle[k])}`).join(',\n')}\n}\n`;
}

describe('the message catalogue', () => {
  let english: string[];
  let chinese: Record<string, string>;
  before(async function () {
    this.timeout(300_000); // the extractor's parser is slow on a busy machine
    const files = SOURCE_DIRS.flatMap((d) => sourceFiles(path.join(repo, d)));
    assert.ok(files.length > 50, 'the sources were not found');
    const extracted = await getL10nJson(files.map((f) => ({ contents: fs.readFileSync(f, 'utf8'), extension: path.extname(f) })));
    english = Object.keys(extracted);
    chinese = JSON.parse(fs.readFileSync(ZH_CN, 'utf8'));
  });

  it('finds the messages in the sources', () => {
    assert.ok(english.includes('This file looks binary (it has many NUL bytes); it is not indexed.'), 'a known message was not extracted');
  });

  it('every message has a Chinese translation', () => {
    assert.deepEqual(english.filter((k) => !(k in chinese)), [], 'add these to l10n/bundle.l10n.zh-cn.json');
  });

  it('the Chinese bundle has no message the sources no longer use', () => {
    const used = new Set(english);
    assert.deepEqual(Object.keys(chinese).filter((k) => !used.has(k)), [], 'remove these from l10n/bundle.l10n.zh-cn.json');
  });

  it('each translation has exactly the placeholders of its English key', () => {
    const mismatched = Object.entries(chinese).filter(([k, v]) => placeholders(k).join() !== placeholders(v).join());
    assert.deepEqual(mismatched, []);
  });

  it('each translation is Chinese text, not a copy of the English', () => {
    const untranslated = Object.entries(chinese).filter(([, v]) => !/[\u3400-\u9fff]/.test(v.replace(/{[^}]+}/g, '')));
    assert.deepEqual(untranslated, []);
  });

  it('the Chinese bundle is sorted, one entry per line', () => {
    assert.equal(fs.readFileSync(ZH_CN, 'utf8'), canonicalBundle(chinese));
  });

  it('the checks catch a missing key, a renamed placeholder and an unsorted file', () => {
    assert.notDeepEqual(placeholders('No heading {fragment} in {file}.'), placeholders('{file} 中没有标题 {heading}。'));
    assert.deepEqual(placeholders('No heading {fragment} in {file}.'), placeholders('{file} 中没有标题 {fragment}。'));
    assert.notEqual(canonicalBundle({ b: '乙', a: '甲' }), '{\n  "b": "乙",\n  "a": "甲"\n}\n');
  });
});
