import { z } from 'zod';

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');

const size = z.string().regex(/^\d+[kmg]$/i, 'a size such as 512m or 1g');

/** A comma-separated list; blanks around items are ignored. */
const list = z.string().transform((s) =>
  s
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x.length > 0),
);

/** `sha256hex:role:name`: the service never sees a key itself, only its hash (`npm run token -- --new-api-key`). */
const API_KEY_ENTRY = /^[0-9a-f]{64}:(reader|editor|admin):[A-Za-z0-9_.@-]{1,64}$/;

const neo4jUri = z
  .string()
  .regex(
    /^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s]+$/,
    'a Neo4j URI: bolt://, neo4j://, bolt+s://, neo4j+s:// or +ssc',
  );

/** Every setting, read from the environment once at start-up. Unknown variables are ignored. */
const schema = z.object({
  /** Unset: the project starts its own embedded Neo4j. Set: that Neo4j is used as is (cluster and Aura too). */
  NEO4J_URI: neo4jUri.optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  /** Always sent, so the same code runs against a Neo4j with auth; the embedded default ignores it unless auth is on. */
  NEO4J_PASSWORD: z.string().default('waic-kg-dev'),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  /** How long to wait for a connection before a request fails with SERVICE_UNAVAILABLE. */
  NEO4J_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(3_000),
  /** How long start-up waits for Neo4j to answer (e.g. a container still starting) before giving up. */
  NEO4J_STARTUP_WAIT_MS: z.coerce.number().int().min(0).max(300_000).default(20_000),
  /** Upper bound on every Cypher transaction. */
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(10_000),
  NEO4J_EMBEDDED_PORT: z.coerce.number().int().min(1).max(65_535).default(7687),
  NEO4J_EMBEDDED_HOME: z.string().min(1).default('.neo4j/dev'),
  NEO4J_EMBEDDED_HEAP: size.default('512m'),
  NEO4J_EMBEDDED_PAGECACHE: size.default('256m'),
  NEO4J_EMBEDDED_AUTH: bool.default(false),
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Load the seed graph when the database holds no entity. */
  SEED_ON_START: bool.default(true),
  /** HS256 secret for bearer JWTs (also what `npm run token` signs with); long enough to resist guessing. */
  AUTH_JWT_SECRET: z.string().min(32, 'at least 32 characters').optional(),
  /** Asymmetric JWTs: keys from a JWKS endpoint (an identity provider) … */
  AUTH_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** … or one PEM public key (SPKI). */
  AUTH_JWT_PUBLIC_KEY: z.string().includes('-----BEGIN PUBLIC KEY-----', 'a PEM public key').optional(),
  /** Algorithms accepted for asymmetric JWTs. */
  AUTH_JWT_ALGORITHMS: list
    .pipe(z.array(z.enum(['RS256', 'RS384', 'RS512', 'PS256', 'ES256', 'ES384', 'EdDSA'])).min(1))
    .default(['RS256', 'ES256', 'EdDSA']),
  AUTH_JWT_ISSUER: z.string().min(1).optional(),
  AUTH_JWT_AUDIENCE: z.string().min(1).optional(),
  AUTH_API_KEYS: list
    .pipe(z.array(z.string().regex(API_KEY_ENTRY, 'entries of the form sha256hex:role:name')))
    .default([]),
  /** false: reads need credentials too (anonymous requests get UNAUTHENTICATED). */
  AUTH_ANONYMOUS_READ: bool.default(true),
  /** Origins browsers may call the API from; none by default (same-origin only). `*` allows any. */
  CORS_ORIGINS: list
    .pipe(
      z.array(
        z.union([
          z.literal('*'),
          z.string().regex(/^https?:\/\/[^/\s]+$/, 'origins such as https://app.example'),
        ]),
      ),
    )
    .default([]),
  /** Schema introspection; default on in development, off in production. */
  GRAPHQL_INTROSPECTION: bool.optional(),
  /** Compiled execution (graphql-jit); false falls back to graphql-js's interpreter. */
  GRAPHQL_JIT: bool.default(true),
  /** How far the JS heap may grow past its live size before a full collection, in %; 0 leaves it to V8. */
  HEAP_GROWING_PERCENT: z.coerce.number().int().min(0).max(300).default(100),
});

export type Env = z.input<typeof schema>;

export interface Config {
  neo4j: {
    /** null: start the embedded default. */
    uri: string | null;
    user: string;
    password: string;
    database: string;
    connectTimeoutMs: number;
    startupWaitMs: number;
    txTimeoutMs: number;
  };
  embedded: { port: number; home: string; heap: string; pageCache: string; auth: boolean };
  http: { port: number; host: string };
  production: boolean;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  seedOnStart: boolean;
  auth: AuthConfig;
  cors: { origins: string[] };
  graphql: { introspection: boolean; jit: boolean };
  heapGrowingPercent: number;
}

export type Role = 'reader' | 'editor' | 'admin';

export interface AuthConfig {
  jwtSecret: string | null;
  jwksUrl: string | null;
  jwtPublicKey: string | null;
  jwtAlgorithms: string[];
  issuer: string | null;
  audience: string | null;
  apiKeys: { hash: string; role: Role; name: string }[];
  anonymousRead: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Validates the environment; throws one ConfigError listing every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // An empty variable means "not set", as in most shells' `VAR= cmd`.
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration: ${lines.join('; ')}`);
  }
  const e = parsed.data;
  if (e.AUTH_JWKS_URL && e.AUTH_JWT_PUBLIC_KEY) {
    throw new ConfigError(
      'Invalid configuration: AUTH_JWT_PUBLIC_KEY: set AUTH_JWKS_URL or AUTH_JWT_PUBLIC_KEY, not both',
    );
  }
  return {
    neo4j: {
      uri: e.NEO4J_URI ?? null,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      connectTimeoutMs: e.NEO4J_CONNECT_TIMEOUT_MS,
      startupWaitMs: e.NEO4J_STARTUP_WAIT_MS,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    },
    embedded: {
      port: e.NEO4J_EMBEDDED_PORT,
      home: e.NEO4J_EMBEDDED_HOME,
      heap: e.NEO4J_EMBEDDED_HEAP,
      pageCache: e.NEO4J_EMBEDDED_PAGECACHE,
      auth: e.NEO4J_EMBEDDED_AUTH,
    },
    http: { port: e.PORT, host: e.HOST },
    production: e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
    seedOnStart: e.SEED_ON_START,
    auth: {
      jwtSecret: e.AUTH_JWT_SECRET ?? null,
      jwksUrl: e.AUTH_JWKS_URL ?? null,
      jwtPublicKey: e.AUTH_JWT_PUBLIC_KEY ?? null,
      jwtAlgorithms: e.AUTH_JWT_ALGORITHMS,
      issuer: e.AUTH_JWT_ISSUER ?? null,
      audience: e.AUTH_JWT_AUDIENCE ?? null,
      apiKeys: e.AUTH_API_KEYS.map((entry) => {
        const [hash = '', role = '', name = ''] = entry.split(':');
        return { hash, role: role as Role, name };
      }),
      anonymousRead: e.AUTH_ANONYMOUS_READ,
    },
    cors: { origins: e.CORS_ORIGINS },
    graphql: { introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production', jit: e.GRAPHQL_JIT },
    heapGrowingPercent: e.HEAP_GROWING_PERCENT,
  };
}
