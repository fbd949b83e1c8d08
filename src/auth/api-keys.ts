import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { AuthConfig } from '../config/index.js';
import type { Caller } from './roles.js';

export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** A fresh key with enough entropy that its unsalted hash cannot be reversed by guessing. */
export function newApiKey(): string {
  return `kg_${randomBytes(32).toString('base64url')}`;
}

/** The caller a presented key stands for, or null; compares every configured hash in constant time. */
export function matchApiKey(keys: AuthConfig['apiKeys'], presented: string): Caller | null {
  const digest = Buffer.from(hashApiKey(presented), 'hex');
  let found: Caller | null = null;
  for (const k of keys) {
    if (timingSafeEqual(digest, Buffer.from(k.hash, 'hex')) && !found) {
      found = { actor: k.name, role: k.role, via: 'api-key' };
    }
  }
  return found;
}
