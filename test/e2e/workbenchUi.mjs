// The packaged extension as a user gets it: installs dist/concept-notes.vsix into a
// fresh code-server profile, opens a scratch copy of the fixture workspace in the web
// workbench and checks what is drawn on screen: the Topics view lists the EPT concept,
// hovering EPT in kvm.md pops up its definition (text only the language server
// produces) and the Problems panel lists kvm.md's broken link.
// Saves test-results/tree.png, hover.png and problems.png, and a failure-ui-*.png when a
// check fails; with --update-docs also copies the three into docs/images/ for the README.
// Needs `npm run package` first.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchChromium, newWorkbenchPage, saveFailureScreenshot, saveScreenshot } from './harness/browser.mjs';
import { workbenchUrl } from './harness/workbenchUrl.mjs';
import { installVsix, startCodeServer, writeUserSettings, freshProfile } from './harness/codeServer.mjs';
import { fixtureWorkspace, repoRoot, testResultsDir, vsixPath } from './harness/paths.mjs';
import { hoverUntil, openFile, showProblems, showViewRows, waitForWorkbench } from './harness/workbench.mjs';
import { check } from './harness/check.mjs';

const EXTENSION = 'concept-notes.concept-notes';
const HOVER_DEFINITION = 'Intel VT-x 的二级地址转换';
/** The broken link of kvm.md, as the Problems panel words it. */
const BROKEN_LINK_PROBLEM = 'File does not exist at path: missing.md';
const SCREENSHOTS = ['tree.png', 'hover.png', 'problems.png'];

function copyToDocs(fileNames) {
  const docsImages = path.join(repoRoot, 'docs', 'images');
  fs.mkdirSync(docsImages, { recursive: true });
  for (const name of fileNames) {
    fs.copyFileSync(path.join(testResultsDir, name), path.join(docsImages, name));
    console.log(`     copied to docs/images/${name}`);
  }
}

async function main() {
  const started = Date.now();
  const { version } = JSON.parse(fs.readFileSync(path.join(repoRoot, 'package.json'), 'utf8'));
  const { profile, userDataDir, extensionsDir } = freshProfile('ui');
  let codeServer;
  let browser;
  let page;
  try {
    await check('the .vsix installs into a fresh code-server profile', () => {
      if (!fs.existsSync(vsixPath)) throw new Error(`${path.relative(repoRoot, vsixPath)} not found: run npm run package first`);
      const installed = installVsix(userDataDir, extensionsDir, vsixPath);
      if (!installed.includes(`${EXTENSION}@${version}`)) {
        throw new Error(`${EXTENSION}@${version} not among the installed extensions: ${JSON.stringify(installed)}`);
      }
    });
    writeUserSettings(userDataDir);
    codeServer = await startCodeServer({ userDataDir, extensionsDir });
    browser = await launchChromium();
    page = await newWorkbenchPage(browser);
    // A scratch copy: the editor may write workspace state next to the notes.
    const workspace = path.join(profile, 'workspace');
    fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
    await page.goto(workbenchUrl(codeServer.origin, { folder: workspace }));
    await waitForWorkbench(page);

    await check('the Topics view shows the virtualization topic and the EPT concept', () =>
      showViewRows(page, 'Concept Notes', [/virtualization/i, /^EPT\b/]));
    await check('Quick Open opens kvm.md', () => openFile(page, 'kvm.md', 'KVM uses EPT'));
    await page.mouse.move(640, 790); // no tooltip over the tree
    console.log(`     saved ${await saveScreenshot(page, 'tree.png')}`);

    await check('hovering EPT pops up its definition from the language server', () =>
      hoverUntil(page, { context: 'KVM uses EPT', word: 'EPT', expectedText: HOVER_DEFINITION }));
    console.log(`     saved ${await saveScreenshot(page, 'hover.png')}`);

    await page.mouse.move(640, 790);
    await page.keyboard.press('Escape');
    await check('the Problems panel lists the broken link of kvm.md', () => showProblems(page, [BROKEN_LINK_PROBLEM]));
    await page.mouse.move(640, 60); // no tooltip over the panel
    console.log(`     saved ${await saveScreenshot(page, 'problems.png')}`);

    if (process.argv.includes('--update-docs')) copyToDocs(SCREENSHOTS);
    console.log(`Workbench UI checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    console.error(`Workbench UI check failed after ${((Date.now() - started) / 1000).toFixed(1)} s: ${error instanceof Error ? error.message : error}`);
    if (page) await saveFailureScreenshot(page, 'ui');
    return 1;
  } finally {
    await Promise.all([browser?.close().catch(() => {}), codeServer?.stop()]);
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

process.exitCode = await main();
