// One README picture: installs dist/concept-notes.vsix into a fresh code-server profile,
// opens a workspace the caller fills, lets the caller bring the workbench into shape, and
// saves test-results/<name>; with --update-docs also copies it to docs/images/.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchChromium, newWorkbenchPage, saveFailureScreenshot, saveScreenshot } from './browser.mjs';
import { workbenchUrl } from './workbenchUrl.mjs';
import { installVsix, startCodeServer, writeUserSettings, freshProfile } from './codeServer.mjs';
import { repoRoot, testResultsDir, vsixPath } from './paths.mjs';
import { waitForWorkbench } from './workbench.mjs';

/** `fill(workspaceDir)` writes the notes; `arrange(page)` opens what the picture shows. Resolves to an exit code. */
export async function takeScreenshot(name, fill, arrange) {
  const started = Date.now();
  const { profile, userDataDir, extensionsDir } = freshProfile(`${path.parse(name).name}-ui`);
  let codeServer, browser, page;
  try {
    if (!fs.existsSync(vsixPath)) throw new Error(`${path.relative(repoRoot, vsixPath)} not found: run npm run package first`);
    installVsix(userDataDir, extensionsDir, vsixPath);
    writeUserSettings(userDataDir);
    codeServer = await startCodeServer({ userDataDir, extensionsDir });
    browser = await launchChromium();
    page = await newWorkbenchPage(browser);
    const workspace = path.join(profile, 'workspace');
    fill(workspace);
    await page.goto(workbenchUrl(codeServer.origin, { folder: workspace }));
    await waitForWorkbench(page);
    await arrange(page);
    await page.mouse.move(900, 790);
    console.log(`saved ${await saveScreenshot(page, name)}`);
    if (process.argv.includes('--update-docs')) {
      fs.copyFileSync(path.join(testResultsDir, name), path.join(repoRoot, 'docs', 'images', name));
      console.log(`copied to docs/images/${name}`);
    }
    console.log(`${name} taken in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    console.error(`${name} failed: ${error instanceof Error ? error.message : error}`);
    if (page) await saveFailureScreenshot(page, path.parse(name).name);
    return 1;
  } finally {
    await Promise.all([browser?.close().catch(() => {}), codeServer?.stop()]);
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Runs a command from the palette by its title. */
export async function runCommand(page, title) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget', { state: 'visible' });
  await page.keyboard.type(title);
  await page.waitForTimeout(800);
  await page.keyboard.press('Enter');
  await page.waitForTimeout(1_000);
}
