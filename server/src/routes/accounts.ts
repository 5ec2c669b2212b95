import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { newAccountSchema } from '@shared/sync/protocol.schema';
import { sessionOf, type AppDeps } from '../http/app';
import { HttpError } from '../http/http-error';
import { createAccount, listAccounts, revokeAccount } from '../services/auth-service';

const idParams = z.object({ id: z.uuid('Id akun tidak sah') });
const revokeBody = z.strictObject({ disable: z.boolean().default(false) });

function admin(request: FastifyRequest) {
  const session = sessionOf(request);
  if (session.actor.role !== 'admin')
    throw new HttpError(403, 'Hanya admin yang dapat mengelola akun.');
  return session.actor;
}

export function registerAccountRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.get('/accounts', async (request) => {
    admin(request);
    return { accounts: await listAccounts(deps.db) };
  });
  app.post('/accounts', async (request, reply) => {
    const actor = admin(request);
    const account = await createAccount(
      deps.db,
      deps.config,
      actor,
      newAccountSchema.parse(request.body),
    );
    return reply.code(201).send({ account });
  });
  app.post('/accounts/:id/revoke', async (request) => {
    const actor = admin(request);
    const { id } = idParams.parse(request.params);
    await revokeAccount(deps.db, actor, id, revokeBody.parse(request.body ?? {}).disable);
    return { ok: true };
  });
}
