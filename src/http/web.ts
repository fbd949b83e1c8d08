import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { projectPath } from '../paths.js';

export interface WebOptions {
  /** The Vite build output; `web/dist` of the project unless a test points elsewhere. */
  distDir?: string;
}

/** Where Vite's `base` puts the bundle's files: a prefix no API route uses. */
const ASSETS_PREFIX = '/web/assets/';

// Everything the pages load comes from this origin: a stray CDN reference fails loudly instead of leaking.
// Monaco (GraphiQL's editor) injects <style> elements and starts workers, hence 'unsafe-inline' and worker-src.
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'self'",
].join('; ');

interface MediaRange {
  type: string;
  q: number;
  index: number;
}

function parseAccept(header: string): MediaRange[] {
  return header
    .split(',')
    .map((part, index) => {
      const [type = '', ...params] = part.trim().toLowerCase().split(';');
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = qParam ? Number(qParam.slice(2)) : 1;
      return { type: type.trim(), q: Number.isFinite(q) ? q : 0, index };
    })
    .filter((r) => r.type.length > 0);
}

/** The quality a client gives a media type: that of the most specific range matching it (RFC 9110 §12.5.1). */
function quality(ranges: MediaRange[], mediaType: string): { q: number; index: number } {
  const [major] = mediaType.split('/');
  const exact = ranges.find((r) => r.type === mediaType);
  const partial = ranges.find((r) => r.type === `${major}/*`);
  const any = ranges.find((r) => r.type === '*/*');
  const hit = exact ?? partial ?? any;
  return hit ? { q: hit.q, index: hit.index } : { q: 0, index: Number.POSITIVE_INFINITY };
}

/**
 * True when the client would rather have HTML than GraphQL JSON: browsers (text/html first, `*∕*` at a lower
 * q) do; fetch, curl and GraphQL clients (no Accept, `*∕*`, or JSON types) do not. Ties go to the range the
 * client listed first, as content negotiators do.
 */
export function prefersHtml(accept: string | undefined): boolean {
  if (!accept) return false;
  const ranges = parseAccept(accept);
  // Only an explicit text/html counts: `*∕*` alone means "anything", and the API's answer is JSON.
  if (!ranges.some((r) => r.type === 'text/html' && r.q > 0)) return false;
  const html = quality(ranges, 'text/html');
  const json = [
    quality(ranges, 'application/json'),
    quality(ranges, 'application/graphql-response+json'),
  ].reduce((a, b) => (b.q > a.q || (b.q === a.q && b.index < a.index) ? b : a));
  return html.q > json.q || (html.q === json.q && html.index < json.index);
}

function unavailablePage(what: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${what} not built</title>
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#0f172a}
code{background:#f1f5f9;padding:0 .3em;border-radius:4px}</style></head>
<body><h1>${what} is not available</h1>
<p>The browser bundle has not been built on this server. Build it with <code>npm run build:web</code>
(or <code>npm run build</code>, which <code>npm start</code> runs), then reload.</p>
<p>The GraphQL API itself works: POST queries to <code>/graphql</code>.</p></body></html>`;
}

/**
 * The browser side of the service: the explorer at /explore, GraphiQL on a browser's GET /graphql, and the
 * Vite bundle they load. Must be registered before Apollo so the /graphql hook runs ahead of its GET route.
 */
export async function registerWeb(app: FastifyInstance, o: WebOptions = {}): Promise<void> {
  const dist = o.distDir ?? projectPath('web/dist');
  const assets = join(dist, 'assets');

  // HTML is read per request, not cached: a rebuilt bundle is served without a restart.
  async function sendPage(reply: FastifyReply, file: string, what: string): Promise<FastifyReply> {
    reply.header('content-security-policy', CSP).header('x-content-type-options', 'nosniff');
    let html: string;
    try {
      html = await readFile(join(dist, file), 'utf8');
    } catch {
      return reply
        .code(503)
        .header('cache-control', 'no-store')
        .type('text/html; charset=utf-8')
        .send(unavailablePage(what));
    }
    return reply.header('cache-control', 'no-cache').type('text/html; charset=utf-8').send(html);
  }

  if (existsSync(assets)) {
    await app.register(fastifyStatic, {
      root: assets,
      prefix: ASSETS_PREFIX,
      // Another part of the service may register @fastify/static too; only one may decorate the reply.
      decorateReply: false,
      index: false,
      // File names carry a content hash: a file at a given URL never changes.
      immutable: true,
      maxAge: '365d',
    });
  } else {
    app.get(`${ASSETS_PREFIX}*`, async (_req, reply) =>
      reply
        .code(503)
        .type('text/plain; charset=utf-8')
        .send('The browser bundle is not built (npm run build:web).'),
    );
  }

  app.get('/explore', async (_req, reply) => sendPage(reply, 'index.html', 'The explorer'));
  app.get('/explore/', async (_req, reply) => reply.redirect('/explore', 301));

  // Browsers get GraphiQL at the API's own URL; POST, GET with ?query= and every non-HTML client reach Apollo
  // untouched.
  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'GET') return;
    const q = request.url.indexOf('?');
    const path = q < 0 ? request.url : request.url.slice(0, q);
    if (path !== '/graphql') return;
    if (q >= 0 && new URLSearchParams(request.url.slice(q + 1)).has('query')) return;
    if (!prefersHtml(request.headers.accept)) return;
    reply.header('vary', 'accept');
    return sendPage(reply, 'graphiql.html', 'GraphiQL');
  });
}
