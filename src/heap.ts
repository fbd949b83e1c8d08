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

/**
 * Node flags the service is started with (`npm start`, the Dockerfile, the bench's service).
 *
 * A young generation of twice V8's 16 MB semi-space lets a request's short-lived objects die in a scavenge instead
 * of being promoted: at seed size it cut the service's CPU per request by 0–14% (entity, neighbourhood, paths), for
 * about 35 MB more RSS under load; 64 MB saved more but took the RSS near the 300 MB budget (bench/README.md,
 * "Memory"). V8 sizes the young generation when the process starts, so this cannot be set from the config.
 */
export const SERVICE_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=32'];
