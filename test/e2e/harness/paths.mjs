// Where things are, computed from this file's location so the repo can live anywhere.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const codeServerBin = path.join(repoRoot, '.cache', 'code-server', 'node_modules', '.bin', 'code-server');
export const fixtureWorkspace = path.join(repoRoot, 'test', 'e2e', 'fixtures', 'workspace');
/** The bundled knowledge base; the notes pass opens it as is and never writes to it. */
export const notesWorkspace = path.join(repoRoot, 'notes');
export const compiledSuite = path.join(repoRoot, 'out', 'e2e', 'suite', 'index.js');
export const testResultsDir = path.join(repoRoot, 'test-results');
export const vsixPath = path.join(repoRoot, 'dist', 'concept-notes.vsix');
export const chromiumExecutable = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
