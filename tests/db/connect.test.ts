import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config/index.js';
import { connect } from '../../src/db/connect.js';
import { DatabaseUnavailableError } from '../../src/db/errors.js';
import { testDb } from '../support/db.js';

describe('connecting to Neo4j', () => {
  it('fails with one clear line naming the URI, well within 30 s, when nothing answers', async () => {
    const config = loadConfig({
      NEO4J_URI: 'bolt://127.0.0.1:1',
      NEO4J_CONNECT_TIMEOUT_MS: '1000',
      NEO4J_STARTUP_WAIT_MS: '2000',
    });
    const started = Date.now();
    const err = await connect(config, () => {}).catch((e: unknown) => e);
    expect(Date.now() - started).toBeLessThan(30_000);
    expect(err).toBeInstanceOf(DatabaseUnavailableError);
    expect((err as Error).message).toContain('bolt://127.0.0.1:1');
    expect((err as Error).message.split('\n')).toHaveLength(1);
  });

  it('writes and reads over Bolt on the real Neo4j, in routed read and write transactions', async () => {
    const { uri, user, password } = inject('neo4j');
    const conn = await connect(
      loadConfig({ NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password }),
      () => {},
    );
    try {
      const marker = `probe-${Date.now()}`;
      await conn.executor.write({ name: 'test/write', text: 'CREATE (:Probe {marker: $m})' }, { m: marker });
      const rows = await conn.executor.read(
        { name: 'test/read', text: 'MATCH (p:Probe {marker: $m}) RETURN count(p) AS n' },
        { m: marker },
      );
      expect(rows[0]?.n).toBe(1);
      await conn.executor.write({ name: 'test/clean', text: 'MATCH (p:Probe) DELETE p' });
    } finally {
      await conn.close();
    }
  });

  it('reports wrong credentials as such when the server checks them', async () => {
    const db = testDb();
    const [row] = await db.executor.read({
      name: 'test/auth-enabled',
      text: "SHOW SETTINGS YIELD name, value WHERE name = 'dbms.security.auth_enabled' RETURN value",
    });
    await db.close();
    if (row?.value !== 'true') return; // auth off: any credentials pass, nothing to check
    const { uri } = inject('neo4j');
    const err = await connect(
      loadConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'definitely-wrong' }),
      () => {},
    ).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/credentials|unauthorized|authentication/i);
  });
});
