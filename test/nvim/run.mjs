// Runs the Neovim check (check.lua): the language server working in an editor that is
// not VS Code. Needs `npm run build` (dist/server.js) and Debian's `neovim` (0.7+).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..', '..');

const started = Date.now();
const result = spawnSync('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(here, 'check.lua')}`], {
  cwd: repoRoot,
  stdio: ['ignore', 'inherit', 'inherit'],
  timeout: 120_000,
  env: {
    ...process.env,
    CONCEPT_NOTES_SERVER: path.join(repoRoot, 'dist', 'server.js'),
    CONCEPT_NOTES_WORKSPACE: path.join(repoRoot, 'test', 'e2e', 'fixtures', 'workspace'),
  },
});
if (result.error) {
  console.error(`Could not run nvim: ${result.error.message} (install Debian's neovim: scripts/ensure-system-packages.sh)`);
  process.exit(1);
}
const seconds = ((Date.now() - started) / 1000).toFixed(1);
if (result.status === 0) {
  console.log(`Neovim check passed in ${seconds} s`);
} else {
  console.error(`Neovim check failed (exit ${result.status ?? result.signal}) after ${seconds} s`);
}
process.exit(result.status ?? 1);
