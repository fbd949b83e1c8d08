/**
 * `npm run load:mixed -- [--url http://127.0.0.1:4000] [--rate 50] [--duration 60] [--connections 10]
 *   [--pid <service pid>] [--token <bearer>]`
 *
 * A fixed rate of mixed reads (lookups, search, neighbourhoods, paths, statistics, pages) against a running
 * service, for a minute by default. Reports errors (HTTP errors, timeouts and GraphQL `errors` in a 200 all count;
 * the target is 0), latency percentiles and the service's resident memory before and after. Not a test: the
 * numbers depend on the machine. Exits 1 when any request failed.
 */
import { readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { rssMb } from './harness.js';

const { values: args } = parseArgs({
  options: {
    url: { type: 'string', default: 'http://127.0.0.1:4000' },
    rate: { type: 'string', default: '50' },
    duration: { type: 'string', default: '60' },
    connections: { type: 'string', default: '10' },
    pid: { type: 'string' },
    token: { type: 'string' },
  },
});

const base = new URL(args.url);
const rate = Number(args.rate);
const duration = Number(args.duration);
const connections = Number(args.connections);
const headers: Record<string, string> = {
  'content-type': 'application/json',
  ...(args.token ? { authorization: `Bearer ${args.token}` } : {}),
};
const log = (line: string) => process.stdout.write(`[load:mixed] ${line}\n`);

/** The process listening on the port, from /proc (Linux): the socket's inode, then the process holding it. */
function pidListeningOn(port: number): number | null {
  const hex = port.toString(16).toUpperCase().padStart(4, '0');
  const inodes = new Set<string>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const cols = line.trim().split(/\s+/);
      // local_address is ADDR:PORT in hex; state 0A is LISTEN; the inode is column 10.
      if (cols[1]?.endsWith(`:${hex}`) && cols[3] === '0A' && cols[9]) inodes.add(cols[9]);
    }
  }
  if (inodes.size === 0) return null;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let fds: string[] = [];
    try {
      fds = readdirSync(`/proc/${entry}/fd`);
    } catch {
      continue;
    }
    for (const fd of fds) {
      try {
        const m = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/${entry}/fd/${fd}`));
        if (m?.[1] && inodes.has(m[1])) return Number(entry);
      } catch {
        // The descriptor closed while we looked.
      }
    }
  }
  return null;
}

/** RSS to 0.1 MB for the report. */
const rssNow = (pid: number | null) => {
  const mb = rssMb(pid);
  return mb === null ? null : Math.round(mb * 10) / 10;
};

async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(new URL('/graphql', base), {
    method: 'POST',
    headers,
    body: JSON.stringify({ query, variables }),
  });
  const json = (await res.json()) as { data?: T; errors?: unknown[] };
  if (!res.ok || json.errors || !json.data) {
    throw new Error(`${base.origin} answered ${res.status}: ${JSON.stringify(json).slice(0, 300)}`);
  }
  return json.data;
}

/** Subjects picked from the running service's own data, so the load fits any dataset it serves. */
async function subjects() {
  const d = await gql<{ entities: { edges: { node: { id: string; name: string; degree: number } }[] } }>(
    '{ entities(first: 40, where: { minDegree: 1 }) { edges { node { id name degree } } } }',
  );
  const list = d.entities.edges.map((e) => e.node);
  if (list.length < 2) throw new Error('the service holds fewer than two connected entities: seed it first');
  return list;
}

function requests(list: { id: string; name: string }[]) {
  const body = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
  const out: { method: 'POST'; path: string; headers: Record<string, string>; body: string }[] = [];
  list.forEach((s, i) => {
    const other = list[(i + 7) % list.length] ?? s;
    const bodies = [
      body(
        'query($id: ID!) { entity(id: $id) { id name kind degree citations { quote } relations(first: 20) { totalCount edges { direction other { id name } node { type } } } } }',
        { id: s.id },
      ),
      body('query($q: String!) { search(query: $q, first: 10) { score matched entity { id name kind } } }', {
        q: s.name.slice(0, 12),
      }),
      body(
        'query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { id name } relations { id type } truncated } }',
        { id: s.id },
      ),
      body(
        'query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4, first: 3) { length explanation } }',
        {
          a: s.id,
          b: other.id,
        },
      ),
      body(
        'query($id: ID!) { statistics(subject: $id, first: 20) { totalCount edges { node { metric value statedAs } } } }',
        { id: s.id },
      ),
      body(
        '{ entities(first: 50) { totalCount edges { node { id name kind } } } graphStats { entities relations } }',
        {},
      ),
    ];
    for (const b of bodies) out.push({ method: 'POST', path: '/graphql', headers, body: b });
  });
  return out;
}

async function main(): Promise<number> {
  const port = Number(base.port || (base.protocol === 'https:' ? 443 : 80));
  const pid = args.pid ? Number(args.pid) : pidListeningOn(port);
  const list = await subjects();
  const reqs = requests(list);
  // A short warm-up so the first seconds do not measure JIT and cold caches.
  await autocannon({ url: base.origin, connections: 2, duration: 3, requests: reqs });
  const rssBefore = rssNow(pid);
  log(
    `${reqs.length} distinct reads over ${list.length} entities; ${rate} req/s for ${duration} s; service pid ${pid ?? 'unknown (pass --pid)'}, RSS ${rssBefore ?? '?'} MB`,
  );

  let graphqlErrors = 0;
  const result = await autocannon({
    url: base.origin,
    connections,
    duration,
    overallRate: rate,
    requests: reqs.map((r) => ({
      ...r,
      onResponse: (status: number, resBody: string) => {
        if (status === 200 && resBody.includes('"errors"')) graphqlErrors++;
      },
    })),
  });
  const rssAfter = rssNow(pid);
  const errors = result.errors + result.timeouts + result.non2xx + graphqlErrors;
  const report = {
    url: base.origin,
    seconds: duration,
    target_rps: rate,
    achieved_rps: Math.round((result.requests.total / duration) * 10) / 10,
    requests: result.requests.total,
    errors,
    error_detail: {
      connection_errors: result.errors,
      timeouts: result.timeouts,
      non_2xx: result.non2xx,
      graphql_errors: graphqlErrors,
    },
    latency_ms: {
      p50: result.latency.p50,
      p90: result.latency.p90,
      p99: result.latency.p99,
      max: result.latency.max,
    },
    service_rss_mb: { before: rssBefore, after: rssAfter },
  };
  log(
    `${report.requests} requests at ${report.achieved_rps} req/s: ${errors} errors; latency p50 ${report.latency_ms.p50} ms, p99 ${report.latency_ms.p99} ms, max ${report.latency_ms.max} ms; service RSS ${rssBefore ?? '?'} MB → ${rssAfter ?? '?'} MB`,
  );
  process.stdout.write(`${JSON.stringify(report)}\n`);
  return errors === 0 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`[load:mixed] ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  },
);
