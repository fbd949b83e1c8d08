import type { CodegenConfig } from '@graphql-codegen/cli';

// Resolver types come from the SDL; the context and the data-layer models are mapped in, so resolvers are
// checked against what the services really return.
const models = '../../services/models.js';
const config: CodegenConfig = {
  schema: 'schema/*.graphql',
  generates: {
    'src/graphql/generated/resolvers.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useIndexSignature: false,
        useTypeImports: true,
        enumsAsTypes: true,
        contextType: '../context.js#Context',
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        scalars: { ID: 'string' },
        mappers: {
          Entity: `${models}#EntityModel`,
          Organization: `${models}#EntityModel`,
          Person: `${models}#EntityModel`,
          AIModel: `${models}#EntityModel`,
          Robot: `${models}#EntityModel`,
          Park: `${models}#EntityModel`,
          Venue: `${models}#EntityModel`,
          Place: `${models}#EntityModel`,
          Event: `${models}#EntityModel`,
          Award: `${models}#EntityModel`,
          Policy: `${models}#EntityModel`,
          Initiative: `${models}#EntityModel`,
          Topic: `${models}#EntityModel`,
          Relation: `${models}#RelationModel`,
          Statistic: `${models}#StatisticModel`,
          Citation: `${models}#CitationModel`,
          Document: `${models}#DocumentModel`,
          Path: '../../services/explore.js#PathModel',
          Subgraph: '../../services/explore.js#SubgraphModel',
          SearchHit: '../../services/search.js#SearchHitModel',
          GraphStats: '../../services/stats.js#GraphStatsModel',
          KindCount: '../../services/stats.js#KindCountModel',
          TypeCount: '../../services/stats.js#TypeCountModel',
          RelationTypeInfo: '../../services/vocabulary.js#RelationTypeInfoModel',
          Change: '../../services/changes.js#ChangeModel',
        },
      },
    },
    // The `kg` CLI's typed client: the saved analyst queries and the CLI's own operations are checked against
    // the SDL here, so a schema change that breaks one fails codegen instead of an analyst's session.
    'src/cli/generated/graphql.ts': {
      documents: ['queries/**/*.graphql', 'src/cli/operations/*.graphql'],
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        useTypeImports: true,
        enumType: 'const',
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        maybeValue: 'T | null',
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
