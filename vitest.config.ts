import { defineConfig } from 'vitest/config';

export default defineConfig({
  // graphql ships CommonJS (index.js) and ESM (index.mjs) without an exports map: Node loads index.js for every
  // importer, but Vite would give our transformed sources index.mjs while Apollo and graphql-jit get index.js.
  // Two copies of graphql cannot share a schema, so tests load the one Node loads in production.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    // Integration tests share one Neo4j and reset it themselves: one file at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // The JSON report lets .ci/run print one plain 'N passed, N failed' line.
    reporters: ['default', ['json', { outputFile: 'tests/artifacts/vitest-report.json' }]],
  },
});
