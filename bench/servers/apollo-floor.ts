/**
 * The floor's statements and shapes (floor.ts) behind Apollo Server 5, each answer one JSON value of a single
 * field: the least any service on the mandated stack does per request. FLOOR_TRANSPORT=fastify serves it through
 * Fastify and @as-integrations/fastify as the service is served; FLOOR_TRANSPORT=http through a bare node:http
 * handler that calls Apollo as an integration does. Between raw, these two and the service, the benchmark
 * splits the service's cost into HTTP framework, Apollo's pipeline and the service's own GraphQL layer.
 */
import { createServer } from 'node:http';
import { ApolloServer, HeaderMap } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { GraphQLScalarType } from 'graphql';
import { ready, serveOnFastify, serverArgs } from './common.js';
import { answer, openFloor } from './floor.js';

const { port, uri } = serverArgs();
const driver = openFloor(uri);
const transport = process.env.FLOOR_TRANSPORT === 'http' ? 'http' : 'fastify';

type Args = Record<string, string | number>;
const JSON_VALUE = new GraphQLScalarType({
  name: 'JSON',
  serialize: (v) => v,
  parseValue: (v) => v,
});
const typeDefs = 'scalar JSON\ntype Query { floor(path: String!, args: JSON!): JSON }';
const resolvers = {
  JSON: JSON_VALUE,
  Query: {
    floor: (_: unknown, { path, args }: { path: string; args: Args }) =>
      answer(
        path,
        (k) => String(args[k] ?? ''),
        (k, d) => Number(args[k] ?? d),
      ),
  },
};
// As in the service, no cache-control plugin (it would wrap the resolver); the landing page costs a POST nothing.
const plugins = [ApolloServerPluginCacheControlDisabled()];

if (transport === 'fastify') {
  await serveOnFastify(
    port,
    (drain) => new ApolloServer({ typeDefs, resolvers, plugins: [...plugins, drain] }),
    () => driver.close(),
  );
} else {
  const apollo = new ApolloServer({ typeDefs, resolvers, plugins });
  await apollo.start();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const headers = new HeaderMap();
      for (const [k, v] of Object.entries(req.headers)) {
        if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(', ') : v);
      }
      apollo
        .executeHTTPGraphQLRequest({
          httpGraphQLRequest: {
            method: req.method ?? 'POST',
            headers,
            search: '',
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown,
          },
          context: async () => ({}),
        })
        .then(
          (r) => {
            const body = r.body.kind === 'complete' ? r.body.string : '';
            // With its length known, the response goes out in one write, not chunked.
            const head: Record<string, string | number> = { 'content-length': Buffer.byteLength(body) };
            for (const [k, v] of r.headers) head[k] = v;
            res.writeHead(r.status ?? 200, head);
            res.end(body);
          },
          () => {
            res.statusCode = 500;
            res.end();
          },
        );
    });
  });
  server.listen(port, '127.0.0.1', () =>
    ready(port, async () => {
      server.close();
      await apollo.stop();
      await driver.close();
    }),
  );
}
