// The CLI's language: --locale, else LC_ALL / LC_MESSAGES / LANG, else English. Only the
// words a person reads change; codes and JSON keys never do.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

const repo = path.resolve(__dirname, '../..');
const cli = path.join(repo, 'dist', 'cli.js');

/** The environment without any locale variable, plus `env`. */
function run(args: string[], env: Record<string, string> = {}) {
  const base = Object.fromEntries(Object.entries(process.env).filter(([k]) => !['LC_ALL', 'LC_MESSAGES', 'LANG'].includes(k)));
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', env: { ...base, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('cli: the message language', () => {
  let folder: string;
  before(() => {
    if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-cli-locale-'));
    fs.writeFileSync(path.join(folder, 'binary.md'), Buffer.alloc(64, 0));
    fs.writeFileSync(path.join(folder, 'index.md'), '# 索引\n\n见 [缺失](missing.md)。\n');
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  const ENGLISH = /looks binary/;
  const CHINESE = /二进制文件/;

  it('English without --locale or a locale in the environment', () => {
    const r = run(['check', folder]);
    assert.match(r.stderr, ENGLISH);
    assert.doesNotMatch(r.stderr, CHINESE);
  });
  it('--locale zh-cn: Chinese', () => {
    assert.match(run(['check', folder, '--locale', 'zh-cn']).stderr, CHINESE);
    assert.match(run(['check', folder, '--locale=zh-CN']).stderr, CHINESE);
  });
  for (const variable of ['LC_ALL', 'LC_MESSAGES', 'LANG']) {
    it(`${variable}=zh_CN.UTF-8: Chinese`, () => assert.match(run(['check', folder], { [variable]: 'zh_CN.UTF-8' }).stderr, CHINESE));
  }
  it('--locale en wins over LANG=zh_CN.UTF-8', () => {
    assert.match(run(['check', folder, '--locale', 'en'], { LANG: 'zh_CN.UTF-8' }).stderr, ENGLISH);
  });
  it('LC_ALL wins over LANG', () => {
    assert.match(run(['check', folder], { LC_ALL: 'en_US.UTF-8', LANG: 'zh_CN.UTF-8' }).stderr, ENGLISH);
  });
  it('JSON keys, codes and severities are the same in both languages', () => {
    const shape = (out: string) => JSON.stringify(JSON.parse(out), (key, value) => (key === 'message' ? '' : value));
    const english = run(['check', folder, '--format', 'json']);
    const chinese = run(['check', folder, '--format', 'json', '--locale', 'zh-cn']);
    assert.equal(shape(chinese.stdout), shape(english.stdout));
    assert.match(english.stdout, /"code": "link\.no-such-file"/);
  });
  it('SARIF rule ids and keys are the same in both languages', () => {
    const shape = (out: string) => JSON.stringify(JSON.parse(out), (key, value) => (key === 'text' ? '' : value));
    assert.equal(shape(run(['check', folder, '--format', 'sarif', '--locale', 'zh-cn']).stdout), shape(run(['check', folder, '--format', 'sarif']).stdout));
  });
});
