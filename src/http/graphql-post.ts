import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';
import type { FastifyBaseLogger } from 'fastify';
import parseJson from 'secure-json-parse';
import { requestIdOf } from './request-id.js';

export interface GraphQLPostOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  context: (req: IncomingMessage, requestId: string) => Promise<C>;
  /** Larger bodies are left to Fastify, which answers 413. */
  bodyLimitBytes: number;
  /** Requests that carry an Origin are left to Fastify's CORS plugin when it is registered. */
  cors: boolean;
  /** Fastify's logger: the same "incoming request" and "request completed" lines Fastify writes. */
  log: FastifyBaseLogger;
  /** Once Fastify is closing, requests are left to it: it answers 503 and closes the connection. */
  closing: () => boolean;
}

/** Levels at which Fastify writes its per-request lines. */
const LOGS_REQUESTS = new Set(['trace', 'debug', 'info']);

const JSON_TYPE = /^application\/json\s*(?:;\s*charset=utf-8\s*)?$/i;

/**
 * `POST /graphql` as API clients send it, answered by Apollo straight from node:http, ahead of Fastify's router
 * (src/http/server.ts hands every request here first). Fastify's request lifecycle (routing, hooks, content-type
 * parsing, the reply) cost about 15 µs of CPU a request, 14% of a request that never reaches Neo4j
 * (bench/README.md, "Fastify on the hot route"). This does only what that route needs: the body limit, JSON
 * parsing with the same prototype-poisoning refusal as Fastify's parser, the request id and the log lines.
 * Anything unusual (another method or path, a query string, another content type, a body without content-length
 * or over the limit, a browser's Origin when CORS is configured, a server that is closing) returns false and
 * Fastify answers it.
 */
export function graphqlPost<C extends BaseContext>(
  o: GraphQLPostOptions<C>,
): (req: IncomingMessage, res: ServerResponse) => boolean {
  return (req, res) => {
    if (req.method !== 'POST' || req.url !== '/graphql') return false;
    const length = Number(req.headers['content-length']);
    if (!(length <= o.bodyLimitBytes) || !JSON_TYPE.test(req.headers['content-type'] ?? '')) return false;
    if ((o.cors && req.headers.origin !== undefined) || o.closing()) return false;
    const started = process.hrtime.bigint();
    const id = requestIdOf(req);
    const log = LOGS_REQUESTS.has(o.log.level) ? o.log.child({ reqId: id }) : null;
    // Shaped as Fastify's request serializer reads a request, so both paths log the same fields.
    log?.info(
      {
        req: {
          method: req.method,
          url: req.url,
          headers: req.headers,
          host: req.headers.host,
          ip: req.socket.remoteAddress,
          socket: req.socket,
        },
      },
      'incoming request',
    );
    const send = (status: number, headers: Iterable<[string, string]>, body: string) => {
      const head: Record<string, string | number> = {
        'content-length': Buffer.byteLength(body),
        'x-request-id': id,
      };
      for (const [k, v] of headers) head[k] = v;
      res.writeHead(status, head);
      res.end(body);
      log?.info(
        { res: { statusCode: status }, responseTime: Number(process.hrtime.bigint() - started) / 1e6 },
        'request completed',
      );
    };
    const refuse = (status: number, code: string, message: string) =>
      send(
        status,
        [['content-type', 'application/json; charset=utf-8']],
        JSON.stringify({ errors: [{ message, extensions: { code } }] }),
      );
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('error', () => res.destroy());
    req.on('end', () => {
      let body: unknown;
      try {
        // Refuses __proto__ and constructor.prototype keys, as Fastify's parser does by default.
        body = parseJson(Buffer.concat(chunks).toString('utf8'));
      } catch {
        refuse(400, 'BAD_REQUEST', 'The body is not valid JSON.');
        return;
      }
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) {
        if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      }
      o.apollo
        .executeHTTPGraphQLRequest({
          httpGraphQLRequest: { method: 'POST', headers, search: '', body },
          context: () => o.context(req, id),
        })
        .then(
          (r) => {
            // graphql 16 has no incremental delivery, so every answer is complete.
            if (r.body.kind === 'complete') send(r.status ?? 200, r.headers, r.body.string);
            else refuse(500, 'INTERNAL_SERVER_ERROR', 'Incremental delivery is not supported.');
          },
          // Apollo answers every GraphQL failure itself; it throws only once it has been stopped.
          () => refuse(503, 'SERVICE_UNAVAILABLE', 'The service is shutting down; retry shortly.'),
        );
    });
    return true;
  };
}
