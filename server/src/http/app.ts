import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { ServerConfig } from '../config';
import type { Db } from '../db/pool';
import { authenticate, type Session } from '../services/auth-service';
import { databaseUp } from '../services/health';
import { allowAppOrigins } from './cors';
import { replyError } from './errors';
import { HttpError } from './http-error';
import { registerAccountRoutes } from '../routes/accounts';
import { registerAuthRoutes } from '../routes/auth';
import { registerBlobRoutes } from '../routes/blobs';
import { registerHealthRoutes } from '../routes/health';
import { registerSyncRoutes } from '../routes/sync';

declare module 'fastify' {
  interface FastifyRequest {
    session: Session | null;
  }
}

export interface AppDeps {
  readonly db: Db;
  /** The pool pushes run on: its clients pipeline their statements (see createPool). */
  readonly pushDb: Db;
  readonly config: ServerConfig;
  readonly version: string;
  readonly https?: { cert: Buffer; key: Buffer };
}

const PUBLIC_ROUTES = new Set(['/health', '/auth/login']);

/** The HTTP layer: parse with the shared schemas, check the session, hand over to a service. */
export function buildApp(deps: AppDeps): FastifyInstance {
  const app = Fastify({
    bodyLimit: Math.round(deps.config.OVOP_MAX_BODY_MB * 1024 * 1024),
    logger: false,
    ...(deps.https ? { https: deps.https } : {}),
  }) as unknown as FastifyInstance;
  app.decorateRequest('session', null);
  allowAppOrigins(app);
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const path = request.url.split('?')[0] ?? '';
    if (PUBLIC_ROUTES.has(path)) return;
    const header = request.headers.authorization ?? '';
    const match = /^Bearer ([A-Za-z0-9_-]{20,200})$/.exec(header);
    if (!match?.[1]) throw new HttpError(401, 'Belum masuk: permintaan ini butuh sesi yang sah.');
    request.session = await authenticate(deps.db, match[1]);
  });
  app.setErrorHandler((error: unknown, _request: FastifyRequest, reply: FastifyReply) =>
    replyError(reply, error, deps.config, () => databaseUp(deps.db, 1_000)),
  );
  app.setNotFoundHandler((_request: FastifyRequest, reply: FastifyReply) =>
    reply.code(404).send({ error: 'Alamat tidak dikenal di server OVOP Desk.' }),
  );
  registerHealthRoutes(app, deps);
  registerAuthRoutes(app, deps);
  registerAccountRoutes(app, deps);
  registerSyncRoutes(app, deps);
  registerBlobRoutes(app, deps);
  return app;
}

/** The signed-in session of a route behind the auth hook. */
export function sessionOf(request: FastifyRequest): Session {
  if (!request.session)
    throw new HttpError(401, 'Belum masuk: permintaan ini butuh sesi yang sah.');
  return request.session;
}
