/**
 * `npm run bench -- [--uri bolt://127.0.0.1:7689] [--scale seed] [--duration 8] [--runs 3] [--connections 10]`
 *
 * One run, one Neo4j, one data set: compiles the servers as production is compiled, starts the raw-driver floor,
 * this service (as is, and with graphql-js's interpreter instead of compiled execution) and @neo4j/graphql as
 * child processes, checks that all of them give the same answer to every request, warms them up, then times every
 * workload on every server with autocannon, the servers interleaved and rotated within each round, for `--runs`
 * rounds. Medians and spreads go to bench/results/latest.json (entries of other scales are kept) and
 * bench/results/latest.md.
 */
import { type ChildProcess, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { projectPath } from '../src/paths.js';
import { BENCH_BUILD, launch, median, rssMb } from './harness.js';
import { pickSubjects } from './subjects.js';
import { type HttpRequest, type Server, type Subject, type Workload, workloads } from './workloads.js';

/**
 * service-interpreted: the service with GRAPHQL_JIT=false, so what compiled execution is worth stays measured.
 * apollo-fastify and apollo-http: the raw floor's answers behind Apollo Server, through Fastify as the service is
 * served and through bare node:http; with raw and service they split the service's cost by layer.
 */
type Variant = 'raw' | 'service' | 'service-interpreted' | 'neo4j-graphql' | 'apollo-fastify' | 'apollo-http';
const SERVER_OF: Record<Variant, Server> = {
  raw: 'raw',
  service: 'service',
  'service-interpreted': 'service',
  'neo4j-graphql': 'neo4j-graphql',
  'apollo-fastify': 'apollo-floor',
  'apollo-http': 'apollo-floor',
};
const ENV_OF: Partial<Record<Variant, Record<string, string>>> = {
  'service-interpreted': { GRAPHQL_JIT: 'false' },
  'apollo-fastify': { FLOOR_TRANSPORT: 'fastify' },
  'apollo-http': { FLOOR_TRANSPORT: 'http' },
};

const { values: args } = parseArgs({
  options: {
    uri: { type: 'string', default: process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7689' },
    scale: { type: 'string', default: 'seed' },
    duration: { type: 'string', default: '8' },
    warmup: { type: 'string', default: '3' },
    runs: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    soak: { type: 'string', default: '60' },
    only: { type: 'string' },
    variants: { type: 'string', default: 'raw,service,service-interpreted,neo4j-graphql' },
    profile: { type: 'boolean', default: false },
    'port-base': { type: 'string', default: '4100' },
    /** Name of the results files in bench/results/; experiments use their own so latest stays the full run. */
    results: { type: 'string', default: 'latest' },
    /** Only rewrite the Markdown from the results JSON and load-1m.json (after either was edited), timing nothing. */
    report: { type: 'boolean', default: false },
  },
});
const duration = Number(args.duration);
const warmup = Number(args.warmup);
const runs = Number(args.runs);
const connections = Number(args.connections);
const variants = (args.variants ?? '').split(',').filter(Boolean) as Variant[];
const log = (line: string) => process.stderr.write(`[bench] ${line}\n`);

// ---------------------------------------------------------------------------------------------------------------
// Servers as child processes, so each has its own heap and RSS and can be profiled alone.

interface Running {
  variant: Variant;
  port: number;
  child: ChildProcess;
}

// Production runs compiled JavaScript (`node dist/src/main.js`), so the servers do too: run through tsx, each
// process also carries tsx's loader thread, about 40 MB of RSS that production does not have.
function compileServers(): void {
  log(`compiling the servers into ${BENCH_BUILD} (tsconfig.bench.json)`);
  execFileSync(
    process.execPath,
    [projectPath('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.bench.json'],
    {
      cwd: projectPath(),
      stdio: 'inherit',
    },
  );
}

async function startServer(variant: Variant, port: number): Promise<Running> {
  const nodeArgs: string[] = [];
  if (args.profile && variant !== 'raw') {
    const dir = projectPath('bench', 'profiles', args.scale ?? 'seed');
    mkdirSync(dir, { recursive: true });
    nodeArgs.push('--cpu-prof', '--cpu-prof-dir', dir, '--cpu-prof-name', `${variant}.cpuprofile`);
  }
  const child = await launch({
    server: SERVER_OF[variant],
    port,
    uri: args.uri ?? '',
    root: projectPath(),
    label: variant,
    env: ENV_OF[variant] ?? {},
    nodeArgs,
  });
  return { variant, port, child };
}

async function stopServer(s: Running): Promise<void> {
  if (s.child.exitCode !== null) return;
  const exited = new Promise<void>((r) => s.child.once('exit', () => r()));
  s.child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 10_000))]);
}

async function call(port: number, req: HttpRequest): Promise<unknown> {
  const res = await fetch(`http://127.0.0.1:${port}${req.path}`, {
    method: req.method,
    headers: { 'content-type': 'application/json' },
    ...(req.body ? { body: req.body } : {}),
  });
  const json: unknown = await res.json();
  if (!res.ok || (json && typeof json === 'object' && 'errors' in json)) {
    throw new Error(`HTTP ${res.status}: ${JSON.stringify(json).slice(0, 400)}`);
  }
  return json;
}

// ---------------------------------------------------------------------------------------------------------------
// Timing

interface Sample {
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  rss: number;
}

async function hammer(s: Running, req: HttpRequest, seconds: number): Promise<Sample> {
  let rss = rssMb(s.child.pid) ?? 0;
  const sampler = setInterval(() => {
    rss = Math.max(rss, rssMb(s.child.pid) ?? 0);
  }, 250);
  try {
    const r = await autocannon({
      url: `http://127.0.0.1:${s.port}${req.path}`,
      method: req.method,
      headers: { 'content-type': 'application/json' },
      ...(req.body ? { body: req.body } : {}),
      connections,
      duration: seconds,
    });
    return {
      rps: r.requests.total / seconds,
      p50: r.latency.p50,
      p99: r.latency.p99,
      errors: r.errors + r.timeouts + r.non2xx,
      rss,
    };
  } finally {
    clearInterval(sampler);
  }
}

const spread = (xs: number[]) => {
  const m = median(xs);
  return m > 0 ? (Math.max(...xs) - Math.min(...xs)) / m : 0;
};
const round = (x: number, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
/** 0 when the reference was not measured in this run. */
const ratio = (a: number, b: number) => (b > 0 ? round(a / b, 2) : 0);

/** Mixed load before the soak's minute is sampled: the heap first regrows from its idle size after a GC. */
const SOAK_SETTLE_S = 15;

/** A minute of mixed load on the service, RSS sampled every second: the memory target is about this. */
async function soak(s: Running, list: Workload[], seconds: number) {
  const mixed = (duration: number) =>
    autocannon({
      url: `http://127.0.0.1:${s.port}`,
      connections,
      duration,
      requests: list.map((w) => {
        const q = w.requests.service;
        return {
          method: q.method,
          path: q.path,
          headers: { 'content-type': 'application/json' },
          body: q.body ?? '',
        };
      }),
    });
  const settle = await mixed(SOAK_SETTLE_S);
  const series: number[] = [];
  const sampler = setInterval(() => series.push(rssMb(s.child.pid) ?? 0), 1000);
  try {
    const r = await mixed(seconds);
    const n = series.length;
    const head = series.slice(0, Math.max(1, Math.floor(n / 6)));
    const tail = series.slice(-Math.max(1, Math.floor(n / 6)));
    // Least-squares slope over the whole minute, in MB per minute.
    const xs = series.map((_v, i) => i);
    const mx = median(xs);
    const my = series.reduce((a, b) => a + b, 0) / Math.max(1, n);
    const num = series.reduce((a, y, i) => a + (i - mx) * (y - my), 0);
    const den = xs.reduce((a, x) => a + (x - mx) ** 2, 0);
    return {
      settle_s: SOAK_SETTLE_S,
      seconds,
      requests: r.requests.total,
      rps: round(r.requests.total / seconds),
      errors: r.errors + r.timeouts + r.non2xx + settle.errors + settle.timeouts + settle.non2xx,
      rss_mb_first_10s: round(median(head)),
      rss_mb_last_10s: round(median(tail)),
      rss_mb_max: round(Math.max(...series)),
      rss_mb_slope_per_min: round(den > 0 ? (num / den) * 60 : 0, 2),
    };
  } finally {
    clearInterval(sampler);
  }
}

// ---------------------------------------------------------------------------------------------------------------

interface Entry {
  name: string;
  scale: string;
  role: string;
  subject: string;
  entities: number;
  relations: number;
  equal: boolean;
  service_rps: number;
  raw_rps: number;
  neo4j_graphql_rps: number;
  service_interpreted_rps: number;
  service_vs_raw: number;
  service_vs_neo4j_graphql: number;
  service_p50_ms: number;
  service_p99_ms: number;
  service_interpreted_p99_ms: number;
  raw_p50_ms: number;
  raw_p99_ms: number;
  neo4j_graphql_p50_ms: number;
  neo4j_graphql_p99_ms: number;
  service_rss_mb: number;
  rps_spread: Record<string, number>;
  /** Median req/s and p99 of every variant measured, the ones above included. */
  rps?: Record<string, number>;
  p99_ms?: Record<string, number>;
  /**
   * Each variant's req/s over raw's in the same round (timed back to back), median and range over the rounds:
   * less exposed to a slow minute of the machine than the ratio of the two medians above.
   */
  paired_vs_raw?: Record<string, { median: number; min: number; max: number }>;
  errors: number;
}

async function main(): Promise<void> {
  if (args.report) {
    const dir = projectPath('bench', 'results');
    const results = JSON.parse(readFileSync(`${dir}/${args.results}.json`, 'utf8')) as Results;
    writeFileSync(`${dir}/${args.results}.md`, markdown(results));
    log(`rewrote ${args.results}.md from ${args.results}.json`);
    return;
  }
  const scale = args.scale ?? 'seed';
  const graph = await pickSubjects(args.uri ?? '');
  log(`scale ${scale}: ${graph.entities} entities, ${graph.relations} relations`);
  for (const s of graph.subjects)
    log(`${s.role}: ${s.entity.id} (${s.entity.kind}, degree ${s.entity.degree})`);
  let list = workloads(graph.subjects);
  if (args.only) list = list.filter((w) => args.only?.split(',').includes(w.name));

  compileServers();
  const base = Number(args['port-base']);
  const servers: Running[] = [];
  try {
    for (const [i, v] of variants.entries()) servers.push(await startServer(v, base + i + 1));
    const by = (v: Variant) => servers.find((s) => s.variant === v);

    // The same answer from every server, or the workload is reported as unequal and not timed.
    const equal = new Map<Workload, boolean>();
    for (const w of list) {
      let reference: string | undefined;
      let ok = true;
      for (const s of servers) {
        const server = SERVER_OF[s.variant];
        const canon = JSON.stringify(w.canonical[server](await call(s.port, w.requests[server])));
        reference ??= canon;
        if (canon !== reference) {
          ok = false;
          log(
            `MISMATCH ${w.name}/${w.role} ${s.variant}:\n  ${canon.slice(0, 600)}\n  vs ${reference.slice(0, 600)}`,
          );
        }
      }
      equal.set(w, ok);
      log(
        `${w.name}/${w.role} (${w.subject}): ${ok ? 'answers equal' : 'ANSWERS DIFFER'}; ${reference?.length ?? 0} chars`,
      );
    }

    log(`warm-up: ${warmup} s per workload and server`);
    for (const w of list) for (const s of servers) await hammer(s, w.requests[SERVER_OF[s.variant]], warmup);

    const samples = new Map<string, Sample[]>();
    for (let round_ = 0; round_ < runs; round_++) {
      for (const w of list) {
        if (!equal.get(w)) continue;
        // Rotating the order each round keeps any drift (page cache, GC, thermal) from favouring one server.
        const order = servers.map(
          (_s, i) => servers[(i + round_ + list.indexOf(w)) % servers.length] as Running,
        );
        for (const s of order) {
          const sample = await hammer(s, w.requests[SERVER_OF[s.variant]], duration);
          const key = `${w.name}/${w.role}/${s.variant}`;
          samples.set(key, [...(samples.get(key) ?? []), sample]);
          log(
            `round ${round_ + 1} ${key}: ${Math.round(sample.rps)} req/s, p50 ${sample.p50} ms, p99 ${sample.p99} ms${sample.errors ? `, ${sample.errors} errors` : ''}`,
          );
        }
      }
    }

    const entries: Entry[] = list.map((w) => {
      const get = (v: Variant) => samples.get(`${w.name}/${w.role}/${v}`) ?? [];
      const m = (v: Variant, f: (s: Sample) => number) => round(median(get(v).map(f)), 1);
      const rpsSpread: Record<string, number> = {};
      const rps: Record<string, number> = {};
      const p99: Record<string, number> = {};
      const paired: NonNullable<Entry['paired_vs_raw']> = {};
      const raw = get('raw');
      for (const v of variants) {
        rpsSpread[v] = round(spread(get(v).map((s) => s.rps)), 3);
        rps[v] = m(v, (s) => s.rps);
        p99[v] = m(v, (s) => s.p99);
        const rs = get(v).flatMap((s, i) => (raw[i] && v !== 'raw' ? [s.rps / (raw[i]?.rps ?? 1)] : []));
        if (rs.length) {
          paired[v] = {
            median: round(median(rs), 2),
            min: round(Math.min(...rs), 2),
            max: round(Math.max(...rs), 2),
          };
        }
      }
      const service = m('service', (s) => s.rps);
      return {
        name: w.name,
        scale,
        role: w.role,
        subject: w.subject,
        entities: graph.entities,
        relations: graph.relations,
        equal: equal.get(w) === true,
        service_rps: service,
        raw_rps: m('raw', (s) => s.rps),
        neo4j_graphql_rps: m('neo4j-graphql', (s) => s.rps),
        service_interpreted_rps: m('service-interpreted', (s) => s.rps),
        service_vs_raw: ratio(
          service,
          m('raw', (s) => s.rps),
        ),
        service_vs_neo4j_graphql: ratio(
          service,
          m('neo4j-graphql', (s) => s.rps),
        ),
        service_p50_ms: m('service', (s) => s.p50),
        service_p99_ms: m('service', (s) => s.p99),
        service_interpreted_p99_ms: m('service-interpreted', (s) => s.p99),
        raw_p50_ms: m('raw', (s) => s.p50),
        raw_p99_ms: m('raw', (s) => s.p99),
        neo4j_graphql_p50_ms: m('neo4j-graphql', (s) => s.p50),
        neo4j_graphql_p99_ms: m('neo4j-graphql', (s) => s.p99),
        service_rss_mb: round(Math.max(0, ...get('service').map((s) => s.rss)), 0),
        rps_spread: rpsSpread,
        rps,
        p99_ms: p99,
        paired_vs_raw: paired,
        errors: variants.reduce((n, v) => n + get(v).reduce((a, s) => a + s.errors, 0), 0),
      };
    });

    const service = by('service');
    const soakResult = service && Number(args.soak) > 0 ? await soak(service, list, Number(args.soak)) : null;
    if (soakResult) log(`soak: ${JSON.stringify(soakResult)}`);
    write(scale, graph, entries, soakResult);
  } finally {
    for (const s of servers) await stopServer(s);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Results

interface Results {
  commit: string;
  machine: string;
  settings: Record<string, unknown>;
  scales: Record<string, unknown>;
  workloads: Entry[];
}

function write(
  scale: string,
  graph: { entities: number; relations: number; subjects: Subject[] },
  entries: Entry[],
  soakResult: unknown,
): void {
  const dir = projectPath('bench', 'results');
  mkdirSync(dir, { recursive: true });
  const path = `${dir}/${args.results}.json`;
  const previous: Results | null = existsSync(path)
    ? (JSON.parse(readFileSync(path, 'utf8')) as Results)
    : null;
  let commit = 'unknown';
  try {
    commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).trim();
    if (dirty) commit += '+dirty';
  } catch {}
  const results: Results = {
    commit,
    machine: `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
    settings: { duration_s: duration, warmup_s: warmup, runs, connections, variants },
    scales: {
      ...(previous?.scales ?? {}),
      [scale]: {
        entities: graph.entities,
        relations: graph.relations,
        subjects: graph.subjects,
        soak: soakResult,
        measured_at: new Date().toISOString(),
        // Scales are measured in separate runs; each keeps the commit and settings it ran with.
        commit,
        settings: { duration_s: duration, warmup_s: warmup, runs, connections, variants },
      },
    },
    workloads: [...(previous?.workloads ?? []).filter((w) => w.scale !== scale), ...entries],
  };
  writeFileSync(path, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(`${dir}/${args.results}.md`, markdown(results));
  log(`results in ${path} and ${args.results}.md`);
}

function markdown(r: Results): string {
  const lines = [
    '# Benchmark results',
    '',
    `Commit ${r.commit} · ${r.machine} · ${JSON.stringify(r.settings)}`,
    '',
    'req/s and latencies are medians over the runs; "spread" is (max − min) / median of the service\'s req/s.',
    'service/raw and service/@neo4j ratios compare req/s measured in the same run.',
    '',
  ];
  for (const scale of Object.keys(r.scales)) {
    const s = r.scales[scale] as {
      entities: number;
      relations: number;
      soak: Record<string, number> | null;
      commit?: string;
      measured_at?: string;
      settings?: Record<string, unknown>;
    };
    lines.push(`## ${scale}: ${s.entities} entities, ${s.relations} relations`, '');
    if (s.commit) {
      lines.push(`Commit ${s.commit}, ${s.measured_at ?? ''} · ${JSON.stringify(s.settings ?? {})}`, '');
    }
    lines.push(
      `| workload | subject | service req/s | raw req/s | @neo4j/graphql req/s | service/raw | service/@neo4j | service interpreted req/s | service p50 / p99 ms | raw p99 ms | @neo4j p99 ms | service RSS MB | spread |`,
      `|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|`,
    );
    for (const w of r.workloads.filter((x) => x.scale === scale)) {
      lines.push(
        `| ${w.name} (${w.role})${w.equal ? '' : ' ⚠ answers differ'} | ${w.subject} | ${w.service_rps} | ${w.raw_rps} | ${w.neo4j_graphql_rps} | ${w.service_vs_raw} | ${w.service_vs_neo4j_graphql} | ${w.service_interpreted_rps} | ${w.service_p50_ms} / ${w.service_p99_ms} | ${w.raw_p99_ms} | ${w.neo4j_graphql_p99_ms} | ${w.service_rss_mb} | ${Math.round((w.rps_spread.service ?? 0) * 100)}% |`,
      );
    }
    lines.push(...layers(r.workloads.filter((x) => x.scale === scale)));
    if (s.soak) {
      lines.push(
        '',
        `Soak (${s.soak.seconds} s of all workloads mixed, service only, after ${s.soak.settle_s ?? 0} s of the same load): ${s.soak.rps} req/s, RSS ${s.soak.rss_mb_first_10s} MB → ${s.soak.rss_mb_last_10s} MB (max ${s.soak.rss_mb_max} MB, slope ${s.soak.rss_mb_slope_per_min} MB/min).`,
      );
    }
    lines.push('');
  }
  lines.push(...loadRates());
  return `${lines.join('\n')}\n`;
}

/** Where the service's cost over the floor goes, when the Apollo floors were measured with it. */
function layers(ws: Entry[]): string[] {
  const measured = ws.filter((w) => w.rps?.['apollo-fastify'] || w.rps?.['apollo-http']);
  if (!measured.length) return [];
  const paired = (w: Entry, v: string) => {
    const p = w.paired_vs_raw?.[v];
    return p ? `${p.median} (${p.min}–${p.max})` : '';
  };
  return [
    '',
    "By layer: the floor's own answers behind Apollo Server on bare node:http (apollo-http) and through Fastify as",
    'the service is served (apollo-fastify), then the service. Ratios are over raw in the same round, median',
    '(range) over the rounds.',
    '',
    '| workload | raw req/s | apollo-http req/s | apollo-fastify req/s | service req/s | apollo-http/raw | apollo-fastify/raw | service/raw |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...measured.map(
      (w) =>
        `| ${w.name} (${w.role}) | ${w.raw_rps} | ${w.rps?.['apollo-http'] ?? ''} | ${w.rps?.['apollo-fastify'] ?? ''} | ${w.service_rps} | ${paired(w, 'apollo-http')} | ${paired(w, 'apollo-fastify')} | ${paired(w, 'service')} |`,
    ),
  ];
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    log(err instanceof Error ? (err.stack ?? err.message) : String(err));
    process.exit(1);
  },
);

/** The 1M-relation load (bench/results/load-1m.json, written by hand from the two timed loads) as a table. */
function loadRates(): string[] {
  const path = projectPath('bench', 'results', 'load-1m.json');
  if (!existsSync(path)) return [];
  type Load = { rows_per_s: Record<string, number>; total_s: number; max_rss_mb: number };
  const l = JSON.parse(readFileSync(path, 'utf8')) as {
    measured: string;
    loader: Load;
    floor: Load;
    interleaved_ab_same_db_rows_per_s: Record<string, number | string>;
  };
  const kinds = Object.keys(l.loader.rows_per_s);
  const ab = l.interleaved_ab_same_db_rows_per_s;
  return [
    '## Loading 1M relations (rows/s)',
    '',
    `| | ${kinds.join(' | ')} | total s | max RSS MB |`,
    `|---|${kinds.map(() => '---:').join('|')}|---:|---:|`,
    `| seed loader (\`npm run seed:synthetic -- --load\`) | ${kinds.map((k) => l.loader.rows_per_s[k]).join(' | ')} | ${l.loader.total_s} | ${l.loader.max_rss_mb} |`,
    `| floor (\`bench/load-floor.ts\`, bare UNWIND … MERGE) | ${kinds.map((k) => l.floor.rows_per_s[k]).join(' | ')} | ${l.floor.total_s} | ${l.floor.max_rss_mb} |`,
    '',
    `${l.measured}`,
    '',
    `Alternated batch by batch on one database (${ab.measured}), the loader's relation statement wrote`,
    `${ab.relations_loader_upsert_relations} rows/s against the floor's ${ab.relations_floor_per_type_literal}, and its citation statement ${ab.citations_loader_upsert_nodes} against ${ab.citations_floor_literal_label}.`,
    'Details: load-1m.json.',
    '',
  ];
}
