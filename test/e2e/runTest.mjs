// Runs the in-editor mocha suite (test/e2e/suite) inside a real VS Code through
// @vscode/test-electron's runTests(), with code-server standing in for the desktop
// build (see code-server-shim.mjs). Needs `npm run build` first (the suite bundle and
// dist/*). Exit code: 0 when every in-editor test passed.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { compiledSuite, fixtureWorkspace, repoRoot } from './harness/paths.mjs';

const shim = fileURLToPath(new URL('./code-server-shim.mjs', import.meta.url));

async function main() {
  const started = Date.now();
  // A fresh profile per run: no state from an earlier run can make a test pass.
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'concept-notes-e2e-'));
  try {
    await runTests({
      // The shim runs through this Node, so it needs no executable bit; runTests
      // passes launchArgs first, so the shim's path comes right after `node`.
      vscodeExecutablePath: process.execPath,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: compiledSuite,
      launchArgs: [
        shim,
        fixtureWorkspace,
        `--user-data-dir=${path.join(profile, 'user-data')}`,
        `--extensions-dir=${path.join(profile, 'extensions')}`,
      ],
      extensionTestsEnv: { CONCEPT_NOTES_E2E_GREP: process.env.CONCEPT_NOTES_E2E_GREP ?? '' },
    });
    console.log(`In-editor suite passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    console.error(`In-editor suite failed after ${((Date.now() - started) / 1000).toFixed(1)} s: ${error instanceof Error ? error.message : error}`);
    return 1;
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

process.exitCode = await main();
