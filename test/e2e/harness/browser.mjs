// Headless Debian Chromium driven by playwright-core (no browser download), and
// screenshots of its page.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumExecutable, testResultsDir } from './paths.mjs';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

export function launchChromium() {
  if (!fs.existsSync(chromiumExecutable)) {
    throw new Error(`Chromium not found at ${chromiumExecutable}: run scripts/ensure-system-packages.sh`);
  }
  return chromium.launch({ executablePath: chromiumExecutable, headless: true, args: CHROMIUM_ARGS });
}

export async function newWorkbenchPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  return context.newPage();
}

/** Full-page PNG under test-results/; returns its path relative to the repo. */
export async function saveScreenshot(page, fileName) {
  fs.mkdirSync(testResultsDir, { recursive: true });
  const file = path.join(testResultsDir, fileName);
  await page.screenshot({ path: file, fullPage: true });
  return path.relative(path.dirname(testResultsDir), file);
}

/** Best effort: a failure screenshot must never hide the failure itself. */
export async function saveFailureScreenshot(page, label) {
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  try {
    const file = await saveScreenshot(page, `failure-${label}-${stamp}.png`);
    console.error(`Saved failure screenshot: ${file}`);
  } catch (error) {
    console.error(`Could not save a failure screenshot: ${error.message}`);
  }
}
