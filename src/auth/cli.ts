/**
 * `npm run -s token -- --role editor --sub alice [--ttl 1h]` prints a JWT signed with AUTH_JWT_SECRET, alone on
 * stdout so it can be captured: TOKEN=$(npm run -s token -- --role editor --sub alice).
 * `npm run -s token -- --new-api-key --role editor --name ci-bot` prints a fresh API key and its AUTH_API_KEYS entry.
 */
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config/index.js';
import { hashApiKey, newApiKey } from './api-keys.js';
import { isRole, ROLES } from './roles.js';
import { signToken } from './token.js';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string' },
      sub: { type: 'string' },
      ttl: { type: 'string', default: '1h' },
      'new-api-key': { type: 'boolean', default: false },
      name: { type: 'string' },
    },
    strict: true,
  });
  const role = values.role;
  if (!isRole(role)) throw new Error(`--role must be one of ${ROLES.join(', ')}`);

  if (values['new-api-key']) {
    const name = values.name ?? '';
    if (!/^[A-Za-z0-9_.@-]{1,64}$/.test(name)) throw new Error('--name: 1-64 letters, digits, _ . @ -');
    const key = newApiKey();
    process.stdout.write(`${key}\n`);
    process.stderr.write(
      `Give the key (above) to the client; give the service only this entry of AUTH_API_KEYS:\n` +
        `  ${hashApiKey(key)}:${role}:${name}\n`,
    );
    return 0;
  }

  const sub = values.sub;
  if (!sub || sub.trim() === '') throw new Error('--sub: who the token is for, e.g. --sub alice');
  const config = loadConfig();
  const secret = config.auth.jwtSecret;
  if (!secret) {
    throw new Error(
      'AUTH_JWT_SECRET is not set: the token is signed with the secret the service verifies with (at least 32 characters).',
    );
  }
  const token = await signToken(secret, {
    sub,
    role,
    ttl: values.ttl,
    issuer: config.auth.issuer,
    audience: config.auth.audience,
  });
  process.stdout.write(`${token}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    const msg = err instanceof ConfigError || err instanceof Error ? err.message : String(err);
    process.stderr.write(`[token] ${msg}\n`);
    process.exit(1);
  },
);
