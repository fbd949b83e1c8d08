/**
 * `npx tsx bench/load-floor.ts --in file.ndjson [--uri bolt://127.0.0.1:7690] [--batch-size 1000]`
 *
 * The floor for `npm run seed:synthetic -- --load`: the same NDJSON, the same rows (src/seed/rows.ts builds the
 * properties, so both write identical data), written by the barest batched script that still lands them: one
 * `UNWIND $rows … MERGE` per batch, no content-hash guard, no label bookkeeping, the relationship type spelled
 * out per statement instead of dynamic, straight through neo4j-driver. Run it on an empty database with the
 * project's schema (it applies cypher/schema/ first), then compare its rates with the loader's on another empty
 * database.
 */
import { parseArgs } from 'node:util';
import neo4j, { type Session } from 'neo4j-driver';
import { cypherScript } from '../src/db/cypher.js';
import {
  citationRow,
  documentRow,
  entityRow,
  type NodeRow,
  type RelationRow,
  relationRow,
  statisticRow,
} from '../src/seed/rows.js';
import { readNdjson } from '../src/seed/synthetic.js';

const { values } = parseArgs({
  options: {
    in: { type: 'string' },
    uri: { type: 'string', default: 'bolt://127.0.0.1:7690' },
    'batch-size': { type: 'string', default: '1000' },
  },
});
if (!values.in) {
  process.stderr.write(
    'usage: npx tsx bench/load-floor.ts --in file.ndjson [--uri bolt://…] [--batch-size 1000]\n',
  );
  process.exit(2);
}
const size = Number(values['batch-size']);
const log = (line: string) => process.stderr.write(`[load-floor] ${line}\n`);

const ENTITIES = `UNWIND $rows AS row
MERGE (n:Node {id: row.id})
SET n = row.props, n:Entity:$(row.props.kind)`;
const nodes = (label: string) => `UNWIND $rows AS row
MERGE (n:Node {id: row.id})
SET n = row.props, n:${label}`;
const relations = (type: string) => `UNWIND $rows AS row
MATCH (s:Node {id: row.source}), (t:Node {id: row.target})
MERGE (s)-[r:${type} {id: row.id}]->(t)
SET r = row.props`;

type Group = 'documents' | 'entities' | 'statistics' | 'citations' | 'relations';

async function main() {
  const driver = neo4j.driver(
    values.uri ?? '',
    neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? 'waic-kg-dev'),
    {
      disableLosslessIntegers: true,
    },
  );
  const session: Session = driver.session({ database: 'neo4j' });
  try {
    for (const name of ['schema/constraints', 'schema/indexes', 'schema/relationship-indexes'])
      for (const stmt of cypherScript(name)) await session.run(stmt.text);
    await session.run('CALL db.awaitIndexes(300)');

    const counts: Record<Group, number> = {
      documents: 0,
      entities: 0,
      statistics: 0,
      citations: 0,
      relations: 0,
    };
    const seconds: Record<Group, number> = {
      documents: 0,
      entities: 0,
      statistics: 0,
      citations: 0,
      relations: 0,
    };
    const started = performance.now();
    let groupStart = started;
    let current: Group | undefined;
    let buffer: (NodeRow | RelationRow)[] = [];
    let lastLog = started;

    const write = async (group: Group, rows: (NodeRow | RelationRow)[]) => {
      await session.executeWrite(
        async (tx) => {
          if (group === 'relations') {
            const byType = new Map<string, RelationRow[]>();
            for (const r of rows as RelationRow[]) {
              const list = byType.get(r.type);
              if (list) list.push(r);
              else byType.set(r.type, [r]);
            }
            for (const [type, list] of byType) await tx.run(relations(type), { rows: list });
          } else if (group === 'entities') await tx.run(ENTITIES, { rows });
          else
            await tx.run(
              nodes({ documents: 'Document', statistics: 'Statistic', citations: 'Citation' }[group]),
              {
                rows,
              },
            );
        },
        { timeout: 300_000 },
      );
      counts[group] += rows.length;
      if (performance.now() - lastLog > 5000) {
        lastLog = performance.now();
        log(`${group}: ${counts[group]} · ${Math.round(counts[group] / ((lastLog - groupStart) / 1000))}/s`);
      }
    };
    const switchTo = async (group: Group) => {
      if (current === group) return;
      if (current) {
        await write(current, buffer);
        buffer = [];
        seconds[current] = (performance.now() - groupStart) / 1000;
      }
      current = group;
      groupStart = performance.now();
    };
    const add = async (group: Group, row: NodeRow | RelationRow) => {
      await switchTo(group);
      buffer.push(row);
      if (buffer.length >= size) {
        await write(group, buffer);
        buffer = [];
      }
    };

    for await (const r of readNdjson(values.in ?? '')) {
      if (r.record === 'document') await add('documents', documentRow(r.data));
      else if (r.record === 'entity') await add('entities', entityRow(r.data));
      else if (r.record === 'statistic') await add('statistics', statisticRow(r.data));
      else if (r.record === 'citation') await add('citations', citationRow(r.data));
      else if (r.record === 'relation') await add('relations', relationRow(r.data));
    }
    if (current) {
      await write(current, buffer);
      seconds[current] = (performance.now() - groupStart) / 1000;
    }
    const total = (performance.now() - started) / 1000;
    const rates = Object.fromEntries(
      (Object.keys(counts) as Group[]).map((g) => [
        g,
        seconds[g] > 0 ? Math.round(counts[g] / seconds[g]) : 0,
      ]),
    );
    log(`loaded in ${total.toFixed(1)} s: ${JSON.stringify(counts)}; rows/s ${JSON.stringify(rates)}`);
    process.stdout.write(`${JSON.stringify({ records: counts, seconds, rates, totalSeconds: total })}\n`);
  } finally {
    await session.close();
    await driver.close();
  }
}

main().catch((err: unknown) => {
  log(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
