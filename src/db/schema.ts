import { cypherScript } from './cypher.js';
import type { Executor } from './executor.js';

/** Creates the constraints and indexes in cypher/schema/ (all IF NOT EXISTS, so re-running is a no-op). */
export async function applySchema(executor: Executor): Promise<number> {
  const statements = [
    ...cypherScript('schema/constraints'),
    ...cypherScript('schema/indexes'),
    ...cypherScript('schema/relationship-indexes'),
  ];
  for (const stmt of statements) await executor.schema(stmt);
  // Full-text indexes populate asynchronously: wait so a search right after start-up sees the seed.
  await executor.schema({ name: 'schema/await-indexes', text: 'CALL db.awaitIndexes(60)' });
  return statements.length;
}
