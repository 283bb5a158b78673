// The fast scan against the remark parse (the reference) on generated notes: the same
// links with their text, headings, definitions, footnotes, tasks, TODOs, concept
// definitions, code ranges, prose and concept mentions. A note the scan declines is parsed
// fully by the index; declines are counted by reason and must stay rare.
// FUZZ_RUNS sizes a run and FUZZ_SEED replays one (`npm run fuzz` runs 100,000 cases).
// It runs from `npm run fuzz` only until it passes: generated notes still find shapes where
// the two disagree, each shown shrunk to a minimal note.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createRemarkParser } from '../../server/src/core';
import { fastScan } from '../../server/src/core/parse/fast/fastScanNote';
import { extractNote } from '../../server/src/core/parse/extractNote';
import { fullParseRisk } from '../../server/src/core/parse/parseGuard';
import { differences } from '../unit/fastScan/projection';
import { generatedNote } from '../unit/fastScan/generatedNotes';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);
const parser = createRemarkParser();
const URI = 'file:///ws/generated.md';

describe('fast scan = remark on generated notes', function () {
  this.timeout(0);
  it(`${RUNS} generated notes (seed ${SEED}) give the same facts, or are declined with a reason`, () => {
    const declined = new Map<string, number>();
    let compared = 0;
    fc.assert(fc.property(generatedNote, (text) => {
      if (fullParseRisk(text)) return; // remark is not asked either: the line scan reads such notes
      const scanned = fastScan(URI, text, parser);
      if (scanned.declined !== undefined) {
        declined.set(scanned.declined, (declined.get(scanned.declined) ?? 0) + 1);
        return;
      }
      compared++;
      assert.deepEqual(differences(extractNote(URI, text, parser.parse(text)), scanned.note), []);
    }), { numRuns: RUNS, seed: SEED });
    const total = [...declined.values()].reduce((a, b) => a + b, 0);
    const reasons = [...declined].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `\n      ${n} × ${reason}`).join('');
    console.log(`      compared ${compared} notes; the scan declined ${total}${reasons}`);
    assert.ok(compared >= RUNS * 0.9, `only ${compared} of ${RUNS} notes compared`);
    assert.ok(total <= Math.ceil(RUNS * 0.02), `the scan declined ${total} of ${RUNS} notes`);
  });
});
