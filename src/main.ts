import { createAuthenticator } from './auth/authenticate.js';
import { loadConfig } from './config/index.js';
import { type Connection, connect } from './db/connect.js';
import { applySchema } from './db/schema.js';
import { limitHeapGrowth } from './heap.js';
import { createServer, type Server } from './http/server.js';
import { seedIfEmpty } from './seed/loader.js';
import { applyChangeSchema } from './services/changes.js';
import { createServices } from './services/index.js';

const log = (msg: string) => process.stdout.write(`[waic-kg] ${msg}\n`);

async function main(): Promise<void> {
  const config = loadConfig();
  limitHeapGrowth(config.heapGrowingPercent);
  let connection: Connection | undefined;
  let server: Server | undefined;
  let closing = false;
  const shutdown = async (reason: string, code: number) => {
    if (closing) return;
    closing = true;
    log(`${reason}: draining requests, then closing Neo4j.`);
    await server?.app.close();
    await connection?.close();
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown('SIGINT', 0));
  process.once('SIGTERM', () => void shutdown('SIGTERM', 0));

  try {
    connection = await connect(config, log);
    const { executor } = connection;
    log(
      `Neo4j at ${connection.uri}; schema: ${await applySchema(executor)} constraints and indexes in place.`,
    );
    await applyChangeSchema(executor);
    if (config.seedOnStart) {
      const seeded = await seedIfEmpty(executor, { log });
      log(
        seeded
          ? 'seed graph loaded into the empty database.'
          : 'database already holds a graph: seed not loaded.',
      );
    }
    server = await createServer({
      executor,
      services: createServices(executor),
      production: config.production,
      logLevel: config.logLevel,
      introspection: config.graphql.introspection,
      jit: config.graphql.jit,
      auth: createAuthenticator(config.auth),
      corsOrigins: config.cors.origins,
    });
    const a = config.auth;
    if (!a.jwtSecret && !a.jwksUrl && !a.jwtPublicKey && a.apiKeys.length === 0) {
      log('no credentials configured (AUTH_JWT_SECRET, AUTH_API_KEYS …): the graph is read-only.');
    }
    const address = await server.app.listen({ port: config.http.port, host: config.http.host });
    log(`GraphQL at ${address}/graphql · health at ${address}/health`);
  } catch (err) {
    process.stderr.write(`[waic-kg] ${err instanceof Error ? err.message : String(err)}\n`);
    await shutdown('start-up failed', 1);
  }
}

void main();
