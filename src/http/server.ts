import { createServer as createHttpServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import fastifyCors from '@fastify/cors';
import { makeExecutableSchema } from '@graphql-tools/schema';
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify';
import { GraphQLError } from 'graphql';
import { type Authenticator, createAuthenticator } from '../auth/authenticate.js';
import { authPlugin } from '../auth/plugin.js';
import type { Executor } from '../db/executor.js';
import { type Context, createContext } from '../graphql/context.js';
import { jitGateway } from '../graphql/jit.js';
import { errorPlugin, formatError } from '../graphql/plugins/errors.js';
import { armor, DEFAULT_LIMITS, type RequestLimits } from '../graphql/plugins/limits.js';
import { resolvers } from '../graphql/resolvers/index.js';
import { loadTypeDefs } from '../graphql/schema.js';
import type { Services } from '../services/index.js';
import { graphqlPost } from './graphql-post.js';
import { registerHealth } from './health.js';
import { requestIdOf } from './request-id.js';
import { registerWeb } from './web.js';

export interface ServerOptions {
  executor: Executor;
  services: Services;
  production: boolean;
  logLevel: string;
  /** Largest request body accepted; larger ones get 413. */
  bodyLimitBytes?: number;
  /** Shape limits of a request (depth, aliases, tokens, cost). */
  limits?: Partial<RequestLimits>;
  /** Schema introspection; on by default, often off in production. */
  introspection?: boolean;
  /** Compiled execution with graphql-jit (default); false runs graphql-js's interpreter. */
  jit?: boolean;
  /** Who may do what; by default anonymous callers read and nobody writes. */
  auth?: Authenticator;
  /** Origins browsers may call from (`*`: any); none by default, so only same-origin pages can. */
  corsOrigins?: string[];
  /** Where log lines go (tests read them); stdout by default. */
  logStream?: { write(line: string): void };
}

export interface Server {
  app: FastifyInstance;
  apollo: ApolloServer<Context>;
}

type ArmorPlugin = ReturnType<typeof armor>['plugins'][number];

/**
 * GraphQL Armor's token limit parses the document in `parsingDidStart` and rethrows whatever fails there from
 * `unexpectedErrorProcessingRequest`, which Apollo answers with a 500. A syntax error or an over-long document is
 * the client's mistake: 400, as Apollo's own parser answers.
 */
function parseErrorsAreClientErrors(plugin: ArmorPlugin): ArmorPlugin {
  const start = plugin.requestDidStart?.bind(plugin);
  if (!start) return plugin;
  const clientErrors = new WeakSet<Error>();
  const unexpected = plugin.unexpectedErrorProcessingRequest?.bind(plugin);
  return {
    ...plugin,
    async requestDidStart(request) {
      const listener = await start(request);
      const parsing = listener?.parsingDidStart?.bind(listener);
      if (!listener || !parsing) return listener;
      return {
        ...listener,
        async parsingDidStart(context) {
          try {
            return await parsing(context);
          } catch (err) {
            const error = new GraphQLError(err instanceof Error ? err.message : String(err), {
              extensions: { code: 'GRAPHQL_PARSE_FAILED', http: { status: 400 } },
            });
            clientErrors.add(error);
            throw error;
          }
        },
      };
    },
    async unexpectedErrorProcessingRequest(context) {
      if (clientErrors.has(context.error)) throw context.error;
      await unexpected?.(context);
    },
  };
}

/** Without configured credentials every write is refused and anonymous callers read. */
const NO_CREDENTIALS = {
  jwtSecret: null,
  jwksUrl: null,
  jwtPublicKey: null,
  jwtAlgorithms: [],
  issuer: null,
  audience: null,
  apiKeys: [],
  anonymousRead: true,
};

/** Wires HTTP → Apollo → resolvers; knows nothing of how Neo4j was found or started. */
export async function createServer(o: ServerOptions): Promise<Server> {
  const logger: FastifyServerOptions['logger'] = o.logStream
    ? { level: o.logLevel, stream: o.logStream }
    : { level: o.logLevel };
  const bodyLimit = o.bodyLimitBytes ?? 1_000_000;
  // POST /graphql from API clients is answered ahead of Fastify (graphql-post.ts); set once Apollo has started.
  let hotRoute: ((req: IncomingMessage, res: ServerResponse) => boolean) | undefined;
  const app = Fastify({
    // Fastify's "request completed" line carries reqId and responseTime (ms) for every request.
    logger,
    bodyLimit,
    // A request id per request in every log line (see request-id.ts).
    requestIdHeader: false,
    genReqId: requestIdOf,
    serverFactory: (handler) =>
      createHttpServer((req, res) => {
        if (!hotRoute?.(req, res)) handler(req, res);
      }),
  });
  let closing = false;
  app.addHook('preClose', async () => {
    closing = true;
  });
  // Echoed on every response, errors included, so a client can quote it when reporting a problem.
  app.addHook('onRequest', (request, reply, done) => {
    reply.header('x-request-id', request.id);
    done();
  });
  const auth = o.auth ?? createAuthenticator(NO_CREDENTIALS);
  const cors = Boolean(o.corsOrigins?.length);
  if (o.corsOrigins && cors) {
    await app.register(fastifyCors, {
      origin: o.corsOrigins.includes('*') ? '*' : o.corsOrigins,
      methods: ['GET', 'POST', 'OPTIONS'],
      allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'x-request-id'],
      exposedHeaders: ['x-request-id'],
      // Bearer tokens travel in a header, never in cookies: no credentialed CORS.
      credentials: false,
      maxAge: 600,
    });
  }
  const limits = armor({ ...DEFAULT_LIMITS, blockFieldSuggestions: o.production, ...o.limits });
  const apollo = new ApolloServer<Context>({
    ...(o.jit === false
      ? { typeDefs: loadTypeDefs(), resolvers }
      : { gateway: jitGateway(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers })) }),
    formatError: formatError(o.production),
    includeStacktraceInErrorResponses: !o.production,
    introspection: o.introspection ?? true,
    validationRules: limits.validationRules,
    // Apollo's own plugins are typed for any context; ours needs none of their variance.
    plugins: [
      fastifyApolloDrainPlugin(app),
      errorPlugin(),
      authPlugin(),
      ...limits.plugins.map(parseErrorsAreClientErrors),
      // No field here has cache hints; the default plugin would wrap every resolver for nothing.
      ApolloServerPluginCacheControlDisabled(),
      // Browsers get the self-hosted GraphiQL (src/http/web.ts), never a page that loads from a CDN.
      ApolloServerPluginLandingPageDisabled(),
    ] as ApolloServerPlugin<Context>[],
  });
  await apollo.start();
  registerHealth(app, o.executor);
  await registerWeb(app);
  const context = async (id: string, authorization: string | undefined) =>
    createContext(o.services, id, await auth.authenticate(authorization));
  // Every other request to /graphql (GET queries, CORS preflights, browsers, anything unusual) goes through
  // Fastify and this route, with the same Apollo server and context.
  await app.register(fastifyApollo(apollo), {
    path: '/graphql',
    context: (request) => context(request.id, request.headers.authorization),
  });
  hotRoute = graphqlPost({
    apollo,
    context: (req, id) => context(id, req.headers.authorization),
    bodyLimitBytes: bodyLimit,
    cors,
    log: app.log,
    closing: () => closing,
  });
  return { app, apollo };
}
