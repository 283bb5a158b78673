// The README's picture of the graph view: the bundled notes/ open, "Show Graph" run on the
// whole workspace, the layout given time to spread. Saves test-results/graph.png
// (--update-docs: docs/images/ too). Needs `npm run package` first.
import * as fs from 'node:fs';
import { notesWorkspace } from './harness/paths.mjs';
import { runCommand, takeScreenshot } from './harness/screenshotSession.mjs';

const LAYOUT_MS = 12_000;

async function arrange(page) {
  // The status bar counts concepts once the first index is done: the commands are there by then.
  await page.locator('.statusbar').getByText(/concepts/).first().waitFor({ timeout: 60_000 });
  await runCommand(page, 'Concept Notes: Show Graph');
  // The page is a webview: its frame appears once the extension has sent the graph.
  await page.waitForSelector('iframe.webview', { timeout: 30_000 });
  await page.waitForTimeout(LAYOUT_MS);
}

process.exitCode = await takeScreenshot('graph.png', (workspace) => fs.cpSync(notesWorkspace, workspace, { recursive: true }), arrange);
