// Which language a tag from the editor or the environment selects.
import * as assert from 'node:assert/strict';
import { localeFromEnvironment, normalizeLocale } from '../../../server/src/core/l10n/locale';

describe('locale tags', () => {
  for (const tag of ['zh', 'zh-cn', 'zh-CN', 'zh_CN', 'zh_CN.UTF-8', 'zh_CN.GB18030@pinyin', 'zh-Hans', 'zh-Hans-CN', 'zh-SG', ' ZH-cn ']) {
    it(`${JSON.stringify(tag)} is Simplified Chinese`, () => assert.equal(normalizeLocale(tag), 'zh-cn'));
  }
  for (const tag of ['en', 'en-US', 'en_GB.UTF-8', 'de', 'ja-JP', 'zh-TW', 'zh_HK.UTF-8', 'zh-Hant', 'zh-Hant-CN']) {
    it(`${JSON.stringify(tag)} is English`, () => assert.equal(normalizeLocale(tag), 'en'));
  }
  for (const tag of [undefined, '', '  ', 'C', 'C.UTF-8', 'POSIX']) {
    it(`${JSON.stringify(tag)} names no language`, () => assert.equal(normalizeLocale(tag), undefined));
  }
});

describe('the CLI language', () => {
  it('--locale wins over the environment', () => {
    assert.equal(localeFromEnvironment('zh-cn', { LC_ALL: 'en_US.UTF-8' }), 'zh-cn');
    assert.equal(localeFromEnvironment('en', { LC_ALL: 'zh_CN.UTF-8' }), 'en');
  });
  it('then LC_ALL, LC_MESSAGES, LANG in that order', () => {
    assert.equal(localeFromEnvironment(undefined, { LC_ALL: 'zh_CN.UTF-8', LC_MESSAGES: 'en_US', LANG: 'en_US' }), 'zh-cn');
    assert.equal(localeFromEnvironment(undefined, { LC_MESSAGES: 'en_US', LANG: 'zh_CN.UTF-8' }), 'en');
    assert.equal(localeFromEnvironment(undefined, { LC_MESSAGES: 'zh_CN', LANG: 'en_US' }), 'zh-cn');
    assert.equal(localeFromEnvironment(undefined, { LANG: 'zh_CN.UTF-8' }), 'zh-cn');
  });
  it('a variable that names no language (C, empty) is passed over', () => {
    assert.equal(localeFromEnvironment(undefined, { LC_ALL: '', LC_MESSAGES: 'C', LANG: 'zh_CN.UTF-8' }), 'zh-cn');
  });
  it('English when nothing says otherwise', () => {
    assert.equal(localeFromEnvironment(undefined, {}), 'en');
    assert.equal(localeFromEnvironment(undefined, { LANG: 'C.UTF-8' }), 'en');
  });
});
