import { createReadStream } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Stub } from './support.js';
import { kg } from './support.js';
import { syntheticService } from './synthetic.js';

async function countLines(file: string): Promise<number> {
  let n = 0;
  for await (const _ of createInterface({ input: createReadStream(file) })) n++;
  return n;
}

let dir: string;
const stubs: Stub[] = [];

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'kg-stream-'));
});
afterAll(async () => {
  for (const s of stubs) await s.close();
});

describe('kg export streams', () => {
  it('exports 300k relations within a 48 MB heap: pages are written and dropped, never collected', async () => {
    const small = await syntheticService({
      entities: 1_000,
      relations: 10_000,
      statistics: 100,
      citations: 1_000,
    });
    const big = await syntheticService({
      entities: 30_000,
      relations: 300_000,
      statistics: 3_000,
      citations: 30_000,
    });
    stubs.push(small, big);
    const a = await kg(['export', '--format', 'cypher', '--out', join(dir, 'small.cypher')], {
      endpoint: small.url,
      measureRss: true,
    });
    expect(a.code, a.stderr).toBe(0);
    // 100k relation records alone take about 21 MB of heap (measured): holding 300k, plus their entities and
    // citations, cannot fit in 48 MB, so passing shows that pages are written and dropped.
    const b = await kg(['export', '--format', 'cypher', '--out', join(dir, 'big.cypher')], {
      endpoint: big.url,
      measureRss: true,
      nodeArgs: ['--max-old-space-size=48'],
      timeoutMs: 300_000,
    });
    expect(b.code, b.stderr).toBe(0);
    expect(b.stdout).toContain('300000 relations');
    // One UNWIND per page and relation type, plus the citation links: every page reached the disk.
    expect(await countLines(join(dir, 'big.cypher'))).toBeGreaterThan(6_000);
    const mib = (kb: number | undefined) => ((kb ?? 0) / 1024).toFixed(0);
    console.log(
      `kg export peak RSS: ${mib(a.maxRssKb)} MiB for 10k relations, ${mib(b.maxRssKb)} MiB for 300k`,
    );
    expect(b.maxRssKb).toBeGreaterThan(0);
  }, 300_000);

  it('a service failure midway exits 2 and leaves no partial files', async () => {
    const failing = await syntheticService({
      entities: 500,
      relations: 5_000,
      statistics: 10,
      citations: 500,
      failRelationsPage: 3,
    });
    stubs.push(failing);
    const out = join(dir, 'failing-csv');
    const r = await kg(['export', '--format', 'csv', '--out', out], { endpoint: failing.url });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/SERVICE_UNAVAILABLE/);
    expect(await readdir(out)).toEqual([]);
  });
});
