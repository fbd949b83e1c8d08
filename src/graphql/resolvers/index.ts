import type { Resolvers } from '../generated/resolvers.js';
import { entityResolvers } from './entity.js';
import { mutationResolvers } from './mutation.js';
import { queryResolvers } from './query.js';
import { relationResolvers } from './relation.js';

export const resolvers: Resolvers = {
  ...queryResolvers,
  ...entityResolvers,
  ...relationResolvers,
  ...mutationResolvers,
  // Both define Query fields: merged, not overwritten.
  Query: { ...queryResolvers.Query, ...mutationResolvers.Query },
};
