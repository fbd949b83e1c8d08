import type { Resolvers } from '../generated/resolvers.js';
import { entityResolvers } from './entity.js';
import { queryResolvers } from './query.js';
import { relationResolvers } from './relation.js';

export const resolvers: Resolvers = { ...queryResolvers, ...entityResolvers, ...relationResolvers };
