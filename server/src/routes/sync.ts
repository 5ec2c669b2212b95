import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  letterNumberRequestSchema,
  pullQuerySchema,
  pushRequestSchema,
  resolveConflictSchema,
} from '@shared/sync/protocol.schema';
import { sessionOf, type AppDeps } from '../http/app';
import { HttpError } from '../http/http-error';
import { listConflicts, resolveConflict } from '../services/conflict-service';
import { allocateLetterNumber } from '../services/letter-number-service';
import { pullJson } from '../services/pull-service';
import { push } from '../services/sync-service';

const conflictParams = z.object({ id: z.uuid('Id konflik tidak sah') });

export function registerSyncRoutes(app: FastifyInstance, deps: AppDeps): void {
  app.post('/sync/push', async (request) => {
    const { actor, account } = sessionOf(request);
    if (actor.role === 'admin')
      throw new HttpError(
        403,
        'Akun admin mengelola akun dan pengaturan; data register diubah oleh staf provinsi atau petugas kabupaten/kota.',
      );
    return push(deps.pushDb, actor, pushRequestSchema.parse(request.body), account.provinceCode);
  });
  // The page's JSON comes from pullJson (the stored records' text placed as it is), as bytes that
  // are sent unchanged.
  app.get('/sync/pull', async (request, reply) => {
    const { actor } = sessionOf(request);
    const query = pullQuerySchema.parse(request.query);
    const body = await pullJson(deps.db, actor, query.after, query.limit, query.count === '1');
    return reply.type('application/json; charset=utf-8').send(body);
  });
  app.get('/conflicts', async (request) => ({
    conflicts: await listConflicts(deps.db, sessionOf(request).actor),
  }));
  app.post('/conflicts/:id/resolve', async (request) => {
    const { id } = conflictParams.parse(request.params);
    return resolveConflict(
      deps.db,
      sessionOf(request).actor,
      id,
      resolveConflictSchema.parse(request.body).choice,
    );
  });
  app.post('/letter-numbers', async (request) => {
    const { actor } = sessionOf(request);
    return allocateLetterNumber(deps.db, actor, letterNumberRequestSchema.parse(request.body).year);
  });
}
