// A fresh clone has no ../shared: the tests that read it must be left out with one line,
// never fail at load. Checked by running every such file with the tier pointed at a folder
// that does not exist.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

const repo = path.resolve(__dirname, '../../..');

function testSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? testSources(full) : e.name.endsWith('.ts') ? [path.relative(repo, full).split(path.sep).join('/')] : [];
  });
}

const sources = testSources(path.join(repo, 'test')).map((file) => ({ file, text: fs.readFileSync(path.join(repo, file), 'utf8') }));

describe('the corpus tier', function () {
  this.timeout(240_000);

  it('no test finds ../shared by itself: they all go through test/corpusTier.ts', () => {
    const bypassing = sources.filter(({ file, text }) => file !== 'test/corpusTier.ts' && /['"`]\.\.['"`],\s*['"`]shared['"`]|shared\/(corpora|seeds)/.test(text)).map((s) => s.file);
    assert.deepEqual(bypassing, []);
  });

  it('without ../shared, the tier\'s files load, pass and say in one line that it was not run', () => {
    const specs = sources.filter(({ file, text }) => file.endsWith('.test.ts') && file !== 'test/unit/tier/corpusTier.test.ts' && /corpusTier|seed004Path|corporaRoot/.test(text)).map((s) => s.file);
    assert.ok(specs.length >= 6, specs.join(', '));
    const missing = path.join(os.tmpdir(), `concept-notes-no-shared-${process.pid}`);
    // --no-config: only these files, not the whole suite of .mocharc.json.
    const r = spawnSync(process.execPath, [path.join(repo, 'node_modules', 'mocha', 'bin', 'mocha.js'), '--no-config', '--require', 'tsx/cjs', '--extension', 'ts', '--timeout', '120000', ...specs], {
      cwd: repo, encoding: 'utf8', env: { ...process.env, CONCEPT_NOTES_SHARED: missing },
    });
    assert.equal(r.status, 0, r.stdout + r.stderr);
    assert.equal(r.stdout.split('\n').filter((l) => /corpus tier not run/.test(l)).length, 1, r.stdout);
  });
});
