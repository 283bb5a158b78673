// Every string package.json contributes for a person to read is a `%key%` resolved from
// package.nls.json (English) and package.nls.zh-cn.json (Chinese), which hold the same keys.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '../../..');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(repo, file), 'utf8'));

/** Fields whose string values VS Code shows to a person (titles, names, descriptions…). */
const HUMAN_FIELD = /^(displayName|description|markdownDescription|title|name|category|contents|enumDescriptions|markdownEnumDescriptions|deprecationMessage|markdownDeprecationMessage|label|shortTitle|altText)$/;

/** [json path, value] of every human-readable string in the manifest's shown parts. */
export function humanStrings(manifest: Record<string, unknown>): Array<[string, string]> {
  const found: Array<[string, string]> = [];
  const walk = (value: unknown, where: string, field: string): void => {
    if (typeof value === 'string') {
      if (HUMAN_FIELD.test(field)) found.push([where, value]);
    } else if (Array.isArray(value)) {
      value.forEach((v, i) => walk(v, `${where}[${i}]`, field));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, `${where}.${k}`, k);
    }
  };
  for (const key of ['displayName', 'description', 'capabilities', 'contributes']) walk(manifest[key], key, key);
  // Setting names are ids, and `name` of a package is not shown: only shown fields count.
  return found.filter(([where]) => !/\.properties\.[^.]+$/.test(where));
}

const KEY = /^%([^%]+)%$/;
/** Not translated, as in docs/l10n-glossary.md. */
const PRODUCT = 'Concept Notes';

describe('package.json strings (package.nls)', () => {
  const manifest = read('package.json');
  const english: Record<string, string> = read('package.nls.json');
  const chinese: Record<string, string> = read('package.nls.zh-cn.json');
  const strings = humanStrings(manifest);

  it('finds the contributed strings', () => {
    assert.ok(strings.some(([where]) => where.startsWith('contributes.commands')), 'no command titles found');
    assert.ok(strings.some(([where]) => where.includes('enumDescriptions')), 'no enum descriptions found');
  });

  it('leaves no contributed human string literal', () => {
    assert.deepEqual(strings.filter(([, v]) => !KEY.test(v)).map(([where, v]) => `${where}: ${v}`), [], 'use a %key% from package.nls.json');
  });

  it('every %key% exists in both languages', () => {
    const keys = strings.map(([, v]) => KEY.exec(v)?.[1]).filter((k): k is string => !!k);
    assert.deepEqual(keys.filter((k) => !english[k]), [], 'missing from package.nls.json');
    assert.deepEqual(keys.filter((k) => !chinese[k]), [], 'missing from package.nls.zh-cn.json');
  });

  it('both files have the same keys, and no key is unused', () => {
    assert.deepEqual(Object.keys(chinese).sort(), Object.keys(english).sort());
    const text = fs.readFileSync(path.join(repo, 'package.json'), 'utf8');
    assert.deepEqual(Object.keys(english).filter((k) => !text.includes(`"%${k}%"`)), []);
  });

  it('each Chinese entry is Chinese text (the product name stays as it is)', () => {
    const strip = (s: string) => s.replace(/\(command:[^)]*\)|`[^`]*`/g, '');
    const untranslated = Object.entries(chinese).filter(([, v]) => v !== PRODUCT && !/[\u3400-\u9fff]/.test(strip(v)));
    assert.deepEqual(untranslated.map(([k]) => k), []);
  });

  it('the scan catches a planted literal', () => {
    const planted = structuredClone(manifest);
    planted.contributes.commands[0].title = 'Planted Title';
    assert.ok(humanStrings(planted).some(([, v]) => v === 'Planted Title'));
  });
});
