// The fast scan against the full remark parse on every note we can find: the bundled
// notes, our user's seed notes and every corpus. Link facts (headings and slugs, links,
// reference and footnote definitions) must be identical; a note the scan declines is
// parsed fully by the index, so it only has to be rare.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createRemarkParser } from '../../../server/src/core';
import { noteFromText } from '../../../server/src/core/index/loadNote';
import { fastScanNote } from '../../../server/src/core/parse/fast/fastScanNote';
import { linkFacts, factDiff } from './projection';

const repo = path.resolve(__dirname, '../../..');
const shared = path.resolve(repo, '..', 'shared');
const parser = createRemarkParser();

function markdownFiles(dir: string, pattern = /\.(md|markdown)$/i): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    if (e.name.startsWith('.') || e.name === 'node_modules') return [];
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return markdownFiles(full, pattern);
    return pattern.test(e.name) ? [full] : [];
  });
}

// The seed notes are saved as .txt.
const collections: Array<[string, string, RegExp?]> = [
  ['notes', path.join(repo, 'notes')],
  ['seeds', path.join(shared, 'seeds'), /\.(md|txt)$/i],
  ...fs.readdirSync(path.join(shared, 'corpora'), { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => [e.name, path.join(shared, 'corpora', e.name)] as [string, string]),
];

describe('fast scan = full parse on every note', function () {
  this.timeout(300_000);
  it('has the corpora to compare on', () => assert.ok(collections.length >= 5, collections.map((c) => c[0]).join(', ')));
  for (const [name, dir, pattern] of collections) {
    it(`${name}: the same headings, slugs, links and definitions`, () => {
      const mismatches: string[] = [];
      let compared = 0;
      let declined = 0;
      for (const file of markdownFiles(dir, pattern)) {
        const text = fs.readFileSync(file, 'utf8');
        const full = noteFromText('file:///note.md', text, parser, { maxFullParseSize: 5_000_000 });
        if (full.parseMode !== 'full') continue; // the guard's line scan is not the reference
        const fast = fastScanNote('file:///note.md', text, parser);
        if (!fast) { declined++; continue; }
        compared++;
        const { missing, extra } = factDiff(linkFacts(full), linkFacts(fast));
        if (missing.length || extra.length) mismatches.push(`${path.relative(dir, file)}\n  only full: ${missing.slice(0, 3).join('\n             ')}\n  only fast: ${extra.slice(0, 3).join('\n             ')}`);
      }
      assert.ok(compared > 0, 'no note compared');
      assert.deepEqual(mismatches, [], `${mismatches.length} of ${compared} notes differ`);
      assert.ok(declined <= Math.ceil(compared * 0.02), `the fast scan declined ${declined} of ${compared + declined} notes`);
    });
  }
});
