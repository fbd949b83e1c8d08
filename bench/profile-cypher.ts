/**
 * `npx tsx bench/profile-cypher.ts [--uri bolt://127.0.0.1:7690] [--entity ID] [--other ID] [--kind KIND]`
 *
 * PROFILEs the statements behind the benchmark's workloads with the parameters the service sends, and prints each
 * plan's operators with rows and db hits (which do not depend on how busy the machine is) plus the wall time of
 * a second, warm run. For finding which operator a slow workload spends its time in.
 */
import { parseArgs } from 'node:util';
import neo4j, { type ProfiledPlan } from 'neo4j-driver';
import { cypher } from '../src/db/cypher.js';
import { neighborhoodParams, pathsParams, relationPageParams } from './statements.js';

const { values } = parseArgs({
  options: {
    uri: { type: 'string', default: 'bolt://127.0.0.1:7690' },
    entity: { type: 'string' },
    other: { type: 'string' },
    kind: { type: 'string', default: 'Organization' },
    only: { type: 'string' },
  },
});

const id = values.entity ?? '';
const statements: [string, Record<string, unknown>][] = [
  ['entities/by-ids', { ids: [id] }],
  ['generated/relations-of-entities', relationPageParams(id)],
  ['generated/relations-of-hubs', relationPageParams(id)],
  ['explore/neighborhood', neighborhoodParams(id, 2, 200)],
  ['generated/paths-hops-4-shortest-3', pathsParams(id, values.other ?? '', 3)],
  [
    'entities/page-by-kinds',
    {
      kinds: [values.kind],
      ids: null,
      categories: null,
      prefix: null,
      minDegree: null,
      afterKey: '',
      afterId: '',
      limit: neo4j.int(21),
    },
  ],
  // totalCount of a kind alone (what the entities workload asks), then of a kind with a filter.
  ['generated/entity-kind-counts', {}],
  [
    'entities/count-by-kinds',
    { kinds: [values.kind], ids: null, categories: ['COMPANY'], prefix: null, minDegree: null },
  ],
];

function print(plan: ProfiledPlan, depth = 0): void {
  const args = plan.arguments as Record<string, unknown>;
  const detail = String(args.Details ?? '').slice(0, 110);
  process.stdout.write(
    `${'  '.repeat(depth)}${plan.operatorType}  rows ${plan.rows}  dbHits ${plan.dbHits}${detail ? `  ${detail}` : ''}\n`,
  );
  for (const child of plan.children) print(child, depth + 1);
}

const totalHits = (p: ProfiledPlan): number => p.dbHits + p.children.reduce((n, c) => n + totalHits(c), 0);

const driver = neo4j.driver(
  values.uri ?? '',
  neo4j.auth.basic('neo4j', process.env.NEO4J_PASSWORD ?? 'waic-kg-dev'),
);
try {
  for (const [name, params] of statements) {
    if (values.only && !values.only.split(',').includes(name)) continue;
    const session = driver.session({ database: 'neo4j' });
    try {
      const profiled = await session.run(`PROFILE ${cypher(name).text}`, params);
      const started = performance.now();
      await session.run(cypher(name).text, params);
      const ms = performance.now() - started;
      const plan = profiled.summary.profile;
      process.stdout.write(
        `\n=== ${name}: ${profiled.records.length} rows, warm run ${ms.toFixed(0)} ms, ${plan ? totalHits(plan) : '?'} db hits\n`,
      );
      if (plan) print(plan);
    } finally {
      await session.close();
    }
  }
} finally {
  await driver.close();
}
