// The fast scan against the remark parse (the reference) on generated notes: the same
// links with their text, headings, definitions, footnotes, tasks, TODOs, concept
// definitions, code ranges, prose and concept mentions. A note the scan declines is parsed
// fully by the index; declines are counted by reason and logged. Generated notes sit on
// the edges of Markdown's rules, so they are declined far more often than real notes
// (corpora.test.ts holds those to 2 %).
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createRemarkParser } from '../../../server/src/core';
import { fastScan } from '../../../server/src/core/parse/fast/fastScanNote';
import { extractNote } from '../../../server/src/core/parse/extractNote';
import { fullParseRisk } from '../../../server/src/core/parse/parseGuard';
import { differences } from './projection';
import { generatedNote } from './generatedNotes';

/** At most this share of generated notes may be declined. */
const MAX_DECLINED = 0.2;

const parser = createRemarkParser();
const URI = 'file:///ws/generated.md';

export function assertScanEqualsRemark(runs: number, seed: number): void {
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
  }), { numRuns: runs, seed });
  const total = [...declined.values()].reduce((a, b) => a + b, 0);
  const reasons = [...declined].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `\n      ${n} × ${reason}`).join('');
  console.log(`      compared ${compared} notes; the scan declined ${total} (${(100 * total / runs).toFixed(1)} %)${reasons}`);
  assert.ok(total <= Math.ceil(runs * MAX_DECLINED), `the scan declined ${total} of ${runs} notes`);
  assert.ok(compared >= runs * (1 - MAX_DECLINED) - 1, `only ${compared} of ${runs} notes compared`);
}
