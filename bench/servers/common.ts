/** What every benchmark server shares: its arguments, its driver, and the line that tells the runner it is up. */
import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import Fastify from 'fastify';
import neo4j, { type Driver } from 'neo4j-driver';

// The runner starts compiled servers, as production runs. Started by hand through tsx, source maps are on, and
// neo4j-driver formats a stack trace for every query it runs: that costs a few per cent of CPU production does
// not pay, so they are turned off again.
process.setSourceMapsEnabled(false);

export interface ServerArgs {
  port: number;
  uri: string;
}

export function serverArgs(): ServerArgs {
  const get = (name: string, fallback: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i >= 0 ? (process.argv[i + 1] ?? fallback) : fallback;
  };
  return { port: Number(get('port', '4100')), uri: get('uri', 'bolt://127.0.0.1:7689') };
}

/** The driver options the service uses (src/db/driver.ts), so pools and integer handling match. */
export function benchDriver(uri: string): Driver {
  return neo4j.driver(
    uri,
    neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'waic-kg-dev'),
    {
      disableLosslessIntegers: true,
      connectionTimeout: 3_000,
      connectionAcquisitionTimeout: 3_000,
      maxTransactionRetryTime: 1_000,
      userAgent: 'waic-kg-bench',
    },
  );
}

/** The runner waits for this line; SIGTERM exits through process.exit so --cpu-prof can write its profile. */
export function ready(port: number, close: () => Promise<void>): void {
  process.stdout.write(`BENCH_READY ${port}\n`);
  const stop = () => {
    close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

/**
 * An Apollo Server behind Fastify and @as-integrations/fastify at /graphql, as the service is served; `make` gets
 * the drain plugin to add. `close` runs after Fastify has closed.
 */
export async function serveOnFastify(
  port: number,
  make: (drain: ApolloServerPlugin) => ApolloServer,
  close: () => Promise<void>,
): Promise<void> {
  const app = Fastify({ logger: { level: 'warn' } });
  const apollo = make(fastifyApolloDrainPlugin(app));
  await apollo.start();
  await app.register(fastifyApollo(apollo), { path: '/graphql' });
  await app.listen({ port, host: '127.0.0.1' });
  ready(port, async () => {
    await app.close();
    await close();
  });
}
