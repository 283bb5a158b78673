// `npm test`: every check, in order, with a summary. Installs what is missing first
// (npm dependencies, Debian packages when root, code-server into .cache/), so it works
// on a fresh clone. `npm test -- nvim e2e` runs only the steps with those ids (see
// STEPS; the build always runs). Exit code 0 only when every step passed.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** `required` steps stop the run when they fail: nothing after them can work. */
const STEPS = [
  { id: 'build', name: 'build', command: ['npm', 'run', 'build'], required: true },
  { id: 'typecheck', name: 'typecheck', command: ['npm', 'run', 'typecheck'] },
  { id: 'lint', name: 'lint (ESLint)', command: ['npm', 'run', 'lint'] },
  { id: 'mocha', name: 'unit + LSP (mocha)', command: ['npx', 'mocha'] },
  { id: 'package', name: 'package (.vsix contents)', command: ['npx', 'mocha', '--config', 'test/package/.mocharc.json'] },
  { id: 'nvim', name: 'Neovim LSP client', command: ['node', 'test/nvim/run.mjs'] },
  { id: 'e2e', name: 'e2e: suite inside VS Code', command: ['node', 'test/e2e/runTest.mjs'] },
  { id: 'ui', name: 'e2e: workbench UI from the .vsix', command: ['node', 'test/e2e/workbenchUi.mjs'] },
  { id: 'ui-zh', name: 'e2e: workbench UI in Chinese and English', command: ['node', 'test/e2e/workbenchUiChinese.mjs'] },
];

function seconds(ms) {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** Runs a command with live output; resolves with its exit code and the captured text. */
function run(command) {
  return new Promise((resolve) => {
    const child = spawn(command[0], command.slice(1), { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const keep = (stream, sink) => stream.on('data', (chunk) => {
      output += chunk;
      sink.write(chunk);
    });
    keep(child.stdout, process.stdout);
    keep(child.stderr, process.stderr);
    child.on('error', (error) => resolve({ code: 1, output: `${output}\n${error.message}` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

/** Case counts for the summary, from mocha's and the Neovim check's own output. */
function caseCounts(output) {
  const passing = [...output.matchAll(/^\s*(\d+) passing/gm)].reduce((n, m) => n + Number(m[1]), 0);
  const failing = [...output.matchAll(/^\s*(\d+) failing/gm)].reduce((n, m) => n + Number(m[1]), 0);
  const nvimOk = (output.match(/^ok {3}/gm) ?? []).length;
  const nvimFail = (output.match(/^FAIL /gm) ?? []).length;
  const passed = passing + nvimOk;
  const failed = failing + nvimFail;
  return passed + failed > 0 ? `${passed} passing${failed ? `, ${failed} failing` : ''}` : '';
}

function prepare() {
  if (!fs.existsSync(path.join(repoRoot, 'node_modules', '.package-lock.json'))) {
    console.log('Installing npm dependencies (npm ci) ...');
    if (spawnSync('npm', ['ci'], { cwd: repoRoot, stdio: 'inherit' }).status !== 0) return false;
  }
  for (const script of ['scripts/ensure-system-packages.sh', 'scripts/install-code-server.sh']) {
    if (spawnSync('bash', [script], { cwd: repoRoot, stdio: 'inherit' }).status !== 0) {
      console.error(`\n${script} failed; fix the above and run npm test again.`);
      return false;
    }
  }
  return true;
}

async function main() {
  const wanted = process.argv.slice(2);
  const unknown = wanted.filter((id) => !STEPS.some((step) => step.id === id));
  if (unknown.length > 0) {
    console.error(`Unknown step(s): ${unknown.join(', ')}; steps are: ${STEPS.map((s) => s.id).join(', ')}`);
    return 2;
  }
  const selected = STEPS.filter((step) => step.required || wanted.length === 0 || wanted.includes(step.id));
  const started = Date.now();
  if (!prepare()) {
    console.log('\n0 passed, 1 failed');
    return 1;
  }

  // Screenshots and logs of an earlier run must not be mistaken for this one's.
  fs.rmSync(path.join(repoRoot, 'test-results'), { recursive: true, force: true });
  const results = [];
  for (const step of selected) {
    console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
    const stepStarted = Date.now();
    const { code, output } = await run(step.command);
    const result = { name: step.name, ok: code === 0, duration: Date.now() - stepStarted, cases: caseCounts(output) };
    results.push(result);
    console.log(`${result.ok ? '✔' : '✖'} ${step.name} (${seconds(result.duration)})`);
    if (!result.ok && step.required) break;
  }

  const skipped = selected.filter((step) => !results.some((r) => r.name === step.name));
  const width = Math.max(...selected.map((s) => s.name.length));
  console.log('\nSummary');
  for (const r of results) {
    console.log(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name.padEnd(width)}  ${seconds(r.duration).padStart(8)}  ${r.cases}`);
  }
  for (const step of skipped) console.log(`  SKIP  ${step.name.padEnd(width)}  (not run: an earlier required step failed)`);
  console.log(`  total ${seconds(Date.now() - started)}`);
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed + skipped.length;
  console.log(`\n${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

process.exitCode = await main();
