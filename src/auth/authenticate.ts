import {
  type CryptoKey,
  createRemoteJWKSet,
  errors,
  importSPKI,
  type JWTPayload,
  type JWTVerifyGetKey,
  jwtVerify,
  type KeyObject,
} from 'jose';
import type { AuthConfig } from '../config/index.js';
import { matchApiKey } from './api-keys.js';
import { keysUnavailable, unauthenticated } from './errors.js';
import { anonymous, type Caller, isRole } from './roles.js';

/** Turns an Authorization header into a caller, or throws UNAUTHENTICATED; never throws anything else. */
export interface Authenticator {
  authenticate(authorization: string | undefined): Promise<Caller>;
  readonly anonymousRead: boolean;
}

/** Longer headers are refused before any parsing or crypto work. */
const MAX_CREDENTIAL_LENGTH = 8_192;

/** A few seconds of clock skew between the issuer and this service are tolerated. */
const CLOCK_TOLERANCE_S = 5;

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/;

export function createAuthenticator(c: AuthConfig): Authenticator {
  const secret = c.jwtSecret ? new TextEncoder().encode(c.jwtSecret) : null;
  const jwks = c.jwksUrl ? createRemoteJWKSet(new URL(c.jwksUrl)) : null;
  // A PEM key is imported once per algorithm a token names (importSPKI binds the key to one algorithm).
  const pemKeys = new Map<string, Promise<CryptoKey | KeyObject>>();
  const pem = c.jwtPublicKey?.replace(/\\n/g, '\n') ?? null;
  const asymmetric = jwks !== null || pem !== null;
  const algorithms = [...(secret ? ['HS256'] : []), ...(asymmetric ? c.jwtAlgorithms : [])];

  const getKey: JWTVerifyGetKey = async (header, token) => {
    if (header.alg === 'HS256' && secret) return secret;
    if (jwks) return jwks(header, token);
    if (pem && header.alg) {
      let key = pemKeys.get(header.alg);
      if (!key) {
        key = importSPKI(pem, header.alg);
        pemKeys.set(header.alg, key);
      }
      return key;
    }
    throw new errors.JOSEAlgNotAllowed('no key for this algorithm');
  };

  async function verify(token: string): Promise<Caller> {
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, getKey, {
        algorithms,
        requiredClaims: ['sub', 'exp'],
        clockTolerance: CLOCK_TOLERANCE_S,
        ...(c.issuer ? { issuer: c.issuer } : {}),
        ...(c.audience ? { audience: c.audience } : {}),
      }));
    } catch (err) {
      throw tokenError(err);
    }
    const role = payload.role;
    if (!isRole(role)) throw unauthenticated('The token carries no role (reader, editor or admin).', true);
    if (typeof payload.sub !== 'string' || payload.sub.trim() === '' || payload.sub.length > 200) {
      throw unauthenticated('The token names no subject.', true);
    }
    return { actor: payload.sub, role, via: 'jwt' };
  }

  return {
    anonymousRead: c.anonymousRead,
    async authenticate(header) {
      if (header === undefined || header.trim() === '') return anonymous(c.anonymousRead);
      if (header.length > MAX_CREDENTIAL_LENGTH) throw unauthenticated('The credentials are too long.', true);
      const match = /^Bearer +([^\s]+) *$/i.exec(header);
      if (!match?.[1]) {
        throw unauthenticated('Send credentials as "Authorization: Bearer <token or API key>".', true);
      }
      const credential = match[1];
      const keyed = matchApiKey(c.apiKeys, credential);
      if (keyed) return keyed;
      if (algorithms.length > 0 && JWT_SHAPE.test(credential)) return verify(credential);
      throw unauthenticated('The credentials are not valid.', true);
    },
  };
}

/** What the caller is told: enough to fix their token, nothing about the keys. */
function tokenError(err: unknown) {
  if (err instanceof errors.JWKSTimeout) return keysUnavailable();
  if (err instanceof errors.JWTExpired) return unauthenticated('The token has expired.', true);
  if (err instanceof errors.JWSSignatureVerificationFailed) {
    return unauthenticated('The token signature is not valid.', true);
  }
  if (err instanceof errors.JWTClaimValidationFailed) {
    return unauthenticated(`The token was refused: claim "${err.claim}" is not acceptable.`, true);
  }
  if (err instanceof errors.JOSEError) return unauthenticated('The token is not valid.', true);
  // A JWKS endpoint that cannot be reached surfaces as a fetch error, not a JOSE one.
  return keysUnavailable();
}
