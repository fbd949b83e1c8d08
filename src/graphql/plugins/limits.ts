import { ApolloArmor } from '@escape.tech/graphql-armor';

/** Bounds on the shape of a request, before it reaches a resolver; numbers chosen to fit the deepest saved query. */
export interface RequestLimits {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  maxDirectives: number;
  /** Hide "Did you mean …?" hints, which leak the schema when introspection is off. */
  blockFieldSuggestions: boolean;
}

export const DEFAULT_LIMITS: RequestLimits = {
  maxDepth: 15,
  maxAliases: 15,
  maxTokens: 2_000,
  maxCost: 50_000,
  maxDirectives: 20,
  blockFieldSuggestions: false,
};

/** GraphQL Armor's depth, alias, token, cost and directive limits as Apollo plugins and validation rules. */
export function armor(l: RequestLimits) {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: l.maxDepth, ignoreIntrospection: true, flattenFragments: true },
    maxAliases: { n: l.maxAliases, allowList: [] },
    maxTokens: { n: l.maxTokens },
    costLimit: {
      maxCost: l.maxCost,
      objectCost: 2,
      scalarCost: 1,
      depthCostFactor: 1.5,
      ignoreIntrospection: true,
    },
    maxDirectives: { n: l.maxDirectives },
    blockFieldSuggestion: { enabled: l.blockFieldSuggestions },
  }).protect();
  return { plugins, validationRules };
}
