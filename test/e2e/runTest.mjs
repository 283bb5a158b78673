// Runs the in-editor mocha suite (test/e2e/suite) inside a real VS Code through
// @vscode/test-electron's runTests(), with code-server standing in for the desktop
// build (see code-server-shim.mjs). Two passes, each in a fresh editor:
//   fixture — a scratch copy of test/e2e/fixtures/workspace (tests may write there);
//   notes   — the bundled notes/ folder itself, read-only checks only.
// Needs `npm run build` first (the suite bundle and dist/*). Exit code: 0 when every
// in-editor test of every pass passed.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { compiledSuite, fixtureWorkspace, notesWorkspace, repoRoot } from './harness/paths.mjs';

const shim = fileURLToPath(new URL('./code-server-shim.mjs', import.meta.url));

/** Each pass names the test files it loads (see suite/index.ts) and the folder it opens. */
const PASSES = [
  { name: 'fixture', folder: (profile) => copyOf(fixtureWorkspace, path.join(profile, 'workspace')) },
  { name: 'notes', folder: () => notesWorkspace },
];

function copyOf(source, target) {
  fs.cpSync(source, target, { recursive: true });
  return target;
}

async function runPass(pass) {
  const started = Date.now();
  // A fresh profile per pass: no state from an earlier run can make a test pass.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `concept-notes-e2e-${pass.name}-`));
  try {
    await runTests({
      // The shim runs through this Node, so it needs no executable bit; runTests
      // passes launchArgs first, so the shim's path comes right after `node`.
      vscodeExecutablePath: process.execPath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: compiledSuite,
      launchArgs: [
        shim,
        pass.folder(profile),
        `--user-data-dir=${path.join(profile, 'user-data')}`,
        `--extensions-dir=${path.join(profile, 'extensions')}`,
      ],
      extensionTestsEnv: {
        CONCEPT_NOTES_E2E_GREP: process.env.CONCEPT_NOTES_E2E_GREP ?? '',
        CONCEPT_NOTES_E2E_PASS: pass.name,
      },
    });
    console.log(`In-editor suite (${pass.name}) passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return true;
  } catch (error) {
    console.error(`In-editor suite (${pass.name}) failed after ${((Date.now() - started) / 1000).toFixed(1)} s: ${error instanceof Error ? error.message : error}`);
    return false;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  const wanted = process.env.CONCEPT_NOTES_E2E_PASS;
  let allPassed = true;
  for (const pass of PASSES.filter((p) => !wanted || p.name === wanted)) {
    if (!(await runPass(pass))) allPassed = false;
  }
  return allPassed ? 0 : 1;
}

process.exitCode = await main();
