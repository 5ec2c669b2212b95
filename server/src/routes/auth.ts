import type { FastifyInstance } from 'fastify';
import { loginRequestSchema } from '@shared/sync/protocol.schema';
import { sessionOf, type AppDeps } from '../http/app';
import { login, logout } from '../services/auth-service';

export function registerAuthRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.post('/auth/login', async (request) => {
    const body = loginRequestSchema.parse(request.body);
    return login(deps.db, deps.config, body.username, body.password);
  });
  app.post('/auth/logout', async (request) => {
    await logout(deps.db, sessionOf(request));
    return { ok: true };
  });
  app.get('/auth/me', async (request) => ({ account: sessionOf(request).account }));
}
