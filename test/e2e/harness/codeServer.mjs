// Starts and stops the locally installed code-server (VS Code server + web workbench).
// It runs as a process-group leader: the server starts a file watcher, the extension
// host and a pty host in the same group, so stopping the group stops all of them.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerBin } from './paths.mjs';

/** A throw-away profile in the temp folder: `profile` (remove it when done), its user-data and extensions folders. */
export function freshProfile(name) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), `concept-notes-${name}-`));
  return { profile, userDataDir: path.join(profile, 'user-data'), extensionsDir: path.join(profile, 'extensions') };
}

/** Settings that keep the workbench quiet and screenshots free of welcome pages. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'editor.hover.delay': 200,
  'security.workspace.trust.enabled': false,
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'git.enabled': false,
};

export function isCodeServerInstalled() {
  return fs.existsSync(codeServerBin);
}

/** Writes `User/settings.json` of a user-data dir (read once at start-up). */
export function writeUserSettings(userDataDir, extraSettings = {}) {
  const userDir = path.join(userDataDir, 'User');
  fs.mkdirSync(userDir, { recursive: true });
  const settings = { ...QUIET_SETTINGS, ...extraSettings };
  fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify(settings, null, 2));
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/**
 * @param {object} options
 * @param {string} options.userDataDir
 * @param {string} options.extensionsDir
 * @param {number} [options.port]       free port chosen when omitted
 * @param {Record<string,string>} [options.env]  reaches the extension host's process.env
 * @param {(line: string) => void} [options.onLine]  every output line of the server
 * @param {boolean} [options.inheritOutput]  show the server's output directly (npm start)
 * @param {string[]} [options.extraArgs]  more command-line options, e.g. `--locale zh-cn`
 */
export async function startCodeServer({ userDataDir, extensionsDir, port, env = {}, onLine, inheritOutput = false, extraArgs = [] }) {
  if (!isCodeServerInstalled()) {
    throw new Error('code-server is not installed: run `bash scripts/install-code-server.sh`');
  }
  port ??= await freePort();
  const args = [
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--ignore-last-opened',
    // A config file of its own, so no default one is written into the user's home.
    '--config', path.join(userDataDir, 'code-server.yaml'),
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    ...extraArgs,
  ];
  fs.mkdirSync(extensionsDir, { recursive: true });
  if (!fs.existsSync(path.join(userDataDir, 'code-server.yaml'))) {
    fs.writeFileSync(path.join(userDataDir, 'code-server.yaml'), 'auth: none\n');
  }
  // code-server reads $PORT as an override of --bind-addr; the port chosen here must win.
  const { PORT: _ignored, ...inherited } = process.env;
  const child = spawn(codeServerBin, args, {
    detached: true,
    env: { ...inherited, ...env },
    stdio: ['ignore', inheritOutput ? 'inherit' : 'pipe', inheritOutput ? 'inherit' : 'pipe'],
  });
  if (!inheritOutput) forwardLines(child, onLine ?? (() => {}));
  let exited = false;
  child.once('exit', () => { exited = true; });

  const origin = `http://127.0.0.1:${port}`;
  await waitForHealth(origin, () => exited);

  return {
    port,
    origin,
    child,
    get exited() { return exited; },
    stop: () => stopProcessGroup(child.pid),
  };
}

function forwardLines(child, onLine) {
  for (const stream of [child.stdout, child.stderr]) {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    });
    stream.on('end', () => { if (pending) onLine(pending); });
  }
}

async function waitForHealth(origin, hasExited, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error('code-server exited during start-up');
    try {
      const response = await fetch(`${origin}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`code-server did not answer ${origin}/healthz within ${timeoutMs / 1000} s`);
}

function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** SIGTERM the group, wait for it to go, SIGKILL only what is left after a few seconds. */
export async function stopProcessGroup(pgid, graceMs = 5_000) {
  if (!pgid || !groupAlive(pgid)) return;
  try { process.kill(-pgid, 'SIGTERM'); } catch { return; }
  const deadline = Date.now() + graceMs;
  while (Date.now() < deadline) {
    if (!groupAlive(pgid)) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  try { process.kill(-pgid, 'SIGKILL'); } catch { /* already gone */ }
}

/** Runs code-server's CLI mode (install/list extensions) against a profile. */
function runCli(userDataDir, extensionsDir, args) {
  const result = spawnSync(codeServerBin, ['--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...args], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (result.status !== 0) {
    throw new Error(`code-server ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr || result.stdout}`);
  }
  return result.stdout;
}

/** Installs a .vsix the way a user would; returns `--list-extensions --show-versions`. */
export function installVsix(userDataDir, extensionsDir, vsix) {
  fs.mkdirSync(extensionsDir, { recursive: true });
  runCli(userDataDir, extensionsDir, ['--install-extension', vsix]);
  return runCli(userDataDir, extensionsDir, ['--list-extensions', '--show-versions']).split('\n').filter(Boolean);
}
