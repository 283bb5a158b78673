// The fast scan equals remark on 2,000 generated notes of a fixed seed, in every `npm test`;
// `npm run fuzz` runs test/fuzz/differential.test.ts on 100,000 with a fresh seed.
import { assertScanEqualsRemark } from './differential';

const RUNS = 2000;
const SEED = 20261202;

describe('fast scan = remark on generated notes (fixed seed)', function () {
  this.timeout(0);
  it(`${RUNS} generated notes (seed ${SEED}) give the same facts, or are declined with a reason`, () => assertScanEqualsRemark(RUNS, SEED));
});
