import type { Config } from '../config/index.js';
import { ensureBuilt, startEmbedded } from '../embedded/neo4j.js';
import { projectPath } from '../paths.js';
import { createDriver, verifyReachable } from './driver.js';
import { Executor } from './executor.js';

export interface Connection {
  executor: Executor;
  uri: string;
  /** Closes the driver and stops the embedded Neo4j if this process started it. */
  close(): Promise<void>;
}

/**
 * The configured Neo4j as is, or the embedded default (started here, or reused when `npm run db:start` already
 * runs it); either way reachable before this returns, or one clear error naming the URI.
 */
export async function connect(config: Config, log: (line: string) => void): Promise<Connection> {
  let uri: string;
  let stopEmbedded = async () => {};
  if (config.neo4j.uri) {
    uri = config.neo4j.uri;
  } else {
    const opts = {
      boltPort: config.embedded.port,
      home: projectPath(config.embedded.home),
      heap: config.embedded.heap,
      pageCache: config.embedded.pageCache,
      auth: config.embedded.auth ? { user: config.neo4j.user, password: config.neo4j.password } : null,
      onProgress: log,
    };
    log('NEO4J_URI is not set: using the embedded Neo4j (set NEO4J_URI to use another).');
    await ensureBuilt(opts);
    const handle = await startEmbedded(opts, { detached: false });
    uri = handle.uri;
    stopEmbedded = handle.stop;
  }
  const driverOpts = { ...config.neo4j, uri };
  const driver = createDriver(driverOpts);
  const close = async () => {
    await driver.close();
    await stopEmbedded();
  };
  try {
    await verifyReachable(driver, driverOpts, config.neo4j.startupWaitMs);
  } catch (err) {
    await close();
    throw err;
  }
  const executor = new Executor(driver, {
    database: config.neo4j.database,
    txTimeoutMs: config.neo4j.txTimeoutMs,
    target: uri,
  });
  return { executor, uri, close };
}
