import { type ChildProcess, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, realpathSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, Socket } from 'node:net';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Neo4j Community run from Maven artifacts (neo4j/), managed as a child process. Docker is not available on
 * the machines this project runs on and Maven Central does not serve the server tarball; the embedded API
 * behind a loopback Bolt connector gives drivers the same protocol a real server does.
 */

export interface EmbeddedOptions {
  boltPort: number;
  /** Neo4j home for this instance: data/, logs/ and the run file live here (e.g. .neo4j/dev). */
  home: string;
  /** JVM heap (-Xmx), e.g. '512m'. */
  heap: string;
  /** Page cache, e.g. '256m'. */
  pageCache: string;
  /** null: auth disabled (any credentials work). Otherwise this user gets this password on every start. */
  auth: { user: string; password: string } | null;
  onProgress?: (line: string) => void;
  /** How long to wait for Bolt to answer: about 12 s on an idle two-core machine, several times that under load. */
  startTimeoutMs?: number;
  /** Extra JVM flags after the defaults (JVM_FLAGS), e.g. ['-Xms2g'] for a benchmark. */
  jvmArgs?: string[];
  /** How long SIGTERM gets before SIGKILL. */
  stopTimeoutMs?: number;
  /** Where java, mvn and PATH are looked up; tests swap it to simulate a machine without them. */
  env?: NodeJS.ProcessEnv;
  /** The Maven project; defaults to neo4j/ at the repository root. */
  projectDir?: string;
}

export type EmbeddedErrorCode =
  | 'NO_JAVA'
  | 'JAVA_TOO_OLD'
  | 'NO_MAVEN'
  | 'BUILD_FAILED'
  | 'PORT_IN_USE'
  | 'START_FAILED'
  | 'STOP_FAILED';

export class EmbeddedNeo4jError extends Error {
  override name = 'EmbeddedNeo4jError';
  constructor(
    readonly code: EmbeddedErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export interface EmbeddedHandle {
  uri: string;
  pid: number;
  /** False when an instance already running for this home was reused; stop() then leaves it alone. */
  started: boolean;
  stop(): Promise<void>;
}

export interface EmbeddedStatus {
  /** True when the process is alive and Bolt completes a handshake. */
  running: boolean;
  /** Present while the process is alive, even if Bolt does not answer (yet). */
  pid?: number;
  uri?: string;
  logFile: string;
}

/** What startEmbedded leaves in home so that status, stop and reuse work from any process. */
interface RunFile {
  pid: number;
  uri: string;
  boltPort: number;
  detached: boolean;
  startedAt: string;
}

const MIN_JAVA = 17;
const MAIN_CLASS = 'kg.neo4j.EmbeddedServer';
const RUN_FILE = 'embedded.json';
const READY = 'KG_NEO4J_READY';
const FAILED = 'KG_NEO4J_FAILED';
const PASSWORD_ENV = 'KG_NEO4J_PASSWORD';
const STAMP = 'kg-build.stamp';

/**
 * What Neo4j's own neo4j.conf passes, minus what only matters for big production heaps (AlwaysPreTouch would
 * make the whole heap resident). Without java.nio opened the page cache falls back to a slower mode.
 */
export const JVM_FLAGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
];

export function defaultProjectDir(): string {
  // Walk up rather than count levels: this file runs from src/ (tsx) and from dist/src/ (built).
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'neo4j', 'pom.xml'))) return join(dir, 'neo4j');
    const parent = dirname(dir);
    if (parent === dir) throw new Error('neo4j/pom.xml not found above src/embedded');
    dir = parent;
  }
}

export function logFiles(home: string): { neo4j: string; console: string; debug: string } {
  const logs = join(resolve(home), 'logs');
  return {
    neo4j: join(logs, 'neo4j.log'),
    console: join(logs, 'console.log'),
    debug: join(logs, 'debug.log'),
  };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

// ---------------------------------------------------------------- tools

interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to completion; rejects only when it cannot be started (ENOENT and the like). */
function run(
  cmd: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  onLine?: (line: string) => void,
): Promise<Ran> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    let pending = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (!onLine) return;
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      if (onLine && pending) onLine(pending);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

function isNotFound(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  return code === 'ENOENT' || code === 'EACCES' || code === 'ENOTDIR';
}

function javaCommand(env: NodeJS.ProcessEnv): { cmd: string; from: string } {
  if (env.KG_JAVA) return { cmd: env.KG_JAVA, from: `KG_JAVA=${env.KG_JAVA}` };
  if (env.JAVA_HOME) return { cmd: join(env.JAVA_HOME, 'bin', 'java'), from: `JAVA_HOME=${env.JAVA_HOME}` };
  return { cmd: 'java', from: 'PATH' };
}

/** Parses `java -version` output: `"17.0.15"`, `"21"` or the pre-9 `"1.8.0_392"`. */
export function parseJavaMajor(versionOutput: string): number | null {
  const m = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!m?.[1]) return null;
  const first = Number(m[1]);
  return first === 1 && m[2] ? Number(m[2]) : first;
}

const javaChecked = new Map<string, string>();

/** The java command to use, or NO_JAVA / JAVA_TOO_OLD. */
export async function checkJava(env: NodeJS.ProcessEnv = process.env): Promise<string> {
  const { cmd, from } = javaCommand(env);
  const key = `${cmd}\0${env.PATH ?? ''}`;
  const known = javaChecked.get(key);
  if (known) return known;
  const howToFix = `install a JDK ${MIN_JAVA}+ (e.g. apt-get install openjdk-17-jdk-headless) or point JAVA_HOME or KG_JAVA at one`;
  let ran: Ran;
  try {
    ran = await run(cmd, ['-version'], env);
  } catch (err) {
    if (!isNotFound(err)) throw err;
    const where = from === 'PATH' ? 'no `java` on PATH' : `${cmd} (from ${from}) does not exist`;
    throw new EmbeddedNeo4jError('NO_JAVA', `Java not found: ${where}; ${howToFix}.`);
  }
  const major = parseJavaMajor(`${ran.stderr}\n${ran.stdout}`);
  if (major === null) {
    throw new EmbeddedNeo4jError(
      'NO_JAVA',
      `${cmd} (from ${from}) did not report a Java version; ${howToFix}.`,
    );
  }
  if (major < MIN_JAVA) {
    throw new EmbeddedNeo4jError(
      'JAVA_TOO_OLD',
      `Java ${major} found (${cmd}, from ${from}) but Neo4j 5 needs Java ${MIN_JAVA} or newer; ${howToFix}.`,
    );
  }
  javaChecked.set(key, cmd);
  return cmd;
}

// ---------------------------------------------------------------- build

/** Hash of everything the build reads; equal stamps mean target/ is current. */
async function sourceHash(projectDir: string): Promise<string> {
  const hash = createHash('sha256');
  const files = [join(projectDir, 'pom.xml')];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) await walk(path);
      else files.push(path);
    }
  };
  if (existsSync(join(projectDir, 'src'))) await walk(join(projectDir, 'src'));
  for (const file of files) {
    hash
      .update(relative(projectDir, file))
      .update('\0')
      .update(await readFile(file))
      .update('\0');
  }
  return hash.digest('hex');
}

function isBuilt(projectDir: string, hash: string): boolean {
  const target = join(projectDir, 'target');
  try {
    return (
      readFileSync(join(target, STAMP), 'utf8').trim() === hash &&
      existsSync(join(target, 'classes', 'kg', 'neo4j', 'EmbeddedServer.class')) &&
      readdirSync(join(target, 'lib')).some((f) => f.endsWith('.jar'))
    );
  } catch {
    return false;
  }
}

function neo4jVersion(projectDir: string): string {
  const pom = readFileSync(join(projectDir, 'pom.xml'), 'utf8');
  return /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(pom)?.[1] ?? 'unknown';
}

/**
 * One build at a time per project (the service, a test run and `npm run db:start` may race on a fresh
 * clone); mkdir is atomic, and a lock whose owner died is taken over.
 */
async function withBuildLock<T>(projectDir: string, fn: () => Promise<T>): Promise<T> {
  const lock = join(projectDir, 'target', '.kg-build.lock');
  await mkdir(dirname(lock), { recursive: true });
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => 'NaN'));
      const age = Date.now() - (await stat(lock).catch(() => ({ mtimeMs: Date.now() }))).mtimeMs;
      if ((Number.isInteger(owner) && !isAlive(owner)) || age > 30 * 60_000) {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      await sleep(500);
    }
  }
  try {
    await writeFile(join(lock, 'pid'), String(process.pid));
    return await fn();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

/** Maven's per-file transfer lines, condensed to one progress line every few seconds. */
function mavenProgress(report: (line: string) => void): {
  onLine: (line: string) => void;
  summary: () => string;
} {
  let files = 0;
  let bytes = 0;
  let lastReport = Date.now();
  const units: Record<string, number> = { B: 1, kB: 1e3, KB: 1e3, MB: 1e6, GB: 1e9 };
  const mb = () => (bytes / 1e6).toFixed(0);
  return {
    onLine(line) {
      const m = /Downloaded from \S+: \S+ \(([\d.,]+) (B|kB|KB|MB|GB)/.exec(line);
      if (!m?.[1] || !m[2]) return;
      if (files === 0) report('Maven: downloading Neo4j and its dependencies (first build only, ~130 MB)');
      files += 1;
      bytes += Number(m[1].replace(',', '')) * (units[m[2]] ?? 1);
      if (Date.now() - lastReport >= 10_000) {
        lastReport = Date.now();
        report(`Maven: ${files} files downloaded (${mb()} MB)`);
      }
    },
    summary: () => (files ? `${files} files downloaded (${mb()} MB)` : 'nothing downloaded'),
  };
}

/**
 * Builds neo4j/ (classes + target/lib) unless a stamp says the sources did not change since the last build;
 * Maven is needed only then. Transfer failures (Maven Central answers 429 to bursts) are retried.
 */
export async function ensureBuilt(
  opts: Pick<EmbeddedOptions, 'onProgress' | 'env' | 'projectDir'> = {},
): Promise<void> {
  const env = opts.env ?? process.env;
  const projectDir = resolve(opts.projectDir ?? defaultProjectDir());
  const report = opts.onProgress ?? (() => {});
  const hash = await sourceHash(projectDir);
  if (isBuilt(projectDir, hash)) return;
  const java = await checkJava(env);
  await withBuildLock(projectDir, async () => {
    if (isBuilt(projectDir, hash)) return;
    const mvn = env.KG_MVN || 'mvn';
    const target = join(projectDir, 'target');
    // copy-dependencies only adds: a version bump would otherwise leave two Neo4j versions on the classpath.
    await rm(join(target, 'lib'), { recursive: true, force: true });
    await rm(join(target, STAMP), { force: true });
    await mkdir(target, { recursive: true });
    const buildLog = join(target, 'build.log');
    const mvnEnv: NodeJS.ProcessEnv = { ...env };
    if (!mvnEnv.JAVA_HOME && java !== 'java') mvnEnv.JAVA_HOME = resolve(dirname(realpathSync(java)), '..');
    const args = [
      '-f',
      join(projectDir, 'pom.xml'),
      '-B',
      // Maven 3.8 (wagon) and 3.9+ (native transport) read different retry properties; set both.
      '-Dmaven.wagon.http.retryHandler.count=5',
      '-Dmaven.wagon.http.serviceUnavailableRetryStrategy.class=standard',
      '-Dmaven.wagon.http.serviceUnavailableRetryStrategy.retryInterval=3000',
      '-Dmaven.wagon.http.serviceUnavailableRetryStrategy.maxRetries=5',
      '-Daether.connector.http.retryHandler.count=5',
      'dependency:copy-dependencies',
      'compile',
    ];
    report(`Building the embedded Neo4j ${neo4jVersion(projectDir)} with Maven (log: ${buildLog})`);
    const started = Date.now();
    const attempts = 3;
    for (let attempt = 1; ; attempt++) {
      const progress = mavenProgress(report);
      let ran: Ran;
      try {
        ran = await run(mvn, args, mvnEnv, progress.onLine);
      } catch (err) {
        if (!isNotFound(err)) throw err;
        const where = env.KG_MVN ? `${env.KG_MVN} (from KG_MVN) does not exist` : 'no `mvn` on PATH';
        throw new EmbeddedNeo4jError(
          'NO_MAVEN',
          `Maven not found: ${where}; the embedded Neo4j is built once with Maven: install it (e.g. apt-get install maven) or set KG_MVN.`,
        );
      }
      await writeFile(buildLog, `${ran.stdout}\n${ran.stderr}`);
      if (ran.code === 0) {
        await writeFile(join(target, STAMP), `${hash}\n`);
        report(`Maven: built in ${((Date.now() - started) / 1000).toFixed(0)} s, ${progress.summary()}`);
        return;
      }
      const output = `${ran.stdout}\n${ran.stderr}`;
      const transient =
        /Could not transfer|status code: 429|Too Many Requests|Connection reset|timed out/i.test(output);
      if (transient && attempt < attempts) {
        report(`Maven: download failed (attempt ${attempt} of ${attempts}), retrying in ${attempt * 10} s`);
        await sleep(attempt * 10_000);
        continue;
      }
      const firstError = output.split('\n').find((l) => l.startsWith('[ERROR]')) ?? `exit code ${ran.code}`;
      throw new EmbeddedNeo4jError(
        'BUILD_FAILED',
        `Building the embedded Neo4j failed: ${firstError.replace(/^\[ERROR\]\s*/, '').slice(0, 300)} (full log: ${buildLog}).`,
      );
    }
  });
}

// ---------------------------------------------------------------- processes

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (err) {
    // EPERM: it exists but belongs to someone else.
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
  try {
    // A zombie still answers kill(0) until its parent reaps it; for us it is gone.
    const state = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.[0];
    return state !== 'Z' && state !== 'X';
  } catch {
    return true;
  }
}

/** Guards against a recycled pid: on Linux the command line must be ours for this home. */
function isOurs(pid: number, home: string): boolean {
  if (!isAlive(pid)) return false;
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmdline.includes(MAIN_CLASS) && cmdline.includes(home);
  } catch {
    return true;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid)) {
    if (Date.now() >= deadline) return false;
    await sleep(100);
  }
  return true;
}

/** SIGTERM (Neo4j's shutdown hook checkpoints and closes the store), SIGKILL after the timeout. */
async function terminate(pid: number, timeoutMs: number, logFile: string): Promise<void> {
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  if (await waitForExit(pid, timeoutMs)) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    return;
  }
  if (!(await waitForExit(pid, 5_000))) {
    throw new EmbeddedNeo4jError('STOP_FAILED', `Neo4j (pid ${pid}) survived SIGKILL; see ${logFile}.`);
  }
}

/** True when something at the port completes a Bolt handshake, which is what a driver needs. */
export function boltAnswers(port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolvePromise) => {
    const socket = new Socket();
    const done = (ok: boolean) => {
      socket.destroy();
      resolvePromise(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('data', (data) => done(data.length >= 4 && data.readUInt32BE(0) !== 0));
    socket.connect(port, '127.0.0.1', () => {
      // Magic preamble, then proposed versions as [0, range, minor, major]: 5.0-5.8, 4.4.
      socket.write(Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 8, 8, 5, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0]));
    });
  });
}

async function assertPortFree(port: number): Promise<void> {
  const error = await new Promise<NodeJS.ErrnoException | null>((resolvePromise) => {
    const server = createServer();
    server.once('error', (err: NodeJS.ErrnoException) => resolvePromise(err));
    server.listen({ port, host: '127.0.0.1', exclusive: true }, () =>
      server.close(() => resolvePromise(null)),
    );
  });
  if (!error) return;
  const why = error.code === 'EADDRINUSE' ? 'is already in use' : `cannot be used (${error.code})`;
  throw new EmbeddedNeo4jError(
    'PORT_IN_USE',
    `Bolt port ${port} on 127.0.0.1 ${why}: stop what listens there or choose another port (NEO4J_EMBEDDED_PORT).`,
  );
}

async function readRunFile(home: string): Promise<RunFile | null> {
  try {
    const parsed: unknown = JSON.parse(await readFile(join(home, RUN_FILE), 'utf8'));
    if (typeof parsed !== 'object' || parsed === null) return null;
    const r = parsed as Partial<RunFile>;
    if (typeof r.pid !== 'number' || typeof r.uri !== 'string' || typeof r.boltPort !== 'number') return null;
    return {
      pid: r.pid,
      uri: r.uri,
      boltPort: r.boltPort,
      detached: r.detached === true,
      startedAt: String(r.startedAt),
    };
  } catch {
    return null;
  }
}

/** Removes the run file only if it still describes `pid` (a newer instance may have replaced it). */
async function clearRunFile(home: string, pid: number): Promise<void> {
  const current = await readRunFile(home);
  if (!current || current.pid === pid) await rm(join(home, RUN_FILE), { force: true });
}

/** The last lines of a file, for putting the cause of a failure into the error message. */
function tail(path: string, lines: number): string[] {
  try {
    return readFileSync(path, 'utf8').trimEnd().split('\n').slice(-lines);
  } catch {
    return [];
  }
}

interface Spawned {
  pid: number;
  exit(): { code: number | null; signal: NodeJS.Signals | null } | null;
}

/** Resolves with the READY uri, or rejects with START_FAILED naming the log to read. */
async function waitReady(child: Spawned, home: string, timeoutMs: number): Promise<string> {
  const logs = logFiles(home);
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const text = existsSync(logs.console) ? readFileSync(logs.console, 'utf8') : '';
    const ready = new RegExp(`^${READY} (\\S+)`, 'm').exec(text);
    if (ready?.[1]) return ready[1];
    const failed = new RegExp(`^${FAILED} (.*)$`, 'm').exec(text);
    const exit = child.exit();
    if (failed || exit) {
      const reason =
        failed?.[1] ||
        tail(logs.console, 3).join(' | ') ||
        `the JVM exited (${exit?.signal ?? `code ${String(exit?.code)}`})`;
      const logFile = failed && existsSync(logs.neo4j) ? logs.neo4j : logs.console;
      if (!exit) await waitForExit(child.pid, 10_000);
      throw new EmbeddedNeo4jError(
        'START_FAILED',
        `Neo4j failed to start: ${reason.replace(/\.+$/, '')}. Read ${logFile}.`,
      );
    }
    if (Date.now() >= deadline) {
      await terminate(child.pid, 10_000, logs.neo4j);
      throw new EmbeddedNeo4jError(
        'START_FAILED',
        `Neo4j did not answer on Bolt within ${Math.round(timeoutMs / 1000)} s. Read ${logs.neo4j} (and ${logs.console}).`,
      );
    }
    await sleep(100);
  }
}

/**
 * Starts Neo4j for `opts.home` (building first if needed) and resolves once Bolt answers. Detached: it outlives
 * this process (`npm run db:start`). Attached: it exits with this process, because it stops when its stdin
 * closes; stop() asks it to. An instance already running for the same home is returned as is, with a stop()
 * that leaves it running, so nothing stops a Neo4j it did not start.
 */
export async function startEmbedded(
  opts: EmbeddedOptions,
  mode: { detached: boolean },
): Promise<EmbeddedHandle> {
  const env = opts.env ?? process.env;
  const home = resolve(opts.home);
  const report = opts.onProgress ?? (() => {});
  const startTimeoutMs = opts.startTimeoutMs ?? 120_000;
  const stopTimeoutMs = opts.stopTimeoutMs ?? 30_000;
  const logs = logFiles(home);

  const existing = await readRunFile(home);
  if (existing && isOurs(existing.pid, home)) {
    const deadline = Date.now() + startTimeoutMs;
    while (!(await boltAnswers(existing.boltPort))) {
      if (!isAlive(existing.pid) || Date.now() >= deadline) {
        throw new EmbeddedNeo4jError(
          'START_FAILED',
          `A Neo4j for ${home} runs (pid ${existing.pid}) but Bolt at ${existing.uri} does not answer; stop it (npm run db:stop) and read ${logs.neo4j}.`,
        );
      }
      await sleep(250);
    }
    report(`Reusing the embedded Neo4j already running at ${existing.uri} (pid ${existing.pid})`);
    return { uri: existing.uri, pid: existing.pid, started: false, stop: async () => {} };
  }
  if (existing) await clearRunFile(home, existing.pid);

  const java = await checkJava(env);
  const projectDir = resolve(opts.projectDir ?? defaultProjectDir());
  await ensureBuilt({ ...opts, env, projectDir });
  await assertPortFree(opts.boltPort);

  await mkdir(dirname(logs.console), { recursive: true });
  const out = openSync(logs.console, 'w');
  const args = [
    `-Xmx${opts.heap}`,
    ...JVM_FLAGS,
    ...(opts.jvmArgs ?? []),
    '-cp',
    `${join(projectDir, 'target', 'classes')}:${join(projectDir, 'target', 'lib', '*')}`,
    MAIN_CLASS,
    '--home',
    home,
    '--bolt-port',
    String(opts.boltPort),
    '--pagecache',
    opts.pageCache,
    ...(opts.auth ? ['--auth', opts.auth.user] : []),
    ...(mode.detached ? [] : ['--exit-on-stdin-eof']),
  ];
  const childEnv: NodeJS.ProcessEnv = { ...env };
  delete childEnv[PASSWORD_ENV];
  if (opts.auth) childEnv[PASSWORD_ENV] = opts.auth.password;

  report(
    `Starting the embedded Neo4j ${neo4jVersion(projectDir)} on bolt://127.0.0.1:${opts.boltPort} (${home})`,
  );
  const begun = Date.now();
  let child: ChildProcess;
  try {
    child = spawn(java, args, {
      cwd: home,
      env: childEnv,
      detached: mode.detached,
      stdio: [mode.detached ? 'ignore' : 'pipe', out, out],
    });
  } finally {
    closeSync(out);
  }
  let exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;
  child.once('exit', (code, signal) => {
    exit = { code, signal };
  });
  const pid = await new Promise<number>((resolvePromise, reject) => {
    child.once('spawn', () => resolvePromise(child.pid ?? -1));
    child.once('error', (err) =>
      reject(
        new EmbeddedNeo4jError('START_FAILED', `Cannot run ${java}: ${err.message}. Read ${logs.console}.`),
      ),
    );
  });
  const runFile: RunFile = {
    pid,
    uri: `bolt://127.0.0.1:${opts.boltPort}`,
    boltPort: opts.boltPort,
    detached: mode.detached,
    startedAt: new Date().toISOString(),
  };
  await writeFile(join(home, RUN_FILE), `${JSON.stringify(runFile, null, 2)}\n`);

  let uri: string;
  try {
    uri = await waitReady({ pid, exit: () => exit }, home, startTimeoutMs);
  } catch (err) {
    await clearRunFile(home, pid);
    throw err;
  }
  // Neither the JVM nor the pipe to its stdin may keep this process alive: the attached instance is meant
  // to end when this process does, which closing that pipe brings about.
  child.unref();
  if (child.stdin instanceof Socket) child.stdin.unref();
  report(
    `Neo4j ready at ${uri} in ${((Date.now() - begun) / 1000).toFixed(1)} s (pid ${pid}, logs ${logs.neo4j})`,
  );

  let stopping: Promise<void> | null = null;
  return {
    uri,
    pid,
    started: true,
    stop() {
      stopping ??= (async () => {
        await terminate(pid, stopTimeoutMs, logs.neo4j);
        await clearRunFile(home, pid);
      })();
      return stopping;
    },
  };
}

export async function embeddedStatus(home: string): Promise<EmbeddedStatus> {
  const dir = resolve(home);
  const logFile = logFiles(dir).neo4j;
  const runFile = await readRunFile(dir);
  if (!runFile) return { running: false, logFile };
  if (!isOurs(runFile.pid, dir)) {
    await clearRunFile(dir, runFile.pid);
    return { running: false, logFile };
  }
  return { running: await boltAnswers(runFile.boltPort), pid: runFile.pid, uri: runFile.uri, logFile };
}

/** Stops the instance running for `home`, whoever started it; false when none was running. */
export async function stopEmbedded(home: string, timeoutMs = 30_000): Promise<boolean> {
  const dir = resolve(home);
  const runFile = await readRunFile(dir);
  if (!runFile) return false;
  if (!isOurs(runFile.pid, dir)) {
    await clearRunFile(dir, runFile.pid);
    return false;
  }
  await terminate(runFile.pid, timeoutMs, logFiles(dir).neo4j);
  await clearRunFile(dir, runFile.pid);
  return true;
}
