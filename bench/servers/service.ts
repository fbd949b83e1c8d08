/**
 * This service as production runs it (NODE_ENV=production, LOG_LEVEL=warn), over the bench Neo4j. `--variant
 * default` is src/http/server.ts unchanged; `cache-control` leaves Apollo's default cache-control plugin on
 * (bench/servers/service-variant.ts), to measure what disabling it is worth.
 */
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { createServer } from '../../src/http/server.js';
import { createServices } from '../../src/services/index.js';
import { ready, serverArgs } from './common.js';
import { createVariantServer } from './service-variant.js';

const { port, uri } = serverArgs();
const variant = process.argv[process.argv.indexOf('--variant') + 1] ?? 'default';
const o = {
  uri,
  user: process.env.NEO4J_USER ?? 'neo4j',
  password: process.env.NEO4J_PASSWORD ?? 'waic-kg-dev',
  database: 'neo4j',
  connectTimeoutMs: 3_000,
};
const driver = createDriver(o);
const executor = new Executor(driver, { database: o.database, txTimeoutMs: 10_000, target: uri });
const services = createServices(executor);
const options = { executor, services, production: true, logLevel: 'warn' };
const { app } =
  variant === 'cache-control'
    ? await createVariantServer(options, { cacheControl: true })
    : await createServer(options);
await app.listen({ port, host: '127.0.0.1' });
ready(port, async () => {
  await app.close();
  await driver.close();
});
