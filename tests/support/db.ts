import type { Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { createDriver } from '../../src/db/driver.js';
import { Executor } from '../../src/db/executor.js';
import { applySchema } from '../../src/db/schema.js';

export interface TestDb {
  driver: Driver;
  executor: Executor;
  uri: string;
  /** Empties the test database (and only it): every integration test file starts from a known state. */
  reset(): Promise<void>;
  close(): Promise<void>;
}

export function testDb(): TestDb {
  const { uri, user, password } = inject('neo4j');
  const opts = { uri, user, password, database: 'neo4j', connectTimeoutMs: 5_000 };
  const driver = createDriver(opts);
  const executor = new Executor(driver, { database: 'neo4j', txTimeoutMs: 30_000, target: uri });
  return {
    driver,
    executor,
    uri,
    async reset() {
      await executor.write({ name: 'test/reset', text: 'MATCH (n) DETACH DELETE n' });
      await applySchema(executor);
    },
    close: () => driver.close(),
  };
}

/** What `run` returned, and the names of the statements the executor sent while it ran. */
export async function statementsDuring<T>(
  executor: Executor,
  run: () => Promise<T>,
): Promise<{ result: T; sent: string[] }> {
  const sent: string[] = [];
  const off = executor.onQuery((stmt) => sent.push(stmt.name));
  try {
    return { result: await run(), sent };
  } finally {
    off();
  }
}
