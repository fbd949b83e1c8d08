import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { type DocumentNode, print } from 'graphql';
import { ServiceError, UsageError } from './errors.js';

export const DEFAULT_ENDPOINT = 'http://localhost:4000/graphql';

export interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; argument?: string };
  path?: (string | number)[];
}

export interface GraphQLResponse {
  data?: Record<string, unknown> | null;
  errors?: GraphQLErrorBody[];
}

/** Codes that mean the service, not the request, is at fault: retrying later or fixing the service helps. */
const SERVICE_CODES = new Set(['SERVICE_UNAVAILABLE', 'TIMEOUT', 'INTERNAL_SERVER_ERROR']);

const HOW_TO_START = 'start the service with `npm start` or point KG_ENDPOINT (or --endpoint) at it';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function asResponse(v: unknown): GraphQLResponse | null {
  if (!isRecord(v) || !('data' in v || 'errors' in v)) return null;
  const errors = Array.isArray(v.errors)
    ? v.errors.filter(isRecord).map(
        (e): GraphQLErrorBody => ({
          message: typeof e.message === 'string' ? e.message : 'unknown error',
          ...(isRecord(e.extensions) ? { extensions: e.extensions as GraphQLErrorBody['extensions'] } : {}),
          ...(Array.isArray(e.path) ? { path: e.path as (string | number)[] } : {}),
        }),
      )
    : undefined;
  return { data: isRecord(v.data) ? v.data : null, ...(errors ? { errors } : {}) };
}

/** The one-line error for a GraphQL error list: service faults exit 2, everything else the user can fix. */
export function errorFor(
  endpoint: string,
  errors: GraphQLErrorBody[],
  status = 200,
): ServiceError | UsageError {
  const first = errors[0] ?? { message: 'unknown error' };
  const code = first.extensions?.code;
  const more = errors.length > 1 ? ` (+${errors.length - 1} more)` : '';
  if (code === 'SERVICE_UNAVAILABLE') {
    return new ServiceError(
      `the service at ${endpoint} cannot reach its database (SERVICE_UNAVAILABLE: ${first.message}): check that Neo4j is running, then retry`,
    );
  }
  if (code === 'TIMEOUT') {
    return new ServiceError(
      `the query took too long (TIMEOUT: ${first.message}): retry, or narrow it (smaller --depth, --max-hops or --limit)`,
    );
  }
  if ((code && SERVICE_CODES.has(code)) || status >= 500) {
    return new ServiceError(
      `the service at ${endpoint} failed (${code ?? `HTTP ${status}`}: ${first.message})${more}: check its log and retry`,
    );
  }
  const where = first.extensions?.argument ? ` [argument ${first.extensions.argument}]` : '';
  return new UsageError(
    `the service rejected the request (${code ?? 'GRAPHQL_ERROR'}${where}: ${first.message})${more}: fix the arguments or the query`,
  );
}

/**
 * A small GraphQL-over-HTTP client for the public API only: it turns every way a call can fail into a CliError
 * whose message says what to do, so commands never print a stack trace.
 */
export class Client {
  private readonly printed = new WeakMap<DocumentNode, string>();

  constructor(
    readonly endpoint: string,
    private readonly timeoutMs = 30_000,
  ) {
    let url: URL;
    try {
      url = new URL(endpoint);
    } catch {
      throw new UsageError(`"${endpoint}" is not a URL: pass e.g. --endpoint ${DEFAULT_ENDPOINT}`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new UsageError(`"${endpoint}" is not an http(s) URL: pass e.g. --endpoint ${DEFAULT_ENDPOINT}`);
    }
  }

  /** Sends any operation and returns the body as it came, errors included; only transport faults throw. */
  async raw(
    query: string,
    variables?: Record<string, unknown>,
    operationName?: string,
  ): Promise<{ status: number; body: GraphQLResponse }> {
    let res: Response;
    try {
      res = await fetch(this.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/graphql-response+json, application/json',
        },
        body: JSON.stringify({ query, variables, ...(operationName ? { operationName } : {}) }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (err) {
      if (err instanceof DOMException && err.name === 'TimeoutError') {
        throw new ServiceError(
          `${this.endpoint} did not answer within ${this.timeoutMs / 1000} s: retry, or raise --timeout`,
        );
      }
      throw new ServiceError(`cannot reach ${this.endpoint}: ${HOW_TO_START}`);
    }
    let parsed: unknown;
    try {
      parsed = await res.json();
    } catch {
      parsed = undefined;
    }
    const body = asResponse(parsed);
    if (!body) {
      if (res.status >= 500) {
        throw new ServiceError(
          `${this.endpoint} answered HTTP ${res.status}: check the service's log and retry`,
        );
      }
      throw new ServiceError(
        `${this.endpoint} answered HTTP ${res.status} without a GraphQL body: is it the service's /graphql URL? ${HOW_TO_START}`,
      );
    }
    return { status: res.status, body };
  }

  /** Runs a generated operation; any GraphQL error becomes a CliError. */
  async request<R, V extends Record<string, unknown>>(
    doc: TypedDocumentNode<R, V>,
    variables?: V,
  ): Promise<R> {
    let text = this.printed.get(doc);
    if (text === undefined) {
      text = print(doc);
      this.printed.set(doc, text);
    }
    const { status, body } = await this.raw(text, variables);
    if (body.errors?.length) throw errorFor(this.endpoint, body.errors, status);
    if (!body.data) throw new ServiceError(`${this.endpoint} answered without data: check the service's log`);
    // The generated type describes exactly the selection sent, and the server validated the query against it.
    return body.data as R;
  }
}
