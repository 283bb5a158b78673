// The README's picture of the Backlinks view: a scratch copy of the fixture workspace with a
// few notes that link to and mention `hypervisor.md`; that note open, the view listing its
// "Linked" and "Unlinked mentions" rows. Saves test-results/backlinks.png (--update-docs:
// docs/images/ too). Needs `npm run package` first.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fixtureWorkspace } from './harness/paths.mjs';
import { openFile, sidebarRowLabels } from './harness/workbench.mjs';
import { runCommand, takeScreenshot } from './harness/screenshotSession.mjs';

const NOTES = {
  'virtualization/hypervisor.md': '# Hypervisor\n\n**VM exit**：the guest stops and the hypervisor takes over.\n\n## Scheduling\n\nEach vCPU is a host thread. ^vcpu-thread\n',
  'virtualization/qemu.md': '# QEMU\n\nQEMU asks the [hypervisor](hypervisor.md) to run each vCPU.\n\nSee [scheduling](hypervisor.md#scheduling) for threads.\n',
  'virtualization/exits.md': '# Exits\n\nEvery VM exit costs time; the Hypervisor decides what happens next.\n',
  'daily/2024-05-01.md': '# 2024-05-01\n\nRead about the hypervisor and [[hypervisor#^vcpu-thread]].\n\nCounted VM exit reasons today.\n',
};

function fill(workspace) {
  fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
  for (const [file, text] of Object.entries(NOTES)) {
    fs.mkdirSync(path.dirname(path.join(workspace, file)), { recursive: true });
    fs.writeFileSync(path.join(workspace, file), text);
  }
}

async function arrange(page) {
  await openFile(page, 'hypervisor.md', 'the guest stops');
  // VS Code's generated "Focus on Backlinks View" command opens the container and expands the view.
  await runCommand(page, 'Focus on Backlinks View');
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
}

process.exitCode = await takeScreenshot('backlinks.png', fill, arrange);
