import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { projectPath } from '../../src/paths.js';
import { seededApi } from '../api/fixture.js';
import { ensureWebBuilt, launchChromium, openPage, screenshot, type Watch } from './support.js';

const api = seededApi();
let browser: Browser;
let w: Watch | undefined;

beforeAll(async () => {
  ensureWebBuilt();
  browser = await launchChromium();
}, 600_000);
afterAll(async () => {
  await browser?.close();
});
afterEach(async () => {
  if (!w) return;
  const { external, consoleErrors } = w;
  await w.context.close();
  w = undefined;
  expect(external, 'requests that left 127.0.0.1').toEqual([]);
  expect(consoleErrors, 'console errors').toEqual([]);
});

const count = async (page: Page, testId: string) =>
  Number((await page.getByTestId(testId).textContent()) ?? 0);

/** Every graph change runs in a queue that flags <body data-busy>; settled means the queue is empty. */
const settled = (page: Page) => page.waitForSelector('body:not([data-busy])', { timeout: 30_000 });

/** Types into a search box like a person, then picks the suggestion naming `name` with the arrow keys. */
async function choose(page: Page, testId: string, typed: string, name: string): Promise<void> {
  const input = page.getByTestId(testId);
  await input.click();
  await input.fill('');
  await input.pressSequentially(typed, { delay: 60 });
  const listbox = page.locator(`#${await input.getAttribute('aria-controls')}`);
  const option = listbox.locator('li[role="option"]:not([aria-disabled])', { hasText: name }).first();
  await option.waitFor({ timeout: 15_000 });
  const options = await listbox.locator('li[role="option"]:not([aria-disabled])').allTextContents();
  const index = options.findIndex((t) => t.includes(name));
  expect(index, `suggestions for ${typed}: ${options.join(' | ')}`).toBeGreaterThanOrEqual(0);
  for (let i = 0; i <= index; i++) await input.press('ArrowDown');
  expect(await option.getAttribute('aria-selected')).toBe('true');
  await input.press('Enter');
}

async function openExplorer(hash = ''): Promise<Page> {
  w = await openPage(browser);
  await w.page.goto(`${api.server.url}/explore${hash}`);
  await settled(w.page);
  return w.page;
}

describe('explorer', () => {
  it('finds 模速空间 by typing, draws its neighbourhood and shows a citation in its sentence', async () => {
    const page = await openExplorer();
    await choose(page, 'search', '模速', '模速空间');
    await expect.poll(() => count(page, 'node-count'), { timeout: 20_000 }).toBeGreaterThan(1);
    await settled(page);
    expect(await count(page, 'edge-count')).toBeGreaterThan(0);
    expect(page.url()).toContain('#e=');

    const details = page.getByTestId('entity-details');
    await expect.poll(() => details.locator('h2').textContent(), { timeout: 15_000 }).toBe('模速空间');
    const citation = details.getByTestId('citation').first();
    const mark = (await citation.locator('mark').textContent()) ?? '';
    const sentence = (await citation.locator('blockquote').textContent()) ?? '';
    expect(mark.length).toBeGreaterThan(0);
    expect(sentence).toContain(mark);
    expect(sentence.length).toBeGreaterThan(mark.length);

    // Chinese renders from the bundled font: the page cannot fall back on a system CJK font.
    expect(await page.evaluate<boolean>('document.fonts.check(\'16px "Noto Sans SC"\', "模速空间")')).toBe(
      true,
    );
    expect(w?.requests.some((u) => /noto-sans-sc-.*\.woff2$/.test(u))).toBe(true);
    await screenshot(page, 'explorer-focus.png');
  });

  it('expands a neighbour on click and on Enter; the node count grows', async () => {
    const page = await openExplorer();
    await choose(page, 'search', '模速空间', '模速空间');
    await expect.poll(() => count(page, 'node-count'), { timeout: 20_000 }).toBeGreaterThan(1);
    await settled(page);
    const before = await count(page, 'node-count');

    // A neighbour with relations not drawn yet (the double-ringed nodes), put in the middle and clicked.
    const target = await page.evaluate<string | null>(`(() => {
      const cy = window.__explorer.cy;
      const n = cy.nodes(':visible').filter((n) => !n.hasClass('centre') && n.data('more') > 0)
        .sort((a, b) => b.data('more') - a.data('more'))[0];
      if (!n) return null;
      cy.zoom(1.2);
      cy.center(n);
      return n.id();
    })()`);
    expect(target, 'a neighbour with more relations than drawn').toBeTruthy();
    const box = await page.getByTestId('graph').boundingBox();
    if (!box) throw new Error('graph has no box');
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await expect.poll(() => count(page, 'node-count'), { timeout: 20_000 }).toBeGreaterThan(before);
    await settled(page);
    expect(page.url()).toContain(`x=${target}`);
    await expect.poll(() => page.getByTestId('entity-details').getAttribute('data-id')).toBe(target);

    // Keyboard: focus the graph, step to a node that still has more, expand it with Enter.
    const afterClick = await count(page, 'node-count');
    await page.getByTestId('graph').focus();
    let found = false;
    for (let i = 0; i < afterClick && !found; i++) {
      await page.keyboard.press('ArrowRight');
      await settled(page);
      found = await page.evaluate<boolean>(
        `(() => { const s = window.__explorer.cy.nodes('.selected'); return s.nonempty() && s.data('more') > 0; })()`,
      );
    }
    if (found) {
      await page.keyboard.press('Enter');
      await expect.poll(() => count(page, 'node-count'), { timeout: 20_000 }).toBeGreaterThan(afterClick);
      await settled(page);
    }
    await screenshot(page, 'explorer-expanded.png');
  });

  it('finds the shortest paths between 青龙 and 上海, draws them and explains them in Chinese and English', async () => {
    const page = await openExplorer();
    await choose(page, 'path-from', '青龙', '青龙');
    await choose(page, 'path-to', '上海', '上海');
    const zh = page.getByTestId('path-explanation-zh').first();
    await zh.waitFor({ timeout: 20_000 });
    await settled(page);
    expect(((await zh.textContent()) ?? '').length).toBeGreaterThan(4);
    expect(await zh.textContent()).toContain('青龙');
    const en = (await page.getByTestId('path-explanation-en').first().textContent()) ?? '';
    expect(en).toMatch(/[A-Za-z]/);
    const onPath = await page.evaluate<number>(`window.__explorer.cy.elements('.path').length`);
    expect(onPath).toBeGreaterThanOrEqual(3);
    expect(page.url()).toMatch(/from=.*to=/);
    await screenshot(page, 'explorer-path.png');
  });

  it('restores a shared view from the URL: focus, expansion, filters and path', async () => {
    const focus = await api.idOf('模速空间');
    const from = await api.idOf('青龙');
    const to = await api.idOf('上海');
    const page = await openExplorer(
      `#e=${focus}&from=${from}&to=${to}&kinds=Organization,Park,Place,Robot,Event`,
    );
    await expect.poll(() => count(page, 'node-count'), { timeout: 20_000 }).toBeGreaterThan(1);
    await settled(page);
    expect(await page.getByTestId('search').inputValue()).toBe('模速空间');
    expect(await page.getByTestId('path-from').inputValue()).toBe('青龙');
    await page.getByTestId('path-explanation-zh').first().waitFor();
    expect(await page.locator('input[data-kind="Topic"]').isChecked()).toBe(false);
    expect(await page.locator('input[data-kind="Park"]').isChecked()).toBe(true);
    // Hidden kinds are off the canvas, path members excepted.
    const strays = await page.evaluate<number>(`window.__explorer.cy.nodes(':visible')
      .filter((n) => n.data('kind') === 'Topic' && !n.hasClass('path')).length`);
    expect(strays).toBe(0);

    // The README's picture: the same view with every kind shown (a hash change restores without a reload).
    await page.evaluate(`window.location.hash = '#e=${focus}&from=${from}&to=${to}'`);
    await expect.poll(() => page.locator('input[data-kind="Topic"]').isChecked()).toBe(true);
    await settled(page);
    await page.getByTestId('graph').focus();
    await screenshot(page, 'explorer.png', projectPath('docs/explorer.png'));
  });
});
