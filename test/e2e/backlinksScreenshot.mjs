// The README's picture of the Backlinks view: installs dist/concept-notes.vsix into a fresh
// code-server profile, opens a scratch copy of the fixture workspace with a few notes that
// link to and mention `hypervisor.md`, opens that note and waits until the view lists its
// "Linked" and "Unlinked mentions" rows. Saves test-results/backlinks.png; with
// --update-docs also copies it to docs/images/. Needs `npm run package` first.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchChromium, newWorkbenchPage, saveFailureScreenshot, saveScreenshot } from './harness/browser.mjs';
import { workbenchUrl } from './harness/workbenchUrl.mjs';
import { installVsix, startCodeServer, writeUserSettings } from './harness/codeServer.mjs';
import { fixtureWorkspace, repoRoot, testResultsDir, vsixPath } from './harness/paths.mjs';
import { openFile, sidebarRowLabels, waitForWorkbench } from './harness/workbench.mjs';

const NOTES = {
  'virtualization/hypervisor.md': '# Hypervisor\n\n**VM exit**：the guest stops and the hypervisor takes over.\n\n## Scheduling\n\nEach vCPU is a host thread. ^vcpu-thread\n',
  'virtualization/qemu.md': '# QEMU\n\nQEMU asks the [hypervisor](hypervisor.md) to run each vCPU.\n\nSee [scheduling](hypervisor.md#scheduling) for threads.\n',
  'virtualization/exits.md': '# Exits\n\nEvery VM exit costs time; the Hypervisor decides what happens next.\n',
  'daily/2024-05-01.md': '# 2024-05-01\n\nRead about the hypervisor and [[hypervisor#^vcpu-thread]].\n\nCounted VM exit reasons today.\n',
};

async function main() {
  const started = Date.now();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'concept-notes-backlinks-ui-'));
  const userDataDir = path.join(profile, 'user-data');
  const extensionsDir = path.join(profile, 'extensions');
  let codeServer, browser, page;
  try {
    if (!fs.existsSync(vsixPath)) throw new Error(`${path.relative(repoRoot, vsixPath)} not found: run npm run package first`);
    installVsix(userDataDir, extensionsDir, vsixPath);
    writeUserSettings(userDataDir);
    codeServer = await startCodeServer({ userDataDir, extensionsDir });
    browser = await launchChromium();
    page = await newWorkbenchPage(browser);
    const workspace = path.join(profile, 'workspace');
    fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
    for (const [file, text] of Object.entries(NOTES)) {
      fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
      fs.writeFileSync(path.join(workspace, file), text);
    }
    await page.goto(workbenchUrl(codeServer.origin, { folder: workspace }));
    await waitForWorkbench(page);
    await openFile(page, 'hypervisor.md', 'the guest stops');
    // VS Code's generated "Focus on Backlinks View" command opens the container and expands the view.
    await page.keyboard.press('F1');
    await page.keyboard.type('Focus on Backlinks View');
    await page.waitForTimeout(500);
    await page.keyboard.press('Enter');
    await page.waitForTimeout(1_000);
    // Give the other views room: collapse them so the Backlinks view fills the side bar.
    for (const title of ['Topics', 'Concepts', 'Knowledge Gaps', 'Open Questions']) {
      const header = page.locator('.part.sidebar .pane-header[aria-expanded="true"]').filter({ hasText: new RegExp(`^${title}`, 'i') });
      if (await header.count()) await header.first().click().catch(() => {});
    }
    const deadline = Date.now() + 30_000;
    let labels = [];
    while (Date.now() < deadline) {
      labels = await sidebarRowLabels(page);
      if (labels.some((l) => /QEMU asks/.test(l)) && labels.some((l) => /Every VM exit/.test(l))) break;
      await page.waitForTimeout(300);
    }
    if (!labels.some((l) => /Every VM exit/.test(l))) throw new Error(`the Backlinks view never showed its rows: ${JSON.stringify(labels)}`);
    await page.waitForTimeout(800);
    await page.mouse.move(900, 790);
    const saved = await saveScreenshot(page, 'backlinks.png');
    console.log(`saved ${saved}`);
    if (process.argv.includes('--update-docs')) {
      fs.copyFileSync(path.join(testResultsDir, 'backlinks.png'), path.join(repoRoot, 'docs', 'images', 'backlinks.png'));
      console.log('copied to docs/images/backlinks.png');
    }
    console.log(`Backlinks screenshot taken in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    console.error(`Backlinks screenshot failed: ${error instanceof Error ? error.message : error}`);
    if (page) await saveFailureScreenshot(page, 'backlinks');
    return 1;
  } finally {
    await Promise.all([browser?.close().catch(() => {}), codeServer?.stop()]);
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

process.exitCode = await main();
