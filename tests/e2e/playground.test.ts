import Fastify from 'fastify';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { prefersHtml, registerWeb } from '../../src/http/web.js';
import { seededApi } from '../api/fixture.js';
import { ensureWebBuilt, launchChromium, openPage, screenshot, type Watch } from './support.js';

const BROWSER_ACCEPT =
  'text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8';

describe('who gets the playground', () => {
  it.each([
    [BROWSER_ACCEPT, true],
    ['text/html', true],
    ['application/json, text/html;q=0.5', false],
    ['application/graphql-response+json, application/json;q=0.9', false],
    ['*/*', false],
    ['application/json, text/html', false],
    ['text/html, application/json', true],
    ['text/html;q=0', false],
    [undefined, false],
  ])('Accept %s → %s', (accept, html) => {
    expect(prefersHtml(accept)).toBe(html);
  });

  it('answers 503 with a clear page when the bundle is missing, instead of crashing', async () => {
    const app = Fastify({ logger: false });
    await registerWeb(app, { distDir: '/nonexistent/web/dist' });
    app.get('/graphql', async () => ({ data: { __typename: 'Query' } }));
    for (const url of ['/explore', '/graphql']) {
      const r = await app.inject({ method: 'GET', url, headers: { accept: BROWSER_ACCEPT } });
      expect(r.statusCode).toBe(503);
      expect(r.headers['content-type']).toContain('text/html');
      expect(r.body).toContain('npm run build:web');
    }
    const api = await app.inject({ method: 'GET', url: '/graphql', headers: { accept: 'application/json' } });
    expect(api.json()).toEqual({ data: { __typename: 'Query' } });
    await app.close();
  });
});

describe('GraphiQL at /graphql', () => {
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

  it('leaves clients alone: POST, GET with ?query= and non-HTML GETs reach Apollo', async () => {
    const post = await fetch(`${api.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: BROWSER_ACCEPT },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(post.headers.get('content-type')).toContain('json');
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });

    // With ?query= the hook steps aside whatever the Accept; a JSON client gets data.
    const get = await fetch(`${api.server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(get.headers.get('content-type')).toContain('json');
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });

    const plain = await fetch(`${api.server.url}/graphql`, { headers: { accept: 'application/json' } });
    expect(plain.headers.get('content-type') ?? '').not.toContain('text/html');

    const page = await fetch(`${api.server.url}/graphql`, { headers: { accept: BROWSER_ACCEPT } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await page.text()).toContain('/web/assets/');
  });

  it('opens in a browser, shows the example tabs and runs a query', async () => {
    w = await openPage(browser);
    const { page } = w;
    await page.goto(`${api.server.url}/graphql`);
    await page.locator('.graphiql-container').waitFor({ timeout: 30_000 });
    // The five example operations are tabs.
    await expect
      .poll(() => page.locator('.graphiql-tab').count(), { timeout: 15_000 })
      .toBeGreaterThanOrEqual(5);
    // Monaco mounts asynchronously; run once the first tab's query is in the editor.
    await page.locator('.graphiql-query-editor .view-lines').filter({ hasText: 'Lookup' }).waitFor();
    await page.locator('.graphiql-execute-button').click();
    const result = page.locator('.result-window .view-lines');
    await expect
      .poll(async () => (await result.textContent()) ?? '', { timeout: 20_000 })
      .toMatch(/"data"[\s\S]*"entity"/);
    expect(await result.textContent()).toContain('上海人工智能实验室');
    // The schema documentation is open from the start.
    await expect.poll(() => page.locator('.graphiql-doc-explorer').count()).toBeGreaterThan(0);
    await screenshot(page, 'graphiql.png');
  });
});
