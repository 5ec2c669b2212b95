import type { FastifyReply } from 'fastify';
import { ZodError } from 'zod';
import type { ServerConfig } from '../config';
import { HttpError } from './http-error';

const UNAVAILABLE = 'Basis data server sedang tidak dapat dihubungi; coba lagi sebentar lagi.';
const PG_UNAVAILABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  '57P01',
  '57P02',
  '57P03',
  '08000',
  '08003',
  '08006',
]);

/** Every error becomes `{ error: "<Indonesian sentence>" }` with a fitting status; nothing internal leaks. */
export async function replyError(
  reply: FastifyReply,
  error: unknown,
  config: ServerConfig,
  databaseUp: () => Promise<boolean>,
): Promise<FastifyReply> {
  const send = (status: number, message: string): FastifyReply =>
    reply.code(status).send({ error: message });
  if (error instanceof HttpError) return send(error.status, error.message);
  if (error instanceof ZodError) {
    const issue = error.issues[0];
    return send(
      400,
      `Isi permintaan tidak sah${issue?.path.length ? ` (${issue.path.join('.')})` : ''}: ${issue?.message ?? ''}`.trim(),
    );
  }
  const e = error as { code?: string; statusCode?: number; message?: string };
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return send(
        413,
        `Isi permintaan terlalu besar (paling besar ${config.OVOP_MAX_BODY_MB} MB; berkas paling besar ${config.OVOP_MAX_ATTACHMENT_MB} MB).`,
      );
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return send(
        415,
        'Jenis isi permintaan tidak didukung: kirim JSON (atau berkas sebagai application/octet-stream).',
      );
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return send(400, 'Isi permintaan bukan JSON yang sah.');
    case '23505':
      return send(
        409,
        'Data yang sama sudah ada di register bersama (mungkin dicatat kabupaten/kota lain); periksa NIB, nomor SK atau nama.',
      );
    case '42501':
      return send(403, 'Anda tidak berhak mengubah data kabupaten/kota lain.');
    case '22P02':
      return send(400, 'Isi permintaan tidak sah: ada nilai yang bentuknya salah.');
    case '22P05':
    case '22021':
      return send(
        422,
        'Ada teks berisi karakter yang tidak dapat disimpan (misalnya karakter NUL); hapus karakter itu lalu kirim lagi.',
      );
  }
  if (e.code && PG_UNAVAILABLE.has(e.code)) return send(503, UNAVAILABLE);
  if (
    e.message &&
    /Connection terminated|connect ECONNREFUSED|timeout exceeded when trying to connect/i.test(
      e.message,
    )
  ) {
    return send(503, UNAVAILABLE);
  }
  if (e instanceof SyntaxError || e.statusCode === 400)
    return send(400, 'Isi permintaan tidak sah.');
  // Any other failure while PostgreSQL is away (a backend killed mid-statement surfaces in several
  // shapes) is the database being down, not a server fault.
  if (!(await databaseUp())) return send(503, UNAVAILABLE);
  console.error(error);
  return send(500, 'Terjadi kesalahan di server; lihat log server.');
}
