/**
 * This service as production runs it (NODE_ENV=production, LOG_LEVEL=warn, the heap growth main.ts sets), over the
 * bench Neo4j: createServer from src/http/server.ts unchanged. GRAPHQL_JIT=false (the runner's
 * service-interpreted variant) runs graphql-js's interpreter instead of compiled execution.
 */
import { loadConfig } from '../../src/config/index.js';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { limitHeapGrowth } from '../../src/heap.js';
import { createServer } from '../../src/http/server.js';
import { createServices } from '../../src/services/index.js';
import { ready, serverArgs } from './common.js';

const { port, uri } = serverArgs();
const config = loadConfig({
  GRAPHQL_JIT: process.env.GRAPHQL_JIT,
  HEAP_GROWING_PERCENT: process.env.HEAP_GROWING_PERCENT,
});
limitHeapGrowth(config.heapGrowingPercent);
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
const { app } = await createServer({
  executor,
  services,
  production: true,
  logLevel: 'warn',
  jit: config.graphql.jit,
});
await app.listen({ port, host: '127.0.0.1' });
ready(port, async () => {
  await app.close();
  await driver.close();
});
