// The translations use the glossary's terms: when a term of docs/l10n-glossary.md is a word
// of an English message (placeholders, code spans, codes and the product name left out),
// its Chinese term is in the translation.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';

const repo = path.resolve(__dirname, '../../..');
const read = (file: string) => fs.readFileSync(path.join(repo, file), 'utf8');

/** [English term, Chinese term] from the glossary's table. */
export function glossaryTerms(markdown: string): Array<[string, string]> {
  return markdown.split('\n')
    .map((line) => /^\| ([a-z][a-z ,]*) \| ([^|]+) \|/.exec(line))
    .filter((m): m is RegExpExecArray => !!m)
    .flatMap((m) => m[1].split(',').map((english) => [english.trim(), m[2].trim()] as [string, string]));
}

/** The English as the term check reads it: no placeholders, code spans, codes, flags,
 * hyphenated command names or product name. */
function prose(english: string): string {
  return english.replace(/\{[^}]*\}|`[^`]*`|<[^>]*>|\(command:[^)]*\)|concept[- ]notes|--?[\w-]+|\b[\w-]+\.[\w.*-]+\b|\b\w+-[\w-]+\b/gi, ' ');
}

/** Translations that lack the glossary term their English uses. */
export function offTerm(pairs: Array<[string, string]>, terms: Array<[string, string]>): string[] {
  const found: string[] = [];
  for (const [english, chinese] of pairs) {
    const text = prose(english);
    for (const [term, zh] of terms) {
      const word = new RegExp(`\\b${term.replace(/ /g, '\\s+')}(s|es|ed|ing|d)?\\b`, 'i');
      if (word.test(text) && !chinese.includes(zh)) found.push(`${term} → ${zh}: ${english} → ${chinese}`);
    }
  }
  return found;
}

describe('the glossary of UI terms', () => {
  const terms = glossaryTerms(read('docs/l10n-glossary.md'));
  const bundle: Record<string, string> = JSON.parse(read('l10n/bundle.l10n.zh-cn.json'));
  const english: Record<string, string> = JSON.parse(read('package.nls.json'));
  const chinese: Record<string, string> = JSON.parse(read('package.nls.zh-cn.json'));

  it('lists the terms the user asked for', () => {
    const zh = new Set(terms.map(([, z]) => z));
    for (const t of ['悬停', '概念', '术语表', '反向链接', '问题', '快速修复', '工作区', '诊断', '代码操作']) assert.ok(zh.has(t), t);
  });

  it('the l10n bundle uses the glossary terms', () => {
    assert.deepEqual(offTerm(Object.entries(bundle), terms), []);
  });

  it('package.nls.zh-cn.json uses the glossary terms', () => {
    assert.deepEqual(offTerm(Object.keys(english).map((k) => [english[k], chinese[k] ?? '']), terms), []);
  });

  it('catches a translation that uses another word', () => {
    assert.equal(offTerm([['Hover the mention', '悬浮在提及上']], terms).length, 1);
    assert.deepEqual(offTerm([['Hover the mention', '悬停在提及上']], terms), []);
  });
});
