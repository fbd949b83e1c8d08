import type { FastifyInstance } from 'fastify';
import type { Executor } from '../db/executor.js';

/** Readiness must answer fast even while Neo4j hangs, or orchestrators pile up probes. */
const READY_TIMEOUT_MS = 2_000;

export function registerHealth(app: FastifyInstance, executor: Executor): void {
  // Liveness: the process serves HTTP. It never checks Neo4j, so an outage does not restart healthy pods.
  app.get('/health', async () => ({ status: 'ok' }));

  // Readiness: Neo4j answers a read, so a load balancer can route around an instance that cannot serve.
  app.get('/health/ready', async (_req, reply) => {
    const started = Date.now();
    try {
      await Promise.race([
        executor.ping(),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), READY_TIMEOUT_MS)),
      ]);
      return { status: 'ready', neo4j: 'up', latencyMs: Date.now() - started };
    } catch (err) {
      reply.code(503);
      return {
        status: 'unavailable',
        neo4j: 'down',
        reason: err instanceof Error ? err.message : String(err),
      };
    }
  });
}
