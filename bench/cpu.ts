/**
 * `npx tsx bench/cpu.ts --uri bolt://127.0.0.1:7689 --neo4j-home .neo4j/bench [--before ../old] [--only entity]
 *   [--env 'HEAP_GROWING_PERCENT=0;HEAP_GROWING_PERCENT=100']`
 *
 * CPU time per request, side by side: each server (raw floor and service, and with `--before` the same two
 * compiled from another checkout, with `--env` the same two under each set of variables) gets the same requests
 * in turn while /proc gives the CPU it and Neo4j spent, and the server's highest RSS. `--servers` takes any of
 * raw, service, neo4j-graphql and apollo-floor (the floor behind Apollo Server, through Fastify unless
 * FLOOR_TRANSPORT=http).
 * CPU per request moves less with the machine's load than req/s does; `--before` is how a change is measured
 * against the commit before it. It still moves: on the 2-core VM two identical copies of a server differed by up to
 * 18% within one run, and a server doing fewer requests a second pays more per request, so a change smaller than
 * that needs a profile (bench/README.md, "Per-request bookkeeping"). Compile first:
 * `npx tsc -p tsconfig.bench.json` here and in the other checkout (with its own node_modules).
 */
import type { ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { projectPath } from '../src/paths.js';
import { launch, median, rssMb } from './harness.js';
import { pickSubjects } from './subjects.js';
import { type Server, type Workload, workloads } from './workloads.js';

const { values: args } = parseArgs({
  options: {
    uri: { type: 'string', default: 'bolt://127.0.0.1:7689' },
    'neo4j-home': { type: 'string', default: '.neo4j/bench' },
    before: { type: 'string' },
    only: { type: 'string', default: 'entity,search,neighborhood,paths,entities' },
    roles: { type: 'string', default: 'median' },
    servers: { type: 'string', default: 'raw,service' },
    duration: { type: 'string', default: '5' },
    rounds: { type: 'string', default: '3' },
    'port-base': { type: 'string', default: '4300' },
    /** Sets of variables separated by `;`, each `K=V,K=V`: one more copy of each server per set. */
    env: { type: 'string', default: '' },
  },
});

/** utime + stime of a process, in µs (clock ticks are 10 ms on Linux). */
function cpuMicros(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
  return (Number(fields[11]) + Number(fields[12])) * 10_000;
}

interface Running {
  label: string;
  server: Server;
  port: number;
  child: ChildProcess;
}

async function measure(s: Running, w: Workload, neo4jPid: number, seconds: number) {
  const pid = s.child.pid ?? 0;
  const q = w.requests[s.server];
  const [own, db] = [cpuMicros(pid), cpuMicros(neo4jPid)];
  let rss = rssMb(pid) ?? 0;
  const sampler = setInterval(() => {
    rss = Math.max(rss, rssMb(pid) ?? 0);
  }, 100);
  let r: autocannon.Result;
  try {
    r = await autocannon({
      url: `http://127.0.0.1:${s.port}${q.path}`,
      method: q.method,
      headers: { 'content-type': 'application/json' },
      ...(q.body ? { body: q.body } : {}),
      connections: 10,
      duration: seconds,
    });
  } finally {
    clearInterval(sampler);
  }
  const n = Math.max(1, r.requests.total);
  if (r.non2xx + r.errors > 0)
    throw new Error(`${s.label} ${w.name}: ${r.non2xx + r.errors} failed requests`);
  return { server: (cpuMicros(pid) - own) / n, neo4j: (cpuMicros(neo4jPid) - db) / n, rps: n / seconds, rss };
}

async function main(): Promise<void> {
  const neo4jPid = Number(
    (JSON.parse(readFileSync(resolve(args['neo4j-home'] ?? '', 'embedded.json'), 'utf8')) as { pid: number })
      .pid,
  );
  const roles = (args.roles ?? '').split(',');
  const only = (args.only ?? '').split(',');
  const { subjects } = await pickSubjects(args.uri ?? '');
  const list = workloads(subjects.filter((s) => roles.includes(s.role))).filter((w) => only.includes(w.name));
  const envs = (args.env ?? '').split(';').map((set) => set.trim());
  const roots: [string, string, string][] = envs.map((set) => [set ? `[${set}] ` : '', projectPath(), set]);
  if (args.before) roots.unshift(['before:', resolve(args.before), '']);
  const servers: Running[] = [];
  let port = Number(args['port-base']);
  for (const [prefix, root, set] of roots)
    for (const server of (args.servers ?? '').split(',') as Server[]) {
      const label = `${prefix}${server}`;
      const p = port++;
      const env = Object.fromEntries(
        set
          .split(',')
          .filter(Boolean)
          .map((kv) => [kv.slice(0, kv.indexOf('=')), kv.slice(kv.indexOf('=') + 1)]),
      );
      servers.push({
        label,
        server,
        port: p,
        child: await launch({ server, port: p, uri: args.uri ?? '', root, label, env }),
      });
    }
  try {
    console.log(
      '| workload | server | req/s | server CPU µs/req | Neo4j CPU µs/req | server RSS MB, highest |',
    );
    console.log('|---|---|---:|---:|---:|---:|');
    for (const w of list) {
      for (const s of servers) await measure(s, w, neo4jPid, 2); // warm-up
      const samples = new Map<string, { server: number[]; neo4j: number[]; rps: number[]; rss: number[] }>();
      for (let round = 0; round < Number(args.rounds); round++) {
        // Rotated each round, so drift in the machine's speed does not favour one server.
        const order = servers.map((_s, i) => servers[(i + round) % servers.length] as Running);
        for (const s of order) {
          const m = await measure(s, w, neo4jPid, Number(args.duration));
          const e = samples.get(s.label) ?? { server: [], neo4j: [], rps: [], rss: [] };
          e.rss.push(m.rss);
          e.server.push(m.server);
          e.neo4j.push(m.neo4j);
          e.rps.push(m.rps);
          samples.set(s.label, e);
        }
      }
      for (const s of servers) {
        const e = samples.get(s.label);
        if (!e) continue;
        console.log(
          `| ${w.name} (${w.role}) | ${s.label} | ${median(e.rps).toFixed(0)} | ${median(e.server).toFixed(0)} | ${median(e.neo4j).toFixed(0)} | ${Math.max(...e.rss).toFixed(0)} |`,
        );
      }
    }
  } finally {
    for (const s of servers) s.child.kill('SIGTERM');
  }
}

await main();
