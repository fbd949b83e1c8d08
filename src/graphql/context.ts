import type { Services } from '../services/index.js';
import { createLoaders, type Loaders } from './loaders.js';

/** What every resolver receives; built once per request so loaders batch and cache within it only. */
export interface Context {
  requestId: string;
  services: Services;
  loaders: Loaders;
}

export function createContext(services: Services, requestId: string): Context {
  return { requestId, services, loaders: createLoaders(services) };
}
