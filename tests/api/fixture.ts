import { afterAll, beforeAll } from 'vitest';
import { loadSeedDir } from '../../src/seed/loader.js';
import { type TestDb, testDb } from '../support/db.js';
import { startTestServer, type TestServer } from '../support/server.js';

export interface SeededApi {
  db: TestDb;
  server: TestServer;
  /** The id of the entity whose name (as the text writes it) is `name`. */
  idOf(name: string): Promise<string>;
}

/** Resets the test database, loads the real seed and serves it over HTTP, once per test file. */
export function seededApi(): SeededApi {
  const ctx = {} as SeededApi;
  beforeAll(async () => {
    ctx.db = testDb();
    await ctx.db.reset();
    await loadSeedDir(ctx.db.executor);
    ctx.server = await startTestServer(ctx.db.executor);
    ctx.idOf = async (name: string) => {
      const r = await ctx.server.gql<{ search: { entity: { id: string; name: string } }[] }>(
        'query($q: String!) { search(query: $q, first: 5) { entity { id name } } }',
        { q: name },
      );
      const hit = r.data?.search.find((h) => h.entity.name === name);
      if (!hit) throw new Error(`no entity named ${name}`);
      return hit.entity.id;
    };
  }, 180_000);
  afterAll(async () => {
    await ctx.server?.close();
    await ctx.db?.close();
  });
  return ctx;
}
