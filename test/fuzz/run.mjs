// `npm run fuzz`: the fast scan against remark on generated notes (FUZZ_RUNS cases, default
// 100,000), then the LSP fuzz test (LSP_FUZZ_RUNS cases, default 400), both with a fresh seed
// each time; FUZZ_SEED replays a failure.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const seed = process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31);
const mocha = require.resolve('mocha/bin/mocha.js');
const suites = [
  ['test/fuzz/differential.test.ts', process.env.FUZZ_RUNS ?? '100000'],
  ['test/robustness/lspFuzz.test.ts', process.env.LSP_FUZZ_RUNS ?? '400'],
];
let status = 0;
for (const [file, runs] of suites) {
  console.log(`fuzz: ${file}, ${runs} cases, seed ${seed} (replay with FUZZ_SEED=${seed})`);
  const env = { ...process.env, FUZZ_RUNS: runs, FUZZ_SEED: seed };
  const result = spawnSync(process.execPath, [mocha, '--no-config', '--require', 'tsx/cjs', '--timeout', '0', file], { stdio: 'inherit', env });
  status ||= result.status ?? 1;
}
process.exit(status);
