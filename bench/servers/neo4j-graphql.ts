/**
 * @neo4j/graphql over the same Neo4j, behind the same HTTP stack as the service (Fastify + Apollo Server with its
 * defaults), so the difference measured is the GraphQL-to-Cypher layer, not the web server.
 */
import { ApolloServer } from '@apollo/server';
import fastifyApollo, { fastifyApolloDrainPlugin } from '@as-integrations/fastify';
import { Neo4jGraphQL } from '@neo4j/graphql';
import Fastify from 'fastify';
import { benchDriver, ready, serverArgs } from './common.js';
import { neo4jGraphqlTypeDefs } from './neo4j-graphql-typedefs.js';

const { port, uri } = serverArgs();
const driver = benchDriver(uri);
const neoSchema = new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs(), driver });
const schema = await neoSchema.getSchema();
const app = Fastify({ logger: { level: 'warn' } });
const apollo = new ApolloServer({ schema, plugins: [fastifyApolloDrainPlugin(app)] });
await apollo.start();
await app.register(fastifyApollo(apollo), { path: '/graphql' });
await app.listen({ port, host: '127.0.0.1' });
ready(port, async () => {
  await app.close();
  await driver.close();
});
