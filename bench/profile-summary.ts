/**
 * `npx tsx bench/profile-summary.ts bench/profiles/<scale>/service.cpuprofile [--top 25]`
 *
 * Where a server's CPU went, from a V8 profile written by `npm run bench -- --profile`: self time by package
 * (node_modules/<name>, the project's own src/, Node internals) and by function. Self time is what a function
 * spends outside its callees, so the shares add up to 100%.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' } },
});

function bucket(url: string): string {
  if (!url) return '(V8 / native)';
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (m?.[1]) return m[1];
  if (url.startsWith('node:')) return 'node: internals';
  const own = /\/(src|bench)\/(.+)$/.exec(url);
  return own ? `${own[1]}/${own[2]?.split('/')[0]}` : url;
}

for (const file of positionals) {
  const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
  // Time per sample from the deltas when present, else every hit weighs the same.
  const selfUs = new Map<number, number>();
  if (p.samples && p.timeDeltas) {
    p.samples.forEach((id, i) => {
      selfUs.set(id, (selfUs.get(id) ?? 0) + (p.timeDeltas?.[i] ?? 0));
    });
  } else for (const n of p.nodes) selfUs.set(n.id, n.hitCount ?? 0);
  const total = [...selfUs.values()].reduce((a, b) => a + b, 0) || 1;
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const n of p.nodes) {
    const t = selfUs.get(n.id) ?? 0;
    if (t === 0) continue;
    const pkg = bucket(n.callFrame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + t);
    const fn = `${n.callFrame.functionName || '(anonymous)'} ${pkg}:${n.callFrame.lineNumber + 1}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + t);
  }
  const top = Number(values.top);
  const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
  process.stdout.write(`\n${file}: ${(total / 1e6).toFixed(1)} s sampled\n\nself time by package\n`);
  for (const [k, t] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`  ${pct(t)}  ${k}\n`);
  process.stdout.write('\nself time by function\n');
  for (const [k, t] of [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top))
    process.stdout.write(`  ${pct(t)}  ${k}\n`);
}
