#!/usr/bin/env node
// Stands in for the VS Code executable that @vscode/test-electron's runTests() spawns.
// No desktop VS Code can run here, so this accepts the same CLI flags, starts
// code-server, opens the workbench in headless Chromium with the extension under
// development and the compiled test suite, and exits with the suite's exit code.
//
// Arguments used: the positional folder, --extensionDevelopmentPath (repeatable),
// --extensionTestsPath, --user-data-dir, --extensions-dir. Other VS Code flags
// (--no-sandbox, --disable-extensions, …) mean nothing to code-server and are ignored.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { format } from 'node:util';
import { launchChromium, newWorkbenchPage, saveFailureScreenshot } from './harness/browser.mjs';
import { workbenchUrl } from './harness/workbenchUrl.mjs';
import { startCodeServer, writeUserSettings } from './harness/codeServer.mjs';
import { testResultsDir } from './harness/paths.mjs';

/** A run() that never settles never reports an exit code; this bounds the wait. */
const RUN_DEADLINE_MS = Number(process.env.E2E_DEADLINE_MS ?? 5 * 60_000);
/** code-server lines worth showing live; all of them go to test-results/e2e-code-server.log. */
const INTERESTING_SERVER_LINE = /HTTP server listening|Loading development extension|Extension Host Process exited|\berror\b/i;
const HARMLESS_SERVER_LINE = /open-vsx\.org|ENOTFOUND|vsda/;

function parseArguments(argv) {
  const options = { folder: undefined, extensionDevelopmentPaths: [], extensionTestsPath: undefined, userDataDir: undefined, extensionsDir: undefined };
  for (const arg of argv) {
    const flag = /^--([^=]+)=(.*)$/.exec(arg);
    if (flag) {
      const [, name, value] = flag;
      if (name === 'extensionDevelopmentPath') options.extensionDevelopmentPaths.push(path.resolve(value));
      else if (name === 'extensionTestsPath') options.extensionTestsPath = path.resolve(value);
      else if (name === 'user-data-dir') options.userDataDir = path.resolve(value);
      else if (name === 'extensions-dir') options.extensionsDir = path.resolve(value);
    } else if (!arg.startsWith('-')) {
      options.folder = path.resolve(arg);
    }
  }
  if (!options.folder) throw new Error('No folder to open: pass it as a launch argument');
  if (!options.extensionTestsPath) throw new Error('--extensionTestsPath is required');
  if (!fs.existsSync(options.extensionTestsPath)) throw new Error(`Test suite not found: ${options.extensionTestsPath} (run npm run build)`);
  options.userDataDir ??= path.join(process.cwd(), '.vscode-test', 'user-data');
  options.extensionsDir ??= path.join(options.userDataDir, 'extensions');
  return options;
}

/** Workbench chatter seen in every run (connection set-up, the unreachable marketplace). */
const ROUTINE_WORKBENCH_LOG = /^(Resolving connection token|Resolved connection token|Creating a socket|Updating additional builtin extensions cache|\[Service Worker\]|ChatSessionStore:)|ENOTFOUND open-vsx\.org/;

/** Every workbench log line in test mode arrives here, mocha's output included. */
function printLog(level, args, transcript) {
  const text = format(...(Array.isArray(args) ? args : [args]));
  transcript.write(`[${level}] ${text}\n`);
  if (ROUTINE_WORKBENCH_LOG.test(text)) return;
  if (level === 'error' || level === 'warn') process.stderr.write(`${text}\n`);
  else process.stdout.write(`${text}\n`);
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  fs.mkdirSync(testResultsDir, { recursive: true });
  const serverLog = fs.createWriteStream(path.join(testResultsDir, 'e2e-code-server.log'));
  const workbenchLog = fs.createWriteStream(path.join(testResultsDir, 'e2e-workbench.log'));
  writeUserSettings(options.userDataDir);

  let codeServer;
  let browser;
  const cleanUp = async () => {
    await Promise.all([browser?.close().catch(() => {}), codeServer?.stop()]);
    serverLog.end();
    workbenchLog.end();
  };
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => { void cleanUp().then(() => process.exit(130)); });
  }

  let exitCode = 1;
  let page;
  try {
    codeServer = await startCodeServer({
      userDataDir: options.userDataDir,
      extensionsDir: options.extensionsDir,
      onLine: (line) => {
        serverLog.write(`${line}\n`);
        if (INTERESTING_SERVER_LINE.test(line) && !HARMLESS_SERVER_LINE.test(line)) console.log(`[code-server] ${line}`);
      },
    });
    browser = await launchChromium();
    page = await newWorkbenchPage(browser);

    let reportExit;
    const exited = new Promise((resolve) => { reportExit = resolve; });
    // Both must exist before the workbench loads: it looks for them once, in test mode.
    await page.exposeFunction('codeAutomationLog', (level, args) => printLog(level, args, workbenchLog));
    await page.exposeFunction('codeAutomationExit', (code, logs) => {
      saveWorkbenchLogs(logs);
      reportExit(code);
    });
    page.on('pageerror', (error) => console.error(`[workbench page error] ${error.message}`));

    await page.goto(workbenchUrl(codeServer.origin, options));
    const timedOut = new Promise((resolve) => setTimeout(() => resolve('timeout'), RUN_DEADLINE_MS).unref());
    const serverDied = new Promise((resolve) => codeServer.child.once('exit', () => resolve('server-exit')));
    const outcome = await Promise.race([exited, timedOut, serverDied]);
    if (outcome === 'timeout') {
      console.error(`The test run did not finish within ${RUN_DEADLINE_MS / 1000} s`);
      exitCode = 1;
    } else if (outcome === 'server-exit') {
      console.error('code-server exited during the test run; see test-results/e2e-code-server.log');
      exitCode = 1;
    } else {
      exitCode = Number(outcome);
    }
  } catch (error) {
    console.error(error instanceof Error ? error.stack : error);
    exitCode = 1;
  }
  if (exitCode !== 0 && page) await saveFailureScreenshot(page, 'editor-suite');
  await cleanUp();
  process.exit(exitCode);
}

/** The workbench hands over its log files at exit; kept for diagnosing failures. */
function saveWorkbenchLogs(logs) {
  if (!Array.isArray(logs)) return;
  const dir = path.join(testResultsDir, 'e2e-workbench-logs');
  fs.rmSync(dir, { recursive: true, force: true });
  for (const { relativePath, contents } of logs) {
    const file = path.join(dir, relativePath);
    if (!file.startsWith(dir)) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, contents);
  }
}

await main();
