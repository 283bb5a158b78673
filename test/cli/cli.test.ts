// The command line as users and CI run it: the built bundle, real folders, exit codes.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

const repo = path.resolve(__dirname, '../..');
const cli = path.join(repo, 'dist', 'cli.js');
const fixtures = path.join(repo, 'test', 'fixtures', 'lint');

/** English whatever the machine's locale: the expected texts below are English. */
const ENGLISH_ENV = { ...process.env, LC_ALL: 'en_US.UTF-8' };

function run(args: string[], cwd = repo) {
  const r = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: ENGLISH_ENV });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function tempCopy(name: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-cli-'));
  fs.cpSync(path.join(fixtures, name), dir, { recursive: true });
  return dir;
}

describe('cli', function () {
  before(function () {
    if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  });

  describe('check', () => {
    it('text: path:line:col severity code message, relative paths, a summary, exit 1 on errors', () => {
      const r = run(['check', path.join(fixtures, 'cli-basic')]);
      assert.equal(r.code, 1, r.stderr);
      const lines = r.stdout.trim().split('\n');
      assert.ok(lines.includes('index.md:3:44 error link.no-such-file File does not exist at path: missing.md. Create the note or fix the link.'), r.stdout);
      assert.ok(lines.some((l) => l.startsWith('index.md:5:1 information todo.marker ')));
      assert.ok(lines.some((l) => l.startsWith('index.md:7:1 information todo.open-task ')));
      assert.match(lines[lines.length - 1], /^2 files checked: 1 errors, 0 warnings, 2 information, 0 hints$/);
    });
    it('text names the link style first; --link-style overrides the detected one', () => {
      const vault = path.join(repo, 'test', 'fixtures', 'links', 'obsidian');
      const auto = run(['check', vault, '--quiet']);
      assert.equal(auto.stdout.split('\n')[0], 'Link style: obsidian');
      const forced = run(['check', vault, '--quiet', '--link-style', 'markdown']);
      assert.equal(forced.stdout.split('\n')[0], 'Link style: markdown');
      assert.ok(forced.stdout.split('\n').filter((l) => / link\./.test(l)).length > auto.stdout.split('\n').filter((l) => / link\./.test(l)).length);
      assert.equal(run(['check', vault, '--link-style', 'roam']).code, 2);
    });
    it('exit 0 when only information-level problems remain', () => {
      const r = run(['check', path.join(fixtures, 'cli-clean')]);
      assert.equal(r.code, 0, r.stdout);
      assert.match(r.stdout, /README\.md:3:1 information todo\.marker/);
    });
    it('json: the contract shape with 0-based ranges and relative posix paths', () => {
      const r = run(['check', path.join(fixtures, 'cli-basic'), '--format', 'json']);
      assert.equal(r.code, 1);
      const j = JSON.parse(r.stdout);
      assert.equal(j.version, 1);
      assert.equal(j.root, '.');
      assert.equal(j.files, 2);
      const broken = j.diagnostics.find((d: { code: string }) => d.code === 'link.no-such-file');
      assert.deepEqual(broken, { file: 'index.md', range: { start: { line: 2, character: 43 }, end: { line: 2, character: 53 } }, severity: 'error', code: 'link.no-such-file', message: broken.message });
    });
    it('sarif: 2.1.0 with one rule per code and 1-based regions', () => {
      const r = run(['check', path.join(fixtures, 'cli-basic'), '--format=sarif']);
      const s = JSON.parse(r.stdout);
      assert.equal(s.version, '2.1.0');
      const rules = s.runs[0].tool.driver.rules.map((x: { id: string }) => x.id);
      assert.equal(new Set(rules).size, rules.length);
      assert.ok(rules.includes('encoding.mojibake'));
      const result = s.runs[0].results.find((x: { ruleId: string }) => x.ruleId === 'link.no-such-file');
      assert.equal(result.level, 'error');
      assert.deepEqual(result.locations[0].physicalLocation.artifactLocation, { uri: 'index.md' });
      assert.equal(result.locations[0].physicalLocation.region.startLine, 3);
    });
    it('reads .concept-notes.json from the folder, like the editor', () => {
      const dir = tempCopy('cli-basic');
      fs.writeFileSync(path.join(dir, '.concept-notes.json'), JSON.stringify({ severity: { 'link.no-such-file': 'warning', todo: 'off' } }));
      const r = run(['check', dir, '--format', 'json']);
      assert.equal(r.code, 0, r.stdout);
      assert.deepEqual(JSON.parse(r.stdout).diagnostics.map((d: { code: string; severity: string }) => [d.code, d.severity]), [['link.no-such-file', 'warning']]);
    });
    it('--config points at another file; inline suppressions apply', () => {
      const dir = tempCopy('cli-basic');
      const config = path.join(dir, 'ci.json');
      fs.writeFileSync(config, JSON.stringify({ ignoreLinks: ['missing.md'] }));
      fs.writeFileSync(path.join(dir, 'index.md'), '<!-- concept-notes-disable-next-line -->\nTODO here\n\n[x](missing.md)\n');
      const r = run(['check', dir, '--config', config]);
      assert.equal(r.code, 0, r.stdout);
      assert.match(r.stdout, /^2 files checked: 0 errors, 0 warnings, 0 information, 0 hints$/m);
    });
    it('exit 2 on bad usage: unknown command, format, folder or config', () => {
      assert.equal(run(['frobnicate']).code, 2);
      assert.equal(run(['check', fixtures, '--format', 'xml']).code, 2);
      assert.equal(run(['check', path.join(fixtures, 'nope')]).code, 2);
      assert.equal(run(['check', fixtures, '--config', 'nope.json']).code, 2);
      assert.equal(run([]).code, 2);
      const dir = tempCopy('cli-clean');
      fs.writeFileSync(path.join(dir, '.concept-notes.json'), '{ not json');
      const bad = run(['check', dir]);
      assert.equal(bad.code, 2);
      assert.match(bad.stderr, /Cannot read \.concept-notes\.json/);
    });
    it('unknown options and missing values are bad usage: exit 2, naming the option and listing the valid ones', () => {
      for (const args of [['check', fixtures, '--bogus-flag'], ['check', fixtures, '--fromat', 'json'], ['concepts', fixtures, '--write']]) {
        const r = run(args);
        assert.equal(r.code, 2, args.join(' '));
        assert.match(r.stderr, new RegExp(`Unknown option '${args[2]}' for ${args[0]}\\. Valid options: .*--format`), r.stderr);
        assert.equal(r.stdout, '');
      }
      const missing = run(['check', fixtures, '--format']);
      assert.equal(missing.code, 2);
      assert.match(missing.stderr, /Option '--format' needs a value/);
      assert.equal(run(['check', fixtures, '--config']).code, 2);
      assert.equal(run(['check', fixtures, '--quiet=yes']).code, 2);
      assert.equal(run(['check', fixtures, 'second-folder']).code, 2);
      const zh = spawnSync(process.execPath, [cli, '--locale', 'zh-cn', 'check', fixtures, '--bogus-flag'], { encoding: 'utf8', env: ENGLISH_ENV });
      assert.equal(zh.status, 2);
      assert.match(zh.stderr, /check 没有选项“--bogus-flag”。可用选项：/);
    });
    it('--help and --version', () => {
      const help = run(['--help']);
      assert.equal(help.code, 0);
      assert.match(help.stdout, /^Usage:\n {2}concept-notes check/);
      assert.equal(run(['check', '-h']).code, 0);
      const version = run(['--version']);
      assert.equal(version.code, 0);
      assert.equal(version.stdout, `concept-notes ${JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8')).version}\n`);
    });
    it('reports problems of .concept-notes.json as diagnostics on that file, and applies every valid key', () => {
      const dir = tempCopy('cli-clean');
      fs.writeFileSync(path.join(dir, '.concept-notes.json'), '{\n  "todoMarkers": ["HACK"],\n  "todoMarker": ["X"]\n}\n');
      fs.writeFileSync(path.join(dir, 'hack.md'), '# H\n\nHACK here\n');
      const r = run(['check', dir]);
      assert.equal(r.code, 0, r.stderr);
      const lines = r.stdout.trim().split('\n');
      assert.ok(lines.some((l) => l.startsWith(".concept-notes.json:3:3 warning config.invalid-setting Unknown setting 'todoMarker'")), r.stdout);
      assert.ok(lines.includes('hack.md:3:1 information todo.marker HACK: finish it, or move it to a task list.') || lines.some((l) => l.startsWith('hack.md:3:1 information todo.marker')), r.stdout);
      assert.ok(!lines.some((l) => l.startsWith('README.md') && l.includes('todo.marker')), r.stdout);
    });
    it('shows progress on stderr for big folders only, never on stdout', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-big-'));
      for (let i = 0; i < 210; i++) fs.writeFileSync(path.join(dir, `n${i}.md`), `# Note ${i}\n`);
      const big = run(['check', dir, '--format', 'json']);
      assert.match(big.stderr, /Indexing \d+\/210/);
      assert.match(big.stderr, /Checking 210\/210/);
      assert.equal(JSON.parse(big.stdout).files, 210);
      assert.equal(run(['check', dir, '--quiet']).stderr, '');
      assert.equal(run(['check', path.join(fixtures, 'cli-basic')]).stderr, '');
    });
  });

  describe('fix-encoding', () => {
    it('prints the repaired text and leaves the file alone', () => {
      const file = path.join(fixtures, 'mojibake.md');
      const before = fs.readFileSync(file, 'utf8');
      const r = run(['fix-encoding', file]);
      assert.equal(r.code, 0);
      assert.equal(r.stdout, '# 编码\n\n参考 学术资源 列表。\n');
      assert.equal(fs.readFileSync(file, 'utf8'), before);
      assert.ok(!fs.existsSync(file + '.bak'));
    });
    it('--write repairs in place and keeps a .bak copy', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-fix-'));
      const file = path.join(dir, 'n.md');
      fs.copyFileSync(path.join(fixtures, 'mojibake.md'), file);
      const original = fs.readFileSync(file, 'utf8');
      const r = run(['fix-encoding', file, '--write']);
      assert.equal(r.code, 0, r.stderr);
      assert.equal(fs.readFileSync(file, 'utf8'), '# 编码\n\n参考 学术资源 列表。\n');
      assert.equal(fs.readFileSync(file + '.bak', 'utf8'), original);
    });
    it('a clean file is not rewritten and gets no .bak', () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cn-fix-'));
      const file = path.join(dir, 'ok.md');
      fs.writeFileSync(file, '# 干净\n');
      assert.equal(run(['fix-encoding', file, '--write']).code, 0);
      assert.ok(!fs.existsSync(file + '.bak'));
    });
    it('exit 2 without a file or with a missing one', () => {
      assert.equal(run(['fix-encoding']).code, 2);
      assert.equal(run(['fix-encoding', 'nope.md']).code, 2);
    });
  });
});
