import { ConfigError, loadConfig } from '../config/index.js';
import { projectPath } from '../paths.js';
import {
  EmbeddedNeo4jError,
  type EmbeddedOptions,
  embeddedStatus,
  ensureBuilt,
  startEmbedded,
  stopEmbedded,
} from './neo4j.js';

/**
 * npm run db:start | db:stop | db:status — the embedded Neo4j as a background process that outlives the
 * command, for a service or a shell to connect to. `build` only builds neo4j/ (what CI runs up front). Reads the same variables as the service (src/config):
 * NEO4J_EMBEDDED_PORT (7687), NEO4J_EMBEDDED_HOME (.neo4j/dev), NEO4J_EMBEDDED_HEAP (512m),
 * NEO4J_EMBEDDED_PAGECACHE (256m), and with NEO4J_EMBEDDED_AUTH=true (default false) NEO4J_USER / NEO4J_PASSWORD.
 * Exit codes: 0 done, 1 failed (one line on stderr, prefixed with the error code), 3 status: not running.
 */

const USAGE = 'usage: tsx src/embedded/cli.ts start | stop | status | build';

function options(): EmbeddedOptions {
  const config = loadConfig();
  return {
    boltPort: config.embedded.port,
    home: projectPath(config.embedded.home),
    heap: config.embedded.heap,
    pageCache: config.embedded.pageCache,
    auth: config.embedded.auth ? { user: config.neo4j.user, password: config.neo4j.password } : null,
    onProgress: (line) => process.stderr.write(`[neo4j] ${line}\n`),
  };
}

async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case 'start': {
      const opts = options();
      const handle = await startEmbedded(opts, { detached: true });
      const how = handle.started ? 'started' : 'already running';
      process.stdout.write(`Neo4j ${how} at ${handle.uri} (pid ${handle.pid}, home ${opts.home})\n`);
      return 0;
    }
    case 'stop': {
      const { home } = options();
      const stopped = await stopEmbedded(home);
      process.stdout.write(stopped ? `Neo4j stopped (${home})\n` : `Neo4j was not running (${home})\n`);
      return 0;
    }
    case 'status': {
      const { home } = options();
      const status = await embeddedStatus(home);
      if (status.running) {
        process.stdout.write(`running at ${status.uri} (pid ${status.pid}, logs ${status.logFile})\n`);
        return 0;
      }
      process.stdout.write(
        status.pid
          ? `starting or unresponsive: pid ${status.pid} alive but ${status.uri} does not answer (logs ${status.logFile})\n`
          : `not running (${home})\n`,
      );
      return 3;
    }
    case 'build': {
      const { onProgress } = options();
      await ensureBuilt({ onProgress });
      process.stdout.write('neo4j/ is built\n');
      return 0;
    }
    default:
      process.stderr.write(`${USAGE}\n`);
      return 1;
  }
}

main(process.argv[2]).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    if (err instanceof EmbeddedNeo4jError) process.stderr.write(`${err.code}: ${err.message}\n`);
    else if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
    else process.stderr.write(`${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exitCode = 1;
  },
);
