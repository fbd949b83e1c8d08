/**
 * Child of heap.test.ts: applies HEAP_GROWING_PERCENT as main.ts does, then churns objects that live long enough
 * to be promoted (as request data under concurrent load does) over a fixed live set, and prints the peak heap.
 */
import { loadConfig } from '../../src/config/index.js';
import { limitHeapGrowth } from '../../src/heap.js';

limitHeapGrowth(loadConfig().heapGrowingPercent);
const live: unknown[] = [];
for (let i = 0; i < 300_000; i++) live.push({ i, s: `live-${i}` });
const ring: unknown[] = new Array(100_000);
let peak = 0;
for (let i = 0; i < 4_000_000; i++) {
  ring[i % ring.length] = { i, s: `request-${i}`, a: [i, i] };
  if (i % 10_000 === 0) peak = Math.max(peak, process.memoryUsage().heapUsed);
}
process.stdout.write(JSON.stringify({ peakMb: peak / 1048576, live: live.length }));
