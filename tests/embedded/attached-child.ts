import { startEmbedded } from '../../src/embedded/neo4j.js';

/**
 * Run as its own process by neo4j.test.ts: starts an attached Neo4j, reports its pid and exits without
 * stopping it, the way a crashed service would. The JVM is expected to notice and exit by itself.
 */
const [home, port] = process.argv.slice(2);
if (!home || !port) throw new Error('usage: attached-child.ts HOME PORT');
const handle = await startEmbedded(
  {
    boltPort: Number(port),
    home,
    heap: '256m',
    pageCache: '32m',
    auth: null,
    jvmArgs: ['-XX:TieredStopAtLevel=1'],
  },
  { detached: false },
);
process.stdout.write(`PID ${handle.pid}\n`);
