/**
 * The raw-driver floor: the floor's statements and shapes (floor.ts) behind a bare node:http handler, asked by
 * GET. What this serves in a second bounds what any layer on the same statements can serve.
 */
import { createServer, type ServerResponse } from 'node:http';
import { ready, serverArgs } from './common.js';
import { answer, openFloor } from './floor.js';

const { port, uri } = serverArgs();
const driver = openFloor(uri);

function send(res: ServerResponse, status: number, body: unknown) {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  answer(
    url.pathname,
    (k) => url.searchParams.get(k) ?? '',
    (k, d) => Number(url.searchParams.get(k) ?? d),
  ).then(
    (body) => send(res, 200, body),
    (err: unknown) => send(res, 500, { error: err instanceof Error ? err.message : String(err) }),
  );
});

server.listen(port, '127.0.0.1', () =>
  ready(port, async () => {
    server.close();
    await driver.close();
  }),
);
