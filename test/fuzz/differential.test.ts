// The fast scan against remark on generated notes (see test/unit/fastScan/differential.ts).
// FUZZ_RUNS sizes a run and FUZZ_SEED replays one (`npm run fuzz` runs 100,000 cases with a
// fresh seed); `npm test` runs 2,000 of a fixed seed (test/unit/fastScan/differential.test.ts).
import { assertScanEqualsRemark } from '../unit/fastScan/differential';

const RUNS = Number(process.env.FUZZ_RUNS ?? 2000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261202);

describe('fast scan = remark on generated notes', function () {
  this.timeout(0);
  it(`${RUNS} generated notes (seed ${SEED}) give the same facts, or are declined with a reason`, () => assertScanEqualsRemark(RUNS, SEED));
});
