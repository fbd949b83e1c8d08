/**
 * @neo4j/graphql over the same Neo4j, behind the same HTTP stack as the service (Fastify + Apollo Server with its
 * defaults), so the difference measured is the GraphQL-to-Cypher layer, not the web server.
 */
import { ApolloServer } from '@apollo/server';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { benchDriver, serveOnFastify, serverArgs } from './common.js';
import { neo4jGraphqlTypeDefs } from './neo4j-graphql-typedefs.js';

const { port, uri } = serverArgs();
const driver = benchDriver(uri);
const neoSchema = new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs(), driver });
const schema = await neoSchema.getSchema();
await serveOnFastify(
  port,
  (drain) => new ApolloServer({ schema, plugins: [drain] }),
  () => driver.close(),
);
