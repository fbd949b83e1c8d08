import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { projectPath } from '../../src/paths.js';

export const ARTIFACTS = projectPath('tests/artifacts');

/** Debian's Chromium (apt-get install -y chromium); no browser is ever downloaded. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const WEB = projectPath('web');
const BUILT = join(WEB, 'dist', 'index.html');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'dist' || entry.name === 'node_modules') continue;
    const p = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : statSync(p).mtimeMs);
  }
  return newest;
}

/**
 * The tests drive the bundle `npm start` would serve; a missing or stale one (older than any source under
 * web/) is rebuilt first, so a test never passes against yesterday's UI.
 */
export function ensureWebBuilt(): void {
  if (existsSync(BUILT) && statSync(BUILT).mtimeMs >= newestMtime(WEB)) return;
  const vite = projectPath('node_modules/vite/bin/vite.js');
  const r = spawnSync(
    process.execPath,
    [vite, 'build', '--config', join(WEB, 'vite.config.ts'), '--logLevel', 'warn'],
    {
      cwd: projectPath('.'),
      encoding: 'utf8',
      timeout: 600_000,
    },
  );
  if (r.status !== 0) throw new Error(`vite build failed (${r.status}):\n${r.stderr}\n${r.stdout}`);
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}: apt-get install -y chromium, or set CHROMIUM_PATH.`);
  }
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      '--disable-dev-shm-usage',
    ],
  });
}

/** What a page did that the tests forbid: requests off the loopback and errors in the console. */
export interface Watch {
  page: Page;
  context: BrowserContext;
  external: string[];
  consoleErrors: string[];
  /** Every loopback URL the page requested, e.g. to check the web font came from the service. */
  requests: string[];
}

const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * A fresh context at laptop size whose every request goes through a route: loopback ones continue, anything
 * else is aborted and recorded, so a CDN reference fails the test instead of quietly working online.
 */
export async function openPage(browser: Browser): Promise<Watch> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'zh-CN' });
  const w: Watch = { page: await context.newPage(), context, external: [], consoleErrors: [], requests: [] };
  await context.route('**/*', async (route) => {
    const url = new URL(route.request().url());
    if ((url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK.has(url.hostname)) {
      w.requests.push(url.href);
      await route.continue();
    } else if (url.protocol === 'data:' || url.protocol === 'blob:') {
      await route.continue();
    } else {
      w.external.push(url.href);
      await route.abort('blockedbyclient');
    }
  });
  w.page.on('console', (m) => {
    if (m.type() === 'error') w.consoleErrors.push(m.text());
  });
  w.page.on('pageerror', (err) => w.consoleErrors.push(`pageerror: ${err.message}`));
  return w;
}

/** Into tests/artifacts; `alsoTo` (the README's picture) only with UPDATE_SCREENSHOTS=1, so a test run leaves the tree clean. */
export async function screenshot(page: Page, name: string, alsoTo?: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, name) });
  if (alsoTo && process.env.UPDATE_SCREENSHOTS === '1') {
    mkdirSync(dirname(alsoTo), { recursive: true });
    await page.screenshot({ path: alsoTo });
  }
}
