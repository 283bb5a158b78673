// `npm start`: build, then open the bundled notes/ in VS Code with the extension loaded
// from this folder. Uses the desktop `code` CLI when there is one; otherwise runs a
// local code-server (installed into .cache/ on first use), bound to 127.0.0.1 only,
// and prints the URL to open. Ctrl+C stops it.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
// Node built-ins only (this runs before `npm ci` on a fresh clone); shared with the e2e harness.
import { freePort, isCodeServerInstalled, isPortFree, startCodeServer, writeUserSettings } from '../test/e2e/harness/codeServer.mjs';
import { workbenchUrl } from '../test/e2e/harness/workbenchUrl.mjs';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const notesFolder = path.join(repoRoot, 'notes');
/** A profile that survives restarts, so settings and open editors are kept. */
const profileDir = path.join(repoRoot, '.cache', 'start-profile');
const PREFERRED_PORT = 8080;

function runOrExit(command, args, what) {
  const result = spawnSync(command, args, { cwd: repoRoot, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\n${what} failed; see the messages above.`);
    process.exit(1);
  }
}

function hasDesktopCode() {
  const result = spawnSync('code', ['--version'], { encoding: 'utf8' });
  return result.status === 0;
}

async function startWebEditor() {
  if (!isCodeServerInstalled()) {
    runOrExit('bash', ['scripts/ensure-system-packages.sh', '--editor'], 'Checking system packages');
    runOrExit('bash', ['scripts/install-code-server.sh'], 'Installing code-server');
  }
  const userDataDir = path.join(profileDir, 'user-data');
  if (!fs.existsSync(path.join(userDataDir, 'User', 'settings.json'))) writeUserSettings(userDataDir);
  const port = (await isPortFree(PREFERRED_PORT)) ? PREFERRED_PORT : await freePort();
  const server = await startCodeServer({
    userDataDir,
    extensionsDir: path.join(profileDir, 'extensions'),
    port,
    inheritOutput: true,
  });
  const url = workbenchUrl(server.origin, { folder: notesFolder, extensionDevelopmentPaths: [repoRoot] });
  console.log(`\nConcept Notes is running in VS Code (code-server, 127.0.0.1 only). Open:\n\n  ${url}\n\nPress Ctrl+C to stop.`);

  let stopping = false;
  const stop = async () => {
    stopping = true;
    await server.stop();
    process.exit(0);
  };
  // code-server runs in its own process group, so a closed terminal must stop it too.
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.once(signal, () => void stop());
  server.child.once('exit', (code) => {
    if (stopping) return;
    console.error(`code-server exited on its own (${code})`);
    process.exit(code ?? 1);
  });
}

async function main() {
  if (!fs.existsSync(path.join(repoRoot, 'node_modules', '.package-lock.json'))) {
    runOrExit('npm', ['ci'], 'npm ci');
  }
  runOrExit('npm', ['run', 'build'], 'The build');
  if (hasDesktopCode()) {
    runOrExit('code', [`--extensionDevelopmentPath=${repoRoot}`, notesFolder], 'Starting VS Code');
    console.log('Opened notes/ in VS Code with the extension loaded from this folder.');
    return;
  }
  await startWebEditor();
}

await main();
