// `concept-notes gaps`: the contract's JSON and a readable text listing, from the built bundle.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';

const repo = path.resolve(__dirname, '../..');
const cli = path.join(repo, 'dist', 'cli.js');
const fixture = path.join(repo, 'test', 'fixtures', 'gaps');

const run = (args: string[]) => spawnSync(process.execPath, [cli, ...args], { cwd: repo, encoding: 'utf8' });

describe('cli: gaps', () => {
  before(function () {
    if (!fs.existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
  });

  it('--format json: undefined terms with counts and relative note paths, then unmentioned concepts', () => {
    const r = run(['gaps', fixture, '--format', 'json']);
    assert.equal(r.status, 0, r.stderr);
    const out = JSON.parse(r.stdout);
    assert.equal(out.version, 1);
    assert.deepEqual(out.undefined.find((t: { term: string }) => t.term === 'IOMMU'), { term: 'IOMMU', count: 2, notes: ['virtualization/kvm.md'] });
    assert.deepEqual(out.unmentioned.map((c: { name: string; file: string }) => [c.name, c.file]), [['VMCS', 'glossary/virtualization.md']]);
    assert.equal(out.unmentioned[0].range.start.line, 3);
  });

  it('text: one term a line with its uses, and where each unmentioned concept is defined', () => {
    const r = run(['gaps', fixture]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stdout, /^Used but never defined \(\d+\):$/m);
    assert.match(r.stdout, /^ {2}IOMMU {2}2 uses in 1 notes: virtualization\/kvm\.md$/m);
    assert.match(r.stdout, /^ {2}VMCS {2}glossary\/virtualization\.md:4$/m);
  });
});
