import type { TestProject } from 'vitest/node';
import { ensureBuilt, startEmbedded } from '../../src/embedded/neo4j.js';
import { projectPath } from '../../src/paths.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: { uri: string; user: string; password: string; source: 'env' | 'testcontainers' | 'embedded' };
  }
}

/** A real Docker engine answers a ping; the docker CLI alone is not enough. */
async function dockerAnswers(): Promise<boolean> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    const client = await Promise.race([
      getContainerRuntimeClient(),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), 5_000)),
    ]);
    return Boolean(client);
  } catch {
    return false;
  }
}

/**
 * Picks the test database, never the one `npm start` uses: NEO4J_TEST_URI when set, else a Testcontainers
 * Neo4j when Docker answers, else an embedded instance on its own port and data directory.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const user = process.env.NEO4J_TEST_USER ?? 'neo4j';
  const password = process.env.NEO4J_TEST_PASSWORD ?? 'waic-kg-test';
  if (process.env.NEO4J_TEST_URI) {
    project.provide('neo4j', { uri: process.env.NEO4J_TEST_URI, user, password, source: 'env' });
    return async () => {};
  }
  if (process.env.KG_TEST_NO_DOCKER !== '1' && (await dockerAnswers())) {
    const { Neo4jContainer } = await import('@testcontainers/neo4j');
    const container = await new Neo4jContainer('neo4j:5.26-community').withPassword(password).start();
    project.provide('neo4j', {
      uri: container.getBoltUri(),
      user: 'neo4j',
      password,
      source: 'testcontainers',
    });
    return async () => {
      await container.stop();
    };
  }
  const opts = {
    boltPort: Number(process.env.NEO4J_TEST_EMBEDDED_PORT ?? 7688),
    home: projectPath(process.env.NEO4J_TEST_EMBEDDED_HOME ?? '.neo4j/test'),
    heap: '768m',
    pageCache: '128m',
    auth: { user, password },
    onProgress: (line: string) => process.stdout.write(`[neo4j] ${line}\n`),
  };
  await ensureBuilt(opts);
  const handle = await startEmbedded(opts, { detached: false });
  project.provide('neo4j', { uri: handle.uri, user, password, source: 'embedded' });
  return async () => {
    await handle.stop();
  };
}
