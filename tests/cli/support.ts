import { spawn } from 'node:child_process';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { projectPath } from '../../src/paths.js';

export interface KgResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** Peak resident set of the CLI process in KiB, when asked for. */
  maxRssKb?: number;
}

const RSS_MARK = 'kg-test-max-rss-kb=';

/**
 * Runs the CLI as analysts do, as its own process: `node --import tsx src/cli/main.ts …`. KG_ENDPOINT is cleared
 * so a developer's shell cannot point a test elsewhere.
 */
export function kg(
  args: string[],
  o: {
    endpoint?: string;
    env?: Record<string, string>;
    measureRss?: boolean;
    timeoutMs?: number;
    /** Options for node itself, e.g. a heap cap. */
    nodeArgs?: string[];
  } = {},
): Promise<KgResult> {
  const imports = [...(o.nodeArgs ?? []), '--import', 'tsx'];
  if (o.measureRss) imports.push('--import', projectPath('tests/cli/report-rss.ts'));
  const env: Record<string, string | undefined> = { ...process.env, KG_ENDPOINT: undefined, ...o.env };
  if (o.endpoint) env.KG_ENDPOINT = o.endpoint;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...imports, projectPath('src/cli/main.ts'), ...args], {
      cwd: projectPath('.'),
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      const mark = stderr.lastIndexOf(RSS_MARK);
      const maxRssKb = mark >= 0 ? Number.parseInt(stderr.slice(mark + RSS_MARK.length), 10) : undefined;
      if (mark >= 0) stderr = stderr.slice(0, mark);
      resolve({ code, stdout, stderr, ...(maxRssKb !== undefined ? { maxRssKb } : {}) });
    });
  });
}

/** Parses stdout as JSON, with the process output in the error when it is not. */
export function json<T>(r: KgResult): T {
  try {
    return JSON.parse(r.stdout) as T;
  } catch {
    throw new Error(`stdout is not JSON (exit ${r.code}):\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
}

export interface Stub {
  url: string;
  close(): Promise<void>;
}

/** A fake endpoint on a free loopback port, for answers the real service only gives when something is broken. */
export async function stubServer(
  handle: (body: { query: string; variables?: Record<string, unknown> }, res: ServerResponse) => void,
): Promise<Stub> {
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let text = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => {
      text += d;
    });
    req.on('end', () => {
      try {
        handle(JSON.parse(text) as { query: string; variables?: Record<string, unknown> }, res);
      } catch (err) {
        res.writeHead(500).end(String(err));
      }
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}
