import { loadConfig } from '../config/index.js';
import { connect } from '../db/connect.js';
import { applySchema } from '../db/schema.js';
import { loadSeedDir, SeedValidationError } from './loader.js';

/** `npm run seed [-- --prune]`: validate the seed and load it into the configured Neo4j. */
async function main(): Promise<number> {
  const prune = process.argv.includes('--prune');
  const log = (line: string) => process.stdout.write(`[seed] ${line}\n`);
  const connection = await connect(loadConfig(), log);
  try {
    await applySchema(connection.executor);
    const started = Date.now();
    const report = await loadSeedDir(connection.executor, undefined, { prune, log });
    log(`dataset ${report.version} in ${Date.now() - started} ms`);
    log(`rows written: ${JSON.stringify(report.written)}; removed: ${JSON.stringify(report.removed)}`);
    log(`write counters: ${JSON.stringify(report.counters)}`);
    return 0;
  } catch (err) {
    process.stderr.write(
      `${err instanceof SeedValidationError || err instanceof Error ? err.message : String(err)}\n`,
    );
    return 1;
  } finally {
    await connection.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`[seed] ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
