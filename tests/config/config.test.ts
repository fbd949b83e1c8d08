import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config/index.js';

describe('config', () => {
  it('defaults to the embedded Neo4j and port 4000', () => {
    const c = loadConfig({});
    expect(c.neo4j.uri).toBeNull();
    expect(c.http.port).toBe(4000);
    expect(c.neo4j.database).toBe('neo4j');
    expect(c.production).toBe(false);
  });

  it.each([
    'bolt://db:7687',
    'neo4j://cluster.example:7687',
    'neo4j+s://abcd.databases.neo4j.io',
    'bolt+ssc://h',
  ])('accepts %s', (uri) => {
    expect(loadConfig({ NEO4J_URI: uri }).neo4j.uri).toBe(uri);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ NEO4J_URI: '', PORT: '' }).neo4j.uri).toBeNull();
  });

  it('rejects a bad URI, port and flag, naming each variable', () => {
    let err: unknown;
    try {
      loadConfig({ NEO4J_URI: 'http://localhost:7474', PORT: '99999', SEED_ON_START: 'maybe' });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    const msg = (err as Error).message;
    expect(msg).toContain('NEO4J_URI');
    expect(msg).toContain('PORT');
    expect(msg).toContain('SEED_ON_START');
  });

  it('rejects a malformed heap size', () => {
    expect(() => loadConfig({ NEO4J_EMBEDDED_HEAP: 'lots' })).toThrow(/NEO4J_EMBEDDED_HEAP/);
  });

  it('reads production mode', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).production).toBe(true);
  });
});
