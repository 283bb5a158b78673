// `npm run fuzz`: the LSP fuzz test with many more cases and a fresh seed each time.
// FUZZ_RUNS (cases, default 400) and FUZZ_SEED (to replay a failure) override.
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const env = { ...process.env, FUZZ_RUNS: process.env.FUZZ_RUNS ?? '400', FUZZ_SEED: process.env.FUZZ_SEED ?? String(Date.now() % 2 ** 31) };
console.log(`fuzz: ${env.FUZZ_RUNS} cases, seed ${env.FUZZ_SEED} (replay with FUZZ_SEED=${env.FUZZ_SEED})`);
const mocha = require.resolve('mocha/bin/mocha.js');
const result = spawnSync(process.execPath, [mocha, '--no-config', '--require', 'tsx/cjs', '--timeout', '0', 'test/robustness/lspFuzz.test.ts'], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
