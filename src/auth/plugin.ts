import type { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { Context } from '../graphql/context.js';
import { forbidden, unauthenticated } from './errors.js';
import { atLeast, type Caller, type Role, roleFor } from './roles.js';

/** Names of the root fields an operation selects, through fragments, so a spread cannot hide a mutation. */
export function rootFields(operation: OperationDefinitionNode, document: DocumentNode): Set<string> {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const names = new Set<string>();
  const seen = new Set<string>();
  const walk = (set: SelectionSetNode) => {
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) names.add(s.name.value);
      else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet);
      else if (!seen.has(s.name.value)) {
        seen.add(s.name.value);
        const f = fragments.get(s.name.value);
        if (f) walk(f.selectionSet);
      }
    }
  };
  walk(operation.selectionSet);
  return names;
}

const ROOT = { query: 'Query', mutation: 'Mutation', subscription: 'Subscription' } as const;

/** Refuses a caller whose role is below what an action needs; anonymous callers are told to authenticate. */
export function authorize(caller: Caller, needed: Role, action: string): void {
  if (atLeast(caller.role, needed)) return;
  if (caller.via === 'anonymous') {
    throw unauthenticated(
      caller.role === null
        ? 'This API needs credentials: send "Authorization: Bearer <token>".'
        : `${action} needs credentials: send "Authorization: Bearer <token>" of an ${needed} or above.`,
    );
  }
  throw forbidden(`${action} needs the role ${needed}; ${caller.actor} has ${caller.role ?? 'none'}.`);
}

/**
 * Decides access for the whole operation once it is parsed and validated, before any resolver runs: a refused
 * request executes nothing, so it writes nothing, and its HTTP status (401/403) describes all of it.
 */
export function authPlugin(): ApolloServerPlugin<Context> {
  // A cached document keeps its operation nodes, so each operation's need is worked out once.
  const needs = new WeakMap<OperationDefinitionNode, { needed: Role; action: string }>();
  const need = (operation: OperationDefinitionNode, document: DocumentNode) => {
    let found = needs.get(operation);
    if (found) return found;
    const root = ROOT[operation.operation];
    found = { needed: 'reader', action: 'Reading the graph' };
    for (const field of rootFields(operation, document)) {
      if (field.startsWith('__')) continue;
      const role = roleFor(root, field);
      if (atLeast(role, found.needed) && role !== found.needed)
        found = { needed: role, action: `${root}.${field}` };
    }
    needs.set(operation, found);
    return found;
  };
  // One listener for every request: it keeps no state of its own.
  const listener: GraphQLRequestListener<Context> = {
    async didResolveOperation({ operation, document, contextValue }) {
      // Apollo resolves an operation before this hook or answers with an error itself.
      if (!operation) return;
      const { needed, action } = need(operation, document);
      authorize(contextValue.caller, needed, action);
    },
  };
  return {
    async requestDidStart() {
      return listener;
    },
  };
}
