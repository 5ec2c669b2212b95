import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

/**
 * The desktop app talks to the server from its window (a page of its own origin, or the web mode's
 * loopback address), so the browser asks before each call. Sessions travel as bearer tokens, never
 * cookies, so any origin may call: without a valid token a request gets nothing.
 */
export function allowAppOrigins(app: FastifyInstance): void {
  app.addHook('onRequest', async (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('access-control-allow-origin', '*');
    if (request.method !== 'OPTIONS') return;
    reply
      .header('access-control-allow-methods', 'GET, POST, PUT, OPTIONS')
      .header('access-control-allow-headers', 'authorization, content-type')
      .header('access-control-max-age', '600')
      .code(204)
      .send();
    return reply;
  });
}
