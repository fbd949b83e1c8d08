import type { IncomingMessage } from 'node:http';

/** A caller's x-request-id is kept for tracing across services only when it is a plain token. */
const REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The id of a request in every log line and in its x-request-id header: the caller's own id when it is a plain
 * token (it is echoed and logged), else a fresh one.
 */
export function requestIdOf(req: IncomingMessage): string {
  const given = req.headers['x-request-id'];
  return typeof given === 'string' && REQUEST_ID.test(given) ? given : crypto.randomUUID();
}
