/** What the bench tools share: starting a compiled benchmark server and reading medians. */
import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { SERVICE_NODE_FLAGS } from '../src/heap.js';
import type { Server } from './workloads.js';

/** Where `tsconfig.bench.json` compiles the servers and the service. */
export const BENCH_BUILD = 'dist/bench-build';

export interface Launch {
  server: Server;
  port: number;
  uri: string;
  /** The checkout whose `dist/bench-build` runs (the servers are compiled by `tsconfig.bench.json`). */
  root: string;
  /** Shown in errors. */
  label: string;
  env?: Record<string, string>;
  nodeArgs?: string[];
}

/**
 * Starts bench/servers/<server> as production runs (compiled, NODE_ENV=production, the service with the Node flags
 * `npm start` gives it) and waits for BENCH_READY. Flags on the command line win over NODE_OPTIONS.
 */
export function launch(o: Launch): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      ...(o.server === 'service' ? SERVICE_NODE_FLAGS : []),
      ...(o.nodeArgs ?? []),
      resolve(o.root, BENCH_BUILD, 'bench', 'servers', `${o.server}.js`),
      '--port',
      String(o.port),
      '--uri',
      o.uri,
    ],
    {
      cwd: o.root,
      env: { ...process.env, NODE_ENV: 'production', LOG_LEVEL: 'warn', GRAPHQL_JIT: 'true', ...o.env },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  return new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`${o.label} did not start within 120 s`)), 120_000);
    child.once('exit', (code) => fail(new Error(`${o.label} exited with ${code} before it was ready`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('BENCH_READY')) {
        clearTimeout(timer);
        done(child);
      }
    });
  });
}

export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] ?? 0) : ((s[m - 1] ?? 0) + (s[m] ?? 0)) / 2;
};

/** Resident set of a process in MB, from /proc; null when the process is unknown or gone. */
export function rssMb(pid: number | null | undefined): number | null {
  if (!pid) return null;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}
