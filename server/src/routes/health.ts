import type { FastifyInstance } from 'fastify';
import type { AppDeps } from '../http/app';
import { databaseUp } from '../services/health';

export function registerHealthRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/health', async (_request, reply) => {
    const up = await databaseUp(deps.db);
    return reply.code(up ? 200 : 503).send({ database: up ? 'ok' : 'down', version: deps.version });
  });
}
