// The packaged extension in a Chinese workbench, and the same checks in English: opens a
// scratch copy of notes/ in code-server started with `--locale zh-cn` and checks that our
// command titles in the command palette, our view names and the hover's labels are Chinese;
// then in an English workbench that they are English and none of our Chinese UI text shows.
// Saves test-results/hover-zh-cn.png (with --update-docs also docs/images/hover-zh-cn.png).
// Needs `npm run package` first.
//
// What code-server needs offline for a display language (docs/l10n.md): `--locale zh-cn`
// alone falls back to English unless `<user-data-dir>/languagepacks.json` names a language
// pack for zh-cn whose `translations.vscode` file exists. A minimal language pack built here
// (contributes.localizations, an empty VS Code translation) is enough: VS Code's own UI stays
// English, and the extension host then runs in zh-cn, so our package.nls.zh-cn.json and
// l10n bundle are used.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { launchChromium, newWorkbenchPage, saveFailureScreenshot, saveScreenshot } from './harness/browser.mjs';
import { workbenchUrl } from './harness/workbenchUrl.mjs';
import { installVsix, startCodeServer, writeUserSettings, freshProfile } from './harness/codeServer.mjs';
import { notesWorkspace, repoRoot, testResultsDir, vsixPath } from './harness/paths.mjs';
import { hoverUntil, openFile, waitForWorkbench } from './harness/workbench.mjs';
import { check } from './harness/check.mjs';

const NOTE = 'kvm-xen-qemu-libvirt.md';
const CONTEXT = 'KVM 同样可以给';
const WORD = 'KVM';
const nls = (file) => JSON.parse(fs.readFileSync(path.join(repoRoot, file), 'utf8'));
const ENGLISH = nls('package.nls.json');
const CHINESE = nls('package.nls.zh-cn.json');
const BUNDLE = nls('l10n/bundle.l10n.zh-cn.json');
const VIEWS = ['view.topics', 'view.concepts', 'view.gaps'];
const COMMANDS = ['command.checkWorkspace', 'command.restartServer', 'command.showGraph'];
/** The hover's label, as the server says it: the text before its placeholder. */
const hoverLabel = (bundle) => (bundle['Defined in {places}'] ?? 'Defined in {places}').split('{')[0].trim();

const LANGUAGES = {
  'zh-cn': { views: VIEWS.map((k) => CHINESE[k]), commands: COMMANDS.map((k) => CHINESE[k]), hover: hoverLabel(BUNDLE), absent: [] },
  en: {
    views: VIEWS.map((k) => ENGLISH[k]), commands: COMMANDS.map((k) => ENGLISH[k]), hover: hoverLabel({}),
    // Our Chinese UI text must not show in English (the notes themselves are Chinese).
    absent: [...VIEWS, ...COMMANDS].map((k) => CHINESE[k]).concat(hoverLabel(BUNDLE)),
  },
};

/** A language pack that makes zh-cn a display language and translates nothing of VS Code. */
function buildLanguagePack(dir) {
  fs.mkdirSync(path.join(dir, 'translations'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify({
    name: 'minimal-language-pack-zh-cn', displayName: 'zh-cn display language (test)', description: 'Makes zh-cn a display language.',
    version: '1.0.0', publisher: 'concept-notes-test', license: 'MIT', engines: { vscode: '^1.100.0' }, categories: ['Language Packs'],
    contributes: { localizations: [{ languageId: 'zh-cn', languageName: 'Chinese Simplified', localizedLanguageName: '中文(简体)', translations: [{ id: 'vscode', path: './translations/main.i18n.json' }] }] },
  }, null, 2));
  fs.writeFileSync(path.join(dir, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  fs.writeFileSync(path.join(dir, 'README.md'), 'A display language for tests.\n');
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'MIT\n');
  const vsix = path.join(dir, 'language-pack.vsix');
  const vsce = spawnSync(path.join(repoRoot, 'node_modules', '.bin', 'vsce'), ['package', '--no-dependencies', '--allow-missing-repository', '-o', vsix], { cwd: dir, encoding: 'utf8' });
  if (vsce.status !== 0) throw new Error(`packaging the language pack failed: ${vsce.stderr || vsce.stdout}`);
  return vsix;
}

/**
 * code-server resolves the display language from `<user-data-dir>/languagepacks.json` at
 * each workbench load; installing from the command line does not write it, so it is written
 * here, as the extension service would.
 */
function writeLanguagePacks(userDataDir, extensionsDir) {
  const folder = fs.readdirSync(extensionsDir).find((name) => name.startsWith('concept-notes-test.minimal-language-pack-zh-cn'));
  if (!folder) throw new Error('the language pack is not among the installed extensions');
  const translations = path.join(extensionsDir, folder, 'translations', 'main.i18n.json');
  fs.writeFileSync(path.join(userDataDir, 'languagepacks.json'), JSON.stringify({
    'zh-cn': {
      hash: 'minimal-language-pack-1.0.0',
      extensions: [{ extensionIdentifier: { id: 'concept-notes-test.minimal-language-pack-zh-cn' }, version: '1.0.0' }],
      translations: { vscode: translations },
      label: '中文(简体)',
    },
  }));
}

/** Command palette rows for `query` (our category), closed again afterwards. */
async function paletteRows(page, query) {
  await page.keyboard.press('F1');
  await page.waitForSelector('.quick-input-widget input', { timeout: 30_000 });
  await page.keyboard.type(query);
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 30_000 });
  await page.waitForTimeout(500);
  const rows = await page.locator('.quick-input-list .monaco-list-row').allInnerTexts();
  await page.keyboard.press('Escape');
  return rows;
}

async function viewTitles(page) {
  const item = page.locator('.part.activitybar .action-item:has(> [aria-label^="Concept Notes"])');
  if (!(await item.getAttribute('class'))?.split(' ').includes('checked')) await item.click();
  await page.waitForSelector('.part.sidebar .pane-header', { timeout: 30_000 });
  return page.locator('.part.sidebar .pane-header .title').allInnerTexts();
}

async function run(locale, expected) {
  const { profile, userDataDir, extensionsDir } = freshProfile(`ui-${locale}`);
  let codeServer;
  let browser;
  let page;
  try {
    installVsix(userDataDir, extensionsDir, vsixPath);
    if (locale !== 'en') {
      installVsix(userDataDir, extensionsDir, buildLanguagePack(path.join(profile, 'language-pack')));
      writeLanguagePacks(userDataDir, extensionsDir);
    }
    writeUserSettings(userDataDir);
    codeServer = await startCodeServer({ userDataDir, extensionsDir, extraArgs: ['--locale', locale] });
    browser = await launchChromium();
    page = await newWorkbenchPage(browser);
    const workspace = path.join(profile, 'notes');
    fs.cpSync(notesWorkspace, workspace, { recursive: true });
    await page.goto(workbenchUrl(codeServer.origin, { folder: workspace }));
    await waitForWorkbench(page);

    await check(`[${locale}] Quick Open opens ${NOTE}`, () => openFile(page, NOTE, CONTEXT));
    const seen = [];
    await check(`[${locale}] the hover's label is "${expected.hover}"`, () => hoverUntil(page, { context: CONTEXT, word: WORD, expectedText: expected.hover, timeoutMs: 60_000 }));
    seen.push(...await page.locator('.monaco-editor .monaco-hover:not(.hidden)').allInnerTexts());
    await page.waitForTimeout(500); // the popup fades in
    if (locale === 'zh-cn') console.log(`     saved ${await saveScreenshot(page, 'hover-zh-cn.png')}`);
    await page.mouse.move(5, 790);
    await page.keyboard.press('Escape');

    await check(`[${locale}] the view names are ${expected.views.join(', ')}`, async () => {
      const titles = await viewTitles(page);
      seen.push(...titles);
      const missing = expected.views.filter((v) => !titles.some((t) => t.trim().toLowerCase() === v.toLowerCase()));
      if (missing.length) throw new Error(`missing ${JSON.stringify(missing)}; titles: ${JSON.stringify(titles)}`);
    });
    await check(`[${locale}] the command palette shows ${expected.commands.join(', ')}`, async () => {
      const missing = [];
      for (const title of expected.commands) {
        // The list draws only the rows in view: ask for each title.
        const rows = await paletteRows(page, title);
        seen.push(...rows);
        if (!rows.some((r) => r.includes(`Concept Notes: ${title}`))) missing.push({ title, rows });
      }
      if (missing.length) throw new Error(`missing ${JSON.stringify(missing)}; rows: ${JSON.stringify(rows)}`);
    });
    if (expected.absent.length) {
      await check(`[${locale}] none of our Chinese UI text shows`, () => {
        const shown = expected.absent.filter((text) => seen.some((s) => s.includes(text)));
        if (shown.length) throw new Error(`shown: ${JSON.stringify(shown)}`);
      });
    }
  } catch (error) {
    if (page) await saveFailureScreenshot(page, `ui-${locale}`);
    throw error;
  } finally {
    await Promise.all([browser?.close().catch(() => {}), codeServer?.stop()]);
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

async function main() {
  const started = Date.now();
  if (!fs.existsSync(vsixPath)) {
    console.error(`${path.relative(repoRoot, vsixPath)} not found: run npm run package first`);
    return 1;
  }
  try {
    for (const [locale, expected] of Object.entries(LANGUAGES)) await run(locale, expected);
    if (process.argv.includes('--update-docs')) {
      fs.mkdirSync(path.join(repoRoot, 'docs', 'images'), { recursive: true });
      fs.copyFileSync(path.join(testResultsDir, 'hover-zh-cn.png'), path.join(repoRoot, 'docs', 'images', 'hover-zh-cn.png'));
      console.log('     copied to docs/images/hover-zh-cn.png');
    }
    console.log(`Chinese and English workbench checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    return 0;
  } catch (error) {
    console.error(`Workbench language check failed after ${((Date.now() - started) / 1000).toFixed(1)} s: ${error instanceof Error ? error.message : error}`);
    return 1;
  }
}

process.exitCode = await main();
