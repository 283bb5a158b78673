// The server and CLI bundles use server/src/core/l10n/runtime.ts in place of @vscode/l10n (it
// has no network code). It must answer exactly as the library on the same bundles and calls.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import * as library from '@vscode/l10n';
import * as runtime from '../../../server/src/core/l10n/runtime';

type Api = { config(c: { contents: string | library.l10nJsonFormat }): void; t(...args: unknown[]): string };
const apis: Array<[string, Api]> = [['library', library as unknown as Api], ['runtime', runtime as unknown as Api]];

/** The same call against both, each with the same bundle. */
function both(contents: string | library.l10nJsonFormat, call: (t: Api['t']) => string): [string, string] {
  const answers = apis.map(([, api]) => { api.config({ contents }); return call(api.t); });
  return [answers[0], answers[1]];
}

const BUNDLE: library.l10nJsonFormat = {
  'No heading {fragment} in {file}.': '{file} 中没有标题 {fragment}。',
  'Hello {0} and {1}': '你好 {1} 和 {0}',
  'Plain': '纯文本',
  'Empty': '',
  'Commented/for the tree': { message: '带注释', comment: ['for the tree'] },
  'Object without comment': { message: '无注释', comment: [] },
};

describe('the bundled l10n runtime', () => {
  afterEach(() => { for (const [, api] of apis) api.config({ contents: {} }); });

  const cases: Array<[string, (t: Api['t']) => string]> = [
    ['named placeholders, reordered', (t) => t('No heading {fragment} in {file}.', { fragment: '#a', file: 'b.md' })],
    ['positional placeholders', (t) => t('Hello {0} and {1}', 'x', 2)],
    ['a message without arguments', (t) => t('Plain')],
    ['a message not in the bundle', (t) => t('Missing {x}', { x: true })],
    ['a missing placeholder value stays as written', (t) => t('No heading {fragment} in {file}.', { fragment: '#a' })],
    ['an empty translation falls back to English', (t) => t('Empty')],
    ['an options object with a comment', (t) => t({ message: 'Commented', comment: 'for the tree' })],
    ['an options object whose comment is an array', (t) => t({ message: 'Commented', comment: ['for the ', 'tree'] })],
    ['a bundle entry object without a comment', (t) => t('Object without comment')],
    ['a tagged template', (t) => (t as unknown as (s: TemplateStringsArray, ...r: unknown[]) => string)`Hello ${'x'} and ${'y'}`],
  ];
  for (const [what, call] of cases) {
    it(`${what}: same answer as @vscode/l10n`, () => {
      const [expected, actual] = both(BUNDLE, call);
      assert.equal(actual, expected);
    });
  }

  it('a bundle given as a JSON string', () => {
    const [expected, actual] = both(JSON.stringify(BUNDLE), (t) => t('Plain'));
    assert.equal(actual, expected);
    assert.equal(actual, '纯文本');
  });

  it('any message, translation and values: same answer as @vscode/l10n', () => {
    const word = fc.string({ maxLength: 6 });
    fc.assert(fc.property(
      fc.array(fc.oneof(word, word.map((w) => `{${w}}`)), { maxLength: 6 }).map((parts) => parts.join(' ')),
      fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
      fc.dictionary(word, fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.boolean()), { maxKeys: 4 }),
      (message, translation, values) => {
        const bundle = translation === undefined ? {} : { [message]: translation };
        const [expected, actual] = both(bundle, (t) => t(message, values));
        assert.equal(actual, expected);
      }));
  });

  it('refuses config({ uri }) instead of downloading', () => {
    assert.throws(() => (runtime.config as (c: unknown) => void)({ uri: 'https://example.invalid/bundle.json' }), /bundled/);
  });
});
