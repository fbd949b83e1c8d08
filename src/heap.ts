import { setFlagsFromString } from 'node:v8';

/**
 * Caps how far V8 lets the old generation grow past what the last full collection kept alive.
 *
 * The service keeps little alive between requests (about 50 MB), but under concurrent load request-scoped objects
 * outlive two scavenges and are promoted. V8's adaptive growing factor (up to 4×) then lets that garbage pile up to
 * about 200 MB of old space before a full collection, and the RSS peaks near 300 MB. At 2× the peak is about
 * 190 MB for the same CPU per request; 1.5× saves 20 MB more but cost up to a fifth more CPU (bench/README.md,
 * "Memory"). 0 keeps V8's heuristic.
 *
 * V8 reads the flag at every full collection, so setting it at start-up takes effect without a command-line flag,
 * whichever way the process was started.
 */
export function limitHeapGrowth(percent: number): void {
  if (percent > 0) setFlagsFromString(`--heap-growing-percent=${Math.round(percent)}`);
}
