import { execFile } from 'node:child_process';
import { existsSync, realpathSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  defaultProjectDir,
  type EmbeddedHandle,
  EmbeddedNeo4jError,
  type EmbeddedOptions,
  embeddedStatus,
  ensureBuilt,
  logFiles,
  parseJavaMajor,
  startEmbedded,
  stopEmbedded,
} from '../../src/embedded/neo4j.js';
import { projectPath } from '../../src/paths.js';

const run = promisify(execFile);

/** A port nothing listens on right now (the OS picks it, then it is released). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject()));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function gone(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (alive(pid)) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

/** Rejects with an EmbeddedNeo4jError or fails the test; returns it for assertions on code and message. */
async function embeddedError(promise: Promise<unknown>): Promise<EmbeddedNeo4jError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(EmbeddedNeo4jError);
  return err as EmbeddedNeo4jError;
}

let scratch: string;
const realJava = async () => realpathSync((await run('sh', ['-c', 'command -v java'])).stdout.trim());

beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'kg-embedded-'));
  // The first build downloads ~130 MB from Maven Central; later ones are a hash check.
  await ensureBuilt({ onProgress: (line) => process.stdout.write(`[neo4j] ${line}\n`) });
}, 900_000);

afterAll(async () => {
  await rm(scratch, { recursive: true, force: true });
});

/** C1-only JIT: these instances answer a few dozen queries, and C2 warm-up doubles start-up CPU on two cores. */
const QUICK_JVM = ['-XX:TieredStopAtLevel=1'];

function options(home: string, boltPort: number, extra: Partial<EmbeddedOptions> = {}): EmbeddedOptions {
  return { boltPort, home, heap: '384m', pageCache: '64m', auth: null, jvmArgs: QUICK_JVM, ...extra };
}

describe('parseJavaMajor', () => {
  it('reads modern and pre-9 version strings', () => {
    expect(parseJavaMajor('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajor('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajor('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajor('nothing here')).toBeNull();
  });
});

describe('bad situations give one clear line and a code', () => {
  it('no java on PATH', async () => {
    const emptyBin = join(scratch, 'empty-bin');
    await mkdir(emptyBin, { recursive: true });
    const err = await embeddedError(
      startEmbedded(options(join(scratch, 'nojava'), await freePort(), { env: { PATH: emptyBin } }), {
        detached: false,
      }),
    );
    expect(err.code).toBe('NO_JAVA');
    expect(err.message).toMatch(/no `java` on PATH/);
    expect(err.message).toMatch(/JAVA_HOME or KG_JAVA/);
  });

  it('java older than 17', async () => {
    const fake = join(scratch, 'old-java');
    await writeFile(fake, '#!/bin/sh\necho \'java version "1.8.0_202"\' >&2\n');
    await chmod(fake, 0o755);
    const err = await embeddedError(
      startEmbedded(
        options(join(scratch, 'oldjava'), await freePort(), { env: { PATH: '', KG_JAVA: fake } }),
        {
          detached: false,
        },
      ),
    );
    expect(err.code).toBe('JAVA_TOO_OLD');
    expect(err.message).toContain('Java 8 found');
    expect(err.message).toContain(fake);
    expect(err.message).toContain('Java 17 or newer');
  });

  it('no mvn when a build is needed', async () => {
    // A copy of neo4j/ without target/, so a build is due; java is found, mvn is not.
    const project = join(scratch, 'project');
    await mkdir(project, { recursive: true });
    await cp(join(defaultProjectDir(), 'pom.xml'), join(project, 'pom.xml'));
    await cp(join(defaultProjectDir(), 'src'), join(project, 'src'), { recursive: true });
    const emptyBin = join(scratch, 'empty-bin');
    await mkdir(emptyBin, { recursive: true });
    const err = await embeddedError(
      ensureBuilt({ projectDir: project, env: { PATH: emptyBin, KG_JAVA: await realJava() } }),
    );
    expect(err.code).toBe('NO_MAVEN');
    expect(err.message).toMatch(/no `mvn` on PATH/);
  });

  it('the bolt port is taken', async () => {
    const port = await freePort();
    const blocker: Server = createServer();
    await new Promise<void>((resolve) => blocker.listen(port, '127.0.0.1', resolve));
    try {
      const err = await embeddedError(
        startEmbedded(options(join(scratch, 'busy'), port), { detached: false }),
      );
      expect(err.code).toBe('PORT_IN_USE');
      expect(err.message).toContain(`port ${port}`);
      expect(err.message).toContain('NEO4J_EMBEDDED_PORT');
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });

  it('a bad option fails fast and names the log', async () => {
    const home = join(scratch, 'badopt');
    const err = await embeddedError(
      startEmbedded(options(home, await freePort(), { pageCache: 'lots' }), { detached: false }),
    );
    expect(err.code).toBe('START_FAILED');
    expect(err.message).toContain("bad --pagecache 'lots'");
    expect(err.message).toContain(join(home, 'logs'));
    expect(existsSync(join(home, 'embedded.json'))).toBe(false);
  });

  it('a home Neo4j cannot use fails and names the log to read', async () => {
    const home = join(scratch, 'corrupt');
    await mkdir(home, { recursive: true });
    // A file where the data directory should be.
    await writeFile(join(home, 'data'), 'not a directory');
    const err = await embeddedError(startEmbedded(options(home, await freePort()), { detached: false }));
    expect(err.code).toBe('START_FAILED');
    expect(err.message).toContain(logFiles(home).neo4j);
    expect(existsSync(logFiles(home).neo4j)).toBe(true);
  }, 60_000);
});

describe('a real Neo4j with auth', () => {
  const password = 'right-password-1';
  let home: string;
  let port: number;
  let handle: EmbeddedHandle;

  beforeAll(async () => {
    home = join(scratch, 'real');
    port = await freePort();
    handle = await startEmbedded(options(home, port, { auth: { user: 'neo4j', password } }), {
      detached: false,
    });
  }, 180_000);

  afterAll(async () => {
    await handle?.stop();
  }, 60_000);

  it('answers on loopback with the right password: write a node, read it back', async () => {
    expect(handle.uri).toBe(`bolt://127.0.0.1:${port}`);
    expect(handle.started).toBe(true);
    const driver = neo4j.driver(handle.uri, neo4j.auth.basic('neo4j', password));
    try {
      await driver.executeQuery('CREATE (:Probe {id: $id, name: $name})', { id: 'p1', name: '上海' });
      const { records } = await driver.executeQuery('MATCH (p:Probe {id: $id}) RETURN p.name AS name', {
        id: 'p1',
      });
      expect(records.map((r) => r.get('name'))).toEqual(['上海']);
      const info = await driver.getServerInfo();
      expect(info.agent).toMatch(/^Neo4j\/5\.26\./);
    } finally {
      await driver.close();
    }
  });

  it('refuses a wrong password', async () => {
    const driver = neo4j.driver(handle.uri, neo4j.auth.basic('neo4j', 'wrong-password'));
    try {
      await expect(driver.verifyConnectivity()).rejects.toMatchObject({
        code: 'Neo.ClientError.Security.Unauthorized',
      });
    } finally {
      await driver.close();
    }
  });

  it('runs 5.26 Cypher: dynamic types and labels, CJK full-text', async () => {
    const driver = neo4j.driver(handle.uri, neo4j.auth.basic('neo4j', password));
    try {
      await driver.executeQuery(
        'MERGE (a:Org {id: $a}) MERGE (b:Org {id: $b}) MERGE (a)-[r:$($type)]->(b) SET b:$($label)',
        { a: 'a', b: 'b', type: 'PARTNERS_WITH', label: 'Lab' },
      );
      const typed = await driver.executeQuery('MATCH (:Org)-[r]->(b:Lab) RETURN type(r) AS t');
      expect(typed.records.map((r) => r.get('t'))).toEqual(['PARTNERS_WITH']);

      await driver.executeQuery(
        "CREATE FULLTEXT INDEX probe_name IF NOT EXISTS FOR (n:Probe) ON EACH [n.name] OPTIONS {indexConfig: {`fulltext.analyzer`: 'cjk'}}",
      );
      await driver.executeQuery('CREATE (:Probe {id: "p2", name: "上海人工智能实验室"})');
      await driver.executeQuery('CALL db.awaitIndexes(60)');
      const hits = await driver.executeQuery(
        'CALL db.index.fulltext.queryNodes("probe_name", $q) YIELD node RETURN node.id AS id',
        { q: '人工智能' },
      );
      expect(hits.records.map((r) => r.get('id'))).toEqual(['p2']);
    } finally {
      await driver.close();
    }
  });

  it('is reused, not restarted, by a second start for the same home; that handle does not stop it', async () => {
    const again = await startEmbedded(options(home, port, { auth: { user: 'neo4j', password } }), {
      detached: false,
    });
    expect(again).toMatchObject({ started: false, pid: handle.pid, uri: handle.uri });
    await again.stop();
    expect(alive(handle.pid)).toBe(true);
    expect(await embeddedStatus(home)).toMatchObject({ running: true, pid: handle.pid, uri: handle.uri });
  });

  it('stops: the process is gone and the run file removed', async () => {
    await handle.stop();
    // Reaping the exited child may take one more turn of the event loop.
    expect(await gone(handle.pid, 5_000)).toBe(true);
    expect(await embeddedStatus(home)).toMatchObject({ running: false });
    expect(existsSync(join(home, 'embedded.json'))).toBe(false);
  }, 60_000);

  it('restarts detached on the same data and is stopped from outside', async () => {
    const detached = await startEmbedded(options(home, port, { auth: { user: 'neo4j', password } }), {
      detached: true,
    });
    try {
      const driver = neo4j.driver(detached.uri, neo4j.auth.basic('neo4j', password));
      try {
        const { records } = await driver.executeQuery('MATCH (p:Probe {id: "p1"}) RETURN p.name AS name');
        expect(records.map((r) => r.get('name'))).toEqual(['上海']);
      } finally {
        await driver.close();
      }
      expect(await stopEmbedded(home)).toBe(true);
      expect(await gone(detached.pid, 5_000)).toBe(true);
      expect(await stopEmbedded(home)).toBe(false);
    } finally {
      if (alive(detached.pid)) process.kill(detached.pid, 'SIGKILL');
    }
  }, 120_000);
});

describe('an attached Neo4j', () => {
  it('exits by itself when the process that started it dies', async () => {
    const home = join(scratch, 'orphan');
    const port = await freePort();
    const tsx = projectPath('node_modules', '.bin', 'tsx');
    const { stdout } = await run(tsx, [projectPath('tests/embedded/attached-child.ts'), home, String(port)], {
      timeout: 120_000,
    });
    const pid = Number(/PID (\d+)/.exec(stdout)?.[1]);
    expect(pid).toBeGreaterThan(0);
    expect(await gone(pid, 30_000)).toBe(true);
    expect(await embeddedStatus(home)).toMatchObject({ running: false });
  }, 150_000);
});
