// What a user does in the web workbench, through the DOM: open a file with Quick Open,
// hover a word, open the Concept Notes view. Each step waits for a visible result.

const ROW = '.quick-input-list .monaco-list-row';
const VISIBLE_HOVER = '.monaco-editor .monaco-hover:not(.hidden)';
const SIDEBAR_ROW = '.part.sidebar .monaco-list-row';

export async function waitForWorkbench(page, timeoutMs = 60_000) {
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout: timeoutMs });
}

/** Quick Open (Ctrl+P), type the name, Enter; resolves when `expectedText` is on screen. */
export async function openFile(page, fileName, expectedText, timeoutMs = 30_000) {
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { timeout: timeoutMs });
  await page.keyboard.type(fileName);
  await page.waitForSelector(ROW, { timeout: timeoutMs });
  await page.keyboard.press('Enter');
  await page.waitForFunction(
    (text) => [...document.querySelectorAll('.monaco-editor .view-lines .view-line')]
      .some((line) => line.textContent.replace(/\u00a0/g, ' ').includes(text)),
    expectedText,
    { timeout: timeoutMs },
  );
}

/**
 * Pixel centre of `word` inside the first rendered line containing `context`. Lines
 * are split into token spans (and spaces render as U+00A0), so offsets are mapped back
 * onto text nodes before building a DOM Range.
 */
export async function wordCentre(page, context, word) {
  const box = await page.evaluate(({ context, word }) => {
    const lines = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')]
      .sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
    for (const line of lines) {
      const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
      const nodes = [];
      let text = '';
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        nodes.push({ node, start: text.length });
        text += node.textContent.replace(/\u00a0/g, ' ');
      }
      const at = text.indexOf(context);
      if (at < 0) continue;
      const start = at + context.indexOf(word);
      const end = start + word.length;
      const locate = (offset) => {
        const hit = [...nodes].reverse().find((n) => n.start <= offset);
        return [hit.node, offset - hit.start];
      };
      const range = document.createRange();
      range.setStart(...locate(start));
      range.setEnd(...locate(end - 1));
      range.setEnd(range.endContainer, range.endOffset + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    return undefined;
  }, { context, word });
  if (!box) throw new Error(`"${context}" is not rendered in the editor`);
  return box;
}

/**
 * Hovers `word` until the popup contains `expectedText`. A popup is computed once,
 * from the providers registered when the mouse arrives; right after start-up the
 * language server may not be answering yet, so the popup is closed (mouse away +
 * Escape) and asked again until the server's part is in it.
 */
export async function hoverUntil(page, { context, word, expectedText, timeoutMs = 30_000 }) {
  const deadline = Date.now() + timeoutMs;
  let lastText = '';
  while (Date.now() < deadline) {
    const { x, y } = await wordCentre(page, context, word);
    await page.mouse.move(x, y, { steps: 8 });
    try {
      await page.waitForFunction(
        ({ selector, text }) => [...document.querySelectorAll(selector)].some((h) => h.innerText.includes(text)),
        { selector: VISIBLE_HOVER, text: expectedText },
        { timeout: 3_000 },
      );
      return;
    } catch {
      lastText = await page.locator(VISIBLE_HOVER).allInnerTexts().then((t) => t.join('\n')).catch(() => '');
    }
    await page.mouse.move(5, 790, { steps: 4 });
    await page.keyboard.press('Escape');
    await page.waitForFunction((selector) => document.querySelectorAll(selector).length === 0, VISIBLE_HOVER, { timeout: 5_000 }).catch(() => {});
  }
  throw new Error(`hover on "${word}" never showed "${expectedText}"; last popup: ${JSON.stringify(lastText.slice(0, 500))}`);
}

export async function sidebarRowLabels(page) {
  return page.locator(SIDEBAR_ROW).allInnerTexts();
}

/**
 * Opens an activity-bar container by its title (unless it is already open: a second
 * click would hide the sidebar) and expands collapsed rows, a few at a time, until a
 * row matching each of `expectedRows` is visible.
 */
export async function showViewRows(page, containerTitle, expectedRows, timeoutMs = 30_000) {
  const item = page.locator(`.part.activitybar .action-item:has(> [aria-label^="${containerTitle}"])`);
  if (!(await item.getAttribute('class'))?.split(' ').includes('checked')) await item.click();
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const labels = await sidebarRowLabels(page);
    if (expectedRows.every((pattern) => labels.some((label) => pattern.test(label)))) return labels;
    const collapsed = page.locator(`${SIDEBAR_ROW}[aria-expanded="false"]`);
    if (await collapsed.count() > 0) {
      // The twistie only expands; a click on the label would run the item's command.
      // The view may redraw under the click (the index refreshes it): then look again.
      await collapsed.first().locator('.monaco-tl-twistie').click({ timeout: 2_000 }).catch(() => {});
    } else {
      await page.waitForTimeout(200); // rows not drawn yet: let the view render, then look again
    }
  }
  throw new Error(`the ${containerTitle} view never showed rows matching ${expectedRows.join(', ')}; rows: ${JSON.stringify(await sidebarRowLabels(page))}`);
}

const PROBLEM_ROW = '.markers-panel .monaco-list-row';

/**
 * Opens the Problems panel (Ctrl+Shift+M) and waits until a row contains each of
 * `expectedTexts`; resolves to the rows' text.
 */
export async function showProblems(page, expectedTexts, timeoutMs = 30_000) {
  await page.keyboard.press('Control+Shift+M');
  try {
    await page.waitForFunction(
      ({ selector, texts }) => {
        const rows = [...document.querySelectorAll(selector)].map((row) => row.textContent ?? '');
        return texts.every((text) => rows.some((row) => row.includes(text)));
      },
      { selector: PROBLEM_ROW, texts: expectedTexts },
      { timeout: timeoutMs },
    );
  } catch {
    const rows = await page.locator(PROBLEM_ROW).allInnerTexts().catch(() => []);
    throw new Error(`the Problems panel never listed ${JSON.stringify(expectedTexts)}; rows: ${JSON.stringify(rows)}`);
  }
  return page.locator(PROBLEM_ROW).allInnerTexts();
}
