import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { sessionOf, type AppDeps } from '../http/app';
import { HttpError } from '../http/http-error';
import { getBlob, missingBlobs, putBlob } from '../services/blob-service';

const HASH_MESSAGE = 'Sidik berkas harus SHA-256 (64 huruf heksadesimal kecil)';
const hashSchema = z.string().regex(/^[0-9a-f]{64}$/, HASH_MESSAGE);
const hashParams = z.object({ hash: hashSchema });
const missingBody = z.object({
  hashes: z.array(hashSchema).max(1000, 'Paling banyak 1000 sidik berkas sekali tanya'),
});

export function registerBlobRoutes(app: FastifyInstance, deps: AppDeps): void {
  const limit = Math.round(deps.config.OVOP_MAX_ATTACHMENT_MB * 1024 * 1024);
  app.register(async (scope) => {
    scope.addContentTypeParser(
      'application/octet-stream',
      { parseAs: 'buffer', bodyLimit: limit },
      (_request, body, done) => done(null, body),
    );
    scope.put('/blobs/:hash', { bodyLimit: limit }, async (request, reply) => {
      const { actor } = sessionOf(request);
      const { hash } = hashParams.parse(request.params);
      if (!Buffer.isBuffer(request.body))
        throw new HttpError(415, 'Kirim berkas sebagai application/octet-stream.');
      const { created } = await putBlob(deps.db, actor, hash, request.body);
      return reply.code(created ? 201 : 200).send({ hash, size: request.body.length });
    });
  });
  // What a PC asks before sending bytes: the hashes the server does not have yet.
  app.post('/blobs/missing', async (request) => {
    sessionOf(request);
    const { hashes } = missingBody.parse(request.body);
    return { missing: await missingBlobs(deps.db, hashes) };
  });
  // The largest attachment the server takes, so a PC can refuse a bigger file when it is attached.
  app.get('/blobs/limits', async (request) => {
    sessionOf(request);
    return { maxBytes: limit };
  });
  app.get('/blobs/:hash', async (request, reply) => {
    sessionOf(request);
    const { hash } = hashParams.parse(request.params);
    const bytes = await getBlob(deps.db, hash);
    if (!bytes) throw new HttpError(404, 'Berkas belum ada di server.');
    return reply.type('application/octet-stream').send(bytes);
  });
}
