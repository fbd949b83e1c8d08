import { SignJWT } from 'jose';
import type { Role } from './roles.js';

export interface TokenRequest {
  sub: string;
  role: Role;
  /** A duration jose understands: 90s, 30m, 1h, 7d. */
  ttl: string;
  issuer?: string | null;
  audience?: string | null;
}

export const TTL_PATTERN = /^\d+\s?(s|sec|secs|m|min|mins|h|hr|hrs|d|day|days|w|week|weeks)$/;

/** An HS256 JWT the service accepts when it is configured with the same AUTH_JWT_SECRET. */
export async function signToken(secret: string, t: TokenRequest): Promise<string> {
  if (!TTL_PATTERN.test(t.ttl)) throw new Error(`--ttl ${t.ttl}: use a duration such as 30m, 1h or 7d`);
  let jwt = new SignJWT({ role: t.role })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(t.sub)
    .setIssuedAt()
    .setExpirationTime(t.ttl);
  if (t.issuer) jwt = jwt.setIssuer(t.issuer);
  if (t.audience) jwt = jwt.setAudience(t.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
