import type { ApolloServerOptionsWithGateway, BaseContext } from '@apollo/server';
import {
  type DocumentNode,
  type ExecutionResult,
  execute,
  GraphQLError,
  type GraphQLSchema,
  getVariableValues,
  isEnumType,
  isScalarType,
  isSpecifiedScalarType,
} from 'graphql';
import { type CompiledQuery, compileQuery, isCompiledQuery } from 'graphql-jit';

/**
 * graphql-jit reports errors in its own GraphQLError look-alike, whose `extensions` is undefined unless the
 * resolver's error had some (Apollo's formatting reads `extensions.code`), and wraps an error once more each time
 * a null propagates through a non-null field. graphql-js gives one located error whose cause is what the resolver
 * threw; the error plugin classifies that cause (a database outage is a 503), so this gives the same.
 */
const madeByJit = (e: unknown): e is GraphQLError =>
  e instanceof GraphQLError && Object.getPrototypeOf(e) !== GraphQLError.prototype;

function asGraphQLError(e: GraphQLError): GraphQLError {
  let cause = e.originalError;
  while (madeByJit(cause) && cause.originalError) cause = cause.originalError;
  const error = new GraphQLError(e.message, {
    path: e.path,
    originalError: cause,
    extensions: e.extensions ?? {},
  });
  if (e.locations) Object.defineProperty(error, 'locations', { value: e.locations, enumerable: true });
  return error;
}

type Gateway = ApolloServerOptionsWithGateway<BaseContext>['gateway'];

/**
 * Runs operations with graphql-jit instead of graphql-js's interpreter, through Apollo's one hook for a custom
 * executor (the gateway interface; nothing is federated). graphql-js pays per field for argument coercion,
 * resolver lookup and promise checks; a compiled operation does that once, which is most of the GraphQL layer's
 * cost on a 200-entity answer (bench/README.md). Apollo still parses, validates (limits included), caches
 * documents, runs every plugin and formats errors; only execution changes.
 */
export function jitGateway(schema: GraphQLSchema): Gateway {
  // The executor hands graphql-jit values graphql-js has already coerced; that is only safe while coercing them
  // again changes nothing.
  for (const type of Object.values(schema.getTypeMap())) {
    if (
      (isScalarType(type) && !isSpecifiedScalarType(type)) ||
      (isEnumType(type) && !type.name.startsWith('__') && type.getValues().some((v) => v.value !== v.name))
    ) {
      throw new Error(`${type.name}: jitGateway passes coerced variables on and supports no custom coercion`);
    }
  }
  // Apollo's document store hands back the same DocumentNode for the same query text, so a weak key per
  // document (and a name per operation in it) compiles each operation once and forgets it with the document.
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | ExecutionResult>>();
  const compile = (document: DocumentNode, operationName: string | null) => {
    let byName = compiled.get(document);
    if (!byName) {
      byName = new Map();
      compiled.set(document, byName);
    }
    const key = operationName ?? '';
    let query = byName.get(key);
    if (!query) {
      query = compileQuery(schema, document, operationName ?? undefined);
      byName.set(key, query);
    }
    return query;
  };
  return {
    async load() {
      return {
        executor: async (request) => {
          // No operation to run (an unknown or missing operation name): graphql-js finds that before running
          // anything, and its error is the one Apollo turns into a 400.
          if (!request.operation) {
            return execute({
              schema,
              document: request.document,
              operationName: request.request.operationName,
            });
          }
          // graphql-js coerces the variables: its errors name the variable and the expected type, and Apollo
          // answers exactly those with 400 BAD_USER_INPUT (graphql-jit's messages differ). Its values also apply
          // defaults as the spec says, which graphql-jit does not for a non-null variable with a default
          // (`$event: ID! = "waic-2025"`). Coerced values coerce to themselves: the schema has no custom scalar
          // and no enum with internal values.
          const coerced = getVariableValues(
            schema,
            request.operation.variableDefinitions ?? [],
            request.request.variables ?? {},
          );
          if (coerced.errors) return { errors: coerced.errors };
          const query = compile(request.document, request.operationName);
          // Not compiled: graphql-jit could not plan the operation, and says why in errors.
          const result = isCompiledQuery(query)
            ? await query.query(undefined, request.context, coerced.coerced)
            : query;
          return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => {};
    },
    async stop() {},
  };
}
