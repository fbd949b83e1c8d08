import { anonymous, type Caller } from '../auth/roles.js';
import type { Services } from '../services/index.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives; built once per request so loaders batch and cache within it only. */
export interface Context {
  requestId: string;
  services: Services;
  loaders: Loaders;
  /** Who sent the request (authenticated before the context is built); writes record it. */
  caller: Caller;
}

export function createContext(
  services: Services,
  requestId: string,
  caller: Caller = anonymous(true),
): Context {
  return { requestId, services, loaders: createLoaders(services), caller };
}
